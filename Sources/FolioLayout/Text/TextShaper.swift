import FolioModel

/// The one thing layout needs from a text engine: break runs of styled text into lines and say how big
/// they are. What it returns holds the glyphs too, so what is drawn is exactly what was measured.
package protocol TextShaper: AnyObject {
    /// Shapes `runs` into lines no wider than `width` (nil: one line per hard line break).
    func shape(_ runs: [TextRun], width: Points?) -> ShapedText
}

/// Text shaped and broken into lines: plain values (metrics, characters and glyph runs) that any renderer
/// draws and any test reads, with no tie to the engine that shaped them.
package struct ShapedText: Hashable, Sendable {
    /// The lines, top to bottom.
    package var lines: ShapedLines
    package init(lines: [ShapedLine]) { self.lines = ShapedLines(lines) }

    /// The widest line.
    package var width: Points { lines.reduce(0) { max($0, $1.width) } }

    /// Texts up to this length (UTF-8 bytes, in one run) shaped with a width are served by the same text shaped
    /// without one when that fits (`fitsOnOneLine`): labels, table cells and captions mostly fit, and Pango,
    /// breaking lines, would shape them twice. Longer texts mostly wrap (measured: 64 and 128 bytes gain, 200
    /// loses). One rule for the text engine's memo and for a table's cells measured before they are placed.
    package static let fitsFirstLength = 128

    /// Whether this text, shaped without a width, is what shaping it with `width` gives: one line of at most
    /// one glyph run (where runs meet, Pango may weigh a hyphen or a space), no wider than `width` as the
    /// shaper is given it (whole text units, at least one).
    package func fitsOnOneLine(within width: Points) -> Bool {
        guard lines.count == 1, lines[0].runCount <= 1 else { return false }
        let units = max(1, (width * Double(GlyphRun.unitsPerPoint)).rounded(.down))
        return lines[0].width * Double(GlyphRun.unitsPerPoint) <= units
    }
}

/// Part of a line that can be drawn on its own: consecutive glyph runs of the line.
///
/// Why: a renderer draws a line in one call, but a tagged PDF needs a link's text inside its own Link element
/// (with the link's annotation) and a span in another language inside its own `Span` (with `/Lang`), so
/// layout draws such a line piece by piece, each inside the element it belongs to.
package struct LinePiece: Hashable, Sendable {
    /// The line's glyph runs it draws, counted from the line's first run, in drawing order.
    package var runs: Range<Int>
    /// The language of its text (`TextRun.language`); nil for text in the paragraph's own language.
    package var language: String?
    /// The link it is the text of (an index into the line's `links`); nil for text outside links.
    package var link: Int?
    /// Its characters, for text dumps and tests.
    package var text: String
    /// Where it starts and ends along the line, relative to the line's start.
    package var x0: Points
    package var x1: Points
    package init(runs: Range<Int>, language: String?, link: Int? = nil, text: String, x0: Points, x1: Points) {
        self.runs = runs; self.language = language; self.link = link; self.text = text; self.x0 = x0; self.x1 = x1
    }
}

/// A link's horizontal extent on one line.
package struct LinkSpan: Hashable, Sendable {
    package var url: String
    package var x0: Points
    package var x1: Points
    package init(url: String, x0: Points, x1: Points) { self.url = url; self.x0 = x0; self.x1 = x1 }
}

/// A font request.
package struct FontDescriptor: Hashable, Sendable {
    package var family: String
    package var size: Points
    package var weight: Int
    package var italic: Bool
    package init(family: String, size: Points, weight: Int = 400, italic: Bool = false) {
        self.family = family; self.size = size; self.weight = weight; self.italic = italic
    }
}

/// A run of characters in one font and colour.
package struct TextRun: Hashable, Sendable {
    package var text: String
    package var font: FontDescriptor
    package var color: Color
    /// Extra letter spacing in points.
    package var tracking: Points
    /// Equal-width digits.
    package var tabularFigures: Bool
    /// Keep on one line.
    package var noBreak: Bool
    /// Link target, if any.
    package var link: String?
    /// Set as superscript figures (the font's `sups`: a footnote mark).
    package var superscript: Bool
    /// The language (BCP 47) to hyphenate the run's words in, also the language Pango shapes it in; nil: not
    /// hyphenated. Set on prose by `LayoutContext` when the theme turns hyphenation on (see `Theme.hyphenation`).
    package var hyphenation: String?
    /// The language of a span in another language than its paragraph (`RichText.Span.language`): shaped in
    /// that language and drawn as a piece of its own (see `LinePiece`); nil for the paragraph's language.
    package var language: String?
    package init(text: String, font: FontDescriptor, color: Color, tracking: Points = 0, tabularFigures: Bool = false,
                noBreak: Bool = false, link: String? = nil, superscript: Bool = false, hyphenation: String? = nil,
                language: String? = nil) {
        self.text = text; self.font = font; self.color = color; self.tracking = tracking
        self.tabularFigures = tabularFigures; self.noBreak = noBreak; self.link = link; self.superscript = superscript
        self.hyphenation = hyphenation; self.language = language
    }
}

extension TextStyle {
    /// The font this style asks for.
    package var font: FontDescriptor { FontDescriptor(family: family, size: size, weight: weight, italic: italic) }

    /// One run of plain text in this style.
    package func run(_ text: String, color: Color? = nil) -> TextRun {
        TextRun(text: uppercase ? text.uppercased() : text, font: font, color: color ?? self.color,
                tracking: tracking, tabularFigures: tabularFigures)
    }

    /// Runs for rich text in this style: emphasis italic, strong one weight step up, links in the given colour.
    package func runs(_ rich: RichText, linkColor: Color) -> [TextRun] {
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
package enum FootnoteMark {
    static let prefix = "folio-footnote:"
    package static func url(_ number: Int) -> String { prefix + String(number) }
    /// The footnote number of a link's url, if it is a mark.
    package static func number(_ url: String) -> Int? { url.hasPrefix(prefix) ? Int(url.dropFirst(prefix.count)) : nil }
}
