import FolioModel

extension LayoutContext {
    /// Running text: one row per line, breaking between lines with at least two lines on either side.
    func paragraphElement(_ paragraph: Paragraph) -> FlowElement {
        let style = theme.style(paragraph.style)
        // Very long paragraphs are shaped in pieces: Pango silently drops text beyond a few hundred
        // thousand characters in one layout.
        var rows: [Row] = []
        for piece in paragraph.text.chunked(limit: 40_000) {
            rows += lineRows(shape(piece, style: style, width: contentWidth), style: style, width: contentWidth)
        }
        var element = FlowElement(rows: rows)
        element.spaceBefore = style.spaceBefore
        element.spaceAfter = style.spaceAfter
        element.minimumRowsBefore = 2
        element.minimumRowsAfter = 2
        element.tag = .paragraph
        element.keepWithNext = paragraph.keepWithNext
        return element
    }
}
