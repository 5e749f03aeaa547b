import FolioModel

/// Lays out a report: collect headings → build flow elements → paginate → finalize (page numbers,
/// running header and footer, outline). Text is shaped once by the `TextShaper`; the result is drawn as is.
public struct LayoutEngine {
    private let shaper: any TextShaper

    public init(shaper: any TextShaper) {
        self.shaper = shaper
    }

    /// The report as positioned pages.
    public func layout(_ report: Report) -> LaidOutDocument {
        let context = LayoutContext(theme: report.theme, shaper: shaper, page: report.page)
        let headings = collectHeadings(report.blocks)
        var paginator = Paginator(context: context)

        // Consecutive flow blocks are paginated together so keep-with-next can look ahead.
        var run: [FlowElement] = []
        func flush() {
            for i in run.indices { paginator.place(run, at: i) }
            run.removeAll()
        }
        var headingIndex = 0
        for block in report.blocks {
            switch block {
            case .cover(let cover):
                flush()
                paginator.addFullPage(context.coverPage(cover, organisation: report.info.organisation))
            case .pageBreak:
                flush()
                paginator.breakPage()
            case .spacer(let height):
                flush()
                paginator.addSpace(height)
            case .contents(let contents):
                run += context.contentsElement(contents, headings: headings)
            case .heading(let heading):
                run.append(context.headingElement(heading, display: headings[headingIndex].display, index: headingIndex))
                headingIndex += 1
            case .paragraph(let paragraph):
                run.append(context.paragraphElement(paragraph))
            case .quote(let quote):
                run.append(context.quoteElement(quote))
            case .keyFigures(let figures):
                run.append(context.keyFiguresElement(figures))
            case .table(let table):
                run.append(context.tableElement(table))
            case .chart(let chart):
                run.append(context.chartElement(chart))
            }
        }
        flush()
        var pages = paginator.finish()
        if pages.isEmpty { pages.append(PageFrame(size: report.page.size)) }

        var finalizer = PageFinalizer(context: context, info: report.info, headings: headings)
        finalizer.fill(&pages, anchors: paginator.anchors, slots: paginator.slots)
        return LaidOutDocument(info: report.info, pages: pages, outline: finalizer.outline)
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
