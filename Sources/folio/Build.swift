import ArgumentParser
import Foundation
import FolioKit
import FolioSpec

/// `folio build SPEC...`: every output of each spec — the PDF, its chart images at the default size and
/// every export preset, optionally page previews — rendered in parallel, written atomically, and skipped
/// when nothing it depends on changed.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Render specs into PDFs and release images.",
        discussion: """
        Writes OUTPUT/<spec>.pdf and OUTPUT/charts/<spec>/…png. Outputs whose inputs (spec, data, fonts, \
        engine version) have not changed since the last build are not rendered again (OUTPUT/.folio-manifest.json). \
        Exit codes: 0 done; 1 invalid input; 3 with --check: outputs are stale; 64 usage; 70 internal error; \
        73 an output cannot be written.
        """)

    @Argument(help: "Report specs (YAML).")
    var specs: [String]

    @Option(name: .shortAndLong, help: "Folder to write into.")
    var output: String = "Output"

    @Flag(help: "Render in memory and compare with the output folder; write nothing; exit 3 naming each stale file.")
    var check = false

    @Flag(help: "Render even when nothing changed.")
    var force = false

    @Flag(help: "Also write a PNG preview of every page (OUTPUT/previews/<spec>/page-NN.png).")
    var preview = false

    @Option(help: "Parallel workers (default: every core).")
    var jobs: Int = Build.everyCore

    /// The cores this process may use (affinity and cgroup quota), asked once: ArgumentParser makes the
    /// command seven times while parsing, and each `activeProcessorCount` reads two cgroup files.
    static let everyCore = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "PNG encoding: fast (default), default (as Cairo writes) or small. Pixels are identical.")
    var pngCompression: String = "fast"

    @Flag(help: "Write the PDFs only, not the release images.")
    var pdfOnly = false

    @Option(help: ArgumentHelp("Render only slice I of N (1/3, 2/3, 3/3): a deterministic share of the reports, for CI matrices.", valueName: "I/N"))
    var shard: Shard?

    @Flag(help: "Print each file written.")
    var verbose = false

    @Flag(help: "Treat warnings (a malformed source figure, characters the theme's fonts lack) as errors: exit 1, write nothing for that spec.")
    var strict = false

    @OptionGroup var reporting: Reporting

    @OptionGroup var parameters: SpecParameters

    func validate() throws {
        guard jobs >= 1 && jobs <= 256 else { throw ValidationError("--jobs must be between 1 and 256") }
        guard Project.PNGCompression(rawValue: pngCompression) != nil else { throw ValidationError("--png-compression must be fast, default or small") }
    }

    func run() throws {
        let project = Project(specs: specs, parameters: parameters.values, output: output,
                              options: .init(jobs: jobs, shard: shard, previews: preview, images: !pdfOnly,
                                             pngCompression: Project.PNGCompression(rawValue: pngCompression) ?? .fast, strict: strict, force: force))
        if !check { SignalHandlers.removeTemporaryFilesOnSignals() }
        let printer = EventPrinter(reporting: reporting, verbose: verbose)
        try FolioExit.check(project.build(check ? .compare : .write, events: printer.print).outcome)
    }
}

extension Shard: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
