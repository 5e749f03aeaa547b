import Foundation
import FolioModel
import Yams

/// `editions:`: one spec, several languages. The spec is written in its document's language; each other
/// edition reads a translations file (`translations/<language>.yaml` beside the spec, or the path given)
/// mapping each text of the spec to its translation. Figures come from the same data and print in each
/// edition's locale; each edition is its own PDF and release images, tagged with its language.
///
/// ```yaml
/// document: {language: en-CA, …}
/// editions: [en-CA, fr-CA]                 # or [{language: fr-CA, translations: fr/strings.yaml}]
/// ```
/// Why texts are keyed by the source text: a writer edits one spec, and a text changed without its
/// translation is an error naming it, never a French report with an English sentence left in.
struct Editions {
    struct Edition {
        var language: String
        var translations: String?
    }

    /// The editions the spec declares (empty without `editions:`).
    let editions: [Edition]
    let sourceLanguage: String

    init(root: Node, file: String, diagnostics: DiagnosticBag) {
        let spec = SpecNode(node: root, file: file, diagnostics: diagnostics)
        var language = "en"
        var list: [Edition] = []
        if case .mapping(let map) = root {
            if case .mapping(let doc)? = map.first(where: { $0.key.string == "document" })?.value,
               let l = doc.first(where: { $0.key.string == "language" })?.value.string {
                language = l
            }
            if let node = map.first(where: { $0.key.string == "editions" })?.value {
                list = Self.read(spec.child(node), base: (file as NSString).deletingLastPathComponent)
            }
        }
        sourceLanguage = language
        editions = list
        if !list.isEmpty, !list.contains(where: { $0.language == language }), let node = spec.mapping("the spec", keys: ReportReader.keys)?["editions"] {
            diagnostics.error(node.location, "the editions do not include the spec's own language `\(language)`",
                              suggestion: "add `\(language)` (the texts as written), or change `document.language`")
        }
    }

    private static func read(_ node: SpecNode, base: String) -> [Edition] {
        guard let items = node.sequence("a list of languages (`[en-CA, fr-CA]`)") else { return [] }
        return items.compactMap { item in
            if let l = item.scalar { return Edition(language: l, translations: nil) }
            guard let m = item.mapping("an edition", keys: ["language", "translations"]), let l = m.requiredString("language") else { return nil }
            return Edition(language: l, translations: m.string("translations").map { ($0 as NSString).isAbsolutePath ? $0 : (base as NSString).appendingPathComponent($0) })
        }
    }

    /// The translations file of `edition` (nil for the spec's own language).
    func translationsPath(_ edition: Edition, specFile: String) -> String? {
        guard edition.language != sourceLanguage else { return nil }
        return edition.translations ?? ((specFile as NSString).deletingLastPathComponent as NSString)
            .appendingPathComponent("translations/\(edition.language).yaml")
    }

    /// The keys whose values are words a reader reads (titles, texts, labels); everything else — names
    /// in the data, ids, paths, formats — stays as written.
    static let textKeys: Set<String> = ["title", "subtitle", "subject", "keywords",
                                        "paragraph", "heading", "quote", "by", "label", "note", "value", "caption", "source", "details",
                                        "alt", "category-title", "value-title", "contents", "text", "header", "left", "center", "right"]

    /// Subtrees of no words: kept as written whatever their keys are called (`margins: {left: 0.8in}`).
    static let keptKeys: Set<String> = ["params", "editions", "data", "matrix", "checks", "exports", "theme", "margins", "size"]

    /// `root` in `edition`'s language: `document.language` set to it, and every text translated (a text
    /// with no translation is an error at the text, naming the file to add it to).
    func translate(_ root: Node, to edition: Edition, specFile: String, diagnostics: DiagnosticBag,
                   inputs: inout [String]) -> Node {
        var table: [String: String] = [:]
        if let path = translationsPath(edition, specFile: specFile) {
            inputs.append(path)
            guard let loaded = Self.loadTable(path, diagnostics: diagnostics) else { return root }
            table = loaded
        }
        var translator = Translator(table: table, language: edition.language, file: specFile, diagnostics: diagnostics,
                                    path: translationsPath(edition, specFile: specFile))
        return translator.node(root, key: nil, depth: 0)
    }

