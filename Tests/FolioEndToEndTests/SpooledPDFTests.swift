import Foundation
import FolioCairo
import FolioLayout
import FolioPDF
@testable import FolioRender
import FolioSpec
import FolioTestSupport
import Testing

/// A PDF written to memory and one spooled to a temporary file (the way `folio build` writes them) are the
/// same bytes; the incremental update that adds /Lang and /Alt reads a spooled file through a window,
/// which must find the same objects wherever its edges fall.
@Suite("Spooled PDFs")
struct SpooledPDFTests {
    static func document() throws -> LaidOutDocument {
        let report = try SpecReader().read(path: TestSupport.alertSpec).report
        return ReportRenderer().layout(report, engine: TextEngine())
    }

    @Test func spooledAndInMemoryPDFsAreTheSameBytes() throws {
        let inMemory = try PDFRenderer().render(try Self.document())
        let spooled = try SpooledFile()
        try PDFRenderer().render(try Self.document(), to: spooled)
        let bytes = try Data(contentsOf: spooled.url)
        #expect(bytes.count > 100_000)
        #expect([UInt8](bytes) == inMemory)
    }

    @Test("the update read through small windows is the one read from memory", arguments: [16, 1_000, 4_096, 65_536])
    func windowedUpdate(windowSize: Int) throws {
        let document = try Self.document()
        let memory = try PDFRenderer().render(document)
        // The appendix computed both ways over the same bytes: what Cairo wrote, before the update.
        let original = Array(memory[..<(Self.originalLength(memory))])
        let spooled = try SpooledFile()
        try Data(original).write(to: spooled.url)
        // What the drawer records while drawing (alternative texts, scopes, links), drawn again to a spare PDF.
        let spare = try PDFDocument(size: document.pages[0].size)
        var written = FrameDrawer.Written()
        for page in document.pages { written.append(FrameDrawer(canvas: spare.canvas, tagged: true).draw(page)) }
        #expect(written.alternates.count == 13)
        let fromMemory = try PDFIncrementalUpdate(original).update(info: document.info, creator: "Folio", written: written)
        let fromFile = try PDFIncrementalUpdate(try PDFFileBytes(spooled.url, windowSize: windowSize))
            .update(info: document.info, creator: "Folio", written: written)
        #expect(fromFile == fromMemory)
        #expect(original + fromMemory == memory)
    }

    /// Where Cairo's file ends and the update begins: after the first `%%EOF`.
    static func originalLength(_ pdf: [UInt8]) -> Int {
        let marker = Array("%%EOF\n".utf8)
        for i in 0...(pdf.count - marker.count) where pdf[i..<(i + marker.count)].elementsEqual(marker) {
            return i + marker.count
        }
        return pdf.count
    }
}
