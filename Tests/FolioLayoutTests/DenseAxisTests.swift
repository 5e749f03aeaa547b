import Foundation
import FolioCairo
import FolioLayout
import FolioModel
import Testing

/// Axes of many categories (120 months, 92 days): labels thinned by their measured width, on period
/// boundaries for months, never turned unless asked, never overprinted, never off the image; markers only
/// while points are far enough apart to read. Before, all 120 labels were drawn at 45° into a grey smear.
@Suite("Dense category axes")
struct DenseAxisTests {
    static let months = (2015...2024).flatMap { y in (1...12).map { "\(y)-\($0 < 10 ? "0" : "")\($0)" } }
    static let days: [String] = {
        let lengths = [30, 31, 31, 30]   // June to September 2024
        return lengths.enumerated().flatMap { m, n in (1...n).map { "2024-0\(m + 6)-\($0 < 10 ? "0" : "")\($0)" } }.prefix(92).map { $0 }
    }()

    static func chart(_ kind: Chart.Kind, _ categories: [String]) -> Chart {
        let values = categories.indices.map { Double?(5 + 2 * sin(Double($0) / 9)) }
        return Chart(id: "dense", kind: kind, title: "Dense", categories: categories, series: [ChartSeries(name: "v", values: values)])
    }

    /// The text lines below the plot: the category labels.
    static func categoryLabels(_ chart: Chart, width: Double, height: Double) -> (labels: [TurnedLine], page: PageFrame) {
        let page = ChartImageLayout(shaper: TextEngine(), theme: .standard).page(chart, size: Size(width: width, height: height), organisation: nil)
        // A monthly axis labelled by years prints the year alone.
        let years = Set(chart.categories.map { String($0.prefix(4)) })
        let labels = page.turnedLines.filter { chart.categories.contains($0.metrics.text) || years.contains($0.metrics.text) }
        return (labels, page)
    }

    @Test("labels never overlap, stay inside the image and are not turned", arguments: [(400.0, 225.0), (1200.0, 675.0), (1080.0, 1080.0)])
    func thinnedLabels(width: Double, height: Double) {
        for categories in [Self.months, Self.days] {
            for kind in [Chart.Kind.line, .bar] {
                let (labels, _) = Self.categoryLabels(Self.chart(kind, categories), width: width, height: height)
                #expect(labels.count >= 3, "\(kind) at \(width): \(labels.count) labels")
                #expect(labels.count < categories.count / 2)
                #expect(labels.allSatisfy { $0.rotation == 0 })
                let spans = labels.map { ($0.origin.x, $0.origin.x + $0.metrics.width) }.sorted { $0.0 < $1.0 }
                for (a, b) in zip(spans, spans.dropFirst()) { #expect(a.1 <= b.0, "\(kind) at \(width): labels overlap") }
                #expect(spans.allSatisfy { $0.0 >= 0 && $0.1 <= width }, "\(kind) at \(width): a label leaves the image")
            }
        }
    }

    @Test("a monthly axis labels whole years (or quarters) from January")
    func monthlyLabelsFallOnPeriods() {
        let (labels, _) = Self.categoryLabels(Self.chart(.line, Self.months), width: 1200, height: 675)
        let texts = labels.map { $0.metrics.text }
        // Ten years across 1200 pt: one label a year, the year alone, from the first January.
        #expect(texts == (2015...2024).map(String.init), "\(texts)")
        // Narrower, by whole years still (every other year at 400 pt), never `2015-01` beside `2016`.
        let narrow = Self.categoryLabels(Self.chart(.bar, Self.months), width: 400, height: 225).labels.map { $0.metrics.text }
        #expect(narrow.count >= 3 && narrow.allSatisfy { $0.count == 4 && Int($0) != nil }, "\(narrow)")
        // Four years across a wide image: by quarters, each label the month it starts.
        let fewer = Chart(id: "q", kind: .line, title: "Q", categories: Array(Self.months.prefix(48)),
                          series: [ChartSeries(name: "v", values: Array(repeating: 1.0, count: 48))])
        let quarters = Self.categoryLabels(fewer, width: 1200, height: 675).labels.map { $0.metrics.text }
        #expect(quarters.first == "2015-01" && quarters.allSatisfy { ["-01", "-04", "-07", "-10"].contains(String($0.suffix(3))) }, "\(quarters)")
    }

    static func texts(_ chart: Chart, width: Double, height: Double) -> [String] {
        ChartImageLayout(shaper: TextEngine(), theme: .standard).page(chart, size: Size(width: width, height: height), organisation: nil)
            .turnedLines.map(\.metrics.text)
    }

    @Test("days go by weeks, then by months (`2024-07`), on the first of the month")
    func dailyAxes() {
        let wide = Self.texts(Self.chart(.line, Self.days), width: 2400, height: 1350).filter { $0.hasPrefix("2024-") }
        #expect(wide.count >= 5 && wide.allSatisfy { $0.count == 10 }, "\(wide)")
        // A year of days: by months, each label the month it starts.
        var year: [String] = []
        var date = DateComponents(calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"), year: 2023, month: 7, day: 1).date!
        for _ in 0..<366 {
            let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: date)
            year.append(String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!))
            date += 86_400
        }
        let months = Self.texts(Self.chart(.bar, year), width: 640, height: 360).filter { $0.hasPrefix("202") }
        #expect(months.count >= 4 && months.allSatisfy { $0.count == 7 }, "\(months)")
        #expect(months.first == "2023-07" || months.first == "2023-08" || months.first == "2023-09", "\(months)")
    }

