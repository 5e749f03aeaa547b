import Foundation
import FolioModel
import FolioSpec
import FolioTestSupport
import Testing

/// Input written to make a reader take forever stays bounded: alias and merge-key bombs are refused with a
/// located error, inline markup is read in linear time. Legal merges still read as YAML says.
@Suite("Hostile input")
struct HostileInputTests {
    /// A chart list whose last item merges ten copies of the one before, seven levels deep: ten million
    /// merged keys from a dozen lines.
    static let mergeBomb: String = {
        var lines = ["document: {title: Bomb, date: 2024-03-31}", "charts:", "  - &m0 {id: a, title: t, data: d}"]
        for level in 1...7 {
            let copies = Array(repeating: "*m\(level - 1)", count: 10).joined(separator: ", ")
            lines.append("  - &m\(level) {<<: [\(copies)]}")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test func aMergeKeyBombIsRefusedWhereItPassesTheLimit() throws {
        let error = #expect(throws: SpecError.self) { try SpecReader().read(yaml: Self.mergeBomb, path: "bomb.yaml") }
        let diagnostics = try #require(error?.diagnostics)
        #expect(diagnostics.count == 1)
        let d = try #require(diagnostics.first)
        #expect(d.message == "this document expands aliases to more than 100000 nodes")
        // m5 (about 730,000 nodes) is the first to pass the limit: at the list of aliases it merges.
        #expect(d.location == SourceLocation(file: "bomb.yaml", line: 8, column: 14))
    }

    @Test func aBillionLaughsOfPlainAliasesIsRefused() throws {
        var lines = ["document: {title: Laughs, date: 2024-03-31}", "content:", "  - paragraph: &l0 lol", "    style: body"]
        lines.append("theme:")
        lines.append("  x0: &l1 [*l0, *l0, *l0, *l0, *l0, *l0, *l0, *l0, *l0, *l0]")
        for level in 2...9 {
            lines.append("  x\(level - 1): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        let error = #expect(throws: SpecError.self) { try SpecReader().read(yaml: lines.joined(separator: "\n"), path: "laughs.yaml") }
        #expect(error?.diagnostics.map(\.message) == ["this document expands aliases to more than 100000 nodes"])
    }

    /// `<<: [*a, *b]`: the first mapping that has a key gives it; `<<: *a` with keys of its own: those win.
    @Test func legalMergesReadAsTheMergeKeySpecSays() throws {
        let dir = try TestSupport.temporaryDirectory()
        try TestSupport.write("metric,Q1,Q2\nA,1,2\nB,3,4\n", to: "data/d.csv", in: dir)
        let yaml = """
        document: {title: Merges, date: 2024-03-31}
        data: {d: data/d.csv}
        charts:
          - &a {id: first, title: Title of a, data: d, subtitle: Subtitle of a}
          - &b {id: second, title: Title of b, data: d, subtitle: Subtitle of b, source: Source of b}
          - <<: [*a, *b]
            id: both
          - <<: *a
            id: local
            title: Local title
        """
        let spec = try TestSupport.write(yaml, to: "spec.yaml", in: dir)
        let loaded = try SpecReader().read(path: spec.path)
        let both = try #require(loaded.charts.first { $0.id == "both" })
        #expect(both.title == "Title of a")
        #expect(both.subtitle == "Subtitle of a")
        #expect(both.source == "Source of b", "a key only the second mapping has still merges")
        let local = try #require(loaded.charts.first { $0.id == "local" })
        #expect(local.title == "Local title")
        #expect(local.subtitle == "Subtitle of a")
        #expect(loaded.warnings.isEmpty)
    }

    /// Thousands of unmatched `[[` are literal text; reading them once scanned to the end from each.
    @Test(arguments: [10_000, 100_000])
    func unmatchedDoubleBracketsReadAsLiteralText(count: Int) throws {
        let text = String(repeating: "[[", count: count)
        let yaml = "document: {title: T, date: 2024-03-31}\ncontent:\n  - paragraph: \"\(text)\"\n"
        let loaded = try SpecReader().read(yaml: yaml, path: "brackets.yaml")
        guard case .paragraph(let paragraph)? = loaded.report.blocks.first else {
            Issue.record("expected a paragraph"); return
        }
        #expect(paragraph.text.plainText == text)
        #expect(paragraph.text.spans.allSatisfy { !$0.noBreak && $0.link == nil })
    }

    /// The same for links: a `[` whose `](` never closes, and many `[` before one `](…)` that is no URL.
    @Test(arguments: ["unclosed", "no URL"])
    func unclosedLinksReadAsLiteralText(kind: String) throws {
        let text = kind == "unclosed" ? String(repeating: "[a](x ", count: 50_000) + "end" : String(repeating: "[", count: 50_000) + "](https://a b)"
        let yaml = "document: {title: T, date: 2024-03-31}\ncontent:\n  - paragraph: '\(text)'\n"
        let loaded = try SpecReader().read(yaml: yaml, path: "links.yaml")
        guard case .paragraph(let paragraph)? = loaded.report.blocks.first else {
            Issue.record("expected a paragraph"); return
        }
        #expect(paragraph.text.plainText.count == text.count)
        #expect(paragraph.text.plainText == text, "differs from the \(text.count) characters given")
    }

    @Test func markupStillReadsAroundEscapes() throws {
        let yaml = #"""
        document: {title: T, date: 2024-03-31}
        content:
          - paragraph: 'Call [[1-800 \]] TIPS]] or *see \* here* and **bold** [site](https://example.org) \[[x'
        """#
        let loaded = try SpecReader().read(yaml: yaml, path: "markup.yaml")
        guard case .paragraph(let paragraph)? = loaded.report.blocks.first else {
            Issue.record("expected a paragraph"); return
        }
        let spans = paragraph.text.spans
        #expect(spans.first { $0.noBreak }?.text == "1-800 ]] TIPS")
        #expect(spans.first { $0.emphasis }?.text == "see * here")
        #expect(spans.first { $0.strong }?.text == "bold")
        #expect(spans.first { $0.link != nil }?.text == "site")
        #expect(paragraph.text.plainText.hasSuffix(" [[x"))
    }
}
