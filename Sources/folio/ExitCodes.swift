import ArgumentParser

/// Folio's documented, stable exit codes.
enum FolioExit {
    /// The spec, its data or its fonts are wrong: the user can fix it.
    static let invalidInput = ExitCode(1)
    /// `build --check` or `diff`: outputs differ.
    static let stale = ExitCode(3)
    /// Something failed inside Folio.
    static let internalError = ExitCode(70)
}
