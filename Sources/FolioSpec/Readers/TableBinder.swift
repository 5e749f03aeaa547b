import FolioModel

/// Binds a `table:` block to its data set: picks and orders columns, formats, the totals row.
///
///     table:
///       data: crime-by-region
///       caption: Results by location, 2023-24
///       source: "Source: ALERT annual report 2023-24"
///       columns:
///         - {column: location, header: Location}
///         - {column: arrests, header: Arrests}
///         - {column: drugs, header: Drugs, format: currency}
///       totals: {row: TOTALS}            # or {label: Total} to compute the sums; both: the row, labelled
///       exclude-rows: [UNKNOWN]          # or `rows: [...]`, as for charts (see `RowSelection`)
///
/// Text (label) columns are the data set's key column and any column of words (see
/// `DataSource.textColumns`): they are left-aligned, may wrap, and repeat when a wide table is split.
struct TableBinder {
    let sources: [String: DataSource]
    /// The document's number conventions.
    let symbols: NumberSymbols
    /// Numbers the footnotes of headers and label cells, after those read before the table.
    var footnotes = FootnoteNumbers()
    static let keys = ["data", "caption", "source", "columns", "totals", "keep-together", "landscape"] + RowSelection.keys
    static let columnKeys = ["column", "header", "align", "format", "decimals", "emphasis"]

    func table(_ node: SpecNode, figures: FigureReferences) -> Block? {
        guard let m = node.mapping("`table`", keys: Self.keys), let dataNode = m.required("data"),
              let dataName = dataNode.string("a data set name") else { return nil }
        guard let source = sources[dataName] else {
            node.diagnostics.error(dataNode.location, "no data set `\(dataName)`",
                                   suggestion: sources.isEmpty ? "declare it under `data:` at the top of the spec"
                                                               : Suggestions.hint(for: dataName, in: sources.keys.sorted()))
            return nil
        }
        var bound = columns(m, source: source)
        guard !bound.isEmpty else {
            if !node.diagnostics.hasErrors { node.diagnostics.error(node.location, "this table has no columns", suggestion: "list at least one column under `columns`") }
            return nil
        }
        // Rows: as selected (all by default), minus a totals row named in the data.
        guard var rowIndices = RowSelection.read(m, source: source)?.map(\.index) else { return nil }
        var totals: [Cell]? = nil
        var totalsRow: Int? = nil
        var totalsLabel: String? = nil
        if let t = m["totals"], let tm = t.mapping("`totals`", keys: ["row", "label"]) {
            totalsLabel = figures.text(tm, "label")
            if let rowNode = tm["row"], let key = rowNode.string("the totals row's name") {
                if let r = source.row(keyed: key, at: rowNode.location) {
                    totalsRow = r
                    rowIndices.removeAll { $0 == r }
                }
            } else if let label = tm.string("label") {
                totals = computedTotals(label, rows: rowIndices, columns: bound, source: source, at: tm)
            } else {
                tm.diagnostics.error(t.location, "`totals` needs `row` (a totals row in the data) or `label` (computed sums)")
            }
        }
        guard let rows = bodyRows(rowIndices, columns: &bound, source: source) else { return nil }
        if let tr = totalsRow {
            // `label` with `row` names the data's totals row in the report (`TOTALS` → `All locations`).
            totals = bound.map { b in
                if b.index == source.keyColumn, let totalsLabel { return .text(totalsLabel) }
                return source.isText(b.index) ? .text(source.table.rows[tr][b.index]) : (source.number(row: tr, column: b.index) ?? .missing)
            }
            source.checkTotalsRow(tr)
        }
        let keep = m.bool("keep-together")
        let landscape = m.choice("landscape", Table.Landscape.allCases.map(\.rawValue)).flatMap(Table.Landscape.init(rawValue:))
        return .table(Table(caption: figures.text(m, "caption"), source: figures.text(m, "source"), columns: bound.map(\.column),
                            rows: rows, totals: totals, keepTogether: keep, landscape: landscape))
    }

    /// The columns as listed (a name, or `{column, header, align, format, decimals, emphasis}`), or all of
    /// the file's in order; each with the data column it shows.
    private func columns(_ m: MappingReader, source: DataSource) -> [(index: Int, column: TableColumn)] {
        guard let list = m["columns"]?.sequence("a list of columns") else {
            return source.table.header.indices.map { ($0, defaultColumn($0, source)) }
        }
        var bound: [(index: Int, column: TableColumn)] = []
        for item in list {
            if let name = item.scalar {
                if let c = source.column(named: name, at: item.location) { bound.append((c, defaultColumn(c, source))) }
                continue
            }
            guard let cm = item.mapping("a column", keys: Self.columnKeys), let nameNode = cm.required("column"),
                  let name = nameNode.string("a column name"), let c = source.column(named: name, at: nameNode.location) else { continue }
            var column = defaultColumn(c, source)
            column.header = cm.string("header") ?? column.header
            if let a = cm.choice("align", TableColumn.Alignment.allCases.map(\.rawValue)), let align = TableColumn.Alignment(rawValue: a) {
                column.alignment = align
            }
            if let f = cm["format"].flatMap({ Self.format($0, symbols: symbols) }) { column.format = f }
            if let d = cm.int("decimals", range: 0...6) { column.format.decimals = d }
            column.emphasized = cm.bool("emphasis") ?? false
            bound.append((c, column))
        }
        return bound
    }

