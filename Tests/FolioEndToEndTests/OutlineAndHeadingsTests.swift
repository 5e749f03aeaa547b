import Foundation
import FolioTestSupport
import Testing

/// A reader who navigates by bookmarks and one who navigates by headings get the same list: every committed
/// PDF's outline has, in order, the titles of its heading elements (H1 to H6, the cover's and the contents'
/// titles among them) and goes to the pages they are on. `folio check --pdf` checks the same, and fails a
/// file where they differ.
@Suite("The outline and the headings agree")
struct OutlineAndHeadingsTests {
    /// Titles compared as read, runs of white space as one space (a wrapped line's space is its own span).
    static func key(_ title: String) -> String { title.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    @Test(arguments: try ConformanceTests.committedPDFs())
    func theOutlineListsTheHeadings(_ pdf: URL) throws {
        let structure = try PDFStructure(pdf)
        let headings = structure.elements.filter { $0.type.count == 2 && $0.type.hasPrefix("H") && $0.type != "H" }
        #expect(!headings.isEmpty, "\(pdf.lastPathComponent) has no headings")
        let bookmarks = structure.outline.map { "\(Self.key($0.title)) p\(($0.page ?? -1) + 1)" }
        let elements = headings.map { "\(Self.key($0.text)) p\(($0.page ?? -1) + 1)" }
        #expect(bookmarks == elements, "\(pdf.lastPathComponent)")
    }

    /// The ALERT report's bookmarks start with its cover title and contents, then its sections.
    @Test func theCoverAndTheContentsAreBookmarked() throws {
        let structure = try PDFStructure(TestSupport.root.appendingPathComponent("Output/alert-annual-report-2023-24.pdf"))
        #expect(structure.outline.prefix(3).map(\.description)
                == ["1 Annual Report 2023-24 p1", "1 Contents p2", "1 New supports for survivors of human trafficking p3"])
    }

    /// A bookmark renamed (the same length, so the file stays sound) fails the check, naming both titles.
    @Test func aBookmarkThatDiffersFailsTheCheck() throws {
        let dir = try TestSupport.temporaryDirectory()
        let original = TestSupport.root.appendingPathComponent("Output/us-employment-2006-2015.pdf")
        let editable = dir.appendingPathComponent("qdf.pdf"), broken = dir.appendingPathComponent("broken.pdf")
        #expect(try TestSupport.run("qpdf", ["--qdf", "--object-streams=disable", original.path, editable.path]).status == 0)
        let title = try #require(try PDFStructure(original).outline.last?.title)
        var bytes = try Data(contentsOf: editable)
        let from = Data("/Title (\(title))".utf8), to = Data("/Title (\(String(title.reversed())))".utf8)
        let range = try #require(bytes.range(of: from), "no `/Title (\(title))` in the qdf file")
        bytes.replaceSubrange(range, with: to)
        try bytes.write(to: editable)
        #expect(try TestSupport.run("qpdf", [editable.path, broken.path]).status == 0)
        let check = try TestSupport.run(TestSupport.folio, ["check", "--pdf", broken.path], currentDirectory: TestSupport.root)
        #expect(check.status == 1)
        #expect(check.stderr.contains("the outline (") && check.stderr.contains(String(title.reversed())) && check.stderr.contains(title),
                "\(check.stderr)")
    }
}
