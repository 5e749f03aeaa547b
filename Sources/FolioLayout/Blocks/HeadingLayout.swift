import FolioModel

extension LayoutContext {
    /// A heading, kept with what follows. Sections (level 1) get a short accent bar above the title.
    func headingElement(_ heading: Heading, display: String, index: Int) -> FlowElement {
        let style = theme.style(headingStyleName(heading.level))
        let shaped = shape(display, style: style, width: contentWidth)
        var rows = lineRows(shaped, style: style, width: contentWidth)
        if heading.level == 1 {
            let bar = Row(height: 14, items: [.fill(Rect(x: 0, y: 0, width: 36, height: 3.5), theme.colors.accent)])
            rows.insert(bar, at: 0)
        }
        if !rows.isEmpty { rows[0].anchors.append(HeadingAnchor(headingIndex: index, y: 0)) }
        var element = FlowElement(rows: rows)
        element.spaceBefore = style.spaceBefore
        element.spaceAfter = style.spaceAfter
        element.keepWithNext = true
        element.atomic = true
        element.tag = .heading(level: heading.level)
        element.pageBreakBefore = heading.pageBreakBefore
        return element
    }

    func headingStyleName(_ level: Int) -> String {
        switch level {
        case 1: return StyleName.heading1
        case 2: return StyleName.heading2
        default: return StyleName.heading3
        }
    }
}
