import Foundation

/// Adds what Cairo 1.16 cannot write to a finished PDF, as a standard incremental update: changed objects
/// are appended after the original bytes with a new cross-reference section whose trailer points back
/// (`/Prev`) to the old one. Deterministic, and readers see the new objects in place of the old.
///
/// Today: the catalog's `/Lang` (document language for screen readers and hyphenation in readers).
struct PDFIncrementalUpdate {
    enum Failure: Error, CustomStringConvertible {
        case unexpectedStructure(String)
        var description: String {
            switch self { case .unexpectedStructure(let what): return "cannot update the PDF Cairo wrote: \(what)" }
        }
    }

    private var bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Sets the document language in the catalog and the alternative text of each figure structure
    /// element (`alternates` in document order, one per Figure element Cairo wrote).
    mutating func update(language tag: String, figureAlternates alternates: [String]) throws -> [UInt8] {
        let trailer = try lastTrailer()
        guard let root = trailer.reference("/Root") else { throw Failure.unexpectedStructure("no /Root in the trailer") }
        var objects: [(Int, String)] = []
        let escaped = tag.filter { $0.isLetter || $0.isNumber || $0 == "-" }
        objects.append((root, try inserting("/Lang (\(escaped))", into: try objectDictionary(root))))
        let figures = figureObjects()
        guard figures.count == alternates.count else {
            throw Failure.unexpectedStructure("\(figures.count) figure elements for \(alternates.count) alternative texts")
        }
        for (figure, alt) in zip(figures, alternates) {
            objects.append((figure.number, try inserting("/Alt " + Self.textString(alt), into: try dictionary(at: figure.offset, number: figure.number))))
        }
        append(objects: objects, trailer: trailer)
        var out: [UInt8] = []
        swap(&out, &bytes)
        return out
    }

    private func inserting(_ entry: String, into dictionary: String) throws -> String {
        var updated = dictionary
        guard let open = updated.range(of: "<<") else { throw Failure.unexpectedStructure("not a dictionary") }
        updated.insert(contentsOf: "\n   " + entry, at: open.upperBound)
        return updated
    }

    /// A PDF text string: UTF-16BE with a byte-order mark, in hex (any character, no escaping pitfalls).
    static func textString(_ text: String) -> String {
        var hex = "<FEFF"
        for unit in text.utf16 {
            let h = String(unit, radix: 16, uppercase: true)
            hex += String(repeating: "0", count: 4 - h.count) + h
        }
        return hex + ">"
    }

    /// Object numbers of the Figure structure elements, in the order Cairo wrote them (document order).
    /// Scans bytes, not strings: the file is large and this runs on every build.
    private func figureObjects() -> [(number: Int, offset: Int)] {
        let needle = Array("/Type /StructElem\n   /S /Figure".utf8)
        let marker = Array(" 0 obj".utf8)
        var numbers: [(number: Int, offset: Int)] = []
        var from = 0
        while let at = find(needle, from: from) {
            // Walk back to the "N 0 obj" line that opens this object.
            var i = at - marker.count
            while i > 0 && !bytes[i..<(i + marker.count)].elementsEqual(marker) { i -= 1 }
            var start = i
            while start > 0 && bytes[start - 1] >= UInt8(ascii: "0") && bytes[start - 1] <= UInt8(ascii: "9") { start -= 1 }
            if start < i, let n = Int(String(decoding: bytes[start..<i], as: UTF8.self)) { numbers.append((n, i + marker.count)) }
            from = at + needle.count
        }
        return numbers
    }

    // MARK: - Reading what Cairo wrote

    private struct Trailer {
        var dictionary: String
        var xrefOffset: Int
        func reference(_ key: String) -> Int? {
            guard let r = dictionary.range(of: key) else { return nil }
            let digits = dictionary[r.upperBound...].drop { $0 == " " }.prefix { $0.isNumber }
            return Int(digits)
        }
    }

    private func lastTrailer() throws -> Trailer {
        let text = String(decoding: bytes.suffix(1024), as: UTF8.self)
        guard let start = text.range(of: "startxref", options: .backwards),
              let offset = Int(text[start.upperBound...].split(whereSeparator: \.isNewline).first?.trimmingCharacters(in: .whitespaces) ?? ""),
              let trailerStart = text.range(of: "trailer", options: .backwards),
              let dictStart = text[trailerStart.upperBound...].range(of: "<<"),
              let dictEnd = text[dictStart.lowerBound...].range(of: ">>") else {
            throw Failure.unexpectedStructure("no trailer")
        }
        return Trailer(dictionary: String(text[dictStart.lowerBound..<dictEnd.upperBound]), xrefOffset: offset)
    }

    /// The dictionary text of object `number` (the first `N 0 obj` at a line start).
    private func objectDictionary(_ number: Int) throws -> String {
        let marker = Array("\n\(number) 0 obj".utf8)
        guard let at = find(marker) else { throw Failure.unexpectedStructure("object \(number) not found") }
        return try dictionary(at: at + marker.count, number: number)
    }

    /// The dictionary that starts at or after `offset` (just after an object's `N 0 obj`).
    private func dictionary(at offset: Int, number: Int) throws -> String {
        var i = offset
        while i < bytes.count && bytes[i] != UInt8(ascii: "<") { i += 1 }
        let start = i
        var depth = 0
        while i + 1 < bytes.count {
            if bytes[i] == UInt8(ascii: "<") && bytes[i + 1] == UInt8(ascii: "<") { depth += 1; i += 2; continue }
            if bytes[i] == UInt8(ascii: ">") && bytes[i + 1] == UInt8(ascii: ">") {
                depth -= 1; i += 2
                if depth == 0 { return String(decoding: bytes[start..<i], as: UTF8.self) }
                continue
            }
            i += 1
        }
        throw Failure.unexpectedStructure("object \(number) is not a dictionary")
    }

    private func find(_ needle: [UInt8], from: Int = 0) -> Int? {
        guard needle.count <= bytes.count, let first = needle.first else { return nil }
        var i = max(0, from)
        let last = bytes.count - needle.count
        outer: while i <= last {
            if bytes[i] != first { i += 1; continue }
            for j in 1..<needle.count where bytes[i + j] != needle[j] { i += 1; continue outer }
            return i
        }
        return nil
    }

    // MARK: - Writing the update

    /// Appends the new objects, a cross-reference section and a trailer to the file, in place.
    private mutating func append(objects: [(Int, String)], trailer: Trailer) {
        if bytes.last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
        var offsets: [(Int, Int)] = []
        for (number, dictionary) in objects {
            offsets.append((number, bytes.count))
            bytes += Array("\(number) 0 obj\n\(dictionary)\nendobj\n".utf8)
        }
        let xref = bytes.count
        var section = "xref\n"
        for (number, offset) in offsets.sorted(by: { $0.0 < $1.0 }) {
            let padded = String(repeating: "0", count: max(0, 10 - String(offset).count)) + String(offset)
            section += "\(number) 1\n\(padded) 00000 n \n"
        }
        var dictionary = trailer.dictionary
        if let close = dictionary.range(of: ">>", options: .backwards) {
            dictionary.replaceSubrange(close, with: "   /Prev \(trailer.xrefOffset)\n>>")
        }
        section += "trailer\n\(dictionary)\nstartxref\n\(xref)\n%%EOF\n"
        bytes += Array(section.utf8)
    }
}
