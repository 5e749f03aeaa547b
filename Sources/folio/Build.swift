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
        var failed = false
        for spec in specs {
            if !build(spec) { failed = true }
        }
        if failed { throw FolioExit.invalidInput }
    }

    /// Builds one spec; prints diagnostics; returns false when nothing was written.
    private func build(_ spec: String) -> Bool {
        let loaded: LoadedSpec
        do {
            loaded = try SpecReader().read(path: spec)
        } catch {
            printError(DiagnosticPrinter.render(error.diagnostics))
            let count = error.diagnostics.filter { $0.severity == .error }.count
            printError("\(spec): \(count) error\(count == 1 ? "" : "s"); nothing written")
            return false
        }
        if !loaded.warnings.isEmpty { printError(DiagnosticPrinter.render(loaded.warnings)) }
        let name = ((spec as NSString).lastPathComponent as NSString).deletingPathExtension
        let path = (output as NSString).appendingPathComponent(name + ".pdf")
        do {
            let bytes = try ReportRenderer().pdf(loaded.report)
            try OutputFile.write(bytes, to: path)
            if !quiet { print("wrote \(path) (\(bytes.count) bytes)") }
            return true
        } catch let error as MissingFontError {
            printError("\(spec): error: \(error)")
            return false
        } catch {
            printError("\(spec): error: \(error)")
            return false
        }
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
