import FolioModel

/// A data file named in the spec, read and checked once, shared by every table and figure that uses it.
final class DataSource {
    let name: String
    let table: CSVTable
    /// The column whose values name the rows (the first column unless the spec says otherwise).
    let keyColumn: Int
    let diagnostics: DiagnosticBag
    /// How the source writes numbers, per column.
    let reading: SourceReading
    private var checkedTotals: Set<Int> = []
    /// The row `totals-row` names: left out of ranks, maxima and minima over the rows.
    var totalsRow: Int?

    /// Columns of labels rather than figures: the key column, and every column in which no cell reads as a
    /// number and every other cell is words (more letters than digits: a region, `Unit 4`). A column with a
    /// figure in it stays a number column, and so does one whose cells look like figures typed wrong
    /// (`87x2`), so a non-number among figures is still an error. A column declared `text: true` or
    /// `text: false` is what it says, whatever its cells look like.
    let textColumns: Set<Int>

    init(name: String, table: CSVTable, keyColumn: Int, reading: SourceReading = SourceReading(), diagnostics: DiagnosticBag) {
        self.name = name; self.table = table; self.keyColumn = keyColumn; self.diagnostics = diagnostics
        self.reading = reading
        textColumns = Self.labelColumns(table, keyColumn: keyColumn, reading: reading)
        // Every figure is read once here, so that what is wrong with any is reported once, where it is; a
        // figure is read again when a table or a sentence asks for it (nothing is kept: a data set of
        // millions of cells would keep hundreds of bytes each).
        for c in table.header.indices where !textColumns.contains(c) {
            for r in table.rows.indices { _ = read(row: r, column: c, reporting: true) }
        }
    }

    /// Whether `column` holds labels (see `textColumns`).
    func isText(_ column: Int) -> Bool { textColumns.contains(column) }

    private static func labelColumns(_ table: CSVTable, keyColumn: Int, reading: SourceReading) -> Set<Int> {
        var columns: Set<Int> = [keyColumn]
        for c in table.header.indices where c != keyColumn {
            if let declared = reading.declaredText[table.header[c]] {
                if declared { columns.insert(c) }
                continue
            }
            var words = false
            var figures = false
            for row in table.rows {
                switch NumberReader.read(row[c], symbols: reading.symbols(forColumn: table.header[c]), missing: reading.missing) {
                case .missing: continue
                case .number, .ambiguous: figures = true
                case .notANumber:
                    let letters = row[c].filter(\.isLetter).count, digits = row[c].filter(\.isNumber).count
                    if letters > digits { words = true } else { figures = true }
                }
                if figures { break }
            }
            if words && !figures { columns.insert(c) }
        }
        return columns
    }

    /// A cell as a number (or missing); nil when it is not a number (already reported at its CSV location).
    func number(row: Int, column: Int) -> Cell? {
        textColumns.contains(column) ? .text(table.rows[row][column]) : read(row: row, column: column, reporting: false)
    }

    /// A cell as a number; `reporting`: what is wrong with it is said (once, when the data set is read).
    private func read(row: Int, column: Int, reporting: Bool) -> Cell? {
        let raw = table.rows[row][column]
        // Unreported, nothing is built for a message: optional chaining skips the arguments.
        let diagnostics = reporting ? self.diagnostics : nil
        let symbols = reading.symbols(forColumn: table.header[column])
        switch NumberReader.read(raw, symbols: symbols, missing: reading.missing) {
        case .missing: return .missing
        case .number(let q, let warning):
            if let warning {
                diagnostics?.warning(table.locations[row][column], warning + " (row `\(table.rows[row][keyColumn])`, column `\(table.header[column])`)")
            }
            return .number(q)
        case .ambiguous(let why):
            diagnostics?.error(table.locations[row][column], why + " (row `\(table.rows[row][keyColumn])`, column `\(table.header[column])`)",
                              suggestion: symbols == .english
                                ? "if the source writes decimal commas, declare `number-locale: fr-CA` (or its locale) on the data set; otherwise correct the cell"
                                : "correct the cell, or declare the locale the source writes its numbers in with `number-locale`")
            return nil
        case .notANumber:
            diagnostics?.error(table.locations[row][column], "`\(raw)` in column `\(table.header[column])` is not a number",
                              suggestion: "write digits with optional `\(symbols.group == "," ? "," : symbols.group)` separators, `$`, `%` or a sign; use `–` or leave the cell empty for no value"
                                + (reading.missing.isEmpty ? " (or declare the source's own marks under `missing:`)" : ""))
            return nil
        }
    }

