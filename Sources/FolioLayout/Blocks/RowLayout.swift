import FolioModel

extension LayoutContext {
    /// The narrowest column a block of a row is set in; narrower, the row's blocks are stacked instead
    /// (a chart or a paragraph in two inches reads badly; on a narrow page they go one under the other).
    static let narrowestRowColumn: Points = 150

    /// The same setting with a text block `width` wide (the right margin moved in): a block of a row is
    /// laid out exactly as it would be on a page that narrow.
    func column(width: Points) -> LayoutContext {
        var setup = page
        setup.margins.right = page.size.width - page.margins.left - width
        return LayoutContext(theme: theme, shaper: shaper, page: setup)
    }

    /// The widths of a row's columns on the theme's grid, and where each starts.
    func rowColumns(_ spans: [Int]) -> [(x: Points, width: Points)] {
        let grid = theme.grid
        let columns = Points(max(1, grid.columns)), gutter = grid.gutter
        let unit = (contentWidth - (columns - 1) * gutter) / columns
        var x: Points = 0
        return spans.map { span in
            let width = unit * Points(span) + Points(max(0, span - 1)) * gutter
            defer { x += width + gutter }
            return (x, width)
        }
    }

    /// A row: each block laid out in its column, all in one atomic strip as tall as the tallest, each
    /// block's items inside its own structure element, the whole a Div. Stacked (each block's elements in
    /// turn) where a column would be narrower than `narrowestRowColumn`.
    func rowElements(_ row: RowBlock, element: (Block, LayoutContext) -> [FlowElement]) -> [FlowElement] {
        let columns = rowColumns(row.spans)
        if columns.contains(where: { $0.width < Self.narrowestRowColumn }) {
            return row.blocks.flatMap { element($0, self) }
        }
        var items: [FrameItem] = []
        var height: Points = 0, before: Points = 0, after: Points = 0
        var notes: [NoteBody] = []
        for (block, column) in zip(row.blocks, columns) {
            let parts = element(block, self.column(width: column.width))
            notes += footnotes(of: parts)
            let (placed, y) = Self.stacked(parts, dx: column.x, dy: 0)
            items += placed
            height = max(height, y)
            before = max(before, parts.first?.spaceBefore ?? 0)
            after = max(after, parts.last?.spaceAfter ?? 0)
        }
        var strip = Self.strip(items, height: height, spaceBefore: before, spaceAfter: after)
        strip.rows[0].footnotes = notes
        return [strip]
    }

    /// The notes marked in `parts`, in order: a strip made of them sets them at the foot of its page, laid
    /// out for the whole text block (not the column their mark is in).
    func footnotes(of parts: [FlowElement]) -> [NoteBody] {
        parts.flatMap { $0.rows.flatMap { $0.footnotes.map { noteBody(Footnote(number: $0.number, text: $0.text)) } } }
    }

    /// The elements `parts` one under the other (their spaces between them), moved by `dx`, `dy`, each in
    /// its own structure element; and the height they take.
    static func stacked(_ parts: [FlowElement], dx: Points, dy: Points) -> (items: [FrameItem], height: Points) {
        var items: [FrameItem] = []
        var y: Points = 0
        for (k, part) in parts.enumerated() {
            if k > 0 { y += max(parts[k - 1].spaceAfter, part.spaceBefore) }
            if let tag = part.tag { items.append(.beginTag(tag)) }
            for r in part.rows {
                items += r.items.map { $0.offsetBy(dx: dx, dy: dy + y) }
                y += r.height
            }
            if part.tag != nil { items.append(.endTag) }
        }
        return (items, y)
    }

    /// One strip kept whole, a Div.
    static func strip(_ items: [FrameItem], height: Points, spaceBefore before: Points, spaceAfter after: Points) -> FlowElement {
        var strip = FlowElement(rows: [Row(height: height, items: items)])
        strip.spaceBefore = before
        strip.spaceAfter = after
        strip.atomic = true
        strip.tag = .division
        return strip
    }
}
