import FolioLayout

/// The languages of the structure elements that have one of their own (a paragraph, a quotation or a span
/// in another language than the document), counted by structure type in the order they are drawn: Cairo
/// 1.16 writes no `/Lang` on elements, and writes the elements of a type in that same order, so the PDF's
/// update (see `PDFIncrementalUpdate`) finds each element by its type and number.
///
/// Only the elements with a language are kept, with their rank among the elements of their type: a long
/// report has tens of thousands of paragraphs, nearly all in the document's language.
struct ElementLanguages {
    /// The structure types whose elements may carry a language (every element of these types is counted).
    static let types: Set<String> = ["P", "BlockQuote", "Span"]

    /// How many elements of each type were noted.
    private(set) var counts: [String: Int] = [:]
    /// Those with a language: type, rank among the elements of its type (from 0), language.
    private(set) var tagged: [(type: String, rank: Int, language: String)] = []

    /// Notes the next element of `type`, in `language` (nil: the document's).
    mutating func note(_ type: String, _ language: String?) {
        let rank = counts[type, default: 0]
        counts[type] = rank + 1
        if let language { tagged.append((type, rank, language)) }
    }

    /// Appends the elements noted after these (the next page's), their ranks continuing these counts.
    mutating func append(_ other: ElementLanguages) {
        for entry in other.tagged { tagged.append((entry.type, counts[entry.type, default: 0] + entry.rank, entry.language)) }
        for (type, count) in other.counts { counts[type, default: 0] += count }
    }
}
