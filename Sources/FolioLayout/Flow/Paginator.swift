import FolioModel

/// Places flow elements on pages, top to bottom: collapses spacing, keeps headings with what follows,
/// splits elements where they allow it and records where headings and page-number slots landed.
///
/// Pages are the document's size, or turned to landscape for elements laid out for it (wide tables, see
/// `FlowElement.landscape`): such an element starts a landscape page, and the flow returns to upright
/// pages after it. A heading kept with a landscape element goes with it.
struct Paginator {
    let context: LayoutContext
    /// The context of landscape pages.
    private let turned: LayoutContext
    /// Whether the current (or next) page is a landscape one.
    private var landscape = false
    private(set) var pages: [PageFrame] = []
    private(set) var anchors: [(headingIndex: Int, page: Int, y: Points)] = []
    private(set) var slots: [(slot: PageNumberSlot, page: Int)] = []
    private var cursor: Points = 0
    private var pendingSpace: Points = 0
    private var pageHasContent = false
    /// The footnotes whose marks are on the current page, set at its foot when it is finished.
    private var pageNotes: [NoteBody] = []
    /// Figures that did not fit where they came and wait for the top of the next page (`float: true`).
    private var floating: [FlowElement] = []
    /// The current page's footnote marks: where each one's Link element opens, and where its line is.
    private var marks: [(itemIndex: Int, number: Int, y: Points)] = []

    init(context: LayoutContext) {
        self.context = context
        self.turned = context.turned
    }

    /// The context of the current page's orientation.
    private var pageContext: LayoutContext { landscape ? turned : context }
    private var available: Points { pageContext.contentHeight - cursor - notesHeight }
    /// What the page's footnotes take at its foot, the separator included.
    private var notesHeight: Points {
        pageNotes.isEmpty ? 0 : pageNotes.reduce(pageContext.footnoteSeparator) { $0 + $1.height }
    }
    private var atTop: Bool { !pageHasContent }

    /// Adds a page made elsewhere (the cover); the flow continues on a new page after it.
    mutating func addFullPage(_ page: PageFrame) {
        if !floating.isEmpty { newPage() }
        finishPage()
        pages.append(page)
        startPage()
    }

    /// Ends the current page if anything is on it. Waiting figures go first, on a page of their own.
    mutating func breakPage() {
        if !floating.isEmpty { newPage() }
        if pageHasContent { finishPage(); startPage() }
    }

    /// Adds vertical space (ignored at the top of a page).
    mutating func addSpace(_ height: Points) {
        if !atTop { pendingSpace += height }
    }

    /// Places `elements[index]`, looking ahead at the elements it must stay with. The element's rows are
    /// taken out of `elements`, so that the paginator holds them alone and frees each row's items once they
    /// are copied onto a page: a long table's rows and its pages are then not both in memory.
    mutating func place(_ elements: inout [FlowElement], at index: Int) {
        let element = elements[index]
        if element.pageBreakBefore { breakPage() }
        let wanted = Self.wantsLandscape(elements, from: index)
        if wanted != landscape {
            // An empty page is simply started again the other way round.
            if pageHasContent { finishPage() }
            current = nil
            landscape = wanted
        }
        ensurePage()
        // A figure that does not fit waits for the next page (behind any already waiting); the text goes on.
        if element.floats && !atTop && (!floating.isEmpty || spacing(before: element) + element.height > available + 0.001) {
            floating.append(element)
            return
        }
        if !atTop {
            let needed = keepChainHeight(elements, from: index)
            if spacing(before: element) + needed > available + 0.001 { newPage() }
        }
        if let flow = element.columns {
            placeColumns(flow, element: element)
            return
        }
        if element.opensPage { current?.hasOpener = true }
        let spaceAfter = element.spaceAfter
        elements[index].rows = []
        elements[index].continuationHeader = []
        var rest = consume element
        var first = true
        while true {
            let gap = spacing(before: rest)
            let room = NoteRoom(separator: pageContext.footnoteSeparator, pageHasNotes: !pageNotes.isEmpty)
            guard let (piece, finished) = rest.takePiece(fitting: available - gap, atTopOfPage: atTop, notes: room) else {
                newPage()
                continue
            }
            // An element broken by pages is one structure element: opened on its first page, closed on its
            // last; or, for those Cairo cannot keep open (see `continuesAcrossPages`), reopened on each
            // page, the PDF's update joining them (see `PageFrame.continuation`).
            let spans = rest.tag?.continuesAcrossPages == true
            put(piece, tag: rest.tag, opens: first || !spans, closes: finished || !spans, at: cursor + gap)
            if !first, !spans, rest.tag != nil { self.current?.continuation = true }
            first = false
            cursor += gap + piece.height
            pageHasContent = true
            pendingSpace = 0
            if finished { break }
            newPage()
        }
        pendingSpace = spaceAfter
    }

