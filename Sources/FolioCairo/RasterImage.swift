import CPangoCairo

/// Pixels of a PNG file, decoded by Cairo: used to compare page images (golden tests, page diffs).
package struct RasterImage: Sendable {
    package let width: Int
    package let height: Int
    /// Premultiplied ARGB32, row by row.
    package let pixels: [UInt32]

    /// Decodes a PNG; nil when the file is missing or not a PNG.
    package init?(pngFile path: String) {
        guard let surface = cairo_image_surface_create_from_png(path) else { return nil }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return nil }
        let image = cairo_image_surface_get_format(surface)
        guard image == CAIRO_FORMAT_ARGB32 || image == CAIRO_FORMAT_RGB24 else { return nil }
        width = Int(cairo_image_surface_get_width(surface))
        height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else { return nil }
        var result = [UInt32](repeating: 0, count: width * height)
        for y in 0..<height {
            let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<width { result[y * width + x] = row[x] | (image == CAIRO_FORMAT_RGB24 ? 0xFF00_0000 : 0) }
        }
        pixels = result
    }

    /// The share of pixels (0...1) whose red, green or blue differs by more than `threshold` levels;
    /// 1 when the sizes differ.
    package func differingFraction(from other: RasterImage, threshold: Int = 32) -> Double {
        guard width == other.width, height == other.height, !pixels.isEmpty else { return 1 }
        var differing = 0
        for i in pixels.indices {
            let a = pixels[i], b = other.pixels[i]
            if a == b { continue }
            for shift in [0, 8, 16] {
                let ca = Int((a >> UInt32(shift)) & 0xFF), cb = Int((b >> UInt32(shift)) & 0xFF)
                if abs(ca - cb) > threshold { differing += 1; break }
            }
        }
        return Double(differing) / Double(pixels.count)
    }
}