    @Test("quarters go by one or two, then by years, the year alone at each first quarter")
    func quarterlyAxes() {
        let quarters = (2008...2024).flatMap { y in (1...4).map { "\(y)-Q\($0)" } }
        let chart = Chart(id: "q", kind: .bar, title: "Q", categories: quarters,
                          series: [ChartSeries(name: "v", values: quarters.indices.map { Double($0 % 7 + 1) })])
        let texts = Self.texts(chart, width: 640, height: 360).filter { $0.hasPrefix("20") }
        #expect(texts.count >= 3 && texts.allSatisfy { $0.count == 4 }, "\(texts)")
        #expect(texts.first == "2008", "\(texts)")
        #expect(TimePeriodsProbe.recognisesQuarters(["Q1 2024", "Q2 2024"]) && !TimePeriodsProbe.recognisesQuarters(["Q5 2024"]))
    }

    @Test func yearsAreMarkedOnAMonthlyAxis() {
        let page = ChartImageLayout(shaper: TextEngine(), theme: .standard).page(Self.chart(.line, Self.months), size: Size(width: 1200, height: 675), organisation: nil)
        let marks = page.items.filter { item in
            if case .rule(let a, let b, _, _) = item { return a.x == b.x && abs(b.y - a.y - 3) < 0.01 } else { return false }
        }
        #expect(marks.count == 9, "a mark at each January after the first: \(marks.count)")
    }

    @Test("`label-every` fixes the step; few categories keep every label")
    func declaredStepAndFewCategories() {
        var chart = Self.chart(.bar, Self.months)
        chart.labelEvery = 24
        #expect(Self.categoryLabels(chart, width: 1200, height: 675).labels.count == 5)
        let quarters = Chart(id: "q", kind: .bar, title: "Q", categories: ["Q1", "Q2", "Q3", "Q4"], series: [ChartSeries(name: "v", values: [1, 2, 3, 4])])
        #expect(Self.categoryLabels(quarters, width: 400, height: 225).labels.count == 4)
    }

    @Test("markers are left off a dense line unless the spec asks for them")
    func denseLinesHaveNoBeads() {
        func markerCount(_ chart: Chart) -> Int {
            Self.categoryLabels(chart, width: 1200, height: 675).page.items.filter { if case .path(_, fill: .some, _) = $0 { return true } else { return false } }.count
        }
        var dense = Self.chart(.line, Self.months)
        #expect(markerCount(dense) == 0)
        dense.markersDeclared = true
        #expect(markerCount(dense) == 120)
        #expect(markerCount(Self.chart(.line, Array(Self.months.prefix(8)))) == 8)
    }
}

/// What the axis recognises as quarters, seen through the chart: a two-category bar chart of them labels both.
enum TimePeriodsProbe {
    static func recognisesQuarters(_ categories: [String]) -> Bool {
        // Thirteen categories or more are thinned; quarters are thinned by years, other labels by counts.
        let many = (0..<20).flatMap { _ in categories }
        let chart = Chart(id: "p", kind: .bar, title: "P", categories: many, series: [ChartSeries(name: "v", values: many.map { _ in 1.0 })])
        let texts = DenseAxisTests.texts(chart, width: 400, height: 225)
        return texts.contains { $0.count == 4 && Int($0) != nil }
    }
}
