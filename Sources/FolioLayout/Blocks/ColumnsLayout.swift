import FolioModel

extension LayoutContext {
    /// Blocks in `count` columns on the grid (the gutter between them): each laid out as on a page one
    /// column wide, their lines then flowed through the columns by the paginator (see `ColumnFlow`).
    func columnsElement(_ block: ColumnsBlock, element: (Block, LayoutContext) -> [FlowElement]) -> FlowElement {
        let gutter = theme.grid.gutter
        let width = (contentWidth - Points(block.count - 1) * gutter) / Points(block.count)
        let column = self.column(width: width)
        var lines: [ColumnFlow.Line] = []
        var tags: [StructureTag?] = []
        var parts: [FlowElement] = []
        for child in block.blocks { parts += element(child, column) }
        for (k, part) in parts.enumerated() {
            if k > 0 {
                let space = max(parts[k - 1].spaceAfter, part.spaceBefore)
                lines.append(ColumnFlow.Line(row: Row(height: space, items: []), block: k, isSpace: true))
            }
            for (r, var row) in part.rows.enumerated() {
                // Notes go to the foot of the page, as wide as the text block, not the column.
                row.footnotes = row.footnotes.map { noteBody(Footnote(number: $0.number, text: $0.text)) }
                // Atomic blocks stay in one column; a paragraph keeps two lines on either side of a break.
                let last = r == part.rows.count - 1
                let keeps = part.atomic ? !last : (r < part.minimumRowsBefore - 1 || part.rows.count - r - 1 < part.minimumRowsAfter && !last)
                lines.append(ColumnFlow.Line(row: row, block: k, keepsWithNext: keeps && part.rows.count > 1))
            }
            tags.append(part.tag)
        }
        var flowElement = FlowElement(rows: lines.map(\.row))
        flowElement.columns = ColumnFlow(count: block.count, columnWidth: width, gutter: gutter, lines: lines, tags: tags)
        flowElement.spaceBefore = parts.first?.spaceBefore ?? 0
        flowElement.spaceAfter = parts.last?.spaceAfter ?? 0
        flowElement.tag = .division
        return flowElement
    }
}
