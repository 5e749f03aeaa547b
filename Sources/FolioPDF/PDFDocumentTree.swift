/// The document's trees read through `PDFObjects`, in their own order rather than the order objects lie in
/// the file (which differs between Cairo 1.16, Cairo 1.18 and a file qpdf rewrote): pages in page-tree order,
/// structure elements in document order (depth first), link annotations page by page.
extension PDFObjects {
    /// The catalog (`/Root`).
    package var catalog: [String: PDFValue]? { dictionary(trailer["/Root"]) }

    /// The page objects' numbers, in page order.
    package func pageNumbers() -> [Int] {
        var pages: [Int] = []
        var visited = Set<Int>()
        func walk(_ node: PDFValue?) {
            guard let number = node?.reference, visited.insert(number).inserted, let d = dictionary(node) else { return }
            if let kids = d["/Kids"]?.array { kids.forEach(walk) } else { pages.append(number) }
        }
        walk(catalog?["/Pages"])
        return pages
    }

    /// Each page object's index (from 0), by number: a lookup per element, not a search of the page list.
    package static func pageIndices(_ pages: [Int]) -> [Int: Int] {
        Dictionary(pages.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// A structure element: its object number, type (`/S`, with its slash) and dictionary.
    package struct StructureElement {
        package var number: Int
        package var type: String
        package var dictionary: [String: PDFValue]
    }

    /// Every structure element (an object with `/S`, reached from `/StructTreeRoot` through `/K`), in
    /// document order: an element before its children, children in order. That is the order in which
    /// Folio began them, whichever way the file stores them.
    package func structureElements() -> [StructureElement] {
        var found: [StructureElement] = []
        forEachStructureElement { found.append($0) }
        return found
    }

    /// The same elements, in the same order, handed to `body` one at a time and not kept: a 100,000-row
    /// table has half a million, and their dictionaries kept together took 300 MB.
    package func forEachStructureElement(_ body: (StructureElement) -> Void) {
        guard let root = dictionary(catalog?["/StructTreeRoot"]) else { return }
        var visited = Set<Int>()
        func walk(_ kid: PDFValue) {
            guard let number = kid.reference, visited.insert(number).inserted, let d = dictionary(kid),
                  let type = d["/S"]?.name else { return }
            body(StructureElement(number: number, type: type, dictionary: d))
            items(d["/K"]).forEach(walk)
        }
        items(root["/K"]).forEach(walk)
    }

    /// A `/K` value as a list: an array's items, or the single kid.
    package static func kids(_ value: PDFValue?) -> [PDFValue] {
        guard let value else { return [] }
        return value.array ?? [value]
    }

    /// A `/K` or `/Contents` value as a list, its items unresolved (references stay references): an array,
    /// written in place or as an object of its own, or the single item.
    package func items(_ value: PDFValue?) -> [PDFValue] {
        if let reference = value?.reference, let array = self.value(reference)?.array { return array }
        return Self.kids(value)
    }

    /// The link annotations' numbers, page by page, each page's in its `/Annots` order.
    package func linkAnnotations() -> [Int] {
        pageNumbers().flatMap { page -> [Int] in
            (resolve(value(page)?["/Annots"])?.array ?? []).compactMap { annot in
                dictionary(annot)?["/Subtype"]?.name == "/Link" ? annot.reference : nil
            }
        }
    }
}
