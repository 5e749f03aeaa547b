import FolioCairo
import FolioLayout
import FolioModel

/// Draws a page's items on any canvas: one `switch` over item kinds, the same for PDF, PNG and SVG.
///
/// Tagged (PDF), it also makes sure every drawing operator ends up inside marked content or an artifact, as
/// PDF/UA asks. Cairo 1.16 marks content only inside *leaf* structure elements (those without child
/// elements, links included); what is drawn directly in an element that has children is left unmarked. So
/// such items are wrapped here: text in an element that holds text (a paragraph with a link, a contents
/// entry) in a `Span`, everything else (rules, fills, text directly in a table or at page level) in a
/// layout artifact. Layout marks the rest itself (`.artifact(.pagination)` for running lines).
///
/// One drawer draws a whole document's pages in order: an element broken by pages (a long table) stays open
/// from one page to the next, and `finish()` closes whatever is still open.
final class FrameDrawer {
    let canvas: CairoCanvas
    /// Whether structure tags and links are written (PDF only).
    let tagged: Bool
    /// Elements open at the end of the last page drawn.
    private var open: [Open] = []

    init(canvas: CairoCanvas, tagged: Bool) { self.canvas = canvas; self.tagged = tagged }

    /// What the page's structure needs after Cairo (see `PDFIncrementalUpdate`), in the order Cairo writes
    /// the elements: figures' alternative texts, header cells' scopes, links' descriptions, elements' languages
    /// and continuations.
    struct Written {
        var alternates: [String] = []
        var scopes: [HeaderScope] = []
        var linkContents: [String] = []
        var elements = WrittenElements()
        /// The pictures placed on each page as one XObject each (see `pictureCount`), in the order drawn: the
        /// rank of the figure each is the content of (among the document's figures), nil for one that is not.
        var pictures: [[Int?]] = []
        mutating func append(_ other: Written) {
            alternates += other.alternates; scopes += other.scopes; linkContents += other.linkContents
            elements.append(other.elements)
            pictures += other.pictures
        }
    }

    /// Every element begun so far, counted by type across pages (see `WrittenElements`).
    private var elements = WrittenElements()
    /// The rank of the last element of each type begun outside any other (an element a page can continue).
    private var lastTopLevel: [String: Int] = [:]

    private enum Open {
        case tag(StructureTag, leaf: Bool)
        case artifact(ArtifactKind)
        /// Inside an artifact: not written.
        case ignored
    }

    private enum Wrapper: Equatable { case span, artifact }

    /// The element text in an element with children is drawn in (Cairo marks only leaves' content).
    private static let wrapperSpan = "Span"

    /// The wrapper open around the items drawn last (closed before any tag, and at the page's end).
    private var wrapper: Wrapper? = nil
    /// The rank of the figure open, if one is.
    private var figure: Int? = nil

    @discardableResult
    func draw(_ page: PageFrame) -> Written {
        let items = page.items
        guard tagged else {
            for item in items { paint(item) }
            return Written()
        }
        var written = Written()
        // Only what this page adds is reported for it, ranks counted from the document's start.
        let before = elements
        var continuation = page.continuation
        let leaves = Self.leafTags(items)
        var pictures: [Int?] = []
        for (i, item) in items.enumerated() {
            let inArtifact = open.contains { if case .tag = $0 { return false } else { return true } }
            switch item {
            case .text, .fill, .rule, .path, .image, .group:
                if !inArtifact { wrap(item) }
                pictures += Array(repeating: inArtifact ? nil : figure, count: pictureCount(item))
                paint(item)
            case .beginTag(let tag):
                closeWrapper()
                if inArtifact { open.append(.ignored); continue }
                begin(tag, leaf: leaves.contains(i), continuation: &continuation, written: &written)
            case .endTag:
                closeWrapper()
                guard let last = open.popLast() else { continue }
                end(last)
            }
        }
        // Wrappers and artifacts never cross a page (marked content cannot); elements broken by pages do.
        closeWrapper()
        if !open.allSatisfy(Self.spansPages) { finish() }
        written.elements = elements.added(since: before)
        written.pictures = [pictures]
        return written
    }

    /// How many pictures `item` paints as one XObject each (in a frame group or not): a raster one (PNG,
    /// JPEG) always, a vector one when the canvas paints it as a group (see `CairoCanvas.groupsVectorPictures`).
    private func pictureCount(_ item: FrameItem) -> Int {
        switch item {
        case .image(let placement): return placement.image.format.isRaster || canvas.groupsVectorPictures ? 1 : 0
        case .group(let group): return group.items.reduce(0) { $0 + pictureCount($1) }
        default: return 0
        }
    }

