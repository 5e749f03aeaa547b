import FolioCairo
import FolioLayout
import FolioModel
import FolioSpec
import FolioTestSupport
import Testing

/// Blocks are built a stretch at a time on the engine pool's workers, and paginated in order as each stretch
/// is built (each element placed as soon as the chain of keep-with-next elements it starts is known;
/// `KeepWithNextTests` check what that chain does). The pages must not depend on how many workers built the
/// blocks, nor on which finished first.
@Suite("Streaming layout")
struct StreamingLayoutTests {
    /// Shapes with its own engine and remembers every text it was asked to shape.
    final class RecordingShaper: TextShaper {
        let engine = TextEngine()
        private(set) var texts: Set<String> = []
        func shape(_ runs: [TextRun], width: Points?) -> ShapedText {
            texts.insert(runs.map(\.text).joined())
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
        let pool = EnginePool(workers: 2)
        let parallel = LayoutEngine(shaper: pool.engine, pool: pool).layout(report)
        return (dump(serial), dump(parallel))
    }

    @Test func theALERTReportIsTheSameOnTwoWorkers() throws {
        let report = try SpecReader().read(path: TestSupport.alertSpec).report
        let (serial, parallel) = Self.layouts(report)
        #expect(serial.count > 10)
        #expect(serial == parallel)
    }

    @Test("tables and text shared among workers: the pages are the same", arguments: [0, 1, 3])
    func sharedAmongWorkers(paragraphsBetween: Int) throws {
        let report = try Self.tablesReport(tables: 70, paragraphs: paragraphsBetween)
        let (serial, parallel) = Self.layouts(report)
        #expect(serial.count > 3)
        #expect(serial == parallel)
    }

    @Test func aPoolOfOneShapesEverythingWithTheCallersShaper() throws {
        // One worker: no other thread, and the same pages as without a pool.
        let report = try Self.tablesReport(tables: 5, paragraphs: 1)
        let main = RecordingShaper()
        let document = LayoutEngine(shaper: main, pool: nil).layout(report)
        #expect(Self.dump(document) == Self.layouts(report).serial)
        #expect(main.texts.contains("Table 4"))
    }

    @Test func layoutIsFinishedWhenItReturns() throws {
        // Every page's running lines are in the page: nothing is left to shape while the pages are drawn.
        let report = try SpecReader().read(path: TestSupport.alertSpec).report
        let pool = EnginePool(workers: 2)
        let document = LayoutEngine(shaper: pool.engine, pool: pool).layout(report)
        let last = document.pages.count
        let footers = document.pages.map { page in page.items.contains { item in
            if case .text(let line) = item { return line.text == "Page \(last) of \(last)" || line.text.hasSuffix("of \(last)") }
            return false
        } }
        #expect(footers.filter { $0 }.count == document.pages.filter { !$0.isCover }.count)
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

    /// Runs every job on this thread, job `i` on shaper `lanes[i]` (else `i % 2`), and records the texts each
    /// shaper was given: which jobs went where, without threads.
    final class AlternatingPool: ShaperPool, @unchecked Sendable {
        let shapers = [RecordingShaper(), RecordingShaper()]
        func shape<T: Sendable>(_ count: Int, lanes: [Int]?, _ body: @Sendable (Int, any TextShaper) -> T) -> [T] {
            (0..<count).map { i in body(i, shapers[lanes?[i] ?? i % 2]) }
        }
    }

    @Test func aLongTablesCellsAreMeasuredOnEveryShaper() throws {
        // 5,000 rows (more than two chunks of cells): the table is built on the calling thread and its cells
        // measured in chunks on all the pool's shapers, rather than all on one worker while the others wait.
        var csv = "metric,Q1,Q2\n"
        for row in 1...5_000 { csv += "ROW \(row),\(row * 7 % 1000),\(row * 13 % 1000)\n" }
        let yaml = "document: {title: Long, date: 2024-03-31}\ndata: {t: t.csv}\ncontent:\n"
            + "  - heading: Before\n  - table: {data: t, caption: Long}\n  - paragraph: After the table.\n"
        let report = try PageText.layout(yaml: yaml, files: ["t.csv": csv]).0
        let pool = AlternatingPool()
        let shared = LayoutEngine(shaper: pool.shapers[0], pool: pool).layout(report)
        #expect(Self.dump(shared) == Self.layouts(report).serial)
        for shaper in pool.shapers {
            #expect(shaper.texts.filter { $0.hasPrefix("ROW ") }.count > 1_000)
        }
    }
}
