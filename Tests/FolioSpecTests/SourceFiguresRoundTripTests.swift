import Foundation
import FolioModel
import FolioSpec
import FolioTestSupport
import Testing

/// Every figure of the ALERT data files, read and printed back in the default format, comes out as the
/// source wrote it: the report shows the source's notation. The one malformed value, `$2,741025`, is
/// read with a warning and printed corrected.
@Suite("Source figures round trip")
struct SourceFiguresRoundTripTests {
    static let dataFolder = TestSupport.root.appendingPathComponent("ReportSpecs/data")

    /// The cells of a CSV line (RFC 4180 quotes, no embedded newlines in these files).
    static func fields(_ line: String) -> [String] {
        var fields: [String] = [], field = "", quoted = false
        for ch in line {
            if ch == "\"" { quoted.toggle() } else if ch == "," && !quoted { fields.append(field); field = "" } else { field.append(ch) }
        }
        return fields + [field]
    }

    /// Every figure cell (all but the label column) of every data file (`locations.csv` holds display
    /// names, no figures).
    static func figures() throws -> [String] {
        let files = try FileManager.default.contentsOfDirectory(atPath: dataFolder.path).filter { $0.hasSuffix(".csv") && $0 != "locations.csv" }.sorted()
        var cells: [String] = []
        for file in files {
            let text = try String(contentsOf: dataFolder.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n").dropFirst() { cells += fields(String(line)).dropFirst() }
        }
        return cells
    }

    @Test func theDataFilesHoldTheSourcesFigures() throws {
        let cells = try Self.figures()
        // 8 files: (6 + 3 + 3 + 5 + 4 + 7) metrics × 7 columns, 9 regional rows × 5 columns, and the news
        // release's one figure (17 exploited individuals helped).
        #expect(cells.count == 28 * 7 + 9 * 5 + 1)
        #expect(cells.contains("$334,093,020"))
        // Firearms: no values for the two earlier years (7 × 2) and none in Q1–Q2 for three metrics (6);
        // stolen vehicles: two quarters of suspects charged and the whole 2023-24 of charges laid (2 + 5).
        #expect(cells.filter { $0 == "–" }.count == 7 * 2 + 6 + 2 + 5)
    }

    @Test func everyFigurePrintsAsTheSourceWroteIt() throws {
        var warnings: [String] = []
        for cell in try Self.figures() {
            switch NumberReader.read(cell) {
            case .missing:
                #expect(cell == "–", "only the en dash marks a missing value in these files, found `\(cell)`")
                #expect(NumberFormat.auto.format(Cell.missing) == "–")
            case .number(let quantity, let warning):
                let printed = NumberFormat.auto.format(quantity)
                if let warning {
                    warnings.append(warning)
                    #expect(cell == "$2,741025", "unexpected warning for `\(cell)`: \(warning)")
                    #expect(printed == "$2,741,025")
                } else {
                    #expect(printed == cell, "`\(cell)` prints as `\(printed)`")
                }
                #expect(quantity.unit == (cell.hasPrefix("$") ? .currency : .plain), "`\(cell)`")
            case .notANumber, .ambiguous:
                Issue.record("`\(cell)` is not read as a number")
            }
        }
        #expect(warnings.count == 1, "exactly one malformed figure: \(warnings)")
    }
}
