import Foundation
import FolioCairo
import FolioLayout
import FolioModel
import FolioSpec
import FolioTestSupport
import Testing

/// Blocks are built on several threads and paginated as they arrive (each element placed as soon as the
/// chain of keep-with-next elements it starts is known; `KeepWithNextTests` check what that chain does).
/// The pages must not depend on how many threads built the blocks, nor on the order they finished in.
@Suite("Streaming layout")
struct StreamingLayoutTests {
    /// Hands one engine to a helper thread.
    final class EngineBox: @unchecked Sendable {
        let engine = TextEngine()
    }

    /// Shapes with its own engine and remembers every text it was asked to shape.
    final class RecordingShaper: TextShaper, @unchecked Sendable {
        let engine = TextEngine()
        private(set) var texts: Set<String> = []
        private let onShape: (String) -> Void
        init(onShape: @escaping (String) -> Void = { _ in }) { self.onShape = onShape }
        func shape(_ runs: [TextRun], width: Points?) -> any ShapedText {
            let text = runs.map(\.text).joined()
            texts.insert(text)
            onShape(text)
            return engine.shape(runs, width: width)
        }
    }

    static func dump(_ document: LaidOutDocument) -> [String] { document.pages.map(FrameDump.describe) }

    /// A report of `tables` tables (kept for helpers) between `paragraphs` paragraphs each (the consumer's).
    static func tablesReport(tables: Int, paragraphs: Int) throws -> Report {
        var csv = "metric,Q1,Q2,Q3\n"
        for row in 1...5 { csv += "ROW \(row),\(row * 11),\(row * 13),\(row * 17)\n" }
        var yaml = "document: {title: Tables, date: 2024-03-31}\ndata: {t: t.csv}\ncontent:\n"
        for i in 0..<tables {
            yaml += "  - table: {data: t, caption: \"Table \(i)\"}\n"
            for p in 0..<paragraphs { yaml += "  - paragraph: \"Text \(i).\(p) between the tables.\"\n" }
        }
        return try PageText.layout(yaml: yaml, files: ["t.csv": csv]).0
    }

    static func layouts(_ report: Report) -> (serial: [String], parallel: [String]) {
        let serial = LayoutEngine(shaper: TextEngine()).layout(report)
        let box = EngineBox()
        let parallel = LayoutEngine(shaper: TextEngine(), helpers: [{ box.engine }]).layout(report)
        return (dump(serial), dump(parallel))
    }

    @Test func theALERTReportIsTheSameOnTwoThreads() throws {
        let report = try SpecReader().read(path: TestSupport.alertSpec).report
        let (serial, parallel) = Self.layouts(report)
        #expect(serial.count > 10)
        #expect(serial == parallel)
    }

    @Test("tables go to the helper, text to the consumer: the pages are the same", arguments: [0, 1, 3])
    func sharedByKind(paragraphsBetween: Int) throws {
        let report = try Self.tablesReport(tables: 70, paragraphs: paragraphsBetween)
        let (serial, parallel) = Self.layouts(report)
        #expect(serial.count > 3)
        #expect(serial == parallel)
    }

    @Test func aHelperArrivingHalfwayTakesOnlyWhatIsLeft() throws {
        // The helper's engine is ready only once the consumer has built table 40 itself: the helper then
        // starts from there. Nothing is built twice or lost, and nothing waits for the late helper.
        let report = try Self.tablesReport(tables: 70, paragraphs: 0)
        let gate = DispatchSemaphore(value: 0)
        let main = RecordingShaper { if $0 == "Table 40" { gate.signal() } }
        let helper = RecordingShaper()
        // The gate stays open once opened: the helper's shaper is asked for again for the running lines.
        let document = LayoutEngine(shaper: main, helpers: [{ _ = gate.wait(timeout: .now() + 30); gate.signal(); return helper }]).layout(report)
        #expect(Self.dump(document) == Self.layouts(report).serial)
        #expect(main.texts.isSuperset(of: (0...40).map { "Table \($0)" }))
        // Captions are "Table N", and "Table N (continued)" over a table's later pages.
        let helperTables = helper.texts.filter { $0.hasPrefix("Table ") }.map { Int($0.dropFirst(6).prefix { $0.isNumber }) ?? -1 }
        #expect(helperTables.allSatisfy { $0 > 40 }, "\(helperTables.sorted())")
    }

    @Test func theHelperShapesTheLaterHalfOfTheRunningLines() throws {
        // Once the blocks are built, the helper's shaper sets the footers of the later pages while the
        // consumer sets the earlier ones; `theALERTReportIsTheSameOnTwoThreads` checks the pages are the same.
        let report = try SpecReader().read(path: TestSupport.alertSpec).report
        let main = RecordingShaper(), helper = RecordingShaper()
        let document = LayoutEngine(shaper: main, helpers: [{ helper }]).layout(report)
        let last = document.pages.count
        #expect(main.texts.contains("Page 2 of \(last)"))
        #expect(!main.texts.contains("Page \(last) of \(last)"))
        #expect(helper.texts.contains("Page \(last) of \(last)"))
    }

