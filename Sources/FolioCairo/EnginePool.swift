import Dispatch
import FolioLayout
import FolioModel
import Synchronization

/// The one place Folio works on several threads: `workers` threads, each with a text engine of its own
/// (Pango objects are never used by two threads at once), take jobs in order and put each result in its
/// job's place. Every result depends only on its job, so the results, and the bytes made of them, are the
/// same with one worker or many; with one worker everything runs on the calling thread.
///
/// Engines are kept between calls, so fonts are loaded once per worker for a whole build (and for every
/// rebuild of `folio watch`). Calls must not overlap: a job run on the pool never uses the pool itself
/// (`ParallelRenderer` gives a report's layout the pool only when the report is the only job).
package final class EnginePool: @unchecked Sendable {
    /// How many jobs run at once.
    package let workers: Int
    /// Engine `i` is used by worker `i` only, and worker 0 is the calling thread: this is what makes the
    /// class safe to share (the `@unchecked` above); the array itself is only changed before workers start.
    private var engines: [TextEngine] = []

    /// `workers` is clamped to at least one.
    package init(workers: Int = 1) {
        self.workers = max(1, workers)
    }

    /// The calling thread's engine (worker 0's): for work done before or after `map`, on the same thread.
    package var engine: TextEngine { engines(1)[0] }

    /// Engines being set up in the background (see `prepare`), each ready once its semaphore is signalled.
    private var preparing: (ready: [DispatchSemaphore], awaited: LentAtomic)?

    /// Starts setting up the first `styles.count` engines on a thread of its own, engine `i` with the fonts
    /// of `styles[i]` at their sizes (each font and size costs an engine about 0.6 ms the first time:
    /// fontconfig, FreeType, HarfBuzz), while the caller reads specs. Using an engine waits for its set-up,
    /// which then stops early; nothing is kept but caches, so the output is the same either way. Call once,
    /// before anything else uses the pool.
    package func prepare(_ styles: [[TextStyle]]) {
        guard preparing == nil, !styles.isEmpty else { return }
        let engines = engines(min(workers, styles.count))
        let ready = engines.map { _ in DispatchSemaphore(value: 0) }
        let awaited = LentAtomic()
        preparing = (ready, awaited)
        let lent = LentEngines(engines)
        DispatchQueue.global().async {
            for (i, engine) in lent.engines.enumerated() {
                engine.warmUp(styles[i], stop: { awaited.value.load(ordering: .relaxed) >= i })
                ready[i].signal()
            }
        }
    }

    /// An atomic shared with the preparing thread: the highest engine someone is waiting for.
    private final class LentAtomic: Sendable {
        let value = Atomic<Int>(-1)
    }

    /// Runs `body(i, engine)` for every `i` in `0..<count` on up to `workers` threads and returns the results
    /// in job order.
    package func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int, TextEngine) throws -> T) -> [Result<T, Error>] {
        run(count) { i, engine in Result { try body(i, engine) } }
    }

    /// `lanes`: the worker each job is best done on (a lane per worker, by index); a worker does its own
    /// lane's jobs first, in order, then any job left. Nil: every worker takes the next job.
    private func run<T: Sendable>(_ count: Int, lanes: [Int]? = nil, _ body: @Sendable (Int, TextEngine) -> T) -> [T] {
        let threads = min(workers, count)
        let engines = engines(threads)
        guard threads > 1 else { return (0..<count).map { body($0, engines[0]) } }
        let claims = Mutex(Claims(count: count, lanes: lanes, workers: threads))
        let results = Mutex([T?](repeating: nil, count: count))
        let lent = LentEngines(engines)
        DispatchQueue.concurrentPerform(iterations: threads) { worker in
            let engine = lent.engine(worker)
            while let i = claims.withLock({ $0.next(for: worker) }) {
                let result = body(i, engine)
                results.withLock { $0[i] = result }
            }
        }
        // Every index is claimed by some worker; were one not, it is run here rather than lost.
        let done = results.withLock { $0 }
        return done.enumerated().map { i, result in result ?? body(i, engines[0]) }
    }

    /// Which jobs are taken, and where each worker's lane goes on.
    private struct Claims {
        var taken: [Bool]
        let lanes: [Int]?
        var cursors: [Int]
        var anyCursor = 0

        init(count: Int, lanes: [Int]?, workers: Int) {
            taken = Array(repeating: false, count: count)
            self.lanes = lanes
            cursors = Array(repeating: 0, count: workers)
        }

        /// The job worker `worker` does next: its lane's first left, else the first left of any lane.
        mutating func next(for worker: Int) -> Int? {
            if let lanes {
                var k = cursors[worker]
                while k < taken.count && (taken[k] || lanes[k] != worker) { k += 1 }
                cursors[worker] = k
                if k < taken.count { taken[k] = true; return k }
            }
            while anyCursor < taken.count && taken[anyCursor] { anyCursor += 1 }
            guard anyCursor < taken.count else { return nil }
            taken[anyCursor] = true
            return anyCursor
        }
    }

    /// At least `count` engines, made on the calling thread before any worker starts, and done with any set-up.
    private func engines(_ count: Int) -> [TextEngine] {
        while engines.count < max(1, count) { engines.append(TextEngine()) }
        if let (ready, awaited) = preparing {
            let wanted = min(count, ready.count)
            if wanted > 0 {
                awaited.value.store(wanted - 1, ordering: .relaxed)
                for i in 0..<wanted { ready[i].wait(); ready[i].signal() }
            }
            if wanted == ready.count { preparing = nil }
        }
        return engines
    }

    /// The engines handed to the workers, engine `i` to worker `i` alone.
    private struct LentEngines: @unchecked Sendable {
        let engines: [TextEngine]
        init(_ engines: [TextEngine]) { self.engines = engines }
        func engine(_ worker: Int) -> TextEngine { engines[worker] }
    }

}

extension EnginePool: ShaperPool {
    package func shape<T: Sendable>(_ count: Int, lanes: [Int]?, _ body: @Sendable (Int, any TextShaper) -> T) -> [T] {
        run(count, lanes: lanes) { i, engine in body(i, engine) }
    }
}
