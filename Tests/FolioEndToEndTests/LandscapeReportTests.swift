import Foundation
import FolioTestSupport
import Testing

/// The US employment sample report (BLS data, en-US): its 13-column table is set whole on a landscape page,
/// every figure the source's, and the pages around it stay upright.
@Suite("US employment report PDF", .serialized)
struct LandscapeReportTests {
    static let spec = "ReportSpecs/us-employment-2006-2015.yaml"
    static var pdf: URL { TestSupport.root.appendingPathComponent("Output/us-employment-2006-2015.pdf") }

    /// Page sizes from `pdfinfo -f 1 -l N`, in points, width × height.
    static func pageSizes(_ pdf: URL) throws -> [String] {
        let info = try Poppler.info(pdf)
        let count = info["Pages"].flatMap(Int.init) ?? 0
        let out = try TestSupport.run("pdfinfo", ["-f", "1", "-l", String(count), pdf.path]).stdout
        return out.split(separator: "\n").filter { $0.hasPrefix("Page ") && $0.contains(" size:") }.map { line in
            let fields = line.split(separator: " ").map(String.init)
            // "Page    4 size:  792 x 612 pts (letter)"
            guard let size = fields.firstIndex(of: "size:"), size + 3 < fields.count else { return "" }
            return fields[size + 1] + "x" + fields[size + 3]
        }
    }

    /// `137263` → `137,263`, `5964.6` → `5,964.6`: en-US grouping, the source's decimals.
    static func printed(_ source: String) -> String {
        let parts = source.split(separator: ".", maxSplits: 1).map(String.init)
        var whole = ""
        for (i, ch) in parts[0].reversed().enumerated() {
            if i > 0 && i % 3 == 0 { whole.append(",") }
            whole.append(ch)
        }
        return String(whole.reversed()) + (parts.count > 1 ? "." + parts[1] : "")
    }

    @Test func theWideTableIsWholeOnALandscapePageBetweenUprightOnes() throws {
        let sizes = try Self.pageSizes(Self.pdf)
        let pages = try Poppler.pageTexts(Self.pdf)
        let index = try #require(pages.firstIndex { $0.contains("Employment by supersector in December") })
        #expect(sizes[index] == "792x612", "\(sizes)")
        #expect(sizes.enumerated().allSatisfy { $0.offset == index || $0.element == "612x792" }, "\(sizes)")
        #expect(!pages.joined().contains("(continued)"))
        #expect(try Poppler.info(Self.pdf)["Tagged"] == "yes")
    }

    @Test func everyDecemberRowPrintsTheSourcesFigures() throws {
        let csv = try String(contentsOf: TestSupport.root.appendingPathComponent("ReportSpecs/data/us-employment/monthly-2006-2015.csv"), encoding: .utf8)
        let lines = csv.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
        let header = lines[0]
        let shown = ["nonfarm", "mining_and_logging", "construction", "manufacturing", "trade_transportation_utilties", "information",
                     "financial_activities", "professional_and_business_services", "education_and_health_services",
                     "leisure_and_hospitality", "other_services", "government"]
        let columns = try shown.map { name in try #require(header.firstIndex(of: name)) }
        let page = try #require(try Poppler.pageTexts(Self.pdf).first { $0.contains("Employment by supersector in December") })
        let pageLines = page.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        var found = 0
        for row in lines.dropFirst() where row[0].hasSuffix("-12") {
            let expected = [row[0]] + columns.map { Self.printed(row[$0]) }
            #expect(pageLines.contains(expected), "December row \(row[0]) not printed as \(expected)")
            found += 1
        }
        #expect(found == 10)
    }
}
