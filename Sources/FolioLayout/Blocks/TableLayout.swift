import FolioModel

extension LayoutContext {
    /// A table: caption, header, body, totals, source note. Columns are sized from their measured content;
    /// numbers are right-aligned in tabular figures; a break repeats the header under "Caption (continued)".
    /// A table too wide for the text block is set tighter, then smaller, then split into parts (see
    /// `TablePlan`): each later part repeats the label columns under "Caption (continued)", and the source
    /// note follows the last. Where the spec or theme allows it, a table that would be split goes on
    /// landscape pages instead (split there only if it must be).
    func tableElements(_ table: consuming Table) -> [FlowElement] {
        var owned = consume table
        let cells = PrintedCells(owned, context: self)
        // From here on the body is read as printed: given the only reference (a long table, see
        // `LayoutEngine.steps`), its cells as read go before any is shaped.
        owned.rows = []
        let (plan, context) = orientedTablePlan(owned, cells: cells)
        return context.tableElements(owned, cells: cells, plan: plan, turned: context.page.size != page.size)
    }

    /// How `table` is set, and on which pages (this context's or the turned one's): landscape only where
    /// allowed (`Table.Landscape`), and for `auto` only when the upright text block would split the table
    /// and the turned one needs fewer parts (or fits where upright does not).
    func orientedTablePlan(_ table: Table) -> (plan: TablePlan, context: LayoutContext) {
        orientedTablePlan(table, cells: PrintedCells(table, context: self))
    }

    private func orientedTablePlan(_ table: Table, cells: PrintedCells) -> (plan: TablePlan, context: LayoutContext) {
        let mode = table.landscape ?? theme.table.landscape
        guard mode != .never, !isLandscape else { return (tablePlan(table, cells: cells), self) }
        let turned = self.turned
        if mode == .always { return (turned.tablePlan(table, cells: cells), turned) }
        let upright = tablePlan(table, cells: cells)
        guard upright.parts.count > 1 || upright.problem != nil else { return (upright, self) }
        let wide = turned.tablePlan(table, cells: cells)
        let better = (upright.problem != nil && wide.problem == nil) || (wide.problem == nil && wide.parts.count < upright.parts.count)
        return better ? (wide, turned) : (upright, self)
    }

    private func tableElements(_ table: Table, cells: PrintedCells, plan: TablePlan, turned: Bool) -> [FlowElement] {
        plan.parts.enumerated().map { p, part in
            let columns = part.columns
            var piece = table
            let whole = columns == Array(table.columns.indices)
            if !whole {
                piece.columns = columns.map { table.columns[$0] }
                piece.totals = table.totals.map { row in columns.map { $0 < row.count ? row[$0] : .missing } }
            }
            if p < plan.parts.count - 1 { piece.source = nil }
            var element = tableElement(piece, cells: whole ? cells : cells.selecting(columns), metrics: part.metrics, continued: p > 0,
                                       measured: plan.parts.count == 1 ? plan.measured : nil)
            element.landscape = turned
            return element
        }
    }

