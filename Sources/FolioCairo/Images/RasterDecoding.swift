import CFolioImages
import CPangoCairo
import FolioModel

/// PNG through Cairo's own reader; JPEG through gdk-pixbuf, with the file's bytes attached to the surface
/// so that the PDF holds the JPEG as it is (no second compression) — unless the file had to be turned
/// (EXIF orientation) or is CMYK, which PDF readers would show differently from the pixels.
enum RasterDecoding {
    static func png(_ asset: ImageAsset) -> Result<DecodedImage, ImageDecodingError> {
        let reader = ByteReader(asset.bytes)
        let surface = withExtendedLifetime(reader) {
            cairo_image_surface_create_from_png_stream({ closure, data, length in
                guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
                let reader = Unmanaged<ByteReader>.fromOpaque(closure).takeUnretainedValue()
                return reader.read(into: data, count: Int(length)) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_READ_ERROR
            }, Unmanaged.passUnretained(reader).toOpaque())
        }
        guard let surface else { return .failure(ImageDecodingError("Cairo cannot read the PNG")) }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            return .failure(ImageDecodingError(status == CAIRO_STATUS_READ_ERROR ? "the PNG data is damaged or truncated"
                                               : String(cString: cairo_status_to_string(status))))
        }
        return .success(finish(surface, asset))
    }

    static func jpeg(_ asset: ImageAsset) -> Result<DecodedImage, ImageDecodingError> {
        var turned: Int32 = 0
        var message: UnsafeMutablePointer<CChar>? = nil
        let decoded = asset.bytes.withUnsafeBufferPointer { folio_jpeg_decode($0.baseAddress, $0.count, &turned, &message) }
        guard let decoded else { return .failure(ImageDecodingError(taking: message, otherwise: "the JPEG data is damaged")) }
        let surface = decoded
        if turned == 0, [1, 3].contains(JPEGComponents.count(asset.bytes)) { attach(asset.bytes, as: CAIRO_MIME_TYPE_JPEG, to: surface) }
        return .success(finish(surface, asset))
    }

    /// Names the picture for Cairo, so that every use of it shares one image in the PDF.
    private static func finish(_ surface: OpaquePointer, _ asset: ImageAsset) -> DecodedImage {
        attach(Array(asset.id.utf8), as: CAIRO_MIME_TYPE_UNIQUE_ID, to: surface)
        return DecodedImage(.raster(surface: surface, width: Int(cairo_image_surface_get_width(surface)),
                                    height: Int(cairo_image_surface_get_height(surface))), size: asset.size)
    }

    /// Bytes kept with the surface (Cairo frees them with it).
    private static func attach(_ bytes: [UInt8], as type: String, to surface: OpaquePointer) {
        guard !bytes.isEmpty, let copy = malloc(bytes.count) else { return }
        bytes.withUnsafeBytes { source in
            if let base = source.baseAddress { copy.copyMemory(from: base, byteCount: bytes.count) }
        }
        cairo_surface_set_mime_data(surface, type, copy.assumingMemoryBound(to: UInt8.self), UInt(bytes.count), free, copy)
    }
}

/// Hands Cairo's PNG reader the bytes in pieces.
private final class ByteReader {
    let bytes: [UInt8]
    var offset = 0
    init(_ bytes: [UInt8]) { self.bytes = bytes }
    func read(into data: UnsafeMutablePointer<UInt8>, count: Int) -> Bool {
        guard count >= 0, count <= bytes.count - offset else { return false }
        bytes.withUnsafeBufferPointer { source in
            if let base = source.baseAddress { data.update(from: base + offset, count: count) }
        }
        offset += count
        return true
    }
}

/// The number of colour components in a JPEG's frame header (3: YCbCr, 1: grey, 4: CMYK).
enum JPEGComponents {
    static func count(_ b: [UInt8]) -> Int? {
        var i = 2
        while i + 9 < b.count, b[i] == 0xFF {
            let marker = b[i + 1]
            let length = Int(b[i + 2]) << 8 | Int(b[i + 3])
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) { return Int(b[i + 9]) }
            i += 2 + length
        }
        return nil
    }
}
