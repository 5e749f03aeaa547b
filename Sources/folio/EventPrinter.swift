import FolioKit

/// Prints what a build tells (`BuildEvent`) as the command line always has: diagnostics in the chosen format,
/// progress and summary lines on stdout (quiet under `--quiet` or JSON diagnostics), problems on stderr.
struct EventPrinter {
    let reporting: Reporting
    let progress: Progress

    init(reporting: Reporting, verbose: Bool = false) {
        self.reporting = reporting
        progress = Progress(quiet: reporting.quiet || reporting.format == .json, verbose: verbose)
    }

    func print(_ event: BuildEvent) {
        switch event {
        case .diagnostics(let items): reporting.emit(items)
        case .rejected(let spec, let errors):
            if reporting.format != .json { printError("\(spec): \(errors) error\(errors == 1 ? "" : "s"); nothing written") }
        case .status(let text): progress.status(text)
        case .line(let text): progress.line(text)
        case .detail(let text): progress.detail(text)
        case .problem(let text): printError(text)
        }
    }
}
