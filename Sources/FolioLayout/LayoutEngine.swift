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
    private let startThread: ThreadStarter
    /// The calling thread's shaper, for checks made before layout (see `tableFitProblems`).
    var mainShaper: any TextShaper { shaper }

    /// Gives an extra thread its shaper; it may wait until the shaper is ready (meanwhile the other threads
    /// go on with the blocks). Each shaper is used by that thread alone.
    public typealias HelperShaper = @Sendable () -> any TextShaper

    /// Runs a helper's work on a new thread. The render layer passes one that starts the thread on another
    /// core than the caller's, which the operating system does not always do by itself.
    public typealias ThreadStarter = @Sendable (@escaping @Sendable () -> Void) -> Void

    /// `helpers`: one extra thread each, started by `startThread`.
    public init(shaper: any TextShaper, helpers: [HelperShaper] = [],
                startThread: @escaping ThreadStarter = { DispatchQueue.global().async(execute: $0) }) {
        self.shaper = shaper
        self.helpers = helpers
        self.startThread = startThread
    }

    /// What one block becomes before pagination.
    fileprivate enum Step {
        case flow([FlowElement])
        case fullPage(PageFrame)
        case pageBreak
        case space(Points)
    }

    /// The report as positioned pages.
    ///
    /// Blocks stream through: each is built (on whichever thread is free), paginated as soon as what it
    /// must be kept with is known, and its rows freed once copied onto pages. So only the pages and a few
    /// blocks in flight are in memory at any time, not the whole document twice.
    ///
    /// `runningLinesLater`: with a helper, the running headers and footers are shaped on its thread after
    /// layout returns, page by page, and handed over through `LaidOutDocument.runningLinesLater` (for a
    /// renderer that draws the pages in order meanwhile); otherwise they are in the pages.
    public func layout(_ report: Report, runningLinesLater: Bool = false) -> LaidOutDocument {
        let context = LayoutContext(theme: report.theme, shaper: shaper, page: report.page)
        let headings = collectHeadings(report.blocks)
        let builder = StepBuilder(report: report, headings: headings, shaper: shaper, helpers: helpers)
        let steps = StepStream(builder: builder, startThread: startThread)

        var paginator = Paginator(context: context)
        // Consecutive flow blocks are paginated together so keep-with-next can look ahead.
        var run: [FlowElement] = []
        var placed = 0
        func place(all: Bool) {
            while placed < run.count && (all || Self.keepChainIsKnown(run, from: placed)) {
                paginator.place(run, at: placed)
                run[placed].rows = []
                run[placed].continuationHeader = []
                placed += 1
            }
            // Placing looks only at the element placed and those after it: the placed ones can go.
            if all { run.removeAll(); placed = 0 } else if placed >= 256 { run.removeFirst(placed); placed = 0 }
        }
        for index in 0..<report.blocks.count {
            switch steps.take(index) {
            case .flow(let elements): run += elements; place(all: false)
            case .fullPage(let page): place(all: true); paginator.addFullPage(page)
            case .pageBreak: place(all: true); paginator.breakPage()
            case .space(let height):
                // After an element still waiting for what follows it (a heading), the spacer joins its
                // space below, so keep-with-next looks across it; otherwise it is plain space.
                if placed < run.count { run[run.count - 1].spaceAfter += height } else { place(all: true); paginator.addSpace(height) }
            }
        }
        place(all: true)
        steps.finish()
        var pages = paginator.finish()
        if pages.isEmpty { pages.append(PageFrame(size: report.page.size)) }

        var finalizer = PageFinalizer(context: context, info: report.info, headings: headings)
        if let shaper = helpers.first {
            // The helpers are done with their blocks: the first lends its shaper to the running lines.
            let theme = report.theme, page = report.page
            finalizer.helper = ({ LayoutContext(theme: theme, shaper: shaper(), page: page) }, startThread)
        }
        let later = finalizer.fill(&pages, anchors: paginator.anchors, slots: paginator.slots, runningLinesLater: runningLinesLater)
        return LaidOutDocument(info: report.info, pages: pages, outline: finalizer.outline, runningLinesLater: later)
    }

    /// The styles a shaper will use first, in about the order it will use them, for warming it up (see
    /// `PreparedEngines`): a helper's are those of tables and charts (see `StepStream`), the main shaper's
    /// those of the cover, contents and text. Each size set up ahead is one the shaper does not set up later.
    public static func warmUpStyles(for theme: Theme, helper: Bool) -> [TextStyle] {
        let names = helper
            ? [StyleName.tableHeader, StyleName.tableCell, StyleName.tableTotal, StyleName.caption, StyleName.sourceNote]
            : [StyleName.coverTitle, StyleName.coverSubtitle, StyleName.coverDetail, StyleName.tocTitle, StyleName.tocEntry,
               StyleName.tocSubentry, StyleName.heading1, StyleName.body, StyleName.lead, StyleName.heading2, StyleName.heading3,
               StyleName.figureValue, StyleName.figureLabel, StyleName.quote, StyleName.attribution, StyleName.callout,
               StyleName.footnote, StyleName.openerTitle, StyleName.openerIntro, StyleName.runningHeader, StyleName.runningFooter]
        return names.map { theme.style($0) }
    }

    /// Whether the elements needed to place `run[index]` have all arrived: the paginator looks ahead along
    /// a chain of keep-with-next elements, so the chain must end inside `run` (or at a page break), not at
    /// its end, where the next block has not arrived yet. Placing then gives what placing the whole run would.
    static func keepChainIsKnown(_ run: [FlowElement], from index: Int) -> Bool {
        var k = index
        while k < run.count {
            guard run[k].keepWithNext else { return true }
            guard k + 1 < run.count else { return false }
            if run[k + 1].pageBreakBefore { return true }
            k += 1
        }
        return false
    }

    /// Turns blocks into steps. Shared by the worker threads: it is only read, and each thread shapes with
    /// its own shaper.
    fileprivate final class StepBuilder: @unchecked Sendable {
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

        var blockCount: Int { report.blocks.count }

        /// Tables and charts: their labels share a few small sizes, unlike text blocks (see `StepStream`).
        func suitsHelpers(_ i: Int) -> Bool {
            switch report.blocks[i] {
            case .table, .chart, .row, .box, .columns: return true
            default: return false
            }
        }
        var helperCount: Int { helpers.count }

        /// Worker 0 uses the main shaper, worker n helper n - 1.
        func context(_ worker: Int) -> LayoutContext {
            LayoutContext(theme: report.theme, shaper: worker == 0 ? shaper : helpers[worker - 1](), page: report.page)
        }

        func step(_ i: Int, _ context: LayoutContext) -> Step {
            if case .row(let row) = report.blocks[i] {
                return .flow(context.rowElements(row) { block, column in Self.flowElements(block, column) })
            }
            if case .box(let box) = report.blocks[i] {
                return .flow(context.boxElements(box) { block, column in Self.flowElements(block, column) })
            }
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
            case .table(let table): return .flow(context.tableElements(table))
            case .chart(let chart):
                return .flow([context.chartElement(chart)] + (chart.dataTable ? context.tableElements(chart.asTable) : []))
            case .image(let image): return .flow([context.imageElement(image)])
            case .columns(let columns): return .flow([context.columnsElement(columns) { block, column in Self.flowElements(block, column) }])
            case .row, .box: return .flow([])
            }
        }

        /// The elements of a block inside a row, a box or columns (the spec reader admits what each may hold).
        static func flowElements(_ block: Block, _ context: LayoutContext) -> [FlowElement] {
            switch block {
            case .paragraph(let paragraph): return [context.paragraphElement(paragraph)]
            case .quote(let quote): return [context.quoteElement(quote)]
            case .keyFigures(let figures): return [context.keyFiguresElement(figures)]
            case .chart(let chart): return [context.chartElement(chart)]
            case .image(let image): return [context.imageElement(image)]
            case .table(var table):
                // In a box a table keeps to the box: never turned onto a landscape page.
                table.landscape = .never
                return context.tableElements(table)
            case .row(let row): return context.rowElements(row) { block, column in flowElements(block, column) }
            default: return []
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
}

/// Steps in block order, built ahead by helper threads (each with its own shaper) and by the consumer
/// itself while it waits, at most `window` blocks ahead of what was taken, so memory stays bounded.
///
/// Helpers take the tables and charts, the consumer the rest (text in many sizes): every size of a font
/// costs each shaper about 0.6 ms to set up (fontconfig matching, a scaled font, glyph extents), so
/// sharing out blocks by the sizes they use, rather than in turn, keeps most sizes on one shaper. The
/// consumer still builds any block it needs that no one has started, so it never waits on an idle helper,
/// and helps with the helpers' blocks when it has none of its own left.
private final class StepStream: @unchecked Sendable {
    private let builder: LayoutEngine.StepBuilder
    private let count: Int
    private var results: [Int: LayoutEngine.Step] = [:]
    /// Whether each block has been claimed by a thread.
    private var claimed: [Bool]
    /// Which blocks helpers prefer (tables and charts), when there are helpers.
    private let forHelpers: [Bool]
    /// Where each kind of thread (0: consumer, 1: helpers) looks for its next block.
    private var cursors = [0, 0]
    /// Where helpers look, from the end down, for the consumer's blocks once theirs are done.
    private lazy var lastCursor = count - 1
    private let lock = Mutex()
    private let produced = DispatchSemaphore(value: 0)
    private let room: DispatchSemaphore
    private let helpers = DispatchGroup()
    private static let window = 32

    init(builder: LayoutEngine.StepBuilder, startThread: LayoutEngine.ThreadStarter) {
        self.builder = builder
        count = builder.blockCount
        claimed = Array(repeating: false, count: count)
        forHelpers = (0..<count).map { builder.helperCount > 0 && builder.suitsHelpers($0) }
        room = DispatchSemaphore(value: Self.window)
        for worker in 1..<(1 + builder.helperCount) where count > 1 {
            helpers.enter()
            startThread { [self] in
                let context = builder.context(worker)
                while let i = claim(forHelper: true) {
                    store(i, builder.step(i, context))
                }
                helpers.leave()
            }
        }
    }

    /// The next unclaimed block of the caller's kind, or nil when there is none. Each claimed block holds
    /// a place in the window until it is taken: helpers wait for a place, the consumer never waits (it
    /// only builds ahead when there is room).
    private func claim(forHelper: Bool) -> Int? {
        if forHelper { room.wait() } else if room.wait(timeout: .now()) == .timedOut { return nil }
        let i: Int? = lock.locked {
            if let k = next(forHelper: forHelper) { return k }
            // The consumer, out of blocks of its own, helps with the helpers' (a report of tables only); a
            // helper out of tables and charts takes the consumer's last blocks, so the two meet near the end
            // instead of one waiting for the other.
            return forHelper ? last() : next(forHelper: true)
        }
        if i == nil { room.signal() }
        return i
    }

    /// Claims the last unclaimed block of the consumer's kind (under the lock).
    private func last() -> Int? {
        var k = lastCursor
        while k >= cursors[0] && (claimed[k] || forHelpers[k]) { k -= 1 }
        lastCursor = k
        guard k >= cursors[0] else { return nil }
        claimed[k] = true
        return k
    }

    /// Claims the next unclaimed block of one kind (under the lock).
    private func next(forHelper: Bool) -> Int? {
        let kind = forHelper ? 1 : 0
        var k = cursors[kind]
        while k < count && (claimed[k] || forHelpers[k] != forHelper) { k += 1 }
        cursors[kind] = k
        guard k < count else { return nil }
        claimed[k] = true
        return k
    }

    private func store(_ i: Int, _ step: LayoutEngine.Step) {
        lock.locked { results[i] = step }
        produced.signal()
    }

    /// Step `index` (taken in order, each once), building blocks on this thread while it is not ready.
    func take(_ index: Int) -> LayoutEngine.Step {
        lazy var context = builder.context(0)
        while true {
            enum Next { case ready(LayoutEngine.Step), buildNow, wait }
            let next: Next = lock.locked {
                if let step = results.removeValue(forKey: index) { return .ready(step) }
                guard !claimed[index] else { return .wait }
                claimed[index] = true
                return .buildNow
            }
            switch next {
            case .ready(let step):
                room.signal()
                return step
            case .buildNow:
                // Nobody has started it (a helper's block the helper has not reached): no wait, no place held.
                return builder.step(index, context)
            case .wait:
                // Build the consumer's next block meanwhile, if the window has room; then wait for any block.
                if let i = claim(forHelper: false) { store(i, builder.step(i, context)) }
                produced.wait()
            }
        }
    }

    /// Waits for the helpers to return.
    func finish() {
        // Wake helpers still waiting for room (all blocks are claimed by now).
        for _ in 0..<builder.helperCount { room.signal() }
        helpers.wait()
    }
}

/// A mutex from Dispatch (FolioLayout does not import Foundation).
private final class Mutex: @unchecked Sendable {
    private let semaphore = DispatchSemaphore(value: 1)
    func locked<T>(_ body: () -> T) -> T {
        semaphore.wait()
        defer { semaphore.signal() }
        return body()
    }
}