    /// Opens the wrapper `item` needs where it is drawn, closing another: none in a leaf element, a `Span`
    /// for text in an element that holds text, a layout artifact for anything else.
    private func wrap(_ item: FrameItem) {
        var needed: Wrapper? = .artifact
        if case .tag(let tag, let leaf)? = open.last {
            if leaf { needed = nil } else if Self.drawsText(item), tag.holdsText { needed = .span }
        }
        guard needed != wrapper else { return }
        closeWrapper()
        if needed == .span {
            canvas.beginTag(Self.wrapperSpan)
            elements.begin(Self.wrapperSpan, language: nil)
        } else if needed == .artifact { canvas.beginArtifact(.layout) }
        wrapper = needed
    }

    /// Whether `item` is text, or a group holding text (a turned label).
    private static func drawsText(_ item: FrameItem) -> Bool {
        switch item {
        case .text: return true
        case .group(let group): return group.items.contains(where: drawsText)
        default: return false
        }
    }

    private func closeWrapper() {
        switch wrapper {
        case .span: canvas.endTag(Self.wrapperSpan)
        case .artifact: canvas.endArtifact(.layout)
        case nil: break
        }
        wrapper = nil
    }

    /// Begins `tag`, noting in `written` what its element needs after Cairo. The page's first element
    /// outside any other may continue the last of its type on an earlier page (`continuation`, then cleared).
    private func begin(_ tag: StructureTag, leaf: Bool, continuation: inout Bool, written: inout Written) {
        switch tag {
        case .artifact(let kind):
            canvas.beginArtifact(kind)
            open.append(.artifact(kind))
            return
        case .link(let target, let area, let contents):
            canvas.beginLink(area, target)
            written.linkContents.append(contents.isEmpty ? Self.description(of: target) : contents)
            elements.begin(tag.pdfName, language: nil)
        case .figure(let alt):
            canvas.beginTag(tag.pdfName)
            written.alternates.append(alt)
            figure = elements.begin(tag.pdfName, language: nil)
        case .tableHeaderCell(let scope):
            canvas.beginTag(tag.pdfName)
            written.scopes.append(scope)
            elements.begin(tag.pdfName, language: nil)
        default:
            let rank = elements.begin(tag.pdfName, language: tag.language)
            canvas.beginTag(tag.pdfName)
            if open.isEmpty {
                if continuation, let first = lastTopLevel[tag.pdfName] { elements.join(tag.pdfName, first, rank) }
                continuation = false
                lastTopLevel[tag.pdfName] = rank
            }
        }
        open.append(.tag(tag, leaf: leaf))
    }

    /// Closes every element still open (before the Document element closes): a mismatch would silently
    /// untag the whole file.
    func finish() {
        while let last = open.popLast() { end(last) }
    }

    private static func spansPages(_ open: Open) -> Bool {
        if case .tag(let tag, _) = open { return tag.continuesAcrossPages }
        return false
    }

    private func end(_ open: Open) {
        switch open {
        case .tag(.link, _): canvas.endLink()
        case .tag(let tag, _):
            canvas.endTag(tag.pdfName)
            if case .figure = tag { figure = nil }
        case .artifact(let kind): canvas.endArtifact(kind)
        case .ignored: break
        }
    }

    private func paint(_ item: FrameItem) {
        switch item {
        case .text(let line): canvas.draw(line)
        case .fill(let rect, let color): canvas.fill(rect, color)
        case .rule(let a, let b, let width, let color): canvas.line(from: a, to: b, width: width, color: color)
        case .path(let path, let fill, let stroke): canvas.draw(path, fill: fill, stroke: stroke)
        case .image(let placement): canvas.draw(placement)
        case .group(let group):
            let t = group.transform
            canvas.transformed(origin: t.origin, rotation: t.rotation, scaleX: t.scaleX, scaleY: t.scaleY) {
                for child in group.items { paint(child) }
            }
        case .beginTag, .endTag: break
        }
    }

    /// What a link's annotation says when layout gave no text: where it goes.
    static func description(of target: LinkTarget) -> String {
        switch target {
        case .url(let url): return url
        case .page(let index, _): return "Page \(index + 1)"
        case .footnote(let n): return "Footnote \(n)"
        }
    }

    /// Indices of the `beginTag` items whose elements have no child element (no tag inside, links included): the
    /// elements Cairo writes marked content for. Tags inside an artifact are not written and do not count.
    static func leafTags(_ items: [FrameItem]) -> Set<Int> {
        var leaves = Set<Int>()
        var stack: [(index: Int, hasChild: Bool, ignored: Bool)] = []
        for (i, item) in items.enumerated() {
            let ignoring = stack.contains { $0.ignored }
            switch item {
            case .beginTag(let tag):
                if !ignoring, !stack.isEmpty { stack[stack.count - 1].hasChild = true }
                var isArtifact = false
                if case .artifact = tag { isArtifact = true }
                stack.append((i, false, ignoring || isArtifact))
            case .endTag:
                if let top = stack.popLast(), !top.hasChild { leaves.insert(top.index) }
            default: break
            }
        }
        while let top = stack.popLast() { if !top.hasChild { leaves.insert(top.index) } }
        return leaves
    }
}