    /// A totals row summed here (`totals: {label: All}`): exact sums of the additive columns, blank for rates
    /// and percentages, an error where a column mixes units.
    private func computedTotals(_ label: String, rows: [Int], columns bound: [(index: Int, column: TableColumn)], source: DataSource,
                                at tm: MappingReader) -> [Cell] {
        bound.map { b in
            if b.index == source.keyColumn { return .text(label) }
            if source.isText(b.index) { return .text("") }
            // Rates and percentages do not add up: their total is left blank.
            guard source.isAdditive(column: b.index) else { return .missing }
            let figures = rows.compactMap { source.number(row: $0, column: b.index)?.quantity }
            guard let first = figures.first else { return .missing }
            if let odd = rows.first(where: { source.number(row: $0, column: b.index)?.quantity.map { !$0.sameUnit(as: first) } == true }) {
                tm.diagnostics.error(source.table.locations[odd][b.index],
                                     "column `\(source.table.header[b.index])` mixes \(first.unit.noun) and \(source.number(row: odd, column: b.index)?.quantity?.unit.noun ?? "text"); the totals row cannot add them up",
                                     suggestion: "check the cell's `$` or `%`")
                return .missing
            }
            let sum = figures.reduce(ExactDecimal(0)) { $0 + $1.exact }
            return .number(Quantity(exact: sum, unit: first.unit, currency: first.currency))
        }
    }

    /// The body's cells, row by row; footnotes marked in headers and label cells taken out of the text and
    /// kept with their column. Nil when a figure cannot be read (its error is reported).
    private func bodyRows(_ rowIndices: [Int], columns bound: inout [(index: Int, column: TableColumn)], source: DataSource) -> [[Cell]]? {
        for k in bound.indices {
            let (header, notes) = Self.notes(in: bound[k].column.header, numbers: footnotes)
            bound[k].column.header = header
            bound[k].column.headerNotes = notes
        }
        var rows: [[Cell]] = []
        rows.reserveCapacity(rowIndices.count)
        for r in rowIndices {
            var cells: [Cell] = []
            cells.reserveCapacity(bound.count)
            for (k, b) in bound.enumerated() {
                if source.isText(b.index) {
                    let (text, notes) = Self.notes(in: source.table.rows[r][b.index], numbers: footnotes)
                    if !notes.isEmpty { bound[k].column.cellNotes[rows.count] = notes }
                    cells.append(.text(text))
                } else if let cell = source.number(row: r, column: b.index) {
                    cells.append(cell)
                } else {
                    return nil
                }
            }
            rows.append(cells)
        }
        return rows
    }

    /// The text without its `^[…]` marks, and the notes, numbered on from `numbers`.
    static func notes(in text: String, numbers: FootnoteNumbers) -> (text: String, notes: [Footnote]) {
        guard hasNoteMark(text) else { return (text, []) }
        let (rich, notes) = InlineMarkup.parse(text, footnotesFrom: numbers.next)
        numbers.next += notes.count
        return (rich.spans.filter { $0.footnote == nil }.map(\.text).joined().trimmingSpaces(), notes)
    }

    /// Whether `text` holds `^[`, read byte by byte: with Foundation imported, `contains("^[")` goes through
    /// NSString, a tenth of reading a 100,000-row table's cells.
    static func hasNoteMark(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == UInt8(ascii: "^") && byte == UInt8(ascii: "[") { return true }
            previous = byte
        }
        return false
    }

    private func defaultColumn(_ c: Int, _ source: DataSource) -> TableColumn {
        let isText = source.isText(c)
        return TableColumn(header: source.table.header[c], alignment: isText ? .left : .right, format: NumberFormat(symbols: symbols), isText: isText)
    }

    /// A number format by name: `auto`, `plain`, `compact`, `currency`, `percent`.
    static func format(_ node: SpecNode, symbols: NumberSymbols) -> NumberFormat? {
        guard let s = node.string("a number format") else { return nil }
        if let style = NumberFormat.Style(rawValue: s) { return NumberFormat(style: style, symbols: symbols) }
        node.diagnostics.error(node.location, "unknown number format `\(s)`",
                               suggestion: Suggestions.hint(for: s, in: NumberFormat.Style.allCases.map(\.rawValue)))
        return nil
    }
}
