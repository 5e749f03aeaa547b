import Foundation
import FolioModel
import FolioSpec
import FolioTestSupport
import Testing

/// Figures in sentences (`{data[ROW][COLUMN]}` and computed figures) and spec parameters (`${year}`):
/// printed as tables print them, in the document's locale, and failing with locations.
@Suite("Figures in text and parameters")
struct FigureReferenceTests {
    static let csv = """
    metric,Q1,Q2,Q3,Q4,2023-24,2022-23
    CHILDREN RESCUED,40,50,60,53,203,46
    CHARGES LAID,–,–,–,–,–,351
    PROCEEDS,"$1,432,000","$941,025","$108,000","$260,000","$2,741,025","$3,919,500"
    RATE,0.1,0.2,3.0,1.25,2.0,1.75
    TOTALS,1,1,1,1,1,1
    """

    /// The paragraphs' texts of a spec whose content is `content` (YAML lines under `content:`).
    static func paragraphs(_ content: String, language: String = "en-CA", params: String = "", set: [String: String] = [:]) throws -> [String] {
        let dir = try TestSupport.temporaryDirectory()
        try TestSupport.write(csv, to: "d.csv", in: dir)
        let yaml = params + "document: {title: T, date: 2024-06-30, language: \(language)}\n"
            + "data:\n  d: {file: d.csv, totals-row: {row: TOTALS, tolerance: 1000000000}, columns: {Q1: {check: false}, Q2: {check: false}, Q3: {check: false}, Q4: {check: false}, 2023-24: {check: false}, 2022-23: {check: false}}}\n"
            + "content:\n" + content
        let path = try TestSupport.write(yaml, to: "s.yaml", in: dir).path
        let report = try SpecReader(parameters: set).read(path: path).report
        return report.blocks.compactMap { block -> String? in
            if case .paragraph(let p) = block { return p.text.spans.map(\.text).joined() }
            if case .heading(let h) = block { return h.text }
            return nil
        }
    }

    static func diagnostics(_ content: String, params: String = "", set: [String: String] = [:]) throws -> [Diagnostic] {
        do {
            _ = try paragraphs(content, params: params, set: set)
            Issue.record("no error")
            return []
        } catch let error as SpecError {
            return error.diagnostics
        }
    }

    @Test func aCellPrintsAsTheTablePrintsIt() throws {
        let texts = try Self.paragraphs("""
          - paragraph: "{d[CHILDREN RESCUED][2023-24]} children; {d[PROCEEDS][2023-24]} seized; rate {d[RATE][Q4]}; charges {d[CHARGES LAID][2023-24]}."
        """)
        #expect(texts == ["203 children; $2,741,025 seized; rate 1.25; charges –."])
    }

    @Test func computedFiguresAreExactAndWorded() throws {
        let texts = try Self.paragraphs("""
          - paragraph: "{change(d[CHILDREN RESCUED], 2022-23, 2023-24) | words}; {change(d[PROCEEDS], 2022-23, 2023-24) | percent:1}; {change(d[PROCEEDS], 2022-23, 2023-24) | words}"
          - paragraph: "{sum(d[RATE], Q1, Q2)}; {sum(d[PROCEEDS], Q1, Q2, Q3, Q4)}; {diff(d[CHILDREN RESCUED][2023-24], d[CHILDREN RESCUED][2022-23]) | words}; {diff(d[RATE], Q1, Q1) | words}"
          - paragraph: "{share(d[CHILDREN RESCUED][Q1], d[CHILDREN RESCUED][2023-24]) | percent:1}; {rank(d[RATE], Q3)}; {max(d, Q1) | row}: {max(d, Q1)}; {min(d, 2022-23)}"
          - paragraph: "{change(d[CHARGES LAID], 2022-23, 2023-24) | words}; {sum(d[CHARGES LAID], 2022-23, 2023-24)}"
        """)
        #expect(texts[0] == "up 341%; −30.1%; down 30%")
        // 0.1 + 0.2 is 0.3 exactly; money keeps its `$` and grouping.
        #expect(texts[1] == "0.3; $2,741,025; down 157; unchanged")
        // TOTALS (the declared totals row) is not ranked, nor is money among counts.
        #expect(texts[2] == "19.7%; 2nd; PROCEEDS: $1,432,000; 1.75")
        // A missing input: printed as the table prints a missing value, never as zero.
        #expect(texts[3] == "–; –")
    }

