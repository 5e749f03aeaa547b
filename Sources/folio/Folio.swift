import ArgumentParser
import FolioCairo
import FolioRender

/// `folio`: render report specs into PDFs.
@main
struct Folio: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "Render declarative report specs (YAML + CSV) into PDF reports and chart images.",
        discussion: """
        Exit codes: 0 success; 1 invalid input (spec, data or fonts: diagnostics on stderr); \
        3 outputs differ (build --check, diff); 64 usage error; 70 internal error (a bug: please report it); \
        73 an output cannot be written (permissions, a file where a folder should be, a full disk).
        """,
        version: "folio \(FolioVersion.string)",
        subcommands: [Build.self, Charts.self, Check.self, Watch.self, Diff.self, Schema.self],
        defaultSubcommand: Build.self
    )

    /// Runs the command as ArgumentParser's own `main` does, with the fonts for `build` already loading
    /// on the other core while the arguments are parsed (see `EarlyEngines`).
    static func main() {
        tuneAllocator()
        EarlyEngines.start(for: CommandLine.arguments)
        do {
            var command = try parseAsRoot()
            if let problem = LibraryVersions.problem, !(command is Schema) {
                printError("error: \(problem)")
                EarlyEngines.stop()
                exit(withError: FolioExit.internalError)
            }
            try command.run()
            EarlyEngines.stop()
        } catch {
            EarlyEngines.stop()
            exit(withError: error)
        }
    }
}
