import Foundation
import FolioLayout
import FolioModel
import FolioTestSupport
import Testing

/// A 120-row table with a totals row and a source note, started at many heights down the first page:
/// wherever it breaks, each page repeats the caption (with "(continued)") and the header, rows come
/// exactly once and in order, the totals row is never left alone, and the source note follows it.
@Suite("Table breaks")
struct TableBreakTests {
    static let csv: String = {
        var text = "metric,Q1,2023-24\n"
        for i in 1...120 { text += "ROW \(i),\(i),\(i)\n" }
        return text + "TOTALS,7260,7260\n"
    }()

    static func layout(paragraphsBefore: Int, source: Bool) throws -> (Report, LaidOutDocument) {
        let before = (0..<paragraphsBefore).map { "  - paragraph: Text before the table, paragraph \($0 + 1).\n" }.joined()
        let note = source ? ", source: \"Source: made up.\"" : ""
        return try PageText.layout(yaml: """
            document: {title: Break, date: 2024-03-31}
            data: {t: {file: t.csv, totals-row: TOTALS}}
            content:
            \(before)  - table: {data: t, caption: A long table\(note), totals: {row: TOTALS}}
            """, files: ["t.csv": Self.csv])
    }

    /// Indices of the pages holding body rows, and each one's content lines top to bottom.
    static func tablePages(_ report: Report, _ document: LaidOutDocument) -> [(index: Int, texts: [String])] {
        document.pages.indices.compactMap { p in
            let texts = PageText.contentLines(document.pages[p], report: report).sorted { $0.y < $1.y }.map(\.text)
            return texts.contains { $0.hasPrefix("ROW ") } ? (p, texts) : nil
        }
    }

    @Test("a long table breaks cleanly", arguments: [0, 7, 13, 21])
    func longTable(paragraphsBefore: Int) throws {
        let (report, document) = try Self.layout(paragraphsBefore: paragraphsBefore, source: true)
        let pages = Self.tablePages(report, document)
        #expect(pages.count >= 3, "120 rows span at least three pages")
        var rows: [String] = []
        for (n, page) in pages.enumerated() {
            let p = page.index, texts = page.texts
            let caption = n == 0 ? "A long table" : "A long table (continued)"
            let captionIndex = try #require(texts.firstIndex(of: caption), "page \(p + 1) has no `\(caption)`")
            let headerIndex = try #require(texts.firstIndex(of: "METRIC"), "page \(p + 1) has no header row")
            let firstRow = try #require(texts.firstIndex { $0.hasPrefix("ROW ") })
            #expect(captionIndex < headerIndex && headerIndex < firstRow, "page \(p + 1): caption, header, rows out of order")
            let pageRows = texts.filter { $0.hasPrefix("ROW ") }
            if n < pages.count - 1 {
                #expect(pageRows.count >= report.theme.table.minimumRowsAtBreak, "page \(p + 1) holds \(pageRows.count) rows")
            }
            rows += pageRows
        }
        #expect(rows == (1...120).map { "ROW \($0)" }, "every row exactly once, in order")
        let last = try #require(pages.last).texts
        let totals = try #require(last.firstIndex(of: "TOTALS"), "the totals row is not on the table's last page")
        #expect(last.firstIndex(of: "Source: made up.").map { $0 > totals } == true, "the source note follows the totals")
        #expect(document.pages.flatMap { PageText.lines($0) }.filter { $0.text == "TOTALS" }.count == 1)
        // One Table element from the table's first page to its last (its rows on later pages keep their
        // header cells); only it stays open across a page end, and every tag is closed by the end.
        var open: [StructureTag] = []
        var tables = 0
        for (p, page) in document.pages.enumerated() {
            for item in page.items {
                if case .beginTag(let tag) = item { open.append(tag); if tag == .table { tables += 1 } }
                if case .endTag = item { #expect(open.popLast() != nil, "page \(p + 1) closes a tag it never opened") }
            }
            #expect(open.allSatisfy { $0 == .table }, "page \(p + 1) leaves \(open) open")
        }
        #expect(open.isEmpty)
        #expect(tables == 1)
    }

    /// The table's last page carries at least `minimumRowsAtBreak` body rows above the totals.
    static func checkNoWidowedTotals(source: Bool) throws {
        var broke = Set<Int>()
        for paragraphs in 0...30 {
            let (report, document) = try layout(paragraphsBefore: paragraphs, source: source)
            let pages = tablePages(report, document)
            let rows = try #require(pages.last).texts.filter { $0.hasPrefix("ROW ") }.count
            broke.insert(rows)
            #expect(rows >= report.theme.table.minimumRowsAtBreak,
                    "\(paragraphs) paragraphs before\(source ? ", with a source note" : ""): the totals row ends a page with \(rows) body row")
        }
        #expect(broke.count > 3, "the sweep always broke the table the same way: it tests nothing")
    }

    @Test func theTotalsRowKeepsBodyRowsWithIt() throws {
        try Self.checkNoWidowedTotals(source: false)
    }

    /// The source note's lines follow the totals but are not body rows: they must not count toward the
    /// rows kept after a break.
    @Test func theTotalsRowKeepsBodyRowsWithItWhenThereIsASourceNote() throws {
        try Self.checkNoWidowedTotals(source: true)
    }
}
