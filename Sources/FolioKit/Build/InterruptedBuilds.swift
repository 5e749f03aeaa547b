import Foundation
import FolioRender

/// What a build leaves behind when it is stopped, and how the next one cleans it up.
///
/// Every temporary file names the process that made it: `.<file>.<pid>.tmp` and `.<file>.<pid>.old` beside
/// outputs, `folio-<pid>-….spool` in the temporary folder, `.folio-set.<pid>.journal` in the output folder.
/// A host's SIGINT and SIGTERM handler (the `folio` command's) removes this process's files (after the set swap
/// under way, if any, has finished: `Project.abandonWrites`) and exits 130 or 143. After a SIGKILL, the next build rolls back the swap its journal records and removes the
/// files of every process that is no longer running; a running build's files are left alone.
enum InterruptedBuilds {
    /// Puts back what a killed build left half done in `output` and removes the stale temporary files;
    /// returns what it did, for a line on stderr (empty when there was nothing).
    static func recover(_ output: String) -> [String] {
        var notes: [String] = []
        let fm = FileManager.default
        for name in (try? fm.contentsOfDirectory(atPath: output)) ?? [] {
            guard let pid = SetJournal.owner(of: name), !isRunning(pid),
                  let journal = SetJournal.read((output as NSString).appendingPathComponent(name)) else { continue }
            let restored = journal.rollBack()
            notes.append("an interrupted build (process \(pid)) was rolled back: the previous files are in place (\(restored) restored)")
        }
        var removed = 0
        if let walker = fm.enumerator(atPath: output) {
            for case let relative as String in walker {
                let name = (relative as NSString).lastPathComponent
                guard let pid = staleOwner(of: name), !isRunning(pid) else { continue }
                if unlink((output as NSString).appendingPathComponent(relative)) == 0 { removed += 1 }
            }
        }
        let tmp = fm.temporaryDirectory.path
        for name in (try? fm.contentsOfDirectory(atPath: tmp)) ?? [] {
            guard let pid = SpooledFile.owner(ofSpool: name), pid != getpid(), !isRunning(pid) else { continue }
            if unlink((tmp as NSString).appendingPathComponent(name)) == 0 { removed += 1 }
        }
        if removed > 0 { notes.append("removed \(removed) temporary file\(removed == 1 ? "" : "s") of interrupted builds") }
        return notes
    }

    /// The process id in `.<file>.<pid>.tmp` or `.<file>.<pid>.old`.
    static func staleOwner(of name: String) -> Int32? {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") || name.hasSuffix(".old") else { return nil }
        let parts = name.split(separator: ".")
        guard parts.count >= 3, let pid = Int32(parts[parts.count - 2]) else { return nil }
        return pid
    }

    /// Whether a process with that id is running (one of another user counts).
    static func isRunning(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }

    /// Waits for a set swap under way to finish, keeps any other from starting, and removes this process's
    /// temporary files: what a signal handler does before the process exits (see `Project.abandonWrites`).
    static func abandonWrites() {
        SetJournal.lock.lock()
        TemporaryFiles.shared.removeAll()
    }
}
