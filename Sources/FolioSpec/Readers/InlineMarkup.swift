import FolioModel

/// The light inline markup of paragraphs and quotes: `*emphasis*`, `**strong**`, `[label](https://…)`,
/// `[[kept together]]` (never broken across lines), `[texte en français]{lang=fr-CA}` (a span in another
/// language: Pandoc's bracketed span), `^[a footnote]` and `\` to escape any of these characters.
/// Everything else is literal text: nothing from a spec ever reaches Pango as markup.
enum InlineMarkup {
    /// The text with a mark for each `^[…]` (numbered `first`, `first + 1`, …) and the notes' texts.
    static func parse(_ source: String, footnotesFrom first: Int) -> (text: RichText, notes: [Footnote]) {
        guard source.contains("^[") else { return (parse(source), []) }
        var spans: [RichText.Span] = []
        var notes: [Footnote] = []
        var rest = Substring(source)
        while let open = Self.noteStart(in: rest), let close = Self.matchingBracket(in: rest, from: rest.index(open, offsetBy: 2)) {
            let before = parse(String(rest[..<open])).spans
            spans += before
            let number = first + notes.count
            notes.append(Footnote(number: number, text: parse(String(rest[rest.index(open, offsetBy: 2)..<close]).trimmingSpaces())))
            // Marks side by side are told apart by a comma (¹,²), set with the second.
            let follows = before.isEmpty && spans.last?.footnote != nil
            spans.append(RichText.Span((follows ? "," : "") + String(number), footnote: number))
            rest = rest[rest.index(after: close)...]
        }
        spans += parse(String(rest)).spans
        return (RichText(spans), notes)
    }

    /// Where the next `^[` not escaped by a backslash starts.
    private static func noteStart(in text: Substring) -> Substring.Index? {
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == "\\" { i = text.index(after: i); if i < text.endIndex { i = text.index(after: i) }; continue }
            let next = text.index(after: i)
            if text[i] == "^", next < text.endIndex, text[next] == "[" { return i }
            i = next
        }
        return nil
    }

    /// The `]` closing the bracket opened just before `start`, counting nested brackets (a link in a note).
    private static func matchingBracket(in text: Substring, from start: Substring.Index) -> Substring.Index? {
        var depth = 1
        var i = start
        while i < text.endIndex {
            switch text[i] {
            case "\\": i = text.index(after: i); if i == text.endIndex { return nil }
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth == 0 { return i }
            default: break
            }
            i = text.index(after: i)
        }
        return nil
    }

    static func parse(_ source: String) -> RichText {
        // Most text has no markup at all: one span, without walking it character by character.
        if !source.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "]") }) {
            return RichText(source.isEmpty ? [] : [RichText.Span(source)])
        }
        var reader = InlineSpanReader(source)
        return reader.read()
    }
}

/// Where the next closing marker, `]` and `)` are from any position, found in one pass each way, so that
/// markup is read in time linear in its length: scanning ahead from every opener (as a first version did)
/// took minutes on 100,000 unmatched `[[`.
///
/// A closing marker counts where a scan from the start, stepping over `\` and the character it escapes,
/// would find it: every position the parser asks from lies on that same grid (openers, escapes and links
/// all end on it), so one table serves every start.
struct Closings {
    enum Marker: CaseIterable { case star, doubleStar, doubleBracket }

    private let chars: [Character]
    /// Per marker, the first grid position at or after each index where it begins (`Int.max`: none).
    private var next: [Marker: [Int]] = [:]
    private let nextBracket: [Int]
    private let nextParen: [Int]
    /// Whether the URL between a `](` at this `]` and its `)` is one a link may have (asked once per `]`).
    private var urlValid: [Int: Bool] = [:]

    init(_ chars: [Character]) {
        self.chars = chars
        var onGrid = [Bool](repeating: false, count: chars.count)
        var j = 0
        while j < chars.count { onGrid[j] = true; j += chars[j] == "\\" ? 2 : 1 }
        for marker in Marker.allCases {
            let text = Self.text(of: marker)
            next[marker] = Self.nextIndex(chars.count) { i in
                onGrid[i] && i + text.count <= chars.count && chars[i..<(i + text.count)].elementsEqual(text)
            }
        }
        nextBracket = Self.nextIndex(chars.count) { chars[$0] == "]" }
        nextParen = Self.nextIndex(chars.count) { chars[$0] == ")" }
    }

    private static func text(of marker: Marker) -> [Character] {
        switch marker {
        case .star: return ["*"]
        case .doubleStar: return ["*", "*"]
        case .doubleBracket: return ["]", "]"]
        }
    }

    /// For each index (and one past the end), the first index at or after it where `matches` holds.
    private static func nextIndex(_ count: Int, _ matches: (Int) -> Bool) -> [Int] {
        var table = [Int](repeating: Int.max, count: count + 1)
        var i = count - 1
        while i >= 0 {
            table[i] = matches(i) ? i : table[i + 1]
            i -= 1
        }
        return table
    }

    /// Whether `marker` occurs (on the grid) at or after `start`.
    func exists(_ marker: Marker, from start: Int) -> Bool {
        guard start <= chars.count, let table = next[marker] else { return false }
        return table[start] != Int.max
    }

    /// Every `[text]{lang=tag}`, by the position of its `[`: the tag as written (checked by the reader), the
    /// position of the `]` that closes the text and the position after the `}`. Brackets are paired in one
    /// pass (nested pairs inside, such as a link, pair first), so this stays linear in the text's length.
    func languageSpans() -> [Int: (tag: String, close: Int, end: Int)] {
        var spans: [Int: (tag: String, close: Int, end: Int)] = [:]
        var opened: [Int] = []
        let marker = Array("{lang=")
        var i = 0
        while i < chars.count {
            switch chars[i] {
            case "\\": i += 1
            case "[": opened.append(i)
            case "]":
                guard let open = opened.popLast(), i + marker.count < chars.count,
                      chars[(i + 1)..<(i + 1 + marker.count)].elementsEqual(marker) else { break }
                let tagStart = i + 1 + marker.count
                var end = tagStart
                while end < chars.count, chars[end] != "}", chars[end] != "[", chars[end] != "]" { end += 1 }
                if end < chars.count, chars[end] == "}" { spans[open] = (String(chars[tagStart..<end]), i, end + 1) }
            default: break
            }
            i += 1
        }
        return spans
    }

    /// `[label](url)` starting at `start`: the first `]` after it, then `(`, the URL and the first `)`.
    mutating func link(from start: Int) -> (label: String, url: String, end: Int)? {
        guard start + 1 <= chars.count else { return nil }
        let close = nextBracket[start + 1]
        guard close != Int.max, close + 1 < chars.count, chars[close + 1] == "(" else { return nil }
        let end = nextParen[close + 2]
        guard end != Int.max else { return nil }
        guard urlValid[close] != false else { return nil }
        let url = String(chars[(close + 2)..<end])
        let valid = (url.hasPrefix("https://") || url.hasPrefix("http://") || url.hasPrefix("mailto:") || url.hasPrefix("tel:"))
            && !url.contains(" ")
        urlValid[close] = valid
        guard valid else { return nil }
        return (String(chars[(start + 1)..<close]), url, end + 1)
    }
}
