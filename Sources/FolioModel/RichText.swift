/// Inline text with emphasis, links, unbreakable spans and spans in another language. Built by the spec reader from its light
/// markup; the characters themselves are never interpreted again, so no text can inject formatting.
public struct RichText: Hashable, Sendable {
    /// The pieces, in order.
    public var spans: [Span]
    public init(_ spans: [Span]) { self.spans = spans }
    /// Plain text with no formatting.
    public init(plain: String) { self.spans = [Span(plain)] }

    /// A run of characters sharing the same inline formatting.
    public struct Span: Hashable, Sendable {
        public var text: String
        public var emphasis: Bool
        public var strong: Bool
        /// Kept on one line (phone numbers, names).
        public var noBreak: Bool
        /// Target URL when the span is a link.
        public var link: String?
        /// The number of the footnote this span marks (its text is the number, set as a superscript).
        public var footnote: Int?
        /// The language (BCP 47, `fr-CA`) of a span in another language than the text around it: screen
        /// readers switch voice for it (a `Span` with `/Lang` in the PDF). Nil: the surrounding language.
        public var language: String?
        public init(_ text: String, emphasis: Bool = false, strong: Bool = false, noBreak: Bool = false, link: String? = nil,
                    footnote: Int? = nil, language: String? = nil) {
            self.text = text; self.emphasis = emphasis; self.strong = strong; self.noBreak = noBreak; self.link = link
            self.footnote = footnote; self.language = language
        }
    }

    /// Plain text followed by the marks of its footnotes (a table header or label cell).
    public static func marked(_ text: String, notes: [Footnote]) -> RichText {
        RichText([Span(text)] + notes.enumerated().map { k, note in Span((k > 0 ? "," : "") + String(note.number), footnote: note.number) })
    }

    /// The characters without formatting, for outlines, alt text and tests.
    public var plainText: String { spans.map(\.text).joined() }

    /// Splits very long text into pieces of at most about `limit` characters, ending each piece at a
    /// sentence end (else a space). Text engines have size limits per paragraph; pieces stay under them.
    public func chunked(limit: Int) -> [RichText] {
        let total = spans.reduce(0) { $0 + $1.text.count }
        guard total > limit, limit > 0 else { return [self] }
        var pieces: [RichText] = []
        var current: [Span] = []
        var count = 0
        for span in spans {
            var rest = Substring(span.text)
            while count + rest.count > limit {
                let room = max(1, limit - count)
                let window = rest.prefix(room)
                // Prefer the last sentence end in the window, then the last space, then a hard cut.
                var cut = window.endIndex
                if let r = window.range(of: ". ", options: .backwards), window.distance(from: window.startIndex, to: r.upperBound) > room / 2 {
                    cut = r.upperBound
                } else if let sp = window.lastIndex(of: " "), window.distance(from: window.startIndex, to: sp) > room / 2 {
                    cut = window.index(after: sp)
                }
                var head = span
                head.text = String(rest[..<cut])
                current.append(head)
                pieces.append(RichText(current))
                current = []
                count = 0
                rest = rest[cut...]
            }
            if !rest.isEmpty {
                var tail = span
                tail.text = String(rest)
                current.append(tail)
                count += rest.count
            }
        }
        if !current.isEmpty { pieces.append(RichText(current)) }
        return pieces
    }
}

import Foundation

/// A note set at the foot of the page where its mark falls, numbered through the document.
public struct Footnote: Hashable, Sendable {
    public var number: Int
    public var text: RichText
    public init(number: Int, text: RichText) { self.number = number; self.text = text }
}
