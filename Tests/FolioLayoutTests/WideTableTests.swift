import Foundation
import FolioCairo
import FolioLayout
import FolioModel
import FolioSpec
import FolioTestSupport
import Testing

/// A table wider than the text block keeps every column: set tighter, smaller, or split into parts that
/// repeat the label columns; an error at the table's place in the spec when even that cannot fit.
@Suite("Wide tables")
struct WideTableTests {
    /// A data set with two label columns (`region`, `unit`) and `columns` figure columns, every figure distinct.
    static func csv(columns: Int, rows: [String]) -> String {
        let header = "region,unit," + (1...columns).map { "Y\($0)" }.joined(separator: ",")
        let lines = rows.enumerated().map { r, name in
            name + ",Unit \(r + 1)," + (1...columns).map { "\"\(figure(row: r + 1, column: $0))\"" }.joined(separator: ",")
        }
        return ([header] + lines).joined(separator: "\n") + "\n"
    }

    /// `$1,013,013`: row 1, column 13; a distinct figure in every cell.
    static func figure(row: Int, column: Int) -> String {
        "$\(row),\(String(format: "%03d", column)),\(String(format: "%03d", column))"
    }

    static func layout(columns: Int, page: String = "") throws -> (Report, LaidOutDocument, [String]) {
        let rows = ["Atlantic Canada", "Quebec", "Ontario"]
        let (report, document) = try PageText.layout(yaml: """
            document: {title: Wide, date: 2024-03-31}
            \(page)data: {w: w.csv}
            content:
              - table: {data: w, caption: Spending by region, source: "Source: test."}
            """, files: ["w.csv": csv(columns: columns, rows: rows)])
        return (report, document, document.pages.flatMap { PageText.lines($0).map(\.text) })
    }

    @Test("every figure printed exactly once, inside the margins", arguments: [13, 200])
    func everyFigureOnce(columns: Int) throws {
        let (report, document, texts) = try Self.layout(columns: columns)
        ContentBoxStressTests.checkInsideTheBox(report, document, "\(columns) columns")
        for r in 1...3 {
            for c in 1...columns {
                let figure = Self.figure(row: r, column: c)
                #expect(texts.filter { $0 == figure }.count == 1, "`\(figure)` (row \(r), column \(c))")
            }
        }
        #expect(texts.filter { $0 == "Source: test." }.count == 1)
    }

    @Test func aSplitRepeatsTheLabelColumnsUnderContinuedCaptions() throws {
        let (_, _, texts) = try Self.layout(columns: 20)
        let parts = texts.filter { $0.hasPrefix("Spending by region") }
        #expect(parts.count >= 2, "20 figure columns do not fit one Letter text block even at 6.5 pt")
        #expect(parts.dropFirst().allSatisfy { $0 == "Spending by region (continued)" })
        // Label columns may wrap in a tight part ("Atlantic" / "Canada"), but lead every part.
        #expect(texts.filter { $0.hasPrefix("Atlantic") }.count == parts.count)
        #expect(texts.filter { $0 == "Unit 2" }.count == parts.count)
        #expect(texts.filter { $0 == "REGION" }.count == parts.count)
    }

    @Test func aTableSlightlyTooWideIsSetTighterNotSplit() throws {
        // Eight figure columns are too wide for the theme's setting, and fit smaller with 10 pt gaps kept.
        let (report, document, texts) = try Self.layout(columns: 8)
        ContentBoxStressTests.checkInsideTheBox(report, document, "8 columns")
        #expect(texts.filter { $0.hasPrefix("Spending by region") } == ["Spending by region"])
        #expect(texts.filter { $0 == "Quebec" }.count == 1)
    }

    @Test func aTableThatCannotFitIsAnErrorAtItsPlaceInTheSpec() throws {
        let dir = try TestSupport.temporaryDirectory()
        try TestSupport.write(Self.csv(columns: 3, rows: ["Atlantic Canada"]), to: "w.csv", in: dir)
        let spec = try TestSupport.write("""
            document: {title: Narrow, date: 2024-03-31}
            page: {size: {width: 2in, height: 4in}, margins: 0.5in}
            data: {w: w.csv}
            content:
              - paragraph: Text.
              - table: {data: w}
            """, to: "spec.yaml", in: dir)
        let loaded = try SpecReader().read(path: spec.path)
        let problems = LayoutEngine(shaper: TextEngine()).tableFitProblems(loaded.report)
        #expect(problems.count == 1)
        let problem = try #require(problems.first)
        let diagnostic = loaded.diagnostic(forTableAt: problem.blockIndex, message: problem.message, suggestion: problem.suggestion)
        #expect(diagnostic.location.line == 6 && diagnostic.location.column == 5)
        #expect(diagnostic.message.contains("cannot fit the text block"))
    }

    @Test func tablesThatFitAreNoProblem() throws {
        let (report, _, _) = try Self.layout(columns: 13)
        #expect(LayoutEngine(shaper: TextEngine()).tableFitProblems(report).isEmpty)
    }
}
