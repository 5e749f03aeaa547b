import Foundation
import FolioCairo
import FolioLayout
import FolioModel
import FolioSpec
import FolioTestSupport
import Testing

/// Footnotes: `^[…]` marks numbered through the document, each note at the foot of the page where its
/// mark lands (below the text, above the footer), a Note element, linked both ways with its mark.
@Suite("Footnotes")
struct FootnoteTests {
    static let spec = TestSupport.root.appendingPathComponent("Tests/FolioLayoutTests/Specs/footnotes.yaml").path

    /// Each page's marks (number, link target) and notes (number, top, back-link target).
    struct PageNotes {
        var marks: [(number: Int, target: LinkTarget, y: Points)] = []
        var notes: [(number: Int, top: Points, back: LinkTarget?)] = []
        var lowestText: Points = 0
    }

    static func notes(_ document: LaidOutDocument, report: Report) -> [PageNotes] {
        document.pages.map { page in
            var result = PageNotes()
            var open: [StructureTag] = []
            var noteNumber = 0
            for item in page.items {
                switch item {
                case .beginTag(let tag):
                    if tag == .note { noteNumber += 1 }
                    if case .link(let target, let area, _) = tag {
                        if open.last == .note {
                            if result.notes[result.notes.count - 1].back == nil { result.notes[result.notes.count - 1].back = target }
                        } else {
                            result.marks.append((0, target, area.y))
                        }
                    }
                    open.append(tag)
                    if tag == .note { result.notes.append((0, .infinity, nil)) }
                case .endTag: _ = open.popLast()
                case .text(let line):
                    if open.contains(.note) {
                        let i = result.notes.count - 1
                        result.notes[i].top = min(result.notes[i].top, line.origin.y - line.metrics.ascent)
                        if let n = Int(line.metrics.text), result.notes[i].number == 0 { result.notes[i].number = n }
                    } else if !open.contains(.artifact(.pagination)) {
                        result.lowestText = max(result.lowestText, line.origin.y + line.metrics.descent)
                    }
                default: break
                }
            }
            return result
        }
    }

    @Test func notesAreNumberedThroughTheDocumentAtTheFootOfTheirMarksPage() throws {
        let (report, document) = try PageText.layout(Self.spec)
        let pages = Self.notes(document, report: report)
        #expect(document.pages.count == 2)
        #expect(pages.flatMap { $0.notes.map(\.number) } == Array(1...9))
        #expect(pages[0].notes.count == 6 && pages[1].notes.count == 3, "the last paragraph's note and the table's go with their marks to page 2")
        for (index, page) in pages.enumerated() {
            #expect(page.marks.count == page.notes.count, "page \(index + 1): \(page.marks.count) marks, \(page.notes.count) notes")
            for mark in page.marks {
                guard case .page(let target, _) = mark.target else { Issue.record("a mark links to \(mark.target)"); continue }
                #expect(target == index, "a mark on page \(index + 1) links to page \(target + 1)")
            }
            // The notes sit below every line of text and inside the bottom margin.
            let bottom = report.page.size.height - report.page.margins.bottom
            #expect(page.notes.allSatisfy { $0.top > page.lowestText + 4 && $0.top < bottom })
        }
    }

    @Test func marksAndNotesLinkToEachOther() throws {
        let (report, document) = try PageText.layout(Self.spec)
        for (index, page) in Self.notes(document, report: report).enumerated() {
            let tops = page.notes.map(\.top).sorted()
            for mark in page.marks {
                guard case .page(_, let y) = mark.target else { continue }
                #expect(tops.contains { abs($0 - y) < 12 }, "page \(index + 1): a mark links to y \(y), notes at \(tops)")
            }
            for note in page.notes {
                guard case .page(let p, let y)? = note.back else { Issue.record("note \(note.number) has no link back"); continue }
                #expect(p == index && page.marks.contains { abs($0.y - y) < 0.5 }, "note \(note.number) links back to \(p), \(y)")
            }
        }
    }

