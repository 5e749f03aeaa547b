import Foundation
import FolioKit
import FolioTestSupport
import Testing

/// A host program building a folder of outputs as `folio build` does, through `Project` alone: files written
/// as a set and recorded in the manifest, a second build finds them up to date, a bad spec gives located
/// diagnostics and writes nothing.
@Suite("FolioKit Project")
struct ProjectTests {
    static let spec = TestSupport.root.appendingPathComponent("ReportSpecs/us-employment-2006-2015.yaml").path

    @Test func aProjectBuildsWritesTheManifestAndIsThenUpToDate() throws {
        let output = try TestSupport.temporaryDirectory()
        let project = Project(specs: [Self.spec], output: output.path, options: .init(jobs: 2))
        var events: [BuildEvent] = []
        let first = project.build { events.append($0) }
        #expect(first.outcome == .success, "\(first.diagnostics)")
        #expect(first.written.sorted() == ["charts/us-employment-2006-2015/nonfarm-change.png",
                                           "charts/us-employment-2006-2015/nonfarm-monthly.png", "us-employment-2006-2015.pdf"])
        #expect(first.reports == 1 && first.charts == 2 && first.pages > 0 && first.upToDate.isEmpty)
        for path in first.written { #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path)) }
        let manifest = try String(contentsOf: output.appendingPathComponent(".folio-manifest.json"), encoding: .utf8)
        #expect(manifest.contains("\"us-employment-2006-2015\"") && manifest.contains("nonfarm-change.png"))
        #expect(events.contains { if case .line(let text) = $0 { text.hasPrefix("us-employment-2006-2015: 3 files") } else { false } })

        let second = Project(specs: [Self.spec], output: output.path).build()
        #expect(second.outcome == .success && second.written.isEmpty && second.upToDate == ["us-employment-2006-2015"])
        let compared = project.build(.compare)
        #expect(compared.outcome == .success && compared.stale.isEmpty)
    }

    @Test func aBadSpecGivesLocatedDiagnosticsAndWritesNothing() throws {
        let dir = try TestSupport.temporaryDirectory()
        let spec = try TestSupport.write("document: {title: T, date: 2026-01-01}\ncontent:\n  - paragrahp: Hello\n", to: "bad.yaml", in: dir)
        let output = dir.appendingPathComponent("out")
        var rejected: [String] = []
        let result = Project(specs: [spec.path], output: output.path).build { event in
            if case .rejected(let spec, _) = event { rejected.append(spec) }
        }
        #expect(result.outcome == .invalidInput && result.written.isEmpty && rejected == [spec.path])
        let first = try #require(result.diagnostics.first)
        #expect(first.location.line == 3 && first.location.column == 5 && first.message.contains("unknown block type `paragrahp`"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
        #expect(Project(specs: [spec.path], output: output.path).validate().outcome == .invalidInput)
    }
}
