import FolioModel

/// A heading as collected before layout: its printed text and whether the contents lists it.
struct HeadingEntry {
    var display: String
    var level: Int
    var listed: Bool
}

extension LayoutContext {
    /// The table of contents: one row per listed heading, its page number filled in after pagination.
    func contentsElement(_ contents: Contents, headings: [HeadingEntry]) -> [FlowElement] {
        let titleStyle = theme.style(StyleName.tocTitle)
        var title = FlowElement(rows: lineRows(shape(contents.title, style: titleStyle, width: contentWidth), style: titleStyle))
        title.spaceAfter = titleStyle.spaceAfter
        title.keepWithNext = true
        title.atomic = true
        title.tag = .heading(level: 1)

        var rows: [Row] = []
        let numberWidth: Points = 40
        for (index, heading) in headings.enumerated() where heading.listed && heading.level <= contents.depth {
            let style = theme.style(heading.level == 1 ? StyleName.tocEntry : StyleName.tocSubentry)
            let indent: Points = heading.level == 1 ? 0 : 16
            let width = contentWidth - indent - numberWidth - 12
            let shaped = shape(heading.display, style: style, width: width)
            let lines = Self.stackedLines(shaped, style: style, x: indent, top: 0, width: width)
            var items: [FrameItem] = [.beginTag(.tableOfContentsItem)] + lines.items + [.endTag]
            let y = lines.height
            let firstLine = shaped.lines.first ?? ShapedLine(width: 0, ascent: style.size * 0.75, descent: style.size * 0.25, text: "")
            // The number and its link go just before the entry's end tag, inside the entry.
            let slot = PageNumberSlot(headingIndex: index,
                                      rect: Rect(x: contentWidth - numberWidth, y: 0, width: numberWidth, height: y),
                                      style: style, baseline: Self.baselineOffset(firstLine, lineHeight: style.lineHeight),
                                      title: heading.display, itemIndex: items.count - 1)
            if heading.level == 1 {
                items.append(.rule(from: Point(x: 0, y: y), to: Point(x: contentWidth, y: y), width: 0.4, color: theme.colors.rule))
            }
            rows.append(Row(height: y, items: items, pageNumberSlots: [slot]))
        }
        var list = FlowElement(rows: rows)
        list.tag = .tableOfContents
        list.spaceAfter = 12
        list.minimumRowsBefore = 2
        list.minimumRowsAfter = 2
        return [title, list]
    }
}
