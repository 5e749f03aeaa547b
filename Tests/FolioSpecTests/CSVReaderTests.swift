@testable import FolioSpec
import Foundation
import Testing

/// The CSV reader finds every field in one pass over the bytes and gives a cell's text and location when
/// asked: the same texts and the same line:column as an editor shows, whatever the line ends and quoting.
@Suite("CSV reading")
struct CSVReaderTests {
    static func read(_ text: String) -> (CSVTable?, DiagnosticBag) {
        let diagnostics = DiagnosticBag()
        return (CSVReader.parse(text, file: "t.csv", diagnostics: diagnostics), diagnostics)
    }

    static func at(_ table: CSVTable, _ r: Int, _ c: Int) -> String {
        let l = table.locations[r][c]
        return "\(l.line):\(l.column)"
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func lineEndsOfEveryKindCountAsEditorsCountThem(end: String) throws {
        let (table, diagnostics) = Self.read("name,a,b" + end + "X, 1 ,\"2\"" + end + end + "Y,3,4" + end)
        let t = try #require(table)
        #expect(diagnostics.items.isEmpty)
        #expect(t.header == ["name", "a", "b"])
        #expect(t.rows.map { Array($0) } == [["X", "1", "2"], ["Y", "3", "4"]], "cells trimmed, quotes gone, the blank line skipped")
        #expect(Self.at(t, 0, 1) == "2:3" && Self.at(t, 0, 2) == "2:7" && Self.at(t, 1, 0) == "4:1")
    }

    @Test func quotedFieldsKeepCommasQuotesAndLineBreaks() throws {
        let (table, _) = Self.read("k,v,w\nA,\"x, \"\"y\"\"\r\nz\",after\nB,\"\"\"\",2\n")
        let t = try #require(table)
        #expect(t.rows[0][1] == "x, \"y\"\nz")
        #expect(Self.at(t, 0, 2) == "3:4", "the cell after a field spanning two lines is on the second")
        #expect(t.rows[1][1] == "\"")
        #expect(Self.at(t, 1, 2) == "4:8")
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let (table, _) = Self.read("k,v\nRéseau e\u{301}t,7\n")
        let t = try #require(table)
        #expect(t.rows[0][0] == "Réseau e\u{301}t")
        #expect(Self.at(t, 0, 1) == "2:11")
    }

    @Test func rowsOfAnotherWidthAndUnclosedQuotesAreLocatedErrors() throws {
        let (table, diagnostics) = Self.read("k,a,b\nX,1,2\nY,1\nZ,3,4")
        let t = try #require(table)
        #expect(t.rows.map { $0[0] } == ["X", "Z"])
        #expect(diagnostics.items.map { "\($0.location.line):\($0.location.column) \($0.message)" }
                == ["3:1 this row has 2 cells but the header has 3"])
        let (none, unclosed) = Self.read("k,a\nX,\"1\n")
        #expect(none == nil)
        #expect(unclosed.items.map { "\($0.location.line):\($0.location.column)" } == ["2:3"])
    }

    @Test func aLargeFileKeepsEightBytesACell() throws {
        // 100,000 rows of four cells: the table holds the text once and two offsets a cell, no string per cell.
        var text = "metric,Q1,Q2,Q3\n"
        for r in 0..<100_000 { text += "ROW \(r),\(r % 997),\(r % 89),\(r % 7)\n" }
        let (table, diagnostics) = Self.read(text)
        let t = try #require(table)
        #expect(diagnostics.items.isEmpty)
        #expect(t.rows.count == 100_000)
        #expect(t.storage.fields.count == 2 * 4 * 100_000)
        #expect(t.rows[99_999][1] == "\(99_999 % 997)")
        #expect(Self.at(t, 99_999, 3) == "100001:\("ROW 99999,\(99_999 % 997),\(99_999 % 89),".count + 1)")
    }

    @Test func filesAreReadAsUTF8WithoutTheirByteOrderMark() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-textfile-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let bom = folder.appendingPathComponent("bom.csv"), bad = folder.appendingPathComponent("bad.csv")
        try Data([0xEF, 0xBB, 0xBF] + Array("metric,é\n".utf8)).write(to: bom)
        try Data(Array("metric,a\nX,".utf8) + [0xFF] + Array("1\n".utf8)).write(to: bad)
        #expect(TextFile.read(bom.path) == "metric,é\n")
        #expect(TextFile.read(bad.path) == nil)
        #expect(TextFile.read(folder.appendingPathComponent("none.csv").path) == nil)
    }
}
