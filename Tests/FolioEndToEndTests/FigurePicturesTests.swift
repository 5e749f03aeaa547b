import Foundation
import FolioCairo
import FolioLayout
import FolioModel
import FolioPDF
@testable import FolioRender
import FolioTestSupport
import Testing

/// A figure of a photo holds its picture in the PDF on any Cairo. Cairo 1.17 and later mark only text, so
/// there a figure without text came out empty (no `/K`, no `/Pg`) and its picture was painted unmarked; the
/// update finds the pictures Folio placed among those each page paints and marks them as their figures'
/// content (`FigureContent`, `PDFIncrementalUpdate.figurePictureEdits`).
///
/// `Golden/cairo-1.18-figures.pdf` is what Cairo 1.18.4 (Debian 13) wrote for a two-page spec, before Folio's
/// update: page 1 a heading, a paragraph, a figure of a PNG and a decorative PNG; page 2 a heading and a row
/// of two figures of PNGs. Its three figures have no `/K`; its pages paint four image XObjects.
@Suite("Figures hold their pictures")
struct FigurePicturesTests {
    static let cairo118 = TestSupport.root.appendingPathComponent("Tests/FolioEndToEndTests/Golden/cairo-1.18-figures.pdf")

    @Test func picturesAreTheImageXObjectsAndInlineImagesAStreamPaints() {
        let content = Array("""
            q /x1 Do Q /P << /MCID 0 >> BDC BT (a) Tj ET /x2 Do EMC /f1 Do
            BI /W 1 /H 1 /CS /G /BPC 8 ID \u{0} EI /Artifact BMC /x1 Do EMC
            """.utf8)
        let paintings = FigureContent.paintings(content) { $0 != "/f1" }.paintings
        #expect(paintings.map(\.unmarked) == [true, false, true, false])
        #expect(paintings.map { String(decoding: content[$0.range], as: UTF8.self) }
                == ["/x1 Do", "/x2 Do", "BI /W 1 /H 1 /CS /G /BPC 8 ID \u{0} EI", "/x1 Do"])
    }

    @Test func theNextMCIDIsOnePastTheLargest() {
        let marked = Array("/P << /MCID 3 >> BDC EMC /Span << /ActualText <FEFF0020> >> BDC EMC /H1 <</MCID 7>> BDC EMC".utf8)
        #expect(FigureContent.paintings(marked) { _ in true }.nextMCID == 8)
        #expect(FigureContent.paintings(Array("/Artifact BMC /x1 Do EMC".utf8)) { _ in true }.nextMCID == 0)
    }

    @Test func markingWrapsEachPictureInItsFigure() {
        let content = Array("q /x1 Do Q q /x2 Do Q".utf8)
        let marked = FigureContent.marking(content, [(13..<19, 5), (2..<8, 4)])
        #expect(String(decoding: marked, as: UTF8.self)
                == "q /Figure << /MCID 4 >> BDC\n/x1 Do\nEMC Q q /Figure << /MCID 5 >> BDC\n/x2 Do\nEMC Q")
    }

    /// The golden file updated with what Folio recorded drawing it.
    static func updated() throws -> [UInt8] {
        let original = [UInt8](try Data(contentsOf: cairo118))
        var written = FrameDrawer.Written()
        written.alternates = ["A coarse grid of coloured squares", "A round badge", "The grid again"]
        written.pictures = [[0, nil], [1, 2]]
        let info = DocumentInfo(title: "Pictures as figures", language: "en-CA", date: CalendarDate(year: 2024, month: 6, day: 30))
        return original + (try PDFIncrementalUpdate(original).update(info: info, creator: "Folio", written: written))
    }

    @Test func eachFigureOfAPictureHoldsItOnItsPage() throws {
        let original = try PDFObjects([UInt8](try Data(contentsOf: Self.cairo118)))
        #expect(original.structureElements().filter { $0.type == "/Figure" }.allSatisfy { $0.dictionary["/K"] == nil })
        let bytes = try Self.updated()
        let file = try TestSupport.temporaryDirectory().appendingPathComponent("figures.pdf")
        try Data(bytes).write(to: file)
        #expect(try Validators.qpdfProblems(file) == nil)
        let pdf = try PDFObjects(bytes)
        let pages = pdf.pageNumbers()
        let figures = pdf.structureElements().filter { $0.type == "/Figure" }
        #expect(figures.map { $0.dictionary["/Pg"]?.reference } == [pages[0], pages[1], pages[1]])
        // Each figure's MCID opens a Figure sequence around one picture on its page, and the page's parent-tree
        // array names the figure at that MCID.
        let root = try #require(pdf.catalog?["/StructTreeRoot"]?.reference)
        let nums = try #require(pdf.dictionary(pdf.value(root)?["/ParentTree"])?["/Nums"]?.array)
        for figure in figures {
            let mcid = try #require(figure.dictionary["/K"]?.integer)
            let page = try #require(figure.dictionary["/Pg"]?.reference)
            let content = String(decoding: try pdf.decodedStream(try #require(pdf.value(page)?["/Contents"]?.reference)), as: UTF8.self)
            #expect(content.contains("/Figure << /MCID \(mcid) >> BDC\n/x"), "\(content)")
            let key = try #require(pdf.value(page)?["/StructParents"]?.integer)
            let index = try #require(stride(from: 0, to: nums.count - 1, by: 2).first { nums[$0].integer == key })
            let array = try #require(pdf.resolve(nums[index + 1])?.array)
            #expect(array.count > mcid && array[mcid].reference == figure.number)
        }
        // The decorative picture is left to the artifacts, not given to a figure.
        let first = String(decoding: try pdf.decodedStream(try #require(pdf.value(pages[0])?["/Contents"]?.reference)), as: UTF8.self)
        #expect(first.components(separatedBy: "/Figure << /MCID").count == 2)
    }

    @Test func aPageWhosePicturesDoNotMatchIsLeftAlone() throws {
        // Folio placed two pictures on page 2 but the page paints three: no picture is given to a guess.
        let original = [UInt8](try Data(contentsOf: Self.cairo118))
        let update = try PDFIncrementalUpdate(original)
        let figures = update.structureElements(ofType: "Figure")
        let edits = try update.figurePictureEdits(figures: figures, pictures: [[0, nil], [1, 2, nil]])
        #expect(edits.figureEntries.keys.sorted() == [figures[0]])
        #expect(edits.marks.count == 1 && edits.parentArrays.count == 1)
    }

    /// A page holding one figure: an SVG drawn at 200 × 100 pt.
    static func svgFigurePage() throws -> PageFrame {
        let url = TestSupport.root.appendingPathComponent("Tests/FolioLayoutTests/Specs/images/placeholder-logo.svg")
        let svg = ImageAsset(format: .svg, bytes: [UInt8](try Data(contentsOf: url)), id: "logo", size: Size(width: 200, height: 100))
        var page = PageFrame(size: Size(width: 300, height: 200))
        page.items = [.beginTag(.figure(alt: "A logo")), .image(ImagePlacement(image: svg, rect: Rect(x: 50, y: 50, width: 200, height: 100))), .endTag]
        return page
    }

    @Test func aVectorPictureIsOnePaintingWhereCairoMarksOnlyText() throws {
        // Grouped (Cairo 1.17 and later), an SVG is one form XObject, counted as the figure's picture; not grouped
        // (Cairo 1.16, which marks the figure's paths itself), it is paths, and no picture is counted. Cairo 1.16
        // refuses a group inside a structure element ("invalid tag nesting"), so it is never asked to group.
        for grouped in LibraryVersions.cairoMarksOnlyText ? [true, false] : [false] {
            let pdf = try PDFDocument(size: Size(width: 300, height: 200), groupsVectorPictures: grouped)
            pdf.canvas.beginTag("Document")
            let written = FrameDrawer(canvas: pdf.canvas, tagged: true).draw(try Self.svgFigurePage())
            pdf.canvas.endTag("Document")
            pdf.canvas.showPage()
            let objects = try PDFObjects(try pdf.finish())
            #expect(written.pictures == [grouped ? [0] : []])
            let page = try #require(objects.pageNumbers().first)
            let content = try objects.decodedStream(try #require(objects.value(page)?["/Contents"]?.reference))
            let xobjects = objects.dictionary(objects.dictionary(objects.value(page)?["/Resources"])?["/XObject"]) ?? [:]
            let forms = FigureContent.paintings(content) { objects.dictionary(xobjects[$0])?["/Subtype"]?.name == "/Form" }.paintings
            #expect(forms.count == (grouped ? 1 : 0))
        }
    }
}
