import Foundation
import FolioCairo
import FolioLayout
import FolioModel
import FolioSpec
import FolioTestSupport
import Testing

/// Properties every laid-out report must have, checked on the real ALERT report and on a long table.
@Suite("Layout invariants")
struct LayoutInvariantTests {
    static func layout(_ specPath: String) throws -> (Report, LaidOutDocument) {
        let report = try SpecReader().read(path: specPath).report
        return (report, LayoutEngine(shaper: TextEngine()).layout(report))
    }

    static func textLines(_ page: PageFrame) -> [TextLine] {
        page.items.compactMap { if case .text(let line) = $0 { return line } else { return nil } }
    }

    @Test func noLineIsWiderThanItsBoxAndNothingRunsPastTheBottomMargin() throws {
        let (report, document) = try Self.layout(TestSupport.alertSpec)
        let m = report.page.margins
        let size = report.page.size
        #expect(document.pages.count >= 8)
        for (p, page) in document.pages.enumerated() where !page.isCover {
            for line in Self.textLines(page) {
                #expect(line.origin.x >= m.left - 0.5, "page \(p + 1): `\(line.metrics.text)` starts left of the margin")
                #expect(line.origin.x + line.metrics.width <= size.width - m.right + 0.5,
                        "page \(p + 1): `\(line.metrics.text)` runs past the right margin")
                let bottom = size.height - m.bottom
                // Content sits above the bottom margin; only the running footer sits well below it.
                let isFooter = line.origin.y > bottom + 12
                #expect(isFooter || line.origin.y + line.metrics.descent <= bottom + 0.5,
                        "page \(p + 1): `\(line.metrics.text)` runs past the bottom margin")
            }
        }
    }

    @Test func tagsAreBalancedOnEveryPage() throws {
        let (_, document) = try Self.layout(TestSupport.alertSpec)
        for (p, page) in document.pages.enumerated() {
            var depth = 0
            for item in page.items {
                if case .beginTag = item { depth += 1 }
                if case .endTag = item { depth -= 1; #expect(depth >= 0, "page \(p + 1) closes a tag it never opened") }
            }
            #expect(depth == 0, "page \(p + 1) leaves \(depth) tags open")
        }
    }

    @Test func aHeadingIsNeverTheLastThingOnAPage() throws {
        let (_, document) = try Self.layout(TestSupport.alertSpec)
        for (p, page) in document.pages.enumerated() where !page.isCover {
            // The last structure element opened on the page must not be a heading.
            var lastOpened: StructureTag? = nil
            for item in page.items { if case .beginTag(let t) = item { lastOpened = t } }
            if case .heading = lastOpened { Issue.record("page \(p + 1) ends with a heading") }
        }
    }

    @Test func theContentsListsRealPageNumbers() throws {
        let (_, document) = try Self.layout(TestSupport.alertSpec)
        let firearmsHeading = document.outline.first { $0.title == "Firearms" }
        let page = try #require(firearmsHeading).pageIndex
        let contents = document.pages[1]
        let texts = Self.textLines(contents).map(\.metrics.text)
        #expect(texts.contains("Firearms"))
        #expect(texts.contains(String(page + 1)))
    }

    @Test func aLongTableBreaksAndRepeatsItsHeader() throws {
        let dir = try TestSupport.temporaryDirectory()
        var csv = "metric,Q1,2023-24\n"
        for i in 1...120 { csv += "ROW \(i),\(i),\(i)\n" }
        try TestSupport.write(csv, to: "long.csv", in: dir)
        let spec = try TestSupport.write("""
        document: {title: Long, date: 2024-03-31}
        data: {long: long.csv}
        content:
          - paragraph: Before the table.
          - table: {data: long, caption: A long table}
        """, to: "long.yaml", in: dir)
        let (report, document) = try Self.layout(spec.path)
        #expect(document.pages.count >= 3)
        var seenRows: [String] = []
        for (p, page) in document.pages.enumerated() {
            let texts = Self.textLines(page).map(\.metrics.text)
            #expect(texts.contains("METRIC"), "page \(p + 1) has no header row")
            #expect(texts.contains(p == 0 ? "A long table" : "A long table (continued)"))
            let rows = texts.filter { $0.hasPrefix("ROW ") }
            #expect(rows.count >= report.theme.table.minimumRowsAtBreak, "page \(p + 1) holds too few rows")
            seenRows += rows
        }
        #expect(seenRows == (1...120).map { "ROW \($0)" }, "every row exactly once, in order")
    }

    @Test func aParagraphNeverLeavesASingleLineBehind() throws {
        let dir = try TestSupport.temporaryDirectory()
        let words = Array(repeating: "Lorem ipsum dolor sit amet, consectetur adipiscing elit.", count: 30).joined(separator: " ")
        var content = ""
        for i in 0..<12 { content += "  - paragraph: \"P\(i) \(words)\"\n" }
        let spec = try TestSupport.write("document: {title: W, date: 2024-03-31}\ncontent:\n" + content, to: "w.yaml", in: dir)
        let (_, document) = try Self.layout(spec.path)
        for (p, page) in document.pages.enumerated() {
            // Count the lines of each paragraph piece (between P tags): none may be a single line
            // unless the whole paragraph is one line.
            var count = 0, inParagraph = false
            for item in page.items {
                switch item {
                case .beginTag(.paragraph): inParagraph = true; count = 0
                case .endTag where inParagraph:
                    #expect(count >= 2, "page \(p + 1) has a paragraph piece of \(count) line")
                    inParagraph = false
                case .text where inParagraph: count += 1
                default: break
                }
            }
        }
    }
}

@Suite("Laid-out pages stay compact")
struct CompactFrameTests {
    @Test func aFrameItemIsSmall() {
        // Every page of a long report is kept until drawn; the common items must stay inline and small.
        #expect(MemoryLayout<FrameItem>.stride <= 48)
    }
}
