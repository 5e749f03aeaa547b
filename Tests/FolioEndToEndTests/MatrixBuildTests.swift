import Foundation
import FolioSpec
import FolioTestSupport
import Testing

/// `matrix:` renders one report per row of a data set; `--shard I/N` renders a deterministic slice, and the
/// slices built by separate processes at once make exactly the files of a full build.
@Suite("Matrix builds and shards")
struct MatrixBuildTests {
    /// Twenty entities with figures of their own.
    static func workspace() throws -> URL {
        let dir = try TestSupport.temporaryDirectory()
        var csv = "unit,cases,staff\n"
        for i in 1...20 { csv += "Unit \(i),\(i * 37 % 101),\(10 + i)\n" }
        try TestSupport.write(csv, to: "units.csv", in: dir)
        try TestSupport.write("""
        params: {unit: {type: text, default: Unit 1}}
        matrix: {data: units, param: unit}
        document: {title: "Report for ${unit}", date: 2024-06-30}
        data: {units: units.csv}
        content:
          - heading: ${unit}
          - paragraph: "${unit} handled {units[${unit}][cases]} cases with {units[${unit}][staff]} staff, ranking {rank(units[${unit}], cases)} of 20."
        """, to: "units.yaml", in: dir)
        return dir
    }

    static func build(_ dir: URL, into output: String, _ extra: [String] = []) throws -> TestSupport.Result {
        try TestSupport.run(TestSupport.folio, ["build", "units.yaml", "--output", output, "--quiet"] + extra, currentDirectory: dir)
    }

    @Test func aMatrixMakesOneReportPerRowNamedAfterIt() throws {
        let dir = try Self.workspace()
        let result = try Self.build(dir, into: "Full")
        #expect(result.status == 0, "\(result.stderr)")
        let files = try TestSupport.files(under: dir.appendingPathComponent("Full"))
        #expect(files.count == 20)
        let seven = dir.appendingPathComponent("Full/units-unit-7.pdf")
        let text = try TestSupport.pdfText(seven)
        // Unit 7: 7 × 37 mod 101 = 57 cases, 17 staff.
        #expect(text.contains("Unit 7 handled 57 cases with 17 staff"), "\(text)")
    }

    @Test func threeShardsBuiltAtOnceEqualAFullBuildByteForByte() throws {
        let dir = try Self.workspace()
        #expect(try Self.build(dir, into: "Full").status == 0)
        // Three processes at once, into one folder, as three CI jobs or an Indexed Job's pods would.
        let processes = try (1...3).map { i -> Process in
            let p = Process()
            p.executableURL = URL(fileURLWithPath: TestSupport.folio)
            p.arguments = ["build", "units.yaml", "--output", "Sharded", "--quiet", "--shard", "\(i)/3"]
            p.currentDirectoryURL = dir
            try p.run()
            return p
        }
        for p in processes { p.waitUntilExit(); #expect(p.terminationStatus == 0) }
        let full = try TestSupport.files(under: dir.appendingPathComponent("Full"))
        let sharded = try TestSupport.files(under: dir.appendingPathComponent("Sharded"))
        #expect(Set(sharded.keys) == Set(full.keys))
        #expect(sharded == full, "a shard's file differs from the full build's")
        // Each shard renders its own slice: 7 + 7 + 6.
        var counts: [Int] = []
        for i in 1...3 {
            let one = "Shard\(i)"
            #expect(try Self.build(dir, into: one, ["--shard", "\(i)/3"]).status == 0)
            counts.append(try TestSupport.files(under: dir.appendingPathComponent(one)).count)
        }
        #expect(counts == [7, 7, 6])
    }

    @Test func settingTheMatrixParameterMakesOneReport() throws {
        let dir = try Self.workspace()
        #expect(try Self.build(dir, into: "One", ["--set", "unit=Unit 3"]).status == 0)
        #expect(try TestSupport.files(under: dir.appendingPathComponent("One")).keys.sorted() == ["units-unit-3.pdf"])
    }

    @Test func aMatrixOverAnUndeclaredParameterOrAMissingDataSetIsAnError() throws {
        let dir = try Self.workspace()
        let spec = dir.appendingPathComponent("units.yaml")
        let text = try String(contentsOf: spec, encoding: .utf8)
        try text.replacingOccurrences(of: "param: unit}", with: "param: units}").write(to: spec, atomically: true, encoding: .utf8)
        let undeclared = try Self.build(dir, into: "X")
        #expect(undeclared.status == 1)
        #expect(undeclared.stderr.contains("units.yaml:2:9: error: the matrix sets parameter `units`"), "\(undeclared.stderr)")
        try text.replacingOccurrences(of: "matrix: {data: units", with: "matrix: {data: unit").write(to: spec, atomically: true, encoding: .utf8)
        let missing = try Self.build(dir, into: "X")
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no data set `unit`") && missing.stderr.contains("did you mean `units`?"), "\(missing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("X").path + "/units-unit-1.pdf"))
    }

    @Test func shardsAreChecked() throws {
        let dir = try Self.workspace()
        for bad in ["0/3", "4/3", "1/0", "a/b", "2"] {
            let r = try Self.build(dir, into: "X", ["--shard", bad])
            #expect(r.status == 64, "--shard \(bad): \(r.status)")
        }
    }
}