    @Test func runningLinesShapedLaterAreThoseOfTheFinishedPages() throws {
        // Left to the helper after layout, then taken page by page in order, as the PDF renderer does.
        let report = try SpecReader().read(path: TestSupport.alertSpec).report
        let box = EngineBox()
        var later = LayoutEngine(shaper: TextEngine(), helpers: [{ box.engine }]).layout(report, runningLinesLater: true)
        let pending = try #require(later.runningLinesLater)
        let whole = LayoutEngine(shaper: TextEngine()).layout(report)
        #expect(Self.dump(later) != Self.dump(whole), "the pages come without their running lines")
        for i in later.pages.indices { later.pages[i].items += pending.takeNext() }
        pending.waitUntilShaped()
        #expect(Self.dump(later) == Self.dump(whole))
        #expect(pending.takeNext().isEmpty, "nothing past the last page")
        // Without a helper there is no other thread: the lines are in the pages.
        #expect(LayoutEngine(shaper: TextEngine()).layout(report, runningLinesLater: true).runningLinesLater == nil)
    }

    @Test func textIsLeftToTheConsumerUntilTheHelperIsOutOfTables() throws {
        // Paragraphs are the consumer's, from the front; a helper out of tables takes the last ones, from
        // the back: so every paragraph the helper shapes comes after every one the consumer shapes.
        let report = try Self.tablesReport(tables: 20, paragraphs: 2)
        let main = RecordingShaper(), helper = RecordingShaper()
        let document = LayoutEngine(shaper: main, helpers: [{ helper }]).layout(report)
        #expect(Self.dump(document) == Self.dump(LayoutEngine(shaper: TextEngine()).layout(report)))
        let consumers = Self.paragraphNumbers(main.texts), helpers = Self.paragraphNumbers(helper.texts)
        #expect(!consumers.isEmpty)
        if let lastOfConsumer = consumers.max(), let firstOfHelper = helpers.min() {
            #expect(lastOfConsumer < firstOfHelper, "\(consumers.sorted()) \(helpers.sorted())")
        }
    }

    @Test func aHelperOutOfTablesTakesTheLastParagraphs() throws {
        // Text only, and a slow consumer: the helper builds the report's end, and the pages are the same.
        let report = try Self.tablesReport(tables: 1, paragraphs: 60)
        let main = RecordingShaper(onShape: { if $0.hasPrefix("Text ") { usleep(5_000) } }), helper = RecordingShaper()
        // A thread of its own: Dispatch's global queue may be busy with other tests for a while.
        let document = LayoutEngine(shaper: main, helpers: [{ helper }], startThread: { body in Thread { body() }.start() }).layout(report)
        #expect(Self.dump(document) == Self.dump(LayoutEngine(shaper: TextEngine()).layout(report)))
        #expect(helper.texts.contains("Text 0.59 between the tables."))
        #expect(!main.texts.contains("Text 0.59 between the tables."))
        #expect(main.texts.contains("Text 0.0 between the tables."))
    }

    /// The (table, paragraph) numbers of the "Text i.p" paragraphs among `texts`, in document order.
    static func paragraphNumbers(_ texts: Set<String>) -> [Int] {
        texts.compactMap { text -> Int? in
            guard text.hasPrefix("Text ") else { return nil }
            let numbers = text.dropFirst(5).prefix { $0.isNumber || $0 == "." }.split(separator: ".").compactMap { Int($0) }
            return numbers.count == 2 ? numbers[0] * 1_000 + numbers[1] : nil
        }
    }

    @Test("chains of headings kept with what follows, across many blocks", arguments: [1, 3, 40])
    func keepChains(headingsInARow: Int) throws {
        // Runs of consecutive headings (each kept with the next) longer than the build window, between
        // paragraphs long enough to force page breaks in the middle of chains.
        var yaml = "document: {title: Chains, date: 2024-03-31}\ncontent:\n"
        for section in 0..<12 {
            for h in 0..<headingsInARow { yaml += "  - heading: \"Section \(section).\(h)\"\n    level: 2\n" }
            yaml += "  - paragraph: \"" + String(repeating: "Figures are sacred; missing is not zero. ", count: 30 + section * 7) + "\"\n"
        }
        let (report, _) = try PageText.layout(yaml: yaml)
        let (serial, parallel) = Self.layouts(report)
        #expect(serial.count > 2)
        #expect(serial == parallel)
    }

    @Test func aLongRunWithoutPageBreaksKeepsEveryHeadingWithWhatFollows() throws {
        // 400 flow elements in one run (no page breaks): placed elements are dropped from the run as it
        // goes; nothing may be lost, reordered or left at the foot of a page.
        var yaml = "document: {title: Long run, date: 2024-03-31}\ncontent:\n"
        var expected: [String] = []
        for section in 0..<100 {
            for h in 0..<3 {
                yaml += "  - heading: \"Part \(section) step \(h)\"\n    level: 3\n"
                expected.append("Part \(section) step \(h)")
            }
            yaml += "  - paragraph: \"" + String(repeating: "Quarters must sum to totals. ", count: 8 + section % 23) + "\"\n"
        }
        let (report, document) = try PageText.layout(yaml: yaml)
        KeepWithNextTests.checkNoPageEndsWithAHeading(report, document, "long run")
        let headings = document.pages.flatMap { PageText.lines($0) }.filter(\.inHeading).map(\.text)
        #expect(headings == expected)
    }
}
