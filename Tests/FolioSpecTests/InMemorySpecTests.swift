import Foundation
import FolioModel
import FolioSpec
import FolioTestSupport
import Testing

/// `SpecReader().read(yaml:path:)`: a spec given as text reads like the file, data paths resolve against
/// the folder of `path`, and diagnostics name `path`.
@Suite("Reading a spec from text")
struct InMemorySpecTests {
    @Test func theALERTSpecReadsTheSameFromTextAsFromItsFile() throws {
        let path = TestSupport.alertSpec
        let fromFile = try SpecReader().read(path: path)
        let fromText = try SpecReader().read(yaml: String(contentsOfFile: path, encoding: .utf8), path: path)
        #expect(fromText.report.blocks.count == fromFile.report.blocks.count)
        #expect(fromText.report.info.title == "ALERT Annual Report 2023-24")
        #expect(fromText.warnings == fromFile.warnings)
        #expect(fromText.charts.map(\.id) == fromFile.charts.map(\.id))
    }

    @Test func theMalformedSourceFigureIsTheOnlyWarningAndIsReadCorrected() throws {
        let loaded = try SpecReader().read(path: TestSupport.alertSpec)
        let warning = try #require(loaded.warnings.first)
        #expect(loaded.warnings.count == 1)
        #expect(warning.severity == .warning)
        #expect(warning.location.file.hasSuffix("ReportSpecs/data/stolen-vehicles.csv"))
        #expect((warning.location.line, warning.location.column) == (5, 64))
        #expect(warning.message.contains("`$2,741025`") && warning.message.contains("read as $2,741,025"))

        let tables = loaded.report.blocks.compactMap { if case .table(let t) = $0 { return t } else { return nil } }
        let stolen = try #require(tables.first { $0.caption?.hasPrefix("Stolen vehicles") == true })
        let row = try #require(stolen.rows.first { $0.first == .text("RECOVERED ASSETS") })
        #expect(stolen.columns.map(\.header) == ["Metric", "Q1", "Q2", "Q3", "Q4", "2023-24", "2022-23", "2021-22"])
        #expect(row[5] == .number(Quantity(2_741_025, unit: .currency)))
        #expect(stolen.columns[5].format.format(row[5]) == "$2,741,025")
        let charges = try #require(stolen.rows.first { $0.first == .text("CHARGES LAID") })
        #expect(Array(charges[1...5]) == Array(repeating: Cell.missing, count: 5), "– is missing, never zero")
    }

    @Test func dataPathsResolveAgainstTheFolderOfTheGivenPath() throws {
        let dir = try TestSupport.temporaryDirectory()
        try TestSupport.write("metric,2023-24\nCHILDREN RESCUED,203\n", to: "data/ice.csv", in: dir)
        // The spec file itself need not exist: only its folder matters.
        let path = dir.appendingPathComponent("not-on-disk.yaml").path
        let yaml = "document: {title: T, date: 2024-03-31}\ndata: {ice: data/ice.csv}\ncontent:\n  - table: {data: ice}\n"
        let loaded = try SpecReader().read(yaml: yaml, path: path)
        #expect(loaded.inputFiles.contains(dir.appendingPathComponent("data/ice.csv").path))
        let tables = loaded.report.blocks.compactMap { if case .table(let t) = $0 { return t } else { return nil } }
        #expect(tables.first?.rows.first?.last == .number(Quantity(203)))

        // The same text elsewhere finds no data, and says which file it tried.
        let elsewhere = try TestSupport.temporaryDirectory().appendingPathComponent("s.yaml").path
        let error = #expect(throws: SpecError.self) { try SpecReader().read(yaml: yaml, path: elsewhere) }
        let diagnostic = try #require(error?.diagnostics.first)
        #expect(diagnostic.location == SourceLocation(file: elsewhere, line: 2, column: 13))
        let tried = (elsewhere as NSString).deletingLastPathComponent + "/data/ice.csv"
        #expect(diagnostic.message == "data file not found: `\(tried)`")
    }

    @Test func anEmptyTextIsAnErrorAtTheStart() throws {
        let error = #expect(throws: SpecError.self) { try SpecReader().read(yaml: "", path: "empty.yaml") }
        #expect(error?.diagnostics.map(\.location) == [SourceLocation(file: "empty.yaml", line: 1, column: 1)])
    }
}
