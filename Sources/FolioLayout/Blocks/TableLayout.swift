import FolioModel

extension LayoutContext {
    /// A table: caption, header, body, totals, source note. Columns are sized from their measured content;
    /// numbers are right-aligned in tabular figures; a break repeats the header under "Caption (continued)".
    func tableElement(_ table: Table) -> FlowElement {
        let metrics = TableMetrics(table: table, context: self)
        let t = theme.table
        var rows: [Row] = []
        var continuation: [Row] = []
        let captionStyle = theme.style(StyleName.caption)
        if let caption = table.caption {
            rows.append(captionRow(caption, style: captionStyle))
            continuation.append(captionRow(caption + " (continued)", style: captionStyle))
        }
        let header = headerRow(metrics)
        rows.append(header)
        continuation.append(header)
        let bodyStyle = theme.style(StyleName.tableCell)
        for (i, cells) in table.rows.enumerated() {
            var row = bodyRow(cells, metrics: metrics, style: bodyStyle)
            if let zebra = t.zebra, i % 2 == 1 {
                row.items.insert(.fill(Rect(x: 0, y: 0, width: metrics.totalWidth, height: row.height), zebra), at: 0)
            }
            let isLast = i == table.rows.count - 1
            if !(isLast && table.totals != nil) {
                row.items.append(.rule(from: Point(x: 0, y: row.height), to: Point(x: metrics.totalWidth, y: row.height),
                                       width: t.ruleWidth, color: theme.colors.rule))
            }
            rows.append(row)
        }
        if let totals = table.totals {
            var row = bodyRow(totals, metrics: metrics, style: theme.style(StyleName.tableTotal))
            row.items.append(.rule(from: Point(x: 0, y: 0), to: Point(x: metrics.totalWidth, y: 0),
                                   width: t.totalRuleWidth, color: theme.colors.primary))
            row.items.append(.rule(from: Point(x: 0, y: row.height), to: Point(x: metrics.totalWidth, y: row.height),
                                   width: t.ruleWidth, color: theme.colors.rule))
            row.canBreakBefore = false
            rows.append(row)
        }
        let sourceStyle = theme.style(StyleName.sourceNote)
        if let source = table.source {
            let shaped = shape(source, style: sourceStyle, width: contentWidth)
            var sourceRows = lineRows(shaped, style: sourceStyle, width: contentWidth)
            if !sourceRows.isEmpty {
                sourceRows[0].items.insert(.beginTag(.caption), at: 0)
                sourceRows[sourceRows.count - 1].items.append(.endTag)
                sourceRows[0].height += sourceStyle.spaceBefore
                sourceRows[0].items = sourceRows[0].items.map { $0.offsetBy(dx: 0, dy: sourceStyle.spaceBefore) }
            }
            for i in sourceRows.indices { sourceRows[i].canBreakBefore = false }
            rows += sourceRows
        }
        var element = FlowElement(rows: rows)
        element.spaceBefore = captionStyle.spaceBefore
        element.spaceAfter = sourceStyle.spaceAfter
        element.tag = .table
        element.continuationHeader = continuation
        let minimum = max(1, t.minimumRowsAtBreak)
        element.minimumRowsBefore = continuation.count + minimum
        element.minimumRowsAfter = minimum + (table.totals == nil ? 0 : 1)
        element.atomic = table.keepTogether ?? (element.height <= contentHeight * 0.5)
        return element
    }

    private func captionRow(_ text: String, style: TextStyle) -> Row {
        let shaped = shape(text, style: style, width: contentWidth)
        let lines = stackedLines(shaped, style: style, x: 0, top: 0, width: contentWidth)
        return Row(height: lines.height + style.spaceAfter, items: [.beginTag(.caption)] + lines.items + [.endTag])
    }

    private func headerRow(_ m: TableMetrics) -> Row {
        var row = tableRow(m.headers, metrics: m, style: theme.style(StyleName.tableHeader), bottomAligned: true) { _ in .tableHeaderCell }
        row.items.append(.rule(from: Point(x: 0, y: row.height), to: Point(x: m.totalWidth, y: row.height),
                               width: theme.table.headerRuleWidth, color: theme.colors.primary))
        return row
    }

