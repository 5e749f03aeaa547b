import CPangoCairo
import FolioLayout
import FolioModel

/// A Pango layout broken into lines, with their metrics read once. Owns the layout and frees it.
/// Drawn line by line by `CairoCanvas`, so a paragraph can be split across pages without reshaping.
final class PangoParagraph: ShapedText, @unchecked Sendable {
    let layout: OpaquePointer
    let lines: [ShapedLine]

    init(layout: OpaquePointer, text: String, links: [(url: String, start: Int, end: Int)]) {
        self.layout = layout
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

    deinit { g_object_unref(UnsafeMutableRawPointer(layout)) }
}
