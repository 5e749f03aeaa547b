import CFolioImages
import CPangoCairo
import FolioModel

/// An image opened for drawing, owning its C objects: raster pixels in a Cairo image surface (a JPEG keeps
/// its file bytes attached, so the PDF embeds the JPEG itself), an SVG or a PDF page as a vector drawing.
/// Drawing the same `DecodedImage` again reuses its surface, which Cairo's PDF writer embeds once.
final class DecodedImage {
    enum Content {
        case raster(surface: OpaquePointer, width: Int, height: Int)
        case vector(OpaquePointer)
    }
    let content: Content
    /// The natural size in points (vectors; raster sizes come from the asset and its resolution).
    let size: Size
    /// Pages in the file (a PDF; 1 otherwise).
    let pages: Int

    init(_ content: Content, size: Size, pages: Int = 1) { self.content = content; self.size = size; self.pages = pages }

    deinit {
        switch content {
        case .raster(let surface, _, _): cairo_surface_destroy(surface)
        case .vector(let vector): folio_vector_free(vector)
        }
    }

    /// Opens `asset`, or says why it cannot.
    static func open(_ asset: ImageAsset) -> Result<DecodedImage, ImageDecodingError> {
        switch asset.format {
        case .png: return RasterDecoding.png(asset)
        case .jpeg: return RasterDecoding.jpeg(asset)
        case .svg, .pdf: return vector(asset)
        }
    }

    private static func vector(_ asset: ImageAsset) -> Result<DecodedImage, ImageDecodingError> {
        var width: Double = 0, height: Double = 0, count: Int32 = 1
        var message: UnsafeMutablePointer<CChar>? = nil
        let vector = asset.bytes.withUnsafeBufferPointer { b in
            asset.format == .svg
                ? folio_svg_open(b.baseAddress, b.count, &width, &height, &message)
                : folio_pdf_open(b.baseAddress, b.count, Int32(clamping: asset.page), &count, &width, &height, &message)
        }
        guard let vector else { return .failure(ImageDecodingError(taking: message, otherwise: "it cannot be read")) }
        return .success(DecodedImage(.vector(vector), size: Size(width: width, height: height), pages: Int(count)))
    }

    /// Pixels across and down (raster).
    var pixels: (width: Int, height: Int)? {
        if case .raster(_, let w, let h) = content { return (w, h) }
        return nil
    }

    /// Draws the picture scaled into `rect` on `cr`; a vector one, `grouped`, as one group.
    func draw(on cr: OpaquePointer, in rect: Rect, grouped: Bool = false) {
        switch content {
        case .raster(let surface, let width, let height):
            guard width > 0, height > 0 else { return }
            cairo_save(cr)
            cairo_translate(cr, rect.x, rect.y)
            cairo_scale(cr, rect.width / Double(width), rect.height / Double(height))
            cairo_set_source_surface(cr, surface, 0, 0)
            cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD)
            cairo_rectangle(cr, 0, 0, Double(width), Double(height))
            cairo_fill(cr)
            cairo_restore(cr)
        case .vector(let vector):
            if grouped { cairo_push_group(cr) }
            _ = folio_vector_draw(vector, cr, rect.x, rect.y, rect.width, rect.height)
            if grouped {
                cairo_pop_group_to_source(cr)
                cairo_paint(cr)
            }
        }
    }
}

/// Why an image cannot be opened.
struct ImageDecodingError: Error {
    let message: String
    init(_ message: String) { self.message = message }
    /// A message from the C side, freed here.
    init(taking message: UnsafeMutablePointer<CChar>?, otherwise: String) {
        self.message = message.map { String(cString: $0) } ?? otherwise
        folio_message_free(message)
    }
}
