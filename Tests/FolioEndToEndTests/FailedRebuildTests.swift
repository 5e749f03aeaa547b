import Foundation
import FolioTestSupport
import Testing

/// Rebuilding the ALERT report after an edit that breaks it: exit 1, a located `file:line:column: error:`
/// on stderr, and the previous good output (PDF and chart images) left exactly as it was.
@Suite("A failed rebuild keeps the previous output")
struct FailedRebuildTests {
    /// A copy of ReportSpecs/ built once into `Output/` inside a fresh folder.
    static func builtWorkspace() throws -> (dir: URL, spec: String) {
        let dir = try TestSupport.specWorkspace()
        let spec = "ReportSpecs/alert-annual-report-2023-24.yaml"
        let first = try TestSupport.run(TestSupport.folio, ["build", spec, "--output", "Output", "--quiet"], currentDirectory: dir)
        try #require(first.status == 0, "\(first.stderr)")
        return (dir, spec)
    }

    /// Lines of stderr shaped `file:line:column: error: message`.
    static func locatedErrors(_ stderr: String) -> [String] {
        stderr.split(separator: "\n").map(String.init).filter { $0.range(of: #"^[^ :]+:\d+:\d+: error: "#, options: .regularExpression) != nil }
    }

    static func edit(_ file: URL, _ from: String, _ to: String) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        try #require(text.contains(from), "\(file.lastPathComponent) no longer contains `\(from)`")
        try text.replacingOccurrences(of: from, with: to).write(to: file, atomically: true, encoding: .utf8)
    }

    @Test("a broken edit leaves the output untouched", arguments: ["spec typo", "figure that does not add up", "cell that is not a number"])
    func brokenEdit(_ kind: String) throws {
        let (dir, spec) = try Self.builtWorkspace()
        let output = dir.appendingPathComponent("Output")
        let before = try TestSupport.files(under: output)
        #expect(before["alert-annual-report-2023-24.pdf"] != nil)
        #expect(before.keys.contains { $0.hasPrefix("charts/") })

        let expected: String
        switch kind {
        case "spec typo":
            let url = dir.appendingPathComponent(spec)
            let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
            let line = try #require(lines.firstIndex(of: "  - chart: ice-three-years")) + 1
            try Self.edit(url, "  - chart: ice-three-years\n", "  - chrt: ice-three-years\n")
            expected = "\(spec):\(line):5: error: unknown block type `chrt`"
        case "figure that does not add up":
            try Self.edit(dir.appendingPathComponent("ReportSpecs/data/ice.csv"), "CHILDREN RESCUED,26,", "CHILDREN RESCUED,27,")
            expected = "ReportSpecs/data/ice.csv:5:30: error: `CHILDREN RESCUED`: Q1 + Q2 + Q3 + Q4 add up to 204 but `2023-24` is 203"
        default:
            try Self.edit(dir.appendingPathComponent("ReportSpecs/data/cisa.csv"), "TRAINING COURSES,5,", "TRAINING COURSES,5x,")
            expected = "ReportSpecs/data/cisa.csv:3:18: error: `5x` in column `Q1` is not a number"
        }
        let result = try TestSupport.run(TestSupport.folio, ["build", spec, "--output", "Output", "--quiet"], currentDirectory: dir)
        #expect(result.status == 1)
        let errors = Self.locatedErrors(result.stderr)
        #expect(!errors.isEmpty, "no `file:line:column: error:` line in:\n\(result.stderr)")
        #expect(errors.contains { $0.hasPrefix(expected) }, "expected `\(expected)…` in:\n\(result.stderr)")
        #expect(try TestSupport.files(under: output) == before, "the previous output changed")
    }

    /// A spec's files are replaced as a set. Here the PDF (written first) could be replaced, but a folder
    /// stands where one of its chart images goes: the build must fail with exit 73, name the file, and put
    /// the previous PDF back, leaving no temporary file behind.
    @Test("an output that cannot be written leaves the whole set as it was")
    func unwritableOutputKeepsTheSet() throws {
        let (dir, spec) = try Self.builtWorkspace()
        let output = dir.appendingPathComponent("Output")
        let pdf = output.appendingPathComponent("alert-annual-report-2023-24.pdf")
        try Data("the previous PDF".utf8).write(to: pdf)
        let charts = try TestSupport.files(under: output).keys.filter { $0.hasPrefix("charts/") && $0.hasSuffix(".png") }.sorted()
        let blocked = try #require(charts.last)
        try FileManager.default.removeItem(at: output.appendingPathComponent(blocked))
        try TestSupport.write("not an image", to: blocked + "/keep.txt", in: output)
        let before = try TestSupport.files(under: output)

        let result = try TestSupport.run(TestSupport.folio, ["build", spec, "--output", "Output", "--force", "--quiet"], currentDirectory: dir)
        #expect(result.status == 73, "\(result.stderr)")
        #expect(result.stderr.contains("cannot write outputs: Output/\(blocked): Is a directory"), "\(result.stderr)")
        #expect(try TestSupport.files(under: output) == before, "a file of the set changed, or a temporary file was left")
        #expect(try Data(contentsOf: pdf) == Data("the previous PDF".utf8))
    }
}
