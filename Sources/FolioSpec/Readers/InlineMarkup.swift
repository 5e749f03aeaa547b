import FolioModel

/// The light inline markup of paragraphs and quotes: `*emphasis*`, `**strong**`, `[label](https://…)`,
/// `[[kept together]]` (never broken across lines) and `\` to escape any of these characters.
/// Everything else is literal text: nothing from a spec ever reaches Pango as markup.
enum InlineMarkup {
    static func parse(_ source: String) -> RichText {
        // Most text has no markup at all: one span, without walking it character by character.
        if !source.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "]") }) {
            return RichText(source.isEmpty ? [] : [RichText.Span(source)])
        }
        var spans: [RichText.Span] = []
        var current = ""
        var emphasis = false, strong = false, noBreak = false
        let chars = Array(source)
        var i = 0
        func flush() {
            if !current.isEmpty { spans.append(RichText.Span(current, emphasis: emphasis, strong: strong, noBreak: noBreak)) }
            current = ""
        }
        func hasClosing(_ marker: String, from start: Int) -> Bool {
            let m = Array(marker)
            var j = start
            while j + m.count <= chars.count {
                if chars[j] == "\\" { j += 2; continue }
                if Array(chars[j..<(j + m.count)]) == m { return true }
                j += 1
            }
            return false
        }
        while i < chars.count {
            let c = chars[i]
            if c == "\\", i + 1 < chars.count {
                current.append(chars[i + 1]); i += 2; continue
            }
            if c == "*", i + 1 < chars.count, chars[i + 1] == "*", (strong || hasClosing("**", from: i + 2)) {
                flush(); strong.toggle(); i += 2; continue
            }
            if c == "*", (emphasis || hasClosing("*", from: i + 1)) {
                flush(); emphasis.toggle(); i += 1; continue
            }
            if c == "[", i + 1 < chars.count, chars[i + 1] == "[", !noBreak, hasClosing("]]", from: i + 2) {
                flush(); noBreak = true; i += 2; continue
            }
            if c == "]", noBreak, i + 1 < chars.count, chars[i + 1] == "]" {
                flush(); noBreak = false; i += 2; continue
            }
            if c == "[", let link = parseLink(chars, from: i) {
                flush()
                for var span in parse(link.label).spans {
                    span.link = link.url
                    span.emphasis = span.emphasis || emphasis
                    span.strong = span.strong || strong
                    span.noBreak = span.noBreak || noBreak
                    spans.append(span)
                }
                i = link.end
                continue
            }
            current.append(c)
            i += 1
        }
        flush()
        return RichText(spans)
    }

    /// `[label](url)` starting at `start`.
    private static func parseLink(_ chars: [Character], from start: Int) -> (label: String, url: String, end: Int)? {
        guard let close = chars[(start + 1)...].firstIndex(of: "]"), close + 1 < chars.count, chars[close + 1] == "(",
              let end = chars[(close + 2)...].firstIndex(of: ")") else { return nil }
        let url = String(chars[(close + 2)..<end])
        guard url.hasPrefix("https://") || url.hasPrefix("http://") || url.hasPrefix("mailto:") || url.hasPrefix("tel:"),
              !url.contains(" ") else { return nil }
        return (String(chars[(start + 1)..<close]), url, end + 1)
    }
}
