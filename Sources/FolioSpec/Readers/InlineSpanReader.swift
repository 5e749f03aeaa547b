import FolioModel

/// `InlineMarkup.parse` walking a text that has markup: the spans read so far, the text of the one being
/// read, and the markers open where it is.
struct InlineSpanReader {
    private let chars: [Character]
    private var closings: Closings
    private let languageSpans: [Int: (tag: String, close: Int, end: Int)]
    private var spans: [RichText.Span] = []
    private var current = ""
    private var emphasis = false, strong = false, noBreak = false
    /// The languages of the spans open here, innermost last, and where each one's `]` is.
    private var languages: [(tag: String, close: Int, end: Int)] = []
    private var i = 0

    init(_ source: String) {
        chars = Array(source)
        closings = Closings(chars)
        languageSpans = source.contains("]{lang=") ? closings.languageSpans() : [:]
    }

    /// The spans of the whole text.
    mutating func read() -> RichText {
        while i < chars.count {
            if !readMarkup() {
                current.append(chars[i])
                i += 1
            }
        }
        flush()
        return RichText(spans)
    }

    /// Reads the escape or the markup at `i` and steps over it; false where there is none (a literal character).
    private mutating func readMarkup() -> Bool {
        let c = chars[i]
        if c == "\\", i + 1 < chars.count {
            current.append(chars[i + 1]); i += 2; return true
        }
        if c == "]", let open = languages.last, open.close == i {
            flush(); languages.removeLast(); i = open.end; return true
        }
        if c == "[", let span = languageSpans[i] {
            flush(); languages.append(span); i += 1; return true
        }
        if c == "*", i + 1 < chars.count, chars[i + 1] == "*", (strong || closings.exists(.doubleStar, from: i + 2)) {
            flush(); strong.toggle(); i += 2; return true
        }
        if c == "*", (emphasis || closings.exists(.star, from: i + 1)) {
            flush(); emphasis.toggle(); i += 1; return true
        }
        if c == "[", i + 1 < chars.count, chars[i + 1] == "[", !noBreak, closings.exists(.doubleBracket, from: i + 2) {
            flush(); noBreak = true; i += 2; return true
        }
        if c == "]", noBreak, i + 1 < chars.count, chars[i + 1] == "]" {
            flush(); noBreak = false; i += 2; return true
        }
        // A link ends inside the language span it starts in (else that span's `]` would be skipped).
        if c == "[", let link = closings.link(from: i), link.end <= (languages.last?.close ?? Int.max) {
            readLink(link)
            return true
        }
        return false
    }

    /// A link's label, read as markup of its own: each of its spans goes to `url`, and keeps the markers
    /// open around the link.
    private mutating func readLink(_ link: (label: String, url: String, end: Int)) {
        flush()
        for var span in InlineMarkup.parse(link.label).spans {
            span.link = link.url
            span.emphasis = span.emphasis || emphasis
            span.strong = span.strong || strong
            span.noBreak = span.noBreak || noBreak
            span.language = languages.last?.tag
            spans.append(span)
        }
        i = link.end
    }

    private mutating func flush() {
        if !current.isEmpty {
            spans.append(RichText.Span(current, emphasis: emphasis, strong: strong, noBreak: noBreak, language: languages.last?.tag))
        }
        current = ""
    }
}