    /// One table (or part): `continued` for the parts after the first, whose caption says so from the start.
    private func tableElement(_ table: Table, cells: PrintedCells, metrics: TableMetrics, continued: Bool,
                              measured: [[ShapedText?]]?) -> FlowElement {
        let t = theme.table
        let sourceStyle = theme.style(StyleName.sourceNote)
        let source = table.source.map { sourceRows($0, style: sourceStyle) } ?? []
        // Exactly as many as it takes (caption, header, body, totals, source): a long table's rows are kept
        // until placed, and an array grown by one past its reserve would double (12 MB at 100,000 rows).
        var rows: [Row] = []
        rows.reserveCapacity(cells.rowCount + 3 + source.count)
        var continuation: [Row] = []
        let captionStyle = theme.style(StyleName.caption)
        // What a break repeats is page furniture (a reader has heard the caption and header once): artifacts.
        if let caption = table.caption {
            let continuedCaption = captionRow(caption + " (continued)", style: captionStyle)
            rows.append(continued ? continuedCaption : captionRow(caption, style: captionStyle))
            continuation.append(Self.artifact(continuedCaption))
        }
        var header = headerRow(metrics)
        continuation.append(Self.artifact(header))
        header.section = .tableHead
        rows.append(header)
        let body = TableBody(metrics: metrics, table: t, ruleColor: theme.colors.rule)
        for i in 0..<cells.rowCount {
            let shaped = shapedCells({ cells[column: $0, row: i] }, index: i, metrics: metrics, style: metrics.setting.cell,
                                     measured: measured)
            let ruled = !(i == cells.rowCount - 1 && table.totals != nil)
            var row = Row(cells: TableRowCells(shaped: shaped, body: body, index: i, ruled: ruled,
                                               height: Self.tableRowHeight(shaped, style: metrics.setting.cell, table: t)))
            row.footnotes = metrics.columns.flatMap { ($0.cellNotes[i] ?? []).map(noteBody) }
            row.section = .tableBody
            rows.append(row)
        }
        if let totals = table.totals {
            var row = totalsRow(totals, metrics: metrics)
            row.section = .tableFoot
            rows.append(row)
        }
        rows += source
        var element = FlowElement(rows: rows)
        element.spaceBefore = captionStyle.spaceBefore
        element.spaceAfter = sourceStyle.spaceAfter
        element.tag = .table
        element.continuationHeader = continuation
        let minimum = max(1, t.minimumRowsAtBreak)
        element.minimumRowsBefore = continuation.count + minimum
        // Rows after a break: `minimum` body rows, plus the totals and the source note's lines, which can
        // never be broken before and must not stand in for body rows (else one body row sits above the totals).
        element.minimumRowsAfter = minimum + (table.totals == nil ? 0 : 1) + source.count
        element.atomic = table.keepTogether ?? (element.height <= contentHeight * 0.5)
        return element
    }

    /// `row` drawn as a pagination artifact (its tags are not written).
    private static func artifact(_ row: Row) -> Row {
        var copy = row
        // Its footnote marks stay as drawn (their links are not written in an artifact), but the notes are set
        // once, where the header was first read.
        copy.items = [.beginTag(.artifact(.pagination))] + row.items + [.endTag]
        copy.section = nil
        copy.footnotes = []
        return copy
    }

    private func totalsRow(_ totals: [Cell], metrics: TableMetrics) -> Row {
        let t = theme.table
        let shaped = shapedCells({ c in metrics.columns[c].format.format(c < totals.count ? totals[c] : .missing) }, index: nil,
                                 metrics: metrics, style: metrics.setting.total)
        var row = tableRow(shaped, metrics: metrics, style: metrics.setting.total, bottomAligned: false, cellTag: Self.bodyCellTag(metrics))
        row.items.append(.rule(from: Point(x: 0, y: 0), to: Point(x: metrics.totalWidth, y: 0),
                               width: t.totalRuleWidth, color: theme.colors.primary))
        row.items.append(.rule(from: Point(x: 0, y: row.height), to: Point(x: metrics.totalWidth, y: row.height),
                               width: t.ruleWidth, color: theme.colors.rule))
        row.canBreakBefore = false
        return row
    }

    private func sourceRows(_ source: String, style: TextStyle) -> [Row] {
        let shaped = shape(source, style: style, width: contentWidth)
        var rows = lineRows(shaped, style: style, width: contentWidth)
        if !rows.isEmpty {
            // A paragraph, not a second caption (a table has one).
            rows[0].items.insert(.beginTag(.paragraph()), at: 0)
            rows[rows.count - 1].items.append(.endTag)
            rows[0].height += style.spaceBefore
            rows[0].items = rows[0].items.map { $0.offsetBy(dx: 0, dy: style.spaceBefore) }
        }
        for i in rows.indices { rows[i].canBreakBefore = false }
        return rows
    }

    private func captionRow(_ text: String, style: TextStyle) -> Row {
        let shaped = shape(text, style: style, width: contentWidth)
        let lines = Self.stackedLines(shaped, style: style, x: 0, top: 0, width: contentWidth)
        return Row(height: lines.height + style.spaceAfter, items: [.beginTag(.caption)] + lines.items + [.endTag])
    }

    private func headerRow(_ m: TableMetrics) -> Row {
        var row = tableRow(m.headers, metrics: m, style: m.setting.header, bottomAligned: true) { _ in .tableHeaderCell(.column) }
        row.footnotes = m.columns.flatMap { $0.headerNotes.map(noteBody) }
        row.items.append(.rule(from: Point(x: 0, y: row.height), to: Point(x: m.totalWidth, y: row.height),
                               width: theme.table.headerRuleWidth, color: theme.colors.primary))
        return row
    }

