import Foundation
import FolioCairo
@testable import FolioLayout
import FolioModel
import FolioSpec
import FolioTestSupport
import Testing

/// Reference lines and bands, and annotations, on every chart kind: their texts are placed together with
/// the panel's other texts, never on a bar, a line or another text, and never past the image.
@Suite("References and annotations")
struct ReferenceAndAnnotationTests {
    static let months = (2006...2015).flatMap { y in (1...12).map { "\(y)-\($0 < 10 ? "0" : "")\($0)" } }

    /// A monthly series with a dip, a reference line, a band and two annotations, as line or bars.
    static func monthly(_ kind: Chart.Kind) -> Chart {
        let values = months.indices.map { i -> Double? in 138 - 8 * exp(-pow(Double(i - 48) / 14, 2)) + Double(i) * 0.04 }
        var chart = Chart(id: "m", kind: kind, title: "Jobs", categories: months, series: [ChartSeries(name: "Jobs", values: values)])
        chart.references = [ReferenceLine(value: 138.4, label: "January 2008 peak"), ReferenceLine(value: 131, to: 133, label: "Trough band")]
        chart.annotations = [ChartAnnotation(from: 23, through: 41, text: "Recession, December 2007 to June 2009"),
                             ChartAnnotation(from: 100, text: "Back above the peak")]
        return chart
    }

    static func bars(horizontal: Bool) -> Chart {
        let categories = ["Coal", "Wind", "Nuclear", "Gas", "Hydro"]
        var chart = Chart(id: "b", kind: .bar, orientation: horizontal ? .horizontal : .vertical, title: "Shares", categories: categories,
                          series: [ChartSeries(name: "Share", values: [45.3, 36.9, 8.1, 6.6, 1.6], unit: .percent)], valueLabels: true)
        chart.references = [ReferenceLine(value: 40, label: "Target"), ReferenceLine(value: 20, to: 30, label: "Normal range")]
        chart.annotations = [ChartAnnotation(from: 1, text: "Largest wind share")]
        return chart
    }

    static func page(_ chart: Chart, _ width: Double, _ height: Double) -> PageFrame {
        ChartImageLayout(shaper: TextEngine(), theme: .standard).page(chart, size: Size(width: width, height: height), organisation: nil)
    }

    static func texts(_ page: PageFrame) -> [String] {
        page.turnedLines.map(\.metrics.text)
    }

    /// Boxes of bars (fills but the background and tints) on a page.
    static func bars(_ page: PageFrame) -> [Rect] {
        page.items.compactMap { item in
            guard case .fill(let r, let color) = item, color != .white, color != Theme.standard.colors.tint else { return nil }
            return r
        }
    }

    static let sizes: [(Double, Double)] = [(640, 360), (1200, 675), (1080, 1080)]

    @Test("no text overlaps another, a bar or the image edge", arguments: [0, 1, 2, 3])
    func nothingOverlaps(which: Int) {
        let chart = [Self.monthly(.line), Self.monthly(.bar), Self.bars(horizontal: false), Self.bars(horizontal: true)][which]
        for (w, h) in Self.sizes {
            ChartLayoutTests.check(chart, width: Int(w), height: Int(h), theme: .standard, engine: TextEngine())
            let page = Self.page(chart, w, h)
            for (text, box) in ChartLayoutTests.textBoxes(page) {
                for bar in Self.bars(page) where ChartLayoutTests.overlaps(box, bar) {
                    Issue.record("\(chart.kind) \(chart.orientation) at \(w)×\(h): `\(text)` lies on a bar")
                }
            }
        }
    }

