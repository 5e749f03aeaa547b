import FolioLayout
import FolioModel
import FolioTestSupport
import Testing

/// A table set tighter to fit keeps clear space between its columns (`theme.table.min-column-gap`): figures
/// grouped with spaces (`906 814 $` in French) must never read as one number across two columns.
@Suite("Column gap of a table set tighter")
struct TableColumnGapTests {
    /// The narrowest space between two neighbouring figures on one baseline of the document's tables.
    static func narrowestGap(_ document: LaidOutDocument) -> (gap: Double, between: String) {
        var narrowest = (gap: Double.infinity, between: "")
        for page in document.pages {
            let cells = PageText.lines(page).filter { line in
                line.tags.contains(.tableCell) && line.text.contains { $0.isNumber }
            }
            for row in Dictionary(grouping: cells, by: { ($0.y * 100).rounded() }).values {
                let sorted = row.sorted { $0.x < $1.x }
                for (a, b) in zip(sorted, sorted.dropFirst()) where b.x - (a.x + a.width) < narrowest.gap {
                    narrowest = (b.x - (a.x + a.width), "`\(a.text)` and `\(b.text)`")
                }
            }
        }
        return narrowest
    }

    @Test func theFrenchEditionsMoneyColumnsStandApart() throws {
        let (_, document) = try PageText.layout(TestSupport.root.appendingPathComponent(
            "ReportSpecs/alert-crime-organise-2023-2024-fr-CA.yaml").path)
        let narrowest = Self.narrowestGap(document)
        // The standard theme's gap (10 pt) is kept; before, the padding was halved and `906 814 $ 553 851 $`
        // stood 6 pt apart, little more than the spaces inside the figures.
        #expect(narrowest.gap >= 10 - 0.001, "\(narrowest.gap) pt between \(narrowest.between)")
        #expect(narrowest.gap < 40, "the table is tight: its closest columns sit near the minimum")
    }

    @Test("a theme's own gap is kept", arguments: [4.0, 16.0])
    func aThemesGapIsKept(gap: Double) throws {
        let columns = (1...7).map { "Q\($0)" }
        let csv = "metric," + columns.joined(separator: ",") + "\n"
            + (1...3).map { r in "Row \(r)," + columns.indices.map { "\"$\(r),\(($0 + 1) * 111),111\"" }.joined(separator: ",") }
                .joined(separator: "\n") + "\n"
        let (_, document) = try PageText.layout(yaml: """
            document: {title: Gaps, date: 2024-03-31, language: fr-CA}
            theme: {table: {padding-x: 10, min-column-gap: \(gap)}}
            data: {t: t.csv}
            content:
              - table: {data: t, caption: Tight}
            """, files: ["t.csv": csv])
        let narrowest = Self.narrowestGap(document)
        #expect(narrowest.gap >= gap - 0.001, "\(narrowest.gap) pt between \(narrowest.between)")
        #expect(narrowest.gap < 20, "the table is set tighter than its 20 pt padding")
    }
}
