// folio-fuzz: property-based fuzzing of the spec reader, the CSV reader and layout.
//
// Starting from the real specs and data, each iteration applies random mutations (flipped, deleted and
// duplicated bytes and lines, YAML and CSV syntax tokens, huge and odd numbers, deep nesting, stray
// Unicode) and runs the reader, and layout when the input still reads. The property: no input crashes
// or traps; every failure is a diagnostic with a location. Deterministic for a given seed.
//
//   swift run folio-fuzz [ITERATIONS] [SEED]       (make fuzz runs 400 iterations)

import Foundation
import FolioCairo
import FolioLayout
import FolioModel
import FolioSpec

/// SplitMix64: small, fast and reproducible.
struct Random {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

let tokens = ["\n", ": ", "- ", "[", "]", "{", "}", "\"", "'", "#", "&a ", "*a", "<<: ", "\t", "~", "null", "- page-break",
              "  - table: {data: ice}", "  - chart: nope", ",", "\"\"", "–", "—", "$", "%", "(5)", "-", "1,2,3",
              "99999999999999999999", "1e308", "NaN", "-0", "0.0000001", "\u{0}", "\u{FEFF}", "é", "🙂", "\u{202E}",
              "R&D <b>bold</b>", "%s%n", "\\", String(repeating: "[", count: 200), String(repeating: "x", count: 3000)]

func mutate(_ text: String, _ rng: inout Random) -> String {
    var lines = text.components(separatedBy: "\n")
    for _ in 0..<(1 + rng.below(2)) {
        guard !lines.isEmpty else { break }
        let i = rng.below(lines.count)
        switch rng.below(7) {
        case 0: lines.remove(at: i)
        case 1: lines.insert(lines[i], at: i)
        case 2: lines[i] = String(lines[i].shuffled(using: &rng))
        case 3:
            var chars = Array(lines[i])
            if !chars.isEmpty { chars.insert(contentsOf: rng.pick(tokens), at: rng.below(chars.count)) }
            lines[i] = String(chars)
        case 4:
            var chars = Array(lines[i])
            if !chars.isEmpty { chars.remove(at: rng.below(chars.count)) }
            lines[i] = String(chars)
        case 5: lines[i] = rng.pick(tokens) + lines[i]
        default: lines.swapAt(i, rng.below(lines.count))
        }
    }
    return lines.joined(separator: "\n")
}

extension Random: RandomNumberGenerator {}

let arguments = CommandLine.arguments
let iterations = arguments.count > 1 ? Int(arguments[1]) ?? 400 : 400
var rng = Random(state: arguments.count > 2 ? UInt64(arguments[2]) ?? 2024 : 2024)
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let specsFolder = root.appendingPathComponent("ReportSpecs")
let seeds = ["alert-annual-report-2023-24.yaml", "release-charts-2023-24.yaml"].compactMap {
    try? String(contentsOf: specsFolder.appendingPathComponent($0), encoding: .utf8)
}
let dataFiles = (try? FileManager.default.contentsOfDirectory(atPath: specsFolder.appendingPathComponent("data").path)) ?? []
let work = FileManager.default.temporaryDirectory.appendingPathComponent("folio-fuzz-\(ProcessInfo.processInfo.processIdentifier)")
defer { try? FileManager.default.removeItem(at: work) }

guard !seeds.isEmpty, !dataFiles.isEmpty else {
    FileHandle.standardError.write(Data("folio-fuzz: cannot find ReportSpecs/ next to the sources\n".utf8))
    exit(2)
}

let engine = TextEngine()
var accepted = 0, rejected = 0, laidOut = 0
for iteration in 1...max(1, iterations) {
    try? FileManager.default.removeItem(at: work)
    try? FileManager.default.createDirectory(at: work.appendingPathComponent("data"), withIntermediateDirectories: true)
    for file in dataFiles {
        guard var csv = try? String(contentsOf: specsFolder.appendingPathComponent("data/\(file)"), encoding: .utf8) else { continue }
        if rng.below(8) == 0 { csv = mutate(csv, &rng) }
        try? csv.write(to: work.appendingPathComponent("data/\(file)"), atomically: false, encoding: .utf8)
    }
    let spec = mutate(rng.pick(seeds), &rng)
    let path = work.appendingPathComponent("spec.yaml").path
    do {
        let loaded = try SpecReader().read(yaml: spec, path: path)
        accepted += 1
        if accepted % 3 == 1 {
            _ = LayoutEngine(shaper: engine).layout(loaded.report)
            for chart in loaded.charts.prefix(2) {
                _ = ChartImageLayout(shaper: engine, theme: loaded.report.theme).page(chart, size: Size(width: 400, height: 300), organisation: nil)
            }
            laidOut += 1
        }
    } catch {
        rejected += 1
        // Every rejection must say where: a diagnostic with a line and column inside the input.
        for d in error.diagnostics where d.location.line < 1 || d.location.column < 1 {
            FileHandle.standardError.write(Data("folio-fuzz: iteration \(iteration): diagnostic without a location: \(d.message)\n".utf8))
            exit(1)
        }
        if error.diagnostics.isEmpty {
            FileHandle.standardError.write(Data("folio-fuzz: iteration \(iteration): rejected with no diagnostic\n".utf8))
            exit(1)
        }
    }
}
print("folio-fuzz: \(iterations) inputs, \(accepted) accepted (\(laidOut) laid out), \(rejected) rejected with located diagnostics, no crash")
