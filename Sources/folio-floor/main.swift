// folio-floor: writes a report's laid-out pages as a C header for bench/report/cairo_floor.c, the raw
// Cairo/Pango program that draws the same pages with hard-coded geometry (the floor any engine on this
// stack can reach: no spec reading, no layout decisions, only the Pango and Cairo calls).
//
// Every paragraph Folio shaped becomes its runs (text, font, colour, features) and wrap width, which the
// C program lays out again with Pango exactly as the text engine does; every drawn item becomes an
// operation at its final position. Tags, links, outline and metadata are left out: the floor only draws.
//
//   swift run -c release folio-floor SPEC OUT.h        (bench/setup.sh runs it)

import Foundation
import FolioCairo
import FolioLayout
import FolioModel
import FolioSpec

/// Shapes with a real text engine and remembers each distinct paragraph's request.
final class RecordingShaper: TextShaper {
    private let engine = TextEngine()
    private(set) var requests: [(runs: [TextRun], width: Points?)] = []
    /// Each distinct line shaped: its paragraph's request and its index there (equal lines draw alike).
    private var lines: [ShapedLine: (request: Int, index: Int)] = [:]
    private var seen: Set<ShapedText> = []

    func shape(_ runs: [TextRun], width: Points?) -> ShapedText {
        let result = engine.shape(runs, width: width)
        if seen.insert(result).inserted {
            let request = requests.count
            // A paragraph on one line is laid out unwrapped (the same glyphs): Pango would shape it twice
            // to break it, and Folio does not (see `ShapedText.fitsFirstLength`).
            requests.append((runs, result.lines.count == 1 ? nil : width))
            for (index, line) in result.lines.enumerated() where lines[line] == nil { lines[line] = (request, index) }
        }
        return result
    }

    /// The request and line index that shaped `line`.
    func id(of line: ShapedLine) -> (request: Int, index: Int)? { lines[line] }
}

/// A C string literal: printable ASCII as is, everything else as three-digit octal escapes.
func cString(_ s: String) -> String {
    var out = "\""
    for byte in s.utf8 {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): out += "\\" + String(UnicodeScalar(byte))
        case 0x20...0x7E where byte != UInt8(ascii: "?"): out += String(UnicodeScalar(byte))
        default: out += "\\" + String(byte, radix: 8).leftPadded(to: 3)
        }
    }
    return out + "\""
}

extension String {
    func leftPadded(to n: Int) -> String { String(repeating: "0", count: max(0, n - count)) + self }
}

func number(_ v: Double) -> String { v.isFinite ? String(v) : "0" }
func rgba(_ c: Color?) -> String {
    guard let c else { return "{0, 0, 0, -1}" }
    return "{\(number(c.red)), \(number(c.green)), \(number(c.blue)), \(number(c.alpha))}"
}

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: folio-floor SPEC OUT.h\n".utf8))
    exit(64)
}
let loaded: LoadedSpec
do { loaded = try SpecReader().read(path: arguments[1]) } catch {
    FileHandle.standardError.write(Data("\(arguments[1]): cannot read the spec: \(error)\n".utf8))
    exit(1)
}
let shaper = RecordingShaper()
let document = LayoutEngine(shaper: shaper).layout(loaded.report)

