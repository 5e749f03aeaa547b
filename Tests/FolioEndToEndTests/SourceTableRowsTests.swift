import Foundation
import FolioTestSupport
import Testing

/// Every table row of the source figures page, read back from the built PDF with `pdftotext -layout`:
/// each row's label is followed on its text line by all its values, in the source's column order and
/// notation, and the rows appear in the source's order. Expected rows come from ReportSpecs/data
/// (checked against the source document), with the source's one misprint `$2,741025` as `$2,741,025`.
@Suite("Source table rows in the PDF")
struct SourceTableRowsTests {
    /// Data files in the order their tables appear in the source and the report.
    static let tables = ["ice", "human-trafficking", "cisa", "organized-crime", "regional-2023-24", "stolen-vehicles", "firearms"]

    static func fields(_ line: String) -> [String] {
        var fields: [String] = [], field = "", quoted = false
        for ch in line {
            if ch == "\"" { quoted.toggle() } else if ch == "," && !quoted { fields.append(field); field = "" } else { field.append(ch) }
        }
        return fields + [field]
    }

    /// (label, values) of every row, in order.
    static func expectedRows() throws -> [(label: String, values: [String])] {
        try tables.flatMap { name -> [(label: String, values: [String])] in
            let url = TestSupport.root.appendingPathComponent("ReportSpecs/data/\(name).csv")
            return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst().map { line in
                let cells = fields(String(line)).map { $0 == "$2,741025" ? "$2,741,025" : $0 }
                return (cells[0], Array(cells.dropFirst()))
            }
        }
    }

    static func buildText() throws -> String {
        let dir = try TestSupport.temporaryDirectory()
        let result = try TestSupport.folioBuild(TestSupport.alertSpec, output: dir)
        try #require(result.status == 0, "folio build failed: \(result.stderr)")
        return try Poppler.text(dir.appendingPathComponent("alert-annual-report-2023-24.pdf"))
    }

    static func words(_ line: some StringProtocol) -> [String] {
        line.split(whereSeparator: { $0.isWhitespace }).map { String($0) }
    }

    /// Finds, from `start`, the line holding `label` followed by `values`. A label too long for its column
    /// wraps: the line then starts with the label's first words and the next lines carry the rest.
    static func find(label: String, values: [String], in lines: [[String]], from start: Int) -> Int? {
        let labelWords = words(label)
        for i in start..<lines.count {
            let line = lines[i]
            guard line.count > values.count, Array(line.suffix(values.count)) == values else { continue }
            let head = Array(line.dropLast(values.count))
            guard head.count <= labelWords.count, Array(labelWords.prefix(head.count)) == head else { continue }
            // The rest of the label on the following non-empty lines, alone.
            var rest = Array(labelWords.dropFirst(head.count))
            var j = i + 1
            while !rest.isEmpty, j < lines.count {
                if lines[j].isEmpty { j += 1; continue }
                guard lines[j].count <= rest.count, Array(rest.prefix(lines[j].count)) == lines[j] else { break }
                rest.removeFirst(lines[j].count)
                j += 1
            }
            if rest.isEmpty { return i }
        }
        return nil
    }

    @Test func everySourceRowIsPrintedInOrderWithItsValuesOnItsLabelsLine() throws {
        let lines = try Self.buildText().split(separator: "\n", omittingEmptySubsequences: false).map { Self.words($0) }
        let rows = try Self.expectedRows()
        #expect(rows.count == 37)
        var next = 0
        for row in rows {
            guard let index = Self.find(label: row.label, values: row.values, in: lines, from: next) else {
                Issue.record("`\(row.label) \(row.values.joined(separator: " "))` not found after text line \(next + 1)")
                continue
            }
            next = index + 1
        }
    }

    @Test func theSourcesNotationIsKept() throws {
        let lines = try Self.buildText().split(separator: "\n").map { Self.words($0).joined(separator: " ") }
        #expect(lines.contains("RECOVERED ASSETS $1,432,000 $941,025 $108,000 $260,000 $2,741,025 $8,420,500 $3,919,500"))
        #expect(lines.contains("GUN SEIZURES – – 1 14 15 – –"), "a missing value prints as –, never 0")
        #expect(lines.contains("CHARGES LAID – – – – – 11 47"))
        #expect(lines.contains("TOTAL PHOTOS/VIDEOS 262,400 511,133 1,374,310 606,254 2,754,097 2,551,921 13,260,819"))
        #expect(lines.contains("TOTALS 141 800 232 $5,334,163 $632,294"))
        #expect(lines.filter { $0 == "METRIC Q1 Q2 Q3 Q4 2023-24 2022-23 2021-22" }.count == 6, "one header per unit table")
        #expect(lines.contains("LOCATION ARRESTS CHARGES FIREARMS DRUGS PROCEEDS"))
        #expect(!lines.contains { $0.contains("$2,741025") })
    }

    @Test func theRowMatcherRejectsAChangedFigure() throws {
        // A guard on the check above: one wrong value, a swapped order or a missing label is not found.
        let lines = [["SUSPECTS", "40", "27"], ["CHARGED"], ["CHARGES", "LAID", "176", "156"]].map { $0 }
        #expect(Self.find(label: "SUSPECTS CHARGED", values: ["40", "27"], in: lines, from: 0) == 0)
        #expect(Self.find(label: "SUSPECTS CHARGED", values: ["40", "28"], in: lines, from: 0) == nil)
        #expect(Self.find(label: "SUSPECTS CHARGED", values: ["27", "40"], in: lines, from: 0) == nil)
        #expect(Self.find(label: "SUSPECTS ARRESTED", values: ["40", "27"], in: lines, from: 0) == nil)
        #expect(Self.find(label: "CHARGES LAID", values: ["176", "156"], in: lines, from: 0) == 2)
        #expect(Self.find(label: "CHARGES LAID", values: ["176", "156"], in: lines, from: 3) == nil)
    }
}
