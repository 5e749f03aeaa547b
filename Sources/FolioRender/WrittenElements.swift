/// What the PDF's update (see `PDFIncrementalUpdate`) needs to know about the structure elements drawn,
/// beyond what Cairo 1.16 writes: the language of those that have their own (a paragraph, a quotation or a
/// span in another language than the document), and which element continues which on a later page (a
/// paragraph broken by a page, drawn as two elements: Cairo marks a leaf element's content only on the page
/// where it began).
///
/// Elements are named by structure type and rank (from 0, among the document's elements of that type, in
/// the order they were begun): Cairo writes the elements of a type in that same order, so the update finds
/// each by its type and rank. Only the elements with something to add are kept: a long report has tens of
/// thousands of paragraphs, nearly all in the document's language and on one page.
struct WrittenElements {
    /// How many elements of each type had been begun by the end of the pages these cover (from the document's start).
    private(set) var counts: [String: Int] = [:]
    /// Elements with a language: type, rank, language.
    private(set) var languages: [(type: String, rank: Int, language: String)] = []
    /// Elements continued on a later page: type, the rank of the element continued, the rank of its continuation.
    private(set) var continuations: [(type: String, first: Int, next: Int)] = []

    /// Notes the next element of `type` begun, in `language` (nil: the document's); returns its rank.
    @discardableResult
    mutating func begin(_ type: String, language: String?) -> Int {
        let rank = counts[type, default: 0]
        counts[type] = rank + 1
        if let language { languages.append((type, rank, language)) }
        return rank
    }

    /// Notes that element `next` of `type` continues element `first` of that type.
    mutating func join(_ type: String, _ first: Int, _ next: Int) { continuations.append((type, first, next)) }

    /// What was noted after `earlier` (an earlier state of these): the same counts, the entries since.
    func added(since earlier: WrittenElements) -> WrittenElements {
        var result = self
        result.languages = Array(languages.dropFirst(earlier.languages.count))
        result.continuations = Array(continuations.dropFirst(earlier.continuations.count))
        return result
    }

    /// Appends what was noted after these (the next page's; its counts include these).
    mutating func append(_ other: WrittenElements) {
        counts.merge(other.counts) { max($0, $1) }
        languages += other.languages
        continuations += other.continuations
    }
}
