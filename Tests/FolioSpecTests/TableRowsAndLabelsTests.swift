import Foundation
import FolioModel
import FolioSpec
import FolioTestSupport
import Testing

/// Tables pick rows as charts do (`rows`, `exclude-rows`, every name checked), and columns of words are
/// label columns while a word among figures stays an error.
@Suite("Table rows and label columns")
struct TableRowsAndLabelsTests {
    let csv = """
    region,district,arrests,seized
    NORTH,Peace River,12,"$1,200"
    SOUTH,Lethbridge,30,"$4,000"
    TOTALS,,42,"$5,200"
    """

    func read(_ table: String, csv: String? = nil) throws -> Result<Table, SpecError> {
        let dir = try TestSupport.temporaryDirectory()
        try TestSupport.write(csv ?? self.csv, to: "r.csv", in: dir)
        let spec = try TestSupport.write("""
            document: {title: T, date: 2024-03-31}
            data: {r: r.csv}
            content:
              - table: \(table)
            """, to: "spec.yaml", in: dir)
        do {
            let loaded = try SpecReader().read(path: spec.path)
            guard case .table(let t)? = loaded.report.blocks.first else { return .failure(SpecError([])) }
            return .success(t)
        } catch {
            return .failure(error)
        }
    }

    func keys(_ table: Table) -> [String] {
        table.rows.map { if case .text(let s)? = $0.first { return s } else { return "?" } }
    }

    @Test func excludeRowsDropsRows() throws {
        let table = try read("{data: r, exclude-rows: [TOTALS]}").get()
        #expect(keys(table) == ["NORTH", "SOUTH"])
    }

    @Test func rowsPicksAndOrdersRows() throws {
        let table = try read("{data: r, rows: [SOUTH, NORTH]}").get()
        #expect(keys(table) == ["SOUTH", "NORTH"])
    }

    @Test func aRowNameThatMatchesNothingIsAnErrorWithASuggestion() throws {
        for spec in ["{data: r, exclude-rows: [TOTAL]}", "{data: r, rows: [NORTH, TOTAL]}"] {
            guard case .failure(let error) = try read(spec) else { Issue.record("`\(spec)` read without an error"); continue }
            let d = try #require(error.diagnostics.first)
            #expect(d.message.contains("no row `TOTAL`"))
            #expect(d.suggestion == "did you mean `TOTALS`?")
            #expect(d.location.line == 4 && d.location.column > 20, "at the name, not the table: \(d.location)")
        }
    }

    @Test func aChartExcludingARowThatDoesNotExistIsAnErrorToo() throws {
        let dir = try TestSupport.temporaryDirectory()
        try TestSupport.write(csv, to: "r.csv", in: dir)
        let spec = try TestSupport.write("""
            document: {title: T, date: 2024-03-31}
            data: {r: r.csv}
            content:
              - chart: {id: c, title: C, data: r, series: columns, columns: [arrests], exclude-rows: [TOTAL]}
            """, to: "spec.yaml", in: dir)
        #expect(throws: SpecError.self) { try SpecReader().read(path: spec.path) }
        do { _ = try SpecReader().read(path: spec.path) } catch {
            #expect(error.diagnostics.contains { $0.message.contains("no row `TOTAL`") && $0.suggestion == "did you mean `TOTALS`?" })
        }
    }

    @Test func rowsAndExcludeRowsTogetherAreAnError() throws {
        guard case .failure(let error) = try read("{data: r, rows: [NORTH], exclude-rows: [SOUTH]}") else {
            Issue.record("read without an error"); return
        }
        #expect(error.diagnostics.contains { $0.message.contains("cannot be combined") })
    }

    @Test func aColumnOfWordsIsALabelColumn() throws {
        let table = try read("{data: r, totals: {row: TOTALS}}").get()
        #expect(table.columns.map(\.isText) == [true, true, false, false])
        #expect(table.columns[1].alignment == .left)
        if case .text(let district)? = table.rows.first?[1] { #expect(district == "Peace River") } else { Issue.record("not text") }
    }

    @Test func aWordAmongFiguresIsStillAnError() throws {
        let bad = csv.replacingOccurrences(of: "NORTH,Peace River,12", with: "NORTH,Peace River,twelve")
        guard case .failure(let error) = try read("{data: r}", csv: bad) else { Issue.record("read without an error"); return }
        #expect(error.diagnostics.contains { $0.message.contains("`twelve` in column `arrests` is not a number") })
    }
}
