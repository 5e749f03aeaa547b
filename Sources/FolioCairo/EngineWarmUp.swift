import Foundation
import FolioLayout
import FolioModel

extension TextEngine {
    /// Loads the fonts of `styles`, at their sizes and in their order, and shapes a sample in each, so that
    /// fontconfig, FreeType and HarfBuzz set themselves up (faces, OpenType lookups, shaping plans for both
    /// figure styles, each size's scaled font and glyph extents) before the first real paragraph: worth doing
    /// on another core while the spec is read. Stops between fonts once `stop` says so (someone is waiting
    /// for the engine: what is left is loaded when first used). Nothing is kept but those caches: the output
    /// is the same with or without it.
    public func warmUp(_ styles: [TextStyle], stop: () -> Bool = { false }) {
        var seen: Set<FontDescriptor> = []
        let sample = "Annual report 2023-24: 1,149 ($2,741,025) – Q1 Q2 “quoted” fi"
        for style in styles {
            let font = style.font
            guard seen.insert(font).inserted else { continue }
            if stop() { return }
            for tabular in [false, true] {
                shapeOnce([TextRun(text: sample, font: font, color: style.color, tabularFigures: tabular)])
            }
        }
    }
}

/// Where a helper thread gets its text engine: possibly still being prepared on another thread, then
/// kept by the source (so the fonts of what it shaped stay alive) and used by one thread at a time.
public protocol EngineSource: Sendable {
    /// The engine, waiting for it if need be.
    func engine() -> TextEngine
}

/// Text engines set up one after another on a background thread while the caller does something else
/// (reads specs), each then handed over whole: Pango objects are not shared between threads, only passed
/// from one to the next. One thread, not one per engine: the caller's own work keeps the other core.
public final class PreparedEngines: @unchecked Sendable {
    private var engines: [TextEngine?]
    private let ready: [DispatchSemaphore]
    private let lock = NSLock()
    /// Engines from this index on are not prepared.
    private var limit: Int
    /// The engine someone is waiting for: its warm-up ends early.
    private var awaited = -1
    private let done = DispatchSemaphore(value: 0)

    /// Starts creating `count` engines, engine `i` warmed up for `styles[i]` (or the last entry): typically
    /// the standard theme's styles that the blocks it will shape use (see `LayoutEngine.warmUpStyles`).
    /// `styles` is worked out on the set-up thread, so that the thread starts at once.
    public init(count: Int, warmingUp styles: @autoclosure @escaping @Sendable () -> [[TextStyle]]) {
        engines = Array(repeating: nil, count: count)
        limit = count
        ready = (0..<count).map { _ in DispatchSemaphore(value: 0) }
        // A plain POSIX thread: it starts sooner than Foundation's Thread (0.04 ms against 0.16 in a bare
        // program), and every millisecond before fontconfig starts delays the first engine.
        startThread { [self] in
            let styles = styles()
            for i in 0..<count {
                // An engine nobody will take is not prepared (an engine asked for later is made then).
                if lock.withLock({ i >= limit }) { ready[i].signal(); continue }
                let engine = TextEngine()
                engine.warmUp(styles.isEmpty ? [] : styles[min(i, styles.count - 1)], stop: { lock.withLock { awaited == i } })
                lock.withLock { engines[i] = engine }
                ready[i].signal()
            }
            done.signal()
        }
    }

    /// Prepares no further engine and waits for the background thread to return. Call before the process
    /// exits: a thread still inside fontconfig or HarfBuzz while their at-exit clean-up runs could crash
    /// the exit.
    public func stop() {
        stopPreparing()
        done.wait()
        done.signal()
    }

    /// Prepares only the first `count` engines (for `--jobs 1`: no helper), without waiting.
    public func prepareOnly(_ count: Int) {
        lock.withLock { limit = min(limit, count) }
    }

    /// Prepares no further engine (the one being prepared is finished), without waiting.
    public func stopPreparing() { prepareOnly(0) }

    /// Engine `index`, waiting for it if need be. It stays with this object (alive as long as it is) and
    /// must be used by one thread at a time.
    public func engine(_ index: Int) -> TextEngine {
        guard ready.indices.contains(index) else { return TextEngine() }
        lock.withLock { awaited = index }
        ready[index].wait()
        ready[index].signal()
        lock.lock(); defer { lock.unlock() }
        if let engine = engines[index] { return engine }
        let engine = TextEngine()
        engines[index] = engine
        return engine
    }

    /// Engine `index` as a source for a helper thread.
    public func source(_ index: Int) -> EngineSource { Prepared(engines: self, index: index) }

    private struct Prepared: EngineSource {
        let engines: PreparedEngines
        let index: Int
        func engine() -> TextEngine { engines.engine(index) }
    }
}
