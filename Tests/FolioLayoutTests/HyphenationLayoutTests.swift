@testable import FolioCairo
import FolioLayout
import FolioModel
import Testing

/// `theme: {hyphenation: true}` laid out through the real text engine: French text in a narrow column of a
/// row breaks words at their hyphenation points (and only there), never a figure; off, nothing is hyphenated.
@Suite("Hyphenation, laid out")
struct HyphenationLayoutTests {
    static let prose = """
        La gestion d’approvisionnement et l’administration du territoire sont essentielles à la sécurité \
        publique : en 2023-24, 5 334 163 $ et 1234567 véhicules. Les organisations criminelles \
        transnationales exploitent l’approvisionnement, https://www.alert-ab.ca/rapport-annuel et \
        info@alert-ab.ca ; les enquêtes internationales démontrent l’importance des collaborations \
        interprovinciales et des communications confidentielles.
        """

    static func spec(hyphenation: Bool?, language: String = "fr-CA") -> String {
        """
        document: {title: Rapport, date: 2024-03-31, language: \(language)}
        \(hyphenation.map { "theme: {hyphenation: \($0)}" } ?? "")
        content:
          - heading: Approvisionnement interprovincial
          - row:
              - paragraph: "\(prose)"
              - paragraph: "\(prose)"
              - figures: [{value: "5 334 163 $", label: approvisionnement, note: "approvisionnement interprovincial"}]
        """
    }

    /// The lines of the first paragraph of the row (the leftmost column), in order.
    static func columnLines(_ yaml: String) throws -> [String] {
        let (report, document) = try PageText.layout(yaml: yaml)
        let page = try #require(document.pages.first)
        let left = report.page.margins.left
        return PageText.lines(page).filter { $0.tags.contains(.paragraph()) && abs($0.x - left) < 0.5 && !$0.inHeading }.map(\.text)
    }

    /// The lines ending in a hyphen that Folio added: the halves joined make a word of the text, unhyphenated.
    static func hyphenatedBreaks(_ lines: [String]) -> [(head: String, word: String)] {
        zip(lines, lines.dropFirst()).compactMap { line, next in
            guard line.hasSuffix("-"), let last = line.split(separator: " ").last, let first = next.split(separator: " ").first else { return nil }
            let head = String(last.dropLast())
            let word = head + first
            return prose.contains(word) && !prose.contains(head + "-" + first) ? (head, word) : nil
        }
    }

    /// French prose in a span of an English report is hyphenated as French (the span's language), line for
    /// line as in a French report.
    @Test func aSpanInAnotherLanguageIsHyphenatedInItsLanguage() throws {
        let french = try Self.columnLines(Self.spec(hyphenation: true))
        let english = Self.spec(hyphenation: true, language: "en-CA")
            .replacingOccurrences(of: "paragraph: \"\(Self.prose)\"", with: "paragraph: \"[\(Self.prose)]{lang=fr-CA}\"")
        #expect(english.contains("{lang=fr-CA}"))
        let spanned = try Self.columnLines(english)
        #expect(!Self.hyphenatedBreaks(spanned).isEmpty)
        #expect(spanned == french)
    }

    @Test("on: a narrow French column breaks words where the French patterns allow, with a hyphen drawn")
    func onBreaksWordsCorrectly() throws {
        let lines = try Self.columnLines(Self.spec(hyphenation: true))
        let breaks = Self.hyphenatedBreaks(lines)
        #expect(!breaks.isEmpty, "no hyphenated line end in \(lines)")
        let hyphenator = try #require(Hyphenator(language: "fr-CA"))
        for (head, word) in breaks {
            // The break is one of the word's hyphenation points (the prefix before a soft hyphen).
            let letters = word.drop { !$0.isLetter }
            let points = hyphenator.hyphenate(String(letters)).split(separator: "\u{00AD}", omittingEmptySubsequences: false)
            let prefixes = points.indices.dropLast().map { points[...$0].joined() }
            #expect(prefixes.contains(String(head.drop { !$0.isLetter })), "`\(head)-` is not a hyphenation point of `\(word)`")
        }
        #expect(lines.allSatisfy { !$0.contains("\u{00AD}") }, "soft hyphens left in the line texts")
    }

    @Test("on: no line ends with a hyphen inside a figure")
    func neverInsideAFigure() throws {
        let lines = try Self.columnLines(Self.spec(hyphenation: true))
        for (line, next) in zip(lines, lines.dropFirst()) where line.hasSuffix("-") {
            let last = line.split(separator: " ").last.map(String.init) ?? ""
            #expect(!(last.contains(where: \.isNumber) && next.first?.isNumber == true), "`\(line)` / `\(next)` breaks a figure")
        }
        let text = lines.joined(separator: " ")
        for figure in ["2023-24", "1234567"] { #expect(text.contains(figure), "`\(figure)` broken in \(lines)") }
    }

    @Test("off (by default, and when set false): no word is hyphenated, and the lines are those of a theme without the key")
    func offHyphenatesNothing() throws {
        let standard = try Self.columnLines(Self.spec(hyphenation: nil))
        #expect(Self.hyphenatedBreaks(standard).isEmpty, "\(standard)")
        #expect(try Self.columnLines(Self.spec(hyphenation: false)) == standard)
        #expect(try Self.columnLines(Self.spec(hyphenation: true)) != standard)
    }

    @Test("headings and key-figure values are not hyphenated; the key figure's note is")
    func onlyProse() throws {
        let (report, _) = try PageText.layout(yaml: Self.spec(hyphenation: true))
        #expect(report.theme.hyphenation == "fr-CA")
        #expect(!report.theme.style(StyleName.heading1).hyphenate && !report.theme.style(StyleName.figureValue).hyphenate)
        #expect(!report.theme.style(StyleName.tableCell).hyphenate && !report.theme.style(StyleName.caption).hyphenate)
        for name in [StyleName.body, StyleName.lead, StyleName.quote, StyleName.callout, StyleName.sourceNote] {
            #expect(report.theme.style(name).hyphenate, "\(name)")
        }
    }

    @Test("the glyph check does not count soft hyphens as characters the font lacks")
    func softHyphensAreNotMissingGlyphs() throws {
        let font = TextStyle().font
        let marked = "ap\u{00AD}pro\u{00AD}vi\u{00AD}sion\u{00AD}ne\u{00AD}ment"
        #expect(TextEngine.missingCharacters(in: marked, font: font).isEmpty)
        #expect(TextEngine().fallbacks(in: marked, font: font).isEmpty)
    }

    @Test("a language without a dictionary lays out unhyphenated, as with hyphenation off")
    func noDictionary() throws {
        let on = try Self.columnLines(Self.spec(hyphenation: true, language: "xx-YY"))
        #expect(on == (try Self.columnLines(Self.spec(hyphenation: nil, language: "xx-YY"))))
    }
}
