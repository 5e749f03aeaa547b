import CPangoCairo

/// The Cairo and Pango this process runs with, checked at start: Folio needs Cairo 1.16's tagged PDF and
/// Pango 1.44's font features and hyphen insertion. Later Cairos (1.18: Debian 13, Ubuntu 24.04) are fine:
/// the PDF post-processing reads their object and cross-reference streams as well as 1.16's tables.
package enum LibraryVersions {
    package static var cairo: String { String(cString: cairo_version_string()) }
    package static var pango: String { String(cString: pango_version_string()) }

    /// Whether Cairo marks only text in tagged PDF (1.17 and later): fills, strokes and images drawn inside
    /// a structure element come out unmarked, and its "Artifact" tag leaves a damaged cross-reference entry
    /// (1.18.4), so the PDF update wraps unmarked painting in artifacts itself (see `UnmarkedContent`).
    package static var cairoMarksOnlyText: Bool { cairo_version() >= 11700 }

    /// Why these libraries cannot be used, or nil.
    package static var problem: String? { problem(cairo: Int(cairo_version()), pango: Int(pango_version())) }

    /// The same for versions encoded as the libraries do (1.16.0 is 11600).
    package static func problem(cairo cairoVersion: Int, pango pangoVersion: Int) -> String? {
        let cairo = "\(cairoVersion / 10000).\(cairoVersion / 100 % 100).\(cairoVersion % 100)"
        let pango = "\(pangoVersion / 10000).\(pangoVersion / 100 % 100).\(pangoVersion % 100)"
        if cairoVersion < 11600 { return "Folio needs Cairo 1.16 or later; this is Cairo \(cairo)" }
        if pangoVersion < 14400 { return "Folio needs Pango 1.44 or later; this is Pango \(pango)" }
        return nil
    }
}
