import Foundation
import FolioCairo
import FolioTestSupport
import Testing

/// The ALERT report built by the command line, read back with poppler's tools.
@Suite("ALERT report PDF", .serialized)
struct ReportPDFTests {
    /// Builds the ALERT spec once into a fresh folder.
    static func build(environment: [String: String] = [:]) throws -> URL {
        let dir = try TestSupport.temporaryDirectory()
        let result = try TestSupport.folioBuild(TestSupport.alertSpec, output: dir, environment: environment)
        #expect(result.status == 0, "folio build failed: \(result.stderr)")
        return dir.appendingPathComponent("alert-annual-report-2023-24.pdf")
    }

    /// Every data row as the source prints it: label then its values, `$2,741025` shown as `$2,741,025`.
    static func expectedRows() throws -> [[String]] {
        let data = TestSupport.root.appendingPathComponent("ReportSpecs/data")
        let files = ["ice", "human-trafficking", "cisa", "organized-crime", "regional-2023-24", "stolen-vehicles", "firearms"]
        var rows: [[String]] = []
        for file in files {
            let text = try String(contentsOf: data.appendingPathComponent(file + ".csv"), encoding: .utf8)
            for line in text.split(separator: "\n").dropFirst() {
                rows.append(splitCSV(String(line)).map { $0 == "$2,741025" ? "$2,741,025" : $0 })
            }
        }
        return rows
    }

    static func splitCSV(_ line: String) -> [String] {
        var fields: [String] = [], field = "", quoted = false
        for ch in line {
            if ch == "\"" { quoted.toggle() } else if ch == "," && !quoted { fields.append(field); field = "" } else { field.append(ch) }
        }
        return fields + [field]
    }

