import FolioModel

extension LayoutContext {
    /// The cover: a full-bleed band of the primary colour holding the organisation, title and subtitle;
    /// below it an optional headline figure and the details (publisher, period).
    func coverPage(_ cover: Cover, organisation: String?) -> PageFrame {
        let size = page.size
        let bandHeight = (size.height * 0.62).rounded()
        var items: [FrameItem] = [.fill(Rect(x: 0, y: 0, width: size.width, height: bandHeight), theme.colors.primary)]
        items += coverMasthead(cover.logo, organisation: organisation)
        items += coverTitle(cover, bandHeight: bandHeight)
        if let figure = cover.figure { items += coverFigure(figure, top: bandHeight + 40) }
        items += coverDetails(cover.details)
        return PageFrame(size: size, items: items, isCover: true)
    }

    /// The top of the band: the logo, then the organisation's name.
    private func coverMasthead(_ logo: ImageBlock?, organisation: String?) -> [FrameItem] {
        var items: [FrameItem] = []
        let m = page.margins
        let detailStyle = theme.style(StyleName.coverDetail)
        var top = m.top
        if let logo {
            let (placement, box) = Self.imagePlacement(Self.coverLogo(logo), column: contentWidth, tallest: Self.tallestCoverLogo)
            items += [.beginTag(logo.decorative ? .artifact(.layout) : .figure(alt: logo.alt)),
                      .image(placement).offsetBy(dx: m.left, dy: top), .endTag]
            top += box.height + detailStyle.lineHeight
        }
        if let organisation {
            items += Self.stackedLines(shape(organisation, style: detailStyle, width: contentWidth), style: detailStyle,
                                  x: m.left, top: top, width: contentWidth).items
        }
        return items
    }

    /// The title block sits on the bottom of the band, under a short rule.
    private func coverTitle(_ cover: Cover, bandHeight: Points) -> [FrameItem] {
        let m = page.margins
        let width = contentWidth
        let titleStyle = theme.style(StyleName.coverTitle)
        let subtitleStyle = theme.style(StyleName.coverSubtitle)
        let title = shape(cover.title, style: titleStyle, width: width * 0.85)
        let subtitle = cover.subtitle.map { shape($0, style: subtitleStyle, width: width * 0.85) }
        var blockHeight = Points(title.lines.count) * titleStyle.lineHeight
        if let s = subtitle { blockHeight += titleStyle.spaceAfter + Points(s.lines.count) * subtitleStyle.lineHeight }
        var y = bandHeight - m.bottom - blockHeight
        var items: [FrameItem] = [.fill(Rect(x: m.left, y: y - 28, width: 48, height: 4), theme.colors.onPrimary)]
        let titleLines = Self.stackedLines(title, style: titleStyle, x: m.left, top: y, width: width)
        items += [.beginTag(.heading(level: 1))] + titleLines.items + [.endTag]
        y += titleLines.height
        if let s = subtitle {
            let lines = Self.stackedLines(s, style: subtitleStyle, x: m.left, top: y + titleStyle.spaceAfter, width: width)
            items += [.beginTag(.paragraph())] + lines.items + [.endTag]
        }
        return items
    }

    /// The headline figure under the band, `top` down the page: a key figure's styles, larger.
    private func coverFigure(_ figure: KeyFigure, top: Points) -> [FrameItem] {
        let m = page.margins
        var valueStyle = theme.style(StyleName.figureValue)
        valueStyle.size *= 1.6
        valueStyle.lineHeight *= 1.6
        var labelStyle = theme.style(StyleName.figureLabel)
        labelStyle.size *= 1.25
        labelStyle.lineHeight *= 1.25
        let value = Self.stackedLines(shape(figure.value, style: valueStyle, width: nil), style: valueStyle, x: m.left, top: top, width: contentWidth)
        let label = Self.stackedLines(shape(figure.label, style: labelStyle, width: contentWidth * 0.55), style: labelStyle,
                                 x: m.left, top: top + value.height + 2, width: contentWidth)
        return [.beginTag(.paragraph())] + value.items + label.items + [.endTag]
    }

    /// The details (publisher, period) at the foot of the page, under a rule.
    private func coverDetails(_ details: [String]) -> [FrameItem] {
        let m = page.margins
        let width = contentWidth
        var detail = theme.style(StyleName.coverDetail)
        detail.color = theme.colors.muted
        let shapedDetails = details.map { shape($0, style: detail, width: width) }
        var bottom = page.size.height - m.bottom - shapedDetails.reduce(0) { $0 + Points($1.lines.count) * detail.lineHeight }
        var items: [FrameItem] = [.rule(from: Point(x: m.left, y: bottom - 10), to: Point(x: m.left + width, y: bottom - 10),
                                        width: 0.6, color: theme.colors.rule)]
        items.append(.beginTag(.paragraph()))
        for shaped in shapedDetails {
            let lines = Self.stackedLines(shaped, style: detail, x: m.left, top: bottom, width: width)
            items += lines.items
            bottom += lines.height
        }
        items.append(.endTag)
        return items
    }

    /// A cover logo is at most this tall (its natural size otherwise, within the text block's width).
    static let tallestCoverLogo: Points = 72

    /// A logo without a size: its natural size, but no wider than 2.5 in.
    static func coverLogo(_ logo: ImageBlock) -> ImageBlock {
        var l = logo
        if l.width == nil && l.height == nil { l.width = .points(min(logo.image.size.width, 180)) }
        return l
    }
}
