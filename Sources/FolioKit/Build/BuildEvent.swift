import FolioSpec

/// What a build tells its caller while it runs, in order: the `folio` command prints each as it comes; a host
/// application may show them or collect them. Everything located is also in `BuildResult.diagnostics`.
public enum BuildEvent: Sendable {
    /// A spec's errors or warnings (an empty list when a spec read cleanly: a JSON reader sees every spec).
    case diagnostics([Diagnostic])
    /// A spec left out of the build for its errors (given just before), with how many there were.
    case rejected(spec: String, errors: Int)
    /// The step under way (`reading …`, `rendering …`): worth showing only until the next event.
    case status(String)
    /// A line of the build's account (`report: 4 files, 12 pages`, the summary).
    case line(String)
    /// A line worth showing only when asked for detail (each file written).
    case detail(String)
    /// A problem without a place in a spec (a font not installed, a file that cannot be written, a stale
    /// output) or a note (an interrupted build rolled back), as a line for a person.
    case problem(String)
}
