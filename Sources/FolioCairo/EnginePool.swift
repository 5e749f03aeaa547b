import Dispatch
import FolioLayout
import Synchronization

/// The one place Folio works on several threads: `workers` threads, each with a text engine of its own
/// (Pango objects are never used by two threads at once), take jobs in order and put each result in its
/// job's place. Every result depends only on its job, so the results, and the bytes made of them, are the
/// same with one worker or many; with one worker everything runs on the calling thread.
///
/// Engines are kept between calls, so fonts are loaded once per worker for a whole build (and for every
/// rebuild of `folio watch`). Calls must not overlap: a job that needs a pool itself is given `sequential`.
public final class EnginePool: @unchecked Sendable {
    /// How many jobs run at once.
    public let workers: Int
    /// Engine `i` is used by worker `i` only, and worker 0 is the calling thread: this is what makes the
    /// class safe to share (the `@unchecked` above); the array itself is only changed before workers start.
    private var engines: [TextEngine] = []

    /// `workers` is clamped to at least one.
    public init(workers: Int = 1) {
        self.workers = max(1, workers)
    }

    /// The calling thread's engine (worker 0's): for work done before or after `map`, on the same thread.
    public var engine: TextEngine { engines(1)[0] }

    /// Runs `body(i, engine)` for every `i` in `0..<count` on up to `workers` threads and returns the results
    /// in job order.
    public func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int, TextEngine) throws -> T) -> [Result<T, Error>] {
        run(count) { i, engine in Result { try body(i, engine) } }
    }

    private func run<T: Sendable>(_ count: Int, _ body: @Sendable (Int, TextEngine) -> T) -> [T] {
        let threads = min(workers, count)
        let engines = engines(threads)
        guard threads > 1 else { return (0..<count).map { body($0, engines[0]) } }
        let next = Atomic<Int>(0)
        let results = Mutex([T?](repeating: nil, count: count))
        let lent = LentEngines(engines)
        DispatchQueue.concurrentPerform(iterations: threads) { worker in
            let engine = lent.engine(worker)
            while true {
                let i = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard i < count else { return }
                let result = body(i, engine)
                results.withLock { $0[i] = result }
            }
        }
        // Every index is claimed by some worker; were one not, it is run here rather than lost.
        let done = results.withLock { $0 }
        return done.enumerated().map { i, result in result ?? body(i, engines[0]) }
    }

    /// At least `count` engines, made on the calling thread before any worker starts.
    private func engines(_ count: Int) -> [TextEngine] {
        while engines.count < max(1, count) { engines.append(TextEngine()) }
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
    public func shape<T: Sendable>(_ count: Int, _ body: @Sendable (Int, any TextShaper) -> T) -> [T] {
        run(count) { i, engine in body(i, engine) }
    }
}
