import Foundation
import Testing
import FolioTestSupport

/// `folio` starts loading fonts for `build` before it parses its arguments (on another thread, which must
/// be stopped before the process exits): every way a command line can end still exits cleanly, with the
/// right code and message.
@Suite struct CommandLineTests {
    @Test func buildIsTheDefaultCommand() throws {
        let dir = try TestSupport.temporaryDirectory()
        let result = try TestSupport.run(TestSupport.folio, [TestSupport.alertSpec, "--output", dir.path, "--pdf-only", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("alert-annual-report-2023-24.pdf").path))
    }

    @Test func usageErrorsExit64WithTheirMessage() throws {
        let unknown = try TestSupport.run(TestSupport.folio, ["build", TestSupport.alertSpec, "--no-such-flag"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("--no-such-flag"))
        let invalid = try TestSupport.run(TestSupport.folio, ["build", TestSupport.alertSpec, "--jobs", "0"])
        #expect(invalid.status == 64)
        #expect(invalid.stderr.contains("--jobs must be between 1 and 256"))
        let missing = try TestSupport.run(TestSupport.folio, ["build"])
        #expect(missing.status == 64)
    }

    @Test func versionPrintsTheEngineVersion() throws {
        let result = try TestSupport.run(TestSupport.folio, ["--version"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("folio "), "\(result.stdout)")
        let digits = result.stdout.filter(\.isNumber)
        #expect(!digits.isEmpty, "\(result.stdout)")
    }

    @Test func anOutputThatCannotBeWrittenExits73NamingTheReason() throws {
        // A file where the output folder should be: fails even for root, unlike a read-only folder.
        let dir = try TestSupport.temporaryDirectory()
        let blocker = dir.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: blocker)
        for arguments in [["build", TestSupport.alertSpec, "--pdf-only"], ["charts", TestSupport.releaseSpec]] {
            let result = try TestSupport.run(TestSupport.folio, arguments + ["--output", blocker.appendingPathComponent("out").path])
            #expect(result.status == 73, "folio \(arguments[0]): \(result.stderr)")
            #expect(result.stderr.contains("cannot write outputs"), "\(result.stderr)")
            #expect(result.stderr.contains("Not a directory"), "\(result.stderr)")
        }
        #expect(try Data(contentsOf: blocker) == Data("x".utf8))
    }

    @Test func helpExitsZero() throws {
        for arguments in [["build", "--help"], ["--help"], ["help", "build"], ["schema", "--help"]] {
            let result = try TestSupport.run(TestSupport.folio, arguments)
            #expect(result.status == 0, "folio \(arguments.joined(separator: " ")): \(result.stderr)")
            #expect(result.stdout.contains("USAGE: folio"), "folio \(arguments.joined(separator: " "))")
        }
    }
}
