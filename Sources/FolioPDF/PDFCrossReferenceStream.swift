/// A cross-reference stream (ISO 32000-1, 7.5.8): an object `<< /Type /XRef /W [ … ] /Index [ … ] … >>` whose
/// decoded data holds one fixed-width binary entry per object, and whose dictionary is the trailer.
enum PDFCrossReferenceStream {
    typealias Failure = PDFCrossReference.Failure

    static func section<Bytes: PDFBytes>(_ bytes: Bytes, at offset: Int) throws -> PDFCrossReference.Section {
        var parser = PDFParser(bytes, at: offset)
        let number = try parser.objectHeader()
        guard let dictionary = try parser.value().dictionary, dictionary["/Type"]?.name == "/XRef" else {
            throw Failure(description: "object \(number), where startxref or /Prev points, is neither an xref table nor an xref stream")
        }
        guard let range = try parser.streamData(length: dictionary["/Length"]?.integer) else {
            throw Failure(description: "xref stream \(number) has no data")
        }
        let data = try PDFStreamFilters.decode(bytes.slice(range), dictionary: dictionary)
        var section = PDFCrossReference.Section()
        section.trailer = dictionary
        section.entries = try entries(data, dictionary: dictionary)
        return section
    }

    /// The entries of the decoded data: `/W` gives each field's width in bytes (a missing type field means
    /// type 1), `/Index` the runs of object numbers (`[0 Size]` when absent).
    static func entries(_ data: [UInt8], dictionary: [String: PDFValue]) throws -> CrossReferenceEntries {
        let widths = (dictionary["/W"]?.array ?? []).compactMap(\.integer)
        guard widths.count == 3, widths.allSatisfy({ $0 >= 0 && $0 <= 8 }) else { throw Failure(description: "an xref stream's /W is not three widths") }
        let index = (dictionary["/Index"]?.array ?? [.integer(0), dictionary["/Size"] ?? .integer(0)]).compactMap(\.integer)
        let entryLength = widths.reduce(0, +)
        guard entryLength > 0, index.count % 2 == 0 else { throw Failure(description: "an xref stream's /Index or /W is malformed") }
        var entries = CrossReferenceEntries()
        var at = 0
        for run in stride(from: 0, to: index.count, by: 2) {
            guard index[run] >= 0, index[run + 1] >= 0, index[run] <= Int.max - index[run + 1] else {
                throw Failure(description: "an xref stream's /Index has a run out of range")
            }
            entries.reserve(upTo: index[run] + index[run + 1])
            for number in index[run]..<(index[run] + index[run + 1]) {
                guard at + entryLength <= data.count else { throw Failure(description: "an xref stream ends before entry \(number)") }
                var fields: [Int] = []
                var k = at
                for width in widths {
                    var value = 0
                    for _ in 0..<width { value = value << 8 | Int(data[k]); k += 1 }
                    fields.append(value)
                }
                let type = widths[0] == 0 ? 1 : fields[0]
                switch type {
                case 0: entries[number] = .free
                case 1: entries[number] = .offset(fields[1])
                case 2: entries[number] = .compressed(stream: fields[1], index: fields[2])
                default: break  // a type this reader does not know: as if the object were absent (7.5.8.3)
                }
                at += entryLength
            }
        }
        return entries
    }
}
