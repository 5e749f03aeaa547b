import CPangoCairo
import FolioLayout
import FolioModel

/// Shaped text broken into lines, with their metrics read once. Keeps only what drawing needs, in a few
/// flat arrays per paragraph: the runs of glyphs of every line (font, text offsets, colour, position) and
/// their glyphs and text clusters. The Pango layout itself is freed as soon as it has been measured: kept
/// whole it costs about 1.8 KB per paragraph (attribute lists, log attributes, line and item structures),
/// and a 1,000-page report holds tens of thousands of paragraphs, every table cell among them.
///
/// Drawn line by line by `CairoCanvas`, so a paragraph can be split across pages without reshaping, with
/// the calls Pango's own line renderer makes, so the bytes are those of drawing the layout.
final class PangoParagraph: ShapedText, @unchecked Sendable {
    let lines: [ShapedLine]
    /// The text, UTF-8 and NUL-terminated: runs refer to it by byte offset (for the PDF's text clusters).
    let text: ContiguousArray<CChar>
    /// Every run of every line, in drawing order.
    private let runs: ContiguousArray<GlyphRun>
    /// Where each line's runs end in `runs` (empty for a single line: all runs are its).
    private let lineEnds: ContiguousArray<Int32>
    /// The glyphs of all runs, run after run, each with the byte offset of its cluster in its run.
    private let glyphs: PackedGlyphs

    /// A run of glyphs in one font and colour: what a `PangoGlyphItem` holds that drawing reads.
    struct GlyphRun {
        /// The item's analysis (font, bidi level, script, language), without its attribute list; the
        /// font is referenced by the paragraph.
        var analysis: PangoAnalysis
        var offset: Int32, length: Int32, characters: Int32
        /// Its glyphs in `glyphs` and `clusters`.
        var firstGlyph: Int32, glyphCount: Int32
        /// Where the run starts along the line and its baseline shift, in Pango units.
        var xOffset: Int32, yOffset: Int32
        var startOffset: Int32, endOffset: Int32
        /// Foreground as Pango's renderer would set it (0–65535), when the run has one.
        var hasColor: Bool
        var red: UInt16, green: UInt16, blue: UInt16, alpha: UInt16
    }

    /// `links` and `languages`: the byte ranges of the text's links and of its spans in another language.
    init(layout: OpaquePointer, text: String, links: [(url: String, start: Int, end: Int)],
         languages: [(tag: String, start: Int, end: Int)] = []) {
        let bytes = Array(text.utf8)
        self.text = ContiguousArray(bytes.map { CChar(bitPattern: $0) } + [0])
        var result: [ShapedLine] = []
        var runs = ContiguousArray<GlyphRun>()
        var lineEnds = ContiguousArray<Int32>()
        let count = pango_layout_get_line_count(layout)
        var glyphs = PackedGlyphs(capacity: Self.glyphCount(of: layout, lines: count))
        for i in 0..<count {
            guard let line = pango_layout_get_line_readonly(layout, i) else { continue }
            var logical = PangoRectangle()
            pango_layout_line_get_extents(line, nil, &logical)
            let scale = Double(PANGO_SCALE)
            let start = Int(line.pointee.start_index)
            let length = Int(line.pointee.length)
            let lo = max(0, min(bytes.count, start)), hi = max(lo, min(bytes.count, start + length))
            let lineText = Self.readable(String(decoding: bytes[lo..<hi], as: UTF8.self))
            var spans: [LinkSpan] = []
            // The byte range of each of `spans`, for finding the link a run is the text of.
            var spanRanges: [Range<Int>] = []
            for link in links where link.end > start && link.start < start + length {
                var ranges: UnsafeMutablePointer<Int32>? = nil
                var n: Int32 = 0
                pango_layout_line_get_x_ranges(line, Int32(max(link.start, start)), Int32(min(link.end, start + length)), &ranges, &n)
                if let ranges, n > 0 {
                    let x0 = Double(ranges[0]) / scale
                    let x1 = Double(ranges[Int(2 * n - 1)]) / scale
                    spans.append(LinkSpan(url: link.url, x0: x0, x1: x1))
                    spanRanges.append(link.start..<link.end)
                }
                g_free(ranges)
            }
            let firstRun = runs.count
            Self.collectRuns(of: line, into: &runs, glyphs: &glyphs)
            lineEnds.append(Int32(runs.count))
            let pieces = languages.isEmpty && spans.isEmpty ? []
                : Self.pieces(runs[firstRun...], glyphs: glyphs, bytes: bytes, languages: languages, links: spanRanges)
            result.append(ShapedLine(width: Double(logical.width) / scale, ascent: Double(-logical.y) / scale,
                                     descent: Double(logical.height + logical.y) / scale, text: lineText, links: spans,
                                     pieces: pieces))
        }
        lines = result
        self.runs = runs
        self.lineEnds = result.count > 1 ? lineEnds : []
        self.glyphs = glyphs
        g_object_unref(UnsafeMutableRawPointer(layout))
    }

