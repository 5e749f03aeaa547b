import FolioModel

extension LayoutContext {
    /// Running text: one row per line, breaking between lines with at least two lines on either side.
    func paragraphElement(_ paragraph: Paragraph) -> FlowElement {
        let style = theme.style(paragraph.style)
        let shaped = shape(paragraph.text, style: style, width: contentWidth)
        var element = FlowElement(rows: lineRows(shaped, style: style, width: contentWidth))
        element.spaceBefore = style.spaceBefore
        element.spaceAfter = style.spaceAfter
        element.minimumRowsBefore = 2
        element.minimumRowsAfter = 2
        element.tag = .paragraph
        return element
    }
}
