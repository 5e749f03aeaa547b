import Foundation
import FolioTestSupport
import Testing

/// Every PDF committed in `Output/` through the available checkers (see `Validators`): `qpdf --check` must
/// find nothing, and `pdfua` exactly the findings listed in `known` (a list that only ever shrinks: a new
/// finding fails, and so does a fixed one still listed). Issue 16 took it from 11 errors and 20 warnings
/// (ALERT) and 4 errors and 3 warnings (fr-CA) to none.
@Suite("PDF/UA and PDF syntax checks of Output/")
struct ConformanceTests {
    /// Findings not fixed yet, by file: rule → how many times it is reported.
    static let known: [String: [String: Int]] = [
        "alert-annual-report-2023-24.pdf": [:],
        "alert-crime-organise-2023-2024-fr-CA.pdf": [:],
        "alert-regional-2023-24-en-CA-calgary.pdf": [:],
        "alert-regional-2023-24-en-CA-edmonton.pdf": [:],
        "alert-regional-2023-24-en-CA-fort-mcmurray.pdf": [:],
        "alert-regional-2023-24-en-CA-grande-prairie.pdf": [:],
        "alert-regional-2023-24-en-CA-lethbridge.pdf": [:],
        "alert-regional-2023-24-en-CA-lloydminster.pdf": [:],
        "alert-regional-2023-24-en-CA-medicine-hat.pdf": [:],
        "alert-regional-2023-24-en-CA-red-deer.pdf": [:],
        "alert-regional-2023-24-fr-CA-calgary.pdf": [:],
        "alert-regional-2023-24-fr-CA-edmonton.pdf": [:],
        "alert-regional-2023-24-fr-CA-fort-mcmurray.pdf": [:],
        "alert-regional-2023-24-fr-CA-grande-prairie.pdf": [:],
        "alert-regional-2023-24-fr-CA-lethbridge.pdf": [:],
        "alert-regional-2023-24-fr-CA-lloydminster.pdf": [:],
        "alert-regional-2023-24-fr-CA-medicine-hat.pdf": [:],
        "alert-regional-2023-24-fr-CA-red-deer.pdf": [:],
        "us-employment-2006-2015.pdf": [:],
    ]

    static func committedPDFs() throws -> [URL] {
        let output = TestSupport.root.appendingPathComponent("Output")
        return try FileManager.default.contentsOfDirectory(at: output, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "pdf" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    @Test func everyCommittedPDFIsListed() throws {
        let names = try Self.committedPDFs().map(\.lastPathComponent)
        #expect(!names.isEmpty)
        #expect(Set(names) == Set(Self.known.keys), "Output/ holds \(names); `known` lists \(Self.known.keys.sorted())")
    }

    @Test(arguments: try ConformanceTests.committedPDFs())
    func qpdfFindsNothing(_ pdf: URL) throws {
        let problems = try Validators.qpdfProblems(pdf)
        #expect(problems == nil, "\(pdf.lastPathComponent): \(problems ?? "")")
    }

    @Test(arguments: try ConformanceTests.committedPDFs())
    func pdfuaFindsOnlyTheKnownFindings(_ pdf: URL) throws {
        let findings = try Validators.pdfua(pdf)
        let counts = Dictionary(grouping: findings, by: \.rule).mapValues(\.count)
        let expected = Self.known[pdf.lastPathComponent] ?? [:]
        #expect(counts == expected, """
            \(pdf.lastPathComponent): pdfua reports \(counts.sorted { $0.key < $1.key }), expected \(expected.sorted { $0.key < $1.key }):
            \(findings.map(\.description).joined(separator: "\n"))
            """)
    }
}
