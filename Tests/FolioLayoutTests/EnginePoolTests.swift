import FolioCairo
import FolioLayout
import FolioModel
import Synchronization
import Testing

/// The engine pool is Folio's one way of working on several threads: every job runs once, results come back
/// in job order, no engine is used by two jobs at once, and one worker or several give the same results.
@Suite("Engine pool")
struct EnginePoolTests {
    @Test(arguments: [1, 2, 3, 8])
    func everyJobRunsOnceAndResultsComeInJobOrder(workers: Int) throws {
        let pool = EnginePool(workers: workers)
        let runs = Mutex([Int](repeating: 0, count: 50))
        let results = pool.map(50) { i, _ in
            runs.withLock { $0[i] += 1 }
            return i * i
        }
        #expect(try results.map { try $0.get() } == (0..<50).map { $0 * $0 })
        #expect(runs.withLock { $0 } == [Int](repeating: 1, count: 50))
    }

    @Test func noEngineIsUsedByTwoJobsAtOnce() {
        let pool = EnginePool(workers: 4)
        let busy = Mutex(Set<ObjectIdentifier>())
        let clashes = Mutex(0)
        _ = pool.map(200) { _, engine in
            let id = ObjectIdentifier(engine)
            if !busy.withLock({ $0.insert(id).inserted }) { clashes.withLock { $0 += 1 } }
            _ = engine.shape([Theme.standard.style(StyleName.body).run("Quarters sum to totals")], width: 40)
            _ = busy.withLock { $0.remove(id) }
            return 0
        }
        #expect(clashes.withLock { $0 } == 0)
    }

    @Test func aJobsErrorIsItsResultAndTheOthersRun() {
        struct Failure: Error {}
        let results = EnginePool(workers: 2).map(4) { i, _ in
            if i == 2 { throw Failure() }
            return i
        }
        #expect((try? results[0].get()) == 0)
        #expect((try? results[3].get()) == 3)
        #expect(throws: Failure.self) { try results[2].get() }
    }

    @Test func shapingOnManyWorkersGivesWhatOneGives() {
        let style = Theme.standard.style(StyleName.body)
        let texts = (0..<40).map { "Item \($0): \($0 * 1_437) files, \($0 % 7) quarters" }
        func shaped(_ workers: Int) -> [ShapedText] {
            EnginePool(workers: workers).shape(texts.count) { i, shaper in shaper.shape([style.run(texts[i])], width: 90) }
        }
        #expect(shaped(3) == shaped(1))
    }

    @Test func enginesAreKeptBetweenCalls() {
        let pool = EnginePool(workers: 1)
        let first = pool.map(1) { _, engine in ObjectIdentifier(engine) }
        let second = pool.map(1) { _, engine in ObjectIdentifier(engine) }
        #expect((try? first[0].get()) == (try? second[0].get()))
        #expect((try? first[0].get()) == ObjectIdentifier(pool.engine))
    }

    @Test func preparedEnginesShapeWhatFreshOnesShapeAndNeverDeadlock() {
        let style = Theme.standard.style(StyleName.body)
        let texts = (0..<20).map { "Quarter \($0 % 4 + 1): \($0 * 311) files" }
        let fresh = EnginePool(workers: 2).shape(texts.count) { i, shaper in shaper.shape([style.run(texts[i])], width: 80) }
        let pool = EnginePool(workers: 2)
        pool.prepare([[style, Theme.standard.style(StyleName.heading1)], [Theme.standard.style(StyleName.tableCell)]])
        // Asked for at once: the set-up stops early; asked for later: it has finished. The same either way.
        _ = pool.engine.shape([style.run("first")], width: nil)
        #expect(pool.shape(texts.count) { i, shaper in shaper.shape([style.run(texts[i])], width: 80) } == fresh)
    }

    @Test func lanesSendJobsToTheirWorkerFirstAndEveryJobRunsOnce() {
        let pool = EnginePool(workers: 2)
        let lanes = (0..<40).map { $0 % 3 == 0 ? 1 : 0 }
        let seen = Mutex([Int](repeating: 0, count: 40))
        let results = pool.shape(40, lanes: lanes) { i, _ in
            seen.withLock { $0[i] += 1 }
            return i
        }
        #expect(results == Array(0..<40))
        #expect(seen.withLock { $0 } == [Int](repeating: 1, count: 40))
    }
}
