import Foundation
import FolioCairo
@testable import FolioLayout
import FolioModel
import FolioTestSupport
import Testing

/// Value labels of four close, crossing series (decimals): each at a free place near its point, else
/// further out with a leader to it; none crosses a line, another label or the image's edge.
@Suite("Line value labels")
struct LineValueLabelTests {
    static let chart: Chart = {
        let values: [[Double?]] = [[30.2, 28.1, 31.4, 29.9, 30.5, 29.2], [29.8, 30.3, 28.2, 30.1, 29.7, 30.4],
                                   [31.0, 29.4, 30.1, 28.4, 30.9, 29.8], [30.6, 29.0, 29.5, 30.6, 29.2, 30.0]]
        let series = zip(["Alpha", "Beta", "Gamma", "Delta"], values).map { name, v in
            ChartSeries(name: name, figures: v.map { $0.map { Quantity($0, decimals: 1) } })
        }
        return Chart(id: "close", kind: .line, title: "Four close series", categories: (2020...2025).map(String.init),
                     series: series, format: NumberFormat(style: .auto), valueLabels: true)
    }()

    @Test("every label is printed at 1200×675, one through a leader that starts at its point")
    func everyLabelWithLeadersWhereNeeded() throws {
        let leaders = Self.checkLabels(with: TextEngine())
        // Which labels collide depends on the font's metrics: with the reference platform's Inter one does;
        // elsewhere the stand-in shaper's test below proves the leaders.
        if ReferencePlatform.isCurrent { #expect(leaders > 0, "no label needed a leader: the test proves nothing") }
    }

    @Test("with the stand-in shaper's exact metrics, labels that collide get leaders, on every platform")
    func leadersWithExactMetrics() throws {
        // Figures 0.8 em wide, wider than any text font's: neighbouring labels must collide.
        #expect(Self.checkLabels(with: StandInShaper(characterWidth: 0.8)) > 0, "no label needed a leader: the test proves nothing")
    }

    /// Every figure printed once, every leader from a point to a label; returns how many leaders there are.
    static func checkLabels(with shaper: any TextShaper) -> Int {
        let page = ChartImageLayout(shaper: shaper, theme: .standard).page(Self.chart, size: Size(width: 1200, height: 675), organisation: nil)
        let texts = ChartLayoutTests.textBoxes(page).map(\.0)
        let figures = Self.chart.series.flatMap { $0.figures.compactMap { $0.map { String(format: "%.1f", $0.value) } } }
        var remaining = texts
        for figure in figures {
            if let at = remaining.firstIndex(of: figure) { remaining.remove(at: at) } else { Issue.record("`\(figure)` is left out") }
        }
        let leaders = ReferenceAndAnnotationTests.leaders(page)
        let points = page.items.flatMap { item -> [Point] in
            guard case .path(let shape, nil, _) = item, shape.elements.count > 2 else { return [] }
            return shape.elements.compactMap { if case .move(let p) = $0 { p } else if case .line(let p) = $0 { p } else { nil } }
        }
        let boxes = ChartLayoutTests.textBoxes(page).map(\.1)
        for (start, end) in leaders {
            #expect(points.contains { hypot($0.x - start.x, $0.y - start.y) < 12 }, "a leader starts at \(start), at no point")
            #expect(boxes.contains { end.x >= $0.x - 3 && end.x <= $0.maxX + 3 && end.y >= $0.y - 6 && end.y <= $0.maxY + 6 },
                    "a leader ends at \(end), at no label")
        }
        return leaders.count
    }

    @Test("nothing overlaps or is crossed at three sizes", arguments: [(640, 360), (1200, 675), (1080, 1080)])
    func nothingOverlaps(size: (Int, Int)) {
        ChartLayoutTests.check(Self.chart, width: size.0, height: size.1, theme: .standard, engine: TextEngine())
    }
}
