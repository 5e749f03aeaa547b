import Foundation

/// A temporary file that could not be made.
public struct SpoolError: Error, CustomStringConvertible {
    public let description: String
}

/// A rendered file kept in a temporary file rather than in memory (PDFs: a 1,000-page report is about
/// 16 MB, which would otherwise sit in memory next to the laid-out pages). Moved into the output folder
/// when all of a spec's files are ready; removed if it never is.
public final class SpooledFile: @unchecked Sendable {
    /// Where it is now.
    public let url: URL
    private var moved = false

    /// A new, empty temporary file.
    public init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("folio-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).spool")
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw SpoolError(description: "cannot create a temporary file in \(url.deletingLastPathComponent().path) "
                             + "(set TMPDIR to a writable folder)")
        }
    }

    deinit { if !moved { try? FileManager.default.removeItem(at: url) } }

    /// Its size in bytes.
    public var size: Int {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int) ?? 0
    }

    /// Its contents a megabyte at a time, in order.
    public func forEachChunk(_ body: ([UInt8]) throws -> Void) throws {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        while let data = try handle.read(upToCount: 1 << 20), !data.isEmpty { try body([UInt8](data)) }
    }

    /// Whether its contents are exactly those of the file at `path`.
    public func hasSameContents(asFileAt path: String) -> Bool {
        FileManager.default.contentsEqual(atPath: url.path, andPath: path)
    }

    /// Moves it to `destination` in one step (a rename), replacing what is there. Across file systems it is
    /// first copied next to the destination, then renamed, so the destination is never half written.
    public func move(to destination: URL) throws {
        if rename(url.path, destination.path) == 0 { moved = true; return }
        let temporary = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try? FileManager.default.removeItem(at: temporary)
            try FileManager.default.copyItem(at: url, to: temporary)
            guard rename(temporary.path, destination.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination.path])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        try? FileManager.default.removeItem(at: url)
        moved = true
    }
}
