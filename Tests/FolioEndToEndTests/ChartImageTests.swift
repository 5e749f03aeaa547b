import Foundation
import FolioTestSupport
import Testing

/// `folio charts` and the charts inside the report PDF.
@Suite("Chart images and figures")
struct ChartImageTests {
    static let release = TestSupport.root.appendingPathComponent("ReportSpecs/release-charts-2023-24.yaml").path

    @Test func everyChartAndPresetIsWrittenAndMatchesTheCommittedOutput() throws {
        let dir = try TestSupport.temporaryDirectory()
        let result = try TestSupport.run(TestSupport.folio, ["charts", Self.release, "--presets", "--output", dir.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let committed = TestSupport.root.appendingPathComponent("Output/charts/release-charts-2023-24")
        let files = try FileManager.default.subpathsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".png") }.sorted()
        #expect(files.count == 13 * 4, "13 charts at the default size and three presets")
        for file in files {
            let fresh = try Data(contentsOf: dir.appendingPathComponent(file))
            let old = try? Data(contentsOf: committed.appendingPathComponent(file))
            #expect(fresh == old, "Output/charts/release-charts-2023-24/\(file) is stale: run `make report`")
        }
        // PNG dimensions: 2× print preset doubles the pixels.
        let print = try Data(contentsOf: dir.appendingPathComponent("print/ice-three-years.png"))
        #expect(Self.pngSize(print) == (2400, 1350))
        let square = try Data(contentsOf: dir.appendingPathComponent("square/ice-three-years.png"))
        #expect(Self.pngSize(square) == (1080, 1080))
    }

    @Test func onlySizeScaleAndSVG() throws {
        let dir = try TestSupport.temporaryDirectory()
        let result = try TestSupport.run(TestSupport.folio, ["charts", Self.release, "--only", "ice-children-rescued-by-quarter",
                                                             "--format", "svg", "--size", "800x600", "--output", dir.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(files == ["ice-children-rescued-by-quarter.svg"])
        let svg = try String(contentsOf: dir.appendingPathComponent(files[0]), encoding: .utf8)
        #expect(svg.contains("width=\"800pt\" height=\"600pt\""))
        let png = try TestSupport.run(TestSupport.folio, ["charts", Self.release, "--only", "cisa-three-years", "--size", "400x300",
                                                          "--scale", "2", "--output", dir.path, "--quiet"])
        #expect(png.status == 0)
        #expect(Self.pngSize(try Data(contentsOf: dir.appendingPathComponent("cisa-three-years.png"))) == (800, 600))
    }

    @Test func svgIsByteIdenticalAcrossRunsAndTimeZones() throws {
        let a = try TestSupport.temporaryDirectory(), b = try TestSupport.temporaryDirectory()
        for (dir, tz) in [(a, "UTC"), (b, "Asia/Kolkata")] {
            let result = try TestSupport.run(TestSupport.folio, ["charts", Self.release, "--format", "svg", "--output", dir.path, "--quiet"],
                                             environment: ["TZ": tz])
            #expect(result.status == 0, "\(result.stderr)")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: a.path).sorted()
        #expect(files.count == 13)
        for f in files {
            #expect(try Data(contentsOf: a.appendingPathComponent(f)) == Data(contentsOf: b.appendingPathComponent(f)), "\(f) differs")
        }
    }

    @Test func anUnknownChartIdIsAnInputError() throws {
        let dir = try TestSupport.temporaryDirectory()
        let result = try TestSupport.run(TestSupport.folio, ["charts", Self.release, "--only", "no-such-chart", "--output", dir.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no chart `no-such-chart`"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
        let usage = try TestSupport.run(TestSupport.folio, ["charts", Self.release, "--size", "big"])
        #expect(usage.status == 64)
    }

    @Test func figuresInThePDFCarryTheirAltText() throws {
        let dir = try TestSupport.temporaryDirectory()
        let build = try TestSupport.folioBuild(TestSupport.alertSpec, output: dir)
        #expect(build.status == 0)
        let pdf = try Data(contentsOf: dir.appendingPathComponent("alert-annual-report-2023-24.pdf"))
        let text = String(decoding: pdf, as: UTF8.self)
        // 13 figures, each rewritten once by the incremental update with its /Alt.
        #expect(text.components(separatedBy: "/Alt <FEFF").count - 1 == 13)
        let expected = "Bar chart of children rescued by quarter, 2023-24: Q1 26, Q2 78, Q3 56, Q4 43"
        let hex = "<FEFF" + expected.utf16.map { String(format: "%04X", $0) }.joined() + ">"
        #expect(text.contains("/Alt " + hex))
        // The chart's figures print in the PDF text too (value labels and axes).
        let pageText = try TestSupport.pdfText(dir.appendingPathComponent("alert-annual-report-2023-24.pdf"))
        #expect(pageText.contains("Children rescued by quarter, 2023-24"))
        #expect(pageText.contains("$2,451,800"))
    }

    static func pngSize(_ data: Data) -> (Int, Int) {
        guard data.count > 24 else { return (0, 0) }
        func be(_ o: Int) -> Int { data[o..<o + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (be(16), be(20))
    }
}
