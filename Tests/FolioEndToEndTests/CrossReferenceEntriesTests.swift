import FolioPDF
import Testing

/// The cross-reference entries by number: dense where the numbers are (every file Cairo writes), a dictionary
/// for a number far beyond them, so a damaged file cannot make the reader allocate an array that long.
@Suite("Cross-reference entries")
struct CrossReferenceEntriesTests {
    @Test func entriesAreFoundByNumberAndListedInOrder() {
        var entries = CrossReferenceEntries()
        entries[3] = .offset(300)
        entries[1] = .offset(100)
        entries[2] = .free
        entries[5] = .compressed(stream: 4, index: 0)
        #expect(entries[1] == .offset(100))
        #expect(entries[2] == .free)
        #expect(entries[4] == nil)
        #expect(entries[5] == .compressed(stream: 4, index: 0))
        #expect(entries[-1] == nil)
        #expect(entries.numbered.map(\.number) == [1, 2, 3, 5])
        entries[3] = nil
        #expect(entries[3] == nil)
        #expect(entries.values.count == 3)
    }

    @Test func aNumberFarBeyondTheRestCostsOneEntry() {
        var entries = CrossReferenceEntries()
        entries[1] = .offset(10)
        entries[1 << 40] = .offset(20)
        entries[Int.max] = .offset(30)
        #expect(entries[1 << 40] == .offset(20))
        #expect(entries[Int.max] == .offset(30))
        #expect(entries.numbered.map(\.number) == [1, 1 << 40, Int.max])
    }

    @Test func aNumberKeptAsideStaysFoundWhenTheArrayGrowsPastIt() {
        var entries = CrossReferenceEntries()
        entries[100_000] = .offset(1)          // beyond the array's reach at first: kept aside
        for n in 0..<200_000 where n != 100_000 { entries[n] = .offset(n * 10) }
        #expect(entries[100_000] == .offset(1))
        entries[100_000] = .offset(2)
        #expect(entries[100_000] == .offset(2))
        #expect(entries.numbered.count == 200_000)
        #expect(entries.numbered.filter { $0.number == 100_000 }.map(\.entry) == [.offset(2)])
        entries[-3] = .free
        #expect(entries[-3] == .free && entries.numbered.first?.number == -3)
    }

    @Test func manyObjectsInOrder() {
        var entries = CrossReferenceEntries()
        for n in 1...200_000 { entries[n] = .offset(n * 10) }
        #expect(entries[150_000] == .offset(1_500_000))
        #expect(entries.numbered.count == 200_000)
        #expect(entries.numbered.last?.number == 200_000)
    }
}
