import Foundation
import FolioCairo
import FolioLayout
import FolioModel

/// Something to render into one or more files.
public struct RenderJob: Sendable {
    public enum Kind: Sendable {
        /// The report as PDF; with `previewPrefix`, also a PNG of every page (`<prefix>-01.png`, …).
        case report(Report, previewPrefix: String?)
        /// One chart as a release image.
        case chart(Chart, width: Int, height: Int, scale: Double, format: ChartImageRenderer.Format, theme: Theme, organisation: String?)
    }
    public var kind: Kind
    /// Where the (main) file goes, relative to the output folder.
    public var path: String
    /// PNG encoding effort (pixels are the same either way).
    public var compression: PNGCompression
    public init(_ kind: Kind, path: String, compression: PNGCompression = .fast) {
        self.kind = kind; self.path = path; self.compression = compression
    }
}

/// A rendered file, in memory (images) or spooled to a temporary file (PDFs), not yet in the output folder.
public struct RenderedFile: Sendable {
    public var path: String
    /// The contents when in memory (empty when spooled).
    public var bytes: [UInt8]
    /// The temporary file holding the contents, when spooled.
    public var spooled: SpooledFile?
    /// Pages in a PDF (0 for images).
    public var pages: Int

    public init(path: String, bytes: [UInt8], pages: Int) {
        self.path = path; self.bytes = bytes; self.spooled = nil; self.pages = pages
    }

    public init(path: String, spooled: SpooledFile, pages: Int) {
        self.path = path; self.bytes = []; self.spooled = spooled; self.pages = pages
    }

    /// Size in bytes.
    public var size: Int { spooled?.size ?? bytes.count }

    /// The contents in order, a chunk at a time (a spooled file is never read whole into memory).
    public func forEachChunk(_ body: ([UInt8]) throws -> Void) throws {
        if let spooled { try spooled.forEachChunk(body) } else { try body(bytes) }
    }
}

/// Renders jobs on several threads, each with its own text engine (Pango font maps are per thread).
/// Every file depends only on its job, so the bytes are the same as a serial run's, in the same order.
public enum ParallelRenderer {
    /// `engine`, when given, serves the first worker (fonts already loaded by the caller's checks);
    /// only the calling thread may have used it. `helpers` are engines for cores that no job would use:
    /// with a single worker, a report is laid out on them as well (see `LayoutEngine`).
    public static func render(_ jobs: [RenderJob], workers: Int, engine first: TextEngine? = nil,
                              helpers: [EngineSource] = []) -> [Result<[RenderedFile], Error>] {
        let results = ResultBox(count: jobs.count)
        let next = Counter()
        let threads = max(1, min(workers, jobs.count))
        if threads == 1 {
            // One worker: stay on this thread, with the caller's engine.
            let engine = first ?? TextEngine()
            for (i, job) in jobs.enumerated() { results.set(i, Result { try render(job, engine: engine, helpers: helpers) }) }
            return results.values
        }
        let handOff = EngineBox(first)
        runConcurrently(threads) { _ in
            var engine: TextEngine? = handOff.take()
            while let i = next.take(below: jobs.count) {
                let e = engine ?? TextEngine()
                engine = e
                results.set(i, Result { try render(jobs[i], engine: e) })
            }
        }
        return results.values
    }

    static func render(_ job: RenderJob, engine: TextEngine, helpers: [EngineSource] = []) throws -> [RenderedFile] {
        switch job.kind {
        case .report(let report, let previewPrefix):
            // Previews need whole pages; a PDF alone takes the running lines as it draws.
            let document = try ReportRenderer().layout(report, engine: engine, helpers: helpers, runningLinesLater: previewPrefix == nil)
            let pageCount = document.pages.count
            // Kept only for previews: otherwise each page is freed as soon as it is in the PDF.
            let previewPages = previewPrefix == nil ? [] : document.pages
            let pdf = try SpooledFile()
            // A lone report (helpers given) leaves a core free while it is drawn.
            try PDFRenderer(creator: "Folio \(FolioVersion.string)", preloadsGlyphs: !helpers.isEmpty).render(consume document, to: pdf)
            var files = [RenderedFile(path: job.path, spooled: pdf, pages: pageCount)]
            if let prefix = previewPrefix {
                for (i, page) in previewPages.enumerated() {
                    let number = String(i + 1)
                    let padded = String(repeating: "0", count: max(0, 2 - number.count)) + number
                    files.append(RenderedFile(path: "\(prefix)-\(padded).png", bytes: try PageImageRenderer().png(page, scale: 100.0 / 72, compression: job.compression), pages: 0))
                }
            }
            return files
        case .chart(let chart, let width, let height, let scale, let format, let theme, let organisation):
            let renderer = try ChartImageRenderer(theme: theme, engine: engine)
            let bytes = try renderer.render(chart, width: width, height: height, scale: scale, format: format,
                                            compression: job.compression, organisation: organisation)
            return [RenderedFile(path: job.path, bytes: bytes, pages: 0)]
        }
    }
}

/// Passes the caller's engine to exactly one worker thread.
private final class EngineBox: @unchecked Sendable {
    private var engine: TextEngine?
    private let lock = NSLock()
    init(_ engine: TextEngine?) { self.engine = engine }
    func take() -> TextEngine? { lock.lock(); defer { lock.unlock() }; let e = engine; engine = nil; return e }
}

/// Hands out job indices to worker threads.
private final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func take(below limit: Int) -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard value < limit else { return nil }
        defer { value += 1 }
        return value
    }
}

/// Results written by index from several threads.
private final class ResultBox: @unchecked Sendable {
    private var storage: [Result<[RenderedFile], Error>]
    private let lock = NSLock()
    init(count: Int) { storage = Array(repeating: .success([]), count: count) }
    func set(_ i: Int, _ r: Result<[RenderedFile], Error>) { lock.lock(); storage[i] = r; lock.unlock() }
    var values: [Result<[RenderedFile], Error>] { lock.lock(); defer { lock.unlock() }; return storage }
}
