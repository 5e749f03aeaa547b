import Foundation

/// Reads a UTF-8 text file straight into a `String` (without a leading byte-order mark), checking its encoding in place: going through `Data`
/// held the file twice at once (a 50 MB CSV peaked at 100 MB before a single cell was read).
enum TextFile {
    /// The largest file read: a data file's cells are found by 32-bit offsets (see `CSVReader`).
    static let largest = UInt64(UInt32.max) - 1

    /// The file's text; nil when it cannot be read, is larger than `largest` or is not UTF-8 (`problem` says which).
    static func read(_ path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let end = try? handle.seekToEnd(), end <= largest, (try? handle.seek(toOffset: 0)) != nil else { return nil }
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

    /// Why a file could not be read, said as the end of a sentence about it ("… is not UTF-8 text").
    enum Problem: Equatable, CustomStringConvertible {
        case missing, folder, unreadable, notUTF8
        case tooLarge(bytes: UInt64)
        var description: String {
            switch self {
            case .missing: return "does not exist"
            case .folder: return "is a folder"
            case .unreadable: return "cannot be read (permissions?)"
            case .notUTF8: return "is not UTF-8 text"
            case .tooLarge(let bytes): return "is larger than 4 GB (\(bytes / 1_000_000) MB), the most Folio reads"
            }
        }
        /// What to do about it, where there is something to say.
        var suggestion: String? {
            switch self {
            case .tooLarge: return "keep the rows and columns the report uses in a smaller file"
            case .notUTF8: return "save it as UTF-8 (\"CSV UTF-8\" in a spreadsheet)"
            default: return nil
            }
        }
    }

    /// Why `read(path)` gave nil.
    static func problem(_ path: String) -> Problem {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return .missing }
        if isFolder.boolValue { return .folder }
        guard let handle = FileHandle(forReadingAtPath: path) else { return .unreadable }
        defer { try? handle.close() }
        if let end = try? handle.seekToEnd(), end > largest { return .tooLarge(bytes: end) }
        return .notUTF8
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
