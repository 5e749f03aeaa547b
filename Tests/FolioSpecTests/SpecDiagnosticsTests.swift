import Foundation
import FolioSpec
import FolioTestSupport
import Testing

/// Bad specs and data give errors at the right file, line and column, with a suggestion where one fits.
@Suite("Spec diagnostics")
struct SpecDiagnosticsTests {
    let csv = """
    metric,Q1,Q2,Q3,Q4,2023-24
    FILE INTAKES,680,872,"1,149","1,114","3,815"
    CHILDREN RESCUED,26,78,56,43,203
    """

    /// Reads `yaml` (with `data/ice.csv` beside it) and returns every diagnostic, or none when it reads.
    func diagnostics(_ yaml: String, csv: String? = nil) throws -> [Diagnostic] {
        try TestSupport.specDiagnostics(yaml, files: ["data/ice.csv": csv ?? self.csv])
    }

    func spec(_ content: String, extra: String = "") -> String {
        """
        document: {title: T, date: 2024-03-31}
        data:
          ice:
            file: data/ice.csv
            sums: [{parts: [Q1, Q2, Q3, Q4], total: 2023-24}]
        \(extra)content:
        \(content)
        """
    }

    @Test func aValidSpecReads() throws {
        #expect(try diagnostics(spec("  - table: {data: ice}")).isEmpty)
    }

    @Test func yamlSyntaxErrorHasItsLocation() throws {
        let d = try diagnostics("document: {title: T, date: 2024-03-31}\ncontent:\n  - paragraph: [unclosed\n")
        #expect(d.count == 1)
        #expect(d.first?.message.contains("YAML syntax error") == true)
        #expect(d.first?.location.line == 4)
    }

    @Test func unknownKeySuggestsTheClosest() throws {
        let d = try diagnostics("document: {titel: T, date: 2024-03-31}\ncontent: []\n")
        let unknown = d.first { $0.message.contains("unknown key `titel`") }
        #expect(unknown?.location.line == 1)
        #expect(unknown?.location.column == 12)
        #expect(unknown?.suggestion == "did you mean `title`?")
        #expect(d.contains { $0.message.contains("missing the required field `title`") })
    }

    @Test func unknownBlockType() throws {
        let d = try diagnostics(spec("  - paragrap: Hello"))
        #expect(d.first?.message == "unknown block type `paragrap`")
        #expect(d.first?.location.line == 7)
        #expect(d.first?.location.column == 5)
        #expect(d.first?.suggestion == "did you mean `paragraph`?")
    }

    @Test func missingDataFileNamesThePathTried() throws {
        let d = try diagnostics("""
        document: {title: T, date: 2024-03-31}
        data: {ice: data/nope.csv}
        content: []
        """)
        #expect(d.first?.message.hasPrefix("data file not found: ") == true)
        #expect(d.first?.message.contains("data/nope.csv") == true)
        #expect(d.first?.location.line == 2)
        #expect(d.first?.location.column == 13)
    }

    @Test func aCellThatIsNotANumberPointsIntoTheCSV() throws {
        let bad = "metric,Q1,Q2,Q3,Q4,2023-24\nFILE INTAKES,680,87x2,1,1,3815\n"
        let d = try diagnostics(spec("  - table: {data: ice}"), csv: bad)
        let cell = d.first { $0.message.contains("`87x2`") }
        #expect(cell?.location.file.hasSuffix("data/ice.csv") == true)
        #expect(cell?.location.line == 2)
        #expect(cell?.location.column == 18)
        #expect(cell?.message.contains("is not a number") == true)
    }

    @Test func aColumnNotInTheCSVSuggestsOne() throws {
        let d = try diagnostics(spec("  - table: {data: ice, columns: [metric, Q5]}"))
        #expect(d.first?.message.contains("no column `Q5`") == true)
        #expect(d.first?.suggestion == "did you mean `Q1`?")
    }

    @Test func quartersThatDoNotAddUpAreAnError() throws {
        let changed = csv.replacingOccurrences(of: "26,78,56,43,203", with: "26,78,56,44,203")
        let d = try diagnostics(spec("  - table: {data: ice}"), csv: changed)
        #expect(d.count == 1)
        #expect(d.first?.message == "`CHILDREN RESCUED`: Q1 + Q2 + Q3 + Q4 add up to 204 but `2023-24` is 203")
        #expect(d.first?.location.line == 3)
        #expect(d.first?.location.column == 30)
    }

    @Test func aTotalsRowThatDoesNotAddUpIsAnError() throws {
        let regional = "location,arrests\nCALGARY,24\nEDMONTON,17\nTOTALS,40\n"
        let dir = try TestSupport.temporaryDirectory()
        try TestSupport.write(regional, to: "r.csv", in: dir)
        let spec = try TestSupport.write("""
        document: {title: T, date: 2024-03-31}
        data: {r: r.csv}
        content:
          - table: {data: r, totals: {row: TOTALS}}
        """, to: "s.yaml", in: dir)
        #expect(throws: SpecError.self) { try SpecReader().read(path: spec.path) }
        do { _ = try SpecReader().read(path: spec.path) } catch {
            #expect(error.diagnostics.first?.message == "column `arrests`: the rows add up to 41 but the totals row says 40")
            #expect(error.diagnostics.first?.location.line == 4)
        }
    }

    @Test func everyProblemIsReportedInOneRun() throws {
        let d = try diagnostics(spec("""
          - heading: A
            levle: 2
          - quote: Q
            bye: me
          - table: {data: icee}
        """))
        #expect(d.filter { $0.severity == .error }.count == 3)
        #expect(d.map(\.location.line) == [8, 10, 11])
    }

    @Test func malformedGroupingIsAWarningNotAnError() throws {
        let odd = "metric,Q1,Q2,Q3,Q4,2023-24\nRECOVERED ASSETS,\"$1,432,000\",\"$941,025\",\"$108,000\",\"$260,000\",\"$2,741025\"\n"
        let dir = try TestSupport.temporaryDirectory()
        try TestSupport.write(odd, to: "data/ice.csv", in: dir)
        let specURL = try TestSupport.write(spec("  - table: {data: ice}"), to: "s.yaml", in: dir)
        let loaded = try SpecReader().read(path: specURL.path)
        #expect(loaded.warnings.count == 1)
        #expect(loaded.warnings.first?.severity == .warning)
        #expect(loaded.warnings.first?.message.contains("read as $2,741,025") == true)
    }

    @Test func unknownPageSizeAndBadDate() throws {
        let d = try diagnostics("document: {title: T, date: 2024-02-30}\npage: {size: leter}\ncontent: []\n")
        #expect(d.contains { $0.message == "expected a date as YYYY-MM-DD, found `2024-02-30`" && $0.location.line == 1 })
        #expect(d.contains { $0.message == "unknown page size `leter`" && $0.location.line == 2 })
    }
}
