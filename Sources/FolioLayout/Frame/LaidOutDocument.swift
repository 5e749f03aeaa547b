import FolioModel

/// One finished page: everything on it, positioned.
package struct PageFrame: Sendable {
    /// Paper size.
    package var size: Size
    /// Items in drawing order.
    package var items: [FrameItem]
    /// A cover page has no running header or footer.
    package var isCover: Bool
    /// A page opening a section with a band across its top has no running header (its footer stays).
    package var hasOpener = false
    /// Whether the first element the page opens continues the last element of its type on the page before
    /// (a paragraph broken by the page): drawn as two elements, which the PDF joins into one.
    package var continuation: Bool
    package init(size: Size, items: [FrameItem] = [], isCover: Bool = false, continuation: Bool = false) {
        self.size = size; self.items = items; self.isCover = isCover; self.continuation = continuation
    }
}

/// A bookmark in the PDF outline.
package struct OutlineEntry: Hashable, Sendable {
    /// Heading text as shown (with its number).
    package var title: String
    /// Nesting level, 1 for sections.
    package var level: Int
    /// Page index from 0.
    package var pageIndex: Int
    /// Top of the heading on that page.
    package var y: Points
    package init(title: String, level: Int, pageIndex: Int, y: Points) {
        self.title = title; self.level = level; self.pageIndex = pageIndex; self.y = y
    }
}

/// The result of layout: pages ready to draw, the outline, and the document's metadata.
package struct LaidOutDocument: Sendable {
    package var info: DocumentInfo
    package var pages: [PageFrame]
    package var outline: [OutlineEntry]
    package init(info: DocumentInfo, pages: [PageFrame], outline: [OutlineEntry]) {
        self.info = info; self.pages = pages; self.outline = outline
    }
}
