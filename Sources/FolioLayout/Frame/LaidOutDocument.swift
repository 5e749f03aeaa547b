import FolioModel

/// One finished page: everything on it, positioned.
public struct PageFrame: Sendable {
    /// Paper size.
    public var size: Size
    /// Items in drawing order.
    public var items: [FrameItem]
    /// A cover page has no running header or footer.
    public var isCover: Bool
    /// A page opening a section with a band across its top has no running header (its footer stays).
    public var hasOpener = false
    /// Whether the first element the page opens continues the last element of its type on the page before
    /// (a paragraph broken by the page): drawn as two elements, which the PDF joins into one.
    public var continuation: Bool
    public init(size: Size, items: [FrameItem] = [], isCover: Bool = false, continuation: Bool = false) {
        self.size = size; self.items = items; self.isCover = isCover; self.continuation = continuation
    }
}

/// A bookmark in the PDF outline.
public struct OutlineEntry: Hashable, Sendable {
    /// Heading text as shown (with its number).
    public var title: String
    /// Nesting level, 1 for sections.
    public var level: Int
    /// Page index from 0.
    public var pageIndex: Int
    /// Top of the heading on that page.
    public var y: Points
    public init(title: String, level: Int, pageIndex: Int, y: Points) {
        self.title = title; self.level = level; self.pageIndex = pageIndex; self.y = y
    }
}

/// The result of layout: pages ready to draw, the outline, and the document's metadata.
public struct LaidOutDocument: Sendable {
    public var info: DocumentInfo
    public var pages: [PageFrame]
    public var outline: [OutlineEntry]
    public init(info: DocumentInfo, pages: [PageFrame], outline: [OutlineEntry]) {
        self.info = info; self.pages = pages; self.outline = outline
    }
}
