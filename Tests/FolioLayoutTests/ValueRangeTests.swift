import Foundation
import FolioCairo
import FolioLayout
import FolioModel
import FolioSpec
import FolioTestSupport
import Testing

/// A declared value axis: `min`, `max` and `zero` on line charts; bars always start at zero; no value may
/// be cut off by a declared end.
@Suite("Declared value axes")
struct ValueRangeTests {
    static let csv = "metric,2020,2021,2022,2023\nJobs,130500,131200,133800,136900\n"

    static func read(_ options: String, type: String = "line") throws -> (chart: Chart?, errors: [Diagnostic]) {
        let yaml = """
            document: {title: T, date: 2024-03-31}
            data: {d: d.csv}
            charts:
              - {id: c, type: \(type), title: C, data: d, rows: [Jobs], columns: ["2020", "2021", "2022", "2023"]\(options)}
            content: []
            """
        let errors = try TestSupport.specDiagnostics(yaml, files: ["d.csv": csv]).filter { $0.severity == .error }
        guard errors.isEmpty else { return (nil, errors) }
        let dir = try TestSupport.temporaryDirectory()
        try TestSupport.write(csv, to: "d.csv", in: dir)
        let loaded = try SpecReader().read(path: TestSupport.write(yaml, to: "s.yaml", in: dir).path)
        return (loaded.charts.first, [])
    }

    static func ticks(_ chart: Chart) -> [String] {
        let page = ChartImageLayout(shaper: TextEngine(), theme: .standard).page(chart, size: Size(width: 1200, height: 675), organisation: nil)
        return page.turnedLines.map(\.metrics.text)
            .filter { $0.hasSuffix("K") || $0 == "0" }
    }

    @Test func aLineFitsItsDataUnlessZeroIsAsked() throws {
        let fitted = try #require(try Self.read("").chart)
        #expect(!Self.ticks(fitted).contains("0"), "\(Self.ticks(fitted))")
        let zero = try #require(try Self.read(", zero: true").chart)
        #expect(Self.ticks(zero).first == "0", "\(Self.ticks(zero))")
    }

    @Test func declaredEndsWidenTheAxis() throws {
        let chart = try #require(try Self.read(", min: 120000, max: 150000").chart)
        let ticks = Self.ticks(chart)
        #expect(ticks.first == "120K" && ticks.last == "150K", "\(ticks)")
    }

    @Test func aValueBeyondADeclaredEndIsAnError() throws {
        let errors = try Self.read(", min: 131000").errors
        let error = try #require(errors.first)
        #expect(error.message.contains("130,500") && error.message.contains("below `min`"), "\(error.message)")
        #expect(error.location.line == 4)
        #expect(try Self.read(", max: 135000").errors.first?.message.contains("above `max`") == true)
    }

    @Test func barsAlwaysStartAtZero() throws {
        #expect(try Self.read(", zero: false", type: "bar").errors.first?.message.contains("bars always start at zero") == true)
        #expect(try Self.read(", min: 100000", type: "bar").errors.first?.suggestion?.contains("type: line") == true)
        #expect(try Self.read(", max: 200000", type: "bar").errors.isEmpty)
    }
}

/// Category labels far too long for their room are shortened with "…", never grown over the chart.
@Suite("Long category labels")
struct LongCategoryLabelTests {
    static let long = String(repeating: "Programme d’approvisionnement alimentaire régional ", count: 6).trimmingCharacters(in: .whitespaces)

    static func chart(horizontal: Bool, rotate: Bool = false) -> Chart {
        // Horizontal bars: twelve of them, so a band holds only a line or two of a label.
        let others = horizontal ? (1...11).map { "Region \($0)" } : ["Short", "Also short"]
        var chart = Chart(id: "l", kind: .bar, orientation: horizontal ? .horizontal : .vertical, title: "Long labels",
                          categories: [Self.long] + others, series: [ChartSeries(name: "v", values: ([3] + others.map { _ in 4 }).map { Optional($0) })])
        chart.rotateLabels = rotate
        return chart
    }

    @Test("shortened, inside the image, apart from every other text", arguments: [(false, false), (false, true), (true, false)])
    func shortened(horizontal: Bool, rotate: Bool) {
        let chart = Self.chart(horizontal: horizontal, rotate: rotate)
        for (w, h) in [(640, 360), (1200, 675), (1080, 1080)] {
            ChartLayoutTests.check(chart, width: w, height: h, theme: .standard, engine: TextEngine())
            let page = ChartImageLayout(shaper: TextEngine(), theme: .standard).page(chart, size: Size(width: Double(w), height: Double(h)), organisation: nil)
            let texts = page.turnedLines.map(\.metrics.text)
            #expect(texts.contains { $0.hasSuffix("…") }, "\(w)×\(h): \(texts)")
            #expect(!texts.contains { $0.count > 120 }, "\(w)×\(h)")
            // The title stays the first text from the top: nothing was pushed above it.
            let tops = page.turnedLines.map { ($0.metrics.text, $0.origin.y) }
            let title = tops.first { $0.0 == "Long labels" }?.1 ?? 0
            #expect(tops.allSatisfy { $0.1 >= title - 0.5 }, "\(w)×\(h)")
        }
        #expect(chart.altText.contains(Self.long), "the full label stays in the alternative text")
    }
}
