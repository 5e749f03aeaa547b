import Foundation
import FolioRender

/// Writes a file whole or not at all: the contents go to a temporary file in the same folder, then a
/// rename replaces the old file in one step. A failure leaves the previous output untouched.
enum OutputFile {
    static func write(_ bytes: [UInt8], to path: String) throws {
        try replace(path) { temporary in try writeBytes(bytes, to: temporary.path, reportingAs: path) }
    }

    /// Writes straight from the array with plain system calls: Foundation's `Data.write` also calls fsync,
    /// which took 0.5 ms a file here and can take far longer on a CI machine's disk. The rename that follows
    /// still makes the file appear whole or not at all to anything reading it.
    private static func writeBytes(_ bytes: [UInt8], to temporary: String, reportingAs path: String) throws {
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o666)
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

    /// Writes a spec's files as one set: all of them replace the previous ones, or none does. Each is first
    /// written beside its destination (a spooled PDF renamed there when its temporary folder is on the same
    /// file system, copied otherwise); only when all are in place do they replace the old files, each old one
    /// kept under a hard link until the whole set is in, and put back if a later replacement fails.
    static func writeSet(_ files: [(file: RenderedFile, path: String)]) throws {
        var staged: [(temporary: String, path: String)] = []
        do {
            for (file, path) in files {
                let temporary = try stage(file, beside: path)
                staged.append((temporary, path))
            }
        } catch {
            for entry in staged { unlink(entry.temporary) }
            throw error
        }
        var replaced: [(path: String, backup: String?)] = []
        do {
            for entry in staged {
                let backup = try keepPrevious(entry.path)
                guard rename(entry.temporary, entry.path) == 0 else {
                    let code = errno
                    if let backup { restore(backup, to: entry.path) }
                    throw OutputError(path: entry.path, code: code)
                }
                replaced.append((entry.path, backup))
            }
        } catch {
            for entry in replaced.reversed() {
                if let backup = entry.backup { restore(backup, to: entry.path) } else { unlink(entry.path) }
            }
            for entry in staged.dropFirst(replaced.count) { unlink(entry.temporary) }
            throw error
        }
        for entry in replaced { if let backup = entry.backup { unlink(backup) } }
    }

    /// A rendered file written to a temporary name in its destination's folder; returns that name.
    private static func stage(_ file: RenderedFile, beside path: String) throws -> String {
        let temporary = temporaryPath(for: path, suffix: "tmp")
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        unlink(temporary)
        do {
            if let spooled = file.spooled {
                if rename(spooled.url.path, temporary) != 0 {
                    try FileManager.default.copyItem(atPath: spooled.url.path, toPath: temporary)
                }
            } else {
                try writeBytes(file.bytes, to: temporary, reportingAs: path)
            }
        } catch {
            unlink(temporary)
            throw error
        }
        return temporary
    }

    /// Keeps the file at `path`, if there is one, under a second name until the set is in; returns that name.
    /// A hard link leaves the old file in place meanwhile; where links are not supported it is renamed.
    /// A folder where the file should go is refused: nothing of the user's is moved aside.
    private static func keepPrevious(_ path: String) throws -> String? {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return nil }
            throw OutputError(path: path, code: errno)
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw OutputError(path: path, code: EISDIR) }
        let backup = temporaryPath(for: path, suffix: "old")
        unlink(backup)
        if link(path, backup) == 0 { return backup }
        guard rename(path, backup) == 0 else { throw OutputError(path: path, code: errno) }
        return backup
    }

    private static func restore(_ backup: String, to path: String) {
        if rename(backup, path) != 0 { unlink(backup) }
    }

    /// `.<name>.<pid>.<suffix>` in the file's own folder, so that renaming it into place stays on one file system.
    private static func temporaryPath(for path: String, suffix: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent, name = (path as NSString).lastPathComponent
        return (folder as NSString).appendingPathComponent(".\(name).\(ProcessInfo.processInfo.processIdentifier).\(suffix)")
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
        let temporary = URL(fileURLWithPath: temporaryPath(for: path, suffix: "tmp"))
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