    /// The row whose key cell is `key`, or nil (with an error listing the keys at `location`).
    func row(keyed key: String, at location: SourceLocation) -> Int? {
        if let i = rowNumber(keyed: key) { return i }
        let keys = table.rows.map { $0[keyColumn] }
        diagnostics.error(location, "no row `\(key)` in \(table.file)", suggestion: Suggestions.hint(for: key, in: keys))
        return nil
    }

    /// The first row whose key cell is `key`. The first lookups scan the rows, which costs no memory on a file
    /// of millions of rows read for a table of a few named ones; after `lookupsBeforeIndex` of them (a
    /// narrative full of figures, a matrix of many editions), the keys are indexed once and every lookup is
    /// answered at once, instead of a scan each.
    private func rowNumber(keyed key: String) -> Int? {
        if let rowIndex { return rowIndex[key] }
        lookups += 1
        guard lookups > Self.lookupsBeforeIndex else { return table.rows.firstIndex { $0[keyColumn] == key } }
        var index: [String: Int] = [:]
        index.reserveCapacity(table.rows.count)
        for r in table.rows.indices where index[table.rows[r][keyColumn]] == nil { index[table.rows[r][keyColumn]] = r }
        rowIndex = index
        return index[key]
    }

    /// Row numbers by key (the first row of each key), made by `rowNumber(keyed:)` when lookups are many.
    private var rowIndex: [String: Int]?
    private var lookups = 0
    static let lookupsBeforeIndex = 8

    /// A column by name, or nil (with an error listing the columns at `location`).
    func column(named name: String, at location: SourceLocation) -> Int? {
        if let c = table.column(named: name) { return c }
        diagnostics.error(location, "no column `\(name)` in \(table.file)",
                          suggestion: Suggestions.closest(to: name, in: table.header).map { "did you mean `\($0)`?" }
                            ?? "its columns are: " + table.header.map { "`\($0)`" }.joined(separator: ", "))
        return nil
    }

    /// Checks that in every row the `parts` columns add up to the `total` column, exactly or within
    /// `tolerance` (for figures published rounded); missing counts as nothing, a missing total requires
    /// every part missing, and money, percentages and counts never add up together.
    func checkSums(parts: [Int], total: Int, tolerance: ExactDecimal, declaredAt location: SourceLocation) {
        for r in table.rows.indices {
            guard let totalCell = number(row: r, column: total) else { continue }
            let cells = parts.map { number(row: r, column: $0) }
            guard !cells.contains(where: { $0 == nil }) else { continue }
            let present = zip(parts, cells).compactMap { p, c in c?.quantity.map { (p, $0) } }
            let key = table.rows[r][keyColumn]
            if let q = totalCell.quantity, let odd = present.first(where: { !$0.1.sameUnit(as: q) }) {
                diagnostics.error(table.locations[r][odd.0],
                                  "`\(key)`: `\(table.header[odd.0])` is \(odd.1.unit.noun) but `\(table.header[total])` is \(q.unit.noun); they cannot add up",
                                  suggestion: "check the cell's `$` or `%` (sum declared at \(location))")
                continue
            }
            let sum = present.reduce(ExactDecimal(0)) { $0 + $1.1.exact }
            let names = parts.map { table.header[$0] }.joined(separator: " + ")
            switch totalCell {
            case .number(let q):
                if (q.exact - sum).magnitude > tolerance {
                    diagnostics.error(table.locations[r][total],
                                      "`\(key)`: \(names) add up to \(NumberFormat.auto.format(Quantity(exact: sum, unit: q.unit, currency: q.currency))) but `\(table.header[total])` is \(NumberFormat.auto.format(q))",
                                      suggestion: "check the figures against the source (sum declared at \(location)\(tolerance == ExactDecimal(0) ? "; a `tolerance` allows for rounded figures" : ""))")
                }
            case .missing where !present.isEmpty:
                diagnostics.error(table.locations[r][total],
                                  "`\(key)`: `\(table.header[total])` has no value but \(names) add up to \(NumberFormat.auto.format(Quantity(exact: sum, unit: present[0].1.unit, currency: present[0].1.currency)))")
            default: break
            }
        }
    }

