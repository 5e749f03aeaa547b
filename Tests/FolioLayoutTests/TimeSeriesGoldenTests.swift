import Foundation
import FolioCairo
import FolioLayout
import FolioModel
import FolioSpec
import FolioTestSupport
import Testing

/// Golden frame dumps of the dense charts built from public data: a 120-month series (US payrolls), a
/// 92-day series (Seattle temperatures), 17-year small multiples and stacked bars (Iowa generation), at
/// the release sizes; and the overlap check at three sizes. A changed layout fails here with the file to
/// compare; re-record with `FOLIO_RECORD_GOLDENS=1 swift test` after looking at the new images.
@Suite("Time series goldens")
struct TimeSeriesGoldenTests {
    static let specs = ["ReportSpecs/us-employment-2006-2015.yaml", "ReportSpecs/sample-time-series-charts.yaml"]

    static func chart(_ id: String) throws -> (Chart, Theme) {
        var found: (Chart, Theme)? = nil
        for spec in specs where found == nil {
            let loaded = try SpecReader().read(path: TestSupport.root.appendingPathComponent(spec).path)
            if let chart = loaded.charts.first(where: { $0.id == id }) { found = (chart, loaded.report.theme) }
        }
        return try #require(found, "no chart `\(id)` in \(specs)")
    }

    static let ids = ["nonfarm-monthly", "seattle-temperatures-summer-2015", "iowa-generation-by-source", "iowa-generation-stacked",
                      "technology-stock-prices-2000-2010"]

    @Test("golden dumps at 1200×675 and 1080×1080", arguments: ids)
    func golden(id: String) throws {
        let (chart, theme) = try Self.chart(id)
        for (w, h) in [(1200.0, 675.0), (1080.0, 1080.0)] {
            let page = ChartImageLayout(shaper: TextEngine(), theme: theme).page(chart, size: Size(width: w, height: h), organisation: "Folio sample reports")
            try ChartLayoutTests.expectGolden(FrameDump.describe(page), named: "\(id)-\(Int(w))x\(Int(h))")
        }
    }

    @Test("no text overlaps or leaves the image at three sizes", arguments: ids)
    func noOverlaps(id: String) throws {
        let (chart, theme) = try Self.chart(id)
        for (w, h) in [(640, 360), (1200, 675), (1080, 1080)] {
            ChartLayoutTests.check(chart, width: w, height: h, theme: theme, engine: TextEngine())
        }
    }
}
