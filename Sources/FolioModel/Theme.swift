/// The look of a report: colours, named text styles and table rules. Every value can be set from a spec;
/// `Theme.standard` is the default, following the design brief (Inter, navy, quiet tables).
public struct Theme: Sendable {
    /// The palette.
    public var colors: Palette
    /// Named text styles; blocks pick one by name (see `StyleName`).
    public var styles: [String: TextStyle]
    /// Rules, padding and shading of tables.
    public var table: TableStyle
    /// Horizontal grid: columns and gutter, used for call-outs and side-by-side blocks.
    public var grid: Grid
    /// Series colours of charts, in order; single-series charts use the primary colour.
    public var chartPalette: [Color]
    /// How images are checked.
    public var images: ImageStyle
    /// Every section (level-1 heading) starts a new page, as if each said `new-page: true`.
    public var sectionsStartNewPage = false
    /// The language (BCP 47, the document's) in which the words of prose styles (`TextStyle.hyphenate`) are
    /// hyphenated; nil, the default, for none: the design brief keeps ragged-right text unhyphenated, which
    /// is cleaner for figures and names. Turned on by `theme: {hyphenation: true}`.
    public var hyphenation: String?

    public init(colors: Palette, styles: [String: TextStyle], table: TableStyle, grid: Grid, chartPalette: [Color] = [],
                images: ImageStyle = ImageStyle()) {
        self.colors = colors; self.styles = styles; self.table = table; self.grid = grid; self.chartPalette = chartPalette
        self.images = images
    }

    /// The style with that name, or the body style when there is none (the spec reader rejects unknown names).
    public func style(_ name: String) -> TextStyle {
        styles[name] ?? styles[StyleName.body] ?? TextStyle()
    }
}

/// The names of the styles the engine itself uses. Specs may add more and refer to them from blocks.
public enum StyleName {
    public static let coverTitle = "cover-title"
    public static let coverSubtitle = "cover-subtitle"
    public static let coverDetail = "cover-detail"
    public static let heading1 = "heading-1"
    public static let heading2 = "heading-2"
    public static let heading3 = "heading-3"
    public static let body = "body"
    public static let lead = "lead"
    public static let quote = "quote"
    public static let attribution = "attribution"
    public static let figureValue = "figure-value"
    public static let figureLabel = "figure-label"
    public static let tableHeader = "table-header"
    public static let tableCell = "table-cell"
    public static let tableTotal = "table-total"
    public static let caption = "caption"
    public static let sourceNote = "source-note"
    public static let tocTitle = "toc-title"
    public static let tocEntry = "toc-entry"
    public static let tocSubentry = "toc-subentry"
    public static let runningHeader = "running-header"
    public static let runningFooter = "running-footer"
    public static let callout = "callout"
    public static let footnote = "footnote"
    public static let openerTitle = "opener-title"
    public static let openerIntro = "opener-intro"

    /// Every built-in name, for validation and the schema.
    public static let all = [coverTitle, coverSubtitle, coverDetail, heading1, heading2, heading3, body, lead, quote,
                             attribution, figureValue, figureLabel, tableHeader, tableCell, tableTotal, caption,
                             sourceNote, tocTitle, tocEntry, tocSubentry, runningHeader, runningFooter, callout, footnote, openerTitle, openerIntro]
}

/// The report's colours.
public struct Palette: Hashable, Sendable {
    /// The dark brand colour: cover band, headings.
    public var primary: Color
    /// The highlight: key figures, quote marks.
    public var accent: Color
    /// Body text.
    public var text: Color
    /// Secondary text: captions, running header and footer.
    public var muted: Color
    /// Hairlines.
    public var rule: Color
    /// Light fills: zebra rows, call-out panels.
    public var tint: Color
    /// Text on the primary colour.
    public var onPrimary: Color
    public init(primary: Color, accent: Color, text: Color, muted: Color, rule: Color, tint: Color, onPrimary: Color) {
        self.primary = primary; self.accent = accent; self.text = text; self.muted = muted
        self.rule = rule; self.tint = tint; self.onPrimary = onPrimary
    }
}

/// Table rules and spacing.
public struct TableStyle: Hashable, Sendable {
    /// Hairline between body rows.
    public var ruleWidth: Points
    /// Rule under the header row (slightly heavier).
    public var headerRuleWidth: Points
    /// Rule above the totals row.
    public var totalRuleWidth: Points
    /// Horizontal padding inside each cell.
    public var cellPaddingX: Points
    /// The least white space between two columns' text when a table wider than the text block is set
    /// tighter (its padding is cut no further than half this): figures grouped with spaces (`906 814 $` in
    /// French) must not read as one number across columns. A table that still does not fit is set smaller.
    public var minimumColumnGap: Points = 10
    /// Vertical padding above and below each cell's text.
    public var cellPaddingY: Points
    /// Fill for every other body row; nil for none.
    public var zebra: Color?
    /// Fill behind an emphasised column (the current year).
    public var emphasisFill: Color?
    /// Body rows that must stay together at a page break, at the start and at the end of a table.
    public var minimumRowsAtBreak: Int
    /// The smallest cell type size a table wider than the text block may be set in before its columns are
    /// split into parts instead (headers and totals shrink in proportion). Below about 6.5 pt figures stop
    /// being comfortable to read in print.
    public var minimumFontSize: Points
    /// Whether tables may turn to landscape pages (see `Table.Landscape`); a table's own setting wins.
    public var landscape: Table.Landscape = .never
    public init(ruleWidth: Points, headerRuleWidth: Points, totalRuleWidth: Points, cellPaddingX: Points,
                cellPaddingY: Points, zebra: Color?, emphasisFill: Color?, minimumRowsAtBreak: Int, minimumFontSize: Points = 6.5) {
        self.ruleWidth = ruleWidth; self.headerRuleWidth = headerRuleWidth; self.totalRuleWidth = totalRuleWidth
        self.cellPaddingX = cellPaddingX; self.cellPaddingY = cellPaddingY; self.zebra = zebra
        self.emphasisFill = emphasisFill; self.minimumRowsAtBreak = minimumRowsAtBreak; self.minimumFontSize = minimumFontSize
    }
}

/// A column grid across the text block.
public struct Grid: Hashable, Sendable {
    /// Number of columns.
    public var columns: Int
    /// Space between columns in points.
    public var gutter: Points
    public init(columns: Int, gutter: Points) { self.columns = columns; self.gutter = gutter }
}
