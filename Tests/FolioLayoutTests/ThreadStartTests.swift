import Dispatch
import Foundation
import FolioCairo
import Testing

/// Threads Folio starts itself (the engines' set-up, layout helpers, render workers) run on other CPUs than
/// their parent's, which keeps its own CPU meanwhile (`holdingCPU`). Every body must run, once, and
/// `runConcurrently` return only after all have; the CPUs are read from /proc (skipped on one CPU).
@Suite struct ThreadStartTests {
    /// The CPUs the calling thread may run on, from /proc/thread-self/status.
    static func allowedCPUs() -> Set<Int> {
        guard let status = try? String(contentsOfFile: "/proc/thread-self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Cpus_allowed_list:") }) else { return [] }
        var cpus: Set<Int> = []
        for part in line.dropFirst("Cpus_allowed_list:".count).split(separator: ",") {
            let bounds = part.trimmingCharacters(in: .whitespaces).split(separator: "-").compactMap { Int($0) }
            if let low = bounds.first, let high = bounds.last, low <= high { cpus.formUnion(low...high) }
        }
        return cpus
    }

    @Test(.enabled(if: ThreadStartTests.allowedCPUs().count >= 2, "needs two CPUs"))
    func aHeldThreadKeepsOneCPUAndStartedThreadsUseTheOthers() {
        let before = Self.allowedCPUs()
        final class Seen: @unchecked Sendable { var cpus: Set<Int> = [] }
        let seen = Seen()
        let held: Set<Int> = holdingCPU {
            let mine = Self.allowedCPUs()
            let ran = DispatchSemaphore(value: 0)
            startThread { seen.cpus = Self.allowedCPUs(); ran.signal() }
            ran.wait()
            return mine
        }
        #expect(held.count == 1)
        #expect(held.isSubset(of: before))
        #expect(!seen.cpus.isEmpty && seen.cpus.isDisjoint(with: held))
        #expect(seen.cpus.union(held) == before)
        #expect(Self.allowedCPUs() == before)  // released
    }

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

    @Test func aDeferredValueIsComputedOnceWhoeverAsksFirst() {
        final class Count: @unchecked Sendable {
            private let lock = NSLock()
            private var n = 0
            func bump() -> Int { lock.withLock { n += 1; return n } }
            var value: Int { lock.withLock { n } }
        }
        for inBackground in [false, true] {
            let count = Count()
            let deferred = Deferred(inBackground: inBackground) { count.bump() * 10 }
            // Read from several threads at once: all see the one value.
            runConcurrently(4) { _ in #expect(deferred.value == 10) }
            #expect(deferred.value == 10)
            #expect(count.value == 1)
        }
    }
}
