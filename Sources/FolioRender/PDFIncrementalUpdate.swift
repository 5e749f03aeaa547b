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

    /// Sets the document language in the catalog.
    mutating func setLanguage(_ tag: String) throws -> [UInt8] {
        let trailer = try lastTrailer()
        guard let root = trailer.reference("/Root") else { throw Failure.unexpectedStructure("no /Root in the trailer") }
        let catalog = try objectDictionary(root)
        let escaped = tag.filter { $0.isLetter || $0.isNumber || $0 == "-" }
        var updated = catalog
        guard let open = updated.range(of: "<<") else { throw Failure.unexpectedStructure("catalog is not a dictionary") }
        updated.insert(contentsOf: "\n   /Lang (\(escaped))", at: open.upperBound)
        return append(objects: [(root, updated)], trailer: trailer)
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
        var i = at + marker.count
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

    private func find(_ needle: [UInt8]) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var i = 0
        let last = bytes.count - needle.count
        outer: while i <= last {
            for j in 0..<needle.count where bytes[i + j] != needle[j] { i += 1; continue outer }
            return i
        }
        return nil
    }

    // MARK: - Writing the update

    private func append(objects: [(Int, String)], trailer: Trailer) -> [UInt8] {
        var out = bytes
        if out.last != UInt8(ascii: "\n") { out.append(UInt8(ascii: "\n")) }
        var offsets: [(Int, Int)] = []
        for (number, dictionary) in objects {
            offsets.append((number, out.count))
            out += Array("\(number) 0 obj\n\(dictionary)\nendobj\n".utf8)
        }
        let xref = out.count
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
        out += Array(section.utf8)
        return out
    }
}
