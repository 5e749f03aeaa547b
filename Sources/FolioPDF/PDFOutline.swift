/// A bookmark of the PDF's outline: its title, its depth (1 at the top) and the page (from 0) it goes to.
package struct PDFOutlineEntry: Equatable, Sendable, CustomStringConvertible {
    package var title: String
    /// Nil when its destination names no page of the file.
    package var page: Int?
    package var level: Int
    package var description: String { "\(level) \(title) p\(page.map { String($0 + 1) } ?? "?")" }
}

/// The outline read back, for `folio check --pdf` (the outline against the headings) and the tests alike.
extension PDFObjects {
    /// The bookmarks in order (depth first), each with the page its destination names.
    package func outline() -> [PDFOutlineEntry] {
        guard let catalog, let root = dictionary(catalog["/Outlines"]) else { return [] }
        let pages = Self.pageIndices(pageNumbers())
        var found: [PDFOutlineEntry] = []
        var seen = Set<Int>()
        func walk(_ first: PDFValue?, level: Int) {
            var node = first
            while let number = node?.reference, seen.insert(number).inserted, let item = dictionary(node) {
                found.append(PDFOutlineEntry(title: resolve(item["/Title"])?.text ?? "", page: destinationPage(item, catalog: catalog, pages: pages),
                                             level: level))
                walk(item["/First"], level: level + 1)
                node = item["/Next"]
            }
        }
        walk(root["/First"], level: 1)
        return found
    }

    /// The page (from 0) an outline item's `/Dest` (or its action's `/D`) names: an array, or a named
    /// destination (a string in `/Names /Dests`, or a name in the catalog's `/Dests`).
    func destinationPage(_ item: [String: PDFValue], catalog: [String: PDFValue], pages: [Int: Int]) -> Int? {
        var dest = resolve(item["/Dest"]) ?? resolve(dictionary(item["/A"])?["/D"])
        if let d = dest, d.stringBytes != nil || d.name != nil { dest = resolve(namedDestination(d, catalog: catalog)) }
        if let d = dest?["/D"] { dest = resolve(d) }
        guard let page = dest?.array?.first?.reference else { return nil }
        return pages[page]
    }

    /// What the destination `name` (a string or a name) stands for.
    package func namedDestination(_ name: PDFValue, catalog: [String: PDFValue]) -> PDFValue? {
        if let key = name.name { return dictionary(catalog["/Dests"])?[key] }
        func search(_ node: PDFValue?, depth: Int) -> PDFValue? {
            guard depth < 64, let d = dictionary(node) else { return nil }
            if let names = resolve(d["/Names"])?.array {
                for i in stride(from: 0, to: names.count - 1, by: 2) where resolve(names[i]) == name { return names[i + 1] }
            }
            for kid in resolve(d["/Kids"])?.array ?? [] { if let found = search(kid, depth: depth + 1) { return found } }
            return nil
        }
        if let found = search(dictionary(catalog["/Names"])?["/Dests"], depth: 0) { return found }
        return name.text.flatMap { dictionary(catalog["/Dests"])?["/" + $0] }
    }
}
