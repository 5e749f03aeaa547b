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

    @OptionGroup var reporting: Reporting
    var quiet: Bool { reporting.quiet || reporting.format == .json }

    func run() throws {
        var outcomes: [Outcome] = []
        for spec in specs { outcomes.append(build(spec)) }
        if outcomes.contains(.internalError) { throw FolioExit.internalError }
        if outcomes.contains(.invalidInput) { throw FolioExit.invalidInput }
    }

    enum Outcome { case written, invalidInput, internalError }

    /// Builds one spec; prints diagnostics; nothing is written unless it succeeds.
    private func build(_ spec: String) -> Outcome {
        guard let loaded = loadSpec(spec, reporting: reporting) else { return .invalidInput }
        guard loaded.hasContent else {
            if !quiet { print("\(spec): no `content`, so no PDF (its charts are written by `folio charts`)") }
            return .written
        }
        let path = (output as NSString).appendingPathComponent(specName(spec) + ".pdf")
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
