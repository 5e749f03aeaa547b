import FolioCairo
import FolioLayout
import FolioModel
import FolioRender
import FolioSpec
import FolioTestSupport
import Testing

/// Glyphs looked up ahead on another thread (`GlyphPreloader`) only fill Cairo's caches: the PDF is the
/// one drawn without them, whatever the order in which the two threads reach each font.
@Suite("Glyph preloading")
struct GlyphPreloadTests {
    @Test func preloadingGlyphsDrawsTheSameBytes() throws {
        let plain = try PDFRenderer().render(try SpooledPDFTests.document())
        for _ in 0..<3 {
            let preloaded = try PDFRenderer(preloadsGlyphs: true).render(try SpooledPDFTests.document())
            #expect(preloaded == plain)
        }
    }

    @Test func runningLinesShapedWhileDrawingGiveTheSameBytes() throws {
        // The CLI's path for a lone PDF: running lines left to the helper, glyphs preloaded.
        let report = try SpecReader().read(path: TestSupport.alertSpec).report
        let plain = try PDFRenderer().render(try ReportRenderer().layout(report, engine: TextEngine()))
        final class Source: EngineSource, @unchecked Sendable { let made = TextEngine(); func engine() -> TextEngine { made } }
        let document = try ReportRenderer().layout(report, engine: TextEngine(), helpers: [Source()], runningLinesLater: true)
        #expect(document.runningLinesLater != nil)
        #expect(try PDFRenderer(preloadsGlyphs: true).render(document) == plain)
    }

    @Test func rotatedAndMissingGlyphsArePreloadedWithoutHarm() throws {
        // Rotated labels are drawn in fonts of their own; a character no font has is drawn as a box.
        let engine = TextEngine()
        let style = Theme.standard.style(StyleName.body)
        let label = engine.shape([style.run("2023-24 \u{10FFFD}")], width: nil)
        var page = PageFrame(size: PageSetup.letter)
        page.items = [.text(TextLine(shaped: label, index: 0, origin: Point(x: 72, y: 72), rotation: -45)),
                      .text(TextLine(shaped: label, index: 0, origin: Point(x: 72, y: 144)))]
        let preloader = GlyphPreloader(pages: [page, page])
        preloader.wait()
        let document = LaidOutDocument(info: DocumentInfo(title: "Preload", date: CalendarDate(year: 2024, month: 6, day: 30)), pages: [page], outline: [])
        #expect(try PDFRenderer(preloadsGlyphs: true).render(document) == PDFRenderer().render(document))
    }
}
