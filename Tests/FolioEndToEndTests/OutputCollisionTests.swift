import Foundation
import Testing
import FolioTestSupport

/// Outputs are named after a spec's file name: two specs of one name in different folders would write over
/// each other's PDF and `charts/<name>/`. Building, checking or exporting both is an error naming both.
@Suite struct OutputCollisionTests {
    @Test func twoSpecsOfOneNameAreAnErrorNamingBothAndNothingIsWritten() throws {
        let dir = try TestSupport.temporaryDirectory()
        let spec = "document: {title: T, date: 2024-03-31}\ndata: {d: data.csv}\ncharts:\n  - {id: c, title: T, data: d}\ncontent:\n  - chart: c\n"
        var paths: [String] = []
        for folder in ["first", "second"] {
            try TestSupport.write("metric,Q1\nA,1\n", to: "\(folder)/data.csv", in: dir)
            paths.append(try TestSupport.write(spec, to: "\(folder)/report.yaml", in: dir).path)
        }
        // Run where the default output folder (`Output`) would be made.
        for command in ["build", "check", "charts"] {
            let result = try TestSupport.run(TestSupport.folio, [command] + paths, currentDirectory: dir)
            #expect(result.status == 1, "folio \(command): \(result.stderr)")
            #expect(result.stderr.contains("`\(paths[1])` and `\(paths[0])` would write the same outputs (`report.pdf`, `charts/report/`)"),
                    "folio \(command): \(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("Output").path), "nothing written")
    }

    @Test func theSameSpecTwiceIsOneSpec() throws {
        let result = try TestSupport.run(TestSupport.folio, ["check", TestSupport.releaseSpec, TestSupport.releaseSpec])
        #expect(result.status == 0, "\(result.stderr)")
    }
}
