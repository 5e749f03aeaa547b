import ArgumentParser
import Foundation
import FolioCairo
import FolioRender
import FolioSpec

/// `folio build SPEC...`: each spec becomes `OUTPUT/<spec name>.pdf`.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Render specs into PDFs.")

    @Argument(help: "Report specs (YAML).")
    var specs: [String]

    @Option(name: .shortAndLong, help: "Folder to write into.")
    var output: String = "Output"

    @Flag(name: .shortAndLong, help: "Print only errors.")
    var quiet = false

    func run() throws {
        var outcomes: [Outcome] = []
        for spec in specs { outcomes.append(build(spec)) }
        if outcomes.contains(.internalError) { throw FolioExit.internalError }
        if outcomes.contains(.invalidInput) { throw FolioExit.invalidInput }
    }

    enum Outcome { case written, invalidInput, internalError }

    /// Builds one spec; prints diagnostics; nothing is written unless it succeeds.
    private func build(_ spec: String) -> Outcome {
        let loaded: LoadedSpec
        do {
            loaded = try SpecReader().read(path: spec)
        } catch {
            printError(DiagnosticPrinter.render(error.diagnostics))
            let count = error.diagnostics.filter { $0.severity == .error }.count
            printError("\(spec): \(count) error\(count == 1 ? "" : "s"); nothing written")
            return .invalidInput
        }
        if !loaded.warnings.isEmpty { printError(DiagnosticPrinter.render(loaded.warnings)) }
        let name = ((spec as NSString).lastPathComponent as NSString).deletingPathExtension
        let path = (output as NSString).appendingPathComponent(name + ".pdf")
        do {
            let bytes = try ReportRenderer().pdf(loaded.report)
            try OutputFile.write(bytes, to: path)
            if !quiet { print("wrote \(path) (\(bytes.count) bytes)") }
            return .written
        } catch let error as MissingFontError {
            printError("\(spec): error: \(error)")
            return .invalidInput
        } catch {
            printError("\(spec): internal error: \(error); nothing written")
            return .internalError
        }
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
