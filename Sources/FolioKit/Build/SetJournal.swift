import Foundation
import FolioRender

/// The record of a set of files being swapped into place, written before the first old file is touched and
/// removed once the set is in: a build killed in between (SIGKILL, a power cut) leaves it behind, and the
/// next build puts the previous set back from it (`rollBack`), never a mix of old and new files.
///
/// One line per file: destination, staged file, backup of the previous file ("" when there was none),
/// tab-separated, absolute paths. Named `.folio-set.<pid>.journal` in the output folder.
struct SetJournal {
    struct Entry: Equatable {
        var path: String
        var staged: String
        var backup: String?
    }
    let file: String
    var entries: [Entry]

    /// Swaps run one at a time and a signal handler waits for the one under way (see `InterruptedBuilds.abandonWrites`).
    static let lock = NSLock()

    static func name(pid: Int32) -> String { ".folio-set.\(pid).journal" }

    /// The process that wrote a journal, from its name.
    static func owner(of name: String) -> Int32? {
        guard name.hasPrefix(".folio-set."), name.hasSuffix(".journal") else { return nil }
        return Int32(name.dropFirst(11).dropLast(8))
    }

    /// Writes the journal (whole, then renamed into place, flushed to disk before the swap begins).
    func write() throws {
        let text = entries.map { [$0.path, $0.staged, $0.backup ?? ""].joined(separator: "\t") }.joined(separator: "\n") + "\n"
        try OutputFile.writeDurably(Array(text.utf8), to: file)
    }

    static func read(_ file: String) -> SetJournal? {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        let entries = text.split(separator: "\n").compactMap { line -> Entry? in
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 3, !parts[0].isEmpty else { return nil }
            return Entry(path: parts[0], staged: parts[1], backup: parts[2].isEmpty ? nil : parts[2])
        }
        return SetJournal(file: file, entries: entries)
    }

    /// Puts the previous set back: each replaced file from its backup, each file that was new removed, every
    /// staged file deleted; then the journal. Returns how many destinations it restored or removed.
    @discardableResult
    func rollBack() -> Int {
        var changed = 0
        for entry in entries {
            if let backup = entry.backup {
                if access(backup, F_OK) == 0, rename(backup, entry.path) == 0 { changed += 1 }
            } else if access(entry.staged, F_OK) != 0, access(entry.path, F_OK) == 0 {
                // Staged and already renamed into place: a file the previous set did not have.
                unlink(entry.path)
                changed += 1
            }
            unlink(entry.staged)
        }
        unlink(file)
        return changed
    }
}
