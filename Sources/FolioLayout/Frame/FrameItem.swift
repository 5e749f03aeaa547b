import FolioModel

/// One positioned thing on a page. Renderers draw these with one `switch` and never lay anything out.
public enum FrameItem: Sendable {
    /// One line of shaped text, its baseline starting at `origin`.
    case text(TextLine)
    /// A filled rectangle.
    case fill(Rect, Color)
    /// A straight stroke.
    case rule(from: Point, to: Point, width: Points, color: Color)
    /// A clickable area.
    case link(Rect, LinkTarget)
    /// Opens a structure element of the tagged PDF; always closed by a matching `endTag` on the same page.
    case beginTag(StructureTag)
    /// Closes the innermost open structure element.
    case endTag

    /// The same item moved by `dx`, `dy`.
    public func offsetBy(dx: Points, dy: Points) -> FrameItem {
        switch self {
        case .text(var line):
            line.origin = Point(x: line.origin.x + dx, y: line.origin.y + dy)
            return .text(line)
        case .fill(let r, let c): return .fill(r.offsetBy(dx: dx, dy: dy), c)
        case .rule(let a, let b, let w, let c):
            return .rule(from: Point(x: a.x + dx, y: a.y + dy), to: Point(x: b.x + dx, y: b.y + dy), width: w, color: c)
        case .link(let r, let t): return .link(r.offsetBy(dx: dx, dy: dy), t)
        case .beginTag, .endTag: return self
        }
    }
}

/// A line of shaped text placed on a page.
public struct TextLine: Sendable {
    /// The shaped paragraph the line belongs to.
    public var shaped: any ShapedText
    /// Which of its lines.
    public var index: Int
    /// Left end of the baseline.
    public var origin: Point
    public init(shaped: any ShapedText, index: Int, origin: Point) {
        self.shaped = shaped; self.index = index; self.origin = origin
    }
    /// The line's metrics.
    public var metrics: ShapedLine { shaped.lines[index] }
}

/// Where a link goes.
public enum LinkTarget: Hashable, Sendable {
    /// An external URL.
    case url(String)
    /// A position in this document (page index from 0, y from the top).
    case page(index: Int, y: Points)
}

/// Structure elements of a tagged PDF (the names PDF readers and screen readers know).
public enum StructureTag: Hashable, Sendable {
    case heading(level: Int)
    case paragraph
    case blockQuote
    case caption
    case table
    case tableRow
    case tableHeaderCell
    case tableCell
    case figure(alt: String)
    case tableOfContents
    case tableOfContentsItem
    case division

    /// The PDF structure type name.
    public var pdfName: String {
        switch self {
        case .heading(let level): return "H\(max(1, min(6, level)))"
        case .paragraph: return "P"
        case .blockQuote: return "BlockQuote"
        case .caption: return "Caption"
        case .table: return "Table"
        case .tableRow: return "TR"
        case .tableHeaderCell: return "TH"
        case .tableCell: return "TD"
        case .figure: return "Figure"
        case .tableOfContents: return "TOC"
        case .tableOfContentsItem: return "TOCI"
        case .division: return "Div"
        }
    }
}
