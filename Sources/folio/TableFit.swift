import FolioCairo
import FolioLayout
import FolioSpec

/// Tables that cannot fit the text block even split at the smallest type, as errors at the table's place
/// in the spec. Layout measures them (it alone knows the widths) and names the block; the spec knows where
/// the block was written. `check` and `build` both ask, so neither says nothing about a table it cannot print.
func tableFitErrors(_ loaded: LoadedSpec, engine: TextEngine) -> [Diagnostic] {
    guard loaded.hasContent, !loaded.tableLocations.isEmpty else { return [] }
    return LayoutEngine(shaper: engine).tableFitProblems(loaded.report).map {
        loaded.diagnostic(forTableAt: $0.blockIndex, message: $0.message, suggestion: $0.suggestion)
    }
}
