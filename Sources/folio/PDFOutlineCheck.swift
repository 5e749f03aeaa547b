/// The outline and the headings agree (PDF/UA-1 asks for both to serve navigation; no checker here compares
/// them): the bookmarks, in order, have the same titles as the document's heading elements (H1 to H6), in
/// order, and go to the pages those headings are on. A heading's words are read from its marked content
/// through each font's `/ToUnicode` map (`PDFTextDecoder`), and a span's `/ActualText` in place of what it
/// draws (Cairo writes the space a line wrapped at that way).
extension PDFReadBack {
    /// A heading element or a bookmark: its text and the page (from 0) it is on or goes to.
    struct Navigation: Equatable {
        var title: String
        var page: Int?
    }

    /// The problem when the outline and the headings among `elements` differ (nil when they agree).
    func outlineProblem(_ elements: [ElementText]) -> String? {
        let marks = outline(), heads = headings(elements)
        guard marks != heads else { return nil }
        func show(_ n: Navigation) -> String { "`\(n.title)` (page \(n.page.map { String($0 + 1) } ?? "?"))" }
        let i = (0..<min(marks.count, heads.count)).first { marks[$0] != heads[$0] } ?? min(marks.count, heads.count)
        let mark = i < marks.count ? "bookmark \(i + 1) is " + show(marks[i]) : "there is no bookmark \(i + 1)"
        let head = i < heads.count ? "heading \(i + 1) is " + show(heads[i]) : "there is no heading \(i + 1)"
        return "the outline (\(marks.count) bookmarks) and the headings (\(heads.count)) differ: \(mark), \(head)"
    }

    /// The bookmarks in order (depth first), each with the page its destination names.
    func outline() -> [Navigation] {
        guard let catalog = dictionary(trailer["/Root"]), let root = dictionary(catalog["/Outlines"]) else { return [] }
        var found: [Navigation] = []
        var seen = Set<String>()
        func walk(_ first: Any?) {
            var node = first
            while let ref = node as? String, seen.insert(ref).inserted, let item = dictionary(ref) {
                found.append(Navigation(title: Self.normalized(Self.text(of: item["/Title"])), page: destinationPage(item, catalog: catalog)))
                walk(item["/First"])
                node = item["/Next"]
            }
        }
        walk(root["/First"])
        return found
    }

    /// The heading elements (H1 to H6) of `elements`, with their text and page.
    func headings(_ elements: [ElementText]) -> [Navigation] {
        elements.filter { e in
            e.type.count == 3 && e.type.hasPrefix("/H") && e.type.last.map { ("1"..."6").contains($0) } == true
        }.map { Navigation(title: Self.normalized($0.text), page: $0.page) }
    }

    /// The page (from 0) an outline item's `/Dest` (or its action's `/D`) names: an array or a named destination.
    private func destinationPage(_ item: [String: Any], catalog: [String: Any]) -> Int? {
        var dest = resolve(item["/Dest"]) ?? dictionary(item["/A"])?["/D"]
        if let name = dest as? String, !name.hasSuffix(" R") { dest = namedDestination(name, catalog: catalog) }
        if let d = dictionary(dest), let array = d["/D"] { dest = array }
        guard let array = resolve(dest) as? [Any], let page = array.first as? String else { return nil }
        return pages.firstIndex(of: page)
    }

    private func namedDestination(_ name: String, catalog: [String: Any]) -> Any? {
        func search(_ node: Any?) -> Any? {
            guard let d = dictionary(node) else { return nil }
            if let names = d["/Names"] as? [Any] {
                for i in stride(from: 0, to: names.count - 1, by: 2) where (names[i] as? String) == name { return names[i + 1] }
            }
            for kid in (d["/Kids"] as? [Any]) ?? [] { if let found = search(kid) { return found } }
            return nil
        }
        return search(dictionary(catalog["/Names"])?["/Dests"])
    }

    /// A string as qpdf's JSON writes it (`u:` text, `b:` hex bytes: UTF-16 with a byte-order mark, else
    /// PDFDocEncoding, read as Latin-1).
    static func text(of value: Any?) -> String {
        guard let value = value as? String else { return "" }
        if value.hasPrefix("u:") { return String(value.dropFirst(2)) }
        guard value.hasPrefix("b:") else { return value }
        let bytes = PDFTextDecoder.bytes(ofString: "<" + value.dropFirst(2) + ">")
        if bytes.starts(with: [0xFE, 0xFF]) {
            let units = stride(from: 2, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
            return String(decoding: units, as: UTF16.self)
        }
        return String(bytes.map { Character(Unicode.Scalar($0)) })
    }

    /// Text compared as a reader hears it: runs of white space as one space, none at the ends, no soft hyphens.
    static func normalized(_ text: String) -> String {
        text.filter { $0 != "\u{00AD}" }.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
