import Foundation
import FolioCairo
import FolioLayout
import FolioModel
import FolioSpec
import FolioTestSupport
import Testing

/// A table too wide for the upright text block goes on landscape pages when the spec or theme allows it
/// (`landscape: auto`), before its columns are split; the flow returns to upright pages after it.
@Suite("Landscape tables")
struct LandscapeTableTests {
    static let letterUpright = Size(width: 612, height: 792)
    static let letterTurned = Size(width: 792, height: 612)

    /// A heading kept with a wide table, the table, and a paragraph after it.
    static func layout(columns: Int, table: String = "", theme: String = "", page: String = "") throws -> (Report, LaidOutDocument) {
        let rows = ["Atlantic Canada", "Quebec", "Ontario"]
        return try PageText.layout(yaml: """
            document: {title: Wide, date: 2024-03-31}
            \(theme)\(page)page: {header: {left: "{title}"}, footer: {right: "Page {page} of {pages}"}}
            data: {w: w.csv}
            content:
              - paragraph: Before the table.
              - heading: Spending
              - table: {data: w, caption: Spending by region, source: "Source: test."\(table)}
              - paragraph: After the table.
            """, files: ["w.csv": WideTableTests.csv(columns: columns, rows: rows)])
    }

    static func texts(_ page: PageFrame) -> [String] { PageText.lines(page).map(\.text) }

    /// Index of the first page holding a line with `text`.
    static func page(of text: String, in document: LaidOutDocument) -> Int? {
        document.pages.firstIndex { texts($0).contains(text) }
    }

