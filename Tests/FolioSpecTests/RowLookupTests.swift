@testable import FolioSpec
import Testing

/// Rows found by their key: the first few lookups scan, later ones use an index made once; either way the
/// first row of a key is the one found, and a key that is not there is an error naming the nearest.
@Suite("Row lookup by key")
struct RowLookupTests {
    static func source(rows: Int) throws -> (DataSource, DiagnosticBag) {
        var csv = "name,value\n"
        for r in 0..<rows { csv += "ROW \(r % (rows - 2)),\(r)\n" }   // the last two keys repeat the first two
        let diagnostics = DiagnosticBag()
        let table = try #require(CSVReader.parse(csv, file: "t.csv", diagnostics: diagnostics))
        return (DataSource(name: "t", table: table, keyColumn: 0, diagnostics: diagnostics), diagnostics)
    }

    @Test func manyLookupsFindWhatAScanFinds() throws {
        let (source, diagnostics) = try Self.source(rows: 1_000)
        let here = SourceLocation(file: "spec.yaml", line: 1, column: 1)
        let keys = (0..<(DataSource.lookupsBeforeIndex * 4)).map { "ROW \($0 * 31 % 998)" } + ["ROW 0", "ROW 1", "ROW 997"]
        for key in keys {
            let expected = source.table.rows.firstIndex { $0[0] == key }
            #expect(source.row(keyed: key, at: here) == expected, "\(key)")
        }
        #expect(source.row(keyed: "ROW 0", at: here) == 0, "the first row of a repeated key")
        #expect(diagnostics.items.isEmpty)
        #expect(source.row(keyed: "ROW 1000", at: here) == nil)
        #expect(diagnostics.items.count == 1)
        #expect(diagnostics.items.first?.message.contains("no row `ROW 1000`") == true)
    }
}
