import FolioModel

/// The size and resolution of a PNG or JPEG from its header, in Swift: enough to place it when no
/// `ImageInspector` decodes it, and to say early that a file is not what it claims.
enum ImageHeaders {
    /// Pixels across and down and pixels per inch (nil when the file does not say), or why it cannot be read.
    static func read(_ bytes: [UInt8], format: ImageAsset.Format) -> Result<(width: Int, height: Int, dpi: Double?), ImageHeaderError> {
        switch format {
        case .png: return png(bytes)
        case .jpeg: return jpeg(bytes)
        case .svg, .pdf: return .failure(ImageHeaderError("not a raster image"))
        }
    }

    /// The natural size in points of `width` × `height` pixels at `dpi` (96 when the file gives none, as
    /// browsers assume).
    static func size(width: Int, height: Int, dpi: Double?) -> Size {
        let ppi = dpi.flatMap { $0 >= 10 && $0 <= 10_000 ? $0 : nil } ?? 96
        return Size(width: Double(width) * 72 / ppi, height: Double(height) * 72 / ppi)
    }

    private static func be32(_ b: [UInt8], _ i: Int) -> Int {
        Int(b[i]) << 24 | Int(b[i + 1]) << 16 | Int(b[i + 2]) << 8 | Int(b[i + 3])
    }
    private static func be16(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) << 8 | Int(b[i + 1]) }

    /// Walks the chunks to IEND: IHDR's size, pHYs's resolution (in metres), every length within the file.
    private static func png(_ b: [UInt8]) -> Result<(width: Int, height: Int, dpi: Double?), ImageHeaderError> {
        var i = 8, width = 0, height = 0
        var dpi: Double? = nil
        while i + 8 <= b.count {
            let length = be32(b, i)
            let type = String(decoding: b[(i + 4)..<(i + 8)], as: UTF8.self)
            guard length >= 0, i + 12 + length <= b.count else { return .failure(ImageHeaderError("the PNG data is truncated")) }
            let data = i + 8
            if type == "IHDR", length >= 8 { width = be32(b, data); height = be32(b, data + 4) }
            if type == "pHYs", length >= 9, b[data + 8] == 1 { dpi = Double(be32(b, data)) * 0.0254 }
            if type == "IEND" {
                guard width > 0, height > 0 else { return .failure(ImageHeaderError("the PNG has no image header")) }
                return .success((width, height, dpi))
            }
            i = data + length + 4
        }
        return .failure(ImageHeaderError("the PNG data is truncated"))
    }

    /// The EXIF orientation (tag 0x0112 of the first directory) in an APP1 segment, if it has one.
    private static func exifOrientation(_ b: [UInt8], from start: Int, length: Int) -> Int? {
        guard length >= 14, b[start..<(start + 6)].elementsEqual(Array("Exif\0\0".utf8)) else { return nil }
        let tiff = start + 6, end = start + length
        let little = b[tiff] == 0x49
        func u16(_ i: Int) -> Int? { i + 2 <= end ? (little ? Int(b[i]) | Int(b[i + 1]) << 8 : be16(b, i)) : nil }
        func u32(_ i: Int) -> Int? {
            guard i + 4 <= end else { return nil }
            return little ? Int(b[i]) | Int(b[i + 1]) << 8 | Int(b[i + 2]) << 16 | Int(b[i + 3]) << 24 : be32(b, i)
        }
        guard let offset = u32(tiff + 4), let count = u16(tiff + offset) else { return nil }
        for k in 0..<min(count, 256) {
            let entry = tiff + offset + 2 + 12 * k
            guard let tag = u16(entry) else { return nil }
            if tag == 0x0112 { return u16(entry + 8) }
        }
        return nil
    }

    /// Whether the end-of-image marker is there (some writers pad a few bytes after it).
    private static func endsWithEndOfImage(_ b: [UInt8]) -> Bool {
        let tail = Array(b.suffix(64))
        return tail.indices.dropLast().contains { tail[$0] == 0xFF && tail[$0 + 1] == 0xD9 }
    }

    /// Walks the markers to the frame header (SOF0…SOF15 but DHT, JPG and DAC), reading JFIF's density.
    private static func jpeg(_ b: [UInt8]) -> Result<(width: Int, height: Int, dpi: Double?), ImageHeaderError> {
        var i = 2
        var dpi: Double? = nil
        var turned = false
        while i + 4 <= b.count {
            guard b[i] == 0xFF else { return .failure(ImageHeaderError("the JPEG data is damaged")) }
            let marker = b[i + 1]
            if marker == 0xFF { i += 1; continue }
            let length = be16(b, i + 2)
            guard length >= 2, i + 2 + length <= b.count else { return .failure(ImageHeaderError("the JPEG data is truncated")) }
            let data = i + 4
            if marker == 0xE0, length >= 14, b[data..<(data + 5)].elementsEqual(Array("JFIF\0".utf8)) {
                let unit = b[data + 7], x = Double(be16(b, data + 8))
                if unit == 1 { dpi = x } else if unit == 2 { dpi = x * 2.54 }
            }
            if marker == 0xE1, let o = exifOrientation(b, from: data, length: length - 2) { turned = (5...8).contains(o) }
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker), length >= 7 {
                var height = be16(b, data + 1), width = be16(b, data + 3)
                // Stored on its side, shown upright (EXIF orientations 5 to 8 turn it a quarter).
                if turned { swap(&width, &height) }
                guard width > 0, height > 0 else { return .failure(ImageHeaderError("the JPEG has no size")) }
                guard endsWithEndOfImage(b) else {
                    return .failure(ImageHeaderError("the JPEG data is truncated"))
                }
                return .success((width, height, dpi))
            }
            i += 2 + length
        }
        return .failure(ImageHeaderError("the JPEG data is truncated"))
    }
}

/// Why a header could not be read.
struct ImageHeaderError: Error { let message: String; init(_ message: String) { self.message = message } }
