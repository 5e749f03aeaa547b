import Foundation
import FolioKit
import FolioTestSupport
import Testing

/// A program embedding Folio sees only `import FolioKit`: a spec in, the bytes of its files out, the same
/// bytes `folio build` commits to Output/; invalid input is a `SpecError` with located diagnostics.
@Suite("FolioKit")
struct EmbeddingTests {
    @Test func aSpecRendersToTheSameBytesAsTheCommandLine() throws {
        let spec = TestSupport.root.appendingPathComponent("ReportSpecs/us-employment-2006-2015.yaml").path
        let rendered = try Folio.render(spec: spec)
        let committed = try Data(contentsOf: TestSupport.root.appendingPathComponent("Output/us-employment-2006-2015.pdf"))
        let pdf = try #require(rendered.pdf)
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        #expect(rendered.charts.keys.sorted() == ["nonfarm-change", "nonfarm-monthly"])
        guard ReferencePlatform.isCurrent else {
            // Output/ holds the reference platform's bytes (ReferencePlatform): here, those of `folio build` now.
            let dir = try TestSupport.temporaryDirectory()
            let build = try TestSupport.folioBuild(spec, output: dir)
            try #require(build.status == 0, "\(build.stderr)")
            #expect(Data(pdf) == (try Data(contentsOf: dir.appendingPathComponent("us-employment-2006-2015.pdf"))), "Folio.render and folio build disagree")
            for (id, bytes) in rendered.charts {
                let file = dir.appendingPathComponent("charts/us-employment-2006-2015/\(id).png")
                #expect(Data(bytes) == (try Data(contentsOf: file)), "\(id).png differs")
            }
            return
        }
        #expect(Data(pdf) == committed, "Folio.render and folio build disagree")
        for (id, bytes) in rendered.charts {
            let file = TestSupport.root.appendingPathComponent("Output/charts/us-employment-2006-2015/\(id).png")
            #expect(Data(bytes) == (try Data(contentsOf: file)), "\(id).png differs")
        }
    }

    @Test func anInvalidSpecThrowsItsLocatedDiagnostics() throws {
        let dir = try TestSupport.temporaryDirectory()
        let spec = try TestSupport.write("document: {title: T, date: 2026-01-01}\ncontent:\n  - paragrahp: Hello\n", to: "bad.yaml", in: dir)
        let error = #expect(throws: SpecError.self) { try Folio.render(spec: spec.path) }
        let first = try #require(error?.diagnostics.first)
        #expect(first.location.line == 3 && first.location.column == 5 && first.message.contains("unknown block type `paragrahp`"))
    }

    @Test func aSpecHeldInMemoryRendersAndIsNamedByItsPath() throws {
        let dir = try TestSupport.temporaryDirectory()
        let path = dir.appendingPathComponent("draft.yaml").path
        let rendered = try Folio.render(yaml: "document: {title: Draft, date: 2026-01-01}\ncontent:\n  - paragraph: Hello\n", path: path)
        #expect(rendered.name == "draft" && rendered.files.keys.sorted() == ["draft.pdf"])
        #expect(try #require(rendered.pdf).starts(with: Array("%PDF-".utf8)))
        let error = #expect(throws: SpecError.self) {
            try Folio.render(yaml: "document: {titel: T, date: 2026-01-01}\ncontent: []\n", path: path)
        }
        let diagnostics = try #require(error?.diagnostics)
        let first = try #require(diagnostics.first)
        #expect(first.location.file == path && first.location.line == 1 && first.location.column == 12)
        #expect(first.suggestion == "did you mean `title`?")
        #expect(DiagnosticFormat.text.render(diagnostics).hasPrefix("\(path):1:12: error: unknown key `titel`"))
    }

    /// A theme font that is not installed is the spec's problem, located as `Project` reports it, not an engine's error.
    @Test func aMissingFontIsASpecError() throws {
        let dir = try TestSupport.temporaryDirectory()
        let spec = try TestSupport.write("document: {title: T, date: 2024-03-31}\ntheme: {font: No Such Family}\ncontent:\n  - paragraph: Hi\n",
                                         to: "font.yaml", in: dir)
        let error = #expect(throws: SpecError.self) { try Folio.render(spec: spec.path) }
        let first = try #require(error?.diagnostics.first)
        #expect(first.location.file == spec.path && first.location.line == 1 && first.location.column == 1 && first.severity == .error)
        #expect(first.message.contains("font family `No Such Family` is not installed"))
    }
}
