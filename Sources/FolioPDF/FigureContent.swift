/// The pictures a content stream paints, for marking them as their figures' content: Cairo 1.17 and later
/// (Debian 13, Ubuntu 24.04) mark only text, so a figure holding a photo and no text gets no marked content,
/// and its picture would be wrapped as an artifact (see `UnmarkedContent`) while the Figure element stands
/// empty, with no page. Folio paints each picture as one XObject there (a vector one as a group); the PDF's
/// update finds the pictures Folio placed, in the order it placed them, and wraps each figure's in
/// `/Figure << /MCID n >> BDC … EMC` (Cairo 1.16 does this itself).
package enum FigureContent {
    /// A picture painted: an XObject's `Do` (an image, or a form: a vector picture painted as a group), or an
    /// inline image (`BI … EI`).
    package struct Painting: Equatable {
        /// The painting operation's bytes (an inline image from `BI` to `EI`).
        package var range: Range<Int>
        /// Whether it lies outside every marked-content sequence.
        package var unmarked: Bool
    }

    /// The pictures `content` paints, in order, and the first MCID it does not use (one past the largest; 0
    /// when it has none), in one reading; `isPicture(name)` says whether the XObject a `Do` names (`/x31`) is one.
    package static func paintings(_ content: [UInt8], isPicture: (String) -> Bool) -> (paintings: [Painting], nextMCID: Int) {
        var depth = 0, next = 0
        var inline: Int? = nil
        var found: [Painting] = []
        for op in ContentStreamScanner.operations(content) {
            switch op.name {
            case "BDC":
                depth += 1
                if let mcid = op.operands.last.flatMap(Self.mcid) { next = max(next, mcid + 1) }
            case "BMC": depth += 1
            case "EMC": depth = max(0, depth - 1)
            case "Do": if let name = op.operands.last, isPicture(name) { found.append(Painting(range: op.range, unmarked: depth == 0)) }
            case "BI": inline = op.range.lowerBound
            case "EI":
                if let start = inline { found.append(Painting(range: start..<op.range.upperBound, unmarked: depth == 0)) }
                inline = nil
            default: break
            }
        }
        return (found, next)
    }

    /// The `/MCID` of a `BDC`'s properties (`<< /MCID 3 >>`), if they have one.
    private static func mcid(_ properties: String) -> Int? {
        guard let range = properties.range(of: "/MCID") else { return nil }
        return Int(properties[range.upperBound...].drop { $0 == " " }.prefix { $0.isASCII && $0.isNumber })
    }

    /// `content` with each range of `marks` wrapped as figure content with its MCID (ranges in order, apart).
    package static func marking(_ content: [UInt8], _ marks: [(range: Range<Int>, mcid: Int)]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(content.count + marks.count * 32)
        var at = 0
        for mark in marks.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where mark.range.lowerBound >= at {
            out += content[at..<mark.range.lowerBound]
            out += Array("/Figure << /MCID \(mark.mcid) >> BDC\n".utf8)
            out += content[mark.range]
            out += Array("\nEMC".utf8)
            at = mark.range.upperBound
        }
        out += content[at...]
        return out
    }
}
