import FolioModel

extension LayoutContext {
    /// Running text: one row per line, breaking between lines with at least two lines on either side.
    func paragraphElement(_ paragraph: Paragraph) -> FlowElement {
        let style = theme.style(paragraph.style)
        // Very long paragraphs are shaped in pieces: Pango silently drops text beyond a few hundred
        // thousand characters in one layout.
        var rows: [Row] = []
        let notes = paragraph.footnotes.isEmpty ? [:] : Dictionary(paragraph.footnotes.map { ($0.number, noteBody($0)) }, uniquingKeysWith: { a, _ in a })
        for piece in paragraph.text.chunked(limit: 40_000) {
            let shaped = shape(piece, style: style, width: contentWidth, language: paragraph.language)
            var lines = lineRows(shaped, style: style, width: contentWidth)
            if !notes.isEmpty {
                for i in lines.indices {
                    lines[i].footnotes = shaped.lines[i].links.compactMap { FootnoteMark.number($0.url).flatMap { notes[$0] } }
                }
            }
            rows += lines
        }
        var element = FlowElement(rows: rows)
        element.spaceBefore = style.spaceBefore
        element.spaceAfter = style.spaceAfter
        element.minimumRowsBefore = 2
        element.minimumRowsAfter = 2
        element.tag = .paragraph(language: paragraph.language)
        element.keepWithNext = paragraph.keepWithNext
        return element
    }
}