var runs: [String] = [], paragraphs: [String] = [], operations: [String] = [], elements: [String] = []
var dashes: [String] = [], pages: [String] = []
for request in shaper.requests {
    paragraphs.append("{\(runs.count), \(request.runs.count), \(number(request.width ?? -1))}")
    for run in request.runs {
        runs.append("{\(cString(run.text)), \(cString(run.font.family)), \(number(run.font.size)), \(run.font.weight), "
                    + "\(run.font.italic ? 1 : 0), \(rgba(run.color)), \(number(run.tracking)), \(run.tabularFigures ? 1 : 0), \(run.noBreak ? 1 : 0)}")
    }
}
for page in document.pages {
    let first = operations.count
    for item in page.items {
        switch item {
        case .text(let line):
            // A line drawn in pieces (links, other languages) is drawn whole here, once, for its first piece.
            guard (line.piece ?? 0) == 0, let id = shaper.id(of: line.metrics) else { continue }
            operations.append("{FLOOR_TEXT, \(id.request), \(id.index), {\(number(line.origin.x)), \(number(line.origin.y)), 0, 0}, 0, {0}, {0}, 0, 0}")
        case .group(let group):
            // Turned labels: the floor turns the text about where the group puts its line's start.
            for case .text(let line) in group.items {
                guard (line.piece ?? 0) == 0, let id = shaper.id(of: line.metrics) else { continue }
                let at = group.transform.apply(line.origin)
                operations.append("{FLOOR_TEXT, \(id.request), \(id.index), {\(number(at.x)), \(number(at.y)), \(number(group.transform.rotation)), 0}, 0, {0}, {0}, 0, 0}")
            }
        case .fill(let r, let c):
            operations.append("{FLOOR_FILL, 0, 0, {\(number(r.x)), \(number(r.y)), \(number(r.width)), \(number(r.height))}, 0, \(rgba(c)), {0}, 0, 0}")
        case .rule(let a, let b, let width, let c):
            operations.append("{FLOOR_RULE, 0, 0, {\(number(a.x)), \(number(a.y)), \(number(b.x)), \(number(b.y))}, \(number(width)), {0}, \(rgba(c)), 0, 0}")
        case .path(let path, let fill, let stroke):
            let firstElement = elements.count
            for element in path.elements {
                switch element {
                case .move(let p): elements.append("{0, {\(number(p.x)), \(number(p.y))}}")
                case .line(let p): elements.append("{1, {\(number(p.x)), \(number(p.y))}}")
                case .curve(let a, let b, let c):
                    elements.append("{2, {\(number(a.x)), \(number(a.y)), \(number(b.x)), \(number(b.y)), \(number(c.x)), \(number(c.y))}}")
                case .close: elements.append("{3, {0}}")
                }
            }
            let firstDash = dashes.count
            dashes += (stroke?.dash ?? []).map(number)
            operations.append("{FLOOR_PATH, \(firstElement), \(path.elements.count), {0}, \(number(stroke?.width ?? -1)), "
                              + "\(rgba(fill)), \(rgba(stroke?.color)), \(firstDash), \(stroke?.dash.count ?? 0)}")
        case .image, .beginTag, .endTag: continue  // the ALERT report places no image
        }
    }
    pages.append("{\(number(page.size.width)), \(number(page.size.height)), \(first), \(operations.count - first)}")
}

func array(_ type: String, _ name: String, _ rows: [String]) -> String {
    "static const \(type) \(name)[] = {\n" + (rows.isEmpty ? "  {0}" : rows.map { "  " + $0 }.joined(separator: ",\n")) + "\n};\n"
}
var header = "/* Generated by folio-floor from \(URL(fileURLWithPath: arguments[1]).lastPathComponent): do not edit. */\n"
header += "#define FLOOR_FONTCONFIG \(cString(FontConfiguration.xml))\n"
header += "#define FLOOR_PARAGRAPHS \(paragraphs.count)\n#define FLOOR_PAGES \(pages.count)\n#define FLOOR_OPERATIONS \(operations.count)\n"
header += array("FloorRun", "floor_runs", runs)
header += array("FloorParagraph", "floor_paragraphs", paragraphs)
header += array("FloorOperation", "floor_operations", operations)
header += array("FloorElement", "floor_elements", elements)
header += "static const double floor_dashes[] = {" + (dashes.isEmpty ? "0" : dashes.joined(separator: ", ")) + "};\n"
header += array("FloorPage", "floor_pages", pages)
do {
    try header.write(toFile: arguments[2], atomically: true, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("\(arguments[2]): \(error)\n".utf8))
    exit(73)
}
print("\(arguments[2]): \(pages.count) pages, \(paragraphs.count) paragraphs, \(operations.count) drawing operations")
