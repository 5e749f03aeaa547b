import FolioModel

/// The smallest unit pagination moves: a strip of items that is never split (a line of text, a table row).
struct Row {
    /// Height of the strip.
    var height: Points
    /// Items positioned relative to the strip's top-left corner.
    var items: [FrameItem]
    /// A page may end just before this row.
    var canBreakBefore: Bool = true
    /// Headings whose top lies in this row (for the outline, contents and running section name).
    var anchors: [HeadingAnchor] = []
    /// Page numbers to fill in once pagination is done (table of contents).
    var pageNumberSlots: [PageNumberSlot] = []
    /// The row group of a table this row belongs to (THead, TBody, TFoot): consecutive rows of one group
    /// on a page are tagged as one element (a group broken by a page is one element per page, like its table).
    var section: StructureTag? = nil
}

/// Marks where a heading landed.
struct HeadingAnchor {
    /// Index of the heading among all headings of the report.
    var headingIndex: Int
    /// Offset of the heading's top within its row.
    var y: Points
}

/// A place for a heading's page number, shaped only after pagination (so the contents is laid out once).
struct PageNumberSlot {
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
struct Piece {
    var height: Points
    var rows: [Row]
}
