import FolioLayout
import FolioModel
import FolioTestSupport
import Testing

/// A paragraph broken by a page is opened again on the next page, and that page says its first element
/// continues the last one of the page before (the PDF joins the two, see `PDFContinuations`).
@Suite("Elements continued on the next page")
struct ContinuationTests {
    @Test func aBrokenParagraphsSecondPageIsAContinuation() throws {
        let text = (0..<120).map { "Sentence \($0) runs on with some words to fill the page." }.joined(separator: " ")
        let (_, document) = try PageText.layout(yaml: """
            document: {title: Long, date: 2024-03-31}
            content:
              - heading: Long
              - paragraph: "\(text)"
              - paragraph: A short one after it.
            """)
        #expect(document.pages.count == 2)
        #expect(document.pages.map(\.continuation) == [false, true])
        let first = document.pages[1].items.first { if case .beginTag = $0 { return true } else { return false } }
        guard case .beginTag(.paragraph)? = first else { Issue.record("page 2 starts with \(String(describing: first))"); return }
    }
}
