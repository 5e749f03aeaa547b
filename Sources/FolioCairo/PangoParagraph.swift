import CPangoCairo
import FolioLayout
import FolioModel

/// Shaped text broken into lines, with their metrics read once. Keeps only what drawing needs: per line,
/// its runs of glyphs (font, glyph ids and positions, text clusters for the PDF's text layer) and their
/// colours. The Pango layout itself is freed as soon as it has been measured: kept whole it costs about
/// 1.8 KB per paragraph, most of it attribute lists, log attributes and line structures that drawing does
/// not use (a 1,000-page report holds tens of thousands of paragraphs).
///
/// Drawn line by line by `CairoCanvas`, so a paragraph can be split across pages without reshaping, with
/// the same Cairo calls Pango's own line renderer makes, so the bytes are the same as drawing the layout.
final class PangoParagraph: ShapedText, @unchecked Sendable {
    let lines: [ShapedLine]
    /// The runs of each line, in drawing order.
    let glyphLines: [[GlyphRun]]
    /// The text, UTF-8 and NUL-terminated: runs refer to it by byte offset (for the PDF's text clusters).
    let text: ContiguousArray<CChar>

    /// A run of glyphs in one font and colour: a light copy of one of Pango's `PangoGlyphItem`s.
    struct GlyphRun {
        /// Owned: an item without attributes (font, offsets, bidi level) and a copy of the glyphs.
        let item: UnsafeMutablePointer<PangoGlyphItem>
        /// Where the run starts along the line, in Pango units (what Pango's renderer adds up).
        let xOffset: Int32
        /// Baseline shift, in Pango units.
        let yOffset: Int32
        /// Foreground as Pango's renderer would set it (0–65535), nil when the run has none.
        let color: (red: UInt16, green: UInt16, blue: UInt16)?
        let alpha: UInt16
    }

    init(layout: OpaquePointer, text: String, links: [(url: String, start: Int, end: Int)]) {
        let bytes = Array(text.utf8)
        self.text = ContiguousArray(bytes.map { CChar(bitPattern: $0) } + [0])
        var result: [ShapedLine] = []
        var glyphLines: [[GlyphRun]] = []
        let count = pango_layout_get_line_count(layout)
        for i in 0..<count {
            guard let line = pango_layout_get_line_readonly(layout, i) else { continue }
            var logical = PangoRectangle()
            pango_layout_line_get_extents(line, nil, &logical)
            let scale = Double(PANGO_SCALE)
            let start = Int(line.pointee.start_index)
            let length = Int(line.pointee.length)
            let lo = max(0, min(bytes.count, start)), hi = max(lo, min(bytes.count, start + length))
            let lineText = String(decoding: bytes[lo..<hi], as: UTF8.self)
            var spans: [LinkSpan] = []
            for link in links where link.end > start && link.start < start + length {
                var ranges: UnsafeMutablePointer<Int32>? = nil
                var n: Int32 = 0
                pango_layout_line_get_x_ranges(line, Int32(max(link.start, start)), Int32(min(link.end, start + length)), &ranges, &n)
                if let ranges, n > 0 {
                    let x0 = Double(ranges[0]) / scale
                    let x1 = Double(ranges[Int(2 * n - 1)]) / scale
                    spans.append(LinkSpan(url: link.url, x0: x0, x1: x1))
                }
                g_free(ranges)
            }
            result.append(ShapedLine(width: Double(logical.width) / scale, ascent: Double(-logical.y) / scale,
                                     descent: Double(logical.height + logical.y) / scale, text: lineText, links: spans))
            glyphLines.append(Self.runs(of: line))
        }
        lines = result
        self.glyphLines = glyphLines
        g_object_unref(UnsafeMutableRawPointer(layout))
    }

    /// The runs of a line, placed as `pango_renderer_draw_layout_line` places them: each starts after the
    /// previous run's glyph width and end offset, plus its own start offset.
    private static func runs(of line: UnsafeMutablePointer<PangoLayoutLine>) -> [GlyphRun] {
        var runs: [GlyphRun] = []
        var x: Int32 = 0
        var node = line.pointee.runs
        while let current = node {
            node = current.pointee.next
            guard let source = current.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self),
                  let sourceItem = source.pointee.item, let glyphs = source.pointee.glyphs else { continue }
            x += source.pointee.start_x_offset
            // The item without its attribute list: drawing reads only the font, offsets and bidi level.
            let item = pango_item_new()!
            item.pointee.offset = sourceItem.pointee.offset
            item.pointee.length = sourceItem.pointee.length
            item.pointee.num_chars = sourceItem.pointee.num_chars
            item.pointee.analysis = sourceItem.pointee.analysis
            item.pointee.analysis.extra_attrs = nil
            if let font = item.pointee.analysis.font { g_object_ref(UnsafeMutableRawPointer(font)) }
            let copy = UnsafeMutablePointer<PangoGlyphItem>.allocate(capacity: 1)
            copy.initialize(to: PangoGlyphItem(item: item, glyphs: pango_glyph_string_copy(glyphs),
                                               y_offset: source.pointee.y_offset,
                                               start_x_offset: source.pointee.start_x_offset,
                                               end_x_offset: source.pointee.end_x_offset))
            var color: (red: UInt16, green: UInt16, blue: UInt16)? = nil
            var alpha: UInt16 = 0
            var attribute = sourceItem.pointee.analysis.extra_attrs
            while let a = attribute {
                attribute = a.pointee.next
                guard let raw = a.pointee.data?.assumingMemoryBound(to: PangoAttribute.self) else { continue }
                switch raw.pointee.klass.pointee.type {
                case PANGO_ATTR_FOREGROUND:
                    let c = UnsafeMutableRawPointer(raw).assumingMemoryBound(to: PangoAttrColor.self).pointee.color
                    color = (c.red, c.green, c.blue)
                case PANGO_ATTR_FOREGROUND_ALPHA:
                    alpha = UInt16(truncatingIfNeeded: UnsafeMutableRawPointer(raw).assumingMemoryBound(to: PangoAttrInt.self).pointee.value)
                default: break
                }
            }
            runs.append(GlyphRun(item: copy, xOffset: x, yOffset: source.pointee.y_offset, color: color, alpha: alpha))
            x += pango_glyph_string_get_width(glyphs) + source.pointee.end_x_offset
        }
        return runs
    }

    deinit {
        for line in glyphLines {
            for run in line {
                pango_item_free(run.item.pointee.item)
                pango_glyph_string_free(run.item.pointee.glyphs)
                run.item.deallocate()
            }
        }
    }
}
