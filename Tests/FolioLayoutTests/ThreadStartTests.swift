import Dispatch
import Foundation
import FolioCairo
import Testing

/// Threads Folio starts itself (the engines' set-up, layout helpers, render workers) are started on another
/// core than their parent's (a hint to the scheduler that cannot be observed reliably); what must hold is
/// that every body runs, once, and that `runConcurrently` returns only after all have.
@Suite struct ThreadStartTests {
    @Test func aStartedThreadRunsItsBody() {
        let ran = DispatchSemaphore(value: 0)
        startThread { ran.signal() }
        #expect(ran.wait(timeout: .now() + 10) == .success)
    }

    @Test(arguments: [1, 2, 3, 8])
    func runConcurrentlyRunsEveryIndexOnceAndWaits(count: Int) {
        final class Tally: @unchecked Sendable {
            private let lock = DispatchSemaphore(value: 1)
            private(set) var seen: [Int] = []
            func add(_ i: Int) { lock.wait(); seen.append(i); lock.signal() }
        }
        let tally = Tally()
        runConcurrently(count) { i in
            usleep(UInt32(1_000 * (count - i)))  // the later indices finish first
            tally.add(i)
        }
        #expect(tally.seen.sorted() == Array(0..<count))
    }
}
