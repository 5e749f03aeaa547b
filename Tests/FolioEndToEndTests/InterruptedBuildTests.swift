import Foundation
import FolioTestSupport
import Testing

/// A build that is stopped leaves nothing behind: SIGTERM removes its temporary files; after a kill the next
/// build rolls back the half-swapped set its journal records and removes stale temporary files (those of a
/// running build stay); a full temporary folder is exit 73, not an internal error.
@Suite("Interrupted builds")
struct InterruptedBuildTests {
    static let spec = TestSupport.root.appendingPathComponent("Tests/FolioLayoutTests/Specs/box-blocks.yaml").path

    /// The id of a process that has exited (so no running process has it, for a while at least).
    static func deadPid() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    static func leftovers(_ folder: URL) -> [String] {
        let names = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String]) ?? []
        return names.filter { ($0 as NSString).lastPathComponent.hasPrefix(".") && !$0.hasSuffix(".folio-manifest.json") }
    }

    @Test func theNextBuildRollsBackASwapKilledHalfWay() throws {
        let out = try TestSupport.temporaryDirectory()
        #expect(try TestSupport.folioBuild(Self.spec, output: out).status == 0)
        let fm = FileManager.default
        let pdf = out.appendingPathComponent("box-blocks.pdf")
        let chart = out.appendingPathComponent("charts/box-blocks/a.png")
        let oldPDF = try Data(contentsOf: pdf), oldChart = try Data(contentsOf: chart)
        // As a build killed after renaming the new PDF into place and before the chart image: the old PDF
        // under its backup name, a new one in its place, the new chart image still staged, the journal.
        let pid = try Self.deadPid()
        let backup = out.appendingPathComponent(".box-blocks.pdf.\(pid).old"), staged = out.appendingPathComponent("charts/box-blocks/.a.png.\(pid).tmp")
        try fm.linkItem(at: pdf, to: backup)
        try fm.removeItem(at: pdf)
        try Data("half of a new set".utf8).write(to: pdf)
        try Data("new chart".utf8).write(to: staged)
        let journal = [ [pdf.path, out.appendingPathComponent(".box-blocks.pdf.\(pid).tmp").path, backup.path].joined(separator: "\t"),
                        [chart.path, staged.path, out.appendingPathComponent("charts/box-blocks/.a.png.\(pid).old").path].joined(separator: "\t") ]
        try (journal.joined(separator: "\n") + "\n").write(to: out.appendingPathComponent(".folio-set.\(pid).journal"), atomically: true, encoding: .utf8)

        let result = try TestSupport.run(TestSupport.folio, ["build", Self.spec, "--output", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("was rolled back"), "\(result.stderr)")
        // The previous set is back whole (so the build finds it up to date), and nothing is left over.
        #expect(try Data(contentsOf: pdf) == oldPDF && Data(contentsOf: chart) == oldChart)
        #expect(result.stdout.contains("box-blocks: up to date"), "\(result.stdout)")
        #expect(Self.leftovers(out).isEmpty, "\(Self.leftovers(out))")
    }

    @Test func staleTemporaryFilesGoButARunningBuildsStay() throws {
        let out = try TestSupport.temporaryDirectory(), tmp = try TestSupport.temporaryDirectory()
        let pid = try Self.deadPid(), running = ProcessInfo.processInfo.processIdentifier
        let stale = [out.appendingPathComponent(".box-blocks.pdf.\(pid).tmp"), out.appendingPathComponent(".box-blocks.pdf.\(pid).old"),
                     tmp.appendingPathComponent("folio-\(pid)-1234.spool")]
        let live = [out.appendingPathComponent(".box-blocks.pdf.\(running).tmp"), tmp.appendingPathComponent("folio-\(running)-5678.spool")]
        for file in stale + live { try Data("x".utf8).write(to: file) }
        let result = try TestSupport.run(TestSupport.folio, ["build", Self.spec, "--output", out.path], environment: ["TMPDIR": tmp.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("removed 3 temporary files of interrupted builds"), "\(result.stderr)")
        for file in stale { #expect(!FileManager.default.fileExists(atPath: file.path), "\(file.lastPathComponent) is left") }
        for file in live { #expect(FileManager.default.fileExists(atPath: file.path), "\(file.lastPathComponent) of a running build was removed") }
    }

    @Test func aStoppedBuildRemovesItsTemporaryFiles() throws {
        // A report long enough to be stopped while it renders: 3,000 table rows.
        let dir = try TestSupport.temporaryDirectory(), tmp = try TestSupport.temporaryDirectory()
        let rows = (1...3_000).map { "Row \($0),\($0),\($0 * 7)" }.joined(separator: "\n")
        try ("name,a,b\n" + rows + "\n").write(to: dir.appendingPathComponent("d.csv"), atomically: true, encoding: .utf8)
        let spec = dir.appendingPathComponent("long.yaml")
        try "document: {title: Long, date: 2026-01-01}\ndata: {d: d.csv}\ncontent:\n  - table: {data: d}\n".write(to: spec, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out")
        var statuses: [Int32] = []
        // Stopped while reading, laying out and writing its spooled PDF (about 4 s in all for a debug build).
        for delay in [0.5, 1.8, 2.6] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: TestSupport.folio)
            process.arguments = ["build", spec.path, "--output", out.path, "--force", "--quiet"]
            process.environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": tmp.path]) { $1 }
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            process.terminate()
            process.waitUntilExit()
            statuses.append(process.terminationStatus)
            #expect([0, 143].contains(process.terminationStatus), "exit \(process.terminationStatus)")
            #expect(Self.leftovers(out).isEmpty, "left in the output: \(Self.leftovers(out))")
            let spools = (try? FileManager.default.contentsOfDirectory(atPath: tmp.path)) ?? []
            #expect(spools.isEmpty, "left in TMPDIR: \(spools)")
        }
        #expect(statuses.contains(143), "no build was stopped: \(statuses)")
    }

    /// A 64 KB tmpfs as TMPDIR, where the machine allows mounting one (root in a container usually may).
    static let tinyTemporaryFolder: URL? = {
        guard let dir = try? TestSupport.temporaryDirectory().appendingPathComponent("tiny") else { return nil }
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let mount = try? TestSupport.run("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", dir.path])
        return mount?.status == 0 ? dir : nil
    }()

    @Test(.enabled(if: InterruptedBuildTests.tinyTemporaryFolder != nil, "needs a tmpfs mount (root)"))
    func aFullTemporaryFolderIsExit73AndTouchesNothing() throws {
        let tiny = try #require(Self.tinyTemporaryFolder)
        defer { _ = try? TestSupport.run("umount", [tiny.path]) }
        let out = try TestSupport.temporaryDirectory()
        let result = try TestSupport.run(TestSupport.folio, ["build", TestSupport.alertSpec, "--output", out.path, "--pdf-only"],
                                         environment: ["TMPDIR": tiny.path])
        #expect(result.status == 73, "exit \(result.status): \(result.stderr)")
        #expect(result.stderr.contains("No space left on device"), "\(result.stderr)")
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).filter { $0.hasSuffix(".pdf") }.isEmpty)
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: tiny.path)) ?? []).isEmpty, "spool files left on the full disk")
    }
}
