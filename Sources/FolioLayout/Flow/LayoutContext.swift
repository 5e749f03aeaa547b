import FolioModel

/// What every block layouter needs: the theme, the text engine and the size of the text block.
struct LayoutContext {
    let theme: Theme
    let shaper: any TextShaper
    let page: PageSetup
    /// Shapers on other cores for one long job done on the calling thread (a long table's cells, see
    /// `measuredInChunks`); nil inside a job that already runs on the pool, which must not use it again.
    var pool: (any ShaperPool)? = nil
    /// Width of the text block between the margins.
    var contentWidth: Points { page.size.width - page.margins.left - page.margins.right }
    /// Height of the text block between the margins.
    var contentHeight: Points { page.size.height - page.margins.top - page.margins.bottom }

    /// Whether the pages are wider than tall (then there is no landscape page to turn to).
    var isLandscape: Bool { page.size.width >= page.size.height }

    /// The same setting on a landscape page: the paper turned, the margins kept as they are (top stays
    /// the running header's, whatever edge that is on the sheet), so the text block gets wider and shorter.
    var turned: LayoutContext {
        var setup = page
        setup.size = Size(width: max(page.size.width, page.size.height), height: min(page.size.width, page.size.height))
        return LayoutContext(theme: theme, shaper: shaper, page: setup, pool: pool)
    }

    /// Shapes plain text in a style.
    func shape(_ text: String, style: TextStyle, width: Points?) -> ShapedText {
        shaper.shape(hyphenated([style.run(text)], style: style), width: width)
    }

    /// Shapes rich text in a style (links take the accent colour); `language`: the block's own, when it is in
    /// another language than the document (`Paragraph.language`).
    func shape(_ text: RichText, style: TextStyle, width: Points?, language: String? = nil) -> ShapedText {
        shaper.shape(hyphenated(style.runs(text, linkColor: theme.colors.accent), style: style, language: language), width: width)
    }

    /// The runs of a prose style marked for hyphenation in their language (a span's, else the block's, else
    /// the theme's), when the theme hyphenates; others unchanged (so with hyphenation off, text shapes
    /// exactly as it did without it). A language without a dictionary leaves its words whole.
    private func hyphenated(_ runs: [TextRun], style: TextStyle, language block: String? = nil) -> [TextRun] {
        guard style.hyphenate, let language = theme.hyphenation else { return runs }
        return runs.map { run in
            var marked = run
            marked.hyphenation = run.language ?? block ?? language
            return marked
        }
    }

    /// One row per line of `shaped`, each `style.lineHeight` tall, the text aligned within `width` starting at `x`.
    func lineRows(_ shaped: ShapedText, style: TextStyle, x: Points = 0, width: Points? = nil,
                  alignment: TableColumn.Alignment = .left) -> [Row] {
        shaped.lines.indices.map { i in
            Row(height: style.lineHeight,
                items: Self.lineItems(shaped, line: i, style: style, x: x, top: 0, width: width, alignment: alignment))
        }
    }

    /// Items drawing line `line` of `shaped` in a slot of `style.lineHeight` whose top is at `top`.
    static func lineItems(_ shaped: ShapedText, line: Int, style: TextStyle, x: Points, top: Points,
                          width: Points?, alignment: TableColumn.Alignment) -> [FrameItem] {
        let metrics = shaped.lines[line]
        let offset: Points
        switch alignment {
        case .left: offset = 0
        case .center: offset = ((width ?? metrics.width) - metrics.width) / 2
        case .right: offset = (width ?? metrics.width) - metrics.width
        }
        let baseline = top + Self.baselineOffset(metrics, lineHeight: style.lineHeight)
        return Self.textItems(shaped, line: line, origin: Point(x: x + offset, y: baseline))
    }

    /// Items for all lines of `shaped` stacked from `top`, one `style.lineHeight` apart, and their total height.
    static func stackedLines(_ shaped: ShapedText, style: TextStyle, x: Points, top: Points, width: Points?,
                             alignment: TableColumn.Alignment = .left) -> (items: [FrameItem], height: Points) {
        var items: [FrameItem] = []
        var y = top
        for line in shaped.lines.indices {
            items += Self.lineItems(shaped, line: line, style: style, x: x, top: y, width: width, alignment: alignment)
            y += style.lineHeight
        }
        return (items, y - top)
    }

    /// Where the baseline sits in a line slot: the text's ascent-plus-descent box centred in the slot.
    static func baselineOffset(_ metrics: ShapedLine, lineHeight: Points) -> Points {
        (lineHeight - (metrics.ascent + metrics.descent)) / 2 + metrics.ascent
    }
}
