import FolioModel

extension LayoutContext {
    /// A quotation: text indented beside an accent bar, attribution on its own line after a dash. Never split.
    func quoteElement(_ quote: Quote) -> FlowElement {
        let style = theme.style(StyleName.quote)
        let attributionStyle = theme.style(StyleName.attribution)
        let indent: Points = 18
        let barWidth: Points = 2.5
        let width = contentWidth - indent
        var rows = lineRows(shape(quote.text, style: style, width: width, language: quote.language), style: style, x: indent, width: width)
        if let who = quote.attribution {
            let gap = Row(height: 4, items: [])
            rows.append(gap)
            rows += lineRows(shape("– " + who, style: attributionStyle, width: width), style: attributionStyle,
                             x: indent, width: width)
        }
        let total = rows.reduce(0) { $0 + $1.height }
        if !rows.isEmpty {
            rows[0].items.insert(.fill(Rect(x: 0, y: 0, width: barWidth, height: total), theme.colors.accent), at: 0)
        }
        var element = FlowElement(rows: rows)
        element.spaceBefore = style.spaceBefore
        element.spaceAfter = attributionStyle.spaceAfter
        element.atomic = true
        element.tag = .blockQuote(language: quote.language)
        return element
    }
}
