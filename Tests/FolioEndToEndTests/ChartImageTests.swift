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
            guard ReferencePlatform.isCurrent else {
                // Other rasterisers and fonts draw other pixels (ReferencePlatform): the size and content are checked.
                let problems = try ReferencePlatform.portableProblems(dir.appendingPathComponent(file), reference: committed.appendingPathComponent(file))
                #expect(problems.isEmpty, "\(problems); \(ReferencePlatform.reason)")
                continue
            }
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

    /// The iTXt chunks of a PNG, keyword to text (uncompressed ones, as Folio writes them).
    static func pngTexts(_ data: Data) -> [String: String] {
        let bytes = [UInt8](data)
        var texts: [String: String] = [:]
        var i = 8
        while i + 8 <= bytes.count {
            let length = bytes[i..<(i + 4)].reduce(0) { $0 << 8 | Int($1) }
            let type = String(decoding: bytes[(i + 4)..<(i + 8)], as: UTF8.self)
            guard i + 12 + length <= bytes.count else { break }
            if type == "iTXt" {
                let body = Array(bytes[(i + 8)..<(i + 8 + length)])
                // keyword NUL, compression flag and method (two bytes), language NUL, translated keyword NUL, text
                if let k = body.firstIndex(of: 0), k + 3 <= body.count {
                    let rest = Array(body[(k + 3)...])
                    let parts = rest.split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false)
                    if parts.count == 3 { texts[String(decoding: body[..<k], as: UTF8.self)] = String(decoding: parts[2], as: UTF8.self) }
                }
            }
            i += 12 + length
        }
        return texts
    }

    @Test("release images carry their alternative text: PNG iTXt Title/Description, SVG title/desc with role=img")
    func imagesCarryTheirAltText() throws {
        let dir = try TestSupport.temporaryDirectory()
        for format in ["png", "svg"] {
            let result = try TestSupport.run(TestSupport.folio, ["charts", Self.release, "--only", "ice-children-rescued-by-quarter",
                                                                 "--format", format, "--output", dir.path, "--quiet"])
            #expect(result.status == 0, "\(result.stderr)")
        }
        let texts = Self.pngTexts(try Data(contentsOf: dir.appendingPathComponent("ice-children-rescued-by-quarter.png")))
        #expect(texts["Title"] == "Children rescued by quarter, 2023-24")
        #expect(texts["Description"] == "Bar chart of children rescued by quarter, 2023-24: Q1 26, Q2 78, Q3 56, Q4 43", "\(texts)")
        let svg = try String(contentsOf: dir.appendingPathComponent("ice-children-rescued-by-quarter.svg"), encoding: .utf8)
        #expect(svg.contains("role=\"img\" aria-labelledby=\"folio-title folio-desc\">"))
        #expect(svg.contains("<title id=\"folio-title\">Children rescued by quarter, 2023-24</title>"))
        #expect(svg.contains("<desc id=\"folio-desc\">Bar chart of children rescued by quarter, 2023-24: Q1 26, Q2 78, Q3 56, Q4 43</desc>"))
    }

    @Test func onlySizeScaleAndSVG() throws {
        let dir = try TestSupport.temporaryDirectory()
        let result = try TestSupport.run(TestSupport.folio, ["charts", Self.release, "--only", "ice-children-rescued-by-quarter",
                                                             "--format", "svg", "--size", "800x600", "--output", dir.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        try #require(files == ["ice-children-rescued-by-quarter.svg"], "(not a crash of the whole run on files[0])")
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
