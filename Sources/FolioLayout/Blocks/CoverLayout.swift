import FolioModel

extension LayoutContext {
    /// The cover: a full-bleed band of the primary colour holding the organisation, title and subtitle;
    /// below it an optional headline figure and the details (date, publisher).
    func coverPage(_ cover: Cover, organisation: String?) -> PageFrame {
        let size = page.size
        let m = page.margins
        let bandHeight = (size.height * 0.62).rounded()
        var items: [FrameItem] = [.fill(Rect(x: 0, y: 0, width: size.width, height: bandHeight), theme.colors.primary)]
        let width = contentWidth
        let detailStyle = theme.style(StyleName.coverDetail)
        let titleStyle = theme.style(StyleName.coverTitle)
        let subtitleStyle = theme.style(StyleName.coverSubtitle)

        if let organisation {
            let org = shape(organisation, style: detailStyle, width: width)
            var top = m.top
            for i in org.lines.indices {
                items += lineItems(org, line: i, style: detailStyle, x: m.left, top: top, width: width, alignment: .left)
                top += detailStyle.lineHeight
            }
        }
        // Title block sits on the bottom of the band; lines are stacked upwards from there.
        let title = shape(cover.title, style: titleStyle, width: width * 0.85)
        let subtitle = cover.subtitle.map { shape($0, style: subtitleStyle, width: width * 0.85) }
        var blockHeight = Points(title.lines.count) * titleStyle.lineHeight
        if let s = subtitle { blockHeight += titleStyle.spaceAfter + Points(s.lines.count) * subtitleStyle.lineHeight }
        var y = bandHeight - m.bottom - blockHeight
        items.append(.fill(Rect(x: m.left, y: y - 28, width: 48, height: 4), theme.colors.onPrimary))
        items.append(.beginTag(.heading(level: 1)))
        for i in title.lines.indices {
            items += lineItems(title, line: i, style: titleStyle, x: m.left, top: y, width: width, alignment: .left)
            y += titleStyle.lineHeight
        }
        items.append(.endTag)
        if let s = subtitle {
            y += titleStyle.spaceAfter
            items.append(.beginTag(.paragraph))
            for i in s.lines.indices {
                items += lineItems(s, line: i, style: subtitleStyle, x: m.left, top: y, width: width, alignment: .left)
                y += subtitleStyle.lineHeight
            }
            items.append(.endTag)
        }

        var below = bandHeight + 40
        if let figure = cover.figure {
            let valueStyle = theme.style(StyleName.figureValue)
            let labelStyle = theme.style(StyleName.figureLabel)
            items.append(.beginTag(.paragraph))
            let value = shape(figure.value, style: valueStyle, width: nil)
            for i in value.lines.indices {
                items += lineItems(value, line: i, style: valueStyle, x: m.left, top: below, width: width, alignment: .left)
                below += valueStyle.lineHeight
            }
            let label = shape(figure.label, style: labelStyle, width: width / 2)
            for i in label.lines.indices {
                items += lineItems(label, line: i, style: labelStyle, x: m.left, top: below, width: width, alignment: .left)
                below += labelStyle.lineHeight
            }
            items.append(.endTag)
        }

        var detail = detailStyle
        detail.color = theme.colors.muted
        let lines = cover.details.map { shape($0, style: detail, width: width) }
        var bottom = size.height - m.bottom - lines.reduce(0) { $0 + Points($1.lines.count) * detail.lineHeight }
        items.append(.rule(from: Point(x: m.left, y: bottom - 10), to: Point(x: m.left + width, y: bottom - 10),
                           width: 0.6, color: theme.colors.rule))
        items.append(.beginTag(.paragraph))
        for shaped in lines {
            for i in shaped.lines.indices {
                items += lineItems(shaped, line: i, style: detail, x: m.left, top: bottom, width: width, alignment: .left)
                bottom += detail.lineHeight
            }
        }
        items.append(.endTag)
        return PageFrame(size: size, items: items, isCover: true)
    }
}
