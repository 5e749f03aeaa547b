import FolioModel

/// What every block layouter needs: the theme, the text engine and the size of the text block.
struct LayoutContext {
    let theme: Theme
    let shaper: any TextShaper
    let page: PageSetup
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
        return LayoutContext(theme: theme, shaper: shaper, page: setup)
    }

    /// Shapes plain text in a style.
    func shape(_ text: String, style: TextStyle, width: Points?) -> any ShapedText {
        shaper.shape(hyphenated([style.run(text)], style: style), width: width)
    }

    /// Shapes rich text in a style (links take the accent colour); `language`: the block's own, when it is in
    /// another language than the document (`Paragraph.language`).
    func shape(_ text: RichText, style: TextStyle, width: Points?, language: String? = nil) -> any ShapedText {
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
    func lineRows(_ shaped: any ShapedText, style: TextStyle, x: Points = 0, width: Points? = nil,
                  alignment: TableColumn.Alignment = .left) -> [Row] {
        shaped.lines.indices.map { i in
            Row(height: style.lineHeight,
                items: lineItems(shaped, line: i, style: style, x: x, top: 0, width: width, alignment: alignment))
        }
    }

    /// Items drawing line `line` of `shaped` in a slot of `style.lineHeight` whose top is at `top`.
    func lineItems(_ shaped: any ShapedText, line: Int, style: TextStyle, x: Points, top: Points,
                   width: Points?, alignment: TableColumn.Alignment) -> [FrameItem] {
        let metrics = shaped.lines[line]
        let offset: Points
        switch alignment {
        case .left: offset = 0
        case .center: offset = ((width ?? metrics.width) - metrics.width) / 2
        case .right: offset = (width ?? metrics.width) - metrics.width
        }
        let baseline = top + baselineOffset(metrics, lineHeight: style.lineHeight)
        let text = Self.textItems(shaped, line: line, origin: Point(x: x + offset, y: baseline))
        func area(_ link: LinkSpan) -> Rect {
            Rect(x: x + offset + link.x0, y: baseline - metrics.ascent, width: link.x1 - link.x0, height: metrics.ascent + metrics.descent)
        }
        // Footnote marks link to their note, placed once the page is known (see `Paginator`).
        let marks = metrics.links.compactMap { link in FootnoteMark.number(link.url).map { FrameItem.link(area(link), .footnote($0)) } }
        let areas = metrics.links.filter { FootnoteMark.number($0.url) == nil }.map { (area($0), $0.url) }
        guard let (firstArea, firstURL) = areas.first else { return text + marks }
        // The line is drawn in one piece, so the first link's element holds the line's text (a Link element
        // must hold its text for screen readers); further links on the same line get their own annotations.
        return [.beginTag(.link(.url(firstURL), area: firstArea, contents: firstURL))] + text + [.endTag]
            + areas.dropFirst().map { FrameItem.link($0.0, .url($0.1)) } + marks
    }

    /// The items drawing line `line` with its baseline starting at `origin`: the line whole, or (when part of
    /// it is in another language) piece by piece, each such piece inside a `Span` element with its language.
    static func textItems(_ shaped: any ShapedText, line: Int, origin: Point) -> [FrameItem] {
        let pieces = shaped.lines[line].pieces
        guard !pieces.isEmpty else { return [.text(TextLine(shaped: shaped, index: line, origin: origin))] }
        return pieces.indices.flatMap { i -> [FrameItem] in
            let item = FrameItem.text(TextLine(shaped: shaped, index: line, origin: origin, piece: i))
            guard let language = pieces[i].language else { return [item] }
            return [.beginTag(.span(language: language)), item, .endTag]
        }
    }

    /// Items for all lines of `shaped` stacked from `top`, one `style.lineHeight` apart, and their total height.
    func stackedLines(_ shaped: any ShapedText, style: TextStyle, x: Points, top: Points, width: Points?,
                      alignment: TableColumn.Alignment = .left) -> (items: [FrameItem], height: Points) {
        var items: [FrameItem] = []
        var y = top
        for line in shaped.lines.indices {
            items += lineItems(shaped, line: line, style: style, x: x, top: y, width: width, alignment: alignment)
            y += style.lineHeight
        }
        return (items, y - top)
    }

    /// Where the baseline sits in a line slot: the text's ascent-plus-descent box centred in the slot.
    func baselineOffset(_ metrics: ShapedLine, lineHeight: Points) -> Points {
        (lineHeight - (metrics.ascent + metrics.descent)) / 2 + metrics.ascent
    }
}
