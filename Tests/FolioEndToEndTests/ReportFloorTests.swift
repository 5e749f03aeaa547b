import Foundation
import FolioTestSupport
import Testing

/// The benchmark's report floor (`bench/report/cairo_floor.c`, fed by `folio-floor`) still builds and draws
/// Folio's pages: the same 15 pages, the same figures, Inter embedded. Skipped where no C compiler is found
/// (the floor is compiled with gcc by `bench/setup.sh`; the tests need it nowhere else).
@Suite("Report floor")
struct ReportFloorTests {
    static let hasCompiler = (try? TestSupport.run("gcc", ["--version"]))?.status == 0

    @Test(.enabled(if: hasCompiler, "needs gcc, as bench/setup.sh does"))
    func theFloorDrawsFolioPagesWithTheSameFigures() throws {
        let dir = try TestSupport.temporaryDirectory()
        let header = dir.appendingPathComponent("report_floor.h")
        let floorTool = TestSupport.product("folio-floor")
        let made = try TestSupport.run(floorTool, [TestSupport.alertSpec, header.path])
        #expect(made.status == 0, "\(made.stderr)")

        let program = dir.appendingPathComponent("report_floor")
        let source = TestSupport.root.appendingPathComponent("bench/report/cairo_floor.c").path
        let compile = try TestSupport.run("/bin/sh", ["-c", "gcc -O1 -I '\(dir.path)' '\(source)' -o '\(program.path)' "
                                                      + "$(pkg-config --cflags --libs pangocairo fontconfig) -lpthread"])
        try #require(compile.status == 0, "\(compile.stderr)")

        let pdf = dir.appendingPathComponent("floor.pdf")
        let drawn = try TestSupport.run(program.path, [pdf.path])
        try #require(drawn.status == 0, "\(drawn.stderr)")
        #expect(try Poppler.info(pdf)["Pages"] == "15")
        #expect(try Poppler.fonts(pdf).allSatisfy { $0.name.contains("Inter") && $0.embedded })
        let text = try Poppler.text(pdf)
        for figure in ["3,815", "2,754,097", "13,260,819", "Page 15 of 15", "Contents"] {
            #expect(text.contains(figure), "\(figure) missing from the floor's pages")
        }
    }
}
