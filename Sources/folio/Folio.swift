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

    /// Runs the command as ArgumentParser's own `main` does, after checking the Cairo and Pango it runs with.
    static func main() {
        // The command line owns its process: one malloc arena (see `ProcessMemory.useOneArena`), and
        // fontconfig need not load the system's configuration.
        ProcessMemory.useOneArena()
        FontConfiguration.adoptForProcess()
        do {
            var command = try parseAsRoot()
            if let problem = LibraryVersions.problem, !(command is Schema) {
                printError("error: \(problem)")
                exit(withError: FolioExit.internalError)
            }
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
