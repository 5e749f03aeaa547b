import FolioModel

extension LayoutContext {
    /// A heading, kept with what follows. Sections (level 1) get a short accent bar above the title.
    func headingElement(_ heading: Heading, display: String, index: Int) -> FlowElement {
        if let opener = heading.opener { return openerElement(heading, opener: opener, display: display, index: index) }
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
        element.pageBreakBefore = heading.pageBreakBefore || (heading.level == 1 && theme.sectionsStartNewPage)
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

extension LayoutContext {
    /// A section opener: a band of the primary colour from the page's top edge and across its full width,
    /// the title at its foot in the `opener-title` style and the intro under it; the page has no running
    /// header (the band takes its place). The band is a layout artifact, the title the section's H1.
    func openerElement(_ heading: Heading, opener: Heading.Opener, display: String, index: Int) -> FlowElement {
        let titleStyle = theme.style(StyleName.openerTitle), introStyle = theme.style(StyleName.openerIntro)
        let width = contentWidth * 0.85
        let title = Self.stackedLines(shape(display, style: titleStyle, width: width), style: titleStyle, x: 0, top: 0, width: width)
        let intro = opener.intro.map { Self.stackedLines(shape($0, style: introStyle, width: width), style: introStyle, x: 0, top: 0, width: width) }
        let pad = page.margins.left * 0.6
        let textHeight = title.height + (intro.map { $0.height + titleStyle.spaceAfter / 2 } ?? 0)
        // The band reaches from the paper's top edge to below the text; at least a third of the text block deep.
        let depth = max(contentHeight / 3, textHeight + 2 * pad)
        let band = Rect(x: -page.margins.left, y: -page.margins.top, width: page.size.width, height: page.margins.top + depth)
        var items: [FrameItem] = [.beginTag(.artifact(.layout)), .fill(band, theme.colors.primary),
                                  .fill(Rect(x: 0, y: depth - pad - textHeight - 28, width: 48, height: 4), theme.colors.onPrimary), .endTag]
        let top = depth - pad - textHeight
        items += [.beginTag(.heading(level: 1))] + title.items.map { $0.offsetBy(dx: 0, dy: top) } + [.endTag]
        if let intro {
            items += [.beginTag(.paragraph())] + intro.items.map { $0.offsetBy(dx: 0, dy: top + title.height + titleStyle.spaceAfter / 2) } + [.endTag]
        }
        var row = Row(height: depth, items: items)
        row.anchors.append(HeadingAnchor(headingIndex: index, y: top))
        var element = FlowElement(rows: [row])
        element.spaceAfter = theme.style(StyleName.heading1).spaceAfter * 2
        element.keepWithNext = true
        element.atomic = true
        element.pageBreakBefore = true
        element.opensPage = true
        return element
    }
}
