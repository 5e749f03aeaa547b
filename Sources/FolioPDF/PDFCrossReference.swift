/// Where each object of a PDF is, from its cross-reference sections (ISO 32000-1, 7.5.4 and 7.5.8): classic
/// `xref` tables (Cairo 1.16) and cross-reference streams (Cairo 1.17.6 and later, qpdf), followed through
/// `/Prev` from the newest section to the oldest; an object's newest entry wins. Reading the sections costs
/// time in proportion to their size, never a search of the whole file.
package struct PDFCrossReference {
    package enum Entry: Equatable, Sendable {
        case free
        /// The object starts at this byte offset.
        case offset(Int)
        /// The object is the `index`-th of object stream `stream`.
        case compressed(stream: Int, index: Int)
    }

    package struct Failure: Error, CustomStringConvertible {
        package var description: String
    }

    /// Each object's newest entry, by number.
    package private(set) var entries = CrossReferenceEntries()
    /// The newest section's trailer: its `trailer` dictionary, or its cross-reference stream's dictionary.
    package private(set) var trailer: [String: PDFValue] = [:]
    /// The newest trailer's text when the newest section is a classic table (nil for a stream).
    package private(set) var trailerText: String?
    /// Where the newest section starts (the `startxref` value), which an update names as its `/Prev`.
    package let startxref: Int
    /// Whether the newest section is a cross-reference stream, so an update writes one too.
    package var isStream: Bool { trailerText == nil }

    package init<Bytes: PDFBytes>(_ bytes: Bytes) throws {
        startxref = try Self.startxref(bytes)
        var next: Int? = startxref
        var visited = Set<Int>()
        while let offset = next, visited.insert(offset).inserted {
            let section = try Self.section(bytes, at: offset)
            if visited.count == 1 {
                trailer = section.trailer
                trailerText = section.trailerText
                entries = section.entries
            } else {
                for (number, entry) in section.entries.numbered where entries[number] == nil { entries[number] = entry }
            }
            next = section.trailer["/Prev"]?.integer
        }
    }

    /// The offset after the last `startxref` (in the file's last kilobyte).
    static func startxref<Bytes: PDFBytes>(_ bytes: Bytes) throws -> Int {
        let keyword = Array("startxref".utf8)
        var at = bytes.count - keyword.count
        let floor = max(0, bytes.count - 1024)
        while at >= floor, !bytes.matches(keyword, at: at) { at -= 1 }
        var parser = PDFParser(bytes, at: at + keyword.count)
        guard at >= floor, let offset = parser.integer(), offset >= 0, offset < bytes.count else {
            throw Failure(description: "no startxref at the end of the file")
        }
        return offset
    }

    struct Section {
        var entries = CrossReferenceEntries()
        var trailer: [String: PDFValue] = [:]
        var trailerText: String?
    }

    /// One section: a table and its trailer (with a hybrid file's `/XRefStm` read in), or a stream.
    static func section<Bytes: PDFBytes>(_ bytes: Bytes, at offset: Int) throws -> Section {
        var parser = PDFParser(bytes, at: offset)
        guard parser.take("xref") else { return try PDFCrossReferenceStream.section(bytes, at: offset) }
        var section = Section()
        while let first = parser.integer() {
            guard let count = parser.integer() else { throw Failure(description: "an xref subsection has no count") }
            guard first >= 0, count >= 0, first <= Int.max - count else { throw Failure(description: "an xref subsection is out of range") }
            section.entries.reserve(upTo: first + count)
            for number in first..<(first + count) {
                if let entry = parser.standardEntry() {
                    section.entries[number] = entry.inUse ? .offset(entry.offset) : .free
                    continue
                }
                guard let position = parser.integer(), parser.integer() != nil, let kind = parser.word() else {
                    throw Failure(description: "xref entry \(number) is not `offset generation n|f`")
                }
                section.entries[number] = kind == "n" ? .offset(position) : .free
            }
        }
        guard parser.take("trailer") else { throw Failure(description: "an xref table has no trailer") }
        parser.skipSpace()
        let start = parser.position
        guard let trailer = try parser.value().dictionary else { throw Failure(description: "the trailer is not a dictionary") }
        section.trailer = trailer
        section.trailerText = String(decoding: bytes.slice(start..<parser.position), as: UTF8.self)
        if let stream = trailer["/XRefStm"]?.integer {
            // A hybrid file: the stream's entries stand where the table has none, or a free one.
            for (number, entry) in try PDFCrossReferenceStream.section(bytes, at: stream).entries.numbered
            where section.entries[number] == nil || section.entries[number] == .free {
                section.entries[number] = entry
            }
        }
        return section
    }
}

extension PDFParser {
    /// A cross-reference table entry in the form the standard gives it (7.5.4) and Cairo writes it: ten
    /// digits of offset, a space, five of generation, a space, `n` or `f`, then white space. Read byte by
    /// byte, not as three words: a long report's table has half a million entries (at 100,000 table rows
    /// the words took 0.38 % of the build's samples, the bytes 0.10 %). Nil, the position unmoved, for any
    /// other form (read as words then).
    mutating func standardEntry() -> (offset: Int, inUse: Bool)? {
        skipSpace()
        let p = position
        guard p + 18 <= end else { return nil }
        func digits(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                let c = bytes[p + i]
                guard c >= 0x30, c <= 0x39 else { return nil }
                value = value * 10 + Int(c - 0x30)
            }
            return value
        }
        guard let offset = digits(0..<10), bytes[p + 10] == 0x20, digits(11..<16) != nil, bytes[p + 16] == 0x20 else { return nil }
        let kind = bytes[p + 17]
        guard kind == UInt8(ascii: "n") || kind == UInt8(ascii: "f"), p + 18 == end || Self.isSpace(bytes[p + 18]) else { return nil }
        position = p + 18
        return (offset, kind == UInt8(ascii: "n"))
    }
}
