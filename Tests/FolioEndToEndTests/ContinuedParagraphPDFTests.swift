import Foundation
import FolioTestSupport
import Testing

/// A paragraph broken across pages is one P element in the PDF: its content on later pages is referenced
/// from it (marked-content references with their page), its link a child of it, and the file still passes
/// qpdf, pdfua and the read-back (every MCID named once, by the element that holds it).
@Suite("A paragraph broken across pages is one element")
struct ContinuedParagraphPDFTests {
    static let sentences = (0..<260).map { "Sentence \($0) runs on with some words to fill the page." }.joined(separator: " ")

    static let spec = """
        document: {title: Long, date: 2024-03-31, language: en-CA}
        content:
          - heading: Long
          - paragraph: "\(sentences) See [the site](https://example.org) here."
          - paragraph: "\(sentences)"
            language: fr-CA
          - box: [{paragraph: A short one in a box.}]
        """

    @Test func eachBrokenParagraphIsOneElement() throws {
        let (pdf, build, check) = try TestSupport.buildAndCheckPDF(yaml: Self.spec, named: "long")
        #expect(build.status == 0, "\(build.stderr)")
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")

        let structure = try PDFStructure(pdf)
        let paragraphs = structure.elements("P")
        #expect(paragraphs.count == 3, "\(paragraphs.map { String($0.text.prefix(40)) })")
        let normalized = { (s: String) in s.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        #expect(normalized(paragraphs[0].text) == Self.sentences + " See the site here.")
        #expect(normalized(paragraphs[1].text) == Self.sentences)
        #expect(paragraphs.map(\.language) == [nil, "fr-CA", nil])
        // The first spans pages 1 to 4 or so: its later pages' content is referenced with their page.
        let pages = try Poppler.pageTexts(pdf).count
        #expect(pages >= 5)
        #expect(paragraphs[0].children.contains { $0.type == "Link" && $0.text == "the site" })
        #expect(structure.roots.first?.children.map(\.type) == ["H1", "P", "P", "Div"])
    }
}
