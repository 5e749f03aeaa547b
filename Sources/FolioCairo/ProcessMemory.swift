import CFolioAllocator
import Synchronization

/// Allocator settings for a process that runs Folio and nothing else (the command line). A library leaves
/// the allocator to its host, so FolioKit never calls this.
package enum ProcessMemory {
    /// Whether the process said it owns its allocator (`useOneArena`): only then is memory handed back.
    private static let ownsAllocator = Atomic<Bool>(false)

    /// One malloc arena for every thread. Layout builds a long table's rows on the pool's workers and the
    /// paginator frees them on the calling thread while it fills pages; with glibc's arena per thread, what a
    /// worker's arena frees cannot hold the calling thread's pages, and a long document was in memory twice.
    /// Measured (bench/README.md): a 100,000-row table 525–608 → 430 MB at its peak; the report's time is
    /// the same within the machine's noise. Call it first, before any other thread starts. Returns whether
    /// the C library took the setting (glibc does; another does nothing).
    @discardableResult
    package static func useOneArena() -> Bool {
        ownsAllocator.store(true, ordering: .relaxed)
        return folio_use_one_malloc_arena() == 1
    }

    /// Hands the heap's free pages back to the system, in a process that owns its allocator (see
    /// `useOneArena`; in a host application it does nothing). Called when a long document's drawing is
    /// finished: Cairo has just freed its record of the document's structure (about 110 MB at 100,000 table
    /// rows), and glibc would otherwise keep those pages resident while the file is updated, its peak on top.
    package static func returnFreeMemory() {
        guard ownsAllocator.load(ordering: .relaxed) else { return }
        _ = folio_return_free_memory()
    }
}
