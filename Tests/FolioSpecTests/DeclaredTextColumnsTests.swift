import Foundation
import FolioModel
import FolioSpec
import FolioTestSupport
import Testing

/// `columns: {code: {text: true}}` makes a column of labels whatever its cells look like; `text: false`
/// insists on figures, so a column of words is an error at each cell instead of a silent text column.
@Suite struct DeclaredTextColumnsTests {
    static let csv = "unit,code,status,staff\nA,0501,open,10\nB,0733,closed,20\nTotal,,,30\n"

    static func spec(_ columns: String) -> String {
        """
        document: {title: T, date: 2024-03-31}
        data:
          d: {file: d.csv, totals-row: Total, columns: {\(columns)}}
        content:
          - table: {data: d}
        """
    }

    @Test func aColumnOfCodesDeclaredTextPrintsAsWrittenAndIsNotAdded() throws {
        let dir = try TestSupport.temporaryDirectory()
        try TestSupport.write(Self.csv, to: "d.csv", in: dir)
        let path = try TestSupport.write(Self.spec("code: {text: true}"), to: "spec.yaml", in: dir).path
        let report = try SpecReader().read(path: path).report
        guard case .table(let table) = try #require(report.blocks.first) else { Issue.record("not a table"); return }
        #expect(table.columns.map(\.isText) == [true, true, true, false])
        #expect(table.columns[1].alignment == .left)
        #expect(table.rows.map { $0[1] } == [.text("0501"), .text("0733"), .text("")])
    }

    @Test func undeclaredTheCodesAreFiguresAndTheTotalsCheckAddsThem() throws {
        // 0501 + 0733 = 1234, but the totals row has no code: a missing total is not checked, so it passes;
        // the column is a figure column, read as 501 and 733.
        let dir = try TestSupport.temporaryDirectory()
        try TestSupport.write(Self.csv, to: "d.csv", in: dir)
        let path = try TestSupport.write(Self.spec(""), to: "spec.yaml", in: dir).path
        let report = try SpecReader().read(path: path).report
        guard case .table(let table) = try #require(report.blocks.first) else { Issue.record("not a table"); return }
        #expect(table.columns.map(\.isText) == [true, false, true, false])
    }

    @Test func textFalseMakesWordsErrorsAtTheirCells() throws {
        let diagnostics = try TestSupport.specDiagnostics(Self.spec("status: {text: false}"), files: ["d.csv": Self.csv])
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 2, "\(errors.map(\.message))")
        #expect(errors.first?.location.line == 2 && errors.first?.location.column == 8, "\(errors.map(\.location))")
        #expect(errors.first?.message.contains("open") == true, "\(errors.map(\.message))")
    }

    @Test func anUnknownColumnOptionIsAnError() throws {
        let diagnostics = try TestSupport.specDiagnostics(Self.spec("code: {txt: true}"), files: ["d.csv": Self.csv])
        #expect(diagnostics.contains { $0.severity == .error && $0.message.contains("txt") && $0.suggestion?.contains("text") == true },
                "\(diagnostics.map(\.message))")
    }
}
