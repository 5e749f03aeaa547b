@testable import FolioLayout
import Testing

/// A shaped line is packed into one array of words: everything it was made with reads back as it was given,
/// whatever the line holds (several runs, colours, glyph offsets, links, pieces, text that differs from its
/// source, characters beyond ASCII), and the line stays one reference wide.
@Suite("Shaped line packing")
struct ShapedLinePackingTests {
    private static func run(face: String, start: Int32, x: Int32, color: RunColor?, offsets: Bool, language: String) -> GlyphRun {
        var glyphs: [Glyph] = []
        for k in 0..<5 {
            let id: UInt32 = k == 4 ? 0x1000_0000 | 1004 : UInt32(1000 + k)
            let advance = Int32(512 * k - 700)
            let xOffset: Int32 = offsets ? Int32(-k) : 0
            let yOffset: Int32 = offsets ? Int32(3 * k) : 0
            let cluster: Int32 = k == 3 ? Glyph.largestCluster : Int32(k)
            glyphs.append(Glyph(id: id, advance: advance, xOffset: xOffset, yOffset: yOffset, cluster: cluster,
                                startsCluster: k % 2 == 0, isColor: k == 1))
        }
        return GlyphRun(face: FontFace(face), textStart: start, textLength: 7, characterCount: 6, x: x, rise: -300,
                        leadingSpace: 12, trailingSpace: -4, color: color,
                        shaping: ShapingInfo(level: 1, gravity: 2, flags: 255, script: -17, language: language), glyphs: glyphs)
    }

    @Test func everythingReadsBackAsGiven() {
        let runs = [Self.run(face: "Inter Semi-Bold 10.5px", start: 0, x: 0, color: nil, offsets: false, language: "fr-ca"),
                    Self.run(face: "Noto Sans Arabic 9px", start: 7, x: 4096, color: RunColor(red: 65535, green: 1, blue: 300, alpha: 40000),
                             offsets: true, language: "")]
        let links = [LinkSpan(url: "https://example.org/é?q=1", x0: 1.25, x1: 30.5), LinkSpan(url: "", x0: -0.0, x1: .infinity)]
        let pieces = [LinePiece(runs: 0..<1, language: nil, link: 1, text: "Coût", x0: 0, x1: 12.125),
                      LinePiece(runs: 1..<2, language: "ar", link: nil, text: "", x0: 12.125, x1: 40)]
        let line = ShapedLine(width: 40.0009765625, ascent: 9.5, descent: 2.25, text: "Coût total – 12", links: links,
                              pieces: pieces, runs: runs, source: "Co\u{AD}ût total – 12")
        #expect(line.width == 40.0009765625 && line.ascent == 9.5 && line.descent == 2.25)
        #expect(line.text == "Coût total – 12")
        #expect(line.source == "Co\u{AD}ût total – 12")
        #expect(line.runs == runs)
        #expect(line.runCount == 2)
        #expect(line.links == links)
        #expect(line.pieces == pieces)
        #expect(line.runs(ofPiece: 1) == runs[1...])
        #expect(line.runs(ofPiece: 5).isEmpty)
    }

    @Test func glyphsThatFitAWordReadBackAsGiven() {
        // Ids up to 65535 and clusters up to 16383 share one word with the flags; one beyond either does not.
        let small = [Glyph(id: 65535, advance: 10, cluster: 16383, startsCluster: true, isColor: true),
                     Glyph(id: 0, advance: -1, cluster: 0, startsCluster: false, isColor: false),
                     Glyph(id: 7, advance: 0, cluster: 16382, startsCluster: false, isColor: true),
                     Glyph(id: 3, advance: 5, xOffset: 2, yOffset: -2, cluster: 1, startsCluster: true, isColor: false)]
        let beyond = [small, [Glyph(id: 65536, advance: 1, cluster: 2)], [Glyph(id: 1, advance: 1, cluster: 16384)]]
        for glyphs in beyond {
            let runs = [GlyphRun(face: FontFace("Inter 8.5px"), textStart: 0, textLength: 1, characterCount: 1, x: 0, glyphs: glyphs),
                        GlyphRun(face: FontFace("Inter 8.5px"), textStart: 0, textLength: 1, characterCount: 1, x: 9,
                                 glyphs: glyphs.map { var g = $0; g.xOffset = 0; g.yOffset = 0; return g })]
            let line = ShapedLine(width: 1, ascent: 1, descent: 0, text: "x", runs: runs)
            #expect(line.runs == runs)
        }
    }

    @Test func aPlainLineIsItsTextAndEqualToItsTwin() {
        let line = ShapedLine(width: 10, ascent: 8, descent: 2, text: "12,243")
        #expect(line.source == "12,243" && line.runs.isEmpty && line.links.isEmpty && line.pieces.isEmpty)
        #expect(line == ShapedLine(width: 10, ascent: 8, descent: 2, text: "12,243"))
        #expect(line != ShapedLine(width: 10, ascent: 8, descent: 2, text: "12,244"))
        #expect(ShapedLine(width: 0, ascent: 0, descent: 0, text: "").text.isEmpty)
        // A frame item placing a line keeps it by one reference.
        #expect(MemoryLayout<ShapedLine>.size == 8)
    }

    @Test func aTextKeepsItsLinesInOrderWhateverTheirNumber() {
        let lines = (0..<3).map { ShapedLine(width: Double($0), ascent: 8, descent: 2, text: "line \($0)") }
        for count in 0...3 {
            let text = ShapedText(lines: Array(lines.prefix(count)))
            #expect(Array(text.lines) == Array(lines.prefix(count)))
            #expect(text.lines.count == count && text.lines.first == lines.first.flatMap { count > 0 ? $0 : nil })
        }
        #expect(ShapedText(lines: [lines[0]]) != ShapedText(lines: [lines[1]]))
        #expect(ShapedText(lines: [lines[0]]) == ShapedText(lines: [lines[0]]))
        // One line is kept inline: a text is one reference wide whatever its number of lines.
        #expect(MemoryLayout<ShapedText>.size == 8)
    }
}
