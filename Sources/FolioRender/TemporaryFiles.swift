import Foundation

/// The temporary files this process has made and not yet moved or removed (spooled PDFs, files staged
/// beside their destination, backups of replaced files): what an interrupted build must not leave behind.
/// Removed on SIGINT/SIGTERM by the command line; after a SIGKILL the next build removes them (their names
/// carry the process id, see `InterruptedBuilds`).
package final class TemporaryFiles: @unchecked Sendable {
    package static let shared = TemporaryFiles()
    private let lock = NSLock()
    private var paths: Set<String> = []

    package func register(_ path: String) { lock.withLock { _ = paths.insert(path) } }
    package func unregister(_ path: String) { lock.withLock { _ = paths.remove(path) } }

    /// Removes every file still registered.
    package func removeAll() {
        let all = lock.withLock { () -> Set<String> in let p = paths; paths = []; return p }
        for path in all { unlink(path) }
    }
}
