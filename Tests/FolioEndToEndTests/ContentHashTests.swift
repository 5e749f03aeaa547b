import Foundation
import FolioRender
import Testing

/// The fingerprint that decides whether outputs are up to date: independent of how the bytes arrive,
/// and different for every one-byte edit, a trailing zero included.
@Suite struct ContentHashTests {
    static let bytes: [UInt8] = (0..<1_000).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ $0 >> 3) }

    static func hex(_ bytes: [UInt8], chunk: Int) -> String {
        var hash = ContentHash()
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + chunk)
            hash.add(Array(bytes[start..<end]))
            start = end
        }
        return hash.hex
    }

    @Test func chunksOfAnySizeGiveTheWholesHash() {
        let whole = ContentHash.hex(of: Data(Self.bytes))
        for chunk in [1, 3, 7, 8, 9, 64, 999] { #expect(Self.hex(Self.bytes, chunk: chunk) == whole, "chunks of \(chunk)") }
        #expect(whole.count == 16)
    }

    @Test func everyOneByteEditChangesIt() {
        let original = ContentHash.hex(of: Data(Self.bytes))
        var seen: Set<String> = [original]
        for position in [0, 1, 7, 8, 500, 991, 992, 999] {
            for flip: UInt8 in [0x01, 0x80] {
                var edited = Self.bytes
                edited[position] ^= flip
                seen.insert(ContentHash.hex(of: Data(edited)))
            }
        }
        #expect(seen.count == 17)
        #expect(ContentHash.hex(of: Data(Self.bytes + [0])) != original, "a trailing zero byte counts")
        #expect(ContentHash.hex(of: Data()) != ContentHash.hex(of: Data([0])))
        var text = ContentHash()
        text.add("folio 0.1.1\n")
        #expect(text.hex == ContentHash.hex(of: Data("folio 0.1.1\n".utf8)))
    }
}
