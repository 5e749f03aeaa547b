/// Marks what a content stream paints outside any marked-content sequence as an artifact: Cairo 1.17 and later
/// (Debian 13, Ubuntu 24.04) mark only text, so the fills, strokes and images Folio draws in an artifact
/// marker (see `ArtifactMarker` in FolioCairo), in a figure without text or anywhere else come out unmarked,
/// which PDF/UA forbids. Cairo 1.16 marks everything Folio draws, and its streams are left as they are.
///
/// Each unmarked graphics object (a path from its first construction operator to its painting operator, a
/// text object, an XObject, a shading, an inline image) is wrapped; neighbours separated only by colour,
/// line-style, graphics-state or matrix operators share one `/Artifact BMC … EMC`. A wrapper never crosses
/// `q`/`Q`, a text object's bounds or another marked-content operator, so sequences nest as they must.
package enum UnmarkedContent {
    /// The sequence that opens an artifact here.
    package static let artifactOpening = "/Artifact BMC"

    /// `content` with its unmarked painting wrapped, or nil when nothing is unmarked.
    package static func wrapped(_ content: [UInt8]) -> [UInt8]? {
        let spans = unmarkedSpans(content)
        guard !spans.isEmpty else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(content.count + spans.count * 20)
        var at = 0
        for span in spans {
            out += content[at..<span.lowerBound]
            out += Array((artifactOpening + "\n").utf8)
            out += content[span]
            out += Array("\nEMC".utf8)
            at = span.upperBound
        }
        out += content[at...]
        return out
    }

    /// Operators that may sit between two unmarked objects sharing one wrapper.
    static let neutral: Set<String> = ["rg", "RG", "g", "G", "k", "K", "cs", "CS", "sc", "SC", "scn", "SCN",
                                       "w", "J", "j", "d", "M", "gs", "ri", "i", "cm"]
    static let pathConstruction: Set<String> = ["m", "l", "c", "v", "y", "h", "re"]
    static let pathPainting: Set<String> = ["f", "F", "f*", "S", "s", "B", "B*", "b", "b*"]
    static let textShowing: Set<String> = ["Tj", "TJ", "'", "\""]

    /// The byte ranges to wrap, in order, neighbours merged.
    static func unmarkedSpans(_ content: [UInt8]) -> [Range<Int>] {
        let ops = ContentStreamScanner.operations(content)
        var depth = 0
        var pathStart: Int? = nil
        var textStart: Int? = nil, textPaints = false
        var imageStart: Int? = nil
        // Each span with the index of its last operation (to look at what lies between spans).
        var spans: [(range: Range<Int>, first: Int, last: Int)] = []
        var pathFirst = 0, textFirst = 0, imageFirst = 0
        for (k, op) in ops.enumerated() {
            switch op.name {
            case "BDC", "BMC": depth += 1; pathStart = nil
            case "EMC": depth = max(0, depth - 1); pathStart = nil
            case _ where pathConstruction.contains(op.name):
                if pathStart == nil { pathStart = op.range.lowerBound; pathFirst = k }
            case _ where pathPainting.contains(op.name):
                if depth == 0 { spans.append(((pathStart ?? op.range.lowerBound)..<op.range.upperBound, pathStart == nil ? k : pathFirst, k)) }
                pathStart = nil
            case "n": pathStart = nil
            case "BT":
                if depth == 0 { textStart = op.range.lowerBound; textFirst = k; textPaints = false }
            case _ where textShowing.contains(op.name):
                if depth == 0 { textPaints = true }
            case "ET":
                if let start = textStart, textPaints, depth == 0 { spans.append((start..<op.range.upperBound, textFirst, k)) }
                textStart = nil
            case "Do", "sh":
                if depth == 0 { spans.append((op.range, k, k)) }
            case "BI":
                if depth == 0 { imageStart = op.range.lowerBound; imageFirst = k }
            case "EI":
                if let start = imageStart { spans.append((start..<op.range.upperBound, imageFirst, k)) }
                imageStart = nil
            default: break
            }
        }
        var merged: [(range: Range<Int>, last: Int)] = []
        for span in spans {
            if let previous = merged.last, previous.last < span.first,
               ops[(previous.last + 1)..<span.first].allSatisfy({ neutral.contains($0.name) }) {
                merged[merged.count - 1] = (previous.range.lowerBound..<span.range.upperBound, span.last)
            } else {
                merged.append((span.range, span.last))
            }
        }
        return merged.map(\.range)
    }
}