    // (Monthly bars rise past the band everywhere: its label finds no free place there and is left out.)
    @Test("at the common sizes every reference label and annotation is printed", arguments: [0, 2, 3])
    func everyTextIsPrinted(which: Int) {
        let chart = [Self.monthly(.line), Self.monthly(.bar), Self.bars(horizontal: false), Self.bars(horizontal: true)][which]
        let page = Self.page(chart, 1200, 675)
        let all = Self.texts(page).joined(separator: " ")
        for label in chart.references.compactMap(\.label) { #expect(all.contains(label), "\(chart.kind) \(chart.orientation): `\(label)` left out") }
        for note in chart.annotations.map(\.text) {
            // Notes wrap: every word is printed.
            for word in note.split(separator: " ") { #expect(all.contains(word), "\(chart.kind) \(chart.orientation): `\(note)` left out") }
        }
    }

    @Test("the alternative text names every reference and annotation, printed or not", arguments: [0, 1, 2, 3])
    func altTextNamesThem(which: Int) {
        var chart = [Self.monthly(.line), Self.monthly(.bar), Self.bars(horizontal: false), Self.bars(horizontal: true)][which]
        chart.altText = ChartAltText.describe(chart)
        for label in chart.references.compactMap(\.label) { #expect(chart.altText.contains(label)) }
        for note in chart.annotations.map(\.text) { #expect(chart.altText.contains(note)) }
        if which == 0 {
            #expect(chart.altText.hasSuffix(". Reference lines: January 2008 peak (138.4); Trough band (131 to 133). Notes: Recession, December 2007 to June 2009 (2007-12 to 2009-06); Back above the peak (2014-05)"), "\(chart.altText.suffix(220))")
        }
    }

    static func leaders(_ page: PageFrame) -> [(Point, Point)] {
        page.items.compactMap { item -> (Point, Point)? in
            guard case .path(let shape, nil, let stroke) = item, stroke?.dash == [], stroke?.color == Theme.standard.colors.muted, shape.elements.count == 2,
                  case .move(let a) = shape.elements[0], case .line(let b) = shape.elements[1] else { return nil }
            return (a, b)
        }
    }

    @Test("a note the bars leave no room for gets a strip above them, its rule drawn up to it")
    func aNoteOverFullBarsGetsAStrip() throws {
        // 120 monthly bars at the top of the axis around the annotated month, lower further out.
        let values = Self.months.indices.map { i -> Double? in 100 - 40 * max(0, Double(abs(i - 60)) - 12) / 48 }
        var chart = Chart(id: "hemmed", kind: .bar, title: "Hemmed", categories: Self.months, series: [ChartSeries(name: "V", values: values)])
        chart.annotations = [ChartAnnotation(from: 60, text: "Strike ends")]
        for (w, h) in Self.sizes {
            let page = Self.page(chart, w, h)
            ChartLayoutTests.check(chart, width: Int(w), height: Int(h), theme: .standard, engine: TextEngine())
            let note = try #require(ChartLayoutTests.textBoxes(page).first { $0.0 == "Strike ends" }, "at \(w)×\(h) the note is left out").1
            let bars = Self.bars(page)
            let top = bars.map(\.y).min() ?? 0
            #expect(note.maxY <= top, "at \(w)×\(h) the note is not above the bars")
            let ruleX = bars[60].x + bars[60].width / 2
            #expect(abs(note.x - ruleX) < 12 || abs(note.maxX - ruleX) < 12, "at \(w)×\(h) the note is away from its month")
            let rules = page.items.compactMap { item -> Rect? in
                guard case .path(let shape, nil, let stroke) = item, stroke?.dash == [2, 2] else { return nil }
                return LabelPlacer.extent(shape.elements.compactMap { if case .move(let p) = $0 { p } else if case .line(let p) = $0 { p } else { nil } })
            }
            #expect(rules.contains { abs($0.x - ruleX) < 0.6 && $0.y <= note.maxY }, "at \(w)×\(h) the rule stops below its note")
        }
    }

    @Test("a note whose rule is hemmed in by a jagged line is set further along, with a leader back to its rule")
    func aHemmedInNoteGetsALeader() throws {
        // A line that swings from bottom to top around the annotated month and lies flat and low elsewhere.
        let values = Self.months.indices.map { i -> Double? in abs(i - 60) <= 14 ? (i % 2 == 0 ? 0 : 100) : 10 }
        var chart = Chart(id: "jagged", kind: .line, title: "Jagged", categories: Self.months, series: [ChartSeries(name: "V", values: values)])
        chart.annotations = [ChartAnnotation(from: 60, text: "Sensor fault")]
        var led = 0
        for (w, h) in Self.sizes {
            let page = Self.page(chart, w, h)
            ChartLayoutTests.check(chart, width: Int(w), height: Int(h), theme: .standard, engine: TextEngine())
            let note = try #require(ChartLayoutTests.textBoxes(page).first { $0.0 == "Sensor fault" }, "at \(w)×\(h) the note is left out").1
            let rules = page.items.compactMap { item -> Point? in
                guard case .path(let shape, nil, let stroke) = item, stroke?.dash == [2, 2], case .move(let p) = shape.elements.first else { return nil }
                return p
            }
            let rule = try #require(rules.first)
            // Beside its rule where the peaks leave room at the top (a tall image), else led back to it.
            if abs(note.x - rule.x) < 8 || abs(note.maxX - rule.x) < 8 { continue }
            let leader = try #require(Self.leaders(page).first, "at \(w)×\(h) the note is away from its rule with no leader")
            led += 1
            #expect(abs(leader.0.x - rule.x) < 0.01, "at \(w)×\(h) the leader does not start at the rule")
            #expect(abs(leader.1.x - note.x) < 3 || abs(leader.1.x - note.maxX) < 3, "at \(w)×\(h) the leader ends away from the note")
            for (text, box) in ChartLayoutTests.textBoxes(page) where text != "Sensor fault" {
                #expect(!ChartGeometry.segment(leader.0, leader.1, crosses: box), "at \(w)×\(h) the leader crosses `\(text)`")
            }
        }
        #expect(led >= 2, "the jagged line never pushed the note away from its rule: the test proves nothing")
    }

    @Test func aReferenceLineOnHorizontalBarsIsDrawn() {
        var chart = Self.bars(horizontal: true)
        chart.annotations = []
        chart.references = [ReferenceLine(value: 40, label: "Target")]
        let page = Self.page(chart, 1200, 675)
        let dashed = page.items.filter { if case .path(_, _, let stroke) = $0 { return stroke?.dash.isEmpty == false } else { return false } }
        #expect(dashed.count == 1)
        #expect(Self.texts(page).contains("Target"))
    }

    static func diagnostics(_ chartYAML: String) throws -> [Diagnostic] {
        try TestSupport.specDiagnostics("""
            document: {title: T, date: 2024-03-31}
            data: {d: d.csv}
            charts:
              - {id: c, title: C, data: d, rows: [Jobs], columns: [2020-01, 2020-02, 2020-03], \(chartYAML)}
            content: []
            """, files: ["d.csv": "metric,2020-01,2020-02,2020-03\nJobs,1,2,3\n"]).filter { $0.severity == .error }
    }

    @Test func specsReadReferencesAndAnnotations() throws {
        #expect(try Self.diagnostics("reference: [{value: 2, label: Two}, {from: 1, to: 1.5}], annotations: [{at: 2020-02, text: Lockdown}, {from: 2020-01, to: 2020-03, text: All}]").isEmpty)
    }

    @Test func anAnnotationOnAnUnknownCategoryIsALocatedErrorWithASuggestion() throws {
        let errors = try Self.diagnostics("annotations: [{at: 2020-04, text: Lockdown}]")
        let error = try #require(errors.first)
        #expect(error.message == "no category `2020-04` in this chart", "\(error.message)")
        #expect(error.location.line == 4)
        #expect(error.suggestion?.contains("2020-0") == true, "\(String(describing: error.suggestion))")
    }

    @Test func aReferenceIsALineOrABandNotBoth() throws {
        #expect(try Self.diagnostics("reference: {value: 1, from: 0, to: 2}").first?.message.contains("not both") == true)
        #expect(try Self.diagnostics("reference: {label: Nothing}").first?.message.contains("needs `value`") == true)
        #expect(try Self.diagnostics("annotations: [{at: 2020-01, from: 2020-01, to: 2020-02, text: X}]").first?.message.contains("not both") == true)
    }
}
