import Dispatch
import Foundation
import FolioKit

/// The command's SIGINT and SIGTERM handling: a CLI concern, not the library's (a host decides what its signals do).
enum SignalHandlers {
    /// SIGINT and SIGTERM remove this process's temporary files (after the set swap under way, if any, has
    /// finished) and exit with 128 + the signal. Installed once.
    static func removeTemporaryFilesOnSignals() {
        guard sources.isEmpty else { return }
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler {
                Project.abandonWrites()
                _exit(128 + sig)
            }
            source.resume()
            sources.append(source)
        }
    }
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []
}
