import Foundation
import FolioCairo
import FolioLayout
import FolioModel
import FolioSpec
import FolioTestSupport
import Testing

/// What every page of the page-block specs must hold: no two lines of text overlap, no text runs over a
/// picture, nothing leaves the margins sideways (full-bleed bands apart, which are fills, not text).
@Suite("Page block invariants")
struct PageBlockInvariantTests {
    static let specs = ["image-blocks", "footnotes", "columns", "annual-report-pages", "box-blocks", "row-blocks"]

    static func path(_ name: String) -> String {
        TestSupport.root.appendingPathComponent("Tests/FolioLayoutTests/Specs/\(name).yaml").path
    }

    @Test("nothing overlaps and nothing leaves the margins", arguments: PageBlockInvariantTests.specs)
    func invariants(_ name: String) throws {
        let (report, document) = try PageText.layout(Self.path(name))
        let m = report.page.margins
        for (p, page) in document.pages.enumerated() {
            let lines = PageText.lines(page)
            let pictures = page.items.compactMap { if case .image(let i) = $0 { return i.visible } else { return nil } }
            for (i, a) in lines.enumerated() {
                #expect(a.x >= m.left - 0.5 && a.x + a.width <= page.size.width - m.right + 0.5,
                        "\(name) page \(p + 1): `\(a.text)` leaves the margins")
                for b in lines[(i + 1)...] where abs(a.y - b.y) < 6 && a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 {
                    Issue.record("\(name) page \(p + 1): `\(a.text)` overlaps `\(b.text)`")
                }
                for r in pictures where a.x < r.x + r.width - 0.5 && r.x < a.x + a.width - 0.5 && a.y > r.y + 2 && a.y - 6 < r.y + r.height {
                    Issue.record("\(name) page \(p + 1): `\(a.text)` runs over a picture")
                }
            }
        }
    }
}
