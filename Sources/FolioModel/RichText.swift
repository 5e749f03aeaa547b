/// Inline text with emphasis, links and unbreakable spans. Built by the spec reader from its light
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
        public init(_ text: String, emphasis: Bool = false, strong: Bool = false, noBreak: Bool = false, link: String? = nil) {
            self.text = text; self.emphasis = emphasis; self.strong = strong; self.noBreak = noBreak; self.link = link
        }
    }

    /// The characters without formatting, for outlines, alt text and tests.
    public var plainText: String { spans.map(\.text).joined() }
}
