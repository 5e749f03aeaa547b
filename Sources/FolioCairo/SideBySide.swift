import CPangoCairo

/// Two page images side by side with the differing pixels outlined in red on the right-hand one:
/// what a reviewer of a data refresh looks at.
package enum SideBySide {
    /// PNG bytes of `old` and `new` (PNG files) next to each other, or nil when either cannot be read.
    package static func compose(old: String, new: String, changed: RasterImage? = nil) -> [UInt8]? {
        guard let a = cairo_image_surface_create_from_png(old), let b = cairo_image_surface_create_from_png(new) else { return nil }
        defer { cairo_surface_destroy(a); cairo_surface_destroy(b) }
        guard cairo_surface_status(a) == CAIRO_STATUS_SUCCESS, cairo_surface_status(b) == CAIRO_STATUS_SUCCESS else { return nil }
        let wa = Double(cairo_image_surface_get_width(a)), ha = Double(cairo_image_surface_get_height(a))
        let wb = Double(cairo_image_surface_get_width(b)), hb = Double(cairo_image_surface_get_height(b))
        let gap = 16.0
        let width = Int(wa + wb + gap * 3), height = Int(max(ha, hb) + gap * 2)
        guard let canvas = try? ImageCanvas(width: width, height: height) else { return nil }
        let cr = canvas.canvas.cr
        cairo_set_source_rgb(cr, 0.85, 0.86, 0.88)
        cairo_paint(cr)
        cairo_set_source_surface(cr, a, gap, gap)
        cairo_paint(cr)
        cairo_set_source_surface(cr, b, gap * 2 + wa, gap)
        cairo_paint(cr)
        // Outline the changed region on the new page.
        if let oldImage = RasterImage(pngFile: old), let newImage = RasterImage(pngFile: new),
           let box = oldImage.changedBox(comparedWith: newImage) {
            cairo_set_source_rgb(cr, 0.85, 0.1, 0.1)
            cairo_set_line_width(cr, 2)
            cairo_rectangle(cr, gap * 2 + wa + Double(box.x) - 3, gap + Double(box.y) - 3, Double(box.width) + 6, Double(box.height) + 6)
            cairo_stroke(cr)
        }
        return try? canvas.pngBytes()
    }
}

extension RasterImage {
    /// The bounding box of pixels that differ (same-size images), or nil when none do.
    package func changedBox(comparedWith other: RasterImage) -> (x: Int, y: Int, width: Int, height: Int)? {
        guard width == other.width, height == other.height else { return (0, 0, other.width, other.height) }
        var minX = Int.max, minY = Int.max, maxX = -1, maxY = -1
        for y in 0..<height {
            for x in 0..<width where pixels[y * width + x] != other.pixels[y * width + x] {
                minX = min(minX, x); maxX = max(maxX, x); minY = min(minY, y); maxY = max(maxY, y)
            }
        }
        return maxX < 0 ? nil : (minX, minY, maxX - minX + 1, maxY - minY + 1)
    }
}
