import FolioModel

/// Reads `theme:` on top of the standard theme: every colour, style field and table rule can be set.
struct ThemeReader {
    /// The document's language: what `hyphenation: true` hyphenates in.
    let language: String
    /// Where `hyphenation: true` was written (nil when off), for the warning when no dictionary serves the language.
    private(set) var hyphenationLocation: SourceLocation?

    init(language: String = "en") { self.language = language }

    static let keys = ["colors", "colours", "font", "hyphenation", "styles", "table", "grid", "chart-palette", "images", "sections"]
    static let colorKeys = ["primary", "accent", "text", "muted", "rule", "tint", "on-primary"]
    static let styleKeys = ["font", "size", "line-height", "weight", "italic", "color", "tracking", "uppercase",
                            "tabular-figures", "space-before", "space-after", "hyphenate"]
    static let tableKeys = ["rule-width", "header-rule-width", "total-rule-width", "padding-x", "padding-y", "min-column-gap",
                            "zebra", "emphasis-fill", "min-rows-at-break", "minimum-font-size", "landscape"]
    static let weights: [String: Int] = ["thin": 100, "light": 300, "regular": 400, "medium": 500, "semibold": 600, "bold": 700, "black": 900]

    mutating func read(_ node: SpecNode) -> Theme? {
        guard let m = node.mapping("`theme`", keys: Self.keys) else { return nil }
        var theme = Theme.standard
        if let colors = m["colors"] ?? m["colours"], let c = colors.mapping("`colors`", keys: Self.colorKeys) {
            theme.colors = palette(c, over: theme.colors)
            recolor(&theme)
        }
        if let family = m.string("font") {
            for key in theme.styles.keys { theme.styles[key]?.family = family }
        }
        // Which styles are prose (`hyphenate`) is the styles' business; this says whether and in what language.
        if m.bool("hyphenation") == true {
            theme.hyphenation = language
            hyphenationLocation = m["hyphenation"]?.location
        }
        if let styles = m["styles"] { readStyles(styles, into: &theme) }
        if let t = m["table"], let tm = t.mapping("`table`", keys: Self.tableKeys) { theme.table = tableStyle(tm, over: theme.table) }
        if let list = m["chart-palette"]?.sequence("a list of colours") {
            let colors = list.compactMap { n -> Color? in
                guard let text = n.string("a colour") else { return nil }
                if let c = Color(hex: text) { return c }
                n.diagnostics.error(n.location, "expected a colour like `#E69F00`, found `\(text)`")
                return nil
            }
            if colors.count == list.count && !colors.isEmpty { theme.chartPalette = colors }
        }
        if let sections = m["sections"], let sm = sections.mapping("`sections`", keys: ["new-page"]) {
            theme.sectionsStartNewPage = sm.bool("new-page") ?? theme.sectionsStartNewPage
        }
        if let i = m["images"], let im = i.mapping("`images`", keys: ["minimum-dpi"]) {
            theme.images.minimumDPI = im.number("minimum-dpi", range: 1...2400) ?? theme.images.minimumDPI
        }
        if let g = m["grid"], let gm = g.mapping("`grid`", keys: ["columns", "gutter"]) {
            theme.grid.columns = gm.int("columns", range: 1...24) ?? theme.grid.columns
            theme.grid.gutter = gm.length("gutter") ?? theme.grid.gutter
        }
        return theme
    }

    /// `colors:` over the palette so far.
    private func palette(_ c: MappingReader, over base: Palette) -> Palette {
        var p = base
        p.primary = c.color("primary") ?? p.primary
        p.accent = c.color("accent") ?? p.accent
        p.text = c.color("text") ?? p.text
        p.muted = c.color("muted") ?? p.muted
        p.rule = c.color("rule") ?? p.rule
        p.tint = c.color("tint") ?? p.tint
        p.onPrimary = c.color("on-primary") ?? p.onPrimary
        return p
    }

