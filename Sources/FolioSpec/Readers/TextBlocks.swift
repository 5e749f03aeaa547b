import FolioModel

/// The blocks of running text: headings (and section openers), paragraphs and quotes.
extension ContentReader {
    /// A heading is short (at most 500 characters); an opener is a section's (level 1).
    func heading(_ m: MappingReader, _ value: SpecNode, node: SpecNode) -> Block? {
        guard let text = value.string("the heading text").map({ figures.resolve($0, at: value, markup: false) }) else { return nil }
        if text.count > 500 {
            value.diagnostics.error(value.location, "this heading has \(text.count) characters; at most 500")
            return nil
        }
        let level = m.int("level", range: 1...3) ?? 1
        texts.add(text, style: "heading-\(level)", at: value.location)
        var opener: Heading.Opener? = nil
        if m.bool("opener") == true {
            if level != 1, let n = m["opener"] { n.diagnostics.error(n.location, "only a section heading (level 1) can be an opener") }
            texts.addWords(in: node, keys: ["intro"], style: StyleName.openerIntro)
            opener = Heading.Opener(intro: figures.text(m, "intro"))
        } else if let n = m["intro"] {
            n.diagnostics.error(n.location, "`intro` is the text of an opener", suggestion: "add `opener: true`, or make the intro a paragraph")
        }
        return .heading(Heading(text: text, level: level, numbered: m.bool("numbered") ?? false,
                                inContents: m.bool("in-contents") ?? true, pageBreakBefore: m.bool("new-page") ?? false, opener: opener))
    }

    /// Its footnotes are numbered on from those read before it.
    func paragraph(_ m: MappingReader, _ value: SpecNode) -> Block? {
        guard let text = value.string("the paragraph's text").map({ figures.resolve($0, at: value, markup: true) }) else { return nil }
        let style = m.string("style") ?? StyleName.body
        if theme.styles[style] == nil, let n = m["style"] {
            n.diagnostics.error(n.location, "unknown style `\(style)`", suggestion: Suggestions.hint(for: style, in: theme.styles.keys.sorted()))
        }
        texts.add(text, style: style, at: value.location)
        let (rich, parsedNotes) = InlineMarkup.parse(Whitespace.normalized(text), footnotesFrom: footnotes.next)
        footnotes.next += parsedNotes.count
        let notes = parsedNotes.map { Footnote(number: $0.number, text: checkingLanguages($0.text, in: value)) }
        return .paragraph(Paragraph(text: checkingLanguages(rich, in: value), style: style, keepWithNext: m.bool("keep-with-next") ?? false,
                                    footnotes: notes, language: blockLanguage(m)))
    }

    /// A quote never splits across pages, so its length is bounded (`longestQuote`).
    func quote(_ m: MappingReader, _ value: SpecNode) -> Block? {
        guard let text = value.string("the quotation").map({ figures.resolve($0, at: value, markup: true) }) else { return nil }
        if text.count > Self.longestQuote {
            value.diagnostics.error(value.location, "this quotation has \(text.count) characters; a quote is kept on one page, so at most \(Self.longestQuote)",
                                    suggestion: "use paragraphs for long text")
            return nil
        }
        texts.add(text, style: StyleName.quote, at: value.location)
        return .quote(Quote(text: checkingLanguages(InlineMarkup.parse(Whitespace.normalized(text)), in: value),
                            attribution: figures.text(m, "by"), language: blockLanguage(m)))
    }
}
