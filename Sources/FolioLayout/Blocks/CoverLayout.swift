import FolioModel

extension LayoutContext {
    /// The cover: a full-bleed band of the primary colour holding the organisation, title and subtitle;
    /// below it an optional headline figure and the details (publisher, period).
    func coverPage(_ cover: Cover, organisation: String?) -> PageFrame {
        let size = page.size
        let m = page.margins
        let bandHeight = (size.height * 0.62).rounded()
        var items: [FrameItem] = [.fill(Rect(x: 0, y: 0, width: size.width, height: bandHeight), theme.colors.primary)]
        let width = contentWidth
        let detailStyle = theme.style(StyleName.coverDetail)
        let titleStyle = theme.style(StyleName.coverTitle)
        let subtitleStyle = theme.style(StyleName.coverSubtitle)

        var top = m.top
        if let logo = cover.logo {
            let (placement, box) = Self.imagePlacement(Self.coverLogo(logo), column: width, tallest: Self.tallestCoverLogo)
            items += [.beginTag(logo.decorative ? .artifact(.layout) : .figure(alt: logo.alt)),
                      .image(placement).offsetBy(dx: m.left, dy: top), .endTag]
            top += box.height + detailStyle.lineHeight
        }
        if let organisation {
            items += stackedLines(shape(organisation, style: detailStyle, width: width), style: detailStyle,
                                  x: m.left, top: top, width: width).items
        }

        // The title block sits on the bottom of the band, under a short rule.
        let title = shape(cover.title, style: titleStyle, width: width * 0.85)
        let subtitle = cover.subtitle.map { shape($0, style: subtitleStyle, width: width * 0.85) }
        var blockHeight = Points(title.lines.count) * titleStyle.lineHeight
        if let s = subtitle { blockHeight += titleStyle.spaceAfter + Points(s.lines.count) * subtitleStyle.lineHeight }
        var y = bandHeight - m.bottom - blockHeight
        items.append(.fill(Rect(x: m.left, y: y - 28, width: 48, height: 4), theme.colors.onPrimary))
        let titleLines = stackedLines(title, style: titleStyle, x: m.left, top: y, width: width)
        items += [.beginTag(.heading(level: 1))] + titleLines.items + [.endTag]
        y += titleLines.height
        if let s = subtitle {
            let lines = stackedLines(s, style: subtitleStyle, x: m.left, top: y + titleStyle.spaceAfter, width: width)
            items += [.beginTag(.paragraph())] + lines.items + [.endTag]
        }

        if let figure = cover.figure {
            var valueStyle = theme.style(StyleName.figureValue)
            valueStyle.size *= 1.6
            valueStyle.lineHeight *= 1.6
            var labelStyle = theme.style(StyleName.figureLabel)
            labelStyle.size *= 1.25
            labelStyle.lineHeight *= 1.25
            let top = bandHeight + 40
            let value = stackedLines(shape(figure.value, style: valueStyle, width: nil), style: valueStyle, x: m.left, top: top, width: width)
            let label = stackedLines(shape(figure.label, style: labelStyle, width: width * 0.55), style: labelStyle,
                                     x: m.left, top: top + value.height + 2, width: width)
            items += [.beginTag(.paragraph())] + value.items + label.items + [.endTag]
        }

        var detail = detailStyle
        detail.color = theme.colors.muted
        let shapedDetails = cover.details.map { shape($0, style: detail, width: width) }
        var bottom = size.height - m.bottom - shapedDetails.reduce(0) { $0 + Points($1.lines.count) * detail.lineHeight }
        items.append(.rule(from: Point(x: m.left, y: bottom - 10), to: Point(x: m.left + width, y: bottom - 10),
                           width: 0.6, color: theme.colors.rule))
        items.append(.beginTag(.paragraph()))
        for shaped in shapedDetails {
            let lines = stackedLines(shaped, style: detail, x: m.left, top: bottom, width: width)
            items += lines.items
            bottom += lines.height
        }
        items.append(.endTag)
        return PageFrame(size: size, items: items, isCover: true)
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
