import FolioModel

/// Rows flowing through `count` columns: filled one after the other to the height a page leaves, and on
/// the last page balanced (the least height that holds the rest, so the columns end within a line).
struct ColumnFlow: Sendable {
    /// One row of the flow, with the block it belongs to.
    struct Line: Sendable {
        var row: Row
        /// Index of its block (each block's rows in a column are one structure element).
        var block: Int
        /// Space between blocks: dropped at the top of a column.
        var isSpace = false
        /// Must not end a column (the rows of a quote or a picture stay together).
        var keepsWithNext = false
    }
    var count: Int
    var columnWidth: Points
    var gutter: Points
    var lines: [Line]
    /// Each block's structure element.
    var tags: [StructureTag?]

    /// Where the next column filled from `start` to at most `height` ends (exclusive), and where the
    /// following column starts (leading space skipped). At least one line when `force` (an empty page).
    func fill(from start: Int, height: Points, force: Bool) -> Int {
        var i = start
        while i < lines.count, lines[i].isSpace { i += 1 }
        var used: Points = 0, end = i, good = i
        while end < lines.count, used + lines[end].row.height <= height + 0.001 {
            used += lines[end].row.height
            end += 1
            if end == lines.count || (lines[end].row.canBreakBefore && !lines[end - 1].keepsWithNext) { good = end }
        }
        if end == lines.count { return end }
        if good > i { return good }
        return force ? max(i + 1, end) : i
    }

    /// The line ranges of up to `count` columns of `height` from `start`, and where the flow goes on.
    func columns(from start: Int, height: Points, force: Bool) -> (ranges: [Range<Int>], next: Int) {
        var ranges: [Range<Int>] = []
        var i = start
        for c in 0..<count {
            while i < lines.count, lines[i].isSpace { i += 1 }
            guard i < lines.count else { break }
            let end = fill(from: i, height: height, force: force && c == 0)
            guard end > i else { break }
            ranges.append(i..<end)
            i = end
        }
        while i < lines.count, lines[i].isSpace { i += 1 }
        return (ranges, i)
    }

    /// The least height at most `height` at which the lines from `start` all fit the columns, or nil.
    func balancedHeight(from start: Int, within height: Points) -> Points? {
        guard columns(from: start, height: height, force: false).next == lines.count else { return nil }
        // Each column ends after some line: the heights worth trying are the sums of consecutive lines,
        // from a share of the whole up to the page's room.
        var candidates: Set<Points> = []
        let rest = lines[start...].map(\.row.height)
        let total = lines[start...].filter { !$0.isSpace }.reduce(0) { $0 + $1.row.height }
        for a in rest.indices {
            var sum: Points = 0
            for b in a..<rest.count {
                sum += rest[b]
                if sum > height + 0.001 { break }
                if sum * Points(count) >= total - 0.001 { candidates.insert((sum * 1000).rounded() / 1000) }
            }
        }
        for h in candidates.sorted() where columns(from: start, height: h, force: false).next == lines.count { return h }
        return height
    }

    /// The rows of one page's piece: each column's lines side by side, each block's lines in a column in
    /// its element; one row as tall as the tallest column (or `height`).
    func piece(_ ranges: [Range<Int>], height: Points) -> Row {
        var items: [FrameItem] = []
        var notes: [NoteBody] = []
        for (c, range) in ranges.enumerated() {
            let x = Points(c) * (columnWidth + gutter)
            var y: Points = 0
            var open: Int? = nil
            for line in lines[range] {
                if line.isSpace && y == 0 { continue }
                if open != line.block {
                    if open != nil, tags[open ?? 0] != nil { items.append(.endTag) }
                    if let tag = tags[line.block] { items.append(.beginTag(tag)) }
                    open = line.block
                }
                items += line.row.items.map { $0.offsetBy(dx: x, dy: y) }
                notes += line.row.footnotes
                y += line.row.height
            }
            if let open, tags[open] != nil { items.append(.endTag) }
        }
        var row = Row(height: height, items: items)
        row.footnotes = notes
        return row
    }
}