    /// The runs of a line, placed as `pango_renderer_draw_layout_line` places them: each starts after the
    /// previous run's glyph width and end offset, plus its own start offset.
    private static func collectRuns(of line: UnsafeMutablePointer<PangoLayoutLine>, into runs: inout ContiguousArray<GlyphRun>,
                                    glyphs: inout PackedGlyphs) {
        var x: Int32 = 0
        var node = line.pointee.runs
        while let current = node {
            node = current.pointee.next
            guard let source = current.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self),
                  let item = source.pointee.item, let string = source.pointee.glyphs else { continue }
            x += source.pointee.start_x_offset
            var analysis = item.pointee.analysis
            analysis.extra_attrs = nil
            if let font = analysis.font { g_object_ref(UnsafeMutableRawPointer(font)) }
            var run = GlyphRun(analysis: analysis, offset: item.pointee.offset, length: item.pointee.length,
                               characters: item.pointee.num_chars, firstGlyph: Int32(glyphs.count),
                               glyphCount: string.pointee.num_glyphs, xOffset: x, yOffset: source.pointee.y_offset,
                               startOffset: source.pointee.start_x_offset, endOffset: source.pointee.end_x_offset,
                               hasColor: false, red: 0, green: 0, blue: 0, alpha: 0)
            for g in 0..<Int(string.pointee.num_glyphs) {
                glyphs.append(string.pointee.glyphs[g], cluster: string.pointee.log_clusters[g])
            }
            var attribute = item.pointee.analysis.extra_attrs
            while let a = attribute {
                attribute = a.pointee.next
                guard let raw = a.pointee.data?.assumingMemoryBound(to: PangoAttribute.self) else { continue }
                switch raw.pointee.klass.pointee.type {
                case PANGO_ATTR_FOREGROUND:
                    let c = UnsafeMutableRawPointer(raw).assumingMemoryBound(to: PangoAttrColor.self).pointee.color
                    run.hasColor = true
                    (run.red, run.green, run.blue) = (c.red, c.green, c.blue)
                case PANGO_ATTR_FOREGROUND_ALPHA:
                    run.alpha = UInt16(truncatingIfNeeded: UnsafeMutableRawPointer(raw).assumingMemoryBound(to: PangoAttrInt.self).pointee.value)
                default: break
                }
            }
            runs.append(run)
            x += pango_glyph_string_get_width(string) + source.pointee.end_x_offset
        }
    }

    /// A line's runs grouped into pieces (see `LinePiece`): consecutive runs of the same link (`links`: the
    /// byte ranges of the line's links) in the same language (nil: the paragraph's) make one piece. Empty when
    /// the whole line is outside links and in the paragraph's language. A run belongs to the link and the span
    /// its first character is in: the engine gives every run of text its own attributes, so Pango starts a
    /// new run wherever a link or a span starts or ends.
    private static func pieces(_ line: ArraySlice<GlyphRun>, glyphs: PackedGlyphs, bytes: [UInt8],
                               languages: [(tag: String, start: Int, end: Int)], links: [Range<Int>]) -> [LinePiece] {
        struct Key: Equatable { var language: String?; var link: Int? }
        func key(_ run: GlyphRun) -> Key {
            let at = Int(run.offset)
            return Key(language: languages.first { at >= $0.start && at < $0.end }?.tag, link: links.firstIndex { $0.contains(at) })
        }
        guard line.contains(where: { key($0) != Key() }) else { return [] }
        let scale = Double(PANGO_SCALE)
        var pieces: [LinePiece] = []
        var start = line.startIndex
        while start < line.endIndex {
            let tag = key(line[start])
            var end = start + 1
            while end < line.endIndex && key(line[end]) == tag { end += 1 }
            let group = line[start..<end]
            let lo = max(0, min(bytes.count, Int(group.map(\.offset).min() ?? 0)))
            let hi = max(lo, min(bytes.count, group.map { Int($0.offset + $0.length) }.max() ?? 0))
            let last = line[end - 1]
            var width: Int32 = 0
            for g in Int(last.firstGlyph)..<Int(last.firstGlyph + last.glyphCount) { width += glyphs[g].info.geometry.width }
            pieces.append(LinePiece(runs: (start - line.startIndex)..<(end - line.startIndex), language: tag.language, link: tag.link,
                                    text: readable(String(decoding: bytes[lo..<hi], as: UTF8.self)),
                                    x0: Double(line[start].xOffset) / scale, x1: Double(last.xOffset + width) / scale))
            start = end
        }
        return pieces
    }

    /// A line's text as it reads: without the soft hyphens of its unbroken words (they draw nothing), and with
    /// the hyphen drawn where it breaks at one (see `Hyphenator`). Text without them is returned as it is.
    static func readable(_ line: String) -> String {
        let soft: Character = "\u{00AD}"
        guard line.contains(soft) else { return line }
        var text = line
        let broken = text.last == soft
        text.removeAll { $0 == soft }
        return broken ? text + "-" : text
    }

    /// Whether Pango, given `width` (Pango units), would lay this unwrapped paragraph out the same: one line
    /// of at most one item (where items meet, Pango may weigh a hyphen or a space), as wide as `width` at most.
    func fitsOnOneLine(within width: Int32) -> Bool {
        guard lines.count == 1, runs.count <= 1 else { return false }
        return lines[0].width * Double(PANGO_SCALE) <= Double(width)
    }

    /// The glyphs, clusters and placed runs of every line, for comparing two shapings in tests.
    var glyphDump: String {
        var out = lines.map { "\($0)" }.joined(separator: "\n")
        for run in runs {
            out += "\nrun \(run.offset) \(run.length) \(run.firstGlyph) \(run.glyphCount) \(run.xOffset) \(run.yOffset) \(run.startOffset) \(run.endOffset) \(run.hasColor) \(run.red) \(run.green) \(run.blue) \(run.alpha)"
        }
        for i in 0..<glyphs.count {
            let (glyph, cluster) = glyphs[i]
            out += "\n\(glyph.glyph) \(glyph.geometry.width) \(glyph.geometry.x_offset) \(glyph.geometry.y_offset) \(glyph.attr.is_cluster_start) \(glyph.attr.is_color) \(cluster)"
        }
        return out + "\nline ends \(Array(lineEnds))"
    }

    /// The runs of line `index`.
    private func runRange(ofLine index: Int) -> Range<Int> {
        guard !lineEnds.isEmpty else { return index == 0 ? 0..<runs.count : 0..<0 }
        let end = Int(lineEnds[index])
        return (index == 0 ? 0 : Int(lineEnds[index - 1]))..<end
    }

    /// Calls `body` for each run of line `index` (or of its piece `piece`, see `LinePiece`) with its position,
    /// colour and a Pango glyph item that is valid during the call only (it points into this paragraph's arrays).
    func forEachRun(ofLine index: Int, piece: Int? = nil, _ body: (GlyphRun, UnsafeMutablePointer<PangoGlyphItem>) -> Void) {
        guard lines.indices.contains(index) else { return }
        var range = runRange(ofLine: index)
        if let piece {
            let pieces = lines[index].pieces
            guard pieces.indices.contains(piece) else { return }
            let runs = pieces[piece].runs
            range = (range.lowerBound + runs.lowerBound)..<min(range.upperBound, range.lowerBound + runs.upperBound)
        }
        for r in range {
            let run = runs[r]
            let first = Int(run.firstGlyph)
            glyphs.withPangoArrays(first..<(first + Int(run.glyphCount))) { infos, clusters in
                var item = PangoItem(offset: run.offset, length: run.length, num_chars: run.characters, analysis: run.analysis)
                var string = PangoGlyphString(num_glyphs: run.glyphCount, glyphs: infos, log_clusters: clusters, space: run.glyphCount)
                withUnsafeMutablePointer(to: &item) { itemPointer in
                    withUnsafeMutablePointer(to: &string) { stringPointer in
                        var glyphItem = PangoGlyphItem(item: itemPointer, glyphs: stringPointer, y_offset: run.yOffset,
                                                       start_x_offset: run.startOffset, end_x_offset: run.endOffset)
                        body(run, &glyphItem)
                    }
                }
            }
        }
    }

    /// How many glyphs the lines of `layout` hold.
    private static func glyphCount(of layout: OpaquePointer, lines: Int32) -> Int {
        var total = 0
        for i in 0..<lines {
            var node = pango_layout_get_line_readonly(layout, i)?.pointee.runs
            while let current = node {
                node = current.pointee.next
                if let run = current.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self), let string = run.pointee.glyphs {
                    total += Int(string.pointee.num_glyphs)
                }
            }
        }
        return total
    }

    deinit {
        for run in runs {
            if let font = run.analysis.font { g_object_unref(UnsafeMutableRawPointer(font)) }
        }
    }
}
