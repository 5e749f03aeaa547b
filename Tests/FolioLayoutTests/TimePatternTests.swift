import Foundation
import FolioCairo
import FolioLayout
import FolioModel
import FolioSpec
import FolioTestSupport
import Testing

/// `time-format` declares how categories write dates (`Jan 2020`, `01/06/2015`, `Q1 2020`), making the axis a
/// time axis; `axis: category` keeps categories that look like dates ordinary; `axis: time` insists.
@Suite("Declared time axes")
struct TimePatternTests {
    @Test func patternsReadDatesAndRefuseTheRest() throws {
        let monthly = try #require(TimePattern("MMM YYYY"))
        #expect(monthly.read("Jan 2020") == TimePattern.Reading(year: 2020, month: 1))
        #expect(monthly.read("sep 1999")?.month == 9)
        #expect(monthly.read("Jam 2020") == nil && monthly.read("Jan 20") == nil && monthly.read("Jan 2020 ") == nil)
        let daily = try #require(TimePattern("DD/MM/YYYY"))
        #expect(daily.read("29/02/2024")?.day == 29)
        #expect(daily.read("29/02/2023") == nil, "2023 has no 29 February")
        #expect(TimePattern("Q YYYY")?.read("Q3 2021")?.quarter == 3)
        #expect(TimePattern("MM/DD") == nil, "no year")
        #expect(TimePattern("MMMM D, YYYY")?.read("June 1, 2015") == TimePattern.Reading(year: 2015, month: 6, day: 1))
    }

    static let months = (2010...2019).flatMap { y in ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].map { "\($0) \(y)" } }

    static func yaml(_ options: String, categories: [String] = months) -> (String, String) {
        let csv = "metric," + categories.joined(separator: ",") + "\nJobs," + categories.indices.map { String(100 + $0 % 17) }.joined(separator: ",") + "\n"
        let spec = """
            document: {title: T, date: 2024-03-31}
            data: {d: d.csv}
            charts:
              - {id: c, type: line, title: C, data: d, rows: [Jobs]\(options)}
            content: []
            """
        return (spec, csv)
    }

    static func texts(_ options: String) throws -> [String] {
        let (spec, csv) = yaml(options)
        let dir = try TestSupport.temporaryDirectory()
        try TestSupport.write(csv, to: "d.csv", in: dir)
        let chart = try #require(try SpecReader().read(path: TestSupport.write(spec, to: "s.yaml", in: dir).path).charts.first)
        return ChartImageLayout(shaper: TextEngine(), theme: .standard).page(chart, size: Size(width: 1200, height: 675), organisation: nil)
            .turnedLines.map(\.metrics.text)
    }

    @Test func aDeclaredMonthlyAxisIsLabelledByYears() throws {
        let texts = try Self.texts(", time-format: MMM YYYY")
        #expect(texts.contains("2010") && texts.contains("2019"), "\(texts)")
        // Without the pattern the same categories are ordinary: labelled every Nth as written.
        let plain = try Self.texts("")
        #expect(plain.contains { $0.hasPrefix("Jan 2010") } && !plain.contains("2015"), "\(plain)")
    }

    @Test func categoryAxesStayOrdinary() throws {
        // The spec's `axis: category` turns the recognition off …
        let isoMonths = (2010...2011).flatMap { y in (1...12).map { "\(y)-\($0 < 10 ? "0" : "")\($0)" } }
        let (spec, csv) = Self.yaml(", axis: category", categories: isoMonths)
        let dir = try TestSupport.temporaryDirectory()
        try TestSupport.write(csv, to: "d.csv", in: dir)
        let read = try #require(try SpecReader().read(path: TestSupport.write(spec, to: "s.yaml", in: dir).path).charts.first)
        #expect(!read.recognisesTime)
        // … and then months print as written, every Nth, never as years.
        let iso = (2010...2019).flatMap { y in (1...12).map { "\(y)-\($0 < 10 ? "0" : "")\($0)" } }
        var chart = Chart(id: "c", kind: .line, title: "C", categories: iso, series: [ChartSeries(name: "v", values: iso.map { _ in 1.0 })])
        chart.recognisesTime = false
        let texts = ChartImageLayout(shaper: TextEngine(), theme: .standard).page(chart, size: Size(width: 1200, height: 675), organisation: nil)
            .turnedLines.map(\.metrics.text)
        #expect(!texts.contains("2015") && texts.contains("2010-01"), "\(texts)")
    }

    @Test func aCategoryNotInTheDeclaredFormIsAnError() throws {
        var categories = Self.months
        categories[5] = "June 2010"
        let (spec, csv) = Self.yaml(", time-format: MMM YYYY", categories: categories)
        let errors = try TestSupport.specDiagnostics(spec, files: ["d.csv": csv]).filter { $0.severity == .error }
        #expect(errors.first?.message == "category `June 2010` does not read as `MMM YYYY`", "\(errors.map(\.message))")
        let (bad, csv2) = Self.yaml(", time-format: MM/DD")
        #expect(try TestSupport.specDiagnostics(bad, files: ["d.csv": csv2]).first?.message.contains("is not a date pattern") == true)
        let (time, csv3) = Self.yaml(", axis: time")
        #expect(try TestSupport.specDiagnostics(time, files: ["d.csv": csv3]).first?.suggestion?.contains("time-format") == true)
    }
}
