import FolioModel

extension LayoutContext {
    /// Texts shaped in one job when a long job's shaping is shared among the pool's shapers: large enough
    /// that handing out jobs costs nothing measurable, small enough that the workers finish together.
    static let shapingChunk = 2048

    /// `body(i, context)` for every `i` in `0..<count`, in order. With a pool (a long table built on the
    /// calling thread, see `LayoutEngine.steps`) and at least two chunks of work, the indices are shared out
    /// in chunks among the pool's shapers, each job with a context of its own shaper; otherwise all are done
    /// here. A result depends only on its index and text, never on the shaper, so they are the same either way.
    func inChunks<T: Sendable>(_ count: Int, _ body: @Sendable (Int, LayoutContext) -> T) -> [T] {
        guard let pool, count >= 2 * Self.shapingChunk else { return (0..<count).map { body($0, self) } }
        let chunks = (count + Self.shapingChunk - 1) / Self.shapingChunk
        let theme = theme, page = page
        var results: [T] = []
        results.reserveCapacity(count)
        for chunk in pool.shape(chunks, { k, shaper in
            let context = LayoutContext(theme: theme, shaper: shaper, page: page)
            let start = k * Self.shapingChunk
            return (start..<min(count, start + Self.shapingChunk)).map { body($0, context) }
        }) {
            results += chunk
        }
        return results
    }
}
