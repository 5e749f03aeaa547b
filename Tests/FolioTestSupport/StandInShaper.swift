import FolioLayout
import FolioModel

/// A text shaper that needs no fonts: every character half an em wide, lines broken greedily at spaces, a line
/// 0.8 em above and 0.2 em below its baseline. Layout rules (keep-with-next, widows, repeated headers, page
/// counts) are tested with it exactly, the same on every platform, where Pango's metrics differ by version.
/// Its glyph runs name the face `StandIn <size>px`, which no renderer has: it is for layout, not drawing.
public final class StandInShaper: TextShaper {
    public init() {}

    public func shape(_ runs: [TextRun], width: Points?) -> ShapedText {
        let size = runs.first?.font.size ?? 10
        let text = runs.map(\.text).joined()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { paragraph in
            Self.broken(String(paragraph), size: size, width: width)
        }
        return ShapedText(lines: lines.map { line(String($0), size: size) })
    }

    /// Words put on a line while they fit (a word longer than the width has a line of its own).
    static func broken(_ paragraph: String, size: Points, width: Points?) -> [String] {
        guard let width else { return [paragraph] }
        var lines: [String] = [], current = ""
        for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if !current.isEmpty && Double(candidate.count) * size / 2 > width {
                lines.append(current)
                current = String(word)
            } else {
                current = candidate
            }
        }
        return lines + [current]
    }

    private func line(_ text: String, size: Points) -> ShapedLine {
        let advance = Int32(size / 2 * Double(GlyphRun.unitsPerPoint))
        var glyphs: [Glyph] = []
        var offset: Int32 = 0
        for character in text {
            glyphs.append(Glyph(id: character.unicodeScalars.first.map { $0.value } ?? 0, advance: advance, cluster: offset))
            offset += Int32(character.utf8.count)
        }
        let run = GlyphRun(face: FontFace("StandIn \(size)px"), textStart: 0, textLength: offset, characterCount: Int32(text.count),
                           x: 0, glyphs: glyphs)
        return ShapedLine(width: Double(text.count) * size / 2, ascent: 0.8 * size, descent: 0.2 * size, text: text,
                          runs: text.isEmpty ? [] : [run])
    }
}
