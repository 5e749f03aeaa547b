import Foundation
import Testing
import FolioTestSupport

/// A hyphenated report read back from its PDF: a word broken at a line end reads as its two halves with a
/// soft hyphen (U+00AD) between them, as PDF asks for a hyphen added by line breaking, and no unbroken word
/// carries one; the PDF still passes the PDF/UA checks. A language without a dictionary is a warning, once.
@Suite("Hyphenation in the PDF")
struct HyphenationPDFTests {
    static let prose = """
        Les organisations criminelles transnationales exploitent les chaînes d’approvisionnement ; les \
        enquêtes internationales démontrent l’importance des collaborations interprovinciales et des \
        communications confidentielles en 2023-24.
        """

    static func spec(language: String) -> String {
        """
        document: {title: Rapport, date: 2024-03-31, language: \(language)}
        theme: {hyphenation: true}
        content:
          - row:
              - paragraph: "\(prose)"
              - paragraph: "Texte."
              - paragraph: "Texte."
        """
    }

    @Test func brokenWordsReadAsTwoHalvesWithASoftHyphenAndNoOtherMarks() throws {
        let dir = try TestSupport.temporaryDirectory()
        let spec = try TestSupport.write(Self.spec(language: "fr-CA"), to: "rapport.yaml", in: dir).path
        let out = dir.appendingPathComponent("out")
        let build = try TestSupport.folioBuild(spec, output: out)
        #expect(build.status == 0, "\(build.stderr)")
        let pdf = out.appendingPathComponent("rapport.pdf")
        let text = try TestSupport.run("pdftotext", ["-raw", "-enc", "UTF-8", pdf.path, "-"]).stdout
        let lines = text.split(separator: "\n").map(String.init)
        let soft: Character = "\u{00AD}"
        let broken = lines.filter { $0.last == soft }
        #expect(!broken.isEmpty, "no line ends with a soft hyphen: \(lines)")
        #expect(lines.allSatisfy { !$0.dropLast().contains(soft) }, "a soft hyphen inside a line: \(lines)")
        // Joined where they broke, the lines give the text back word for word.
        let joined = text.replacingOccurrences(of: "\u{00AD}\n", with: "").replacingOccurrences(of: "\n", with: " ")
        #expect(joined.contains(Self.prose), "\(joined)")
        let checks = try TestSupport.run(TestSupport.folio, ["check", "--pdf", pdf.path])
        #expect(checks.status == 0, "\(checks.stdout)\(checks.stderr)")
    }

    @Test func aLanguageWithoutADictionaryIsOneWarningAtTheSetting() throws {
        let dir = try TestSupport.temporaryDirectory()
        let spec = try TestSupport.write(Self.spec(language: "xx-YY"), to: "rapport.yaml", in: dir).path
        let check = try TestSupport.run(TestSupport.folio, ["check", spec])
        #expect(check.status == 0, "a warning alone passes: \(check.stderr)")
        let warnings = check.stderr.split(separator: "\n").filter { $0.contains("no hyphenation dictionary for `xx-YY`") }
        #expect(warnings.count == 1, "\(check.stderr)")
        #expect(warnings.first?.hasPrefix("\(spec):2:22: warning: ") == true, "\(check.stderr)")
        let strict = try TestSupport.run(TestSupport.folio, ["build", spec, "--output", dir.appendingPathComponent("out").path, "--strict"])
        #expect(strict.status == 1, "\(strict.stderr)")
    }
}
