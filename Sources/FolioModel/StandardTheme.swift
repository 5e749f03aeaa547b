extension Theme {
    /// The default look: Inter on a 12-column grid, deep navy with a blue accent, a type scale of
    /// 36/22/14/10 points, quiet tables. Chosen so that body text has at least 4.5:1 contrast.
    public static var standard: Theme {
        let navy = Color(hex: "#14284B") ?? .black
        let accent = Color(hex: "#0B6FA4") ?? .black
        let ink = Color(hex: "#1C2430") ?? .black
        let muted = Color(hex: "#5B6573") ?? .black
        let colors = Palette(
            primary: navy, accent: accent, text: ink, muted: muted,
            rule: Color(hex: "#C9CED6") ?? .black, tint: Color(hex: "#F1F4F8") ?? .white, onPrimary: .white)
        // Prose (body, lead, quote, call-out, notes) is hyphenated when the theme turns hyphenation on.
        let body = TextStyle(size: 10, lineHeight: 14.5, color: ink, spaceAfter: 8, hyphenate: true)
        var styles: [String: TextStyle] = [:]
        styles[StyleName.body] = body
        styles[StyleName.lead] = TextStyle(size: 12.5, lineHeight: 18, color: ink, spaceAfter: 10, hyphenate: true)
        styles[StyleName.coverTitle] = TextStyle(size: 36, lineHeight: 40, weight: 700, color: .white, spaceAfter: 12)
        styles[StyleName.coverSubtitle] = TextStyle(size: 16, lineHeight: 22, weight: 400, color: .white, spaceAfter: 6)
        styles[StyleName.coverDetail] = TextStyle(size: 9, lineHeight: 13, weight: 600, color: .white, tracking: 1.2, uppercase: true)
        styles[StyleName.heading1] = TextStyle(size: 22, lineHeight: 28, weight: 700, color: navy, spaceBefore: 0, spaceAfter: 10)
        styles[StyleName.heading2] = TextStyle(size: 14, lineHeight: 18, weight: 700, color: navy, spaceBefore: 18, spaceAfter: 6)
        styles[StyleName.heading3] = TextStyle(size: 11, lineHeight: 14.5, weight: 600, color: ink, spaceBefore: 12, spaceAfter: 4)
        styles[StyleName.quote] = TextStyle(size: 12, lineHeight: 17.5, italic: true, color: ink, spaceBefore: 10, spaceAfter: 4, hyphenate: true)
        styles[StyleName.attribution] = TextStyle(size: 9, lineHeight: 13, weight: 600, color: muted, spaceAfter: 14)
        styles[StyleName.figureValue] = TextStyle(size: 28, lineHeight: 32, weight: 700, color: accent, tabularFigures: true)
        styles[StyleName.figureLabel] = TextStyle(size: 8.5, lineHeight: 11.5, weight: 600, color: muted)
        styles[StyleName.tableHeader] = TextStyle(size: 7.5, lineHeight: 10, weight: 600, color: muted, tracking: 0.3, uppercase: true, tabularFigures: true)
        styles[StyleName.tableCell] = TextStyle(size: 8.5, lineHeight: 12, color: ink, tabularFigures: true)
        styles[StyleName.tableTotal] = TextStyle(size: 8.5, lineHeight: 12, weight: 600, color: ink, tabularFigures: true)
        styles[StyleName.caption] = TextStyle(size: 9, lineHeight: 12, weight: 600, color: ink, spaceBefore: 14, spaceAfter: 6)
        styles[StyleName.sourceNote] = TextStyle(size: 7.5, lineHeight: 10, color: muted, spaceBefore: 4, spaceAfter: 14, hyphenate: true)
        styles[StyleName.tocTitle] = TextStyle(size: 22, lineHeight: 28, weight: 700, color: navy, spaceAfter: 18)
        styles[StyleName.tocEntry] = TextStyle(size: 11, lineHeight: 22, weight: 600, color: ink, tabularFigures: true)
        styles[StyleName.tocSubentry] = TextStyle(size: 9.5, lineHeight: 17, color: muted, tabularFigures: true)
        styles[StyleName.runningHeader] = TextStyle(size: 7.5, lineHeight: 10, color: muted, tracking: 0.2)
        styles[StyleName.runningFooter] = TextStyle(size: 7.5, lineHeight: 10, color: muted, tabularFigures: true)
        styles[StyleName.callout] = TextStyle(size: 10, lineHeight: 14.5, color: ink, spaceBefore: 6, spaceAfter: 14, hyphenate: true)
        styles[StyleName.footnote] = TextStyle(size: 7.5, lineHeight: 10, color: ink, spaceBefore: 14)
        styles[StyleName.openerTitle] = TextStyle(size: 30, lineHeight: 36, weight: 700, color: colors.onPrimary, spaceAfter: 24)
        styles[StyleName.openerIntro] = TextStyle(size: 12, lineHeight: 17, color: colors.onPrimary)
        let table = TableStyle(ruleWidth: 0.4, headerRuleWidth: 0.9, totalRuleWidth: 0.9, cellPaddingX: 5,
                               cellPaddingY: 4, zebra: nil, emphasisFill: Color(hex: "#EEF3F8"), minimumRowsAtBreak: 2)
        // Okabe–Ito, a colour-blind-safe categorical palette, led by the primary navy; series also differ by
        // marker shape and dash so greyscale print still reads.
        let palette = [navy] + ["#E69F00", "#56B4E9", "#009E73", "#D55E00", "#CC79A7", "#0072B2", "#F0E442"].compactMap(Color.init(hex:))
        return Theme(colors: colors, styles: styles, table: table, grid: Grid(columns: 12, gutter: 12), chartPalette: palette)
    }
}
