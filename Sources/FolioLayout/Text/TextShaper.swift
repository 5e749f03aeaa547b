import FolioModel

/// The one thing layout needs from a text engine: break runs of styled text into lines and say how big
/// they are. The same shaped object is later drawn, so what is drawn is exactly what was measured.
public protocol TextShaper: AnyObject {
    /// Shapes `runs` into lines no wider than `width` (nil: one line per hard line break).
    func shape(_ runs: [TextRun], width: Points?) -> any ShapedText
}

/// Text that has been shaped and broken into lines by a `TextShaper`. Opaque to layout beyond its metrics;
/// the renderer that owns the shaper knows how to draw it.
public protocol ShapedText: AnyObject, Sendable {
    /// The lines, top to bottom.
    var lines: [ShapedLine] { get }
}

extension ShapedText {
    /// The widest line.
    public var width: Points { lines.reduce(0) { max($0, $1.width) } }
}

/// Metrics of one shaped line.
public struct ShapedLine: Hashable, Sendable {
    /// Advance width of the line's text.
    public var width: Points
    /// Height above the baseline.
    public var ascent: Points
    /// Depth below the baseline.
    public var descent: Points
    /// The characters on the line, for text dumps and tests.
    public var text: String
    /// Horizontal extents of links on this line, relative to the line's start.
    public var links: [LinkSpan]
    /// The line cut where its text enters or leaves a link or a span in another language, in drawing order;
    /// empty when the line is all one piece (the usual case: it is then drawn, and marked in the PDF, whole).
    public var pieces: [LinePiece]
    public init(width: Points, ascent: Points, descent: Points, text: String, links: [LinkSpan] = [], pieces: [LinePiece] = []) {
        self.width = width; self.ascent = ascent; self.descent = descent; self.text = text; self.links = links
        self.pieces = pieces
    }
}

/// Part of a line that can be drawn on its own: consecutive glyph runs of the line.
///
/// Why: a renderer draws a line in one call, but a tagged PDF needs a link's text inside its own Link element
/// (with the link's annotation) and a span in another language inside its own `Span` (with `/Lang`), so
/// layout draws such a line piece by piece, each inside the element it belongs to.
public struct LinePiece: Hashable, Sendable {
    /// The line's glyph runs it draws, counted from the line's first run, in drawing order.
    public var runs: Range<Int>
    /// The language of its text (`TextRun.language`); nil for text in the paragraph's own language.
    public var language: String?
    /// The link it is the text of (an index into the line's `links`); nil for text outside links.
    public var link: Int?
    /// Its characters, for text dumps and tests.
    public var text: String
    /// Where it starts and ends along the line, relative to the line's start.
    public var x0: Points
    public var x1: Points
    public init(runs: Range<Int>, language: String?, link: Int? = nil, text: String, x0: Points, x1: Points) {
        self.runs = runs; self.language = language; self.link = link; self.text = text; self.x0 = x0; self.x1 = x1
    }
}

/// A link's horizontal extent on one line.
public struct LinkSpan: Hashable, Sendable {
    public var url: String
    public var x0: Points
    public var x1: Points
    public init(url: String, x0: Points, x1: Points) { self.url = url; self.x0 = x0; self.x1 = x1 }
}

/// A font request.
public struct FontDescriptor: Hashable, Sendable {
    public var family: String
    public var size: Points
    public var weight: Int
    public var italic: Bool
    public init(family: String, size: Points, weight: Int = 400, italic: Bool = false) {
        self.family = family; self.size = size; self.weight = weight; self.italic = italic
    }
}

/// A run of characters in one font and colour.
public struct TextRun: Hashable, Sendable {
    public var text: String
    public var font: FontDescriptor
    public var color: Color
    /// Extra letter spacing in points.
    public var tracking: Points
    /// Equal-width digits.
    public var tabularFigures: Bool
    /// Keep on one line.
    public var noBreak: Bool
    /// Link target, if any.
    public var link: String?
    /// Set as superscript figures (the font's `sups`: a footnote mark).
    public var superscript: Bool
    /// The language (BCP 47) to hyphenate the run's words in, also the language Pango shapes it in; nil: not
    /// hyphenated. Set on prose by `LayoutContext` when the theme turns hyphenation on (see `Theme.hyphenation`).
    public var hyphenation: String?
    /// The language of a span in another language than its paragraph (`RichText.Span.language`): shaped in
    /// that language and drawn as a piece of its own (see `LinePiece`); nil for the paragraph's language.
    public var language: String?
    public init(text: String, font: FontDescriptor, color: Color, tracking: Points = 0, tabularFigures: Bool = false,
                noBreak: Bool = false, link: String? = nil, superscript: Bool = false, hyphenation: String? = nil,
                language: String? = nil) {
        self.text = text; self.font = font; self.color = color; self.tracking = tracking
        self.tabularFigures = tabularFigures; self.noBreak = noBreak; self.link = link; self.superscript = superscript
        self.hyphenation = hyphenation; self.language = language
    }
}

extension TextStyle {
    /// The font this style asks for.
    public var font: FontDescriptor { FontDescriptor(family: family, size: size, weight: weight, italic: italic) }

    /// One run of plain text in this style.
    public func run(_ text: String, color: Color? = nil) -> TextRun {
        TextRun(text: uppercase ? text.uppercased() : text, font: font, color: color ?? self.color,
                tracking: tracking, tabularFigures: tabularFigures)
    }

    /// Runs for rich text in this style: emphasis italic, strong one weight step up, links in the given colour.
    public func runs(_ rich: RichText, linkColor: Color) -> [TextRun] {
        rich.spans.map { span in
            var r = run(span.text)
            if span.emphasis { r.font.italic = true }
            if span.strong { r.font.weight = max(weight + 200, 600) }
            r.noBreak = span.noBreak
            r.language = span.language
            if let link = span.link { r.link = link; r.color = linkColor }
            if let note = span.footnote {
                // Its place on the line is found as a link's is; layout makes it a link to the note.
                r.link = FootnoteMark.url(note)
                r.superscript = true
                r.noBreak = true
            }
            return r
        }
    }
}

/// How a footnote mark is named among a line's links (see `TextStyle.runs`).
public enum FootnoteMark {
    static let prefix = "folio-footnote:"
    public static func url(_ number: Int) -> String { prefix + String(number) }
    /// The footnote number of a link's url, if it is a mark.
    public static func number(_ url: String) -> Int? { url.hasPrefix(prefix) ? Int(url.dropFirst(prefix.count)) : nil }
}
