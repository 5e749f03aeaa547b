import Foundation
import FolioModel
import FolioSpec
import FolioTestSupport
import Testing

/// A name given twice, or a name that matches nothing, is an error where it is written: never a column
/// silently dropped, a release image showing another chart, or a totals bar kept.
@Suite("Duplicated and unmatched names")
struct NamesMatchTests {
    let csv = """
    metric,Q1,Q2,2023-24
    FILE INTAKES,680,872,1552
    CHILDREN RESCUED,26,78,104
    TOTALS,706,950,1656
    """

    /// Every diagnostic of `yaml` read with `data/d.csv` (`csv`) beside it; none when it reads.
    func diagnostics(_ yaml: String, csv: String? = nil) throws -> [Diagnostic] {
        try TestSupport.specDiagnostics(yaml, files: ["data/d.csv": csv ?? self.csv])
    }

    @Test func aDuplicatedHeaderIsAnErrorAtTheSecondNamingTheFirst() throws {
        let yaml = "document: {title: T, date: 2024-03-31}\ndata: {d: data/d.csv}\ncontent:\n  - table: {data: d}\n"
        let d = try diagnostics(yaml, csv: "metric,Q1,Q2,Q1\nA,1,2,3\n")
        let error = try #require(d.first)
        #expect(d.count == 1)
        #expect(error.severity == .error)
        #expect(error.location.file.hasSuffix("data/d.csv"))
        #expect((error.location.line, error.location.column) == (1, 14))
        #expect(error.message == "column `Q1` appears twice in the header: it is also column 2 (line 1, column 8)")
    }

    @Test func anInlineChartReusingADefinedIdIsAnErrorNamingTheFirst() throws {
        let yaml = """
        document: {title: T, date: 2024-03-31}
        data: {d: data/d.csv}
        charts:
          - {id: intakes, title: Intakes, data: d, rows: [FILE INTAKES]}
        content:
          - chart: intakes
          - chart: {id: intakes, title: Rescued, data: d, rows: [CHILDREN RESCUED]}
        """
        let d = try diagnostics(yaml)
        let error = try #require(d.first)
        #expect(d.count == 1)
        #expect((error.location.line, error.location.column) == (7, 12))
        #expect(error.message == "two charts are named `intakes`: the first is defined at line 4, column 5")
    }

    @Test func twoInlineChartsWithOneIdAreAnError() throws {
        let yaml = """
        document: {title: T, date: 2024-03-31}
        data: {d: data/d.csv}
        content:
          - chart: {id: c, title: One, data: d}
          - chart: {id: c, title: Two, data: d}
        """
        #expect(try diagnostics(yaml).map(\.message) == ["two charts are named `c`: the first is defined at line 4, column 12"])
    }

    /// `exclude-rows: [TOTAL]` against a `TOTALS` row: an error suggesting the row, not a kept totals bar.
    @Test(arguments: ["exclude-rows", "rows"])
    func aRowNameThatMatchesNoRowIsAnErrorWithASuggestion(key: String) throws {
        let yaml = """
        document: {title: T, date: 2024-03-31}
        data: {d: data/d.csv}
        charts:
          - id: c
            title: T
            data: d
            \(key): [FILE INTAKES, TOTAL]
        """
        let d = try diagnostics(yaml)
        let error = try #require(d.first)
        #expect(d.count == 1)
        #expect((error.location.line, error.location.column) == (7, 22 + key.count))
        #expect(error.message.hasPrefix("no row `TOTAL` in "))
        #expect(error.suggestion == "did you mean `TOTALS`?")
    }

    @Test func excludedRowsThatMatchLeaveTheirBarsOut() throws {
        let dir = try TestSupport.temporaryDirectory()
        try TestSupport.write(csv, to: "data/d.csv", in: dir)
        let yaml = "document: {title: T, date: 2024-03-31}\ndata: {d: data/d.csv}\ncharts:\n  - {id: c, title: T, data: d, exclude-rows: TOTALS}\n"
        let loaded = try SpecReader().read(path: try TestSupport.write(yaml, to: "spec.yaml", in: dir).path)
        #expect(loaded.charts.first?.series.map(\.name) == ["FILE INTAKES", "CHILDREN RESCUED"])
    }
}
