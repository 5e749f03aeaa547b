import ArgumentParser
import Foundation
import FolioCairo
import FolioModel
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
        var all = OutputCollisions.find(specs)
        var failed = !all.isEmpty
        let glyphs = GlyphCheck()
        // Measures tables as layout would (made once, and only when a spec has a table).
        lazy var engine = TextEngine()
        for spec in specs {
            do {
                let loaded = try SpecReader(parameters: parameters.values, images: CairoImageInspector()).read(path: spec)
                // Every edition reads its translations: a text without one is found here, not at build time.
                for edition in loaded.editions { _ = try SpecReader(parameters: parameters.values, edition: edition, images: CairoImageInspector()).read(path: spec) }
                let warnings = loaded.warnings + glyphs.warnings(for: loaded) + HyphenationCheck.warnings(for: loaded)
                // Two specs reading one data file say its warning once.
                all += strict ? warnings.map(\.asError) : warnings.filter { !all.contains($0) }
                if strict && !warnings.isEmpty { failed = true }
                do {
                    try TextEngine.verifyFonts(Array(loaded.report.theme.styles.values))
                    let tables = tableFitErrors(loaded, engine: engine)
                    all += tables
                    failed = failed || !tables.isEmpty
                } catch {
                    all.append(Diagnostic(.error, SourceLocation(file: spec, line: 1, column: 1), error.description))
                    failed = true
                }
            } catch {
                all += error.diagnostics
                failed = true
            }
        }
        reporting.emit(all)
        if failed || pdfFailed { throw FolioExit.invalidInput }
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
