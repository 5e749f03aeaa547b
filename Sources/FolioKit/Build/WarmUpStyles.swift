import FolioModel

/// What each of the first two engines sets up while the specs are read (see `EnginePool.prepare`): the
/// standard theme's text styles for the first, which lays out text, in about the order it meets them; its
/// table and caption styles for the second, which lays out tables and charts (layout's lanes). Most specs
/// use the standard theme's fonts; for others the set-up is only wasted on the other core.
enum WarmUpStyles {
    static func forEngines(_ count: Int, theme: Theme = .standard) -> [[TextStyle]] {
        let text = [StyleName.coverTitle, StyleName.coverSubtitle, StyleName.coverDetail, StyleName.tocTitle, StyleName.tocEntry,
                    StyleName.tocSubentry, StyleName.heading1, StyleName.body, StyleName.lead, StyleName.heading2,
                    StyleName.heading3, StyleName.figureValue, StyleName.figureLabel, StyleName.quote, StyleName.attribution,
                    StyleName.callout, StyleName.footnote, StyleName.runningHeader, StyleName.runningFooter]
        let tables = [StyleName.tableHeader, StyleName.tableCell, StyleName.tableTotal, StyleName.caption, StyleName.sourceNote]
        return Array([text, tables].prefix(max(1, min(2, count)))).map { names in names.map { theme.style($0) } }
    }
}
