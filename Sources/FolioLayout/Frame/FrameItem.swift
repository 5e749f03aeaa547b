import FolioModel

/// One positioned thing on a page. Renderers draw these with one `switch` and never lay anything out.
///
/// A long report keeps every page's items until it is drawn (page numbers need the whole layout), so an
/// item is kept small: the common ones (text lines, tags) are stored inline, the larger, rarer shapes
/// (fills, rules, paths, links) in a box of their own. 32 bytes an item instead of 104 (a test keeps it so).
package enum FrameItem: Hashable, Sendable {
    /// One line of shaped text, its baseline starting at `origin`.
    case text(TextLine)
    /// A filled rectangle.
    indirect case fill(Rect, Color)
    /// A straight stroke.
    indirect case rule(from: Point, to: Point, width: Points, color: Color)
    /// A vector path (chart lines, markers), filled and/or stroked.
    indirect case path(PathShape, fill: Color?, stroke: Stroke?)
    /// A picture drawn into `rect` (its whole extent), cut to `clip` when it is cropped (`fit: cover`).
    indirect case image(ImagePlacement)
    /// Items in a coordinate system of their own (a turned label), placed by the group's transform.
    indirect case group(FrameGroup)
    /// Opens a structure element of the tagged PDF, closed by a matching `endTag`: on the same page, except
    /// for an element broken by pages (a long table), which stays open from its first page to its last.
    case beginTag(StructureTag)
    /// Closes the innermost open structure element.
    case endTag

    /// The same item moved by `dx`, `dy`.
    package func offsetBy(dx: Points, dy: Points) -> FrameItem {
        switch self {
        case .text(var line):
            line.origin = Point(x: line.origin.x + dx, y: line.origin.y + dy)
            return .text(line)
        case .fill(let r, let c): return .fill(r.offsetBy(dx: dx, dy: dy), c)
        case .rule(let a, let b, let w, let c):
            return .rule(from: Point(x: a.x + dx, y: a.y + dy), to: Point(x: b.x + dx, y: b.y + dy), width: w, color: c)
        case .path(let p, let f, let s): return .path(p.offsetBy(dx: dx, dy: dy), fill: f, stroke: s)
        case .image(let p):
            return .image(ImagePlacement(image: p.image, rect: p.rect.offsetBy(dx: dx, dy: dy), clip: p.clip?.offsetBy(dx: dx, dy: dy)))
        case .group(let g): return .group(g.offsetBy(dx: dx, dy: dy))
        case .beginTag(.link(let t, let r, let contents)): return .beginTag(.link(t, area: r.offsetBy(dx: dx, dy: dy), contents: contents))
        case .beginTag, .endTag: return self
        }
    }
}

/// Where a picture goes: the renderer scales the image to `rect` and shows only what lies in `clip`.
package struct ImagePlacement: Hashable, Sendable {
    package var image: ImageAsset
    package var rect: Rect
    package var clip: Rect?
    package init(image: ImageAsset, rect: Rect, clip: Rect? = nil) { self.image = image; self.rect = rect; self.clip = clip }
    /// What shows on the page.
    package var visible: Rect { clip ?? rect }
}

/// A line of shaped text placed on a page, or one piece of it (see `LinePiece`): its glyph runs and metrics
/// as values, so a renderer draws it without the engine that shaped it.
package struct TextLine: Hashable, Sendable {
    /// The line: metrics, characters and glyph runs.
    package var metrics: ShapedLine
    /// Left end of the baseline.
    package var origin: Point
    /// Which of the line's pieces is drawn; -1: the whole line.
    private var storedPiece: Int16 = -1

    /// The index, among the line's `pieces`, of the only piece drawn; nil: the whole line.
    package var piece: Int? {
        get { storedPiece < 0 ? nil : Int(storedPiece) }
        set { storedPiece = newValue.map { Int16(clamping: $0) } ?? -1 }
    }
    package init(_ line: ShapedLine, origin: Point, piece: Int? = nil) {
        self.metrics = line; self.origin = origin
        self.piece = piece
    }
    /// Line `index` of `shaped`.
    package init(shaped: ShapedText, index: Int, origin: Point, piece: Int? = nil) {
        self.init(shaped.lines.indices.contains(index) ? shaped.lines[index] : ShapedLine(width: 0, ascent: 0, descent: 0, text: ""),
                  origin: origin, piece: piece)
    }
    /// The piece drawn, when only one is.
    package var drawnPiece: LinePiece? {
        guard let piece else { return nil }
        let pieces = metrics.pieces
        return pieces.indices.contains(piece) ? pieces[piece] : nil
    }
    /// The characters drawn: the piece's, or the whole line's.
    package var text: String { drawnPiece?.text ?? metrics.text }
    /// The glyph runs drawn: the piece's, or the whole line's.
    package var runs: ArraySlice<GlyphRun> { metrics.runs(ofPiece: piece) }
}

/// Where a link goes.
package enum LinkTarget: Hashable, Sendable {
    /// An external URL.
    case url(String)
    /// A position in this document (page index from 0, y from the top).
    case page(index: Int, y: Points)
    /// The note of footnote N on the page where its mark lands: layout turns it into `page` once the
    /// note is placed; a renderer never sees it.
    case footnote(Int)
}

