import Foundation
import FolioCairo
import FolioLayout
import FolioModel
import FolioSpec
import FolioTestSupport
import Testing

/// The annual-report page blocks together in one spec: cover logo, contents, section openers (full-bleed
/// bands, no running header on their page), a row with a chart, a box, columns, an image, footnotes and
/// hyphenation; every page against its golden frame dump.
@Suite("Annual report pages")
struct AnnualReportPagesTests {
    static let spec = TestSupport.root.appendingPathComponent("Tests/FolioLayoutTests/Specs/annual-report-pages.yaml").path

    @Test("page matches its golden", arguments: [1, 2, 3, 4])
    func page(_ number: Int) throws {
        let (_, document) = try PageText.layout(Self.spec)
        try #require(document.pages.count == 4)
        try ChartLayoutTests.expectGolden(FrameDump.describe(document.pages[number - 1]), named: "annual-report-pages-\(number)")
    }

    @Test func anOpenerBandRunsToThePaperEdgesAndReplacesTheRunningHeader() throws {
        let (report, document) = try PageText.layout(Self.spec)
        for index in [2, 3] {
            let page = document.pages[index]
            let band = page.items.compactMap { item -> Rect? in
                if case .fill(let r, let c) = item, c == report.theme.colors.primary { return r } else { return nil }
            }.first
            let b = try #require(band, "page \(index + 1) has no band")
            #expect(b.x == 0 && b.y == 0 && b.width == page.size.width && b.height > report.page.margins.top + 100)
            let lines = PageText.lines(page)
            #expect(lines.filter { $0.tags.contains(.artifact(.pagination)) }.allSatisfy { $0.y > page.size.height / 2 },
                    "page \(index + 1) keeps only its footer")
            let title = try #require(lines.first { $0.tags.contains(.heading(level: 1)) })
            #expect(title.y < b.maxY, "the section title is in the band")
            // The text after the opener starts below the band.
            #expect(lines.filter { $0.tags.contains(.paragraph()) && !$0.tags.contains(.artifact(.pagination)) && $0.y > b.maxY }.count > 3)
        }
        // The header (its logo) is on the contents page, and not on the openers' pages.
        func headerLogos(_ page: PageFrame) -> Int {
            page.items.filter { if case .image(let p) = $0 { return p.rect.y < report.page.margins.top } else { return false } }.count
        }
        #expect(headerLogos(document.pages[1]) == 1 && headerLogos(document.pages[2]) == 0 && headerLogos(document.pages[3]) == 0)
    }

    @Test func theContentsListsTheOpenersWithTheirPages() throws {
        let (_, document) = try PageText.layout(Self.spec)
        let text = PageText.lines(document.pages[1]).map(\.text)
        #expect(text.contains("Iowa's electricity") && text.contains("Seattle's summer") && text.contains("3") && text.contains("4"))
        let sections = document.outline.filter { $0.title == "Iowa's electricity" || $0.title == "Seattle's summer" }
        #expect(sections.map(\.title) == ["Iowa's electricity", "Seattle's summer"] && sections.map(\.pageIndex) == [2, 3])
    }

    @Test func onlyASectionHeadingOpensAndIntroNeedsAnOpener() throws {
        for (block, message) in [("- heading: T\n    level: 2\n    opener: true", "6:13: only a section heading (level 1) can be an opener"),
                                 ("- heading: T\n    intro: Words", "5:12: `intro` is the text of an opener")] {
            let yaml = "document: {title: O, date: 2026-01-01}\ncontent:\n  - paragraph: x\n  \(block)\n"
            let e = #expect(throws: SpecError.self) { try SpecReader().read(yaml: yaml, path: "/tmp/o.yaml") }
            #expect(e?.diagnostics.first.map { "\($0.location.line):\($0.location.column): \($0.message)" } == message)
        }
    }

    @Test func theBuiltPDFPassesThePDFUAChecks() throws {
        try PageText.expectBuiltPDFPassesChecks(Self.spec)
    }
}

/// `theme.sections.new-page`: every section starts a page; without it only those the spec asks.
@Suite("Sections on new pages")
struct SectionPageTests {
    static func pages(_ theme: String) throws -> [Int] {
        let yaml = """
        document: {title: S, date: 2026-01-01}
        \(theme)
        content:
          - heading: One
          - paragraph: First section.
          - heading: Two
          - paragraph: Second section.
          - heading: Three
            level: 2
          - paragraph: A subsection stays.
        """
        let (_, document) = try PageText.layout(yaml: yaml)
        return document.outline.map(\.pageIndex)
    }

    @Test func theThemeStartsEverySectionOnANewPage() throws {
        #expect(try Self.pages("") == [0, 0, 0])
        #expect(try Self.pages("theme: {sections: {new-page: true}}") == [0, 1, 1])
    }
}
