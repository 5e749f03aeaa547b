import FolioModel

/// A block ready for pagination: a stack of rows with rules for where it may break.
///
/// Paragraphs break between lines (keeping `minimumRowsBefore`/`After` for orphans and widows), tables between
/// rows (repeating their header), atomic blocks (quotes, key figures, headings) not at all unless a block is
/// taller than a whole page, where it breaks wherever it can rather than run off the page.
struct FlowElement: Sendable {
    /// The rows, top to bottom.
    var rows: [Row]
    /// Space wanted above (collapses with the previous element's space below; dropped at a page top).
    var spaceBefore: Points = 0
    /// Space wanted below.
    var spaceAfter: Points = 0
    /// Never leave this element last on a page (headings).
    var keepWithNext = false
    /// Never split, unless it cannot fit on an empty page.
    var atomic = false
    /// At least this many rows stay on the first page of a split (orphans; a table's caption and header count).
    var minimumRowsBefore = 1
    /// At least this many rows go to the next page (widows).
    var minimumRowsAfter = 1
    /// Rows repeated at the top of each continuation (a table's "(continued)" caption and header).
    var continuationHeader: [Row] = []
    /// Structure element wrapping each piece (reopened on each page a block spans).
    var tag: StructureTag?
    /// Forces a new page before this element.
    var pageBreakBefore = false
    /// Set on landscape pages (laid out for the turned text block; see `LayoutContext.turned`).
    var landscape = false
    /// Lines flowing through columns (a `columns` block): placed by the paginator column by column.
    var columns: ColumnFlow? = nil
    /// A section opener: drawn over the top margin, so its page has no running header.
    var opensPage = false
    /// A figure that may wait for the next page while the text after it fills this one.
    var floats = false

    /// Total height.
    var height: Points { rows.reduce(0) { $0 + $1.height } }

    /// Height that must fit for the element to start on a page.
    var minimumStartHeight: Points {
        // Too few rows to leave enough on both sides of a break: it moves whole.
        if atomic || rows.count < minimumRowsBefore + minimumRowsAfter { return height }
        let n = min(rows.count, max(minimumRowsBefore, 1))
        return rows.prefix(n).reduce(0) { $0 + $1.height }
    }

    /// Where the rows still to place start, for what is left of an element after a page break: the rows from
    /// `rowsStart` on, after the continuation header when `continues`. Kept as an offset, not a copy: copying
    /// the rest of a 100,000-row table at each of its 3,000 page breaks made pagination quadratic.
    var rowsStart = 0
    var continues = false

    /// How many rows are still to place, the continuation header included.
    private var placedCount: Int { (continues ? continuationHeader.count : 0) + rows.count - rowsStart }

    /// Row `k` of those still to place.
    private func placed(_ k: Int) -> Row {
        let header = continues ? continuationHeader.count : 0
        return k < header ? continuationHeader[k] : rows[rowsStart + k - header]
    }

    /// The rows still to place, as an array (the whole array, uncopied, for an element not yet broken).
    private var placedRows: [Row] { rowsStart == 0 && !continues ? rows : (0..<placedCount).map(placed) }

    /// Takes off the rows that fit in `available`, leaving the rest in `self`; `finished` when none is left.
    /// Returns nil when the element must move to the next page. At the top of a page it always takes at
    /// least one row, so pagination always progresses. `notes`: the room footnotes already take on the page;
    /// a row with notes needs room for them too. The items of the rows taken are let go here (the piece
    /// holds them): an element held only by the paginator frees its rows as they go onto pages.
    mutating func takePiece(fitting available: Points, atTopOfPage: Bool, notes: NoteRoom = NoteRoom()) -> (piece: Piece, finished: Bool)? {
        let count = placedCount
        var fitCount = 0
        var used: Points = 0, height: Points = 0
        var room = notes
        while fitCount < count {
            let row = placed(fitCount)
            let extra = room.extra(for: row)
            if used + row.height + extra > available + 0.001 { break }
            used += row.height + extra
            height += row.height
            if !row.footnotes.isEmpty { room.pageHasNotes = true }
            fitCount += 1
        }
        if fitCount == count { return (Piece(height: height, rows: placedRows), true) }
        if atomic && !atTopOfPage { return nil }

        let headerCount = continuationHeader.count
        func allowed(_ b: Int, strict: Bool) -> Bool {
            guard b > headerCount || (b > 0 && !strict), b < count, placed(b).canBreakBefore else { return false }
            if strict { return b >= minimumRowsBefore && count - b >= minimumRowsAfter }
            return true
        }
        var breakAt: Int? = nil
        if fitCount > 0 {
            for b in stride(from: fitCount, through: 1, by: -1) where allowed(b, strict: !atomic) { breakAt = b; break }
            if breakAt == nil && atTopOfPage {
                for b in stride(from: fitCount, through: 1, by: -1) where allowed(b, strict: false) { breakAt = b; break }
            }
        }
        if breakAt == nil && atTopOfPage { breakAt = max(headerCount + 1, fitCount) }
        guard let b = breakAt, b < count else {
            return atTopOfPage ? (Piece(height: height, rows: placedRows), true) : nil
        }
        let head = (0..<b).map(placed)
        let header = continues ? continuationHeader.count : 0
        if b >= header {
            let start = rowsStart + b - header
            for i in rowsStart..<start { rows[i].items = [] }
            rowsStart = start
        } else {
            // A break inside the repeated header itself (a header taller than the page): the rest spelled out.
            rows = (b..<count).map(placed)
            rowsStart = 0
        }
        continues = true
        pageBreakBefore = false
        spaceBefore = 0
        if !continuationHeader.isEmpty { minimumRowsBefore = max(continuationHeader.count + 1, minimumRowsBefore) }
        return (Piece(height: head.reduce(0) { $0 + $1.height }, rows: head), false)
    }
}
