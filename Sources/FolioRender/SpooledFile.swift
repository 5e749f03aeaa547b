import Foundation

/// A temporary file that could not be made.
package struct SpoolError: Error, CustomStringConvertible {
    package let description: String
}

/// A rendered file kept in a temporary file rather than in memory (PDFs: a 1,000-page report is about
/// 16 MB, which would otherwise sit in memory next to the laid-out pages). The caller moves it into the
/// output folder when all of a spec's files are ready; whatever is still here at the end is removed.
package final class SpooledFile: @unchecked Sendable {
    /// Where it is now.
    package let url: URL

    /// A new, empty temporary file.
    package init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("folio-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).spool")
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw SpoolError(description: "cannot create a temporary file in \(url.deletingLastPathComponent().path) "
                             + "(set TMPDIR to a writable folder)")
        }
        TemporaryFiles.shared.register(url.path)
    }

    deinit {
        TemporaryFiles.shared.unregister(url.path)
        try? FileManager.default.removeItem(at: url)
    }

    /// The spool files' names: `folio-<pid>-<uuid>.spool` in the temporary folder, so that those of a build
    /// that was killed can be told from a running one's.
    package static func owner(ofSpool name: String) -> Int32? {
        guard name.hasPrefix("folio-"), name.hasSuffix(".spool") else { return nil }
        return Int32(name.dropFirst(6).prefix { $0.isNumber })
    }

    /// Its size in bytes.
    package var size: Int { fileSize(atPath: url.path) }

    /// Its contents a megabyte at a time, in order.
    package func forEachChunk(_ body: ([UInt8]) throws -> Void) throws {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        while let data = try handle.read(upToCount: 1 << 20), !data.isEmpty { try body([UInt8](data)) }
    }
}

/// A file's size in bytes (0 when it cannot be read), from `stat`: FileManager's attributes also look the
/// owner's user and group names up, reading /etc/passwd and /etc/group every time.
package func fileSize(atPath path: String) -> Int {
    var info = stat()
    return stat(path, &info) == 0 ? Int(info.st_size) : 0
}
