import Foundation
import FolioRender

/// Writes a file whole or not at all: the contents go to a temporary file in the same folder, then a
/// rename replaces the old file in one step. A failure leaves the previous output untouched.
enum OutputFile {
    static func write(_ bytes: [UInt8], to path: String) throws {
        try replace(path) { temporary in
            // Written straight from the array with plain system calls: Foundation's `Data.write` also calls
            // fsync, which took 0.5 ms a file here and can take far longer on a CI machine's disk. The rename
            // still makes the file appear whole or not at all to anything reading it.
            let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC, 0o666)
            guard descriptor >= 0 else { throw OutputError(path: path, code: errno) }
            defer { close(descriptor) }
            try bytes.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count, let base = buffer.baseAddress {
                    let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
                    if written < 0 && errno == EINTR { continue }
                    guard written > 0 else { throw OutputError(path: path, code: written < 0 ? errno : EIO) }
                    offset += written
                }
            }
        }
    }

    /// Writes a rendered file. A spooled one is renamed into place when its temporary folder is on the same
    /// file system, and otherwise copied like any other contents.
    static func write(_ file: RenderedFile, to path: String) throws {
        guard let spooled = file.spooled else { return try write(file.bytes, to: path) }
        try FileManager.default.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
        if rename(spooled.url.path, path) == 0 { return }
        try replace(path) { temporary in try FileManager.default.copyItem(at: spooled.url, to: temporary) }
    }

    /// Whether the file at `path` holds exactly what was rendered.
    static func matches(_ file: RenderedFile, at path: String) -> Bool {
        if let spooled = file.spooled { return FileManager.default.contentsEqual(atPath: spooled.url.path, andPath: path) }
        guard let existing = FileManager.default.contents(atPath: path) else { return false }
        return Array(existing) == file.bytes
    }

    /// Lets `fill` write a temporary file next to `path`, then renames it over `path`.
    private static func replace(_ path: String, fill: (URL) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try? FileManager.default.removeItem(at: temporary)
            try fill(temporary)
            guard rename(temporary.path, url.path) == 0 else { throw OutputError(path: path, code: errno) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}

/// A file that could not be written, with the system's reason.
struct OutputError: Error, CustomStringConvertible {
    let path: String
    let code: Int32
    var description: String { "\(path): \(String(cString: strerror(code)))" }
}

extension OutputFile {
    /// Why writing failed, in words: the file or folder and the system's reason ("/out: Not a directory"),
    /// rather than Foundation's dump of an NSError.
    static func explain(_ error: Error) -> String {
        if let error = error as? OutputError { return error.description }
        let ns = error as NSError
        let path = ns.userInfo[NSFilePathErrorKey] as? String ?? (ns.userInfo[NSURLErrorKey] as? URL)?.path
        var reason = ns.localizedFailureReason ?? ns.localizedDescription
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? any Error {
            let posix = underlying as NSError
            if posix.domain == NSPOSIXErrorDomain { reason = String(cString: strerror(Int32(posix.code))) }
        }
        return path.map { "\($0): \(reason)" } ?? reason
    }
}
