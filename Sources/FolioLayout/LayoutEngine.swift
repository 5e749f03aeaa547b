import FolioModel

/// Lays out a report: collect headings → build flow elements → paginate → finalize (page numbers,
/// running header and footer, outline). Text is shaped once by the `TextShaper`; the result is drawn as is.
///
/// Building the elements (shaping every paragraph, cell and chart label) is most of the work and each block
/// is independent of the others, so with a `pool` the blocks of each stretch of the report are built on
/// several cores, one shaper each. Pagination and finishing stay on the calling thread. Shaping gives the
/// same result on any shaper, so the pages are the same either way.
package struct LayoutEngine {
    private let shaper: any TextShaper
    private let pool: (any ShaperPool)?
    /// The calling thread's shaper, for checks made before layout (see `tableFitProblems`).
    var mainShaper: any TextShaper { shaper }

    /// `pool`: shapers for building blocks and running lines on several cores; nil: all on `shaper`.
    package init(shaper: any TextShaper, pool: (any ShaperPool)? = nil) {
        self.shaper = shaper
        self.pool = pool
    }

    /// What one block becomes before pagination.
    enum Step: Sendable {
        case flow([FlowElement])
        case fullPage(PageFrame)
        case pageBreak
        case space(Points)
    }

    /// Blocks built at a time: they are paginated as soon as they are built and their rows freed once
    /// copied onto pages, so only the pages and one stretch of blocks are in memory, not the document twice.
    static let stretch = 32

    /// The report as positioned pages. Layout is finished when this returns: pages, running lines, outline.
    /// Each block is let go once built: given the only reference to `report`, a long table's cells are not
    /// kept beside its rows.
    package func layout(_ report: consuming Report) -> LaidOutDocument {
        let context = LayoutContext(theme: report.theme, shaper: shaper, page: report.page)
        let headings = collectHeadings(report.blocks)
        let info = report.info, size = report.page.size, blockCount = report.blocks.count
        var builder = StepBuilder(report: consume report, headings: headings)

        var paginator = Paginator(context: context)
        // Consecutive flow blocks are paginated together so keep-with-next can look ahead.
        var run: [FlowElement] = []
        var placed = 0
        func place(all: Bool) {
            while placed < run.count && (all || Self.keepChainIsKnown(run, from: placed)) {
                paginator.place(&run, at: placed)
                run[placed].rows = []
                run[placed].continuationHeader = []
                placed += 1
            }
            // Placing looks only at the element placed and those after it: the placed ones can go.
            if all { run.removeAll(); placed = 0 } else if placed >= 256 { run.removeFirst(placed); placed = 0 }
        }
        for start in stride(from: 0, to: blockCount, by: Self.stretch) {
            let stretch = start..<min(blockCount, start + Self.stretch)
            // Taken out one by one, so that `run` holds each element's rows alone (see `Paginator.place`).
            var built = Array(steps(stretch, &builder, context: context).reversed())
            builder.release(stretch)
            while let step = built.popLast() {
                switch consume step {
                case .flow(let elements): run += consume elements; place(all: false)
                case .fullPage(let page): place(all: true); paginator.addFullPage(page)
                case .pageBreak: place(all: true); paginator.breakPage()
                case .space(let height):
                    // After an element still waiting for what follows it (a heading), the spacer joins its
                    // space below, so keep-with-next looks across it; otherwise it is plain space.
                    if placed < run.count { run[run.count - 1].spaceAfter += height } else { place(all: true); paginator.addSpace(height) }
                }
            }
        }
        place(all: true)
        var pages = paginator.finish()
        if pages.isEmpty { pages.append(PageFrame(size: size)) }

        var finalizer = PageFinalizer(context: context, info: info, headings: headings)
        finalizer.fill(&pages, anchors: paginator.anchors, slots: paginator.slots, pool: pool)
        return LaidOutDocument(info: info, pages: pages, outline: finalizer.outline)
    }

    /// The steps of blocks `range`, built on the pool's shapers when there is a pool.
    private func steps(_ range: Range<Int>, _ builder: inout StepBuilder, context: LayoutContext) -> [Step] {
        // A long table is taken out of the report, so that its cells as read go once printed (see
        // `PrintedCells`), and built here: alone on a worker it would keep one busy while the others wait, so
        // the pool measures its cells (see `LayoutContext.inChunks`), between the blocks before and after it.
        if let long = range.first(where: builder.isLongTable) {
            var shared = context
            shared.pool = pool
            let before = steps(range.lowerBound..<long, &builder, context: context)
            let table = builder.takeTable(long)
            return before + [.flow(table.map { shared.tableElements($0) } ?? [])]
                + steps(long + 1..<range.upperBound, &builder, context: context)
        }
        guard let pool, range.count > 1 else { return range.map { builder.step($0, context) } }
        let theme = context.theme, page = context.page
        // Tables and charts on the second worker, text on the first: their labels share a few small sizes,
        // unlike text, and each size costs a shaper about 0.6 ms to set up (fontconfig, a scaled font).
        let lanes = range.map { builder.isTableOrChart($0) ? 1 : 0 }
        let workers = builder
        return pool.shape(range.count, lanes: lanes) { k, shaper in
            workers.step(range.lowerBound + k, LayoutContext(theme: theme, shaper: shaper, page: page))
        }
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

    /// Turns blocks into steps: only read, by every thread that builds blocks, each with its own shaper.
    struct StepBuilder: Sendable {
        private(set) var report: Report
        let headings: [HeadingEntry]
        /// Which heading each block is (headings are numbered in document order).
        let headingIndices: [Int?]

        init(report: Report, headings: [HeadingEntry]) {
            self.report = report; self.headings = headings
            var indices: [Int?] = []
            var next = 0
            for block in report.blocks {
                if case .heading = block { indices.append(next); next += 1 } else { indices.append(nil) }
            }
            headingIndices = indices
        }

        /// Lets blocks `range` go once their steps are built (they are not asked for again).
        mutating func release(_ range: Range<Int>) {
            for i in range { report.blocks[i] = .pageBreak }
        }

        /// Table `i`, taken out of the report (a page break in its place): the caller holds the only reference.
        mutating func takeTable(_ i: Int) -> Table? {
            guard case .table(let table) = report.blocks[i] else { return nil }
            report.blocks[i] = .pageBreak
            return table
        }

        /// Whether block `i` is a table long enough for its cells to be measured on every worker.
        func isLongTable(_ i: Int) -> Bool {
            guard case .table(let table) = report.blocks[i] else { return false }
            return table.rows.count >= 2 * LayoutContext.shapingChunk
        }

        /// Whether block `i` is a table, a chart or a block holding them.
        func isTableOrChart(_ i: Int) -> Bool {
            switch report.blocks[i] {
            case .table, .chart, .row, .box, .columns: return true
            default: return false
            }
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
