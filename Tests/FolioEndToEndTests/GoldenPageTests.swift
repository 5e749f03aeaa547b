import Foundation
import FolioCairo
import FolioTestSupport
import Testing

/// Pages of the ALERT report compared with reference images in `Golden/`, rendered by poppler at 50 dpi.
///
/// Tolerance: fewer than 0.5% of pixels may differ by more than 32 levels in any channel (absorbs
/// anti-aliasing differences between poppler builds, catches anything moved, missing or restyled).
/// After an intended change, re-record with `FOLIO_RECORD_GOLDENS=1 swift test`, look at the new
/// images, and commit them.
@Suite("Golden pages")
struct GoldenPageTests {
    static let golden = TestSupport.root.appendingPathComponent("Tests/FolioEndToEndTests/Golden")
    static let recording = ProcessInfo.processInfo.environment["FOLIO_RECORD_GOLDENS"] == "1"

    @Test("page looks as recorded", arguments: [1, 2, 3, 5, 8])
    func page(_ number: Int) throws {
        let dir = try TestSupport.temporaryDirectory()
        let build = try TestSupport.folioBuild(TestSupport.alertSpec, output: dir)
        try #require(build.status == 0, "\(build.stderr)")
        let prefix = dir.appendingPathComponent("page").path
        let render = try TestSupport.run("pdftoppm", ["-png", "-r", "50", "-f", "\(number)", "-l", "\(number)", "-singlefile",
                                                      dir.appendingPathComponent("alert-annual-report-2023-24.pdf").path, prefix])
        try #require(render.status == 0)
        let actualPath = prefix + ".png"
        let goldenPath = Self.golden.appendingPathComponent("alert-page-\(number).png").path
        if Self.recording {
            _ = try? FileManager.default.removeItem(atPath: goldenPath)
            try FileManager.default.copyItem(atPath: actualPath, toPath: goldenPath)
            print("recorded \(goldenPath)")
            return
        }
        let actual = try #require(RasterImage(pngFile: actualPath))
        let expected = try #require(RasterImage(pngFile: goldenPath), "no golden image: run FOLIO_RECORD_GOLDENS=1 swift test")
        guard ReferencePlatform.isCurrent else {
            // Another Cairo, Pango or Inter moves text by a few pixels everywhere: the page still renders, at
            // the golden's size, with something on it (ReferencePlatform).
            let problems = try ReferencePlatform.portableProblems(URL(fileURLWithPath: actualPath), reference: URL(fileURLWithPath: goldenPath))
            #expect(problems.isEmpty, "\(problems); \(ReferencePlatform.reason)")
            return
        }
        let fraction = actual.differingFraction(from: expected)
        #expect(fraction < 0.005, "page \(number) differs from its golden image in \(fraction * 100)% of pixels; see \(actualPath)")
    }

    @Test("release image looks as recorded", arguments: ["ice-three-years", "organized-crime-drugs-by-location"])
    func chartImage(_ id: String) throws {
        // Committed release images are checked byte for byte elsewhere; this compares pixels with a
        // tolerance against a reference that only changes when re-recorded on purpose.
        let actual = TestSupport.root.appendingPathComponent("Output/charts/release-charts-2023-24/\(id).png").path
        let goldenPath = Self.golden.appendingPathComponent("chart-\(id).png").path
        if Self.recording {
            _ = try? FileManager.default.removeItem(atPath: goldenPath)
            try FileManager.default.copyItem(atPath: actual, toPath: goldenPath)
            return
        }
        let image = try #require(RasterImage(pngFile: actual))
        let expected = try #require(RasterImage(pngFile: goldenPath), "no golden image: run FOLIO_RECORD_GOLDENS=1 swift test")
        #expect(image.differingFraction(from: expected) < 0.005)
    }

    @Test func theComparisonNoticesAChangedPage() throws {
        // A guard on the guard: two different pages must not pass as equal.
        let one = try #require(RasterImage(pngFile: Self.golden.appendingPathComponent("alert-page-3.png").path))
        let other = try #require(RasterImage(pngFile: Self.golden.appendingPathComponent("alert-page-5.png").path))
        #expect(one.differingFraction(from: other) > 0.005)
        #expect(one.differingFraction(from: one) == 0)
    }
}
