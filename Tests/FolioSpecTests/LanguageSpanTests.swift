import Foundation
import FolioModel
@testable import FolioSpec
import FolioTestSupport
import Testing

/// Text in another language than the document: `[texte]{lang=fr-CA}` in a paragraph or quote, and a block's
/// `language:`. Each tag is checked where it was written.
@Suite("Spans and blocks in another language")
struct LanguageSpanTests {
    func read(_ content: String) throws -> [Block] {
        try SpecReader().read(yaml: "document: {title: T, date: 2024-03-31, language: en-CA}\ncontent:\n" + content, path: "spec.yaml").report.blocks
    }

    func paragraph(_ content: String) throws -> Paragraph {
        let block = try read(content).first
        guard case .paragraph(let p)? = block else { Issue.record("not a paragraph: \(String(describing: block))"); return Paragraph(text: RichText([])) }
        return p
    }

    func diagnostics(_ content: String) throws -> [Diagnostic] {
        try TestSupport.specDiagnostics("document: {title: T, date: 2024-03-31}\ncontent:\n" + content, files: [:])
    }

    @Test func aBracketedSpanHasItsLanguage() throws {
        let p = try paragraph("  - paragraph: 'The motto: [je me *souviens*]{lang=fr-CA}, in French.'\n")
        #expect(p.text.plainText == "The motto: je me souviens, in French.")
        #expect(p.text.spans.map(\.language) == [nil, "fr-CA", "fr-CA", nil])
        #expect(p.text.spans.first { $0.text == "souviens" }?.emphasis == true)
        #expect(p.language == nil)
    }

    @Test func aLinkInsideASpanIsInItsLanguageAndStillALink() throws {
        let p = try paragraph("  - paragraph: 'See [le [site](https://example.org) officiel]{lang=fr}.'\n")
        let site = try #require(p.text.spans.first { $0.text == "site" })
        #expect(site.link == "https://example.org" && site.language == "fr")
        #expect(p.text.spans.first { $0.text == " officiel" }?.language == "fr")
        #expect(p.text.spans.last?.language == nil)
    }

    /// Links, no-break spans and plain brackets read as they always did; `\]` or a bracket without
    /// `{lang=…}` after it is literal.
    @Test func otherMarkupIsUnchanged() throws {
        let p = try paragraph("  - paragraph: 'A [link](https://a.org), [[1-800 TIPS]], [plain] and \\[x]{lang=fr}.'\n")
        #expect(p.text.plainText == "A link, 1-800 TIPS, [plain] and [x]{lang=fr}.")
        #expect(p.text.spans.allSatisfy { $0.language == nil })
    }

    @Test func aFigureReferenceStillResolvesNextToASpan() throws {
        let dir = try TestSupport.temporaryDirectory()
        try TestSupport.write("metric,2023-24\nRESCUED,203\n", to: "data/d.csv", in: dir)
        let yaml = "document: {title: T, date: 2024-03-31}\ndata: {d: data/d.csv}\ncontent:\n"
            + "  - paragraph: '[{d[RESCUED][2023-24]} enfants]{lang=fr-CA} were rescued.'\n"
        let spec = try TestSupport.write(yaml, to: "spec.yaml", in: dir)
        guard case .paragraph(let p)? = try SpecReader().read(path: spec.path).report.blocks.first else { Issue.record("no paragraph"); return }
        #expect(p.text.spans.first?.text == "203 enfants" && p.text.spans.first?.language == "fr-CA")
    }

    @Test func aBlockLanguage() throws {
        let blocks = try read("  - paragraph: Entièrement en français.\n    language: fr-CA\n  - quote: Ensemble.\n    language: fr\n")
        guard case .paragraph(let p) = blocks[0], case .quote(let q) = blocks[1] else { Issue.record("\(blocks)"); return }
        #expect(p.language == "fr-CA" && q.language == "fr")
    }

    /// Unbalanced or nested brackets stay linear: 50,000 `[` before a span read in a fraction of a second.
    @Test func manyOpenBracketsBeforeASpanReadQuickly() throws {
        let text = String(repeating: "[", count: 50_000) + "[x]{lang=fr}"
        let start = Date()
        let p = try paragraph("  - paragraph: '\(text)'\n")
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(p.text.spans.last?.language == "fr")
    }

    @Test func anInvalidSpanLanguageIsAnErrorAtItsTag() throws {
        let d = try diagnostics("  - paragraph: 'Say [bonjour]{lang=fr_CA} now.'\n")
        let error = try #require(d.first)
        #expect(error.severity == .error)
        #expect(error.message == "expected a language tag such as `fr-CA`, found `fr_CA` in `{lang=…}`")
        // Line 3, the scalar's quote at column 16: `fr_CA` starts 19 characters into the text.
        #expect((error.location.line, error.location.column) == (3, 16 + 1 + 19))
    }

    @Test func anInvalidBlockLanguageIsAnErrorAtTheOption() throws {
        let d = try diagnostics("  - quote: Ensemble.\n    language: french canadian\n")
        let error = try #require(d.first)
        #expect(error.message == "expected a language tag such as `fr-CA`, found `french canadian`")
        #expect((error.location.line, error.location.column) == (4, 15))
    }

    @Test func languageTags() {
        for good in ["fr", "fr-CA", "zh-Hant-TW", "es-419", "de-DE-1996"] { #expect(LanguageTag.isValid(good), "\(good)") }
        for bad in ["", "f", "fr_CA", "fr--CA", "-fr", "fr-", "français", "fr CA", "abcdefghi"] { #expect(!LanguageTag.isValid(bad), "\(bad)") }
    }
}
