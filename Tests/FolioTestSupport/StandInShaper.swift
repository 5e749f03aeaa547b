import FolioLayout
import FolioModel

/// A text shaper that needs no fonts: every character `characterWidth` em wide (half by default), lines broken greedily at spaces, a line
/// 0.8 em above and 0.2 em below its baseline. Layout rules (keep-with-next, widows, repeated headers, page
/// counts) are tested with it exactly, the same on every platform, where Pango's metrics differ by version.
/// Its glyph runs name the face `StandIn <size>px`, which no renderer has: it is for layout, not drawing.
package final class StandInShaper: TextShaper {
    /// A character's width in ems.
    package let characterWidth: Double
    package init(characterWidth: Double = 0.5) { self.characterWidth = characterWidth }

    package func shape(_ runs: [TextRun], width: Points?) -> ShapedText {
        let size = runs.first?.font.size ?? 10
        let text = runs.map(\.text).joined()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { paragraph in
            broken(String(paragraph), size: size, width: width)
        }
        return ShapedText(lines: lines.map { line(String($0), size: size) })
    }

    /// Words put on a line while they fit (a word longer than the width has a line of its own).
    func broken(_ paragraph: String, size: Points, width: Points?) -> [String] {
        guard let width else { return [paragraph] }
        var lines: [String] = [], current = ""
        for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if !current.isEmpty && Double(candidate.count) * size * characterWidth > width {
                lines.append(current)
                current = String(word)
            } else {
                current = candidate
            }
        }
        return lines + [current]
    }

    private func line(_ text: String, size: Points) -> ShapedLine {
        let advance = Int32(size * characterWidth * Double(GlyphRun.unitsPerPoint))
        var glyphs: [Glyph] = []
        var offset: Int32 = 0
        for character in text {
            glyphs.append(Glyph(id: character.unicodeScalars.first.map { $0.value } ?? 0, advance: advance, cluster: offset))
            offset += Int32(character.utf8.count)
        }
        let run = GlyphRun(face: FontFace("StandIn \(size)px"), textStart: 0, textLength: offset, characterCount: Int32(text.count),
                           x: 0, glyphs: glyphs)
        return ShapedLine(width: Double(text.count) * size * characterWidth, ascent: 0.8 * size, descent: 0.2 * size, text: text,
                          runs: text.isEmpty ? [] : [run])
    }
}
