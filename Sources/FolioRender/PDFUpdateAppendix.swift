import FolioPDF

/// Writes the update after the original bytes: the new objects, then a cross-reference section of the kind the
/// original's newest one is — a classic `xref` table and `trailer` after Cairo 1.16 (the very bytes Folio has
/// always written there), or a cross-reference stream after Cairo 1.17.6 and later, since a file whose
/// objects sit in object streams needs one (a table cannot say where those are for a reader of the old section).
extension PDFIncrementalUpdate {
    /// Writes the objects, a cross-reference section and its trailer, to append to the file as they are, in
    /// pieces: a long report's update is tens of megabytes (a rewritten content stream for every page, a
    /// dictionary for every header cell), so it is never held whole, and each object's text is let go once
    /// written. `size`: the new `/Size` (one more than the highest object number, before the section's own
    /// stream if any).
    func writeAppendix(objects updated: consuming [(Int, UpdatedObject)], size: Int, identifier: String,
                       to write: ([UInt8]) throws -> Void) throws {
        let bytes = objects.bytes
        var position = bytes.count
        func put(_ piece: [UInt8]) throws {
            try write(piece)
            position += piece.count
        }
        if bytes.count > 0 && bytes[bytes.count - 1] != UInt8(ascii: "\n") { try put([UInt8(ascii: "\n")]) }
        var offsets: [(Int, Int)] = []
        offsets.reserveCapacity(updated.count)
        for i in updated.indices {
            let number = updated[i].0
            let body: [UInt8]
            switch updated[i].1 {
            case .text(let text): body = text
            case .later(let make):
                guard let made = try make() else { continue }
                body = made
            }
            updated[i].1 = .text([])
            offsets.append((number, position))
            try put(Array("\(number) 0 obj\n".utf8))
            try put(body)
            try put(Array("\nendobj\n".utf8))
        }
        let xref = position
        if let trailer = objects.crossReference.trailerText {
            try put(Array(classicSection(offsets: offsets, trailer: trailer, size: size, identifier: identifier, at: xref).utf8))
        } else {
            try put(streamSection(offsets: offsets, size: size, identifier: identifier, at: xref))
        }
    }

    /// `xref`, one subsection per object, `trailer` (the original's with the new `/Size`, `/ID` and `/Prev`).
    private func classicSection(offsets: [(Int, Int)], trailer: String, size: Int, identifier: String, at xref: Int) -> String {
        var section = "xref\n"
        for (number, offset) in offsets.sorted(by: { $0.0 < $1.0 }) {
            let padded = String(repeating: "0", count: max(0, 10 - String(offset).count)) + String(offset)
            section += "\(number) 1\n\(padded) 00000 n \n"
        }
        let oldSize = objects.trailer["/Size"]?.integer ?? 0
        var dictionary = Self.withIdentifier(trailer.replacingOccurrences(of: "/Size \(oldSize)", with: "/Size \(size)"), identifier)
        if let close = dictionary.range(of: ">>", options: .backwards) {
            dictionary.replaceSubrange(close, with: "   /Prev \(objects.crossReference.startxref)\n>>")
        }
        return section + "trailer\n\(dictionary)\nstartxref\n\(xref)\n%%EOF\n"
    }

    /// The trailer dictionary with `/ID [<id><id>]` (replacing one Cairo may have written).
    static func withIdentifier(_ dictionary: String, _ id: String) -> String {
        var d = dictionary
        if let existing = d.range(of: "/ID") , let close = d[existing.upperBound...].range(of: "]") {
            d.removeSubrange(existing.lowerBound..<close.upperBound)
        }
        if let close = d.range(of: ">>", options: .backwards) { d.replaceSubrange(close, with: "   /ID [<\(id)> <\(id)>]\n>>") }
        return d
    }

}
