/// Cross-reference entries by object number. Object numbers run from 1 to about the file's `/Size`, so they
/// are kept in an array indexed by number: a 100,000-row report has 500,000 objects, which a dictionary held
/// in about 32 MB, twice over while it grew and again while the sections were merged. Each entry is packed
/// into 8 bytes (`Packed`): 4 MB there, where an array of optional entries took 24 bytes each (12 MB, and
/// 18 MB while it grew). A number far beyond those stored (a damaged or hostile file naming object 2^40)
/// goes to a dictionary instead, so that it costs one entry, not an array that long; so does an entry too
/// large to pack.
package struct CrossReferenceEntries: Sendable {
    private var dense: [UInt64] = []
    private var sparse: [Int: PDFCrossReference.Entry] = [:]
    /// Entries stored in `dense`, which bounds how far it may grow.
    private var denseCount = 0

    /// An entry in 8 bytes: 0 for none; else the kind in the low two bits (1 free, 2 at an offset, 3 in an
    /// object stream) and the offset, or the stream's number (32 bits) and the index (30 bits), above them.
    private enum Packed {
        static func pack(_ entry: PDFCrossReference.Entry?) -> UInt64? {
            switch entry {
            case nil: return 0
            case .free: return 1
            case .offset(let offset):
                guard offset >= 0, offset < 1 << 61 else { return nil }
                return UInt64(offset) << 2 | 2
            case .compressed(let stream, let index):
                guard stream >= 0, stream < 1 << 32, index >= 0, index < 1 << 30 else { return nil }
                return UInt64(stream) << 32 | UInt64(index) << 2 | 3
            }
        }

        static func unpack(_ word: UInt64) -> PDFCrossReference.Entry? {
            switch word & 3 {
            case 0: return nil
            case 1: return .free
            case 2: return .offset(Int(word >> 2))
            default: return .compressed(stream: Int(word >> 32), index: Int(word >> 2 & (1 << 30 - 1)))
            }
        }
    }

    package init() {}

    /// Makes room for objects numbered below `size` (a section's `/Size`), so the array is not grown by doubling.
    package mutating func reserve(upTo size: Int) {
        if size > dense.count && size < 1 << 26 { dense.reserveCapacity(size) }
    }

    package subscript(number: Int) -> PDFCrossReference.Entry? {
        get { (number >= 0 && number < dense.count ? Packed.unpack(dense[number]) : nil) ?? sparse[number] }
        set {
            let packed = Packed.pack(newValue)
            // A number put in `sparse` before the array grew past it stays there, and only there.
            if number < 0 || packed == nil || (!sparse.isEmpty && sparse[number] != nil) {
                if number >= 0 && number < dense.count && dense[number] != 0 { dense[number] = 0; denseCount -= 1 }
                sparse[number] = newValue
            } else if let packed, number < dense.count {
                if (dense[number] == 0) != (packed == 0) { denseCount += packed == 0 ? -1 : 1 }
                dense[number] = packed
            } else if let packed, packed != 0, number < max(1 << 16, 4 * (denseCount + 1)) {
                dense.append(contentsOf: repeatElement(0, count: number + 1 - dense.count))
                dense[number] = packed
                denseCount += 1
            } else {
                sparse[number] = newValue
            }
        }
    }

    /// Every entry with its number, ascending.
    package var numbered: [(number: Int, entry: PDFCrossReference.Entry)] {
        var all: [(number: Int, entry: PDFCrossReference.Entry)] = []
        all.reserveCapacity(denseCount + sparse.count)
        for (number, word) in dense.enumerated() { if let entry = Packed.unpack(word) { all.append((number, entry)) } }
        guard !sparse.isEmpty else { return all }
        all += sparse.map { ($0.key, $0.value) }
        return all.sorted { $0.number < $1.number }
    }

    /// The entries, in no particular order.
    package var values: [PDFCrossReference.Entry] { dense.compactMap(Packed.unpack) + Array(sparse.values) }
}