    /// A columns block: as many columns as the page has room for filled, page after page, the rest balanced.
    private mutating func placeColumns(_ flow: ColumnFlow, element: FlowElement) {
        var next = 0
        // Columns of a few lines at a page's end read badly: they start on the next page then.
        let shortest = 4 * (flow.lines.first?.row.height ?? 0)
        while next < flow.lines.count {
            let gap = spacing(before: element)
            if !atTop && available - gap < shortest { newPage(); continue }
            let height = roomForColumns(flow, from: next, within: available - gap, force: atTop)
            if let balanced = flow.balancedHeight(from: next, within: height) {
                let (ranges, _) = flow.columns(from: next, height: balanced, force: false)
                put(Piece(height: balanced, rows: [flow.piece(ranges, height: balanced)]), tag: element.tag, opens: true, closes: true, at: cursor + gap)
                cursor += gap + balanced
                pageHasContent = true
                break
            }
            let (ranges, after) = flow.columns(from: next, height: height, force: atTop)
            if ranges.isEmpty { newPage(); continue }
            put(Piece(height: height, rows: [flow.piece(ranges, height: height)]), tag: element.tag, opens: true, closes: true, at: cursor + gap)
            cursor += gap + height
            pageHasContent = true
            next = after
            if next < flow.lines.count { newPage() }
        }
        pendingSpace = element.spaceAfter
    }

    /// The height columns from line `next` get on this page: the room there is, less what the notes of the
    /// lines they would hold take at the page's foot (and the rule above them on a page without notes yet),
    /// tried again with the room the notes leave until the two agree.
    private func roomForColumns(_ flow: ColumnFlow, from next: Int, within height: Points, force: Bool) -> Points {
        var room = height
        for _ in 0..<4 {
            let (ranges, _) = flow.columns(from: next, height: room, force: force)
            let notes = ranges.flatMap { flow.lines[$0] }.flatMap(\.row.footnotes).filter { note in !pageNotes.contains { $0.number == note.number } }
            let need = notes.isEmpty ? 0 : notes.reduce(pageNotes.isEmpty ? pageContext.footnoteSeparator : 0) { $0 + $1.height }
            if room + need <= height + 0.001 { return room }
            room = height - need
        }
        return room
    }

    /// Closes the last page; returns all pages.
    mutating func finish() -> [PageFrame] {
        if !floating.isEmpty { newPage() }
        if pageHasContent || pages.isEmpty || current != nil { finishPage() }
        // Moved out, not shared: the finalizer appends to every page, and a page array still shared
        // with the paginator would be copied whole on the first append (once more the whole document).
        var out: [PageFrame] = []
        swap(&out, &pages)
        return out
    }

    // MARK: - Internals

    private var current: PageFrame?

    private mutating func ensurePage() {
        if current == nil { startPage() }
    }

    private mutating func startPage() {
        current = PageFrame(size: pageContext.page.size)
        cursor = 0
        pendingSpace = 0
        pageHasContent = false
        pageNotes = []
        marks = []
    }

    private mutating func finishPage() {
        if var page = current, pageHasContent {
            if !pageNotes.isEmpty { setFootnotes(on: &page, index: pages.count) }
            // Kept until drawing, so stored without the slack of a grown array, leaving room for what the
            // finalizer adds (running header and footer, page numbers): a long document's pages then
            // take their size once, instead of up to twice that when the finalizer makes each array grow.
            page.trim(leavingRoomFor: Self.finalizerRoom)
            pages.append(page)
        }
        current = nil
    }