    private func bodyRow(_ cells: [Cell], metrics m: TableMetrics, style: TextStyle) -> Row {
        let pad = 2 * theme.table.cellPaddingX
        let shaped: [any ShapedText] = m.columns.enumerated().map { c, column in
            let text = column.format.format(c < cells.count ? cells[c] : .missing)
            return shape(text, style: style, width: column.alignment == .left ? m.widths[c] - pad : nil)
        }
        // The row's label cell is its header (screen readers announce it with each figure).
        return tableRow(shaped, metrics: m, style: style, bottomAligned: false) { c in
            c == 0 && m.columns[c].alignment == .left ? .tableHeaderCell : .tableCell
        }
    }

    /// One table row: emphasis fills, then each cell's lines aligned in its column, tagged TR > TH/TD.
    private func tableRow(_ shaped: [any ShapedText], metrics m: TableMetrics, style: TextStyle, bottomAligned: Bool,
                          cellTag: (Int) -> StructureTag) -> Row {
        let t = theme.table
        let lineCount = shaped.reduce(1) { max($0, $1.lines.count) }
        let height = Points(lineCount) * style.lineHeight + 2 * t.cellPaddingY
        var items: [FrameItem] = []
        if let fill = t.emphasisFill {
            for (c, column) in m.columns.enumerated() where column.emphasized {
                items.append(.fill(Rect(x: m.x[c], y: 0, width: m.widths[c], height: height), fill))
            }
        }
        items.append(.beginTag(.tableRow))
        for c in m.columns.indices {
            items.append(.beginTag(cellTag(c)))
            let text = shaped[c]
            let top = bottomAligned ? height - t.cellPaddingY - Points(text.lines.count) * style.lineHeight : t.cellPaddingY
            items += stackedLines(text, style: style, x: m.x[c] + t.cellPaddingX, top: top,
                                  width: m.widths[c] - 2 * t.cellPaddingX, alignment: m.columns[c].alignment).items
            items.append(.endTag)
        }
        items.append(.endTag)
        return Row(height: height, items: items)
    }
}

/// Column widths and positions, from the measured width of every header and cell.
struct TableMetrics {
    let columns: [TableColumn]
    let widths: [Points]
    let x: [Points]
    let headers: [any ShapedText]
    var totalWidth: Points { widths.reduce(0, +) }

    init(table: Table, context: LayoutContext) {
        columns = table.columns
        let theme = context.theme
        let pad = theme.table.cellPaddingX * 2
        let cellStyle = theme.style(StyleName.tableCell)
        let totalStyle = theme.style(StyleName.tableTotal)
        let headerStyle = theme.style(StyleName.tableHeader)
        var natural = [Points](repeating: 0, count: columns.count)
        for (c, column) in columns.enumerated() {
            var widest = context.shape(column.header, style: headerStyle, width: nil).width
            for row in table.rows {
                let cell = c < row.count ? row[c] : .missing
                widest = max(widest, context.shape(column.format.format(cell), style: cellStyle, width: nil).width)
            }
            if let totals = table.totals {
                let cell = c < totals.count ? totals[c] : .missing
                widest = max(widest, context.shape(column.format.format(cell), style: totalStyle, width: nil).width)
            }
            natural[c] = widest + pad + 1   // 1 pt of slack so a measured width never wraps on rounding
        }
        let available = context.contentWidth
        let cols = table.columns
        let numeric = cols.indices.filter { cols[$0].alignment != .left }
        let labels = cols.indices.filter { cols[$0].alignment == .left }
        var widths = natural
        // Numbers share one width for an even rhythm (at least 58 pt) when the labels still get their
        // natural width; otherwise each number column takes its own measured width and labels wrap.
        let widestNumber = numeric.map { natural[$0] }.max() ?? 0
        let labelNatural = labels.reduce(0) { $0 + natural[$1] }
        if !numeric.isEmpty {
            let room = (available - labelNatural) / Points(numeric.count)
            let uniform = min(max(widestNumber, 58), room)
            if uniform >= widestNumber {
                for c in numeric { widths[c] = uniform }
            }
        }
        let used = widths.reduce(0, +)
        if let first = labels.first {
            if used < available {
                widths[first] += available - used          // the label column takes the rest: full-width table
            } else {
                let others = used - widths[first]
                widths[first] = max(60, available - others)  // labels wrap when space is short
            }
        }
        var xs: [Points] = []
        var x: Points = 0
        for w in widths { xs.append(x); x += w }
        self.widths = widths
        self.x = xs
        let finalWidths = widths
        self.headers = cols.enumerated().map { c, column in
            context.shape(column.header, style: headerStyle, width: finalWidths[c] - pad)
        }
    }
}
