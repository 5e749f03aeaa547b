import FolioModel

/// The smallest unit pagination moves: a strip of items that is never split (a line of text, a table row).
struct Row: Sendable {
    /// Height of the strip.
    var height: Points
    /// Items positioned relative to the strip's top-left corner. A table's body row holds its shaped cells
    /// instead (`TableRowCells`), and its items are made each time they are read: when the paginator places it.
    var items: [FrameItem] {
        get { cells?.items() ?? madeItems }
        set { madeItems = newValue; cells = nil }
    }
    private var madeItems: [FrameItem]
    /// A table's body row's cells, when it is kept as them.
    private(set) var cells: TableRowCells?
    /// A page may end just before this row.
    var canBreakBefore: Bool = true
    /// Headings whose top lies in this row (for the outline, contents and running section name).
    var anchors: [HeadingAnchor] = []
    /// Page numbers to fill in once pagination is done (table of contents).
    var pageNumberSlots: [PageNumberSlot] = []
    /// The row group of a table this row belongs to (THead, TBody, TFoot): consecutive rows of one group
    /// on a page are tagged as one element (a group broken by a page is one element per page, like its table).
    var section: StructureTag? = nil
    /// The notes whose marks are on this row: they go to the foot of the page the row lands on.
    var footnotes: [NoteBody] = []

    init(height: Points, items: [FrameItem], canBreakBefore: Bool = true, pageNumberSlots: [PageNumberSlot] = []) {
        self.height = height; madeItems = items; self.canBreakBefore = canBreakBefore; self.pageNumberSlots = pageNumberSlots
    }

    /// A table's body row, kept as its cells until placed.
    init(cells: TableRowCells) {
        height = cells.height; madeItems = []; self.cells = cells
    }

    /// The height the notes take at the foot of a page, without the separator above them.
    var footnoteHeight: Points { footnotes.reduce(0) { $0 + $1.height } }
}

/// A footnote laid out for the foot of a page: its rows (number and text), relative to its top.
struct NoteBody: Sendable {
    var number: Int
    /// The note's text, to lay it out again for another width (a note marked in a column of a row).
    var text: RichText
    var rows: [Row]
    var height: Points { rows.reduce(0) { $0 + $1.height } }
}

/// Marks where a heading landed.
struct HeadingAnchor: Sendable {
    /// Index of the heading among all headings of the report.
    var headingIndex: Int
    /// Offset of the heading's top within its row.
    var y: Points
}

/// A place for a heading's page number, shaped only after pagination (so the contents is laid out once).
struct PageNumberSlot: Sendable {
    /// The heading whose page goes here.
    var headingIndex: Int
    /// The area the number is right-aligned in, relative to its row; also the link area.
    var rect: Rect
    /// The style to print the number in.
    var style: TextStyle
    /// Baseline offset from the rect's top.
    var baseline: Points
    /// The heading's text: the description of the entry's link.
    var title: String = ""
    /// Where in its row's items the number and its link go (inside the entry's element).
    var itemIndex: Int = 0
}

/// A piece of a flow element placed on one page.
struct Piece: Sendable {
    var height: Points
    var rows: [Row]
}

/// What footnotes already take at the foot of the page: `split` counts the room a row's notes need.
struct NoteRoom: Sendable {
    /// The space between the text and the first note (a short rule in it), taken once a page has a note.
    var separator: Points = 0
    /// Whether this page already has a note (its separator is paid).
    var pageHasNotes = false

    /// What `row` needs beyond its height, given the rows before it on the page.
    func extra(for row: Row) -> Points {
        row.footnotes.isEmpty ? 0 : row.footnoteHeight + (pageHasNotes ? 0 : separator)
    }
}
