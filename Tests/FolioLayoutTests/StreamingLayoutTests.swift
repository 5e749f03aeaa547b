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

    static func dump(_ document: LaidOutDocument) -> [String] { document.pages.map(FrameDump.describe) }

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
