import Foundation

/// Reads a UTF-8 text file straight into a `String` (without a leading byte-order mark), checking its encoding in place: going through `Data`
/// held the file twice at once (a 50 MB CSV peaked at 100 MB before a single cell was read).
enum TextFile {
    /// The file's text; nil when it cannot be read or is not UTF-8.
    static func read(_ path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let end = try? handle.seekToEnd(), end < UInt64(Int32.max) * 2, (try? handle.seek(toOffset: 0)) != nil else { return nil }
        let size = Int(end)
        let descriptor = handle.fileDescriptor
        var valid = true
        let text = String(unsafeUninitializedCapacity: size) { buffer in
            var filled = 0
            while filled < size {
                let got = Foundation.read(descriptor, buffer.baseAddress.map { $0 + filled }, size - filled)
                if got <= 0 { break }
                filled += got
            }
            valid = filled == size && isUTF8(UnsafeBufferPointer(rebasing: buffer[..<filled]))
            guard valid else { return 0 }
            // A byte-order mark (spreadsheets write one) is not text: the first column's name starts after it.
            if filled >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF, let base = buffer.baseAddress {
                (base).update(from: base + 3, count: filled - 3)
                return filled - 3
            }
            return filled
        }
        return valid ? text : nil
    }

    /// Whether `bytes` are well-formed UTF-8.
    static func isUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }
}
