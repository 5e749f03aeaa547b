import Foundation
import FolioCairo
import FolioLayout
import FolioModel
import FolioSpec
import FolioTestSupport
import Testing

/// `box`: a call-out on the theme's tint and a sidebar beside an accent rule, holding paragraphs, a row
/// and a chart: their text inside the box's padding, the box whole on one page, in a Div.
@Suite("Box blocks")
struct BoxBlockTests {
    static let spec = TestSupport.root.appendingPathComponent("Tests/FolioLayoutTests/Specs/box-blocks.yaml").path

    static func fills(_ page: PageFrame, _ color: Color) -> [Rect] {
        page.items.compactMap { if case .fill(let r, let c) = $0, c == color { return r } else { return nil } }
    }

    @Test func textSitsInsideTheBoxesPadding() throws {
        let (report, document) = try PageText.layout(Self.spec)
        let page = try #require(document.pages.first)
        let theme = Theme.standard
        let tint = try #require(Self.fills(page, theme.colors.tint).max { $0.height < $1.height }, "no call-out tint")
        let rule = try #require(Self.fills(page, theme.colors.accent).first { $0.width == 3 }, "no sidebar rule")
        let lines = PageText.lines(page)
        let inCallout = lines.filter { $0.y > tint.y && $0.y < tint.maxY }
        #expect(inCallout.contains { $0.text.contains("Where to get help") })
        for line in inCallout {
            #expect(line.x >= tint.x + 12 - 0.5 && line.x + line.width <= tint.maxX - 12 + 0.5, "`\(line.text)` leaves the call-out's padding")
        }
        let inSidebar = lines.filter { $0.y > rule.y && $0.y < rule.maxY }
        #expect(inSidebar.contains { $0.text.hasPrefix("Together") })
        #expect(inSidebar.allSatisfy { $0.x >= rule.maxX + 12 - 0.5 }, "sidebar text meets its rule")
        let before = try #require(lines.first { $0.text == "Before the boxes." }), after = try #require(lines.first { $0.text == "After the boxes." })
        #expect(before.y < tint.y && after.y > rule.maxY)
        #expect(tint.x == report.page.margins.left && abs(tint.width - (page.size.width - report.page.margins.left - report.page.margins.right)) < 0.5)
    }

    @Test func theBoxesPageMatchesItsGolden() throws {
        try PageText.expectFirstPageGolden(Self.spec, named: "box-blocks-page-1")
    }

    @Test func theBuiltPDFPassesThePDFUAChecks() throws {
        try PageText.expectBuiltPDFPassesChecks(Self.spec)
    }

    @Test func aHeadingInABoxIsALocatedErrorAndATableIsKept() throws {
        let dir = try TestSupport.temporaryDirectory()
        try TestSupport.write("name,v\nA,1\n", to: "d.csv", in: dir)
        let path = try TestSupport.write("document: {title: T, date: 2024-01-01}\ndata: {d: d.csv}\ncontent:\n  - box:\n      - heading: Inside\n    style: callout\n",
                                         to: "s.yaml", in: dir).path
        let error = #expect(throws: SpecError.self) { _ = try SpecReader().read(path: path) }
        let d = try #require(error?.diagnostics.first)
        #expect(d.message.contains("a `heading` cannot go in a box") && d.location.line == 5, "\(d)")
        // A table is boxed: one Div holding the Table.
        let tablePath = try TestSupport.write("document: {title: T, date: 2024-01-01}\ndata: {d: d.csv}\ncontent:\n  - box:\n      - table: {data: d}\n",
                                              to: "t.yaml", in: dir).path
        let (_, document) = try PageText.layout(tablePath)
        let page = try #require(document.pages.first)
        let cell = try #require(PageText.lines(page).first { $0.text == "A" })
        #expect(cell.tags.first == .division && cell.tags.contains(.table), "\(cell.tags)")
    }
}
