import Foundation
import FolioLayout
import FolioModel
import FolioTestSupport
import Testing

/// Only the running header sits above the top margin and only the running footer below the bottom margin,
/// well clear of the content (footer baselines more than 12 pt below the margin); they say what the page is.
@Suite("Running header and footer")
struct RunningLinesTests {
    @Test func onlyTheFooterSitsBelowTheBottomMarginAndOnlyTheHeaderAboveTheTop() throws {
        let (report, document) = try PageText.layout(TestSupport.alertSpec)
        let m = report.page.margins
        let count = document.pages.count
        // Sections are the level-1 headings of the content: the outline also holds the cover's and the
        // contents' titles, which name no section.
        let sectionEntries = document.outline.filter { $0.level == 1 && !document.pages[$0.pageIndex].isCover && $0.title != "Contents" }
        let sections = Dictionary(sectionEntries.map { ($0.pageIndex, $0.title) }) { first, _ in first }
        var section = ""
        for (p, page) in document.pages.enumerated() {
            if let s = sections[p] { section = s }
            let lines = PageText.lines(page)
            let bottom = page.size.height - m.bottom
            let below = lines.filter { $0.y > bottom }
            let above = lines.filter { $0.y < m.top }
            if page.isCover {
                #expect(!lines.contains { $0.text.hasPrefix("Page ") }, "the cover has no footer")
                continue
            }
            var footer: Set<String> = ["Page \(p + 1) of \(count)"]
            if !section.isEmpty { footer.insert(section) }
            #expect(Set(below.map(\.text)) == footer, "page \(p + 1): below the bottom margin: \(below.map(\.text))")
            for line in below {
                #expect(line.y > bottom + 12, "page \(p + 1): footer `\(line.text)` is within 12 pt of the content")
                #expect(line.tags == [.artifact(.pagination)], "page \(p + 1): `\(line.text)` below the margin is not a pagination artifact")
            }
            #expect(Set(above.map(\.text)) == ["ALERT", "ALERT Annual Report 2023-24"],
                    "page \(p + 1): above the top margin: \(above.map(\.text))")
            // The footer's right part is right-aligned to the content box, the left part starts at the margin.
            let number = try #require(below.first { $0.text.hasPrefix("Page ") })
            #expect(abs(number.x + number.width - (page.size.width - m.right)) < 0.5)
            if let name = below.first(where: { $0.text == section }) { #expect(abs(name.x - m.left) < 0.5) }
        }
    }

    @Test func aReportWithoutRunningLinesHasNothingOutsideTheContentBox() throws {
        var csv = "metric,Q1\n"
        for i in 1...90 { csv += "ROW \(i),\(i)\n" }
        let (report, document) = try PageText.layout(yaml: """
            document: {title: Plain, date: 2024-03-31}
            data: {t: t.csv}
            content:
              - table: {data: t, caption: Rows}
            """, files: ["t.csv": csv])
        #expect(document.pages.count >= 2)
        let m = report.page.margins
        for (p, page) in document.pages.enumerated() {
            for line in PageText.lines(page) {
                #expect(line.y >= m.top && line.y <= page.size.height - m.bottom,
                        "page \(p + 1): `\(line.text)` outside the content box at y = \(line.y)")
            }
        }
    }
}
