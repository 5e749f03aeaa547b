/// A table with its data already read and checked.
public struct Table: Sendable {
    /// Printed above the table; "(continued)" is appended on later pages.
    public var caption: String?
    /// Printed below the table in the source-note style.
    public var source: String?
    /// Columns in display order.
    public var columns: [TableColumn]
    /// Body rows; each has one cell per column.
    public var rows: [[Cell]]
    /// The totals row, printed semibold with a rule above; nil when the table has none.
    public var totals: [Cell]?
    /// Keep the table on one page (true), allow breaks between rows (false), or decide by size (nil:
    /// tables up to half a page are kept whole).
    public var keepTogether: Bool?
    /// Whether the table may be set on landscape pages; nil takes the theme's `table.landscape`.
    public var landscape: Landscape?
    public init(caption: String? = nil, source: String? = nil, columns: [TableColumn], rows: [[Cell]], totals: [Cell]? = nil,
                keepTogether: Bool? = nil, landscape: Landscape? = nil) {
        self.caption = caption; self.source = source; self.columns = columns; self.rows = rows; self.totals = totals
        self.keepTogether = keepTogether; self.landscape = landscape
    }

    /// When a table turns the page: a wide table read sideways on a landscape page beats a table cut into
    /// parts whose rows the reader must match across pages, but a page turned without need is a nuisance,
    /// so turning is something a spec or theme allows (`auto`), not the default.
    public enum Landscape: String, Sendable, CaseIterable {
        /// Stay on the document's pages; a table too wide is split into parts.
        case never
        /// Landscape pages only when the table does not fit the text block whole (before splitting it).
        case auto
        /// Always on landscape pages.
        case always
    }
}

/// One column of a table.
public struct TableColumn: Sendable {
    /// Horizontal alignment of a column's cells.
    public enum Alignment: String, Sendable, CaseIterable { case left, center, right }
    /// Header label.
    public var header: String
    /// Alignment; numbers are right-aligned by default.
    public var alignment: Alignment
    /// How numbers in this column print.
    public var format: NumberFormat
    /// Subtly shaded (e.g. the current year).
    public var emphasized: Bool
    /// A column of labels (words that may wrap, repeated in each part of a table split by width), not of
    /// figures (which never wrap or break).
    public var isText: Bool
    /// Footnotes marked in the header (`header: "Proceeds^[In dollars, as seized.]"`).
    public var headerNotes: [Footnote] = []
    /// Footnotes marked in label cells, by body row (a CSV label `Calgary^[Includes Airdrie.]`).
    public var cellNotes: [Int: [Footnote]] = [:]
    /// `isText` defaults to a left-aligned column: what a label column is unless the spec says otherwise.
    public init(header: String, alignment: Alignment, format: NumberFormat = .auto, emphasized: Bool = false,
                isText: Bool? = nil) {
        self.header = header; self.alignment = alignment; self.format = format; self.emphasized = emphasized
        self.isText = isText ?? (alignment == .left)
    }
}
