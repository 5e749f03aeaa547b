import FolioModel

extension LayoutContext {
    /// A box: its blocks laid out in the box's inner width, one under the other, on the theme's tint
    /// (`callout`) or beside a 3pt rule in the accent colour (`sidebar`), kept together as one Div. The
    /// padding is the grid's gutter. A box taller than a page is set as its blocks alone, unboxed, rather
    /// than run off the page.
    func boxElements(_ box: BoxBlock, element: (Block, LayoutContext) -> [FlowElement]) -> [FlowElement] {
        let pad = theme.grid.gutter
        let rule: Points = 3
        let (dx, inner): (Points, Points) = box.kind == .callout ? (pad, contentWidth - 2 * pad) : (rule + pad, contentWidth - rule - pad)
        let column = self.column(width: inner)
        let parts = box.blocks.flatMap { element($0, column) }
        let dy: Points = box.kind == .callout ? pad : 0
        let (placed, height) = Self.stacked(parts, dx: dx, dy: dy)
        let total = height + 2 * dy
        guard total <= contentHeight else { return box.blocks.flatMap { element($0, self) } }
        let notes = footnotes(of: parts)
        let backdrop: FrameItem = box.kind == .callout
            ? .fill(Rect(x: 0, y: 0, width: contentWidth, height: total), theme.colors.tint)
            : .fill(Rect(x: 0, y: 0, width: rule, height: total), theme.colors.accent)
        let space = theme.style(StyleName.body).spaceAfter * 1.5
        var strip = Self.strip([backdrop] + placed, height: total, spaceBefore: space, spaceAfter: space)
        strip.rows[0].footnotes = notes
        return [strip]
    }
}
