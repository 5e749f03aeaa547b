import Foundation
import FolioSpec
import FolioTestSupport
import Testing

/// A data file that cannot be read says why, at the spec's line and column: too large (over 4 GB, the most
/// the CSV reader's offsets reach), not UTF-8, a folder. A 5 GB file is made sparse: it takes no disk.
@Suite("Unreadable data files")
struct UnreadableDataTests {
    static func diagnostics(writing data: (URL) throws -> Void) throws -> [Diagnostic] {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try data(dir.appendingPathComponent("big.csv"))
        let spec = dir.appendingPathComponent("spec.yaml")
        try "document: {title: T, date: 2024-03-31}\ndata: {t: big.csv}\ncontent: []\n".write(to: spec, atomically: true, encoding: .utf8)
        do {
            _ = try SpecReader().read(path: spec.path)
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test func aFileOver4GBIsSaidToBeTooLarge() throws {
        let d = try Self.diagnostics { url in
            #expect(FileManager.default.createFile(atPath: url.path, contents: Data("k,v\n".utf8)))
            let handle = try FileHandle(forWritingTo: url)
            try handle.truncate(atOffset: 5_000_000_000)
            try handle.close()
        }
        #expect(d.count == 1)
        #expect(d.first?.message.contains("is larger than 4 GB (5000 MB)") == true, "\(d)")
        #expect(d.first?.suggestion?.contains("smaller file") == true)
        #expect(d.first?.location.line == 2 && d.first?.location.column == 11)
    }

    @Test func aFileThatIsNotUTF8SaysSo() throws {
        let d = try Self.diagnostics { url in try Data([0x6B, 0x2C, 0x76, 0x0A, 0xFF, 0xFE, 0x2C, 0x31, 0x0A]).write(to: url) }
        #expect(d.first?.message.hasSuffix("big.csv` is not UTF-8 text") == true, "\(d)")
        #expect(d.first?.suggestion?.contains("UTF-8") == true)
    }

    @Test func aFolderIsNotADataFile() throws {
        let d = try Self.diagnostics { url in try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false) }
        #expect(d.first?.message.hasSuffix("big.csv` is a folder") == true, "\(d)")
    }
}
