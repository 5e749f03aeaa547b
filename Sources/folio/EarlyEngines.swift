import FolioCairo
import FolioModel
import Foundation

/// Text engines whose fonts start loading before the command line is parsed: ArgumentParser's reflection
/// takes 3–4 ms, which the other core spends on fontconfig and the standard theme's fonts instead.
/// Started by `Folio.main` for `build` (the default command) and taken once by `Build.run`.
enum EarlyEngines {
    private static let slot = Slot()

    /// Starts two engines (the second is a helper for a lone report) when `arguments` run `build`.
    static func start(for arguments: [String]) {
        guard runsBuild(arguments) else { return }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        slot.put(PreparedEngines(count: cores > 1 ? 2 : 1, warmingUp: Array(Theme.standard.styles.values)))
    }

    /// The engines started early, if any (each caller after the first gets nil).
    static func take() -> PreparedEngines? { slot.take() }

    /// Stops preparing and waits for the set-up thread, whether or not `build` took the engines: the
    /// process must not exit while that thread is inside fontconfig.
    static func stop() { slot.peek()?.stop() }

    /// `build` named, or no subcommand (build is the default), and not asking for help or the version.
    static func runsBuild(_ arguments: [String]) -> Bool {
        let words = arguments.dropFirst()
        if words.contains(where: { ["-h", "--help", "help", "--version", "--experimental-dump-help"].contains($0) }) { return false }
        guard let first = words.first else { return false }
        if first == "build" { return true }
        let others = ["charts", "check", "watch", "diff", "schema", "generate-completion-script"]
        return !others.contains(first) && !first.hasPrefix("--generate-completion")
    }

    private final class Slot: @unchecked Sendable {
        private let lock = NSLock()
        private var engines: PreparedEngines?
        private var taken = false
        func put(_ e: PreparedEngines) { lock.withLock { engines = e } }
        func take() -> PreparedEngines? {
            lock.withLock {
                defer { taken = true }
                return taken ? nil : engines
            }
        }
        func peek() -> PreparedEngines? { lock.withLock { engines } }
    }
}
