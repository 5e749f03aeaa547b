import CPangoCairo
import Foundation

/// Where Cairo's output goes: memory (images, small files) or a file it is spooled to (PDFs, which can be
/// tens of megabytes: kept out of memory, then moved into place whole). Either way files are written whole
/// (and atomically) by the caller, never half.
package final class ByteSink {
    private(set) var bytes: [UInt8] = []
    private let file: FileHandle?
    /// Chunks for the file, written 256 KB at a time (Cairo writes many small pieces).
    private var buffer: [UInt8] = []
    private static let bufferSize = 256 * 1024
    /// The first error writing the file, reported by `close()`.
    private(set) var failure: Error?

    /// Collects in memory.
    init() { file = nil }

    /// Writes to `file` (through a buffer; `close()` flushes and closes it).
    package init(file: FileHandle) {
        self.file = file
        buffer.reserveCapacity(Self.bufferSize)
    }

    /// The bytes written so far, moved out (no copy of a large file).
    func take() -> [UInt8] {
        var out: [UInt8] = []
        swap(&out, &bytes)
        return out
    }

    private func append(_ data: UnsafeBufferPointer<UInt8>) {
        guard let file else { bytes.append(contentsOf: data); return }
        buffer.append(contentsOf: data)
        if buffer.count >= Self.bufferSize { flush(file) }
    }

    private func flush(_ file: FileHandle) {
        guard !buffer.isEmpty, failure == nil else { buffer.removeAll(keepingCapacity: true); return }
        do { try file.write(contentsOf: buffer) } catch { failure = error }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Adds `bytes` (written a buffer at a time; a write error is thrown by `close()`).
    package func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Flushes and closes the file; throws the first write error.
    package func close() throws {
        guard let file else { return }
        flush(file)
        try? file.close()
        if let failure { throw failure }
    }

    /// The C callback Cairo calls with each chunk; `closure` is an unretained `ByteSink`.
    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
        sink.append(UnsafeBufferPointer(start: data, count: Int(length)))
        return sink.failure == nil ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR
    }
}

/// A failure reported by Cairo.
package struct CairoError: Error, CustomStringConvertible {
    package let description: String
    init(_ status: cairo_status_t, _ what: String) {
        description = "\(what): " + String(cString: cairo_status_to_string(status))
    }
}
