import Dispatch
import FolioModel

/// Lays out a report: collect headings → build flow elements → paginate → finalize (page numbers,
/// running header and footer, outline). Text is shaped once by the `TextShaper`; the result is drawn as is.
///
/// Building the elements (shaping every paragraph, cell and chart label) is most of the work and each block
/// is independent of the others, so with `helpers` it runs on several threads, one shaper each. Pagination
/// and finishing stay on the calling thread. Shaping gives the same result on any shaper, so the pages are
/// the same either way.
public struct LayoutEngine {
    private let shaper: any TextShaper
    private let helpers: [HelperShaper]

    /// Gives an extra thread its shaper; it may wait until the shaper is ready (meanwhile the other threads
    /// go on with the blocks). Each shaper is used by that thread alone.
    public typealias HelperShaper = @Sendable () -> any TextShaper

    /// `helpers`: one extra thread each.
    public init(shaper: any TextShaper, helpers: [HelperShaper] = []) {
        self.shaper = shaper
        self.helpers = helpers
    }

    /// What one block becomes before pagination.
    private enum Step {
        case flow([FlowElement])
        case fullPage(PageFrame)
        case pageBreak
        case space(Points)
    }

    /// The report as positioned pages.
    public func layout(_ report: Report) -> LaidOutDocument {
        let context = LayoutContext(theme: report.theme, shaper: shaper, page: report.page)
        let headings = collectHeadings(report.blocks)
        var steps = buildSteps(report, headings: headings)

        var paginator = Paginator(context: context)
        // Consecutive flow blocks are paginated together so keep-with-next can look ahead. Placing only
        // looks ahead, so a placed element's rows (now copied into pages) are freed at once: the laid-out
        // document is never in memory twice.
        var run: [FlowElement] = []
        func flush() {
            for i in run.indices {
                paginator.place(run, at: i)
                run[i].rows = []
                run[i].continuationHeader = []
            }
            run.removeAll()
        }
        for index in steps.indices {
            let step = steps[index]
            steps[index] = .space(0)
            switch step {
            case .flow(let elements): run += elements
            case .fullPage(let page): flush(); paginator.addFullPage(page)
            case .pageBreak: flush(); paginator.breakPage()
            case .space(let height): flush(); paginator.addSpace(height)
            }
        }
        flush()
        var pages = paginator.finish()
        if pages.isEmpty { pages.append(PageFrame(size: report.page.size)) }

        var finalizer = PageFinalizer(context: context, info: report.info, headings: headings)
        finalizer.fill(&pages, anchors: paginator.anchors, slots: paginator.slots)
        return LaidOutDocument(info: report.info, pages: pages, outline: finalizer.outline)
    }

    /// Every block as a step, on as many threads as there are shapers; in block order.
    private func buildSteps(_ report: Report, headings: [HeadingEntry]) -> [Step] {
        let builder = StepBuilder(report: report, headings: headings, shaper: shaper, helpers: helpers)
        let count = report.blocks.count
        if helpers.isEmpty || count < 2 {
            let context = builder.context(0)
            return (0..<count).map { builder.step($0, context) }
        }
        let results = StepBox(count: count)
        let queue = BlockQueue()
        DispatchQueue.concurrentPerform(iterations: 1 + helpers.count) { worker in
            let context = builder.context(worker)
            while let i = queue.take(below: count) { results.set(i, builder.step(i, context)) }
        }
        return results.values.map { $0 ?? .space(0) }
    }

    /// Turns blocks into steps. Shared by the worker threads: it is only read, and each thread shapes with
    /// its own shaper.
    private final class StepBuilder: @unchecked Sendable {
        let report: Report
        let headings: [HeadingEntry]
        let shaper: any TextShaper
        let helpers: [HelperShaper]
        /// Which heading each block is (headings are numbered in document order).
        let headingIndices: [Int?]

        init(report: Report, headings: [HeadingEntry], shaper: any TextShaper, helpers: [HelperShaper]) {
            self.report = report; self.headings = headings; self.shaper = shaper; self.helpers = helpers
            var indices: [Int?] = []
            var next = 0
            for block in report.blocks {
                if case .heading = block { indices.append(next); next += 1 } else { indices.append(nil) }
            }
            headingIndices = indices
        }

        /// Worker 0 uses the main shaper, worker n helper n - 1.
        func context(_ worker: Int) -> LayoutContext {
            LayoutContext(theme: report.theme, shaper: worker == 0 ? shaper : helpers[worker - 1](), page: report.page)
        }

        func step(_ i: Int, _ context: LayoutContext) -> Step {
            switch report.blocks[i] {
            case .cover(let cover): return .fullPage(context.coverPage(cover, organisation: report.info.organisation))
            case .pageBreak: return .pageBreak
            case .spacer(let height): return .space(height)
            case .contents(let contents): return .flow(context.contentsElement(contents, headings: headings))
            case .heading(let heading):
                let index = headingIndices[i] ?? 0
                return .flow([context.headingElement(heading, display: headings[index].display, index: index)])
            case .paragraph(let paragraph): return .flow([context.paragraphElement(paragraph)])
            case .quote(let quote): return .flow([context.quoteElement(quote)])
            case .keyFigures(let figures): return .flow([context.keyFiguresElement(figures)])
            case .table(let table): return .flow([context.tableElement(table)])
            case .chart(let chart): return .flow([context.chartElement(chart)])
            }
        }
    }

    /// Numbers the headings ("2", "2.1") and decides which the contents lists.
    private func collectHeadings(_ blocks: [Block]) -> [HeadingEntry] {
        var counters = [0, 0, 0, 0, 0, 0]
        var entries: [HeadingEntry] = []
        for case .heading(let h) in blocks {
            let level = max(1, min(6, h.level))
            var display = h.text
            if h.numbered {
                counters[level - 1] += 1
                for deeper in level..<counters.count { counters[deeper] = 0 }
                let number = counters[0..<level].map(String.init).joined(separator: ".")
                display = number + "  " + h.text
            }
            entries.append(HeadingEntry(display: display, level: level, listed: h.inContents))
        }
        return entries
    }

    /// Steps written by block index from several threads.
    private final class StepBox: @unchecked Sendable {
        private var storage: [Step?]
        private let lock = NSLockLike()
        init(count: Int) { storage = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ step: Step) { lock.locked { storage[i] = step } }
        var values: [Step?] { lock.locked { storage } }
    }
}

/// Hands out block indices to worker threads, in order.
private final class BlockQueue: @unchecked Sendable {
    private var value = 0
    private let lock = NSLockLike()
    func take(below limit: Int) -> Int? {
        lock.locked {
            guard value < limit else { return nil }
            defer { value += 1 }
            return value
        }
    }
}

/// A mutex from Dispatch (FolioLayout does not import Foundation).
private final class NSLockLike: @unchecked Sendable {
    private let semaphore = DispatchSemaphore(value: 1)
    func locked<T>(_ body: () -> T) -> T {
        semaphore.wait()
        defer { semaphore.signal() }
        return body()
    }
}
