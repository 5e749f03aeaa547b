import Foundation
import FolioRender

/// Writes a file whole or not at all: the contents go to a temporary file in the same folder, then a
/// rename replaces the old file in one step. A failure leaves the previous output untouched.
package enum OutputFile {
    /// Used by `folio diff` for its side-by-side images.
    package static func write(_ bytes: [UInt8], to path: String) throws {
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
    /// file system, copied otherwise); then a journal in `journalFolder` records the swap (see `SetJournal`),
    /// each old file is kept under a hard link, the new ones are renamed into place, and the journal and the
    /// backups are removed. A failure part way puts the previous files back; so does the next build after a kill.
    static func writeSet(_ files: [(file: RenderedFile, path: String)], journalFolder: String) throws {
        var staged: [SetJournal.Entry] = []
        defer { for entry in staged { TemporaryFiles.shared.unregister(entry.staged) } }
        do {
            for (file, path) in files {
                let absolute = Self.absolute(path)
                staged.append(SetJournal.Entry(path: absolute, staged: try stage(file, beside: absolute), backup: nil))
            }
        } catch {
            for entry in staged { unlink(entry.staged) }
            throw error
        }
        try FileManager.default.createDirectory(atPath: journalFolder, withIntermediateDirectories: true)
        SetJournal.lock.lock()
        defer { SetJournal.lock.unlock() }
        var journal = SetJournal(file: Self.absolute((journalFolder as NSString).appendingPathComponent(SetJournal.name(pid: getpid()))),
                                 entries: staged)
        do {
            for k in journal.entries.indices { journal.entries[k].backup = try plannedBackup(journal.entries[k].path) }
            try journal.write()
            for entry in journal.entries {
                if let backup = entry.backup { try keepPrevious(entry.path, as: backup) }
                guard rename(entry.staged, entry.path) == 0 else { throw OutputError(path: entry.path, code: errno) }
            }
        } catch let error as OutputError {
            journal.rollBack()
            // Named as the caller named it (`Output/charts/…`), not by the journal's absolute path.
            let shown = Dictionary(files.map { (Self.absolute($0.path), $0.path) }, uniquingKeysWith: { a, _ in a })
            throw OutputError(path: shown[error.path] ?? error.path, code: error.code)
        } catch {
            journal.rollBack()
            throw error
        }
        unlink(journal.file)
        for entry in journal.entries { if let backup = entry.backup { unlink(backup) } }
    }

    /// A path made absolute against the working folder (a journal is read back by a later build).
    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
    }

    /// Writes a small file whole and flushed to disk (a journal must be on disk before the swap it records).
    static func writeDurably(_ bytes: [UInt8], to path: String) throws {
        let temporary = temporaryPath(for: path, suffix: "tmp")
        try writeBytes(bytes, to: temporary, reportingAs: path)
        let descriptor = open(temporary, O_RDONLY)
        if descriptor >= 0 { fsync(descriptor); close(descriptor) }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw OutputError(path: path, code: code)
        }
    }

    /// A rendered file written to a temporary name in its destination's folder; returns that name.
    private static func stage(_ file: RenderedFile, beside path: String) throws -> String {
        let temporary = temporaryPath(for: path, suffix: "tmp")
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        unlink(temporary)
        TemporaryFiles.shared.register(temporary)
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

    /// The name the file at `path` will be kept under while the set goes in, or nil when there is none.
    /// A folder where the file should go is refused: nothing of the user's is moved aside.
    private static func plannedBackup(_ path: String) throws -> String? {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return nil }
            throw OutputError(path: path, code: errno)
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw OutputError(path: path, code: EISDIR) }
        return temporaryPath(for: path, suffix: "old")
    }

    /// Keeps the file at `path` as `backup` until the set is in. A hard link leaves the old file in place
    /// meanwhile; where links are not supported it is renamed.
    private static func keepPrevious(_ path: String, as backup: String) throws {
        unlink(backup)
        if link(path, backup) == 0 { return }
        guard rename(path, backup) == 0 else { throw OutputError(path: path, code: errno) }
    }

    /// `.<name>.<pid>.<suffix>` in the file's own folder, so that renaming it into place stays on one file system.
    static func temporaryPath(for path: String, suffix: String) -> String {
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
    /// Whether rendering failed for want of somewhere to write (a full or read-only temporary folder, a quota):
    /// exit 73, not an internal error.
    static func isWriteFailure(_ error: Error) -> Bool {
        if error is SpoolError || error is OutputError { return true }
        var ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError { ns = underlying }
        let codes: Set<Int> = [Int(ENOSPC), Int(EDQUOT), Int(EROFS), Int(EIO), Int(EACCES), Int(EFBIG)]
        if ns.domain == NSPOSIXErrorDomain { return codes.contains(ns.code) }
        // Foundation's own codes for a full volume and a failed write.
        return ns.domain == NSCocoaErrorDomain && [NSFileWriteOutOfSpaceError, NSFileWriteUnknownError, NSFileWriteNoPermissionError].contains(ns.code)
    }

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
