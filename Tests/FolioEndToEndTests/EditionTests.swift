import Foundation
import FolioSpec
import FolioTestSupport
import Testing

/// `editions:`: the English and French regional pages are made from one spec and one translations file;
/// the French edition states the same figures in French notation, and is tagged French.
@Suite("Editions")
struct EditionTests {
    static let spec = TestSupport.root.appendingPathComponent("ReportSpecs/alert-regional-2023-24.yaml").path

    /// The figures of a page's text, as numbers: French `2 451 800 $` and `20,4 %` read like `2,451,800` and `20.4`.
    static func figures(_ text: String, french: Bool) -> [String] {
        var normal = text.replacingOccurrences(of: "\u{202F}", with: "").replacingOccurrences(of: "\u{00A0}", with: "")
        if french {
            // Groups of three after a space are one number in French (`5 334 163`).
            while let r = normal.range(of: #"(\d) (\d{3})(?!\d)"#, options: .regularExpression) {
                normal.replaceSubrange(r, with: normal[r].replacingOccurrences(of: " ", with: ""))
            }
            normal = normal.replacingOccurrences(of: ",", with: ".")
        } else {
            normal = normal.replacingOccurrences(of: ",", with: "")
        }
        return normal.matches(of: /\d+(\.\d+)?/).map { String($0.output.0) }.filter { !["2023", "24", "1"].contains($0) }
    }

    @Test("the French edition carries the English edition's figures", arguments: ["calgary", "red-deer", "fort-mcmurray"])
    func sameFigures(location: String) throws {
        let output = TestSupport.root.appendingPathComponent("Output")
        let en = try TestSupport.pdfText(output.appendingPathComponent("alert-regional-2023-24-en-CA-\(location).pdf"))
        let fr = try TestSupport.pdfText(output.appendingPathComponent("alert-regional-2023-24-fr-CA-\(location).pdf"))
        #expect(Self.figures(en, french: false).sorted() == Self.figures(fr, french: true).sorted(), "\n\(en)\n\(fr)")
        #expect(fr.contains("accusations portées") && !fr.contains("charges laid"))
        #expect(fr.contains(" %") || fr.contains("\u{00A0}%"), "French percentages keep their space")
    }

    @Test func eachEditionIsTaggedWithItsLanguage() throws {
        for (language, file) in [("en-CA", "alert-regional-2023-24-en-CA-calgary.pdf"), ("fr-CA", "alert-regional-2023-24-fr-CA-calgary.pdf")] {
            let data = try Data(contentsOf: TestSupport.root.appendingPathComponent("Output/\(file)"))
            #expect(String(decoding: data, as: UTF8.self).contains("/Lang (\(language))"), "\(file) is not tagged \(language)")
        }
    }

    @Test func aTextWithoutItsTranslationIsAnErrorNamingIt() throws {
        let dir = try TestSupport.temporaryDirectory()
        try TestSupport.write("name,v\nA,1\n", to: "d.csv", in: dir)
        try TestSupport.write("\"Hello\": \"Bonjour\"\n", to: "translations/fr-CA.yaml", in: dir)
        let spec = """
        editions: [en-CA, fr-CA]
        document: {title: Hello, date: 2024-01-01, language: en-CA}
        data: {d: d.csv}
        content:
          - paragraph: Hello

        """
        var path = try TestSupport.write(spec, to: "s.yaml", in: dir).path
        let french = try SpecReader(edition: "fr-CA").read(path: path)
        #expect(french.report.info.title == "Bonjour" && french.report.info.language == "fr-CA")
        #expect(french.inputFiles.contains { $0.hasSuffix("translations/fr-CA.yaml") }, "the translations are an input of the build")
        path = try TestSupport.write(spec + "  - heading: A new heading\n", to: "s.yaml", in: dir).path
        _ = try SpecReader().read(path: path)
        let error = #expect(throws: SpecError.self) { _ = try SpecReader(edition: "fr-CA").read(path: path) }
        let d = try #require(error?.diagnostics.first)
        #expect(d.message == "no fr-CA translation for `A new heading`", "\(d)")
        #expect((d.location.line, d.location.column) == (6, 14))
        #expect(d.suggestion?.contains("translations/fr-CA.yaml") == true)
        let check = try TestSupport.run(TestSupport.folio, ["check", path])
        #expect(check.status == 1 && check.stderr.contains("no fr-CA translation for `A new heading`"), "`folio check` reads every edition: \(check.stderr)")
        let unknown = #expect(throws: SpecError.self) { _ = try SpecReader(edition: "de-DE").read(path: path) }
        #expect(unknown?.diagnostics.first?.message.contains("no edition `de-DE`") == true)
    }
}
