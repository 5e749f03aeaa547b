import Foundation
import FolioTestSupport
import Testing

/// The CI workflow: reproducible and parallel builds, --check, incremental rebuilds, watch and diff.
@Suite("Build workflow", .serialized)
struct WorkflowTests {
    static func build(_ dir: URL, _ extra: [String] = [], environment: [String: String] = [:]) throws -> TestSupport.Result {
        try TestSupport.run(TestSupport.folio, ["build", "ReportSpecs/alert-annual-report-2023-24.yaml",
                                                "ReportSpecs/release-charts-2023-24.yaml", "--output", "Output"] + extra,
                            environment: ["CI": "true"].merging(environment) { $1 }, currentDirectory: dir)
    }

    static func editIce(_ dir: URL, from: String, to: String) throws {
        let csv = dir.appendingPathComponent("ReportSpecs/data/ice.csv")
        let text = try String(contentsOf: csv, encoding: .utf8)
        try text.replacingOccurrences(of: from, with: to).write(to: csv, atomically: true, encoding: .utf8)
    }

    @Test func serialAndParallelBuildsAreIdenticalAndMatchTheCommittedOutput() throws {
        let a = try TestSupport.specWorkspace(), b = try TestSupport.specWorkspace()
        #expect(try Self.build(a, ["--jobs", "1"]).status == 0)
        #expect(try Self.build(b, ["--jobs", "4"], environment: ["TZ": "America/Edmonton", "LANG": "fr_CA.UTF-8"]).status == 0)
        let serial = try TestSupport.files(under: a.appendingPathComponent("Output")), parallel = try TestSupport.files(under: b.appendingPathComponent("Output"))
        #expect(serial.count == 14 + 52)
        #expect(serial == parallel)
        guard ReferencePlatform.isCurrent else {
            // Output/ was made on the reference platform; here only what holds everywhere (ReferencePlatform).
            let problems = try ReferencePlatform.portableProblems(in: a.appendingPathComponent("Output"), reference: TestSupport.root.appendingPathComponent("Output"))
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n")); \(ReferencePlatform.reason)")
            return
        }
        let committed = try TestSupport.files(under: TestSupport.root.appendingPathComponent("Output"))
        for (path, data) in serial { #expect(committed[path] == data, "Output/\(path) differs from a fresh build") }
    }

    @Test func checkFailsAfterADataChangeAndPassesAfterARebuild() throws {
        let dir = try TestSupport.specWorkspace()
        #expect(try Self.build(dir).status == 0)
        #expect(try Self.build(dir, ["--check"]).status == 0)
        try Self.editIce(dir, from: "CHILDREN RESCUED,26,78,56,43,203", to: "CHILDREN RESCUED,26,78,57,43,204")
        let stale = try Self.build(dir, ["--check"])
        #expect(stale.status == 3)
        #expect(stale.stderr.contains("stale: Output/alert-annual-report-2023-24.pdf"))
        #expect(stale.stderr.contains("stale: Output/charts/alert-annual-report-2023-24/ice-children-rescued-by-quarter.png"))
        #expect(!stale.stderr.contains("stale: Output/charts/alert-annual-report-2023-24/cisa"), "unaffected charts are not stale")
        #expect(try Self.build(dir).status == 0)
        #expect(try Self.build(dir, ["--check"]).status == 0)
    }

    @Test func incrementalBuildsSkipWhatDidNotChange() throws {
        let dir = try TestSupport.specWorkspace()
        #expect(try Self.build(dir).status == 0)
        let pdf = dir.appendingPathComponent("Output/alert-annual-report-2023-24.pdf")
        let before = try FileManager.default.attributesOfItem(atPath: pdf.path)[.modificationDate] as? Date
        let again = try Self.build(dir)
        #expect(again.stdout.contains("alert-annual-report-2023-24: up to date"))
        #expect(again.stdout.contains("release-charts-2023-24: up to date"))
        #expect(try FileManager.default.attributesOfItem(atPath: pdf.path)[.modificationDate] as? Date == before)
        // A data file of one spec changes: that spec (both use ice.csv) is rebuilt; --force rebuilds all.
        try Self.editIce(dir, from: "FILE INTAKES,680", to: "FILE INTAKES,681")
        try Self.editIce(dir, from: "\"3,815\"", to: "\"3,816\"")
        let changed = try Self.build(dir)
        #expect(changed.status == 0, "\(changed.stderr)")
        #expect(changed.stdout.contains("alert-annual-report-2023-24: 14 files, 15 pages, 13 chart images"))
        #expect(!changed.stdout.contains("alert-annual-report-2023-24: up to date"))
        let forced = try Self.build(dir, ["--force"])
        #expect(!forced.stdout.contains("up to date,") || forced.stdout.contains("0 up to date"))
        // Plain lines under CI: no control characters.
        #expect(!forced.stdout.contains("\u{1B}") && !forced.stdout.contains("\r"))
    }

