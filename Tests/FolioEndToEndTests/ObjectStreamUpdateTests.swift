import Foundation
import FolioCairo
import FolioLayout
import FolioModel
import FolioPDF
@testable import FolioRender
import FolioTestSupport
import Testing

/// The update after Cairo (`PDFIncrementalUpdate`) on files whose objects sit in object streams, as Cairo
/// 1.17.6 and later write them: Cairo 1.16's file for the ALERT report rewritten by qpdf, and a small file
/// Cairo 1.18.4 wrote (Debian 13; `Golden/cairo-1.18-tagged.pdf`: three pages, each with an H1, a P holding a
/// URI link and a link to a named destination, a Figure, a one-row Table with a TH and a TD, and Folio's two
/// artifact markers, NonStruct and Private; an outline of two entries; metadata). The result must pass qpdf,
/// carry what the 1.16 path adds, with a cross-reference stream after a cross-reference stream.
@Suite("PDF update on object streams")
struct ObjectStreamUpdateTests {
    static let cairo118 = TestSupport.root.appendingPathComponent("Tests/FolioEndToEndTests/Golden/cairo-1.18-tagged.pdf")

    /// The ALERT report as Cairo 1.16 wrote it, with the update Folio appended, and what the drawing recorded.
    static func alert() throws -> (original: [UInt8], updated: [UInt8], written: FrameDrawer.Written, info: DocumentInfo) {
        let document = try SpooledPDFTests.document()
        let memory = try PDFRenderer().render(document)
        let spare = try PDFDocument(size: document.pages[0].size)
        var written = FrameDrawer.Written()
        for page in document.pages { written.append(FrameDrawer(canvas: spare.canvas, tagged: true).draw(page)) }
        return (Array(memory[..<SpooledPDFTests.originalLength(memory)]), memory, written, document.info)
    }

    @Test func theAlertReportInObjectStreamsIsUpdatedAsCairo116sIs() throws {
        let alert = try Self.alert()
        let folder = try TestSupport.temporaryDirectory()
        let cairo = folder.appendingPathComponent("cairo.pdf")
        try Data(alert.original).write(to: cairo)
        let streams = try ObjectStreamReaderTests.objectStreamForm(cairo)
        let updated = streams + (try PDFIncrementalUpdate(streams).update(info: alert.info, creator: "Folio", written: alert.written))
        let file = folder.appendingPathComponent("updated.pdf")
        try Data(updated).write(to: file)
        #expect(try Validators.qpdfProblems(file) == nil)
        let after = try PDFObjects(updated), before = try PDFObjects(alert.updated)
        #expect(after.crossReference.isStream && after.trailer["/Prev"] != nil)
        #expect(after.trailer["/ID"]?.array?.count == 2)
        // What the update adds, element for element as on the 1.16 path (elements in document order).
        #expect(Self.additions(after) == Self.additions(before))
        #expect(Self.additions(after).alternates.count == 13)
        let catalog = try #require(after.catalog)
        #expect(catalog["/Lang"]?.text == "en-CA")
        #expect(after.dictionary(catalog["/ViewerPreferences"])?["/DisplayDocTitle"] == .bool(true))
        let xmp = String(decoding: try after.decodedStream(try #require(catalog["/Metadata"]?.reference)), as: UTF8.self)
        #expect(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"))
        // `folio check --pdf` reads it, and finds it as sound as the 1.16 file.
        let check = try TestSupport.run(TestSupport.folio, ["check", "--pdf", file.path], currentDirectory: TestSupport.root)
        #expect(check.status == 0, "\(check.stderr)")
    }

    /// What the update adds to elements and annotations, in document order.
    struct Additions: Equatable {
        var alternates: [String] = []
        var scopes: [String] = []
        var linkContents: [String] = []
        var artifactMarkers = 0
    }

    static func additions(_ pdf: PDFObjects<[UInt8]>) -> Additions {
        var found = Additions()
        for element in pdf.structureElements() {
            switch element.type {
            case "/Figure": found.alternates.append(element.dictionary["/Alt"]?.text ?? "(none)")
            case "/TH": found.scopes.append(pdf.dictionary(element.dictionary["/A"])?["/Scope"]?.name ?? "(none)")
            case "/NonStruct", "/Private": found.artifactMarkers += 1
            default: break
            }
        }
        found.linkContents = pdf.linkAnnotations().map { pdf.value($0)?["/Contents"]?.text ?? "(none)" }
        return found
    }

    @Test func whatCairo118WroteIsUpdated() throws {
        let original = [UInt8](try Data(contentsOf: Self.cairo118))
        #expect(try PDFObjects(original).crossReference.isStream)
        var written = FrameDrawer.Written()
        written.alternates = ["Bars 1", "Bars 2", "Bars 3"]
        written.scopes = [.column, .row, .column]
        written.linkContents = (1...6).map { "Link \($0)" }
        let info = DocumentInfo(title: "Cairo 1.18 probe", language: "en-CA", date: CalendarDate(year: 2024, month: 6, day: 30))
        let updated = original + (try PDFIncrementalUpdate(original).update(info: info, creator: "Folio", written: written))
        let file = try TestSupport.temporaryDirectory().appendingPathComponent("updated.pdf")
        try Data(updated).write(to: file)
        #expect(try Validators.qpdfProblems(file) == nil)
        let pdf = try PDFObjects(updated)
        let additions = Self.additions(pdf)
        #expect(additions.alternates == written.alternates)
        #expect(additions.scopes == ["/Column", "/Row", "/Column"])
        #expect(additions.linkContents == written.linkContents)
        #expect(additions.artifactMarkers == 0, "the markers leave the tree")
        #expect(pdf.catalog?["/Lang"]?.text == "en-CA")
        #expect(pdf.pageNumbers().allSatisfy { pdf.value($0)?["/Tabs"]?.name == "/S" })
        #expect(pdf.outline().map(\.description) == ["1 Heading p1", "2 Heading p2"])
        let xmp = String(decoding: try pdf.decodedStream(try #require(pdf.catalog?["/Metadata"]?.reference)), as: UTF8.self)
        #expect(xmp.contains("<pdf:Producer>cairo 1.18.4 (https://cairographics.org)</pdf:Producer>"))
    }
}
