import FolioKit
import Foundation

/// Renders specs of Folio's checkout in memory through FolioKit and checks what a host relies on: the same
/// bytes as the committed `Output/` (the PDF and a release chart), and a bad spec thrown as a `SpecError`
/// with its file, line and column. Exits 1 naming what failed.
let root = CommandLine.arguments.dropFirst().first ?? FileManager.default.currentDirectoryPath
var failures: [String] = []

func committed(_ path: String) -> [UInt8]? {
    FileManager.default.contents(atPath: root + "/Output/" + path).map { [UInt8]($0) }
}

do {
    let report = try Folio.render(spec: root + "/ReportSpecs/alert-annual-report-2023-24.yaml")
    if report.pdf == nil || report.pdf != committed("alert-annual-report-2023-24.pdf") {
        failures.append("the annual report's PDF is not the committed one (\(report.pdf?.count ?? 0) bytes)")
    }
    let charts = try Folio.render(spec: root + "/ReportSpecs/release-charts-2023-24.yaml")
    let chart = charts.files.keys.sorted().first { $0.hasSuffix(".png") }
    if let chart, charts.files[chart] != committed(chart) {
        failures.append("release chart \(chart) is not the committed one")
    } else if chart == nil {
        failures.append("the release charts spec gave no PNG")
    }
    print("FolioKit: annual report \(report.pdf?.count ?? 0) bytes, \(charts.files.count) release images")
} catch {
    failures.append("rendering failed: \(error)")
}

do {
    _ = try Folio.render(yaml: "document: {title: Draft, date: 2024-03-31}\ncontent:\n  - paragraf: Hello\n", path: root + "/ReportSpecs/draft.yaml")
    failures.append("a misspelt block was accepted")
} catch let error as SpecError {
    let misspelt = error.diagnostics.first { $0.location.line == 3 && $0.location.column == 5 }
    if misspelt?.suggestion?.contains("paragraph") != true {
        failures.append("the misspelt block was not located at 3:5 with a suggestion: \(error.diagnostics)")
    }
    print("FolioKit: " + DiagnosticFormat.text.render(error.diagnostics).split(separator: "\n").prefix(1).joined())
} catch {
    failures.append("a bad spec threw \(type(of: error)), not SpecError")
}

if failures.isEmpty {
    print("FolioKit embedding check passed")
} else {
    for failure in failures { FileHandle.standardError.write(Data("embed-folio: \(failure)\n".utf8)) }
    exit(1)
}
