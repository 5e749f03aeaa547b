import CFolioZlib

/// zlib's inflate and deflate for PDF `/FlateDecode` streams, the C buffers freed before returning.
package enum FlateCodec {
    /// The decoded bytes, or nil when `data` is not one complete zlib stream.
    package static func inflate(_ data: [UInt8]) -> [UInt8]? {
        var out: UnsafeMutablePointer<UInt8>? = nil
        var length = 0
        let status = data.withUnsafeBufferPointer { folio_zlib_inflate($0.baseAddress, $0.count, &out, &length) }
        guard status == 0, let out else { return nil }
        defer { folio_zlib_free(out) }
        return Array(UnsafeBufferPointer(start: out, count: length))
    }

    /// The encoded bytes at `level` (same input, same bytes); nil only when memory runs out.
    package static func deflate(_ data: [UInt8], level: Int32 = 6) -> [UInt8]? {
        var out: UnsafeMutablePointer<UInt8>? = nil
        var length = 0
        let status = data.withUnsafeBufferPointer { folio_zlib_deflate($0.baseAddress, $0.count, level, &out, &length) }
        guard status == 0, let out else { return nil }
        defer { folio_zlib_free(out) }
        return Array(UnsafeBufferPointer(start: out, count: length))
    }
}