/// Structure elements of a tagged PDF (the names PDF readers and screen readers know), and artifacts:
/// what is drawn but is not content (running lines, rules, a repeated table header), which a screen reader
/// skips. PDF/UA wants every drawing operator in one or the other.
package enum StructureTag: Hashable, Sendable {
    case heading(level: Int)
    /// A paragraph; `language` when it is in another language than the document (its `/Lang`).
    case paragraph(language: String? = nil)
    /// A quotation; `language` as for a paragraph.
    case blockQuote(language: String? = nil)
    /// Inline text in another language than the element around it (a `Span` with `/Lang`).
    case span(language: String)
    case caption
    case table
    case tableHead
    case tableBody
    case tableFoot
    case tableRow
    case tableHeaderCell(HeaderScope)
    case tableCell
    case figure(alt: String)
    case tableOfContents
    case tableOfContentsItem
    case division
    /// A footnote at the foot of a page.
    case note
    /// A link whose element holds the text drawn inside it; `area` is the clickable rectangle and
    /// `contents` the annotation's description for screen readers.
    indirect case link(LinkTarget, area: Rect, contents: String)
    /// Not content: drawn, but not part of the structure tree (inner tags are ignored).
    case artifact(ArtifactKind)

    /// The PDF structure type name (for an artifact, the marked-content tag).
    package var pdfName: String {
        switch self {
        case .heading(let level): return "H\(max(1, min(6, level)))"
        case .paragraph: return "P"
        case .blockQuote: return "BlockQuote"
        case .span: return "Span"
        case .caption: return "Caption"
        case .table: return "Table"
        case .tableHead: return "THead"
        case .tableBody: return "TBody"
        case .tableFoot: return "TFoot"
        case .tableRow: return "TR"
        case .tableHeaderCell: return "TH"
        case .tableCell: return "TD"
        case .figure: return "Figure"
        case .tableOfContents: return "TOC"
        case .tableOfContentsItem: return "TOCI"
        case .division: return "Div"
        case .note: return "Note"
        case .link: return "Link"
        case .artifact: return "Artifact"
        }
    }

    /// The element's own language (PDF `/Lang`), when it has one other than the document's.
    package var language: String? {
        switch self {
        case .paragraph(let language), .blockQuote(let language): return language
        case .span(let language): return language
        default: return nil
        }
    }

    /// Whether one element may span the pages an element breaks over (containers of rows: a table, the
    /// contents list). Others are closed at the page end and a new one opened on the next page: Cairo 1.16
    /// marks a leaf element's content only on the page where the element began (the PDF's update joins them
    /// again, see `PageFrame.continuation`).
    package var continuesAcrossPages: Bool {
        switch self {
        case .table, .tableOfContents: return true
        default: return false
        }
    }

    /// Whether text drawn directly inside it (beside child elements) is content: true for the elements
    /// that hold text, false for pure containers (tables, rows, the contents list).
    package var holdsText: Bool {
        switch self {
        case .table, .tableHead, .tableBody, .tableFoot, .tableRow, .tableOfContents, .artifact: return false
        default: return true
        }
    }
}

/// Which cells a table header cell heads (PDF `/Scope`).
package enum HeaderScope: String, Hashable, Sendable {
    /// A column header (the header row).
    case column = "Column"
    /// A row header (the key column's cell in a body row).
    case row = "Row"
}

/// What kind of artifact (PDF `/Type` of an `/Artifact` sequence).
package enum ArtifactKind: String, Hashable, Sendable, CaseIterable {
    /// Page furniture repeated by pagination: running header and footer, a table header repeated after a break.
    case pagination = "Pagination"
    /// Layout decoration: rules, fills, the cover's detail.
    case layout = "Layout"
}

/// How a line is drawn.
package struct Stroke: Hashable, Sendable {
    package var width: Points
    package var color: Color
    /// Dash pattern (on, off, …) in points; empty for solid.
    package var dash: [Points]
    package init(width: Points, color: Color, dash: [Points] = []) { self.width = width; self.color = color; self.dash = dash }
}

/// A path of straight and curved segments.
package struct PathShape: Hashable, Sendable {
    package enum Element: Hashable, Sendable {
        case move(Point)
        case line(Point)
        case curve(Point, Point, Point)
        case close
    }
    package var elements: [Element]
    package init(_ elements: [Element] = []) { self.elements = elements }

    /// An open polyline through `points`.
    package static func polyline(_ points: [Point]) -> PathShape {
        PathShape(points.enumerated().map { $0.offset == 0 ? .move($0.element) : .line($0.element) })
    }

    /// A closed polygon.
    package static func polygon(_ points: [Point]) -> PathShape {
        var p = polyline(points)
        p.elements.append(.close)
        return p
    }

    /// A circle made of four Bézier arcs.
    package static func circle(center c: Point, radius r: Points) -> PathShape {
        let k = 0.5522847498 * r
        return PathShape([
            .move(Point(x: c.x + r, y: c.y)),
            .curve(Point(x: c.x + r, y: c.y + k), Point(x: c.x + k, y: c.y + r), Point(x: c.x, y: c.y + r)),
            .curve(Point(x: c.x - k, y: c.y + r), Point(x: c.x - r, y: c.y + k), Point(x: c.x - r, y: c.y)),
            .curve(Point(x: c.x - r, y: c.y - k), Point(x: c.x - k, y: c.y - r), Point(x: c.x, y: c.y - r)),
            .curve(Point(x: c.x + k, y: c.y - r), Point(x: c.x + r, y: c.y - k), Point(x: c.x + r, y: c.y)),
            .close,
        ])
    }

    /// The same path moved.
    package func offsetBy(dx: Points, dy: Points) -> PathShape {
        func m(_ p: Point) -> Point { Point(x: p.x + dx, y: p.y + dy) }
        return PathShape(elements.map { e in
            switch e {
            case .move(let p): return .move(m(p))
            case .line(let p): return .line(m(p))
            case .curve(let a, let b, let c): return .curve(m(a), m(b), m(c))
            case .close: return .close
            }
        })
    }
}
