import CPangoCairo
import FolioLayout
import FolioModel

/// Copies a Pango layout into `ShapedText` values (metrics, characters, glyph runs) and frees it: the layout
/// is the only Pango object text goes through, and nothing of it outlives the shaping (as swift-markdown
/// copies its C tree into Swift values). Each run is placed as `pango_renderer_draw_layout_line` places it,
/// so drawing the values (see `CairoCanvas`) makes the calls Pango's own line renderer makes.
struct PangoLayoutReader {
    /// Names the fonts of the runs (see `FontFaces`).
    let faces: FontFaces

    /// The lines of `layout`, which is freed. `links` and `languages`: the byte ranges of the text's links
    /// and of its spans in another language.
    func read(_ layout: OpaquePointer, text: String, links: [(url: String, start: Int, end: Int)],
              languages: [(tag: String, start: Int, end: Int)] = []) -> ShapedText {
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        let bytes = Array(text.utf8)
        var lines: [ShapedLine] = []
        let count = pango_layout_get_line_count(layout)
        for i in 0..<count {
            guard let line = pango_layout_get_line_readonly(layout, i) else { continue }
            lines.append(read(line, bytes: bytes, links: links, languages: languages))
        }
        return ShapedText(lines: lines)
    }

    private func read(_ line: UnsafeMutablePointer<PangoLayoutLine>, bytes: [UInt8], links: [(url: String, start: Int, end: Int)],
                      languages: [(tag: String, start: Int, end: Int)]) -> ShapedLine {
        var logical = PangoRectangle()
        pango_layout_line_get_extents(line, nil, &logical)
        let scale = Double(PANGO_SCALE)
        let start = Int(line.pointee.start_index), length = Int(line.pointee.length)
        let lo = max(0, min(bytes.count, start)), hi = max(lo, min(bytes.count, start + length))
        let source = String(decoding: bytes[lo..<hi], as: UTF8.self)
        let readable = Self.readable(source)
        let (spans, spanRanges) = Self.linkSpans(of: line, start: start, length: length, links: links)
        let runs = self.runs(of: line, lineStart: Int32(start))
        let pieces = languages.isEmpty && spans.isEmpty ? []
            : Self.pieces(runs, lineStart: start, bytes: bytes, languages: languages, links: spanRanges)
        return ShapedLine(width: Double(logical.width) / scale, ascent: Double(-logical.y) / scale,
                          descent: Double(logical.height + logical.y) / scale, text: readable, links: spans, pieces: pieces,
                          runs: runs, source: readable == source ? readable : source)
    }

    /// Where each link of the line lies along it, and the byte range of each (for finding the link a run is the text of).
    private static func linkSpans(of line: UnsafeMutablePointer<PangoLayoutLine>, start: Int, length: Int,
                                  links: [(url: String, start: Int, end: Int)]) -> ([LinkSpan], [Range<Int>]) {
        let scale = Double(PANGO_SCALE)
        var spans: [LinkSpan] = []
        var ranges: [Range<Int>] = []
        for link in links where link.end > start && link.start < start + length {
            var xs: UnsafeMutablePointer<Int32>? = nil
            var n: Int32 = 0
            pango_layout_line_get_x_ranges(line, Int32(max(link.start, start)), Int32(min(link.end, start + length)), &xs, &n)
            if let xs, n > 0 {
                spans.append(LinkSpan(url: link.url, x0: Double(xs[0]) / scale, x1: Double(xs[Int(2 * n - 1)]) / scale))
                ranges.append(link.start..<link.end)
            }
            g_free(xs)
        }
        return (spans, ranges)
    }

