import FolioLayout
import FolioModel
import Testing

/// Figures of other organisations' reports, laid out: source digits in value labels and tables, the
/// document's locale everywhere, and data checks that real tables pass. Each failed on the engine before.
@Suite("Figures in other locales, laid out")
struct FiguresInOtherLocalesTests {
    static let nbsp = "\u{00A0}"

    static func texts(_ document: LaidOutDocument) -> [String] {
        document.pages.flatMap { PageText.lines($0).map(\.text) }
    }

    @Test("value labels keep the source's decimals and unit (448.6 is not 449, 4.5% not 5%)")
    func valueLabelsKeepTheSourceDigits() throws {
        let (_, document) = try PageText.layout(yaml: """
            document: {title: Energy, date: 2024-03-31, language: en-GB}
            data: {e: e.csv, r: r.csv}
            content:
              - chart: {id: twh, type: bar, title: Generation, data: e, rows: [TWh], value-labels: true}
              - chart: {id: rate, type: line, title: Rate, data: r, rows: [rate], value-labels: true}
            """, files: ["e.csv": "metric,2021,2022,2023\nTWh,448.6,431.2,402.75\n",
                         "r.csv": "metric,Jan,Feb,Mar\nrate,4.5%,4.6%,0.5%\n"])
        let texts = Self.texts(document)
        for label in ["448.6", "431.2", "402.75", "4.5%", "4.6%", "0.5%"] {
            #expect(texts.contains(label), "`\(label)` missing from \(texts)")
        }
        #expect(!texts.contains("449") && !texts.contains("403"))
        // The percent axis keeps its unit.
        #expect(texts.contains("0%") || texts.contains("0.0%"), "\(texts)")
    }

    @Test("`decimals:` is the one way to round a value label or a key figure")
    func roundingOnlyWhereAsked() throws {
        let (_, document) = try PageText.layout(yaml: """
            document: {title: Energy, date: 2024-03-31}
            data: {e: e.csv}
            content:
              - figures: [{data: e, row: TWh, column: "2021", label: generated, decimals: 0}]
              - chart: {id: twh, type: bar, title: Generation, data: e, rows: [TWh], value-labels: true, decimals: 1}
            """, files: ["e.csv": "metric,2021,2022,2023\nTWh,448.6,431.25,402.75\n"])
        let texts = Self.texts(document)
        for label in ["449", "448.6", "431.3", "402.8"] { #expect(texts.contains(label), "`\(label)` missing from \(texts)") }
        #expect(!texts.contains("431.25"))
    }

    @Test("a French report prints every figure in fr-CA: tables, key figures, value labels, ticks, alt text")
    func frenchReport() throws {
        let (report, document) = try PageText.layout(yaml: """
            document: {title: Banques alimentaires, date: 2024-03-31, language: fr-CA}
            data:
              b: {file: b.csv, number-locale: fr-CA, totals-row: Total, missing: [n.d.]}
            content:
              - figures: [{data: b, row: Montréal, column: dons, label: dons}]
              - table: {data: b, totals: {row: Total}}
              - chart: {id: dons, type: bar, title: Dons, data: b, series: columns, columns: [dons], exclude-rows: [Total], value-labels: true}
            """, files: ["b.csv": "région,visites,dons,taux\nMontréal,1 234,\"682 000 $\",\"36,4 %\"\nQuébec,766,\"1 500,5 $\",n.d.\nTotal,2 000,\"683 500,5 $\",\"30,1 %\"\n"])
        let texts = Self.texts(document)
        for figure in ["1\(Self.nbsp)234", "682\(Self.nbsp)000\(Self.nbsp)$", "36,4\(Self.nbsp)%", "1\(Self.nbsp)500,5\(Self.nbsp)$",
                       "683\(Self.nbsp)500,5\(Self.nbsp)$", "2\(Self.nbsp)000", "30,1\(Self.nbsp)%", "–"] {
            #expect(texts.contains(figure), "`\(figure)` missing")
        }
        #expect(!texts.contains { $0.contains("682,000") || $0.contains("$682") })
        guard case .chart(let chart)? = report.blocks.first(where: { if case .chart = $0 { return true } else { return false } }) else {
            Issue.record("no chart"); return
        }
        #expect(chart.altText.contains("Montréal 682\(Self.nbsp)000\(Self.nbsp)$"), "\(chart.altText)")
    }
}
