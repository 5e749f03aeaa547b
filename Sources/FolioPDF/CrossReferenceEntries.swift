/// Cross-reference entries by object number. Object numbers run from 1 to about the file's `/Size`, so they
/// are kept in an array indexed by number: a 100,000-row report has 600,000 objects, which a dictionary held
/// in about 32 MB, twice over while it grew and again while the sections were merged, against 14 MB here.
/// A number far beyond those stored (a damaged or hostile file naming object 2^40) goes to a dictionary
/// instead, so that it costs one entry, not an array that long.
package struct CrossReferenceEntries: Sendable {
    private var dense: [PDFCrossReference.Entry?] = []
    private var sparse: [Int: PDFCrossReference.Entry] = [:]
    /// Entries stored in `dense`, which bounds how far it may grow.
    private var denseCount = 0

    package init() {}

    package subscript(number: Int) -> PDFCrossReference.Entry? {
        get { (number >= 0 && number < dense.count ? dense[number] : nil) ?? sparse[number] }
        set {
            // A number put in `sparse` before the array grew past it stays there, and only there.
            if number < 0 || (!sparse.isEmpty && sparse[number] != nil) {
                sparse[number] = newValue
            } else if number < dense.count {
                if (dense[number] == nil) != (newValue == nil) { denseCount += newValue == nil ? -1 : 1 }
                dense[number] = newValue
            } else if number < max(1 << 16, 4 * (denseCount + 1)), let newValue {
                dense.append(contentsOf: repeatElement(nil, count: number + 1 - dense.count))
                dense[number] = newValue
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
        for (number, entry) in dense.enumerated() { if let entry { all.append((number, entry)) } }
        guard !sparse.isEmpty else { return all }
        all += sparse.map { ($0.key, $0.value) }
        return all.sorted { $0.number < $1.number }
    }

    /// The entries, in no particular order.
    package var values: [PDFCrossReference.Entry] { dense.compactMap { $0 } + Array(sparse.values) }
}
