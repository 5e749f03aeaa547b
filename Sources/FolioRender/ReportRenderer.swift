import FolioCairo
import FolioLayout
import FolioModel

/// The whole path from a report to PDF bytes: check fonts, lay out with Pango, draw with Cairo.
public struct ReportRenderer {
    public init() {}

    /// The laid-out pages (for previews, tests and dumps). With `helpers`, blocks are shaped on one more
    /// thread per helper engine (see `LayoutEngine`); the pages are the same. Keep the helper engines alive
    /// until the pages are drawn: their fonts draw the text they shaped.
    /// `runningLinesLater`: leave the running headers and footers to a helper after layout (see
    /// `LaidOutDocument.runningLinesLater`), for `PDFRenderer`, which adds them page by page as it draws.
    public func layout(_ report: Report, engine: TextEngine, helpers: [EngineSource] = [],
                       runningLinesLater: Bool = false) throws(MissingFontError) -> LaidOutDocument {
        try TextEngine.verifyFonts(Array(report.theme.styles.values))
        let layout = LayoutEngine(shaper: engine, helpers: helpers.map { source in { source.engine() } }, startThread: startThread)
        // With helpers, this thread keeps its CPU while they work on the others (see `holdingCPU`).
        return helpers.isEmpty ? layout.layout(report) : holdingCPU { layout.layout(report, runningLinesLater: runningLinesLater) }
    }

    /// The report as PDF bytes.
    public func pdf(_ report: Report) throws -> [UInt8] {
        let engine = TextEngine()
        let document = try layout(report, engine: engine)
        return try PDFRenderer(creator: "Folio \(FolioVersion.string)").render(document)
    }
}

/// The engine's version, written into PDFs and part of every output's fingerprint: a build skips outputs
/// whose inputs and engine version are unchanged, so a change that alters any output raises it (0.1.1:
/// chart value labels, horizontal bars' too, exact or left out; small multiples that keep words and figures
/// whole; a line's missing values marked with a dash; 0.3.1: the outline read off the heading elements, the
/// cover's and the contents' titles included; every link a Link element holding its own words; a paragraph
/// broken by a page one element).
public enum FolioVersion {
    public static let string = "0.4.1"
}
