import Foundation
import FolioSpec
import FolioTestSupport
import Testing

/// A corpus of broken specs and data files (Tests/FolioSpecTests/BadInputs), each with the first
/// diagnostic it must produce: the right file, line, column, severity and message.
@Suite("Bad input corpus")
struct BadInputCorpusTests {
    static let folder = TestSupport.root.appendingPathComponent("Tests/FolioSpecTests/BadInputs")

    static func expectations() throws -> [(file: String, expected: String)] {
        let text = try String(contentsOf: folder.appendingPathComponent("expectations.txt"), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let parts = line.components(separatedBy: " => ")
            return parts.count == 2 ? (parts[0], parts[1]) : nil
        }
    }

    @Test func theCorpusHasAtLeastFortyCases() throws {
        #expect(try Self.expectations().count >= 40)
    }

    @Test("each bad input gives its diagnostic", arguments: try! BadInputCorpusTests.expectations().map(\.file))
    func badInput(_ file: String) throws {
        let expected = try #require(try Self.expectations().first { $0.file == file }).expected
        let diagnostics: [Diagnostic]
        do {
            let loaded = try SpecReader().read(path: Self.folder.appendingPathComponent(file).path)
            diagnostics = loaded.warnings
        } catch {
            diagnostics = error.diagnostics
        }
        let first = try #require(diagnostics.first, "\(file) was accepted")
        let root = Self.folder.path + "/"
        let relative = first.location.file.hasPrefix(root) ? String(first.location.file.dropFirst(root.count)) : first.location.file
        // Paths print relative to the corpus folder, as they do for a user working there.
        let message = first.message.replacingOccurrences(of: root, with: "")
        let actual = "\(relative):\(first.location.line):\(first.location.column): \(first.severity.rawValue): \(message)"
        #expect(actual == expected)
        #expect(diagnostics.contains { $0.severity == .error }, "\(file) must be an error, not only a warning")
    }

    @Test func theCLIRejectsEveryCaseWithExitOneAndWritesNothing() throws {
        let out = try TestSupport.temporaryDirectory()
        for (file, _) in try Self.expectations() {
            let result = try TestSupport.run(TestSupport.folio, ["build", file, "--output", out.path, "--quiet"], currentDirectory: Self.folder)
            #expect(result.status == 1, "\(file): exit \(result.status)\n\(result.stderr)")
            #expect(result.stderr.contains(": error: "), "\(file): no located error")
            #expect(!result.stderr.contains("Fatal error"), "\(file) crashed")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
    }
}
