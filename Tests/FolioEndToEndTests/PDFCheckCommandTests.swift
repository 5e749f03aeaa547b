import Foundation
import FolioTestSupport
import Testing

/// `folio check --pdf`: qpdf, pdfua and the structure read-back (every painting operator marked or an
/// artifact, every MCID in the tree, scopes, links with text and a destination, XMP claims, output intent).
@Suite("Check command on built PDFs", .serialized)
struct PDFCheckCommandTests {
    @Test func theCommittedPDFsPass() throws {
        let pdfs = try FileManager.default.contentsOfDirectory(atPath: TestSupport.root.appendingPathComponent("Output").path)
            .filter { $0.hasSuffix(".pdf") }.map { TestSupport.root.appendingPathComponent("Output/" + $0).path }
        #expect(pdfs.count == ConformanceTests.known.count, "the two ALERT reports, the regional pages (eight locations, two editions) and the US employment report")
        let result = try TestSupport.run(TestSupport.folio, ["check"] + pdfs.flatMap { ["--pdf", $0] }, currentDirectory: TestSupport.root)
        #expect(result.status == 0, "\(result.stderr)")
    }

    /// What the ALERT reports lack: a table broken across pages (its repeated caption and header are
    /// pagination artifacts), links inside a paragraph, a report without a contents page.
    @Test func aTableBrokenAcrossPagesAndInlineLinksPass() throws {
        var csv = "metric,Q1,Q2\n"
        for i in 1...90 { csv += "ROW \(i),\(i),\(2 * i)\n" }
        let dir = try TestSupport.temporaryDirectory()
        try TestSupport.write(csv, to: "t.csv", in: dir)
        let spec = try TestSupport.write("""
            document: {title: Broken table, date: 2024-03-31, language: en-CA}
            data: {t: t.csv}
            content:
              - heading: Rows
              - paragraph: "See [the source](https://example.org/rows) and [the method](https://example.org/method) first; a long sentence that wraps onto a second line, so that the paragraph has a line without a link as well."
              - table: {data: t, caption: Rows by quarter, source: "Source: a test."}
            """, to: "spec.yaml", in: dir)
        let out = dir.appendingPathComponent("out")
        let built = try TestSupport.folioBuild(spec.path, output: out)
        #expect(built.status == 0, "\(built.stderr)")
        let pdf = try #require(try FileManager.default.contentsOfDirectory(atPath: out.path).first { $0.hasSuffix(".pdf") })
        let path = out.appendingPathComponent(pdf).path
        #expect(try Poppler.pageTexts(URL(fileURLWithPath: path)).count >= 2)
        let result = try TestSupport.run(TestSupport.folio, ["check", "--pdf", path], currentDirectory: TestSupport.root)
        #expect(result.status == 0, "\(result.stderr)")
        // The header repeated on the second page is drawn (the page looks the same) but is an artifact.
        let page2 = try Poppler.pageTexts(URL(fileURLWithPath: path))[1]
        #expect(page2.contains("Rows by quarter (continued)"))
        let structure = try TestSupport.run("qpdf", ["--json=2", "--json-stream-data=none", path]).stdout
        #expect(structure.components(separatedBy: "\"/S\": \"/THead\"").count == 2, "one THead: the repeat is not read twice")
        #expect(structure.components(separatedBy: "\"/S\": \"/Caption\"").count == 2, "one Caption: the source note is a P")
    }

    /// `data-table: true`: the chart's figures also as a tagged table after it (a gap prints as the usual dash).
    @Test func aChartsDataTableIsATaggedTable() throws {
        let dir = try TestSupport.temporaryDirectory()
        _ = try TestSupport.write("metric,Q1,Q2,Q3,Q4\nRESCUED,5,7,,9\nARRESTED,\"1,200\",3,4,5\n", to: "q.csv", in: dir)
        let spec = try TestSupport.write("""
            document: {title: Data table, date: 2024-03-31, language: en-CA}
            data: {t: q.csv}
            content:
              - chart: {id: q, type: bar, title: Rescued by quarter, data: t, rows: [RESCUED, ARRESTED], columns: [Q1, Q2, Q3, Q4], data-table: true}
            """, to: "spec.yaml", in: dir)
        let out = dir.appendingPathComponent("out")
        let built = try TestSupport.run(TestSupport.folio, ["build", spec.path, "--output", out.path, "--quiet", "--pdf-only"])
        #expect(built.status == 0, "\(built.stderr)")
        let pdf = out.appendingPathComponent("spec.pdf")
        let lines = try Poppler.text(pdf).split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(lines.contains("RESCUED ARRESTED"))
        #expect(lines.contains("Q1 5 1,200") && lines.contains("Q3 – 4"), "\(lines)")
        let structure = try TestSupport.run("qpdf", ["--json=2", "--json-stream-data=none", pdf.path]).stdout
        #expect(structure.contains("\"/S\": \"/Table\"") && structure.contains("\"/S\": \"/Figure\""))
        let result = try TestSupport.run(TestSupport.folio, ["check", "--pdf", pdf.path], currentDirectory: TestSupport.root)
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func aPDFWithoutStructureFails() throws {
        let dir = try TestSupport.temporaryDirectory()
        let path = dir.appendingPathComponent("empty.pdf").path
        #expect(try TestSupport.run("qpdf", ["--empty", path]).status == 0)
        let result = try TestSupport.run(TestSupport.folio, ["check", "--pdf", path], currentDirectory: TestSupport.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("pdfua exited"), "\(result.stderr)")
        #expect(result.stderr.contains("read-back: no structure tree") || result.stderr.contains("read-back: the catalog has no /Lang"), "\(result.stderr)")
    }
}
