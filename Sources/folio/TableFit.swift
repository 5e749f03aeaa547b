import FolioCairo
import FolioKit
import FolioSpec

/// Tables that cannot fit the text block even split at the smallest type, as errors at the table's place
/// in the spec (see `Folio.tableFitErrors`). `check` and `build` both ask, so neither says nothing about a
/// table it cannot print.
func tableFitErrors(_ loaded: LoadedSpec, engine: TextEngine) -> [Diagnostic] {
    FolioKit.Folio.tableFitErrors(loaded, engine: engine)
}
