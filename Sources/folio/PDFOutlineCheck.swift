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

    /// The bookmarks in order (depth first), each with the page its destination names (see `PDFObjects.outline`).
    func outline() -> [Navigation] {
        pdf.outline().map { Navigation(title: Self.normalized($0.title), page: $0.page) }
    }

    /// The heading elements (H1 to H6) of `elements`, with their text and page.
    func headings(_ elements: [ElementText]) -> [Navigation] {
        elements.filter { e in
            e.type.count == 3 && e.type.hasPrefix("/H") && e.type.last.map { ("1"..."6").contains($0) } == true
        }.map { Navigation(title: Self.normalized($0.text), page: $0.page) }
    }

    /// Text compared as a reader hears it: runs of white space as one space, none at the ends, no soft hyphens.
    static func normalized(_ text: String) -> String {
        text.filter { $0 != "\u{00AD}" }.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
