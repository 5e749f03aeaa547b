import FolioPDF

/// The update's cross-reference as a stream (ISO 32000-1, 7.5.8), for an original that has one: object `size`
/// is the stream itself, its dictionary the trailer (`/Root`, `/Info` kept, `/ID` from the document, `/Prev`
/// the original's section), its data one entry per new object (type 1, offset, generation 0), deflated at a
/// fixed level so the same input gives the same bytes.
extension PDFIncrementalUpdate {
    func streamSection(offsets: [(Int, Int)], size: Int, identifier: String, at xref: Int) -> [UInt8] {
        let entries = (offsets + [(size, xref)]).sorted { $0.0 < $1.0 }
        var width = 1
        while xref >= 1 << (8 * width) { width += 1 }
        var data: [UInt8] = []
        for (_, offset) in entries {
            data.append(1)
            for k in (0..<width).reversed() { data.append(UInt8(truncatingIfNeeded: offset >> (8 * k))) }
            data.append(0)
        }
        let deflated = FlateCodec.deflate(data)
        let encoded = deflated ?? data
        let filter = deflated == nil ? "" : "   /Filter /FlateDecode\n"
        var dictionary = "<< /Type /XRef\n   /Size \(size + 1)\n"
        for key in ["/Root", "/Info"] {
            if let n = objects.trailer[key]?.reference { dictionary += "   \(key) \(n) 0 R\n" }
        }
        dictionary += "   /ID [<\(identifier)> <\(identifier)>]\n   /Prev \(objects.crossReference.startxref)\n"
        dictionary += "   /W [ 1 \(width) 1 ]\n   /Index [ \(Self.runs(entries.map(\.0)).map { "\($0.first) \($0.count)" }.joined(separator: " ")) ]\n"
        dictionary += filter + "   /Length \(encoded.count)\n>>\n"
        return Array("\(size) 0 obj\n\(dictionary)stream\n".utf8) + encoded + Array("\nendstream\nendobj\nstartxref\n\(xref)\n%%EOF\n".utf8)
    }

    /// Ascending numbers as runs of consecutive ones (`/Index` pairs: first, count).
    static func runs(_ numbers: [Int]) -> [(first: Int, count: Int)] {
        var runs: [(first: Int, count: Int)] = []
        for n in numbers {
            if let last = runs.last, last.first + last.count == n { runs[runs.count - 1].count += 1 } else { runs.append((n, 1)) }
        }
        return runs
    }
}
