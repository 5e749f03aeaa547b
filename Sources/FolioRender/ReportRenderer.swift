import FolioCairo
import FolioLayout
import FolioModel

/// The whole path from a report to PDF bytes: lay out with Pango, draw with Cairo. Fonts are checked by the
/// caller, once per report (FolioKit's `SpecChecks`), not again for every render.
package struct ReportRenderer {
    package init() {}

    /// The laid-out pages (for previews, tests and dumps). With a `pool`, blocks and running lines are
    /// shaped on its engines (see `LayoutEngine`); the pages are the same.
    package func layout(_ report: consuming Report, engine: TextEngine, pool: EnginePool? = nil) -> LaidOutDocument {
        LayoutEngine(shaper: engine, pool: pool).layout(report)
    }

    /// The report as PDF bytes (its fonts checked first).
    package func pdf(_ report: Report) throws -> [UInt8] {
        try TextEngine.verifyFonts(Array(report.theme.styles.values))
        let engine = TextEngine()
        let document = layout(report, engine: engine)
        return try PDFRenderer(creator: "Folio \(FolioVersion.string)", fonts: engine).render(document)
    }
}

/// The engine's version, written into PDFs and part of every output's fingerprint: a build skips outputs
/// whose inputs and engine version are unchanged, so a change that alters any output raises it (0.1.1:
/// chart value labels, horizontal bars' too, exact or left out; small multiples that keep words and figures
/// whole; a line's missing values marked with a dash; 0.3.1: the outline read off the heading elements, the
/// cover's and the contents' titles included; every link a Link element holding its own words; a paragraph
/// broken by a page one element; 0.4.2: a run of table rows draws its fills, then its cells, then its rules).
package enum FolioVersion {
    package static let string = "0.4.2"
}
