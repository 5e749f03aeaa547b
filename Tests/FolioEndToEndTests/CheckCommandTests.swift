import Foundation
import FolioTestSupport
import Testing

/// `folio check`, the ALERT spec's declared checks, fonts, and the diagnostic formats.
@Suite("Check command")
struct CheckCommandTests {
    /// A copy of ReportSpecs/ in a temporary folder, with `edit` applied to one data file.
    static func copyOfSpecs(editing file: String? = nil, _ edit: (String) -> String = { $0 }) throws -> URL {
        let target = try TestSupport.specWorkspace().appendingPathComponent("ReportSpecs")
        if let file {
            let url = target.appendingPathComponent(file)
            try edit(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
        }
        return target
    }

    @Test func theALERTSpecsAreClean() throws {
        let result = try TestSupport.run(TestSupport.folio, ["check", TestSupport.alertSpec,
                                                             TestSupport.root.appendingPathComponent("ReportSpecs/release-charts-2023-24.yaml").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("misplaced thousands separator"), "the `$2,741025` warning is shown")
        // Both specs read stolen-vehicles.csv: its warning is said once per run, by check and by build.
        #expect(result.stderr.components(separatedBy: "misplaced thousands separator").count == 2, "\(result.stderr)")
        let built = try TestSupport.run(TestSupport.folio, ["build", TestSupport.alertSpec, TestSupport.root.appendingPathComponent("ReportSpecs/release-charts-2023-24.yaml").path,
                                                            "--output", try TestSupport.temporaryDirectory().path, "--pdf-only"])
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stderr.components(separatedBy: "misplaced thousands separator").count == 2, "\(built.stderr)")
    }

    @Test func oneChangedFigureFailsItsSumWithAPreciseMessage() throws {
        let specs = try Self.copyOfSpecs(editing: "data/ice.csv") { $0.replacingOccurrences(of: "CHILDREN RESCUED,26,", with: "CHILDREN RESCUED,27,") }
        let result = try TestSupport.run(TestSupport.folio, ["check", "alert-annual-report-2023-24.yaml", "--diagnostics", "text"],
                                         environment: ["CI": "false"], currentDirectory: specs)
        #expect(result.status == 1)
        #expect(result.stderr.contains("data/ice.csv:5:30: error: `CHILDREN RESCUED`: Q1 + Q2 + Q3 + Q4 add up to 204 but `2023-24` is 203"))
    }

    @Test func aRegionalFigureThatDisagreesWithTheUnitTableIsCaught() throws {
        let specs = try Self.copyOfSpecs(editing: "data/regional-2023-24.csv") {
            $0.replacingOccurrences(of: "TOTALS,141,800,232", with: "TOTALS,141,801,232")
        }
        let result = try TestSupport.run(TestSupport.folio, ["check", "alert-annual-report-2023-24.yaml"],
                                         environment: ["CI": "false"], currentDirectory: specs)
        #expect(result.status == 1)
        // Both the totals row and the cross-table check name the cell.
        #expect(result.stderr.contains("data/regional-2023-24.csv:10:12: error: column `charges`: the rows add up to 800 but the totals row says 801"))
        #expect(result.stderr.contains("regional `TOTALS` / `charges` is 801 but organized-crime `CHARGES LAID` / `2023-24` is 800"))
    }

    @Test func jsonAndGitHubFormats() throws {
        let dir = try TestSupport.temporaryDirectory()
        let spec = try TestSupport.write("document: {titel: T, date: 2024-03-31}\ncontent: []\n", to: "bad.yaml", in: dir)
        let json = try TestSupport.run(TestSupport.folio, ["check", spec.path, "--diagnostics", "json"])
        #expect(json.status == 1)
        let parsed = try JSONSerialization.jsonObject(with: json.stdoutData) as? [[String: Any]]
        let first = try #require(parsed?.first)
        #expect(first["line"] as? Int == 1)
        #expect(first["column"] as? Int == 12)
        #expect(first["severity"] as? String == "error")
        #expect(first["suggestion"] as? String == "did you mean `title`?")
        let github = try TestSupport.run(TestSupport.folio, ["check", spec.path], environment: ["CI": "true"])
        #expect(github.stdout.contains("::error file=\(spec.path),line=1,col=12::unknown key `titel` in `document` (did you mean `title`?)"))
    }

    @Test func aMissingFontIsAnErrorNotAFallback() throws {
        let dir = try TestSupport.temporaryDirectory()
        let spec = try TestSupport.write("document: {title: T, date: 2024-03-31}\ntheme: {font: No Such Family}\ncontent:\n  - paragraph: Hi\n",
                                         to: "font.yaml", in: dir)
        let result = try TestSupport.folioBuild(spec.path, output: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("font family `No Such Family` is not installed"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("font.pdf").path))
    }
}

/// A short fuzz run inside the suite (`make fuzz` runs longer): mutated specs and data never crash.
@Suite("Fuzz smoke")
struct FuzzSmokeTests {
    @Test func mutatedInputsNeverCrash() throws {
        let binary = TestSupport.product("folio-fuzz")
        let result = try TestSupport.run(binary, ["150", "99"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("no crash"))
    }
}
