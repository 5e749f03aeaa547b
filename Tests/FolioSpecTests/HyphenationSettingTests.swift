import FolioModel
import FolioSpec
import FolioTestSupport
import Testing

/// `theme: {hyphenation: true}` and a style's `hyphenate:`: read into the theme in the document's language,
/// off by default, and a wrong value is an error at its line and column.
@Suite("Hyphenation setting")
struct HyphenationSettingTests {
    static func spec(_ theme: String, language: String = "fr-CA") -> String {
        """
        document: {title: Rapport, date: 2024-03-31, language: \(language)}
        theme:
          \(theme)
        content:
          - paragraph: Approvisionnement.
        """
    }

    static func read(_ yaml: String) throws -> LoadedSpec { try SpecReader().read(yaml: yaml, path: "/tmp/spec.yaml") }

    @Test func offByDefault() throws {
        let loaded = try Self.read(Self.spec("font: Inter"))
        #expect(loaded.report.theme.hyphenation == nil)
        #expect(loaded.hyphenationLocation == nil)
        #expect(Theme.standard.hyphenation == nil)
    }

    @Test("on: the document's language, with where the switch was written")
    func onInTheDocumentsLanguage() throws {
        let loaded = try Self.read(Self.spec("hyphenation: true"))
        #expect(loaded.report.theme.hyphenation == "fr-CA")
        #expect(loaded.hyphenationLocation?.line == 3)
        #expect(loaded.hyphenationLocation?.column == 16)
        #expect(try Self.read(Self.spec("hyphenation: true", language: "en-CA")).report.theme.hyphenation == "en-CA")
        #expect(try Self.read(Self.spec("hyphenation: false")).report.theme.hyphenation == nil)
    }

    @Test("a style's `hyphenate:` opts it in or out; new styles start from the body's")
    func styleField() throws {
        let loaded = try Self.read(Self.spec("{hyphenation: true, styles: {figure-label: {hyphenate: true}, body: {hyphenate: false}, note: {size: 8}}}"))
        let theme = loaded.report.theme
        #expect(theme.style(StyleName.figureLabel).hyphenate)
        #expect(!theme.style(StyleName.body).hyphenate)
        #expect(theme.style(StyleName.lead).hyphenate)
        #expect(theme.styles["note"]?.hyphenate == false, "made from the body style as the theme sets it before")
        let prose = try Self.read(Self.spec("{hyphenation: true, styles: {note: {size: 8}}}")).report.theme
        #expect(prose.styles["note"]?.hyphenate == true, "made from the standard body style")
    }

    @Test("a value that is not true or false is an error at the value", arguments: [
        ("hyphenation: maybe", 16, "expected true or false for `hyphenation`, found `maybe`"),
        ("hyphenation: [fr-CA]", 16, "true or false for `hyphenation`"),
        ("{styles: {body: {hyphenate: 2}}}", 31, "expected true or false for `hyphenate`, found `2`"),
    ])
    func wrongTypeIsLocated(_ theme: String, column: Int, message: String) throws {
        let d = try TestSupport.specDiagnostics(Self.spec(theme), files: [:])
        let error = try #require(d.first { $0.severity == .error }, "no error for `\(theme)`")
        #expect(error.message.contains(message), "\(error.message)")
        #expect((error.location.line, error.location.column) == (3, column))
    }

    @Test func misspelledKeySuggestsTheRightOne() throws {
        let d = try TestSupport.specDiagnostics(Self.spec("hyphenate: true"), files: [:])
        let unknown = try #require(d.first { $0.message.contains("unknown key `hyphenate`") })
        #expect(unknown.location.line == 3)
        #expect(unknown.suggestion == "did you mean `hyphenation`?")
    }
}
