import FolioModel

extension ChartLayouter {
    /// Most lines a category label below a plot takes: a longer one is shortened.
    static let categoryLines = 3

    /// A category label shaped within `width`, on at most `maxLines` lines and no wider than `maxWidth`;
    /// a longer one is cut at a word (or, for one long word, a character) and ends in "…". The full text
    /// stays in the chart's alternative text. Why: a 300-character label wrapped in its band grew up over
    /// the chart's title.
    func categoryLabel(_ text: String, style: TextStyle, width: Points?, maxLines: Int, maxWidth: Points? = nil) -> ShapedText {
        func fits(_ s: ShapedText) -> Bool { s.lines.count <= maxLines && (maxWidth.map { s.width <= $0 + 0.01 } ?? true) }
        let full = context.shape(text, style: style, width: width)
        if fits(full) { return full }
        let words = text.split(separator: " ").map(String.init)
        func shortened(_ prefix: String) -> ShapedText { context.shape(prefix + "…", style: style, width: width) }
        // The most words that fit (binary search: a prefix that fits has shorter prefixes that fit too).
        var lo = 0, hi = words.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if fits(shortened(words[..<mid].joined(separator: " "))) { lo = mid } else { hi = mid - 1 }
        }
        if lo > 0 { return shortened(words[..<lo].joined(separator: " ")) }
        // Not even the first word fits: as many of its characters as do.
        let characters = Array(words.first ?? "")
        var a = 0, b = max(0, characters.count - 1)
        while a < b {
            let mid = (a + b + 1) / 2
            if fits(shortened(String(characters[..<mid]))) { a = mid } else { b = mid - 1 }
        }
        return shortened(String(characters[..<a]))
    }
}