    /// The cells of a body row (`index`) or of the totals row (nil), shaped; `text(c)` is column c's text as it
    /// prints. `measured`: the body cells as shaped without a width when the table was measured (see
    /// `ColumnNeeds.measured`); a cell that fits its column is that very text, as the shaper would give it
    /// again (`ShapedText.fitsOnOneLine`), so it is not shaped twice.
    private func shapedCells(_ text: (Int) -> String, index: Int?, metrics m: TableMetrics, style: TextStyle,
                             measured: [[ShapedText?]]? = nil) -> [ShapedText] {
        let pad = 2 * m.setting.paddingX
        // Labels wrap within their column; figures are shaped whole, on one line, never broken.
        return m.columns.enumerated().map { c, column in
            let text = text(c)
            let width = column.isText ? m.widths[c] - pad : nil
            if let i = index, let measured, c < measured.count, i < measured[c].count, let natural = measured[c][i],
               width.map({ text.utf8.count <= ShapedText.fitsFirstLength && natural.fitsOnOneLine(within: $0) }) ?? true {
                return natural
            }
            guard let i = index, let notes = column.cellNotes[i] else { return shape(text, style: style, width: width) }
            return shape(RichText.marked(text, notes: notes), style: style, width: width)
        }
    }

    /// How a body or totals row's cells are tagged: the label cell is the row's header (screen readers
    /// announce it with each figure).
    static func bodyCellTag(_ m: TableMetrics) -> (Int) -> StructureTag {
        { c in c == 0 && m.columns[c].isText ? .tableHeaderCell(.row) : .tableCell }
    }

    /// One table row, its items made now (the header, the totals).
    private func tableRow(_ shaped: [ShapedText], metrics m: TableMetrics, style: TextStyle, bottomAligned: Bool,
                          cellTag: (Int) -> StructureTag) -> Row {
        let height = Self.tableRowHeight(shaped, style: style, table: theme.table)
        return Row(height: height, items: Self.tableRowItems(shaped, metrics: m, style: style, table: theme.table, height: height,
                                                             bottomAligned: bottomAligned, cellTag: cellTag))
    }

    /// A row's height: its tallest cell's lines, and the padding above and below.
    static func tableRowHeight(_ shaped: [ShapedText], style: TextStyle, table t: TableStyle) -> Points {
        Points(shaped.reduce(1) { max($0, $1.lines.count) }) * style.lineHeight + 2 * t.cellPaddingY
    }

    /// One table row's items: emphasis fills, then each cell's lines aligned in its column, tagged TR > TH/TD.
    static func tableRowItems(_ shaped: [ShapedText], metrics m: TableMetrics, style: TextStyle, table t: TableStyle,
                              height: Points, bottomAligned: Bool, cellTag: (Int) -> StructureTag) -> [FrameItem] {
        emphasisFills(metrics: m, table: t, height: height)
            + tableRowCells(shaped, metrics: m, style: style, table: t, height: height, bottomAligned: bottomAligned, cellTag: cellTag)
    }

    /// The fills of a row's emphasised columns (drawn under the row).
    static func emphasisFills(metrics m: TableMetrics, table t: TableStyle, height: Points) -> [FrameItem] {
        guard let fill = t.emphasisFill else { return [] }
        return m.columns.indices.filter { m.columns[$0].emphasized }.map { c in
            .fill(Rect(x: m.x[c], y: 0, width: m.widths[c], height: height), fill)
        }
    }

    /// A row's cells: each cell's lines aligned in its column, tagged TR > TH/TD.
    static func tableRowCells(_ shaped: [ShapedText], metrics m: TableMetrics, style: TextStyle, table t: TableStyle,
                              height: Points, bottomAligned: Bool, cellTag: (Int) -> StructureTag) -> [FrameItem] {
        let padX = m.setting.paddingX
        var items: [FrameItem] = [.beginTag(.tableRow)]
        for c in m.columns.indices {
            items.append(.beginTag(cellTag(c)))
            let text = shaped[c]
            let top = bottomAligned ? height - t.cellPaddingY - Points(text.lines.count) * style.lineHeight : t.cellPaddingY
            items += stackedLines(text, style: style, x: m.x[c] + padX, top: top,
                                  width: m.widths[c] - 2 * padX, alignment: m.columns[c].alignment).items
            items.append(.endTag)
        }
        items.append(.endTag)
        return items
    }
}
