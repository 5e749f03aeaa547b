import FolioCairo
import FolioLayout
import FolioSpec

/// The checks a spec goes through after it is read, in one place, so that `build`, `check`, `charts` and
/// `Folio.render` run the same ones, each once per report: warnings (what the reader noticed, characters
/// the fonts lack, hyphenation without a dictionary) and errors (a font not installed, a table that cannot fit).
enum SpecChecks {
    /// The reader's warnings, then the glyph check's (when given), then the hyphenation check's.
    static func warnings(for loaded: LoadedSpec, glyphs: GlyphCheck?) -> [Diagnostic] {
        loaded.warnings + (glyphs?.warnings(for: loaded) ?? []) + HyphenationCheck.warnings(for: loaded)
    }

    /// Throws when a font of the theme is not installed; otherwise the tables that cannot fit (see
    /// `tableFitErrors`; none when `tables` is false).
    static func errors(for loaded: LoadedSpec, tables: Bool = true, engine: @autoclosure () -> TextEngine) throws(MissingFontError) -> [Diagnostic] {
        try TextEngine.verifyFonts(Array(loaded.report.theme.styles.values))
        return tables ? tableFitErrors(loaded, engine: engine()) : []
    }

    /// A theme font that is not installed, as an error at the spec's first line (the theme is the spec's
    /// choice, not one line's): how `build`, `check` and `Folio.render` all report it.
    static func diagnostic(for error: MissingFontError, spec: String) -> Diagnostic {
        Diagnostic(.error, SourceLocation(file: spec, line: 1, column: 1), error.description)
    }

    /// Tables that cannot fit the text block even split at the smallest type, as errors at the table's place
    /// in the spec: layout measures them and names the block, the spec knows where the block was written.
    static func tableFitErrors(_ loaded: LoadedSpec, engine: @autoclosure () -> TextEngine) -> [Diagnostic] {
        guard loaded.hasContent, !loaded.tableLocations.isEmpty else { return [] }
        return LayoutEngine(shaper: engine()).tableFitProblems(loaded.report).map {
            loaded.diagnostic(forTableAt: $0.blockIndex, message: $0.message, suggestion: $0.suggestion)
        }
    }
}

extension Diagnostic {
    /// The diagnostic as an error (`strict`).
    var asError: Diagnostic { var d = self; d.severity = .error; return d }
}
