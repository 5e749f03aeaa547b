import FolioModel

/// Text styles of a chart, derived from the theme so charts and report share fonts and colours.
/// `scale` enlarges everything for release images (1 = report size, in points).
struct ChartTypography {
    var label: TextStyle
    var value: TextStyle
    var panelTitle: TextStyle
    var legend: TextStyle
    /// Annotations' notes: the legend's type, but prose, hyphenated as the theme's source notes are.
    var note: TextStyle
    var axisTitle: TextStyle
    var title: TextStyle
    var subtitle: TextStyle
    var source: TextStyle

    init(theme: Theme, scale s: Double) {
        let body = theme.style(StyleName.body)
        let muted = theme.colors.muted
        func style(_ size: Double, _ lineHeight: Double, weight: Int = 400, color: Color, tabular: Bool = true) -> TextStyle {
            TextStyle(family: body.family, size: size * s, lineHeight: lineHeight * s, weight: weight, color: color, tabularFigures: tabular)
        }
        label = style(7.5, 9.5, color: muted)
        value = style(7.5, 9.5, weight: 600, color: theme.colors.text)
        panelTitle = style(8, 10, weight: 600, color: theme.colors.text, tabular: false)
        legend = style(7.5, 10, color: theme.colors.text, tabular: false)
        // Notes, subtitles and source lines are prose: hyphenated (when the theme hyphenates) as the report's
        // subtitles and source notes are, by its source-note style.
        let prose = theme.style(StyleName.sourceNote).hyphenate
        note = legend
        note.hyphenate = prose
        axisTitle = style(7.5, 9.5, weight: 600, color: muted, tabular: false)
        title = style(15, 19, weight: 700, color: theme.colors.primary, tabular: false)
        subtitle = style(10, 13.5, color: theme.colors.text, tabular: false)
        source = style(7.5, 10, color: muted, tabular: false)
        subtitle.hyphenate = prose
        source.hyphenate = prose
    }
}
