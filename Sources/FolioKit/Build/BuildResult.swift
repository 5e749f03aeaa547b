import FolioSpec

/// What a build (or a check, or a chart export) came to: enough for a host to decide what to do next without
/// reading the events, and an `outcome` that the `folio` command maps to its exit codes.
public struct BuildResult: Sendable {
    /// How it went, from best to worst: a build that meets several problems reports the worst.
    public enum Outcome: Int, Comparable, Sendable {
        /// Everything asked for was done (or, comparing, the folder is up to date).
        case success
        /// Comparing: some outputs differ from what the specs produce (`stale`).
        case stale
        /// A spec, its data or its fonts are wrong: the user can fix it (see `diagnostics`).
        case invalidInput
        /// An output could not be written: the environment (permissions, a full disk), not the spec.
        case cannotWrite
        /// Something failed inside Folio.
        case internalError

        /// Better before worse: `max` of two outcomes is the one to report.
        public static func < (a: Outcome, b: Outcome) -> Bool { a.rawValue < b.rawValue }
    }

    /// The worst thing that happened.
    public var outcome: Outcome = .success
    /// Every error and warning, located (file, line, column), in the order found.
    public var diagnostics: [Diagnostic] = []
    /// The files written, as paths under the output folder.
    public var written: [String] = []
    /// The reports whose outputs were already up to date (not rendered again), by output name.
    public var upToDate: [String] = []
    /// Comparing: the output files that differ from what the specs produce, or are missing.
    public var stale: [String] = []
    /// How many reports were planned (a spec, each edition, each matrix entity), invalid ones left out.
    public var reports = 0
    /// Pages of the PDFs written.
    public var pages = 0
    /// Chart images written.
    public var charts = 0

    /// Nothing done yet: a success with empty lists (a host merging results of its own starts from it).
    public init() {}
}

/// One build under way: passes its events to the caller and gathers its result.
final class BuildLog {
    private let send: (BuildEvent) -> Void
    private(set) var result = BuildResult()

    init(_ send: @escaping (BuildEvent) -> Void) { self.send = send }

    /// Records `items` and tells the caller (always, even when empty: see `BuildEvent.diagnostics`).
    func diagnostics(_ items: [Diagnostic]) {
        result.diagnostics += items
        send(.diagnostics(items))
    }

    func rejected(_ spec: String, errors: Int) { send(.rejected(spec: spec, errors: errors)) }
    func status(_ text: String) { send(.status(text)) }
    func line(_ text: String) { send(.line(text)) }
    func detail(_ text: String) { send(.detail(text)) }
    func problem(_ text: String) { send(.problem(text)) }

    /// Keeps `outcome` when it is worse than what happened so far.
    func fail(_ outcome: BuildResult.Outcome) { result.outcome = max(result.outcome, outcome) }

    /// Changes the result's counts and lists.
    func update(_ change: (inout BuildResult) -> Void) { change(&result) }
}
