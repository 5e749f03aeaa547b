import Foundation
import Testing
import FolioTestSupport

/// Text in a script the theme's fonts lack is a warning at the text's own location naming the font Pango
/// uses instead (or that none has it); `--strict` makes every warning an error: exit 1, nothing written.
@Suite struct GlyphFallbackTests {
    /// A spec with Arabic in a paragraph, Chinese in a heading, Japanese in a table's label cell and emoji.
    func workspace() throws -> (dir: URL, spec: String) {
        let dir = try TestSupport.temporaryDirectory()
        try TestSupport.write("metric,Q1\n日本語,1\nPlain,2\n", to: "data/d.csv", in: dir)
        let yaml = """
        document: {title: Glyphs, date: 2024-03-31}
        data: {d: data/d.csv}
        content:
          - paragraph: "Arabic مرحبا here"
          - heading: 中文
          - table: {data: d}
          - paragraph: "Latin only – with a dash"
        """
        return (dir, try TestSupport.write(yaml, to: "glyphs.yaml", in: dir).path)
    }

    @Test func checkWarnsAtTheTextNamingTheFontLackingItAndTheFontUsed() throws {
        let (_, spec) = try workspace()
        let result = try TestSupport.run(TestSupport.folio, ["check", spec])
        #expect(result.status == 0, "warnings alone pass: \(result.stderr)")
        let lines = result.stderr.split(separator: "\n").map(String.init).filter { $0.contains(": warning: ") }
        #expect(lines.count == 3, "\(result.stderr)")
        let arabic = try #require(lines.first { $0.hasPrefix("\(spec):4:16: warning: `Inter` has no `م` (U+645)") }, "\(result.stderr)")
        // The font actually used: whichever installed font Pango picks (DejaVu Sans here), or none.
        #expect(arabic.contains("they are set in `") || arabic.contains("no installed font has them"), "\(arabic)")
        #expect(!arabic.contains("set in `Inter`"))
        #expect(lines.contains { $0.hasPrefix("\(spec):5:14: warning: `Inter` has no `中` (U+4E2D), `文` (U+6587)") }, "\(result.stderr)")
        let csv = (spec as NSString).deletingLastPathComponent + "/data/d.csv"
        #expect(lines.contains { $0.hasPrefix("\(csv):2:1: warning: `Inter` has no `日` (U+65E5)") }, "\(result.stderr)")
    }

    @Test func chartsCoversKeyFiguresAndCaptionsAreCheckedToo() throws {
        let dir = try TestSupport.temporaryDirectory()
        try TestSupport.write("metric,Q1,Q2\nPlain,1,2\n", to: "data/d.csv", in: dir)
        let spec = try TestSupport.write("""
            document: {title: Glyphs, date: 2024-03-31}
            data: {d: data/d.csv}
            charts:
              - {id: c, title: "Chart 中", data: d, rows: [Plain], columns: [Q1, Q2], labels: {Plain: "Série 日"}}
            content:
              - cover: {title: Cover, details: ["Détail 文"]}
              - figures: [{value: "1", label: "figure 語"}]
              - table: {data: d, caption: "Caption 本"}
              - chart: {id: inline, title: "Inline 漢", data: d, rows: [Plain], columns: [Q1, Q2]}
            """, to: "words.yaml", in: dir).path
        let result = try TestSupport.run(TestSupport.folio, ["check", spec])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n").map(String.init).filter { $0.contains(": warning: ") }
        for (place, character) in [("4:20", "中"), ("4:90", "日"), ("6:37", "文"), ("7:35", "語"), ("8:31", "本"), ("9:32", "漢")] {
            #expect(lines.contains { $0.hasPrefix("\(spec):\(place): warning: `Inter` has no `\(character)`") }, "\(place) \(character): \(result.stderr)")
        }
        #expect(lines.count == 6, "\(result.stderr)")
    }

    @Test func strictMakesWarningsErrorsForCheckAndBuild() throws {
        let (dir, spec) = try workspace()
        let check = try TestSupport.run(TestSupport.folio, ["check", "--strict", spec])
        #expect(check.status == 1, "\(check.stderr)")
        #expect(check.stderr.contains("\(spec):4:16: error: `Inter` has no `م`"), "\(check.stderr)")
        let output = dir.appendingPathComponent("out")
        let build = try TestSupport.run(TestSupport.folio, ["build", "--strict", spec, "--output", output.path])
        #expect(build.status == 1, "\(build.stderr)")
        #expect(build.stderr.contains("error: `Inter` has no `中`"), "\(build.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("glyphs.pdf").path), "nothing written")
        // Without --strict the same spec builds, with its warnings.
        let lenient = try TestSupport.run(TestSupport.folio, ["build", spec, "--output", output.path, "--pdf-only"])
        #expect(lenient.status == 0, "\(lenient.stderr)")
        #expect(lenient.stderr.contains("warning: `Inter` has no `م`"), "\(lenient.stderr)")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("glyphs.pdf").path))
    }

    @Test func theALERTSpecsHaveNoGlyphWarnings() throws {
        let result = try TestSupport.run(TestSupport.folio, ["check", TestSupport.alertSpec, TestSupport.releaseSpec])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("has no"), "\(result.stderr)")
        #expect(result.stderr.components(separatedBy: ": warning: ").count - 1 == 1, "only the malformed source figure, once per run")
    }
}