    @Test func figuresFollowTheDocumentsLocale() throws {
        let texts = try Self.paragraphs("""
          - paragraph: "{d[PROCEEDS][2023-24]}; {change(d[CHILDREN RESCUED], 2022-23, 2023-24) | words}; {d[RATE][Q4]}; {rank(d[CHILDREN RESCUED], Q1)}"
        """, language: "fr-CA")
        // French spacing: non-breaking spaces in the groups and before `$` and `%` (compared as spaces here).
        let spaced = texts.map { String($0.map { $0 == "\u{00A0}" || $0 == "\u{202F}" ? " " : $0 }) }
        #expect(spaced == ["2 741 025 $; en hausse de 341 %; 1,25; 1er"])
        // An ordinary space inside a French figure would let it break across lines.
        #expect(texts.first?.split(separator: ";").first?.contains(" ") == false)
        #expect(texts.first?.contains("341 %") == false)
    }

    @Test func aReferenceToAMissingRowIsALocatedErrorWithASuggestion() throws {
        let d = try Self.diagnostics("  - paragraph: In all, {d[CHILDREN RESCUE][2023-24]} children.\n")
        let e = try #require(d.first)
        #expect((e.location.line, e.location.column) == (5, 24), "\(e)")
        #expect(e.message.contains("no row `CHILDREN RESCUE`") && e.suggestion?.contains("CHILDREN RESCUED") == true, "\(e)")
    }

    @Test("unknown data sets, columns, functions and filters, and an unclosed brace, are errors", arguments: [
        ("{e[RATE][Q1]}", "no data set `e`"), ("{d[RATE][Q5]}", "no column `Q5`"), ("{chang(d[RATE], Q1, Q2)}", "unknown function `chang`"),
        ("{d[RATE][Q1] | percents}", "unknown filter `percents`"), ("{d[RATE][Q1]", "without its closing"), ("{d[RATE]}", "is a row"),
        ("{sum(d[RATE][Q1], d[PROCEEDS][Q1])}", "of a count and money"), ("{d[metric][Q1]}", "no row"),
    ])
    func errors(reference: String, expected: String) throws {
        let d = try Self.diagnostics("  - paragraph: \"x \(reference) y\"\n")
        #expect(d.contains { $0.message.contains(expected) }, "\(d.map(\.message))")
    }

    @Test func aLiteralBraceIsEscaped() throws {
        #expect(try Self.paragraphs("  - paragraph: 'Set \\{x\\} and *this*'\n") == ["Set {x} and this"])
        #expect(try Self.paragraphs("  - heading: 'Set \\{x\\}'\n") == ["Set {x}"])
    }

    static let params = "params:\n  year: 2023-24\n  long: {type: fiscal-year, default: 2023-2024}\n  count: {type: number, default: 3}\n"

    @Test func parametersStandInAnyValueAndShiftByYears() throws {
        let texts = try Self.paragraphs("""
          - heading: Report ${year}
          - paragraph: "${year - 1} to ${year}: {d[CHILDREN RESCUED][${year - 1}]} then {d[CHILDREN RESCUED][${year}]}; ${long - 2}; ${count + 2}; $${year}"
        """, params: Self.params)
        #expect(texts == ["Report 2023-24", "2022-23 to 2023-24: 46 then 203; 2021-2022; 5; ${year}"])
    }

    @Test func setChangesEveryDependentPlace() throws {
        let texts = try Self.paragraphs("""
          - heading: Report ${year}
          - paragraph: "{d[CHILDREN RESCUED][${year}]} in ${year}"
        """, params: Self.params, set: ["year": "2022-23"])
        #expect(texts == ["Report 2022-23", "46 in 2022-23"])
    }

    @Test func badParametersAreErrors() throws {
        let unknown = try Self.diagnostics("  - paragraph: In ${yaer}.\n", params: Self.params)
        let e = try #require(unknown.first)
        #expect(e.message.contains("unknown parameter `yaer`") && e.suggestion?.contains("year") == true, "\(e)")
        #expect((e.location.line, e.location.column) == (9, 19), "\(e)")
        let typed = try Self.diagnostics("  - paragraph: x\n", params: Self.params, set: ["year": "2024"])
        #expect(typed.contains { $0.message.contains("--set year=2024") && $0.message.contains("fiscal year") }, "\(typed.map(\.message))")
        let undeclared = try Self.diagnostics("  - paragraph: x\n", params: Self.params, set: ["yeer": "2024-25"])
        #expect(undeclared.contains { $0.message.contains("no parameter `yeer`") && $0.suggestion?.contains("year") == true })
        let shifted = try Self.diagnostics("  - paragraph: ${year * 2}\n", params: Self.params)
        #expect(shifted.contains { $0.message.contains("${year * 2}") })
    }
}
