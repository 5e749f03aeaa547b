import FolioCairo
import FolioLayout
import FolioModel

/// The whole path from a report to PDF bytes: check fonts, lay out with Pango, draw with Cairo.
public struct ReportRenderer {
    public init() {}

    /// The laid-out pages (for previews, tests and dumps).
    public func layout(_ report: Report, engine: TextEngine) throws(MissingFontError) -> LaidOutDocument {
        try engine.verifyFonts(Array(report.theme.styles.values))
        return LayoutEngine(shaper: engine).layout(report)
    }

    /// The report as PDF bytes.
    public func pdf(_ report: Report) throws -> [UInt8] {
        let engine = TextEngine()
        let document = try layout(report, engine: engine)
        return try PDFRenderer(creator: "Folio \(FolioVersion.string)").render(document)
    }
}

/// The engine's version, written into PDFs (part of what decides whether an output is stale).
public enum FolioVersion {
    public static let string = "0.1.0"
}