    /// `styles:`: each named style over the one of that name (or the body style, for a new one).
    private func readStyles(_ styles: SpecNode, into theme: inout Theme) {
        guard case .mapping(let map) = styles.node else {
            _ = styles.mapping("`styles`", keys: [])
            return
        }
        for (k, v) in map {
            let keyNode = styles.child(k)
            guard let name = keyNode.string("a style name") else { continue }
            let base = theme.styles[name] ?? theme.style(StyleName.body)
            if let style = readStyle(styles.child(v), base: base, name: name) { theme.styles[name] = style }
        }
    }

    /// `table:` over the table style so far.
    private func tableStyle(_ tm: MappingReader, over base: TableStyle) -> TableStyle {
        var s = base
        s.ruleWidth = tm.number("rule-width", range: 0...10) ?? s.ruleWidth
        s.headerRuleWidth = tm.number("header-rule-width", range: 0...10) ?? s.headerRuleWidth
        s.totalRuleWidth = tm.number("total-rule-width", range: 0...10) ?? s.totalRuleWidth
        s.cellPaddingX = tm.length("padding-x") ?? s.cellPaddingX
        s.cellPaddingY = tm.length("padding-y") ?? s.cellPaddingY
        s.minimumColumnGap = tm.length("min-column-gap") ?? s.minimumColumnGap
        if let z = tm["zebra"] { s.zebra = z.isNull ? nil : tm.color("zebra") }
        if let e = tm["emphasis-fill"] { s.emphasisFill = e.isNull ? nil : tm.color("emphasis-fill") }
        s.minimumRowsAtBreak = tm.int("min-rows-at-break", range: 1...20) ?? s.minimumRowsAtBreak
        s.minimumFontSize = tm.number("minimum-font-size", range: 1...100) ?? s.minimumFontSize
        if let l = tm.choice("landscape", Table.Landscape.allCases.map(\.rawValue)) { s.landscape = Table.Landscape(rawValue: l) ?? s.landscape }
        return s
    }

    /// After the palette changes, styles that used the standard colours follow the new ones.
    private func recolor(_ theme: inout Theme) {
        let standard = Theme.standard
        let map: [(Color, Color)] = [(standard.colors.primary, theme.colors.primary), (standard.colors.accent, theme.colors.accent),
                                     (standard.colors.text, theme.colors.text), (standard.colors.muted, theme.colors.muted)]
        for key in theme.styles.keys {
            guard let color = theme.styles[key]?.color else { continue }
            if let (_, replacement) = map.first(where: { $0.0 == color }) { theme.styles[key]?.color = replacement }
        }
    }

    private func readStyle(_ node: SpecNode, base: TextStyle, name: String) -> TextStyle? {
        guard let m = node.mapping("style `\(name)`", keys: Self.styleKeys) else { return nil }
        var s = base
        s.family = m.string("font") ?? s.family
        s.size = m.number("size", range: 1...400) ?? s.size
        s.lineHeight = m.number("line-height", range: 1...600) ?? (m.has("size") ? s.size * base.lineHeight / base.size : s.lineHeight)
        if let w = m["weight"], let text = w.string("a weight") {
            if let v = Int(text), (100...1000).contains(v) { s.weight = v }
            else if let v = Self.weights[text] { s.weight = v }
            else { m.diagnostics.error(w.location, "unknown weight `\(text)`", suggestion: Suggestions.hint(for: text, in: Array(Self.weights.keys).sorted())) }
        }
        s.italic = m.bool("italic") ?? s.italic
        s.color = m.color("color") ?? s.color
        s.tracking = m.number("tracking", range: -5...20) ?? s.tracking
        s.uppercase = m.bool("uppercase") ?? s.uppercase
        s.tabularFigures = m.bool("tabular-figures") ?? s.tabularFigures
        s.spaceBefore = m.length("space-before") ?? s.spaceBefore
        s.spaceAfter = m.length("space-after") ?? s.spaceAfter
        s.hyphenate = m.bool("hyphenate") ?? s.hyphenate
        return s
    }
}
