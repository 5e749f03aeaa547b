import Foundation
import FolioLayout
import FolioModel
import FolioTestSupport
import Testing

/// The ALERT report's pages make sense: one cover, each `new-page` section opening its own page, no empty
/// page, and a length in line with its content.
@Suite("Page count")
struct PageCountTests {
    static let sectionsOnNewPages = [
        "New supports for survivors of human trafficking", "Internet Child Exploitation", "Human Trafficking",
        "Criminal Intelligence Service Alberta", "Organized crime and drugs", "Stolen vehicles and recovered assets",
        "Firearms",
    ]

    @Test func theReportHasASensibleNumberOfPages() throws {
        let (report, document) = try PageText.layout(TestSupport.alertSpec)
        // Cover, contents, then eight sections of one to three pages each.
        #expect((2 + Self.sectionsOnNewPages.count)...(2 + 3 * Self.sectionsOnNewPages.count) ~= document.pages.count,
                "\(document.pages.count) pages")
        #expect(document.pages.map(\.isCover) == [true] + Array(repeating: false, count: document.pages.count - 1))
        for (p, page) in document.pages.enumerated() where !page.isCover {
            #expect(!PageText.contentLines(page, report: report).isEmpty, "page \(p + 1) is empty")
            #expect(page.size == report.page.size)
        }
    }

    @Test func everyNewPageSectionOpensItsPage() throws {
        let (report, document) = try PageText.layout(TestSupport.alertSpec)
        var previous = 1
        for title in Self.sectionsOnNewPages {
            let entry = try #require(document.outline.first { $0.title == title }, "no outline entry `\(title)`")
            #expect(entry.level == 1)
            #expect(entry.pageIndex > previous, "`\(title)` does not start a page after the previous section")
            previous = entry.pageIndex
            // The page's first lines are the heading (a long one wraps).
            let lines = PageText.contentLines(document.pages[entry.pageIndex], report: report).sorted { $0.y < $1.y }
            let heading = lines.prefix { $0.inHeading }.map { $0.text.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            #expect(heading == title, "page \(entry.pageIndex + 1) starts with `\(lines.first?.text ?? "nothing")`")
        }
        // The short closing section does not take a page of its own: it follows the firearms charts.
        let closing = try #require(document.outline.first { $0.title == "Help make Alberta safer" })
        #expect(closing.pageIndex == document.pages.count - 1 && closing.pageIndex > previous && closing.y > report.page.size.height / 3)
        // The contents page comes before every section.
        let contents = PageText.lines(document.pages[1]).map(\.text)
        #expect(contents.contains("Contents"))
        for title in Self.sectionsOnNewPages { #expect(contents.contains(title), "contents misses `\(title)`") }
    }
}
