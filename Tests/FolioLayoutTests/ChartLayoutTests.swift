import Foundation
import FolioCairo
import FolioLayout
import FolioModel
import FolioSpec
import FolioTestSupport
import Testing

/// Charts laid out at many sizes: no text overlaps other text, nothing leaves the image, missing values
/// leave gaps, alt text is generated from the data; golden text dumps keep the layout stable.
@Suite("Chart layout")
struct ChartLayoutTests {
    static let release = TestSupport.root.appendingPathComponent("ReportSpecs/release-charts-2023-24.yaml").path
    static let sizes = [(400, 300), (640, 360), (800, 800), (1080, 1080), (1200, 675), (1600, 900), (2400, 1350), (500, 900)]

    static func charts() throws -> (LoadedSpec, [Chart]) {
        let loaded = try SpecReader().read(path: release)
        let report = try SpecReader().read(path: TestSupport.alertSpec)
        return (loaded, loaded.charts + report.charts)
    }

    /// Ink boxes of every text line on a page.
    static func textBoxes(_ page: PageFrame) -> [(String, Rect)] {
        page.turnedLines.map { t in
            let m = t.metrics
            return (m.text, Rect(x: t.origin.x, y: t.origin.y - m.ascent * 0.8, width: m.width, height: (m.ascent * 0.8 + m.descent * 0.6)))
        }
    }

    static func overlaps(_ a: Rect, _ b: Rect) -> Bool {
        a.x < b.maxX - 0.5 && b.x < a.maxX - 0.5 && a.y < b.maxY - 0.5 && b.y < a.maxY - 0.5
    }

