import FolioCairo
import FolioLayout
import FolioModel
import FolioRender
import Testing

/// A page the renderer cannot draw in full fails loudly: text shaped by another engine than the renderer's
/// is an error, not a blank line in a finished-looking page.
@Suite("Drawing failures")
struct DrawingFailureTests {
    final class ForeignText: ShapedText, @unchecked Sendable {
        let lines = [ShapedLine(width: 40, ascent: 8, descent: 2, text: "not Pango's")]
    }

    @Test func textFromAnotherEngineIsAnErrorNotABlank() throws {
        let page = PageFrame(size: Size(width: 200, height: 100),
                             items: [.text(TextLine(shaped: ForeignText(), index: 0, origin: Point(x: 10, y: 50)))])
        let error = #expect(throws: DrawingError.self) { _ = try PageImageRenderer().png(page) }
        #expect(error?.description.contains("not Pango's") == true)
    }
}
