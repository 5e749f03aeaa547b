import ArgumentParser
import Foundation
import FolioKit
import FolioSpec

/// `folio check SPEC...`: every check `build` runs (spec, data, sums, fonts), without rendering.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate specs and their data without rendering, or built PDFs (--pdf).",
        discussion: """
            Exit 0 when every spec is clean (warnings allowed, unless --strict), 1 when any has an error. \
            --pdf FILE runs qpdf --check, pdfua (PDF/UA-1) and Folio's structure read-back on a built PDF.
            """)

    @Argument(help: "Report specs (YAML).")
    var specs: [String] = []

    @Option(name: .customLong("pdf"), help: "A built PDF to check for PDF/UA-1 and PDF/A-2 (repeatable).")
    var pdfs: [String] = []

    @Flag(help: "Treat warnings as errors (exit 1).")
    var strict = false

    @OptionGroup var reporting: Reporting

    @OptionGroup var parameters: SpecParameters

    func validate() throws {
        if specs.isEmpty && pdfs.isEmpty { throw ValidationError("give specs to check, or --pdf FILE") }
    }

    func run() throws {
        var pdfFailed = false
        for pdf in pdfs {
            let problems = PDFCheck(path: pdf).problems()
            for problem in problems { printError("\(pdf): \(problem)") }
            if problems.isEmpty && !reporting.quiet { print("\(pdf): qpdf, pdfua and the structure read-back find nothing") }
            pdfFailed = pdfFailed || !problems.isEmpty
        }
        guard !specs.isEmpty else {
            if pdfFailed { throw FolioExit.invalidInput }
            return
        }
        let result = Project(specs: specs, parameters: parameters.values, output: "Output", options: .init(strict: strict)).validate()
        reporting.emit(result.diagnostics)
        if result.outcome != .success || pdfFailed { throw FolioExit.invalidInput }
        if reporting.format == .text && !reporting.quiet { print("\(specs.count) spec\(specs.count == 1 ? "" : "s") checked: no errors") }
    }
}

/// How diagnostics are printed: `--format text|json`, GitHub annotations under `--github` or `CI=true`.
struct Reporting: ParsableArguments {
    @Option(help: "Diagnostics as text (default) or json.")
    var diagnostics: String = "text"

    @Flag(help: "Print diagnostics as GitHub Actions annotations (default when CI=true).")
    var github = false

    @Flag(name: .shortAndLong, help: "Print only errors and warnings.")
    var quiet = false

    func validate() throws {
        guard ["text", "json"].contains(diagnostics) else { throw ValidationError("--diagnostics must be text or json") }
    }

    var format: DiagnosticFormat {
        if diagnostics == "json" { return .json }
        if github || ProcessInfo.processInfo.environment["CI"] == "true" { return .github }
        return .text
    }

    /// Prints diagnostics: JSON to stdout (for tools), the others to stderr. GitHub format also prints
    /// the text form so logs stay readable.
    func emit(_ items: [Diagnostic]) {
        switch format {
        case .json: print(DiagnosticFormat.json.render(items))
        case .github:
            guard !items.isEmpty else { return }
            print(DiagnosticFormat.github.render(items))
            printError(DiagnosticFormat.text.render(items))
        case .text:
            if !items.isEmpty { printError(DiagnosticFormat.text.render(items)) }
        }
    }
}
