import FolioModel

/// One shaped line: its metrics, characters and glyph runs. A value (equal when its contents are equal, never
/// changed once shaped).
///
/// Why packed: a long report keeps every line it shaped until its page is drawn (a 100,000-row table holds
/// 400,000 cells), and a line as separate arrays of runs and glyphs took five allocations, about 450 bytes
/// for a six-figure cell. Packed into one array of 32-bit words (`ShapedLineWords`), it takes one, about half
/// the size, and a frame item placing it stays 32 bytes. Runs, links and pieces are read back as values
/// when asked for (when a line is drawn or dumped): reading costs far less than shaping.
package struct ShapedLine: Hashable, Sendable, CustomStringConvertible {
    private let words: [UInt32]

    package init(width: Points, ascent: Points, descent: Points, text: String, links: [LinkSpan] = [], pieces: [LinePiece] = [],
                runs: [GlyphRun] = [], source: String? = nil) {
        words = ShapedLineWords.make(ShapedLineWords.Content(width: width, ascent: ascent, descent: descent, text: text,
                                                             links: links, pieces: pieces, runs: runs, source: source ?? text))
    }

    /// Advance width of the line's text.
    package var width: Points { ShapedLineWords.width(words) }
    /// Height above the baseline.
    package var ascent: Points { ShapedLineWords.ascent(words) }
    /// Depth below the baseline.
    package var descent: Points { ShapedLineWords.descent(words) }
    /// The characters on the line as they read (soft hyphens dropped, a hyphen where the line breaks at one).
    package var text: String { ShapedLineWords.text(words) }
    /// Horizontal extents of links on this line, relative to the line's start.
    package var links: [LinkSpan] { ShapedLineWords.links(words) }
    /// The line cut where its text enters or leaves a link or a span in another language, in drawing order;
    /// empty when the line is all one piece (the usual case: it is then drawn, and marked in the PDF, whole).
    package var pieces: [LinePiece] { ShapedLineWords.pieces(words) }
    /// The glyph runs that draw the line, in drawing order.
    package var runs: [GlyphRun] { ShapedLineWords.runs(words) }
    /// How many glyph runs draw the line (without reading them).
    package var runCount: Int { ShapedLineWords.runCount(words) }
    /// The characters the runs draw, as the shaper had them (UTF-8; with soft hyphens, unlike `text`): the
    /// runs' `textStart` counts from here.
    package var source: String { ShapedLineWords.source(words) }

    /// Everything the line holds, for comparing two shapings in tests.
    package var description: String {
        "ShapedLine(width: \(width), ascent: \(ascent), descent: \(descent), text: \(text), links: \(links), "
            + "pieces: \(pieces), source: \(source), runs: \(runs))"
    }

    /// The runs of piece `piece` (see `LinePiece`), or of the whole line.
    package func runs(ofPiece piece: Int?) -> ArraySlice<GlyphRun> {
        let runs = self.runs
        guard let piece else { return runs[...] }
        let pieces = self.pieces
        guard pieces.indices.contains(piece) else { return [] }
        return runs[pieces[piece].runs.clamped(to: runs.indices)]
    }
}
