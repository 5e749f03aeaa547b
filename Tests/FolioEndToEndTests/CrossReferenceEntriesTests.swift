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

    @Test func entriesArePackedUpToTheirLimitsAndKeptAsideBeyond() {
        // Packed in 8 bytes: offsets below 2^61, object streams below 2^32 with indices below 2^30; anything
        // larger (a hostile file) is kept aside whole, never cut.
        var entries = CrossReferenceEntries()
        let cases: [(Int, PDFCrossReference.Entry)] = [
            (1, .offset((1 << 61) - 1)), (2, .offset(1 << 61)), (3, .compressed(stream: (1 << 32) - 1, index: (1 << 30) - 1)),
            (4, .compressed(stream: 1 << 32, index: 0)), (5, .compressed(stream: 7, index: 1 << 30)), (6, .offset(-5)),
            (7, .free), (8, .offset(0)), (9, .compressed(stream: 0, index: 0)),
        ]
        for (number, entry) in cases { entries[number] = entry }
        for (number, entry) in cases { #expect(entries[number] == entry, "entry \(number)") }
        #expect(entries.numbered.map(\.number) == Array(1...9))
        // An entry moved aside and back is found once.
        entries[8] = .offset(1 << 62)
        entries[8] = .offset(80)
        #expect(entries[8] == .offset(80) && entries.numbered.filter { $0.number == 8 }.count == 1)
    }

    @Test func anXrefSubsectionOutOfRangeIsAnErrorNotATrap() {
        let file = "%PDF-1.4\nxref\n9223372036854775807 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<< /Size 2 >>\nstartxref\n9\n%%EOF\n"
        #expect(throws: (any Error).self) { try PDFCrossReference(Array(file.utf8)) }
    }

    @Test func standardEntriesAndLooserOnesAreReadAlike() throws {
        // Entries in the standard 20-byte form (read byte by byte), with CR LF, LF alone or a space before the
        // end of line, beside entries written loosely (read as words), and a generation that is not 0.
        let table = "xref\n0 6\n0000000000 65535 f\r\n0000000017 00000 n \n0000000123 00000 n\r\n"
            + "456 0 n\n0000000789 00002 n \n  0000001011   00000   f\ntrailer\n<< /Size 6 >>\n"
        let header = "%PDF-1.4\n"
        let file = header + table + "startxref\n\(header.utf8.count)\n%%EOF\n"
        let xref = try PDFCrossReference(Array(file.utf8))
        #expect(xref.entries[0] == .free && xref.entries[1] == .offset(17) && xref.entries[2] == .offset(123))
        #expect(xref.entries[3] == .offset(456) && xref.entries[4] == .offset(789) && xref.entries[5] == .free)
        #expect(xref.trailer["/Size"]?.integer == 6)
    }

    @Test func anEntryCutShortIsAnError() {
        // The last entry has no `n` or `f`: not the standard form, and as words it takes the trailer's keyword.
        let file = "%PDF-1.4\nxref\n0 2\n0000000000 65535 f \n0000000017 00000\ntrailer\n<< /Size 2 >>\nstartxref\n9\n%%EOF\n"
        #expect(throws: (any Error).self) { try PDFCrossReference(Array(file.utf8)) }
    }
}
