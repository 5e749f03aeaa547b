import Foundation
import FolioCairo
import FolioLayout
import FolioModel
import FolioSpec
import FolioTestSupport
import Testing

/// `columns`: text flowing through 2 or 3 columns and from page to page, balanced where it ends, each
/// column inside its share of the text block, blocks kept to one column where they must be.
@Suite("Columns")
struct ColumnsTests {
    static let spec = TestSupport.root.appendingPathComponent("Tests/FolioLayoutTests/Specs/columns.yaml").path

    /// The body lines of a page between the lead paragraph and the text after the columns, by column.
    static func columns(_ page: PageFrame, report: Report, count: Int) -> [[PlacedLine]] {
        let m = report.page.margins
        let width = page.size.width - m.left - m.right
        let columnWidth = (width - Double(count - 1) * 12) / Double(count)
        let lines = PageText.contentLines(page, report: report).filter { $0.tags.first == .division }
        return (0..<count).map { c in
            let x0 = m.left + Double(c) * (columnWidth + 12)
            return lines.filter { $0.x >= x0 - 0.5 && $0.x < x0 + columnWidth }
        }
    }

    @Test func twoColumnsFlowToTheNextPageAndEndBalanced() throws {
        let (report, document) = try PageText.layout(Self.spec)
        #expect(document.pages.count == 3)
        let m = report.page.margins
        let width = report.page.size.width - m.left - m.right
        let columnWidth = (width - 12) / 2
        for index in 0..<2 {
            let columns = Self.columns(document.pages[index], report: report, count: 2)
            #expect(columns.allSatisfy { !$0.isEmpty }, "page \(index + 1) has an empty column")
            for (c, lines) in columns.enumerated() {
                let x0 = m.left + Double(c) * (columnWidth + 12)
                #expect(lines.allSatisfy { $0.x + $0.width <= x0 + columnWidth + 0.5 }, "page \(index + 1): a line leaves column \(c + 1)")
            }
            // Where the columns end (page 2) they are balanced to within a line (and the space between two
            // paragraphs, when a column ends at one); a full page's within two lines (a break kept out of a
            // quote or off a widow).
            let bottoms = columns.map { $0.map(\.y).max() ?? 0 }
            let body = report.theme.style(StyleName.body)
            let tolerance = index == 1 ? body.lineHeight + body.spaceAfter : 2 * body.lineHeight
            #expect(abs(bottoms[0] - bottoms[1]) <= tolerance + 0.5, "page \(index + 1): columns end at \(bottoms)")
        }
    }

    @Test func threeColumnsOfAShortBlockAreBalanced() throws {
        let (report, document) = try PageText.layout(Self.spec)
        let columns = Self.columns(document.pages[2], report: report, count: 3)
        let counts = columns.map(\.count)
        #expect(counts.allSatisfy { $0 >= 2 } && (counts.max() ?? 0) - (counts.min() ?? 0) <= 1, "\(counts)")
        let after = try #require(PageText.lines(document.pages[2]).first { $0.text.hasPrefix("After the columns") })
        #expect(columns.joined().allSatisfy { $0.y < after.y })
    }

    @Test func theTextReadsInOrderAndBlocksStayWhole() throws {
        let (_, document) = try PageText.layout(Self.spec)
        let text = document.pages.flatMap(PageText.lines).map(\.text).joined(separator: " ")
        let order = ["The city's summers", "June began cool", "It was the kind", "The heat came back", "35.0", "Nights stayed warm",
                     "July ended", "Evening light", "August was", "On August 31", "Climate scientists", "About the data",
                     "A day's high", "The numbers in this report", "Weather records", "The summer of 2015 has"]
        let positions = order.map { text.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(zip(positions, positions.dropFirst()).allSatisfy { a, b in (a ?? text.startIndex) < (b ?? text.startIndex) }, "out of reading order")
        // The quote's lines are in one column, and each block is its own element inside the Div.
        let quote = document.pages[0].items.filter { if case .beginTag(.blockQuote) = $0 { return true } else { return false } }
        #expect(quote.count == 1)
    }

    @Test func onlyBlocksThatKeepToAColumnGoInColumns() throws {
        for (block, message) in [("- heading: Title", "a `heading` cannot go in columns"),
                                 ("- table: {data: d}", "a `table` cannot go in columns")] {
            let yaml = "document: {title: C, date: 2026-01-01}\ncontent:\n  - columns:\n      \(block)\n"
            let e = #expect(throws: SpecError.self) { try SpecReader().read(yaml: yaml, path: "/tmp/c.yaml") }
            #expect(e?.diagnostics.first.map { "\($0.location.line):\($0.location.column): \($0.message)" } == "4:9: \(message)")
        }
        let four = "document: {title: C, date: 2026-01-01}\ncontent:\n  - columns:\n      - paragraph: A\n    count: 4\n"
        let e = #expect(throws: SpecError.self) { try SpecReader().read(yaml: four, path: "/tmp/c.yaml") }
        #expect(e?.diagnostics.first?.location.line == 5)
    }

    @Test func notesMarkedInAColumnAreSetAcrossTheFootOfTheirPage() throws {
        let (report, document) = try PageText.layout(Self.spec)
        let m = report.page.margins
        for (index, number) in [(0, "1"), (1, "2")] {
            let page = document.pages[index]
            let notes = PageText.lines(page).filter { $0.tags.contains(.note) }
            let numbered = try #require(notes.first { $0.text == number }, "note \(number) is not on page \(index + 1)")
            let text = try #require(notes.first { $0.y == numbered.y && $0.text != number })
            #expect(text.x + text.width > m.left + (page.size.width - m.left - m.right) / 2, "the note is set across the text block")
            let body = PageText.contentLines(page, report: report).filter { !$0.tags.contains(.note) }
            #expect(body.allSatisfy { $0.y < numbered.y - 10 }, "page \(index + 1): text runs into the notes")
        }
    }

    @Test func theFirstPageMatchesItsGolden() throws {
        try PageText.expectFirstPageGolden(Self.spec, named: "columns-page-1")
    }

    @Test func theBuiltPDFPassesThePDFUAChecks() throws {
        try PageText.expectBuiltPDFPassesChecks(Self.spec)
    }
}
