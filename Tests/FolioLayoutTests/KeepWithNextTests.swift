import Foundation
import FolioLayout
import FolioModel
import FolioTestSupport
import Testing

/// A heading is never the last text on a page: it moves to the next page with what follows it.
/// Checked on the text itself (the bottom-most line of each page's content), on the real report and on
/// specs that slide a heading down a page one filler line at a time, so that without keep-with-next some
/// heading would land at the bottom of a page.
@Suite("Keep with next")
struct KeepWithNextTests {
    /// The bottom-most line of a page's content must not belong to a heading.
    static func checkNoPageEndsWithAHeading(_ report: Report, _ document: LaidOutDocument, _ label: String) {
        for (p, page) in document.pages.enumerated() where !page.isCover {
            guard let last = PageText.contentLines(page, report: report).max(by: { $0.y < $1.y }) else { continue }
            #expect(!last.inHeading, "\(label): page \(p + 1) ends with the heading `\(last.text)`")
        }
    }

    @Test func theALERTReportHasNoHeadingAtTheFootOfAPage() throws {
        let (report, document) = try PageText.layout(TestSupport.alertSpec)
        Self.checkNoPageEndsWithAHeading(report, document, "ALERT")
    }

    /// What follows the heading in each sliding spec, and how its first text line starts.
    static let followers: [(name: String, yaml: String, firstLine: String)] = [
        ("paragraph", "  - paragraph: The text that belongs under the heading, long enough to wrap onto a second line when it is set in the body style across the page.\n", "The text that"),
        ("table", "  - table: {data: t, caption: Under the heading}\n", "Under the heading"),
        ("quote", "  - quote: A quotation that belongs under the heading.\n    by: Someone\n", "A quotation"),
        ("heading", "  - heading: A second heading\n    level: 3\n  - paragraph: Then text.\n", "A second heading"),
        ("figures", "  - figures:\n      - {value: \"17\", label: people helped}\n      - {value: \"203\", label: children rescued}\n", "17"),
        ("chart", "  - chart: c\n", "A chart"),
        ("long table", "  - table: {data: long, caption: A table that breaks}\n", "A table that breaks"),
    ]

    @Test("a heading slid down the page moves with what follows it", arguments: followers.map(\.name))
    func slidingHeading(_ follower: String) throws {
        let after = try #require(Self.followers.first { $0.name == follower })
        let csv = "metric,Q1,Q2\n" + (1...6).map { "ROW \($0),\($0),\($0)\n" }.joined()
        let long = "metric,Q1,Q2\n" + (1...70).map { "ROW \($0),\($0),\($0)\n" }.joined()
        let charts = "charts:\n  - {id: c, type: bar, title: A chart, data: t, rows: [ROW 1], columns: [Q1, Q2], height: 120pt}\n"
        var endedOnAPage = false
        for filler in 20...62 {
            let fill = (1...filler).map { "  - paragraph: Filler line \($0).\n" }.joined()
            let yaml = "document: {title: K, date: 2024-03-31}\ndata: {t: t.csv, long: long.csv}\n" + charts + "content:\n" + fill
                + "  - heading: The heading\n    level: 2\n" + after.yaml
            let (report, document) = try PageText.layout(yaml: yaml, files: ["t.csv": csv, "long.csv": long])
            Self.checkNoPageEndsWithAHeading(report, document, "\(filler) filler lines, then a \(follower)")
            // The heading is on the same page as the first line of what follows it.
            func page(_ matches: @escaping (String) -> Bool) -> Int? {
                document.pages.firstIndex { PageText.lines($0).contains { matches($0.text) } }
            }
            let headingPage = page { $0 == "The heading" }
            let followerPage = page { $0.hasPrefix(after.firstLine) }
            let lastFillerPage = page { $0 == "Filler line \(filler)." }
            #expect(headingPage != nil && headingPage == followerPage,
                    "\(filler) filler lines: the heading is on page \(headingPage.map { $0 + 1 } ?? 0), the \(follower) on \(followerPage.map { $0 + 1 } ?? 0)")
            if let headingPage, let lastFillerPage, headingPage > lastFillerPage { endedOnAPage = true }
        }
        #expect(endedOnAPage, "the sliding never pushed the heading onto the next page: the test proves nothing")
    }

    /// A spacer between a heading and its text joins the heading's space below: keep-with-next looks across it.
    @Test func aHeadingFollowedByASpacerStillMovesWithTheText() throws {
        // A spacer between a heading and its text must not detach them.
        for filler in 20...62 {
            let fill = (1...filler).map { "  - paragraph: Filler line \($0).\n" }.joined()
            let yaml = "document: {title: K, date: 2024-03-31}\ncontent:\n" + fill
                + "  - heading: The heading\n    level: 2\n  - spacer: 6pt\n"
                + "  - paragraph: The text that belongs under the heading, long enough to wrap onto a second line when it is set in the body style.\n"
            let (report, document) = try PageText.layout(yaml: yaml)
            Self.checkNoPageEndsWithAHeading(report, document, "\(filler) filler lines, heading, spacer")
        }
    }
}
