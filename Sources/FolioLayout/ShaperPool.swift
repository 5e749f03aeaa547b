/// Runs independent shaping jobs, each with a shaper of its own, and returns their results in job order:
/// how layout shapes a report's blocks and running lines on several cores without knowing threads. The
/// text engine pool (`EnginePool`) is one; without a pool, layout shapes everything with its own shaper.
package protocol ShaperPool: Sendable {
    /// `body(i, shaper)` for every `i` in `0..<count`; each shaper is used by one job at a time. `lanes`: the
    /// worker each job is best done on (jobs that use the same fonts and sizes on one shaper, which sets
    /// each size up once); nil: any.
    func shape<T: Sendable>(_ count: Int, lanes: [Int]?, _ body: @Sendable (Int, any TextShaper) -> T) -> [T]
}

extension ShaperPool {
    /// `shape` with jobs in no particular lane.
    package func shape<T: Sendable>(_ count: Int, _ body: @Sendable (Int, any TextShaper) -> T) -> [T] {
        shape(count, lanes: nil, body)
    }
}
