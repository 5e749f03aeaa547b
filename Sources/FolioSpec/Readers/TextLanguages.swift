import FolioModel

/// The languages a block's text names: its `language:` option and the `{lang=…}` of its spans, each checked
/// to be a language tag where it was written (the PDF carries them as `/Lang`, so a typo would mislead a
/// screen reader rather than fail).
extension ContentReader {
    /// A block's `language:`, nil when absent or not a language tag (an error then).
    func blockLanguage(_ m: MappingReader) -> String? {
        guard let node = m["language"], let tag = node.string("a language tag such as `fr-CA`") else { return nil }
        guard LanguageTag.isValid(tag) else {
            node.diagnostics.error(node.location, LanguageTag.problem(tag), suggestion: "write a BCP 47 tag: `fr-CA`, `fr`, `de-DE`")
            return nil
        }
        return tag
    }

    /// `text` with every span's language checked: one not a language tag is an error at its `{lang=…}` in
    /// `node` (the text as written), and its span is read in the surrounding language.
    func checkingLanguages(_ text: RichText, in node: SpecNode) -> RichText {
        guard text.spans.contains(where: { $0.language != nil }) else { return text }
        var reported = Set<String>()
        var checked = text
        for i in checked.spans.indices {
            guard let tag = checked.spans[i].language, !LanguageTag.isValid(tag) else { continue }
            checked.spans[i].language = nil
            guard reported.insert(tag).inserted else { continue }
            node.diagnostics.error(Self.location(of: "{lang=\(tag)}", in: node), LanguageTag.problem(tag) + " in `{lang=…}`",
                                   suggestion: "write a BCP 47 tag: `[texte]{lang=fr-CA}`")
        }
        return checked
    }

    /// Where `needle` was written in the scalar `node` (just after its `=`), else the node itself.
    private static func location(of needle: String, in node: SpecNode) -> SourceLocation {
        guard case .scalar(let scalar) = node.node, let r = scalar.string.range(of: needle) else { return node.location }
        let offset = scalar.string.distance(from: scalar.string.startIndex, to: r.lowerBound) + "{lang=".count
        return SourceText.location(in: scalar, file: node.file, offset: offset)
    }
}
