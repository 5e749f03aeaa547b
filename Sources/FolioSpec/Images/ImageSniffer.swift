import FolioModel

/// The kind of file, from its first bytes (never its name: a `.png` that holds a JPEG is a JPEG).
enum ImageSniffer {
    static func format(of bytes: [UInt8]) -> ImageAsset.Format? {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
        let trimmed = head.drop { $0 == "\u{FEFF}" || $0.isWhitespace }
        if trimmed.hasPrefix("<"), head.contains("<svg") { return .svg }
        return nil
    }
}