    @Test func aTableThatWouldSplitGoesOnALandscapePageWholeWithItsHeading() throws {
        // Twelve columns split upright and fit a landscape page whole (thirteen no longer do: 10 pt column gaps).
        let (report, document) = try Self.layout(columns: 12, table: ", landscape: auto")
        ContentBoxStressTests.checkInsideTheBox(report, document, "12 columns, landscape")
        let tablePage = try #require(Self.page(of: "Spending by region", in: document))
        #expect(document.pages[tablePage].size == Self.letterTurned)
        // Whole: one caption, no "(continued)", every figure once.
        let all = document.pages.flatMap(Self.texts)
        #expect(all.filter { $0.hasPrefix("Spending by region") } == ["Spending by region"])
        for r in 1...3 { for c in 1...12 { #expect(all.filter { $0 == WideTableTests.figure(row: r, column: c) }.count == 1) } }
        // The heading went with its table; the text before and after stays on upright pages.
        let headingPage = document.pages.firstIndex { page in
            PageText.lines(page).contains { $0.text.hasSuffix("Spending") && $0.tags.contains(.heading(level: 1)) }
        }
        #expect(headingPage == tablePage)
        let before = try #require(Self.page(of: "Before the table.", in: document))
        let after = try #require(Self.page(of: "After the table.", in: document))
        #expect(before < tablePage && after > tablePage)
        #expect(document.pages[before].size == Self.letterUpright && document.pages[after].size == Self.letterUpright)
    }

    @Test func runningLinesSitOnTheLandscapePagesOwnEdges() throws {
        let (report, document) = try Self.layout(columns: 13, table: ", landscape: auto")
        let tablePage = try #require(Self.page(of: "Spending by region", in: document))
        let page = document.pages[tablePage]
        let footer = try #require(PageText.lines(page).first { $0.text.hasPrefix("Page ") })
        let m = report.page.margins
        // Right-aligned to the turned text block, below it, on the sheet.
        #expect(abs(footer.x + footer.width - (page.size.width - m.right)) < 0.5)
        #expect(footer.y > page.size.height - m.bottom && footer.y < page.size.height)
        #expect(footer.text == "Page \(tablePage + 1) of \(document.pages.count)")
    }

    @Test func withoutLeaveTheTableIsSplitOnUprightPages() throws {
        let (_, document) = try Self.layout(columns: 13)
        #expect(document.pages.allSatisfy { $0.size == Self.letterUpright })
        let captions = document.pages.flatMap(Self.texts).filter { $0.hasPrefix("Spending by region") }
        #expect(captions.count >= 2)
    }

    @Test func theThemeCanAllowItForEveryTable() throws {
        let (_, document) = try Self.layout(columns: 13, theme: "theme: {table: {landscape: auto}}\n")
        #expect(document.pages.contains { $0.size == Self.letterTurned })
        // A table's own setting wins over the theme's.
        let (_, upright) = try Self.layout(columns: 13, table: ", landscape: never", theme: "theme: {table: {landscape: auto}}\n")
        #expect(upright.pages.allSatisfy { $0.size == Self.letterUpright })
    }

    @Test func autoLeavesATableThatFitsUprightWhereItIs() throws {
        // Eight columns fit upright set tighter (see WideTableTests): no page is turned for them.
        let (_, document) = try Self.layout(columns: 8, table: ", landscape: auto")
        #expect(document.pages.allSatisfy { $0.size == Self.letterUpright })
    }

    @Test func alwaysTurnsEvenANarrowTable() throws {
        let (_, document) = try Self.layout(columns: 2, table: ", landscape: always")
        let tablePage = try #require(Self.page(of: "Spending by region", in: document))
        #expect(document.pages[tablePage].size == Self.letterTurned)
        #expect(document.pages.filter { $0.size == Self.letterTurned }.count == 1)
    }

    @Test func aTableTooWideEvenTurnedIsSplitAcrossLandscapePages() throws {
        let (report, document) = try Self.layout(columns: 40, table: ", landscape: auto")
        ContentBoxStressTests.checkInsideTheBox(report, document, "40 columns, landscape")
        let turned = document.pages.filter { $0.size == Self.letterTurned }
        let captions = turned.flatMap(Self.texts).filter { $0.hasPrefix("Spending by region") }
        #expect(captions.count >= 2 && captions.dropFirst().allSatisfy { $0 == "Spending by region (continued)" })
        // Fewer parts than upright.
        let (_, upright) = try Self.layout(columns: 40)
        let uprightParts = upright.pages.flatMap(Self.texts).filter { $0.hasPrefix("Spending by region") }.count
        #expect(captions.count < uprightParts)
        let all = document.pages.flatMap(Self.texts)
        for r in 1...3 { for c in 1...40 { #expect(all.filter { $0 == WideTableTests.figure(row: r, column: c) }.count == 1) } }
    }

    @Test func aDocumentAlreadyLandscapeHasNoOtherWayToTurn() throws {
        let (_, document) = try Self.layout(columns: 13, table: ", landscape: always", page: "")
        #expect(document.pages.contains { $0.size == Self.letterTurned })
        let (_, wide) = try PageText.layout(yaml: """
            document: {title: Wide, date: 2024-03-31}
            page: {size: {width: 11in, height: 8.5in}}
            data: {w: w.csv}
            content:
              - table: {data: w, caption: Spending, landscape: always}
            """, files: ["w.csv": WideTableTests.csv(columns: 3, rows: ["Quebec"])])
        #expect(wide.pages.allSatisfy { $0.size == Self.letterTurned })
    }

    @Test func anUnknownSettingIsALocatedErrorWithASuggestion() throws {
        let dir = try TestSupport.temporaryDirectory()
        try TestSupport.write(WideTableTests.csv(columns: 3, rows: ["Quebec"]), to: "w.csv", in: dir)
        let spec = try TestSupport.write("""
            document: {title: Wide, date: 2024-03-31}
            data: {w: w.csv}
            content:
              - table: {data: w, landscape: atuo}
            """, to: "spec.yaml", in: dir)
        let error = #expect(throws: SpecError.self) { try SpecReader().read(path: spec.path) }
        let d = try #require(error?.diagnostics.first)
        #expect(d.location.line == 4 && d.location.column == 33, "\(d.location)")
        #expect(d.message.contains("landscape"))
        #expect(d.suggestion?.contains("auto") == true)
    }

    @Test func theFitErrorSuggestsTurningWhereThatIsNotAllowed() throws {
        let dir = try TestSupport.temporaryDirectory()
        try TestSupport.write(WideTableTests.csv(columns: 3, rows: ["Atlantic Canada"]), to: "w.csv", in: dir)
        let spec = try TestSupport.write("""
            document: {title: Narrow, date: 2024-03-31}
            page: {size: {width: 2in, height: 4in}, margins: 0.5in}
            data: {w: w.csv}
            content:
              - table: {data: w}
            """, to: "spec.yaml", in: dir)
        let loaded = try SpecReader().read(path: spec.path)
        let problems = LayoutEngine(shaper: TextEngine()).tableFitProblems(loaded.report)
        #expect(problems.first?.suggestion.contains("landscape: auto") == true)
    }
}
