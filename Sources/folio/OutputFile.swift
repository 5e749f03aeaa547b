import Foundation
import FolioRender

/// Writes a file whole or not at all: bytes go to a temporary file in the same folder, then a rename
/// replaces the old file in one step. A failure leaves the previous output untouched.
enum OutputFile {
    static func write(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            // Written straight from the array: a large PDF is not copied once more.
            try bytes.withUnsafeBytes { buffer in
                guard let base = buffer.baseAddress else { return try Data().write(to: temporary) }
                try Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: buffer.count, deallocator: .none).write(to: temporary)
            }
            guard rename(temporary.path, url.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// Writes a rendered file, moving it into place when it was spooled to a temporary file.
    static func write(_ file: RenderedFile, to path: String) throws {
        guard let spooled = file.spooled else { return try write(file.bytes, to: path) }
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try spooled.move(to: url)
    }

    /// Whether the file at `path` holds exactly what was rendered.
    static func matches(_ file: RenderedFile, at path: String) -> Bool {
        if let spooled = file.spooled { return spooled.hasSameContents(asFileAt: path) }
        guard let existing = FileManager.default.contents(atPath: path) else { return false }
        return Array(existing) == file.bytes
    }
}
