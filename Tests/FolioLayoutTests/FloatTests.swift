import Foundation
import FolioCairo
import FolioLayout
import FolioModel
import FolioSpec
import FolioTestSupport
import Testing

/// `float: true` on a chart or an image: a figure that does not fit where it comes waits for the top of
/// the next page while the text after it fills this one; without it the page is left part empty.
@Suite("Floating figures")
struct FloatTests {
    /// A page of text, then a tall chart (floating or not), then more text.
    static func yaml(float: Bool) -> String {
        let filler = (1...7).map { n in
            "  - paragraph: \"Paragraph \(n). " + String(repeating: "Iowa's electricity came mostly from coal, then more and more from wind. ", count: 6) + "\""
        }.joined(separator: "\n")
        return """
        document: {title: Floats, date: 2026-01-01}
        data:
          power: {file: \(TestSupport.root.appendingPathComponent("ReportSpecs/data/samples/iowa-electricity.csv").path), key: source}
        content:
          - heading: Floats
        \(filler)
          - chart: {id: tall, type: bar, title: The tall chart, data: power, rows: [Renewables], columns: ["2015", "2016", "2017"], height: 260pt}
            float: \(float)
          - paragraph: "After the chart. The text that follows the chart in the spec."
          - paragraph: "More text after the chart."
          - image: \(TestSupport.root.appendingPathComponent("Tests/FolioLayoutTests/Specs/images/landscape.jpg").path)
            alt: Hills
            float: \(float)
          - paragraph: "The last paragraph."
        """
    }

    static func pageOf(_ text: String, in document: LaidOutDocument) -> Int? {
        document.pages.firstIndex { page in PageText.lines(page).contains { $0.text.hasPrefix(text) } }
    }

    @Test func aFloatingChartWaitsForTheNextPageWhileTheTextGoesOn() throws {
        let (_, floating) = try PageText.layout(yaml: Self.yaml(float: true))
        let (_, fixed) = try PageText.layout(yaml: Self.yaml(float: false))
        let chartPage = try #require(Self.pageOf("The tall chart", in: floating))
        let afterPage = try #require(Self.pageOf("After the chart.", in: floating))
        #expect(afterPage < chartPage, "the text after the chart fills the page before it")
        // The chart opens its page.
        let first = PageText.lines(floating.pages[chartPage]).filter { !$0.tags.contains(.artifact(.pagination)) }.min { $0.y < $1.y }
        #expect(first?.text == "The tall chart")
        // Without `float`, the same text comes after the chart, on its page.
        #expect(Self.pageOf("After the chart.", in: fixed) == Self.pageOf("The tall chart", in: fixed))
        #expect(floating.pages.count <= fixed.pages.count)
    }

    @Test func waitingFiguresKeepTheirOrderAndNothingIsLost() throws {
        let (_, document) = try PageText.layout(yaml: Self.yaml(float: true))
        let text = document.pages.flatMap(PageText.lines).map(\.text)
        for expected in ["The tall chart", "After the chart.", "More text after the chart.", "The last paragraph."] {
            #expect(text.filter { $0.hasPrefix(expected) }.count == 1, "`\(expected)` is not printed once")
        }
        let images = document.pages.enumerated().flatMap { index, page in
            page.items.compactMap { if case .image = $0 { return index } else { return nil } }
        }
        let chartPage = try #require(Self.pageOf("The tall chart", in: document))
        #expect(images.count == 1 && images[0] >= chartPage, "the picture comes after the chart that waited before it")
    }
}
