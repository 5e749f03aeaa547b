import FolioModel

/// One finished page: everything on it, positioned.
package struct PageFrame: Sendable {
    /// Paper size.
    package var size: Size
    /// Items in drawing order. A table's body rows are kept as their cells (`PlacedRow`) until this is read,
    /// and made then (a 100,000-row table's pages held 60 MB of items until drawn, as cells 6 MB). Setting it
    /// stores the items as given.
    ///
    /// Consecutive rows kept as cells are drawn as a run (see `PlacedRow.run`): their fills, then their cells,
    /// then their rules.
    package var items: [FrameItem] {
        get {
            guard !deferred.isEmpty else { return made }
            var all: [FrameItem] = []
            all.reserveCapacity(made.count + deferred.count * 16)
            var next = 0, k = 0
            while k < deferred.count {
                let at = deferred[k].at
                var end = k + 1
                while end < deferred.count && deferred[end].at == at { end += 1 }
                all += made[next..<at]
                all += PlacedRow.run(deferred[k..<end].map(\.row))
                next = at
                k = end
            }
            return all + made[next...]
        }
        set { made = newValue; deferred = [] }
    }
    /// The items made at layout; the rows kept as cells go before `made[at]`, in order.
    private var made: [FrameItem]
    private var deferred: [(at: Int, row: PlacedRow)] = []
    /// A cover page has no running header or footer.
    package var isCover: Bool
    /// A page opening a section with a band across its top has no running header (its footer stays).
    package var hasOpener = false
    /// Whether the first element the page opens continues the last element of its type on the page before
    /// (a paragraph broken by the page): drawn as two elements, which the PDF joins into one.
    package var continuation: Bool
    package init(size: Size, items: [FrameItem] = [], isCover: Bool = false, continuation: Bool = false) {
        self.size = size; self.made = items; self.isCover = isCover; self.continuation = continuation
    }

    /// The items but a table's body rows kept as cells, which hold no heading and no link (`PlacedRow`):
    /// what a scan for those reads without making every row of a long table once more.
    package var itemsBesideTableRows: [FrameItem] { made }
    /// Adds an item after the others (without making the rows kept as cells, as `items.append` would).
    package mutating func append(_ item: FrameItem) { made.append(item) }
    /// Adds items after the others (without making the rows kept as cells).
    package mutating func append(contentsOf items: [FrameItem]) { made += items }
    /// Adds a table's body row, kept as its cells.
    mutating func append(_ row: PlacedRow) { deferred.append((made.count, row)) }
    /// How many items `items` holds (the rows kept as cells are made to be counted).
    var itemCount: Int { made.count + deferred.reduce(0) { $0 + $1.row.items().count } }
    /// Stores the items made, and the rows kept as cells, without the slack of a grown array; the items
    /// with room for `extra` more.
    mutating func trim(leavingRoomFor extra: Int) {
        var trimmed: [FrameItem] = []
        trimmed.reserveCapacity(made.count + extra)
        trimmed += made
        made = trimmed
        guard !deferred.isEmpty else { return }
        var rows: [(at: Int, row: PlacedRow)] = []
        rows.reserveCapacity(deferred.count)
        rows += deferred
        deferred = rows
    }
}

/// A table's body row on a page: its cells (`TableRowCells`) and where the row's top-left corner lands.
/// It holds no link and no note mark (a row with a note is placed as items), so scans for those skip it.
struct PlacedRow: Sendable {
    var cells: TableRowCells
    var dx: Points, dy: Points
    /// The row's items, placed on the page.
    func items() -> [FrameItem] { cells.items().map { $0.offsetBy(dx: dx, dy: dy) } }
    /// The row's items in their three parts (see `TableRowCells.parts`), placed on the page.
    func parts() -> TableRowCells.Parts { cells.parts().offsetBy(dx: dx, dy: dy) }

    /// The items of consecutive rows: every row's fills (what comes before its first tag), then every row's
    /// cells (its tags and what they hold), then every row's rules (what comes after its last tag).
    ///
    /// Why: in a tagged PDF each stretch of untagged drawing between elements is an artifact, which Cairo 1.16
    /// can only write as a marker element (see `ArtifactMarker`), and it keeps every element in memory until
    /// the file is finished (about 220 bytes each). Row by row, a table had one marker element a row: a sixth
    /// of a 100,000-row table's elements. As a run: two a page. And a rule is no longer half covered by the
    /// fill of the row below it (a column's emphasis or a stripe), so every rule is drawn at its full width.
    static func run(_ rows: [PlacedRow]) -> [FrameItem] {
        let parts = rows.map { $0.parts() }
        return parts.flatMap(\.fills) + parts.flatMap(\.cells) + parts.flatMap(\.rules)
    }
}

/// A bookmark in the PDF outline.
package struct OutlineEntry: Hashable, Sendable {
    /// Heading text as shown (with its number).
    package var title: String
    /// Nesting level, 1 for sections.
    package var level: Int
    /// Page index from 0.
    package var pageIndex: Int
    /// Top of the heading on that page.
    package var y: Points
    package init(title: String, level: Int, pageIndex: Int, y: Points) {
        self.title = title; self.level = level; self.pageIndex = pageIndex; self.y = y
    }
}

/// The result of layout: pages ready to draw, the outline, and the document's metadata.
package struct LaidOutDocument: Sendable {
    package var info: DocumentInfo
    package var pages: [PageFrame]
    package var outline: [OutlineEntry]
    package init(info: DocumentInfo, pages: [PageFrame], outline: [OutlineEntry]) {
        self.info = info; self.pages = pages; self.outline = outline
    }
}
