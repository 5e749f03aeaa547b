import Foundation
import FolioCairo
import FolioLayout
import FolioModel
import Testing

/// Stacked bars print each segment's figure inside it where it fits, and each stack's total at its end:
/// the exact sum of the source figures, and no total where a segment has no value.
@Suite("Stacked bar labels")
struct StackedBarLabelTests {
    /// Iowa's net generation by source, thousand MWh (EIA, via vega-datasets' iowa-electricity.csv).
    static let years = ["2013", "2014", "2015", "2016", "2017"]
    static let sources: [(String, [Double?])] = [
        ("Fossil Fuels", [34873, 35250, 32319, 28437, 29329]),
        ("Nuclear Energy", [5321, 4152, 5243, 4703, 5214]),
        ("Renewables", [16476, 17452, 19091, 21241, 21933]),
    ]

    static func chart(horizontal: Bool, missing: Bool = false) -> Chart {
        let series = sources.enumerated().map { i, source in
            ChartSeries(name: source.0, values: missing && i == 1 ? [5321, nil, 5243, 4703, 5214] : source.1)
        }
        return Chart(id: "s", kind: .bar, orientation: horizontal ? .horizontal : .vertical, grouping: .stacked,
                     title: "Net generation", categories: years, series: series, valueLabels: true)
    }

    static func texts(_ chart: Chart, _ w: Double = 1200, _ h: Double = 675) -> [String] {
        ChartImageLayout(shaper: TextEngine(), theme: .standard).page(chart, size: Size(width: w, height: h), organisation: nil)
            .turnedLines.map(\.metrics.text)
    }

    @Test("segments and totals are printed, totals the exact sums", arguments: [false, true])
    func segmentsAndTotals(horizontal: Bool) {
        let texts = Self.texts(Self.chart(horizontal: horizontal))
        for (_, values) in Self.sources {
            for v in values.compactMap({ $0 }) { #expect(texts.contains(NumberFormat.auto.format(v)), "\(v)") }
        }
        for (c, year) in Self.years.enumerated() {
            let sum = Self.sources.reduce(0.0) { $0 + ($1.1[c] ?? 0) }
            #expect(texts.contains(NumberFormat.auto.format(sum)), "total of \(year)")
        }
        #expect(texts.contains("56,670"))
    }

    @Test("a stack with a missing segment has no total", arguments: [false, true])
    func noTotalWhereAValueIsMissing(horizontal: Bool) {
        let texts = Self.texts(Self.chart(horizontal: horizontal, missing: true))
        #expect(!texts.contains("52,702"), "35,250 + 17,452 is not 2014's total: nuclear is missing")
        #expect(texts.contains("56,670"))
    }

    @Test("nothing overlaps at three sizes", arguments: [false, true])
    func noOverlaps(horizontal: Bool) {
        for (w, h) in [(640, 360), (1200, 675), (1080, 1080)] {
            ChartLayoutTests.check(Self.chart(horizontal: horizontal), width: w, height: h, theme: .standard, engine: TextEngine())
        }
    }

    @Test("a segment's label lies inside its segment", arguments: [false, true])
    func segmentLabelsInside(horizontal: Bool) {
        let page = ChartImageLayout(shaper: TextEngine(), theme: .standard).page(Self.chart(horizontal: horizontal), size: Size(width: 1200, height: 675), organisation: nil)
        let fills = page.items.compactMap { if case .fill(let r, let c) = $0, c != .white { return r } else { return nil } }
        for case .text(let t) in page.items where t.metrics.text == "34,873" || t.metrics.text == "16,476" {
            let box = ChartLayoutTests.textBoxes(PageFrame(size: page.size, items: [.text(t)]))[0].1
            #expect(fills.contains { $0.x <= box.x && $0.maxX >= box.maxX && $0.y <= box.y && $0.maxY >= box.maxY }, "\(t.metrics.text)")
        }
    }
}

/// Small multiples decide value labels for all panels alike: all print them, or none does.
@Suite("Small multiples value labels")
struct SmallMultipleLabelTests {
    static func chart(_ figures: [[Double]]) -> Chart {
        let series = figures.enumerated().map { ChartSeries(name: "Panel \($0.offset + 1)", values: $0.element.map { Optional($0) }) }
        return Chart(id: "sm", kind: .bar, title: "Panels", categories: ["2021-22", "2022-23", "2023-24"], series: series,
                     smallMultiples: true, valueLabels: true)
    }

    static func texts(_ chart: Chart) -> [String] {
        ChartImageLayout(shaper: TextEngine(), theme: .standard).page(chart, size: Size(width: 1200, height: 675), organisation: nil)
            .turnedLines.map(\.metrics.text)
    }

    @Test func whenEveryPanelHasRoomEveryPanelIsLabelled() {
        let texts = Self.texts(Self.chart([[168, 197, 141], [820, 1088, 800], [126, 102, 232]]))
        for figure in ["168", "197", "141", "1,088", "126", "232"] { #expect(texts.contains(figure), "\(figure)") }
    }

    @Test func whenOnePanelHasNoRoomNoPanelIsLabelled() {
        let texts = Self.texts(Self.chart([[168, 197, 141], [820, 1088, 800], [126, 102, 232],
                                           [334_093_020_123, 10_898_269_456, 5_334_163_789], [21_740_617, 1_432_847, 632_294]]))
        for figure in ["168", "197", "1,088", "232", "334,093,020,123"] { #expect(!texts.contains(figure), "\(figure) printed") }
    }
}
