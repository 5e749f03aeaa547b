import FolioCairo
import FolioLayout
import FolioModel
import Foundation

/// Text engines whose fonts start loading before the command line is parsed: ArgumentParser's reflection
/// takes 3–4 ms, which the other core spends on fontconfig and the standard theme's fonts instead.
/// Started by `Folio.main` for `build` (the default command) and taken by `Build.run`.
enum EarlyEngines {
    private static let slot = Slot()

    /// Starts the engines when `arguments` run `build`.
    static func start(for arguments: [String]) {
        if runsBuild(arguments) { slot.start() }
    }

    /// Engines for one build: the early ones the first time, new ones after that (each build of `watch`
    /// starts afresh) or when `start` did not recognise the command line.
    static func take() -> PreparedEngines { slot.take() }

    /// Stops preparing and waits for the set-up thread, whether or not `build` took the engines: the
    /// process must not exit while that thread is inside fontconfig.
    static func stop() { slot.peek()?.stop() }

    /// `build` named, or no subcommand (build is the default), and not asking for help or the version.
    static func runsBuild(_ arguments: [String]) -> Bool {
        let words = arguments.dropFirst()
        if words.contains(where: { ["-h", "--help", "help", "--version", "--experimental-dump-help"].contains($0) }) { return false }
        guard let first = words.first else { return false }
        if first == Build.configuration.commandName { return true }
        let others = Folio.configuration.subcommands.compactMap { $0.configuration.commandName }
        return !others.contains(first) && !first.hasPrefix("--generate-completion")
    }

    private final class Slot: @unchecked Sendable {
        private let lock = NSLock()
        private var started: PreparedEngines?
        private var taken = false
        func start() { lock.withLock { if started == nil { started = Self.make() } } }
        func take() -> PreparedEngines {
            lock.withLock {
                guard let started, !taken else { return Self.make() }
                taken = true
                return started
            }
        }
        /// Two engines, the second a helper for a lone report: `Build` prepares only the first when it runs
        /// one job at a time (`--jobs 1`, the default on one core). What to warm up is worked out on the
        /// set-up thread, so that it starts first thing.
        private static func make() -> PreparedEngines {
            PreparedEngines(count: 2, warmingUp: [LayoutEngine.warmUpStyles(for: Theme.standard, helper: false),
                                                  LayoutEngine.warmUpStyles(for: Theme.standard, helper: true)])
        }
        func peek() -> PreparedEngines? { lock.withLock { started } }
    }
}
