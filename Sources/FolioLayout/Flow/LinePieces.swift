import FolioModel

extension LayoutContext {
    /// The items drawing line `line` with its baseline starting at `origin`: the line whole, or, when it holds
    /// links or text in another language, piece by piece (see `LinePiece`), each inside its element: a link's
    /// text in its Link element (with the link's annotation over it), a span in another language in a
    /// `Span` with that language (the links inside it within).
    ///
    /// Why not the whole line in one Link, as before: a Link element must hold its own text, so a screen
    /// reader says what the link is; with two links on a line the second held nothing, and the first held
    /// the words around both. A footnote mark is a link too (to its note, resolved by `Paginator`).
    static func textItems(_ shaped: ShapedText, line: Int, origin: Point) -> [FrameItem] {
        let metrics = shaped.lines[line]
        let pieces = metrics.pieces
        guard !pieces.isEmpty else { return [.text(TextLine(shaped: shaped, index: line, origin: origin))] }
        var items: [FrameItem] = []
        var i = 0
        while i < pieces.count {
            // The pieces of one language, together in one span when it is another.
            let language = pieces[i].language
            var inner: [FrameItem] = []
            while i < pieces.count && pieces[i].language == language {
                let text = FrameItem.text(TextLine(shaped: shaped, index: line, origin: origin, piece: i))
                if let index = pieces[i].link, metrics.links.indices.contains(index) {
                    let link = metrics.links[index]
                    let area = Rect(x: origin.x + link.x0, y: origin.y - metrics.ascent, width: link.x1 - link.x0,
                                    height: metrics.ascent + metrics.descent)
                    let target: LinkTarget = FootnoteMark.number(link.url).map { .footnote($0) } ?? .url(link.url)
                    let contents = FootnoteMark.number(link.url).map { "Footnote \($0)" } ?? link.url
                    inner += [.beginTag(.link(target, area: area, contents: contents)), text, .endTag]
                } else {
                    inner.append(text)
                }
                i += 1
            }
            if let language { items += [.beginTag(.span(language: language))] + inner + [.endTag] } else { items += inner }
        }
        return items
    }
}