    /// The runs of a line, placed as `pango_renderer_draw_layout_line` places them: each starts after the
    /// previous run's glyph width and end offset, plus its own start offset.
    private func runs(of line: UnsafeMutablePointer<PangoLayoutLine>, lineStart: Int32) -> [GlyphRun] {
        var runs: [GlyphRun] = []
        var x: Int32 = 0
        var node = line.pointee.runs
        while let current = node {
            node = current.pointee.next
            guard let source = current.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self),
                  let item = source.pointee.item, let string = source.pointee.glyphs else { continue }
            x += source.pointee.start_x_offset
            let analysis = item.pointee.analysis
            var glyphs: [Glyph] = []
            glyphs.reserveCapacity(Int(string.pointee.num_glyphs))
            for g in 0..<Int(string.pointee.num_glyphs) {
                let info = string.pointee.glyphs[g]
                glyphs.append(Glyph(id: info.glyph, advance: info.geometry.width, xOffset: info.geometry.x_offset,
                                    yOffset: info.geometry.y_offset, cluster: string.pointee.log_clusters[g],
                                    startsCluster: info.attr.is_cluster_start != 0, isColor: info.attr.is_color != 0))
            }
            let shaping = ShapingInfo(level: analysis.level, gravity: analysis.gravity, flags: analysis.flags,
                                      script: Int16(truncatingIfNeeded: analysis.script),
                                      language: analysis.language.map { String(cString: pango_language_to_string($0)) } ?? "")
            runs.append(GlyphRun(face: faces.face(of: analysis.font), textStart: item.pointee.offset - lineStart,
                                 textLength: item.pointee.length, characterCount: item.pointee.num_chars, x: x,
                                 rise: source.pointee.y_offset, leadingSpace: source.pointee.start_x_offset,
                                 trailingSpace: source.pointee.end_x_offset, color: Self.color(of: item), shaping: shaping,
                                 glyphs: glyphs))
            x += pango_glyph_string_get_width(string) + source.pointee.end_x_offset
        }
        return runs
    }

    /// The foreground a run's attributes give it, as Pango's renderer would set it.
    private static func color(of item: UnsafeMutablePointer<PangoItem>) -> RunColor? {
        var color: RunColor?
        var alpha: UInt16 = 0
        var attribute = item.pointee.analysis.extra_attrs
        while let a = attribute {
            attribute = a.pointee.next
            guard let raw = a.pointee.data?.assumingMemoryBound(to: PangoAttribute.self) else { continue }
            switch raw.pointee.klass.pointee.type {
            case PANGO_ATTR_FOREGROUND:
                let c = UnsafeMutableRawPointer(raw).assumingMemoryBound(to: PangoAttrColor.self).pointee.color
                color = RunColor(red: c.red, green: c.green, blue: c.blue)
            case PANGO_ATTR_FOREGROUND_ALPHA:
                alpha = UInt16(truncatingIfNeeded: UnsafeMutableRawPointer(raw).assumingMemoryBound(to: PangoAttrInt.self).pointee.value)
            default: break
            }
        }
        color?.alpha = alpha
        return color
    }

    /// A line's runs grouped into pieces (see `LinePiece`): consecutive runs of the same link (`links`: the
    /// byte ranges of the line's links) in the same language (nil: the paragraph's) make one piece. Empty when
    /// the whole line is outside links and in the paragraph's language. A run belongs to the link and the span
    /// its first character is in: the engine gives every run of text its own attributes, so Pango starts a
    /// new run wherever a link or a span starts or ends.
    private static func pieces(_ line: [GlyphRun], lineStart: Int, bytes: [UInt8],
                               languages: [(tag: String, start: Int, end: Int)], links: [Range<Int>]) -> [LinePiece] {
        struct Key: Equatable { var language: String?; var link: Int? }
        func key(_ run: GlyphRun) -> Key {
            let at = lineStart + Int(run.textStart)
            return Key(language: languages.first { at >= $0.start && at < $0.end }?.tag, link: links.firstIndex { $0.contains(at) })
        }
        guard line.contains(where: { key($0) != Key() }) else { return [] }
        let scale = Double(PANGO_SCALE)
        var pieces: [LinePiece] = []
        var start = 0
        while start < line.count {
            let tag = key(line[start])
            var end = start + 1
            while end < line.count && key(line[end]) == tag { end += 1 }
            let group = line[start..<end]
            let lo = max(0, min(bytes.count, lineStart + Int(group.map(\.textStart).min() ?? 0)))
            let hi = max(lo, min(bytes.count, lineStart + (group.map { Int($0.textStart + $0.textLength) }.max() ?? 0)))
            let last = line[end - 1]
            pieces.append(LinePiece(runs: start..<end, language: tag.language, link: tag.link,
                                    text: readable(String(decoding: bytes[lo..<hi], as: UTF8.self)),
                                    x0: Double(line[start].x) / scale, x1: Double(last.x + last.advance) / scale))
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
}
