import FolioLayout
import FolioModel
import FolioSpec
import FolioTestSupport
import Testing

/// Layout rules checked with the stand-in shaper (`StandInShaper`): exact figures, no fonts, the same on
/// every platform. Frames are plain values, so a layout needs no text engine at all.
@Suite("Layout with a stand-in shaper")
struct StandInLayoutTests {
    static func layout(_ yaml: String, files: [String: String] = [:]) throws -> (Report, LaidOutDocument) {
        let dir = try TestSupport.temporaryDirectory()
        for (name, text) in files { try TestSupport.write(text, to: name, in: dir) }
        let report = try SpecReader().read(path: TestSupport.write(yaml, to: "spec.yaml", in: dir).path).report
        return (report, LayoutEngine(shaper: StandInShaper()).layout(report))
    }

    @Test func theShaperBreaksAtSpacesAndMeasuresHalfAnEmACharacter() {
        let style = Theme.standard.style(StyleName.body)
        let shaped = StandInShaper().shape([style.run("one two three four")], width: 9 * style.size / 2)
        #expect(shaped.lines.map(\.text) == ["one two", "three", "four"])
        #expect(shaped.lines[0].width == 7 * style.size / 2)
        #expect(shaped.lines[0].runs.first?.glyphs.count == 7)
    }

    @Test func aLongTableRepeatsItsHeaderOnEveryPageAndLosesNoRow() throws {
        var csv = "metric,Q1,Q2\n"
        for r in 1...300 { csv += "ROW \(r),\(r),\(r * 2)\n" }
        let yaml = "document: {title: Rows, date: 2024-03-31}\ndata: {t: t.csv}\ncontent:\n  - table: {data: t, caption: Every row}\n"
        let (_, document) = try Self.layout(yaml, files: ["t.csv": csv])
        #expect(document.pages.count > 3)
        let texts = document.pages.map { PageText.lines($0).map(\.text) }
        for page in texts { #expect(page.contains("metric") || page.contains("Metric") || page.contains("METRIC"), "a page without the header") }
        let rows = texts.flatMap { $0 }.filter { $0.hasPrefix("ROW ") }
        #expect(rows == (1...300).map { "ROW \($0)" })
    }

    /// Counts what layout asks the stand-in shaper for, by text.
    final class CountingShaper: TextShaper {
        let inner = StandInShaper()
        var requests: [String: Int] = [:]
        func shape(_ runs: [TextRun], width: Points?) -> ShapedText {
            requests[runs.map(\.text).joined(), default: 0] += 1
            return inner.shape(runs, width: width)
        }
    }

    /// A table's cells are measured to size its columns; a cell that fits its column is placed as measured,
    /// not shaped a second time (a 100,000-row table spent half its layout shaping every cell twice). A label
    /// too long for its column is still shaped again, at the column's width, and wraps.
    @Test func aTableShapesEachCellOnceWhenItFits() throws {
        var csv = "metric,Q1,Q2\n"
        for r in 1...120 { csv += "ROW \(r),\(r * 1000 + 1),\(r * 1000 + 2)\n" }
        let long = "A label long enough to wrap in its column" + String(repeating: " and go on", count: 12)
        csv += "\(long),7,8\n"
        let yaml = "document: {title: Rows, date: 2024-03-31}\ndata: {t: t.csv}\ncontent:\n  - table: {data: t, caption: Every row}\n"
        let dir = try TestSupport.temporaryDirectory()
        try TestSupport.write(csv, to: "t.csv", in: dir)
        let report = try SpecReader().read(path: TestSupport.write(yaml, to: "spec.yaml", in: dir).path).report
        let shaper = CountingShaper()
        let document = LayoutEngine(shaper: shaper).layout(report)
        for r in 1...120 {
            #expect(shaper.requests["ROW \(r)"] == 1, "ROW \(r) shaped \(shaper.requests["ROW \(r)"] ?? 0) times")
            #expect(shaper.requests["\(r),001"] == 1, "figures are formatted as the source writes them: 1,001")
        }
        #expect((shaper.requests[long] ?? 0) >= 2, "the long label is measured, then shaped at its column's width")
        let lines = document.pages.flatMap { PageText.lines($0).map(\.text) }
        #expect(lines.filter { $0.hasPrefix("ROW ") }.count == 120)
        #expect(!lines.contains(long), "the long label wraps")
    }

    @Test func noHeadingEndsAPage() throws {
        var yaml = "document: {title: Chains, date: 2024-03-31}\ncontent:\n"
        for s in 0..<30 {
            yaml += "  - heading: \"Part \(s)\"\n    level: 2\n"
            yaml += "  - paragraph: \"" + String(repeating: "Quarters add up to totals. ", count: 10 + s * 3) + "\"\n"
        }
        let (report, document) = try Self.layout(yaml)
        #expect(document.pages.count > 3)
        KeepWithNextTests.checkNoPageEndsWithAHeading(report, document, "stand-in")
    }

    @Test func theSameReportLaysOutTheSameOnEveryRun() throws {
        let report = try SpecReader().read(path: TestSupport.alertSpec).report
        let first = LayoutEngine(shaper: StandInShaper()).layout(report).pages.map(FrameDump.describe)
        let second = LayoutEngine(shaper: StandInShaper()).layout(report).pages.map(FrameDump.describe)
        #expect(first.count > 5)
        #expect(first == second)
    }
}