    /// The page's notes at the foot of its text block, and the links between marks and notes, both ways.
    private func setFootnotes(on page: inout PageFrame, index: Int) {
        let bottom = pageContext.page.margins.top + pageContext.contentHeight
        let (items, tops) = pageContext.footnoteItems(pageNotes, bottom: bottom)
        var markY: [Int: Points] = [:]
        for mark in marks {
            markY[mark.number] = markY[mark.number] ?? mark.y
            guard let top = tops[mark.number], case .beginTag(.link(_, let area, let contents)) = page.items[mark.itemIndex] else { continue }
            page.items[mark.itemIndex] = .beginTag(.link(.page(index: index, y: top), area: area, contents: contents))
        }
        page.append(contentsOf: items.map { item in
            guard case .beginTag(.link(.footnote(let n), let area, let contents)) = item, let y = markY[n] else { return item }
            return .beginTag(.link(.page(index: index, y: y), area: area, contents: contents))
        })
    }

    /// Items the finalizer may add to a page without its array growing.
    private static let finalizerRoom = 24

    private mutating func newPage() {
        finishPage()
        startPage()
        // The waiting figures open the new page, in their order.
        let waiting = floating
        floating = []
        for figure in waiting {
            var alone = [figure]
            place(&alone, at: 0)
        }
    }

    private func spacing(before element: FlowElement) -> Points {
        atTop ? 0 : max(pendingSpace, element.spaceBefore)
    }

    /// Height an element needs on this page together with the elements it is kept with.
    private func keepChainHeight(_ elements: [FlowElement], from index: Int) -> Points {
        var total: Points = 0
        var i = index
        while i < elements.count {
            let e = elements[i]
            if i > index { total += max(elements[i - 1].spaceAfter, e.spaceBefore) }
            if e.keepWithNext && i + 1 < elements.count && !elements[i + 1].pageBreakBefore {
                total += e.height
                i += 1
            } else {
                total += e.minimumStartHeight
                break
            }
        }
        // A chain taller than a page cannot be kept; ask only for the first element then.
        return total > pageContext.contentHeight ? elements[index].minimumStartHeight : total
    }

    /// Whether `elements[index]` goes on a landscape page: it was laid out for one, or it is kept with
    /// the next element (a heading) along a chain that ends at one.
    static func wantsLandscape(_ elements: [FlowElement], from index: Int) -> Bool {
        var k = index
        while !elements[k].landscape && elements[k].keepWithNext && k + 1 < elements.count && !elements[k + 1].pageBreakBefore {
            k += 1
        }
        return elements[k].landscape
    }

    private mutating func put(_ piece: Piece, tag: StructureTag?, opens: Bool, closes: Bool, at top: Points) {
        ensurePage()
        let pageIndex = pages.count
        let dx = context.page.margins.left
        var y = context.page.margins.top + top
        if let tag, opens { current?.append(.beginTag(tag)) }
        var section: StructureTag? = nil
        for row in piece.rows {
            if row.section != section {
                if section != nil { current?.append(.endTag) }
                if let s = row.section { current?.append(.beginTag(s)) }
                section = row.section
            }
            // A table's body row stays its cells until drawn, unless the page needs its items' places (notes).
            if let cells = row.cells, row.footnotes.isEmpty, row.anchors.isEmpty, row.pageNumberSlots.isEmpty {
                current?.append(PlacedRow(cells: cells, dx: dx, dy: y))
                y += row.height
                continue
            }
            let start = row.pageNumberSlots.isEmpty ? 0 : current?.itemCount ?? 0
            for item in row.items {
                let placed = item.offsetBy(dx: dx, dy: y)
                if case .beginTag(.link(.footnote(let n), let area, _)) = placed { marks.append((current?.itemCount ?? 0, n, area.y)) }
                current?.append(placed)
            }
            // A note marked twice on a page (a label column repeated in each part of a wide table) is set once.
            pageNotes += row.footnotes.filter { note in !pageNotes.contains { $0.number == note.number } }
            for anchor in row.anchors { anchors.append((anchor.headingIndex, pageIndex, y + anchor.y)) }
            for var slot in row.pageNumberSlots {
                slot.rect = slot.rect.offsetBy(dx: dx, dy: y)
                slot.itemIndex += start
                slots.append((slot, pageIndex))
            }
            y += row.height
        }
        if section != nil { current?.append(.endTag) }
        if tag != nil, closes { current?.append(.endTag) }
    }
}
