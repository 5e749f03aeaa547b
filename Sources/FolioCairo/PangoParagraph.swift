import CPangoCairo
import FolioLayout
import FolioModel

/// A Pango layout broken into lines, with their metrics read once. Owns the layout and frees it.
/// Drawn line by line by `CairoCanvas`, so a paragraph can be split across pages without reshaping.
final class PangoParagraph: ShapedText, @unchecked Sendable {
    /// The Pango layout while it is kept; the engine frees the least recently used ones in long documents
    /// and shapes them again, identically, when they are drawn.
    var layout: OpaquePointer?
    let lines: [ShapedLine]
    /// What was shaped, to shape it again after the layout was freed.
    let runs: [TextRun]
    let width: Points?
    /// Position in the engine's recently-used order.
    var lastUse: Int = 0
    /// The engine that shaped it (and shapes it again if its layout was freed).
    weak var engine: TextEngine?

    init(layout: OpaquePointer, text: String, links: [(url: String, start: Int, end: Int)], runs: [TextRun], width: Points?) {
        self.layout = layout
        self.runs = runs
        self.width = width
        let bytes = Array(text.utf8)
        var result: [ShapedLine] = []
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
        }
        lines = result
    }

    /// Frees the Pango layout (the metrics stay).
    func releaseLayout() {
        if let layout { g_object_unref(UnsafeMutableRawPointer(layout)) }
        layout = nil
    }

    deinit { releaseLayout() }
}
