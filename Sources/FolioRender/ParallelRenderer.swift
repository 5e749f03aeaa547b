import Foundation
import FolioCairo
import FolioLayout
import FolioModel
import Synchronization

/// Something to render into one or more files.
package struct RenderJob: Sendable {
    package enum Kind: Sendable {
        /// The report as PDF; with `previewPrefix`, also a PNG of every page (`<prefix>-01.png`, …).
        case report(Report, previewPrefix: String?)
        /// One chart as a release image.
        case chart(Chart, width: Int, height: Int, scale: Double, format: ChartImageRenderer.Format, theme: Theme, organisation: String?)
    }
    package var kind: Kind
    /// Where the (main) file goes, relative to the output folder.
    package var path: String
    /// PNG encoding effort (pixels are the same either way).
    package var compression: PNGCompression
    package init(_ kind: Kind, path: String, compression: PNGCompression = .fast) {
        self.kind = kind; self.path = path; self.compression = compression
    }
}

/// A rendered file, in memory (images) or spooled to a temporary file (PDFs), not yet in the output folder.
package struct RenderedFile: Sendable {
    package var path: String
    /// The contents when in memory (empty when spooled).
    package var bytes: [UInt8]
    /// The temporary file holding the contents, when spooled.
    package var spooled: SpooledFile?
    /// Pages in a PDF (0 for images).
    package var pages: Int

    package init(path: String, bytes: [UInt8], pages: Int) {
        self.path = path; self.bytes = bytes; self.spooled = nil; self.pages = pages
    }

    package init(path: String, spooled: SpooledFile, pages: Int) {
        self.path = path; self.bytes = []; self.spooled = spooled; self.pages = pages
    }

    /// Size in bytes.
    package var size: Int { spooled?.size ?? bytes.count }

    /// The contents in order, a chunk at a time (a spooled file is never read whole into memory).
    package func forEachChunk(_ body: ([UInt8]) throws -> Void) throws {
        if let spooled { try spooled.forEachChunk(body) } else { try body(bytes) }
    }
}

/// Renders jobs on the engine pool's workers (see `EnginePool`). Every file depends only on its job, so the
/// bytes are the same as a serial run's, in the same order.
package enum ParallelRenderer {
    /// A lone job (a single report) is rendered on the calling thread with the pool's first engine, and its
    /// layout uses the whole pool; several jobs are shared out among the workers, one job to a worker.
    ///
    /// The jobs are handed over: each is taken out of the list as it starts, so that once a caller keeps no
    /// copy, its renderer holds the only reference to its report, and layout lets each table's cells go once
    /// the table is built: they are not held while the pages are drawn (100,000 rows: 38 MB; 225 → 193 MB).
    package static func render(_ jobs: consuming [RenderJob], pool: EnginePool) -> [Result<[RenderedFile], Error>] {
        let count = jobs.count
        let pending = Pending((consume jobs).map { Optional($0) })
        if count == 1 {
            return [Result { try render(pending.take(0), engine: pool.engine, pool: pool.workers > 1 ? pool : nil) }]
        }
        return pool.map(count) { i, engine in try render(pending.take(i), engine: engine) }
    }

    /// The jobs not yet started; each is taken once, by the worker that renders it.
    private final class Pending: Sendable {
        private let jobs: Mutex<[RenderJob?]>
        init(_ jobs: consuming [RenderJob?]) { self.jobs = Mutex(jobs) }
        func take(_ i: Int) throws -> RenderJob {
            guard let job = jobs.withLock({ jobs in defer { jobs[i] = nil }; return jobs[i] }) else { throw TakenTwice(index: i) }
            return job
        }
    }

    /// A job asked for a second time: a bug in the caller of `Pending.take`, reported rather than trapped.
    private struct TakenTwice: Error, CustomStringConvertible {
        let index: Int
        var description: String { "internal error: render job \(index) was started twice" }
    }

    static func render(_ job: consuming RenderJob, engine: TextEngine, pool: EnginePool? = nil) throws -> [RenderedFile] {
        let path = job.path, compression = job.compression
        switch (consume job).kind {
        case .report(let report, let previewPrefix):
            let document = ReportRenderer().layout(consume report, engine: engine, pool: pool)
            let pageCount = document.pages.count
            // Kept only for previews: otherwise each page is freed as soon as it is in the PDF.
            let previewPages = previewPrefix == nil ? [] : document.pages
            let pdf = try SpooledFile()
            try PDFRenderer(creator: "Folio \(FolioVersion.string)", fonts: engine).render(consume document, to: pdf)
            var files = [RenderedFile(path: path, spooled: pdf, pages: pageCount)]
            if let prefix = previewPrefix {
                for (i, page) in previewPages.enumerated() {
                    let number = String(i + 1)
                    let padded = String(repeating: "0", count: max(0, 2 - number.count)) + number
                    files.append(RenderedFile(path: "\(prefix)-\(padded).png", bytes: try PageImageRenderer(fonts: engine).png(page, scale: 100.0 / 72, compression: compression), pages: 0))
                }
            }
            return files
        case .chart(let chart, let width, let height, let scale, let format, let theme, let organisation):
            let renderer = ChartImageRenderer(theme: theme, engine: engine)
            let bytes = try renderer.render(chart, width: width, height: height, scale: scale, format: format,
                                            compression: compression, organisation: organisation)
            return [RenderedFile(path: path, bytes: bytes, pages: 0)]
        }
    }
}