    /// Checks that in every additive column the other rows add up to `totalsRow`, within `tolerance`
    /// (once per data set, however many tables use it). Percentages, rates, averages and shares do not add
    /// up: such columns are skipped, as is any the spec marks `check: false`.
    func checkTotalsRow(_ totalsRow: Int, tolerance: ExactDecimal = ExactDecimal(0)) {
        guard checkedTotals.insert(totalsRow).inserted else { return }
        for c in table.header.indices where !isText(c) && isAdditive(column: c) {
            guard case .number(let total)? = number(row: totalsRow, column: c) else { continue }
            var sum = ExactDecimal(0)
            var mixed: Int? = nil
            for r in table.rows.indices where r != totalsRow {
                guard let q = number(row: r, column: c)?.quantity else { continue }
                if !q.sameUnit(as: total) { mixed = mixed ?? r }
                sum = sum + q.exact
            }
            if let r = mixed {
                diagnostics.error(table.locations[r][c], "column `\(table.header[c])`: `\(table.rows[r][keyColumn])` is \(number(row: r, column: c)?.quantity?.unit.noun ?? "a number") but the totals row is \(total.unit.noun); they cannot add up",
                                  suggestion: "check the cell's `$` or `%`, or mark the column `check: false`")
            } else if (sum - total.exact).magnitude > tolerance {
                diagnostics.error(table.locations[totalsRow][c],
                                  "column `\(table.header[c])`: the rows add up to \(NumberFormat.auto.format(Quantity(exact: sum, unit: total.unit, currency: total.currency))) but the totals row says \(NumberFormat.auto.format(total))",
                                  suggestion: "check the figures against the source, or mark the column `check: false` if it does not add up (a rate, an average)")
            }
        }
    }

    /// Whether a column's figures add up: not when the spec says so, not percentages, not a header that
    /// names a rate, ratio, average, median, share or per-unit figure.
    func isAdditive(column c: Int) -> Bool {
        if let declared = reading.columnChecks[table.header[c]] { return declared }
        if table.rows.indices.contains(where: { number(row: $0, column: c)?.quantity?.unit == .percent }) { return false }
        let words = table.header[c].lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        let nonAdditive: Set<String> = ["rate", "rates", "ratio", "average", "avg", "mean", "median", "share", "per", "percent",
                                        "percentage", "pct", "taux", "moyenne", "médiane", "pourcentage", "index", "indice"]
        // French `part` (a share) only as `part de…`: English `Part-time staff` still adds up.
        let frenchShare = zip(words, words.dropFirst()).contains { $0 == "part" && ["de", "des", "du", "d"].contains($1) }
        return !words.contains(where: nonAdditive.contains) && !frenchShare && !table.header[c].contains("%")
    }
}

/// How a data set's source writes its numbers: its locale (and any column's own), its no-value marks,
/// and which columns the totals check covers.
struct SourceReading {
    /// The data set's locale (English unless `number-locale` says otherwise).
    var symbols: NumberSymbols = .english
    /// Columns written in another locale than the data set's.
    var columnSymbols: [String: NumberSymbols] = [:]
    /// The source's own no-value marks (`n.d.`, `..`), on top of `–`, `—`, `-` and empty.
    var missing: Set<String> = []
    /// `check: true | false` per column, overriding what the totals check infers.
    var columnChecks: [String: Bool] = [:]
    /// `text: true | false` per column, overriding what is inferred from the cells (see `DataSource.textColumns`):
    /// a column of codes that look like figures (`0501`), or one of figures all written wrong.
    var declaredText: [String: Bool] = [:]

    func symbols(forColumn name: String) -> NumberSymbols { columnSymbols[name] ?? symbols }
}

extension Quantity.Unit {
    /// "money", "a percentage", "a count": for messages.
    var noun: String {
        switch self {
        case .currency: return "money"
        case .percent: return "a percentage"
        case .plain: return "a count"
        }
    }
}
