import Foundation
import FolioLayout
import FolioModel
import FolioTestSupport
import Testing

/// Content that pushes against the page's width: every text line still starts at or after the left
/// margin and ends at or before the right one (half a point of slack for rounding).
@Suite("Content box under stress")
struct ContentBoxStressTests {
    static func checkInsideTheBox(_ report: Report, _ document: LaidOutDocument, _ label: String) {
        let m = report.page.margins
        for (p, page) in document.pages.enumerated() where !page.isCover {
            for line in PageText.contentLines(page, report: report) {
                #expect(line.x >= m.left - 0.5 && line.x + line.width <= page.size.width - m.right + 0.5,
                        "\(label), page \(p + 1): `\(line.text)` spans \(line.x)…\(line.x + line.width)")
            }
        }
    }

    @Test("wide figures in many columns", arguments: [4, 6])
    func wideTable(columns: Int) throws {
        try Self.checkWideTable(columns: columns)
    }

    // Seven or eight columns of `$334,093,020` are wider than the content box at the theme's setting (eight:
    // about 120 pt wider; the old engine drew the last two past the page's right edge and lost them).
    @Test
    func sevenAndEightWideColumns() throws {
        try Self.checkWideTable(columns: 7)
        try Self.checkWideTable(columns: 8)
    }

    static func checkWideTable(columns: Int) throws {
        let header = "metric," + (1...columns).map { "C\($0)" }.joined(separator: ",")
        let row = { (label: String) in label + "," + (1...columns).map { _ in "\"$334,093,020\"" }.joined(separator: ",") }
        let csv = [header, row("EST. VALUE OF DRUGS SEIZED"), row("PROCEEDS OF CRIME SEIZED")].joined(separator: "\n") + "\n"
        let (report, document) = try PageText.layout(yaml: """
            document: {title: Wide, date: 2024-03-31}
            data: {w: w.csv}
            content:
              - table: {data: w, caption: Wide figures}
            """, files: ["w.csv": csv])
        checkInsideTheBox(report, document, "\(columns) columns")
        // Every figure is printed whole.
        let texts = document.pages.flatMap { PageText.lines($0).map(\.text) }
        #expect(texts.filter { $0 == "$334,093,020" }.count == 2 * columns)
    }

    @Test func longWordsHeadingsAndCaptions() throws {
        let word = "Supercalifragilisticexpialidocious"
        let long = Array(repeating: word, count: 6).joined()
        let (report, document) = try PageText.layout(yaml: """
            document: {title: Long, date: 2024-03-31}
            content:
              - heading: "\(Array(repeating: "A long heading", count: 12).joined(separator: " "))"
              - paragraph: "\(long) and then ordinary words that wrap normally across the line."
              - quote: "\(Array(repeating: word, count: 20).joined(separator: " "))"
                by: "\(Array(repeating: "Someone", count: 30).joined(separator: " "))"
            """)
        Self.checkInsideTheBox(report, document, "long words")
    }
}
