import Foundation

/// Progress and summary lines. On a terminal the current step is shown on one updating line; without a
/// terminal or under CI=true every line is plain text with no control characters.
struct Progress {
    let quiet: Bool
    let verbose: Bool
    let interactive: Bool

    init(quiet: Bool, verbose: Bool) {
        self.quiet = quiet
        self.verbose = verbose
        interactive = isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["CI"] != "true"
    }

    /// A transient status (only on a terminal).
    func status(_ text: String) {
        guard interactive, !quiet else { return }
        FileHandle.standardOutput.write(Data(("\r\u{1B}[2K" + text).utf8))
    }

    /// A line that stays.
    func line(_ text: String) {
        guard !quiet else { return }
        if interactive { FileHandle.standardOutput.write(Data("\r\u{1B}[2K".utf8)) }
        print(text)
    }

    /// A line shown with --verbose only.
    func detail(_ text: String) {
        if verbose { line(text) }
    }
}
