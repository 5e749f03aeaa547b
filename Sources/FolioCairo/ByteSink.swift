import CPangoCairo

/// Collects what Cairo writes, so files are written whole (and atomically) by the caller, never half.
final class ByteSink {
    var bytes: [UInt8] = []

    /// The bytes written so far, moved out (no copy of a large file).
    func take() -> [UInt8] {
        var out: [UInt8] = []
        swap(&out, &bytes)
        return out
    }

    /// The C callback Cairo calls with each chunk; `closure` is an unretained `ByteSink`.
    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
        sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
        return CAIRO_STATUS_SUCCESS
    }
}

/// A failure reported by Cairo.
public struct CairoError: Error, CustomStringConvertible {
    public let description: String
    init(_ status: cairo_status_t, _ what: String) {
        description = "\(what): " + String(cString: cairo_status_to_string(status))
    }
}
