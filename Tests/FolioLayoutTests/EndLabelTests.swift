import Foundation
import FolioCairo
@testable import FolioLayout
import FolioModel
import FolioSpec
import FolioTestSupport
import Testing

/// Series named at their line ends (direct labels): on the five technology stocks of vega-datasets
/// (123 months, Amazon and IBM ending 3 dollars apart, Google starting in 2004), every name is printed,
/// right of the plot, in the order of the lines' last values, crossed by no line, and a name that had to
/// move from its line's end is tied to it by a leader.
@Suite("Line end labels")
struct EndLabelTests {
    static let names = ["Apple", "Amazon", "Google", "IBM", "Microsoft"]

    static func stocks() throws -> (Chart, Theme) { try TimeSeriesGoldenTests.chart("technology-stock-prices-2000-2010") }

    static func page(_ chart: Chart, _ theme: Theme, _ w: Double, _ h: Double) -> PageFrame {
        ChartImageLayout(shaper: TextEngine(), theme: theme).page(chart, size: Size(width: w, height: h), organisation: "Folio sample reports")
    }

    static func nameBoxes(_ page: PageFrame) -> [String: Rect] {
        var boxes: [String: Rect] = [:]
        for (text, box) in ChartLayoutTests.textBoxes(page) where names.contains(text) { boxes[text] = box }
        return boxes
    }

    /// The data lines: polylines of more than two points (leaders and rules have two).
    static func dataSegments(_ page: PageFrame) -> [(Point, Point)] {
        page.items.flatMap { item -> [(Point, Point)] in
            guard case .path(let shape, nil, _) = item else { return [] }
            let points = shape.elements.compactMap { e -> Point? in
                if case .move(let p) = e { return p }
                if case .line(let p) = e { return p }
                return nil
            }
            return points.count > 2 ? Array(zip(points, points.dropFirst())) : []
        }
    }

    @Test("every name is printed right of the lines, in the order of their last values, crossed by none",
          arguments: [(640.0, 360.0), (1200, 675), (1080, 1080)])
    func namesAtTheEnds(size: (Double, Double)) throws {
        let (chart, theme) = try Self.stocks()
        let page = Self.page(chart, theme, size.0, size.1)
        let boxes = Self.nameBoxes(page)
        #expect(Set(boxes.keys) == Set(Self.names), "at \(size): printed \(boxes.keys.sorted())")
        let segments = Self.dataSegments(page)
        let rightmost = segments.map { max($0.0.x, $0.1.x) }.max() ?? 0
        for (name, box) in boxes {
            #expect(box.x > rightmost, "at \(size): `\(name)` starts at \(box.x), left of the lines' end \(rightmost)")
            #expect(!segments.contains { ChartGeometry.segment($0.0, $0.1, crosses: box) }, "at \(size): a line crosses `\(name)`")
        }
        // Last values (March 2010): Google 560.19, Apple 223.02, Amazon 128.82, IBM 125.55, Microsoft 28.8.
        let order = ["Google", "Apple", "Amazon", "IBM", "Microsoft"].compactMap { boxes[$0]?.y }
        #expect(order == order.sorted(), "at \(size): names out of the lines' order: \(order)")
        ChartLayoutTests.check(chart, width: Int(size.0), height: Int(size.1), theme: theme, engine: TextEngine())
    }

    @Test("a name moved off its line's end has a leader to it; one left in place has none")
    func leaders() throws {
        let (chart, theme) = try Self.stocks()
        let page = Self.page(chart, theme, 1200, 675)
        let boxes = Self.nameBoxes(page)
        let leaders = page.items.compactMap { item -> (Point, Point)? in
            guard case .path(let shape, nil, let stroke) = item, stroke?.dash == [], stroke?.color == Theme.standard.colors.muted, shape.elements.count == 2,
                  case .move(let a) = shape.elements[0], case .line(let b) = shape.elements[1] else { return nil }
            return (a, b)
        }
        let ibm = try #require(boxes["IBM"]), google = try #require(boxes["Google"])
        // IBM ends 3.27 below Amazon: one of the two moved, and a leader ends at its name.
        let movedEnds = leaders.map(\.1)
        #expect(movedEnds.contains { abs($0.x - (ibm.x - 2)) < 1 && $0.y > ibm.y && $0.y < ibm.maxY }
                || movedEnds.contains { p in boxes["Amazon"].map { abs(p.x - ($0.x - 2)) < 1 && p.y > $0.y && p.y < $0.maxY } ?? false },
                "no leader to IBM or Amazon: \(leaders)")
        #expect(!movedEnds.contains { $0.y > google.y && $0.y < google.maxY }, "Google, alone at its height, got a leader")
    }

    @Test("`series-labels: legend` keeps the legend above the plot, and no names at the ends")
    func legendWhenAsked() throws {
        var (chart, theme) = try Self.stocks()
        chart.seriesLabels = .legend
        let page = Self.page(chart, theme, 1200, 675)
        let boxes = Self.nameBoxes(page)
        #expect(Set(boxes.keys) == Set(Self.names))
        let topOfLines = Self.dataSegments(page).map { min($0.0.y, $0.1.y) }.min() ?? 0
        for (name, box) in boxes { #expect(box.maxY < topOfLines, "`\(name)` is not in a legend above the plot") }
    }

    @Test("the spec's `series-labels` is read and checked")
    func readFromTheSpec() throws {
        let dir = try TestSupport.temporaryDirectory()
        try TestSupport.write("name,2020,2021\nA,1,2\nB,2,1\n", to: "d.csv", in: dir)
        let yaml = """
        document: {title: T, date: 2024-01-01}
        data: {d: d.csv}
        charts:
          - {id: c, type: line, title: T, data: d, series-labels: legend}
          - {id: e, type: line, title: T, data: d, series-labels: ends}
        content: []
        """
        let bad = try TestSupport.write(yaml, to: "bad.yaml", in: dir).path
        let error = #expect(throws: SpecError.self) { try SpecReader().read(path: bad) }
        let diagnostic = try #require(error?.diagnostics.first)
        #expect((diagnostic.location.line, diagnostic.location.column) == (5, 59), "\(diagnostic)")
        #expect(diagnostic.message.contains("`ends`") && diagnostic.suggestion?.contains("end") == true, "\(diagnostic)")
        let good = try TestSupport.write(yaml.replacingOccurrences(of: "series-labels: ends", with: "series-labels: end"), to: "good.yaml", in: dir).path
        #expect(try SpecReader().read(path: good).charts.map(\.seriesLabels) == [.legend, .end])
    }

    @Test("spread keeps the order, keeps boxes apart and inside, and drops what cannot fit")
    func spread() {
        let tops = ChartLayouter.spread([(50, 10), (52, 10), (51, 10), (200, 10)], within: 0, 100, spacing: 1)
        let placed = tops.compactMap { $0 }
        #expect(placed.count == 4)
        let byWanted = [0, 2, 1].compactMap { tops[$0] }
        #expect(byWanted == byWanted.sorted() && zip(byWanted, byWanted.dropFirst()).allSatisfy { $1 - $0 >= 11 - 0.001 })
        #expect((tops[3] ?? 0) <= 90 && placed.allSatisfy { $0 >= 0 })
        let crowded = ChartLayouter.spread(Array(repeating: (40, 30), count: 5), within: 0, 100, spacing: 1)
        #expect(crowded.compactMap { $0 }.count == 3, "five 30-point boxes in 100 points: \(crowded)")
    }
}
