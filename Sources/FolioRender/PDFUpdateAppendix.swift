import FolioPDF

/// Writes the update after the original bytes: the new objects, then a cross-reference section of the kind the
/// original's newest one is — a classic `xref` table and `trailer` after Cairo 1.16 (the very bytes Folio has
/// always written there), or a cross-reference stream after Cairo 1.17.6 and later, since a file whose
/// objects sit in object streams needs one (a table cannot say where those are for a reader of the old section).
extension PDFIncrementalUpdate {
    /// The objects, a cross-reference section and its trailer, to append to the file as they are. `size`:
    /// the new `/Size` (one more than the highest object number, before the section's own stream if any).
    func appendix(objects updated: [(Int, [UInt8])], size: Int, identifier: String) -> [UInt8] {
        let bytes = objects.bytes
        var out: [UInt8] = []
        if bytes.count > 0 && bytes[bytes.count - 1] != UInt8(ascii: "\n") { out.append(UInt8(ascii: "\n")) }
        var offsets: [(Int, Int)] = []
        for (number, body) in updated {
            offsets.append((number, bytes.count + out.count))
            out += Array("\(number) 0 obj\n".utf8) + body + Array("\nendobj\n".utf8)
        }
        let xref = bytes.count + out.count
        if let trailer = objects.crossReference.trailerText {
            out += Array(classicSection(offsets: offsets, trailer: trailer, size: size, identifier: identifier, at: xref).utf8)
        } else {
            out += streamSection(offsets: offsets, size: size, identifier: identifier, at: xref)
        }
        return out
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
