import FolioCairo
import FolioLayout
import FolioModel
import FolioRender
import Testing

/// A page the renderer cannot draw in full fails loudly: glyphs of a face this process cannot load, or a run
/// that names characters its line does not have, are an error, not a blank line in a finished-looking page.
@Suite("Drawing failures")
struct DrawingFailureTests {
    static func page(_ run: GlyphRun, text: String = "not here") -> PageFrame {
        let line = ShapedLine(width: 40, ascent: 8, descent: 2, text: text, runs: [run])
        return PageFrame(size: Size(width: 200, height: 100), items: [.text(TextLine(line, origin: Point(x: 10, y: 50)))])
    }

    @Test func glyphsOfAFaceThisProcessLacksAreAnErrorNotABlank() throws {
        let run = GlyphRun(face: FontFace("No Such Face Sans 12px"), textStart: 0, textLength: 3, characterCount: 3, x: 0,
                           glyphs: [Glyph(id: 36, advance: 7000, cluster: 0)])
        let error = #expect(throws: DrawingError.self) { _ = try PageImageRenderer().png(Self.page(run)) }
        #expect(error?.description.contains("No Such Face Sans") == true)
        #expect(error?.description.contains("not here") == true)
    }

    @Test func aRunBeyondItsLinesCharactersIsAnError() throws {
        let face = try #require(Self.interFace())
        let run = GlyphRun(face: face, textStart: 2, textLength: 40, characterCount: 40, x: 0,
                           glyphs: [Glyph(id: 36, advance: 7000, cluster: 0)])
        #expect(throws: DrawingError.self) { _ = try PageImageRenderer().png(Self.page(run, text: "abc")) }
    }

    /// The face a real shaping gives (so only the run's text range is wrong above).
    static func interFace() -> FontFace? {
        let style = Theme.standard.style(StyleName.body)
        return TextEngine().shape([style.run("x")], width: nil).lines.first?.runs.first?.face
    }
}