    private static func loadTable(_ path: String, diagnostics: DiagnosticBag) -> [String: String]? {
        guard let text = SpecReader.readText(path) else {
            diagnostics.error(SourceLocation(file: path, line: 1, column: 1), "cannot read the translations file (it does not exist or is not UTF-8 text)",
                              suggestion: "write the translations as `source text: translated text`, one per line")
            return nil
        }
        let node: Node?
        do { node = try Yams.compose(yaml: text, .basic) } catch {
            diagnostics.error(SourceLocation(file: path, line: 1, column: 1), "the translations file is not valid YAML: \(error)")
            return nil
        }
        guard case .mapping(let map)? = node else {
            if node == nil { return [:] }
            diagnostics.error(SourceLocation(file: path, line: 1, column: 1), "expected a mapping of source texts to their translations")
            return nil
        }
        var table: [String: String] = [:]
        for (k, v) in map {
            guard let key = k.string, let value = v.string else {
                let mark = k.mark
                diagnostics.error(SourceLocation(file: path, line: mark?.line ?? 1, column: mark?.column ?? 1), "a translation maps one text to one text")
                continue
            }
            table[Translator.normalized(key)] = value
        }
        return table
    }

    private struct Translator {
        let table: [String: String]
        let language: String
        let file: String
        let diagnostics: DiagnosticBag
        let path: String?

        static func normalized(_ s: String) -> String { s.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

        /// Whether a text has words to translate once its figures (`{…}`) and parameters (`${…}`) are left out.
        static func hasWords(_ s: String) -> Bool {
            var depth = 0
            for c in s {
                if c == "{" { depth += 1 } else if c == "}" { depth = max(0, depth - 1) } else if depth == 0, c.isLetter { return true }
            }
            return false
        }

        mutating func node(_ n: Node, key: String?, depth: Int) -> Node {
            switch n {
            case .scalar(let s):
                let null = s.style == .plain && ["~", "null", "Null", "NULL"].contains(s.string)
                guard let key, Editions.textKeys.contains(key) || key == "labels", !null, Self.hasWords(s.string) else { return n }
                return .scalar(Node.Scalar(translated(s), s.tag, .any, s.mark))
            case .mapping(let map):
                let pairs = map.map { pair -> (Node, Node) in
                    let k = pair.key.string
                    if depth == 1, k == "language", key == "document" { return (pair.key, .scalar(Node.Scalar(language, .implicit, .plain, pair.value.mark))) }
                    // `labels:` maps names in the data (kept) to the names shown (translated).
                    if key == "labels" { return (pair.key, node(pair.value, key: "labels", depth: depth + 1)) }
                    if let k, Editions.keptKeys.contains(k) { return (pair.key, pair.value) }
                    return (pair.key, node(pair.value, key: k ?? key, depth: depth + 1))
                }
                return .mapping(Node.Mapping(pairs, map.tag, map.style, map.mark))
            case .sequence(let seq):
                return .sequence(Node.Sequence(seq.map { node($0, key: key, depth: depth + 1) }, seq.tag, seq.style, seq.mark))
            case .alias:
                return n
            }
        }

        private func translated(_ s: Node.Scalar) -> String {
            if table.isEmpty && path == nil { return s.string }
            if let t = table[Self.normalized(s.string)] { return t }
            let shown = s.string.count > 60 ? String(s.string.prefix(57)) + "…" : s.string
            diagnostics.error(SourceLocation(file: file, line: s.mark?.line ?? 1, column: s.mark?.column ?? 1),
                              "no \(language) translation for `\(Self.normalized(shown))`",
                              suggestion: "add it to \(path ?? "the translations file"): `\(Self.normalized(shown)): …`")
            return s.string
        }
    }
}
