import Foundation
import FolioTestSupport
import Testing

/// A span in another language is a `Span` element with `/Lang` holding exactly its words (its own marked
/// content, cut out of the line it is drawn in); a paragraph or quotation in another language has `/Lang` on
/// its own element. The file still passes qpdf, pdfua and the structure read-back.
@Suite("Language spans in the PDF")
struct LanguageSpanPDFTests {
    static let spec = """
        document: {title: Languages, date: 2024-03-31, language: en-CA}
        content:
          - heading: Languages
          - paragraph: "Quebec's motto reads [je me souviens]{lang=fr-CA}, and the *rest* of this line is English."
          - paragraph: "Ce paragraphe est entièrement en français, [with English]{lang=en-CA} inside."
            language: fr-CA
          - quote: "Ensemble, avec nos partenaires."
            language: fr-CA
            by: Someone
        """

    @Test func spansAndBlocksCarryTheirLanguage() throws {
        let (pdf, build, check) = try TestSupport.buildAndCheckPDF(yaml: Self.spec, named: "languages")
        #expect(build.status == 0, "\(build.stderr)")
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")

        let structure = try PDFStructure(pdf)
        let spans = structure.elements("Span").filter { $0.language != nil }
        #expect(spans.map(\.language) == ["fr-CA", "en-CA"])
        #expect(spans.first?.text == "je me souviens", "the span holds its words alone")
        #expect(spans.last?.text == "with English")
        let paragraphs = structure.elements("P")
        #expect(paragraphs.map(\.language) == [nil, "fr-CA"])
        #expect(paragraphs.first?.text.hasPrefix("Quebec's motto reads je me souviens, and the rest") == true, "\(paragraphs.first?.text ?? "")")
        #expect(structure.elements("BlockQuote").map(\.language) == ["fr-CA"])
        // The line still reads as one in the text layer.
        #expect(try Poppler.text(pdf).contains("Quebec's motto reads je me souviens, and the rest"))
    }
}