    @Test func everyTableRowIsPrintedInOrderWithTheSourcesFormatting() throws {
        let text = try TestSupport.pdfText(try Self.build())
        let lines = text.split(separator: "\n").map(String.init)
        var searchFrom = 0
        for row in try Self.expectedRows() {
            let label = row[0]
            // Labels may wrap in narrow columns: match the line holding the row's values.
            let values = Array(row.dropFirst())
            guard let index = lines[searchFrom...].firstIndex(where: { line in
                let words = line.split(separator: " ").map(String.init)
                return words.count >= values.count && Array(words.suffix(values.count)) == values
            }) else {
                Issue.record("row \(label) with values \(values) not found in order"); continue
            }
            let labelStart = label.split(separator: " ").first.map(String.init) ?? label
            #expect(lines[index].contains(labelStart) || lines[max(0, index - 1)].contains(labelStart),
                    "row \(label): its label is not beside its values")
            searchFrom = index + 1
        }
        #expect(!text.contains("$2,741025"), "the malformed source value must print corrected")
        #expect(text.contains("Page 3 of "))
    }

    @Test func wordsFromTheSourceArePresent() throws {
        let text = try TestSupport.pdfText(try Self.build()).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for phrase in ["– Paul Brandt, Founder, #NotInMyCity", "1-800-222-TIPS (8477)", "Crime Stoppers is always anonymous.",
                       "Alberta Firearms Intelligence Centre (AFIC)", "Ghost Guns are illegal, privately manufactured firearms",
                       "– Supt. Dwyane Lakusta, CEO, ALERT", "– Insp. Jason Bobrowich, Calgary Police Service"] {
            #expect(text.contains(phrase), "missing: \(phrase)")
        }
    }

    @Test func fontsAreInterAndEmbedded() throws {
        let fonts = try Poppler.fonts(try Self.build())
        #expect(!fonts.isEmpty)
        for font in fonts {
            // Subset fonts are named `ABCDEF+Inter-Bold`.
            let family = font.name.split(separator: "+").last.map(String.init) ?? font.name
            #expect(family.hasPrefix("Inter-"), "unexpected font: \(font.name)")
            #expect(font.embedded, "not embedded: \(font.name)")
        }
        #expect(Set(fonts.map { $0.name.split(separator: "+").last.map(String.init) ?? "" })
                    .isSuperset(of: ["Inter-Regular", "Inter-SemiBold", "Inter-Bold"]))
    }

    @Test func metadataTagsAndLanguage() throws {
        let pdf = try Self.build()
        let info = try Poppler.info(pdf)
        #expect(info["Title"] == "ALERT Annual Report 2023-24")
        #expect(info["Tagged"] == "yes")
        #expect(info["CreationDate"] == "Sun Mar 31 00:00:00 2024 UTC")
        #expect(info["Pages"].flatMap(Int.init) == (try Poppler.pageTexts(pdf)).count)
        let catalog = try TestSupport.run("qpdf", ["--show-object=trailer", pdf.path]).stdout
        #expect(catalog.contains("/Root"))
        let check = try TestSupport.run("qpdf", ["--check", pdf.path])
        #expect(check.status == 0, "qpdf --check: \(check.stdout)")
        let bytes = try String(decoding: Data(contentsOf: pdf), as: UTF8.self)
        #expect(bytes.contains("/Lang (en-CA)"))
        #expect(bytes.contains("/Outlines"))
    }

    @Test("XMP metadata agreeing with the Info dictionary, DisplayDocTitle, and a deterministic trailer /ID")
    func archivalMetadata() throws {
        let pdf = try Self.build()
        let trailer = try TestSupport.run("qpdf", ["--show-object=trailer", pdf.path]).stdout
        let id = try #require(trailer.range(of: #"/ID \[ <[0-9a-f]{32}> <[0-9a-f]{32}> \]"#, options: .regularExpression), "\(trailer)")
        let root = try #require(trailer.range(of: #"/Root [0-9]+"#, options: .regularExpression))
        let catalog = try TestSupport.run("qpdf", ["--show-object=\(trailer[root].dropFirst(6))", pdf.path]).stdout
        #expect(catalog.contains("/ViewerPreferences << /DisplayDocTitle true >>"), "\(catalog)")
        #expect(catalog.contains("/Metadata"))
        // The sRGB output intent, its profile the one icc-profiles-free installs.
        let intents = try #require(catalog.range(of: #"/OutputIntents \[ [0-9]+ 0 R \]"#, options: .regularExpression), "\(catalog)")
        let intent = catalog[intents].split(separator: " ")[2]
        let intentObject = try TestSupport.run("qpdf", ["--show-object=\(intent)", pdf.path]).stdout
        #expect(intentObject.contains("/S /GTS_PDFA1") && intentObject.contains("/DestOutputProfile"), "\(intentObject)")
        let profile = try #require(intentObject.range(of: #"/DestOutputProfile [0-9]+"#, options: .regularExpression))
        let icc = try TestSupport.run("qpdf", ["--show-object=\(intentObject[profile].dropFirst(19))", "--filtered-stream-data", pdf.path]).stdoutData
        #expect(icc == (try Data(contentsOf: URL(fileURLWithPath: "/usr/share/color/icc/sRGB.icc"))))
        let xmp = try TestSupport.run("pdfinfo", ["-meta", pdf.path]).stdout
        for field in ["<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">ALERT Annual Report 2023-24</rdf:li></rdf:Alt></dc:title>",
                      "<dc:language><rdf:Bag><rdf:li>en-CA</rdf:li></rdf:Bag></dc:language>",
                      "<dc:creator><rdf:Seq><rdf:li>ALERT</rdf:li></rdf:Seq></dc:creator>",
                      "<xmp:CreateDate>2024-03-31T00:00:00Z</xmp:CreateDate>",
                      "<pdf:Producer>cairo \(LibraryVersions.cairo) (https://cairographics.org)</pdf:Producer>",
                      "<pdfuaid:part>1</pdfuaid:part>", "<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>U</pdfaid:conformance>",
                      "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>"] {
            #expect(xmp.contains(field), "XMP lacks \(field)")
        }
        // The same inputs give the same identifier (the rebuild test checks the whole file).
        let again = try TestSupport.run("qpdf", ["--show-object=trailer", try Self.build().path]).stdout
        #expect(again.contains(String(trailer[id])))
    }

    @Test func rebuildsAreByteIdenticalAcrossRunsAndTimeZones() throws {
        let first = try Data(contentsOf: try Self.build())
        let second = try Data(contentsOf: try Self.build(environment: ["TZ": "Pacific/Auckland", "LANG": "de_DE.UTF-8"]))
        #expect(first == second)
    }

    @Test func shapingOnTwoThreadsDrawsTheSameBytesAsOne() throws {
        // A lone PDF (--pdf-only) with two workers is shaped by two engines on two threads; with one
        // worker by one engine. Either way the bytes are those committed in Output/.
        var pdfs: [Data] = []
        for jobs in ["1", "2"] {
            let dir = try TestSupport.temporaryDirectory()
            let result = try TestSupport.run(TestSupport.folio, ["build", TestSupport.alertSpec, "--output", dir.path,
                                                                 "--pdf-only", "--jobs", jobs, "--quiet"])
            try #require(result.status == 0, "folio build --jobs \(jobs) failed: \(result.stderr)")
            pdfs.append(try Data(contentsOf: dir.appendingPathComponent("alert-annual-report-2023-24.pdf")))
        }
        #expect(pdfs[0] == pdfs[1])
        // The committed bytes only on the platform they were made on (ReferencePlatform); the two builds agree everywhere.
        guard ReferencePlatform.isCurrent else { return }
        let committed = try Data(contentsOf: TestSupport.root.appendingPathComponent("Output/alert-annual-report-2023-24.pdf"))
        #expect(pdfs[0] == committed)
        #expect(pdfs[1] == committed)
    }

    /// Temporary folders to spool into: one beside the output (renamed into place) and, where the machine
    /// has one, one on another file system (`/dev/shm`: copied next to the output, then renamed).
    static func spoolFolders() throws -> [URL] {
        var folders = [try TestSupport.temporaryDirectory()]
        let shm = URL(fileURLWithPath: "/dev/shm/folio-test-\(UUID().uuidString)")
        if (try? FileManager.default.createDirectory(at: shm, withIntermediateDirectories: false)) != nil { folders.append(shm) }
        return folders
    }

    @Test func pdfsAreSpooledOutsideMemoryAndNoTemporaryFileIsLeft() throws {
        // The PDF is written to a temporary file while drawn, then moved into the output folder, whole.
        // The committed bytes on the reference platform; elsewhere those of a build with the default TMPDIR (ReferencePlatform).
        let committed = ReferencePlatform.isCurrent
            ? try Data(contentsOf: TestSupport.root.appendingPathComponent("Output/alert-annual-report-2023-24.pdf"))
            : try Data(contentsOf: try Self.build())
        for temporary in try Self.spoolFolders() {
            defer { try? FileManager.default.removeItem(at: temporary) }
            let pdf = try Self.build(environment: ["TMPDIR": temporary.path])
            #expect(try Data(contentsOf: pdf) == committed, "spooled in \(temporary.path)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path) == [])
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: pdf.deletingLastPathComponent().path)
                .filter { $0.hasSuffix(".tmp") || $0.hasSuffix(".spool") }
            #expect(leftovers == [])
        }
    }

    @Test func verboseNamesEachFileWithItsSize() throws {
        let dir = try TestSupport.temporaryDirectory()
        let result = try TestSupport.run(TestSupport.folio, ["build", TestSupport.alertSpec, "--output", dir.path,
                                                             "--pdf-only", "--verbose"])
        try #require(result.status == 0, "\(result.stderr)")
        let pdf = dir.appendingPathComponent("alert-annual-report-2023-24.pdf")
        let size = try #require(try FileManager.default.attributesOfItem(atPath: pdf.path)[.size] as? Int)
        #expect(size > 100_000)
        #expect((result.stdout + result.stderr).contains("wrote \(pdf.path) (\(size) bytes)"))
    }

    @Test func theCommittedOutputIsWhatTheSpecProduces() throws {
        let build = try Self.build()
        let committedFile = TestSupport.root.appendingPathComponent("Output/alert-annual-report-2023-24.pdf")
        guard ReferencePlatform.isCurrent else {
            // Output/ is made on the reference platform (ReferencePlatform): here the fresh PDF must only hold what it holds.
            let problems = try ReferencePlatform.portableProblems(build, reference: committedFile)
            #expect(problems.isEmpty, "\(problems); \(ReferencePlatform.reason)")
            return
        }
        let fresh = try Data(contentsOf: build)
        let committed = try Data(contentsOf: committedFile)
        #expect(fresh == committed, "Output/ is stale: run `make report` and commit the result")
    }

    @Test func badInputExitsOneWritesNothingAndKeepsThePreviousOutput() throws {
        let dir = try TestSupport.temporaryDirectory()
        let spec = try TestSupport.write("document: {title: T, date: 2024-03-31}\ncontent:\n  - table: {data: nope}\n",
                                         to: "broken.yaml", in: dir)
        let out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let previous = out.appendingPathComponent("broken.pdf")
        try Data("previous output".utf8).write(to: previous)
        let result = try TestSupport.folioBuild(spec.path, output: out)
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.yaml:3:19: error: no data set `nope`"))
        #expect(try Data(contentsOf: previous) == Data("previous output".utf8))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(leftovers == ["broken.pdf"], "no temporary or partial files: \(leftovers)")
    }

    @Test func markupInDataAndSpecsPrintsLiterally() throws {
        let dir = try TestSupport.temporaryDirectory()
        try TestSupport.write("item,value\nR&D <b>bold</b>,5\n", to: "d.csv", in: dir)
        let spec = try TestSupport.write("""
        document: {title: "Tom & Jerry <i>", date: 2024-03-31}
        data: {d: d.csv}
        content:
          - paragraph: "Profit & loss <span foreground='red'>not markup</span>"
          - table: {data: d, caption: "A <b> caption"}
        """, to: "markup.yaml", in: dir)
        let result = try TestSupport.folioBuild(spec.path, output: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try TestSupport.pdfText(dir.appendingPathComponent("markup.pdf"))
        #expect(text.contains("Profit & loss <span foreground='red'>not markup</span>"))
        #expect(text.contains("R&D <b>bold</b>"))
        #expect(text.contains("A <b> caption"))
    }
}