    static func check(_ chart: Chart, width: Int, height: Int, theme: Theme, engine: TextEngine) {
        let page = ChartImageLayout(shaper: engine, theme: theme)
            .page(chart, size: Size(width: Double(width), height: Double(height)), organisation: "ALERT")
        let boxes = textBoxes(page)
        let dataLines = dataLineSegments(page)
        // Turned labels (category labels at 45°) are compared in their own frame, where they are level boxes:
        // the level boxes of parallel diagonal labels overlap however far apart the labels are.
        let lines = page.turnedLines
        func framed(_ k: Int) -> Rect {
            let t = lines[k], a = t.rotation * .pi / 180, m = t.metrics
            let x = t.origin.x * cos(a) + t.origin.y * sin(a), y = -t.origin.x * sin(a) + t.origin.y * cos(a)
            return Rect(x: x, y: y - m.ascent * 0.8, width: m.width, height: m.ascent * 0.8 + m.descent * 0.6)
        }
        #expect(!boxes.isEmpty)
        for (i, (text, box)) in boxes.enumerated() {
            #expect(box.x >= -0.5 && box.maxX <= Double(width) + 0.5 && box.y >= -0.5 && box.maxY <= Double(height) + 0.5,
                    "\(chart.id) at \(width)×\(height): `\(text)` is clipped")
            for (j, (other, otherBox)) in boxes.enumerated() where j > i {
                let parallel = lines[i].rotation != 0 && lines[i].rotation == lines[j].rotation
                guard parallel ? overlaps(framed(i), framed(j)) : overlaps(box, otherBox) else { continue }
                Issue.record("\(chart.id) at \(width)×\(height): `\(text)` overlaps `\(other)`")
            }
            if dataLines.contains(where: { crosses($0, box) }) {
                Issue.record("\(chart.id) at \(width)×\(height): a data line crosses `\(text)`")
            }
        }
    }

    /// The segments of a chart's data lines: solid polylines of more than two points (rules, leaders and
    /// reference lines have two; a dashed series still has more).
    static func dataLineSegments(_ page: PageFrame) -> [(Point, Point)] {
        page.items.flatMap { item -> [(Point, Point)] in
            guard case .path(let shape, nil, _) = item, !shape.elements.contains(.close) else { return [] }
            let points = shape.elements.compactMap { e -> Point? in
                if case .move(let p) = e { return p }
                if case .line(let p) = e { return p }
                return nil
            }
            return points.count > 2 ? Array(zip(points, points.dropFirst())) : []
        }
    }

    /// Whether a segment passes through the inside of `box` (its ink box shrunk by half a point), sampled finely.
    static func crosses(_ segment: (Point, Point), _ box: Rect) -> Bool {
        let (a, b) = segment
        let steps = max(8, Int((abs(b.x - a.x) + abs(b.y - a.y)) / 0.5))
        for step in 0...steps {
            let t = Double(step) / Double(steps)
            let x = a.x + (b.x - a.x) * t, y = a.y + (b.y - a.y) * t
            if x > box.x + 0.5 && x < box.maxX - 0.5 && y > box.y + 0.5 && y < box.maxY - 0.5 { return true }
        }
        return false
    }

    @Test("no label overlaps or is clipped, at every size from 400×300 to 2400×1350")
    func noOverlapAtAnySize() throws {
        let (loaded, charts) = try Self.charts()
        let engine = TextEngine()
        for chart in charts {
            for (w, h) in Self.sizes { Self.check(chart, width: w, height: h, theme: loaded.report.theme, engine: engine) }
        }
    }

    @Test("edge cases render sensibly", arguments: [
        ("all-equal", [[5.0, 5, 5, 5]]), ("all-zero", [[0.0, 0, 0, 0]]), ("negative", [[-40.0, 25, -5, 60]]),
        ("outlier", [[1.0, 2, 3, 13_260_819]]), ("missing", [[nil, 3, nil, 4]]), ("all-missing", [[nil, nil, nil, nil]]),
        ("two-series", [[1.0, 2, 3, 4], [4.0, 3, 2, 1]]),
        ("close-series", [[30.0, 28, 31, 29], [29.0, 30, 28, 30], [31.0, 29, 30, 28]]),
    ] as [(String, [[Double?]])])
    func edgeCases(name: String, values: [[Double?]]) {
        let engine = TextEngine()
        for kind in Chart.Kind.allCases {
            for orientation in Chart.Orientation.allCases where kind == .bar || orientation == .vertical {
                let series = values.enumerated().map { ChartSeries(name: "Series \($0.offset + 1)", values: $0.element) }
                let chart = Chart(id: name, kind: kind, orientation: orientation,
                                  title: "A chart of \(name) values with a long title that has to wrap at small sizes",
                                  categories: ["First quarter of the year", "Q2", "Q3", "Q4"], series: series,
                                  valueLabels: true, reference: name == "negative" ? ReferenceLine(value: 10, label: "Target") : nil)
                for (w, h) in [(400, 300), (1200, 675), (2400, 1350)] { Self.check(chart, width: w, height: h, theme: .standard, engine: engine) }
            }
        }
    }

    @Test func logScaleSpansOrdersOfMagnitude() {
        let engine = TextEngine()
        let chart = Chart(id: "log", kind: .line, scale: .log, title: "Total photos/videos by quarter, 2023-24",
                          categories: ["Q1", "Q2", "Q3", "Q4", "2021-22"],
                          series: [ChartSeries(name: "Photos/videos", values: [262_400, 511_133, 1_374_310, 606_254, 13_260_819])],
                          valueLabels: true)
        for (w, h) in Self.sizes { Self.check(chart, width: w, height: h, theme: .standard, engine: engine) }
        let page = ChartImageLayout(shaper: engine, theme: .standard).page(chart, size: Size(width: 1200, height: 675), organisation: nil)
        let texts = page.turnedLines.map(\.metrics.text)
        #expect(texts.contains("200K") && texts.contains("1M") && texts.contains("20M"), "1-2-5 steps over two decades: \(texts)")
    }

    @Test func rotatedCategoryLabelsStayInsideAndApart() {
        let engine = TextEngine()
        let places = ["Calgary", "Edmonton", "Fort McMurray", "Grande Prairie", "Lethbridge", "Lloydminster", "Medicine Hat", "Red Deer"]
        var chart = Chart(id: "rotated", kind: .bar, title: "Arrests by location, 2023-24", categories: places,
                          series: [ChartSeries(name: "Arrests", values: [24, 17, 8, 7, 7, 24, 37, 17])], valueLabels: true)
        chart.rotateLabels = true
        for (w, h) in Self.sizes {
            let page = ChartImageLayout(shaper: engine, theme: .standard).page(chart, size: Size(width: Double(w), height: Double(h)), organisation: nil)
            let rotated = page.turnedLines.filter { $0.rotation != 0 }
            #expect(rotated.count == places.count)
            var previousEnd = -Double.infinity
            for t in rotated {
                // The baseline rises at 45° from its origin: its far end is width × cos 45° to the right and up.
                let end = Point(x: t.origin.x + t.metrics.width * 0.7072, y: t.origin.y - t.metrics.width * 0.7072)
                #expect(t.origin.x >= -0.5 && t.origin.y <= Double(h) + 0.5, "`\(t.metrics.text)` leaves the image at \(w)×\(h)")
                #expect(end.x > previousEnd, "labels run in category order")
                previousEnd = end.x
            }
        }
    }

    static func axisTexts(_ values: [Double], unit: Quantity.Unit = .plain) -> [String] {
        let chart = Chart(id: "t", kind: .bar, title: "Metric", categories: ["Q1", "Q2", "Q3", "Q4"],
                          series: [ChartSeries(name: "Metric", values: values, unit: unit)], format: NumberFormat(style: .compact))
        let page = ChartImageLayout(shaper: TextEngine(), theme: .standard).page(chart, size: Size(width: 800, height: 450), organisation: nil)
        return page.turnedLines.map(\.metrics.text)
            .filter { $0 != "Metric" && !$0.hasPrefix("Q") }
    }

    @Test func compactTicksAreExactOrNotCompact() {
        // Under 10,000 an axis is written out: never `1.3K` for 1,250, nor `800` beside `1K`.
        let quarter = Self.axisTexts([983, 1635, 1263, 979])
        #expect(quarter.contains("1,250"), "\(quarter)")
        #expect(!quarter.contains { $0.hasSuffix("K") }, "\(quarter)")
        let half = Self.axisTexts([983, 2635, 1263, 979])
        #expect(half.contains("1,500") || half.contains("2,500"), "\(half)")
        #expect(NumberFormat(style: .compact).compactIsExact(1_500) && !NumberFormat(style: .compact).compactIsExact(1_250))
    }

    @Test("one compact style per axis: one suffix, one number of decimals, units kept")
    func oneCompactStylePerAxis() {
        // Monthly job changes from −950 to 600: `−1,000` and `−800`, never `−1K` beside `−800`.
        let changes = Self.axisTexts([-950, 600, 250, -120])
        #expect(changes.contains("−1,000") && changes.contains("−800"), "\(changes)")
        #expect(!changes.contains { $0.hasSuffix("K") }, "\(changes)")
        // Half a million to 1.6 million: every tick in millions with one decimal (`0.5M`, `1.0M`), zero as `0`.
        let millions = Self.axisTexts([500_000, 1_600_000, 1_200_000, 900_000])
        let ticks = millions.filter { $0 != "0" }
        #expect(millions.contains("0") && !ticks.isEmpty, "\(millions)")
        #expect(ticks.allSatisfy { $0.hasSuffix("M") && $0.dropLast().split(separator: ".").last?.count == 1 }, "\(millions)")
        // Money and percentages keep their unit on every tick.
        let money = Self.axisTexts([40_000, 120_000, 75_000, 98_000], unit: .currency)
        #expect(money.allSatisfy { $0.hasPrefix("$") && ($0 == "$0" || $0.hasSuffix("K")) }, "\(money)")
        let shares = Self.axisTexts([12.5, 40, 22, 31], unit: .percent)
        #expect(shares.allSatisfy { $0.hasSuffix("%") }, "\(shares)")
    }

    @Test func axisAndValueLabelsEachPickAFormat() {
        var chart = Chart(id: "vf", kind: .bar, title: "Drugs", categories: ["2021-22", "2022-23", "2023-24"],
                          series: [ChartSeries(name: "Drugs", values: [334_093_020, 10_898_269, 5_334_163], unit: .currency)],
                          format: NumberFormat(style: .currency), valueLabels: true)
        let texts = { (chart: Chart) in Self.texts(chart) }
        #expect(texts(chart).contains("$334,093,020"), "value labels as the source writes them when they fit")
        #expect(texts(chart).contains("$350,000,000"), "the axis in its own format")
        chart.valueFormat = NumberFormat(style: .compact)
        #expect(texts(chart).contains("$334.1M"))
        #expect(texts(chart).contains("$350,000,000"))
    }

    /// Every text line of a chart laid out at `width`×`height`.
    static func texts(_ chart: Chart, width: Double = 1200, height: Double = 675, theme: Theme = .standard) -> [String] {
        let page = ChartImageLayout(shaper: TextEngine(), theme: theme).page(chart, size: Size(width: width, height: height), organisation: nil)
        return page.turnedLines.map(\.metrics.text)
    }

    @Test("a bar's value label is the source's figure or nothing, never rounded")
    func valueLabelsAreExactOrLeftOut() {
        let values: [Double?] = [334_093_020, 10_898_269, 5_334_163, 21_740_617, 1_432_847, 632_294,
                                 234_093_020, 20_898_269, 4_334_163, 11_740_617, 2_432_847, 732_294]
        let years = (2012...2023).map { "\($0)-\(($0 + 1) % 100)" }
        func chart(_ kind: Chart.Kind, _ count: Int) -> Chart {
            Chart(id: "labels", kind: kind, title: "Seized", categories: Array(years.prefix(count)),
                  series: [ChartSeries(name: "Seized", values: Array(values.prefix(count)), unit: .currency)],
                  format: NumberFormat(style: .compact), valueLabels: true)
        }
        let exact = values.compactMap { $0 }.map { NumberFormat.auto.format($0, unit: .currency) }
        let rounded = values.compactMap { $0 }.map { NumberFormat(style: .compact).format($0, unit: .currency) }
        #expect(exact.first == "$334,093,020" && rounded.first == "$334.1M")
        for kind in [Chart.Kind.bar, .line] {
            // Room for them: every figure as the source writes it.
            let roomy = Self.texts(chart(kind, 6), width: 1600, height: 900)
            #expect(exact.prefix(6).allSatisfy { roomy.contains($0) }, "\(kind): \(roomy)")
            // No room: a bar chart leaves its labels out; a line places what it can. Never a rounded figure.
            let crowded = Self.texts(chart(kind, 12), width: 400, height: 225)
            let labels = crowded.filter { $0.contains(",") }
            #expect(!crowded.contains { rounded.contains($0) }, "\(kind): \(crowded)")
            #expect(labels.allSatisfy { exact.contains($0) }, "\(kind): \(labels)")
            #expect(kind == .bar ? labels.isEmpty : !labels.isEmpty, "\(kind): \(labels)")
        }
    }

    @Test("horizontal bars label their ends with the source's figures, whatever the axis' format")
    func horizontalBarLabelsAreExact() {
        let chart = Chart(id: "h", kind: .bar, orientation: .horizontal, title: "Drugs by location",
                          categories: ["Calgary", "Edmonton", "Red Deer"],
                          series: [ChartSeries(name: "Drugs", values: [937_422, 592_839, 2_451_800], unit: .currency)],
                          format: NumberFormat(style: .compact), valueLabels: true)
        let texts = Self.texts(chart)
        #expect(["$937,422", "$592,839", "$2,451,800"].allSatisfy { texts.contains($0) }, "\(texts)")
        // The axis in millions throughout (`$0.5M`, `$1.0M`…); the bars' labels as the source writes them.
        let compact = texts.filter { $0.hasSuffix("M") || $0.hasSuffix("K") }
        #expect(compact.contains("$1.0M") && compact.allSatisfy { $0.hasSuffix("M") }, "only the axis is compact, in one style: \(texts)")
    }

    @Test("small multiples take fewer columns rather than break `2021-22` or round a figure")
    func smallMultiplesKeepWordsAndFiguresWhole() throws {
        let (_, charts) = try Self.charts()
        let report = try SpecReader().read(path: TestSupport.alertSpec)
        let chart = try #require(report.charts.first { $0.id == "stolen-vehicles-three-years" })
        #expect(charts.contains { $0.id == chart.id })
        let texts = Self.texts(chart, theme: report.report.theme)
        #expect(texts.filter { $0 == "2021-22" }.count == 4, "each panel's first category on one line: \(texts)")
        #expect(!texts.contains("2021-2") && !texts.contains("2023-2"), "\(texts)")
        #expect(texts.contains("$3,919,500") && texts.contains("$2,741,025") && texts.contains("$8,420,500"), "\(texts)")
    }

    @Test("a category word wider than its band turns the labels of a short axis instead of breaking inside it; a long axis thins them")
    func wideCategoryWordsTurnTheLabels() {
        func categories(_ count: Int, width: Double, rotate: Bool = false) -> (Chart, [TurnedLine]) {
            var chart = Chart(id: "turn", kind: .bar, title: "Years", categories: (2010..<(2010 + count)).map { "\($0)-\(($0 + 1) % 100)" },
                              series: [ChartSeries(name: "x", values: (1...count).map { Double($0) })])
            chart.rotateLabels = rotate
            let page = ChartImageLayout(shaper: TextEngine(), theme: .standard).page(chart, size: Size(width: width, height: 300), organisation: nil)
            return (chart, page.turnedLines.filter { $0.metrics.text.contains("-") })
        }
        // Twelve categories: every label, on one line each, turned.
        let (short, turned) = categories(12, width: 260)
        #expect(turned.count == 12, "one line per category, none broken: \(turned.map(\.metrics.text))")
        #expect(turned.allSatisfy { $0.rotation == -45 })
        Self.check(short, width: 260, height: 300, theme: .standard, engine: TextEngine())
        // Fourteen: every other one, level; or all fourteen turned when the spec asks.
        let (long, thinned) = categories(14, width: 400)
        #expect(thinned.count == 7 && thinned.allSatisfy { $0.rotation == 0 }, "\(thinned.map(\.metrics.text))")
        Self.check(long, width: 400, height: 300, theme: .standard, engine: TextEngine())
        let (_, asked) = categories(14, width: 400, rotate: true)
        #expect(asked.count == 14 && asked.allSatisfy { $0.rotation == -45 })
    }

    @Test func oneCategory() {
        let chart = Chart(id: "one", kind: .bar, title: "One", categories: ["2023-24"], series: [ChartSeries(name: "x", values: [203])], valueLabels: true)
        Self.check(chart, width: 400, height: 300, theme: .standard, engine: TextEngine())
    }

    @Test func aMissingValueLeavesAGapInALine() {
        let chart = Chart(id: "gap", kind: .line, title: "Gap", categories: ["Q1", "Q2", "Q3", "Q4", "Q5"],
                          series: [ChartSeries(name: "x", values: [1, 2, nil, 4, 5])])
        let page = ChartImageLayout(shaper: TextEngine(), theme: .standard).page(chart, size: Size(width: 800, height: 450), organisation: nil)
        let strokes = page.items.filter { if case .path(_, nil, .some) = $0 { return true } else { return false } }
        #expect(strokes.count == 2, "two line pieces around the missing value, no segment through it")
        let markers = page.items.filter { if case .path(_, .some, _) = $0 { return true } else { return false } }
        #expect(markers.count == 4, "a marker for each present value only")
        let texts = page.turnedLines.map(\.metrics.text)
        #expect(texts.filter { $0 == "–" }.count == 1, "the missing value marked at the baseline, as on a bar chart: \(texts)")
    }

    @Test func aMissingBarIsMarkedNotDrawnAsZero() {
        let chart = Chart(id: "missing", kind: .bar, title: "Missing", categories: ["2021-22", "2022-23", "2023-24"],
                          series: [ChartSeries(name: "x", values: [nil, nil, 15])])
        let page = ChartImageLayout(shaper: TextEngine(), theme: .standard).page(chart, size: Size(width: 800, height: 450), organisation: nil)
        let texts = page.turnedLines.map(\.metrics.text)
        #expect(texts.filter { $0 == "–" }.count == 2)
        let bars = page.items.filter { if case .fill(_, let c) = $0 { return c == Theme.standard.colors.primary } else { return false } }
        #expect(bars.count == 1)
    }

    @Test func altTextIsGeneratedFromTheData() throws {
        let (_, charts) = try Self.charts()
        let chart = try #require(charts.first { $0.id == "ice-children-rescued-by-quarter" })
        #expect(chart.altText == "Bar chart of children rescued by quarter, 2023-24: Q1 26, Q2 78, Q3 56, Q4 43")
        let firearms = try #require(charts.first { $0.id == "firearms-three-years" })
        #expect(firearms.altText.contains("Gun seizures: 2021-22 no value, 2022-23 no value, 2023-24 15"))
        let written = Chart(id: "x", kind: .bar, title: "T", categories: ["a"], series: [ChartSeries(name: "s", values: [1])], altText: "Written by hand")
        #expect(written.altText == "Written by hand")
    }

    @Test("golden text dumps", arguments: ["ice-children-rescued-by-quarter", "ice-three-years", "organized-crime-drugs-by-location"])
    func goldenDump(id: String) throws {
        let (loaded, charts) = try Self.charts()
        let chart = try #require(charts.first { $0.id == id })
        let page = ChartImageLayout(shaper: TextEngine(), theme: loaded.report.theme).page(chart, size: Size(width: 1200, height: 675), organisation: "ALERT")
        try Self.expectGolden(FrameDump.describe(page), named: id)
    }

    /// Compares a frame dump with `Golden/<name>.txt`, or records it with `FOLIO_RECORD_GOLDENS=1`.
    ///
    /// Exactly on the reference platform (`ReferencePlatform.isCurrent`): the dumps hold every text's position
    /// and width, which another Pango, HarfBuzz or Inter changes. Elsewhere the page size must be the same
    /// and the number of texts placed within a quarter of the golden's (a line more or less where a paragraph
    /// breaks otherwise, a tick label thinned out), so that a page gone empty or doubled still fails.
    static func expectGolden(_ dump: String, named name: String) throws {
        let golden = TestSupport.root.appendingPathComponent("Tests/FolioLayoutTests/Golden/\(name).txt")
        if ProcessInfo.processInfo.environment["FOLIO_RECORD_GOLDENS"] == "1" {
            try dump.write(to: golden, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        guard ReferencePlatform.isCurrent else {
            let lines = dump.split(separator: "\n"), expectedLines = expected.split(separator: "\n")
            #expect(lines.first == expectedLines.first, "\(name): \(lines.first ?? "nothing") where the golden has \(expectedLines.first ?? "nothing")")
            let texts = lines.filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("text ") }.count
            let expectedTexts = expectedLines.filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("text ") }.count
            #expect(abs(texts - expectedTexts) <= max(1, expectedTexts / 4), "\(name): \(texts) texts placed, the golden \(expectedTexts); \(ReferencePlatform.reason)")
            return
        }
        #expect(dump == expected, "layout of \(name) changed; diff it against \(golden.path) and re-record with FOLIO_RECORD_GOLDENS=1")
    }
}
