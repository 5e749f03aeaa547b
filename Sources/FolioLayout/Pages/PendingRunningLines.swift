import Dispatch

/// The running headers and footers of a document's pages, still being shaped on another thread when layout
/// returned (see `LayoutEngine.layout(_:runningLinesLater:)`): a PDF's pages are drawn one after another on
/// one thread while another core is free, so the lines of page 5 can be shaped while page 4 is drawn
/// instead of all of them before page 1 is. Shaped and taken in page order, each page once.
public final class PendingRunningLines: @unchecked Sendable {
    private var items: [[FrameItem]]
    private var taken = 0
    private let lock = DispatchSemaphore(value: 1)
    /// Signalled once per page shaped.
    private let shaped = DispatchSemaphore(value: 0)
    /// Signalled when the shaping thread is done.
    private let done = DispatchSemaphore(value: 0)

    init(pageCount: Int) {
        items = Array(repeating: [], count: pageCount)
    }

    /// The running lines of the next page (empty for a cover), waiting until they are shaped.
    public func takeNext() -> [FrameItem] {
        let index: Int = locked { defer { taken += 1 }; return taken }
        guard index < items.count else { return [] }
        shaped.wait()
        return locked {
            defer { items[index] = [] }
            return items[index]
        }
    }

    /// Returns once the shaping thread is done: it must not outlive the process (nor run on into its exit).
    public func waitUntilShaped() {
        done.wait()
        done.signal()
    }

    /// The shaping thread's side: stores page `index`'s lines (pages in order).
    func set(_ pageItems: [FrameItem], forPage index: Int) {
        locked { items[index] = pageItems }
        shaped.signal()
    }

    /// The shaping thread's side: every page is shaped.
    func finish() { done.signal() }

    private func locked<T>(_ body: () -> T) -> T {
        lock.wait()
        defer { lock.signal() }
        return body()
    }
}