    @Test func previewsArePNGsOfEveryPage() throws {
        let dir = try TestSupport.specWorkspace()
        #expect(try Self.build(dir, ["--preview"]).status == 0)
        let previews = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("Output/previews/alert-annual-report-2023-24").path)
        #expect(previews.sorted().first == "page-01.png")
        #expect(previews.count == 15)
    }

    @Test func watchRerendersOnChangeAndKeepsTheLastGoodOutput() throws {
        let dir = try TestSupport.specWorkspace()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestSupport.folio)
        process.arguments = ["watch", "ReportSpecs/alert-annual-report-2023-24.yaml", "--output", "Output", "--interval", "50", "--max-builds", "3", "--quiet"]
        process.currentDirectoryURL = dir
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let pdf = dir.appendingPathComponent("Output/alert-annual-report-2023-24.pdf")
        func waitFor(_ condition: () -> Bool) -> Bool {
            for _ in 0..<400 { if condition() { return true }; usleep(50_000) }
            return false
        }
        let manifest = dir.appendingPathComponent("Output/.folio-manifest.json")
        #expect(waitFor { FileManager.default.fileExists(atPath: manifest.path) }, "first build finished")
        let first = try Data(contentsOf: pdf)
        // A broken edit: diagnostics, the last good PDF stays.
        try Self.editIce(dir, from: "CHILDREN RESCUED,26,", to: "CHILDREN RESCUED,2x6,")
        usleep(1_500_000)
        #expect(try Data(contentsOf: pdf) == first, "a broken input leaves the last good output")
        // A good edit: re-rendered.
        try Self.editIce(dir, from: "CHILDREN RESCUED,2x6,78,56,43,203", to: "CHILDREN RESCUED,27,78,56,43,204")
        #expect(waitFor { (try? Data(contentsOf: pdf)) != first }, "re-rendered after the change")
        #expect(waitFor { !process.isRunning }, "stops after --max-builds")
    }

    @Test func diffNamesTheChangedPageAndFigure() throws {
        let dir = try TestSupport.specWorkspace()
        #expect(try Self.build(dir).status == 0)
        try FileManager.default.copyItem(at: dir.appendingPathComponent("Output"), to: dir.appendingPathComponent("Old"))
        try Self.editIce(dir, from: "CHILDREN RESCUED,26,78,56,43,203", to: "CHILDREN RESCUED,26,78,57,43,204")
        #expect(try Self.build(dir).status == 0)
        let diff = try TestSupport.run(TestSupport.folio, ["diff", "Old/alert-annual-report-2023-24.pdf", "Output/alert-annual-report-2023-24.pdf",
                                                           "--output", "Diff"], currentDirectory: dir)
        #expect(diff.status == 3)
        #expect(diff.stdout.contains("page 5 changed"))
        #expect(diff.stdout.contains("- CHILDREN RESCUED 26 78 56 43 203 46 100"))
        #expect(diff.stdout.contains("+ CHILDREN RESCUED 26 78 57 43 204 46 100"))
        #expect(diff.stdout.contains("figures: 203 → 204, 56 → 57"), "\(diff.stdout)")
        #expect(!diff.stdout.contains("page 7 changed"), "pages without the figure are unchanged")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("Diff/alert-annual-report-2023-24-page-5.png").path))
        let folders = try TestSupport.run(TestSupport.folio, ["diff", "Old", "Output", "--output", "Diff2"], currentDirectory: dir)
        #expect(folders.status == 3)
        #expect(folders.stdout.contains("changed: charts/alert-annual-report-2023-24/ice-children-rescued-by-quarter.png"))
        let same = try TestSupport.run(TestSupport.folio, ["diff", "Output", "Output"], currentDirectory: dir)
        #expect(same.status == 0)
        #expect(same.stdout.contains("no differences"))
    }

    @Test func sourceDateEpochGivesTheDateWhenTheSpecHasNone() throws {
        let dir = try TestSupport.temporaryDirectory()
        let spec = try TestSupport.write("document: {title: T}\ncontent:\n  - paragraph: Hi\n", to: "e.yaml", in: dir)
        let withEpoch = try TestSupport.folioBuild(spec.path, output: dir, environment: ["SOURCE_DATE_EPOCH": "1711929600"])
        #expect(withEpoch.status == 0)
        let info = try TestSupport.run("pdfinfo", [dir.appendingPathComponent("e.pdf").path]).stdout
        #expect(info.contains("CreationDate:    Mon Apr  1 00:00:00 2024 UTC"))
        let without = try TestSupport.folioBuild(spec.path, output: try TestSupport.temporaryDirectory(), environment: ["SOURCE_DATE_EPOCH": ""])
        #expect(without.status == 1)
    }
}
