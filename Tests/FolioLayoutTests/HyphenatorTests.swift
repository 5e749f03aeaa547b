@testable import FolioCairo
import Testing

/// The hyphenator marks words, and only words, at their dictionary's hyphenation points: French and English
/// patterns from libhyphen, never a figure, an address, an acronym or a short word.
@Suite("Hyphenator")
struct HyphenatorTests {
    static let soft = "\u{00AD}"

    /// The text with its soft hyphens shown as `=`.
    static func marks(_ text: String, _ language: String) throws -> String {
        let hyphenator = try #require(Hyphenator(language: language), "no dictionary for \(language)")
        return hyphenator.hyphenate(text).replacingOccurrences(of: soft, with: "=")
    }

    @Test("fr-CA: `approvisionnement` breaks as French does, accented words by their letters")
    func french() throws {
        #expect(try Self.marks("approvisionnement", "fr-CA") == "ap=pro=vi=sion=ne=ment")
        #expect(try Self.marks("métamorphose économique", "fr-CA") == "mé=ta=mor=phose éco=no=mique")
        // At least three letters after the last break: `sécu-rité`, never `sécuri-té`.
        #expect(try Self.marks("sécurité", "fr-CA") == "sé=cu=rité")
    }

    @Test("en-CA and en use the US English patterns")
    func english() throws {
        #expect(try Self.marks("organization investigations", "en-CA") == "or=ga=ni=za=tion in=ves=ti=ga=tions")
        #expect(try Self.marks("investigations", "en") == "in=ves=ti=ga=tions")
    }

    @Test("after an apostrophe, straight or curly, the word is hyphenated; the elided article stays whole")
    func apostrophes() throws {
        #expect(try Self.marks("d'approvisionnement", "fr-CA") == "d'ap=pro=vi=sion=ne=ment")
        #expect(try Self.marks("d’approvisionnement", "fr-CA") == "d’ap=pro=vi=sion=ne=ment")
        #expect(try Self.marks("l’administration", "fr-CA") == "l’ad=mi=nis=tra=tion")
    }

    @Test("figures are never broken: digits anywhere in a token leave it whole",
          arguments: ["1234567", "2023-24", "$5,334,163", "Q3", "5 334 163 $", "36,4 %", "COVID-19", "A1B2C3D4E5", "2e trimestre"])
    func figures(_ text: String) throws {
        let marked = try Self.marks(text, "fr-CA")
        #expect(marked.split(separator: " ").first == text.split(separator: " ").first, "\(marked)")
        #expect(!marked.split(separator: " ").contains { $0.contains("=") && $0.contains(where: \.isNumber) })
    }

    @Test("URLs and e-mail addresses are left whole")
    func addresses() throws {
        for address in ["https://www.alert-ab.ca/approvisionnement", "approvisionnement@alert-ab.ca", "www.approvisionnement.ca"] {
            #expect(try Self.marks(address, "fr-CA") == address)
        }
    }

    @Test("short words, words in capitals and words with a capital inside are left whole; a capital first is fine")
    func wordsLeftWhole() throws {
        #expect(try Self.marks("petit grand", "fr-CA") == "petit grand")
        #expect(try Self.marks("APPROVISIONNEMENT McApprovisionnement", "fr-CA") == "APPROVISIONNEMENT McApprovisionnement")
        #expect(try Self.marks("Approvisionnement", "fr-CA") == "Ap=pro=vi=sion=ne=ment")
    }

    @Test("an author's own soft hyphens are kept as they are, without more")
    func authorsSoftHyphens() throws {
        #expect(try Self.marks("approvision\(Self.soft)nement", "fr-CA") == "approvision=nement")
    }

    @Test("everything but the marks is kept: spaces, punctuation, line breaks; the same text twice gets the same marks")
    func onlyMarksAreAdded() throws {
        let text = "La gestion d’approvisionnement,\u{00A0}en 2023-24 :\nl’administration « territoriale »."
        let hyphenator = try #require(Hyphenator(language: "fr-CA"))
        let once = hyphenator.hyphenate(text)
        #expect(once.replacingOccurrences(of: Self.soft, with: "") == text)
        #expect(once.contains(Self.soft))
        #expect(hyphenator.hyphenate(text) == once)
    }

    @Test("dictionaries: the tag's region, then the language's usual one, then the language; none for unknown languages")
    func dictionaryLookup() {
        #expect(HyphenationDictionaries.path(for: "fr-CA")?.hasSuffix("hyph_fr_CA.dic") == true)
        #expect(HyphenationDictionaries.path(for: "en-CA")?.hasSuffix("hyph_en_US.dic") == true)
        #expect(HyphenationDictionaries.path(for: "en-Latn-US")?.hasSuffix("hyph_en_US.dic") == true)
        #expect(HyphenationDictionaries.path(for: "fr")?.hasSuffix("hyph_fr_FR.dic") == true)
        #expect(HyphenationDictionaries.path(for: "xx-YY") == nil)
        #expect(HyphenationDictionaries.path(for: "") == nil)
        #expect(Hyphenator(language: "xx") == nil)
    }
}
