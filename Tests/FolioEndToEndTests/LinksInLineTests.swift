import Foundation
import FolioTestSupport
import Testing

/// Every link annotation is in a Link element holding exactly its own text, also two links on one line and
/// a footnote mark: the line is drawn in pieces, each link's text inside its element (before, the first
/// link's element held the whole line and the second held nothing but its annotation).
@Suite("Links within a line")
struct LinksInLineTests {
    static let spec = """
        document: {title: Two links, date: 2024-03-31, language: en-CA}
        content:
          - heading: Links
          - paragraph: "See [one](https://example.org/a) and [two](https://example.org/b).^[A note.]"
        """

    func built() throws -> URL {
        let dir = try TestSupport.temporaryDirectory()
        let spec = try TestSupport.write(Self.spec, to: "links.yaml", in: dir)
        let out = dir.appendingPathComponent("out")
        let build = try TestSupport.folioBuild(spec.path, output: out)
        #expect(build.status == 0, "\(build.stderr)")
        return out.appendingPathComponent("links.pdf")
    }

    @Test func eachLinkHoldsItsTextAndItsAnnotation() throws {
        let pdf = try built()
        let check = try TestSupport.run(TestSupport.folio, ["check", "--pdf", pdf.path], currentDirectory: TestSupport.root)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")

        let structure = try PDFStructure(pdf)
        let links = structure.elements("Link")
        #expect(links.map(\.text) == ["one", "two", "1", "1"], "the two URLs, the footnote mark, the note's number")
        #expect(links.allSatisfy { $0.annotations.count == 1 }, "one annotation (OBJR) per Link element")
        let byReference = Dictionary(uniqueKeysWithValues: structure.annotations.map { ($0.reference, $0) })
        #expect(links.compactMap { $0.annotations.first.flatMap { byReference[$0]?.contents } }
                == ["https://example.org/a", "https://example.org/b", "Footnote 1", "Back to the text of note 1"])
        #expect(Set(links.flatMap(\.annotations)) == Set(structure.annotations.map(\.reference)), "every annotation is in a Link element")
        // The paragraph reads as written, its links in place.
        #expect(structure.elements("P").first?.text == "See one and two.1")
    }

    /// A Link element whose text is gone (its text operator blanked, the file otherwise sound) fails the check.
    @Test func aLinkWithoutTextFailsTheCheck() throws {
        let pdf = try built()
        let dir = pdf.deletingLastPathComponent()
        let editable = dir.appendingPathComponent("qdf.pdf"), broken = dir.appendingPathComponent("broken.pdf")
        #expect(try TestSupport.run("qpdf", ["--qdf", "--object-streams=disable", pdf.path, editable.path]).status == 0)
        var bytes = [UInt8](try Data(contentsOf: editable))
        let open = Array("/Link << /MCID".utf8), close = Array("EMC".utf8)
        let starts = bytes.indices.filter { bytes[$0...].starts(with: open) }
        let second = try #require(starts.dropFirst().first, "no second Link sequence")
        let end = try #require((second..<bytes.count).first { bytes[$0...].starts(with: close) })
        // Blank each line that shows text (ends in Tj or TJ) inside the sequence, keeping every offset.
        var lineStart = second
        for i in second..<end where bytes[i] == 0x0A {
            let line = bytes[lineStart..<i]
            if line.count >= 2, line.suffix(2).elementsEqual(Array("Tj".utf8)) || line.suffix(2).elementsEqual(Array("TJ".utf8)) {
                for k in lineStart..<i { bytes[k] = 0x20 }
            }
            lineStart = i + 1
        }
        try Data(bytes).write(to: editable)
        #expect(try TestSupport.run("qpdf", [editable.path, broken.path]).status == 0)
        let check = try TestSupport.run(TestSupport.folio, ["check", "--pdf", broken.path], currentDirectory: TestSupport.root)
        #expect(check.status == 1)
        #expect(check.stderr.contains("a Link element holds no text"), "\(check.stderr)")
    }
}
