/// One piece of the content flow. Layout decides where each lands; a block only says what it is.
public enum Block: Sendable {
    /// The cover page (no running header or footer).
    case cover(Cover)
    /// A table of contents, filled with real page numbers after pagination.
    case contents(Contents)
    /// A section or subsection title; kept with what follows.
    case heading(Heading)
    /// Running text.
    case paragraph(Paragraph)
    /// A quotation with its attribution; never split.
    case quote(Quote)
    /// Big numbers with short labels ("203 children rescued"); never split.
    case keyFigures(KeyFigures)
    /// A data table; split between rows with its header repeated.
    case table(Table)
    /// A bar or line chart, drawn as vector graphics and tagged as a figure with its alt text.
    case chart(Chart)
    /// Start a new page.
    case pageBreak
    /// Vertical space in points (dropped at the top of a page).
    case spacer(Points)
    /// Blocks side by side on the theme's grid (text beside a chart, two charts in one row); kept together,
    /// and stacked where the columns would be too narrow.
    case row(RowBlock)
    /// A call-out or sidebar: blocks set on a tint or beside a rule, kept together.
    case box(BoxBlock)
    /// A picture (PNG, JPEG, SVG or a PDF page) with an optional caption; tagged as a figure with its alt
    /// text, or an artifact when decorative. Never split.
    case image(ImageBlock)
    /// Text set in 2 or 3 columns, flowing from one to the next and from page to page, the last page's
    /// columns balanced.
    case columns(ColumnsBlock)
}

/// Blocks flowing through columns of equal width (the grid's gutter between them).
public struct ColumnsBlock: Sendable {
    public var count: Int
    public var blocks: [Block]
    public init(count: Int, blocks: [Block]) { self.count = count; self.blocks = blocks }
}

/// Blocks inside a box.
public struct BoxBlock: Sendable {
    /// `callout`: on the theme's tint, padded all round; `sidebar`: beside a rule in the accent colour.
    public enum Kind: String, Sendable, CaseIterable { case callout, sidebar }
    public var kind: Kind
    public var blocks: [Block]
    public init(kind: Kind, blocks: [Block]) { self.kind = kind; self.blocks = blocks }
}

/// Blocks set side by side, each in `spans[i]` columns of the theme's grid.
public struct RowBlock: Sendable {
    public var blocks: [Block]
    /// Grid columns each block takes (as many as blocks; at most the grid's columns together).
    public var spans: [Int]
    public init(blocks: [Block], spans: [Int]) { self.blocks = blocks; self.spans = spans }
}

/// The cover page's content.
public struct Cover: Sendable {
    /// Large title.
    public var title: String
    /// Line under the title (fiscal year).
    public var subtitle: String?
    /// Small lines at the bottom of the band: organisation, date.
    public var details: [String]
    /// An optional headline figure on the cover.
    public var figure: KeyFigure?
    /// The organisation's logo, set above the title.
    public var logo: ImageBlock?
    public init(title: String, subtitle: String? = nil, details: [String] = [], figure: KeyFigure? = nil, logo: ImageBlock? = nil) {
        self.title = title; self.subtitle = subtitle; self.details = details; self.figure = figure; self.logo = logo
    }
}

/// A table of contents.
public struct Contents: Sendable {
    /// Its heading ("Contents").
    public var title: String
    /// Deepest heading level listed (1 lists sections only).
    public var depth: Int
    public init(title: String = "Contents", depth: Int = 2) { self.title = title; self.depth = depth }
}

/// A heading. Level 1 opens a section (its text becomes the running footer's `{section}`).
public struct Heading: Sendable {
    /// The heading text.
    public var text: String
    /// 1, 2 or 3.
    public var level: Int
    /// Prefix with its number ("2.1").
    public var numbered: Bool
    /// Listed in the table of contents and the PDF outline.
    public var inContents: Bool
    /// Start on a new page.
    public var pageBreakBefore: Bool
    /// A section opener: the title in a full-bleed band of the primary colour across the top of a new
    /// page (no running header there), with an optional line of introduction under it.
    public var opener: Opener?
    public struct Opener: Sendable {
        public var intro: String?
        public init(intro: String? = nil) { self.intro = intro }
    }
    public init(text: String, level: Int, numbered: Bool = false, inContents: Bool = true, pageBreakBefore: Bool = false,
                opener: Opener? = nil) {
        self.text = text; self.level = level; self.numbered = numbered; self.inContents = inContents
        self.pageBreakBefore = pageBreakBefore; self.opener = opener
    }
}

/// Running text in a named style.
public struct Paragraph: Sendable {
    public var text: RichText
    /// A style name from the theme (`body` unless chosen).
    public var style: String
    /// Never left last on a page: a lead-in that introduces the next block goes with it (also onto a
    /// landscape page with a wide table), as a heading does.
    public var keepWithNext: Bool
    /// The notes its marks refer to (`^[…]` in the spec), in order.
    public var footnotes: [Footnote]
    /// Its language when the whole paragraph is in another language than the document (`lang: fr-CA`):
    /// the PDF's `P` element gets `/Lang`. Nil: the document's language.
    public var language: String?
    public init(text: RichText, style: String = StyleName.body, keepWithNext: Bool = false, footnotes: [Footnote] = [],
                language: String? = nil) {
        self.text = text; self.style = style; self.keepWithNext = keepWithNext; self.footnotes = footnotes
        self.language = language
    }
}

/// A quotation.
public struct Quote: Sendable {
    public var text: RichText
    /// Who said it ("Supt. Dwyane Lakusta, CEO, ALERT"); printed after a dash on its own line.
    public var attribution: String?
    /// Its language when the quotation is in another language than the document (`lang: fr-CA`): the PDF's
    /// `BlockQuote` element gets `/Lang`. Nil: the document's language.
    public var language: String?
    public init(text: RichText, attribution: String? = nil, language: String? = nil) {
        self.text = text; self.attribution = attribution; self.language = language
    }
}

/// A row of key figures.
public struct KeyFigures: Sendable {
    public var items: [KeyFigure]
    public init(items: [KeyFigure]) { self.items = items }
}

/// One big number with its label. The value is already formatted by the same `NumberFormat` tables use.
public struct KeyFigure: Sendable {
    /// The number as printed ("203", "$5,334,163").
    public var value: String
    /// What it counts ("children rescued").
    public var label: String
    /// Optional context line under the label ("up from 46 in 2022-23").
    public var note: String?
    public init(value: String, label: String, note: String? = nil) { self.value = value; self.label = label; self.note = note }
}