    @Test func aMarkNeverStartsALine() throws {
        let (_, document) = try PageText.layout(Self.spec)
        let lines = document.pages.flatMap(PageText.lines).filter { !$0.tags.contains(.note) }
        #expect(!lines.contains { $0.text.first?.isNumber == true && $0.text.count <= 2 }, "a mark broke onto a line of its own")
        #expect(lines.contains { $0.text == "closed.4" }, "the row's narrow column breaks before `closed.4`, not inside it")
    }

    @Test func theMarkupIsReadWithLinksAndEscapes() throws {
        let yaml = """
        document: {title: Notes, date: 2026-01-01}
        content:
          - paragraph: "One.^[A note with [a link](https://example.org) and a \\\\] bracket.] Two \\\\^[not a note]."
          - paragraph: "Three.^[Second note.]"
        """
        let report = try SpecReader().read(yaml: yaml, path: "/tmp/notes.yaml").report
        guard case .paragraph(let first) = report.blocks[0], case .paragraph(let second) = report.blocks[1] else {
            Issue.record("not paragraphs"); return
        }
        #expect(first.footnotes.map(\.number) == [1] && second.footnotes.map(\.number) == [2])
        #expect(first.footnotes[0].text.spans.contains { $0.link == "https://example.org" })
        #expect(first.footnotes[0].text.plainText == "A note with a link and a ] bracket.")
        #expect(first.text.plainText == "One.1 Two ^[not a note].")
        #expect(first.text.spans.filter { $0.footnote != nil }.map(\.text) == ["1"])
    }

    @Test func aTableHeaderAndALabelCellCarryNotes() throws {
        let report = try SpecReader().read(path: Self.spec).report
        guard case .table(let table)? = report.blocks.last else { Issue.record("no table last"); return }
        #expect(table.columns[1].header == "2015" && table.columns[1].headerNotes.map(\.number) == [8])
        #expect(table.rows[2][0] == .text("Renewables") && table.columns[0].cellNotes[2]?.map(\.number) == [9])
        #expect(table.columns[0].cellNotes[2]?.first?.text.plainText == "Wind, hydro, biomass and solar.")
    }

    @Test func marksSideBySideAreToldApartByACommaAndNeverJoinTheFigures() throws {
        let (rich, notes) = try InlineMarkupProbe.parse("Total.^[One.]^[Two.]")
        #expect(notes == 2 && rich == "Total.1,2")
    }

    @Test func theFirstPageMatchesItsGolden() throws {
        try PageText.expectFirstPageGolden(Self.spec, named: "footnotes-page-1")
    }

    @Test func theBuiltPDFHasNoteElementsAndPassesThePDFUAChecks() throws {
        let pdf = try PageText.expectBuiltPDFPassesChecks(Self.spec)
        let page2 = try TestSupport.run("pdftotext", ["-f", "2", "-l", "2", pdf, "-"]).stdout
        #expect(page2.contains("7 This note belongs to the page where its mark falls"))
        let qdf = try TestSupport.run("qpdf", ["--qdf", "--object-streams=disable", pdf, "-"]).stdout
        #expect(qdf.components(separatedBy: "/S /Note").count - 1 == 9)
        #expect(page2.contains("8 Revised by the EIA in 2017.") && page2.contains("9 Wind, hydro, biomass and solar."))
    }
}

/// Reads inline markup the way a paragraph's is read, through a spec.
enum InlineMarkupProbe {
    static func parse(_ text: String) throws -> (String, Int) {
        let yaml = "document: {title: P, date: 2026-01-01}\ncontent:\n  - paragraph: \"\(text)\"\n"
        guard case .paragraph(let p)? = try SpecReader().read(yaml: yaml, path: "/tmp/p.yaml").report.blocks.first else { return ("", 0) }
        return (p.text.plainText, p.footnotes.count)
    }
}
