import ArgumentParser
import FolioKit

/// Folio's documented, stable exit codes.
enum FolioExit {
    /// The spec, its data or its fonts are wrong: the user can fix it.
    static let invalidInput = ExitCode(1)
    /// `build --check` or `diff`: outputs differ.
    static let stale = ExitCode(3)
    /// An output could not be written (the output folder is not writable, a path in it is a file, the disk is
    /// full): the environment, not the spec and not Folio. sysexits' EX_CANTCREAT.
    static let cannotWrite = ExitCode(73)
    /// Something failed inside Folio.
    static let internalError = ExitCode(70)

    /// Returns for success; otherwise throws the outcome's exit code.
    static func check(_ outcome: BuildResult.Outcome) throws {
        switch outcome {
        case .success: return
        case .stale: throw stale
        case .invalidInput: throw invalidInput
        case .cannotWrite: throw cannotWrite
        case .internalError: throw internalError
        }
    }
}
