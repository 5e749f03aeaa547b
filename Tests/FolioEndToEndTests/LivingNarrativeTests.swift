import Foundation
import FolioTestSupport
import Testing

/// The ALERT report as data plus one parameter: a changed cell changes every sentence and call-out that
/// states it, and `--set year=…` with next year's data files gives next year's report throughout.
@Suite("Living narrative")
struct LivingNarrativeTests {
    static let spec = "ReportSpecs/alert-annual-report-2023-24.yaml"

    static func build(_ workspace: URL, _ arguments: [String] = []) throws -> (TestSupport.Result, String) {
        let output = workspace.appendingPathComponent("Output")
        let result = try TestSupport.run(TestSupport.folio, ["build", workspace.appendingPathComponent(spec).path, "--output", output.path,
                                                             "--quiet", "--pdf-only"] + arguments)
        let pdf = output.appendingPathComponent("alert-annual-report-2023-24.pdf")
        let text = FileManager.default.fileExists(atPath: pdf.path) ? try TestSupport.pdfText(pdf) : ""
        return (result, text.replacingOccurrences(of: "\n", with: " "))
    }

    @Test func aChangedCellChangesTheSentenceAndTheKeyFigureThatStateIt() throws {
        let workspace = try TestSupport.specWorkspace()
        let data = workspace.appendingPathComponent("ReportSpecs/data/safety-network-coordinators.csv")
        let (before, text) = try Self.build(workspace)
        #expect(before.status == 0, "\(before.stderr)")
        #expect(text.contains("first six months, 17 exploited individuals have been helped"))
        try "measure,first six months\nEXPLOITED INDIVIDUALS HELPED,19\n".write(to: data, atomically: true, encoding: .utf8)
        let (after, changed) = try Self.build(workspace)
        #expect(after.status == 0, "\(after.stderr)")
        #expect(changed.contains("first six months, 19 exploited individuals have been helped"))
        // The sentence and the key figure: two 17s became 19s, and nothing else changed.
        func count(_ s: String, _ word: String) -> Int { s.components(separatedBy: word).count - 1 }
        #expect(count(text, " 17 ") - count(changed, " 17 ") == 2 && count(changed, " 19 ") - count(text, " 19 ") == 2,
                "17s: \(count(text, " 17 ")) → \(count(changed, " 17 ")); 19s: \(count(text, " 19 ")) → \(count(changed, " 19 "))")
    }

    @Test func diffNamesTheChangedFigureOfASentence() throws {
        let workspace = try TestSupport.specWorkspace()
        #expect(try Self.build(workspace).0.status == 0)
        try FileManager.default.copyItem(at: workspace.appendingPathComponent("Output"), to: workspace.appendingPathComponent("Old"))
        try "measure,first six months\nEXPLOITED INDIVIDUALS HELPED,19\n".write(
            to: workspace.appendingPathComponent("ReportSpecs/data/safety-network-coordinators.csv"), atomically: true, encoding: .utf8)
        #expect(try Self.build(workspace).0.status == 0)
        let diff = try TestSupport.run(TestSupport.folio, ["diff", "Old/alert-annual-report-2023-24.pdf", "Output/alert-annual-report-2023-24.pdf",
                                                           "--output", "Diff"], currentDirectory: workspace)
        #expect(diff.status == 3)
        #expect(diff.stdout.contains("figures: 17 → 19"), "\(diff.stdout)")
    }

    /// Next year's data: each unit's columns one year on (the figures themselves kept, so they can be found).
    static func nextYearsData(in workspace: URL) throws {
        let folder = workspace.appendingPathComponent("ReportSpecs/data")
        for name in ["ice", "human-trafficking", "cisa", "organized-crime", "stolen-vehicles", "firearms"] {
            let url = folder.appendingPathComponent("\(name).csv")
            var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
            lines[0] = lines[0].replacingOccurrences(of: "2023-24", with: "2024-25").replacingOccurrences(of: "2022-23", with: "2023-24")
                .replacingOccurrences(of: "2021-22", with: "2022-23")
            try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        }
        try FileManager.default.moveItem(at: folder.appendingPathComponent("regional-2023-24.csv"),
                                         to: folder.appendingPathComponent("regional-2024-25.csv"))
    }

    @Test func oneParameterMakesNextYearsReport() throws {
        let workspace = try TestSupport.specWorkspace()
        try Self.nextYearsData(in: workspace)
        // Without the parameter the spec looks for this year's columns and says which are missing.
        let (stale, _) = try Self.build(workspace)
        #expect(stale.status == 1)
        #expect(stale.stderr.contains("regional-2023-24.csv") || stale.stderr.contains("no column `2021-22`"), "\(stale.stderr)")
        let (result, text) = try Self.build(workspace, ["--set", "year=2024-25"])
        #expect(result.status == 0, "\(result.stderr)")
        for phrase in ["Annual Report 2024-25", "Children rescued by quarter, 2024-25", "2022-23 to 2024-25", "Results by location, 2024-25"] {
            #expect(text.contains(phrase), "`\(phrase)` is not in next year's report")
        }
        #expect(!text.contains("2021-22"), "a year two years before next year is still printed")
        // The figures are the data's (the columns moved, the values did not): 203 children rescued.
        #expect(text.contains("203"))
        let info = try TestSupport.run("pdfinfo", [workspace.appendingPathComponent("Output/alert-annual-report-2023-24.pdf").path]).stdout
        #expect(info.contains("2025"), "the publication date follows the fiscal year: \(info)")
    }

    @Test func aWrongParameterValueIsAClearErrorAndWritesNothing() throws {
        let workspace = try TestSupport.specWorkspace()
        let (result, _) = try Self.build(workspace, ["--set", "year=2024"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("--set year=2024") && result.stderr.contains("fiscal year such as 2023-24"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: workspace.appendingPathComponent("Output/alert-annual-report-2023-24.pdf").path))
    }
}
