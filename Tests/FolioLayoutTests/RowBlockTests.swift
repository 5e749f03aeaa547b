import Foundation
import FolioCairo
import FolioLayout
import FolioModel
import FolioSpec
import FolioTestSupport
import Testing

/// `row`: blocks side by side on the theme's 12-column grid — two charts, text beside a chart, key figures
/// beside a quote — kept together, inside the margins, never overlapping, each in its own structure element;
/// stacked on a page too narrow for the columns.
@Suite("Row blocks")
struct RowBlockTests {
    static let spec = TestSupport.root.appendingPathComponent("Tests/FolioLayoutTests/Specs/row-blocks.yaml").path

    /// Boxes of the text lines of a page: (text, x from, x to, baseline).
    static func lines(_ page: PageFrame) -> [PlacedLine] { PageText.lines(page) }

    @Test func blocksSitSideBySideInTheirColumnsWithinTheMargins() throws {
        let (report, document) = try PageText.layout(Self.spec)
        #expect(document.pages.count == 1)
        let page = try #require(document.pages.first)
        let m = report.page.margins
        let width = page.size.width - m.left - m.right
        let unit = (width - 11 * 12) / 12
        let lines = Self.lines(page)
        for line in lines where line.y > m.top && line.y < page.size.height - m.bottom {
            #expect(line.x >= m.left - 0.5 && line.x + line.width <= page.size.width - m.right + 0.5, "`\(line.text)` runs past the margins")
        }
        // The two chart captions of the first row start at the two halves; the text of the second row keeps
        // to its 5 columns and the chart beside it starts after them and a gutter.
        let captions = lines.filter { $0.text == "Children rescued by quarter" || $0.text == "File intakes by quarter" }
        #expect(captions.count == 3)
        let first = try #require(captions.first), second = try #require(captions.dropFirst().first)
        #expect(abs(first.x - m.left) < 0.5 && abs(second.x - (m.left + 6 * unit + 6 * 12)) < 0.5 && abs(first.y - second.y) < 0.5)
        let beside = lines.filter { $0.tags.contains(.paragraph()) && $0.text.contains("ALERT") }
        #expect(!beside.isEmpty && beside.allSatisfy { $0.x + $0.width <= m.left + 5 * unit + 4 * 12 + 0.5 }, "the text leaves its 5 columns")
        let third = try #require(captions.last)
        #expect(abs(third.x - (m.left + 5 * unit + 5 * 12)) < 0.5)
        // The paragraph after the rows comes below all of them.
        let after = try #require(lines.first { $0.text == "After the rows." })
        #expect(lines.filter { $0.text != "After the rows." && $0.y > m.top + 20 }.allSatisfy { $0.y < after.y })
    }

    /// A changed layout of the rows fails here with the file to compare; re-record with
    /// `FOLIO_RECORD_GOLDENS=1 swift test` after looking at the page.
    @Test func theRowsPageMatchesItsGolden() throws {
        try PageText.expectFirstPageGolden(Self.spec, named: "row-blocks-page-1")
    }

    @Test func theBuiltPDFPassesThePDFUAChecks() throws {
        try PageText.expectBuiltPDFPassesChecks(Self.spec)
    }

    @Test func noTwoLinesOverlap() throws {
        let (_, document) = try PageText.layout(Self.spec)
        for page in document.pages {
            let lines = Self.lines(page)
            for (i, a) in lines.enumerated() {
                for b in lines[(i + 1)...] where abs(a.y - b.y) < 6 && a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 {
                    Issue.record("`\(a.text)` overlaps `\(b.text)`")
                }
            }
        }
    }

    @Test func eachBlockOfARowIsItsOwnElementInsideADiv() throws {
        let (_, document) = try PageText.layout(Self.spec)
        let lines = Self.lines(try #require(document.pages.first))
        let quote = try #require(lines.first { $0.text.hasPrefix("Together") })
        #expect(quote.tags.first == .division && quote.tags.contains(.blockQuote()), "\(quote.tags)")
        let figure = try #require(lines.first { $0.text == "203" })
        #expect(figure.tags.first == .division)
    }

    @Test func aPageTooNarrowForTheColumnsStacksTheBlocks() throws {
        let yaml = try String(contentsOfFile: Self.spec, encoding: .utf8)
            .replacingOccurrences(of: "document: {title: Row test, date: 2024-01-01}",
                                  with: "document: {title: Row test, date: 2024-01-01}\npage: {size: {width: 4in, height: 9in}, margins: 0.5in}")
            .replacingOccurrences(of: "../../../ReportSpecs/data/ice.csv", with: TestSupport.root.appendingPathComponent("ReportSpecs/data/ice.csv").path)
        let (report, document) = try PageText.layout(yaml: yaml)
        let lines = document.pages.flatMap { Self.lines($0) }
        let captions = lines.filter { $0.text == "Children rescued by quarter" }
        #expect(captions.allSatisfy { abs($0.x - report.page.margins.left) < 0.5 }, "stacked blocks start at the margin")
    }

    @Test("what a row cannot hold, and spans that do not fit the grid, are located errors", arguments: [
        ("  - row:\n      - table: {data: d}\n      - paragraph: x\n", "a `table` cannot go in a row", 5),
        ("  - row:\n      - paragraph: x\n", "a row holds 2 to 4 blocks", 5),
        ("  - row:\n      - paragraph: x\n      - paragraph: y\n    spans: [8, 8]\n", "adding up to at most 12", 7),
    ])
    func errors(content: String, message: String, line: Int) throws {
        let dir = try TestSupport.temporaryDirectory()
        try TestSupport.write("name,v\nA,1\n", to: "d.csv", in: dir)
        let path = try TestSupport.write("document: {title: T, date: 2024-01-01}\ndata: {d: d.csv}\ncontent:\n" + content, to: "s.yaml", in: dir).path
        let error = #expect(throws: SpecError.self) { _ = try SpecReader().read(path: path) }
        let d = try #require(error?.diagnostics.first { $0.message.contains(message) }, "\(error?.diagnostics.map(\.message) ?? [])")
        #expect(d.location.line == line, "\(d)")
    }
}
