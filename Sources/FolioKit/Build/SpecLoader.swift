import FolioCairo
import FolioSpec

/// Reads the specs of one build, runs their checks (see `SpecChecks`) and reports what they find through
/// the build's log: a spec with errors is left out and said so; a warning two specs share (one data file)
/// is said once.
final class SpecLoader {
    private let log: BuildLog
    private let strict: Bool
    private let glyphs: GlyphCheck?
    private var said: Set<Diagnostic> = []

    /// `glyphs`: check the characters of every text against its fonts (a build does; a chart export does not).
    init(log: BuildLog, strict: Bool, glyphs: GlyphCheck?) {
        self.log = log
        self.strict = strict
        self.glyphs = glyphs
    }

    /// The spec read with `parameters` (and `edition`'s translations), or nil when it has errors (reported).
    func load(_ spec: String, parameters: [String: String], edition: String? = nil) -> LoadedSpec? {
        do {
            let loaded = try SpecReader(parameters: parameters, edition: edition, images: CairoImageInspector()).read(path: spec)
            let warnings = SpecChecks.warnings(for: loaded, glyphs: glyphs)
            // Strict: a warning stops the spec as an error would.
            if strict && !warnings.isEmpty { return rejected(spec, warnings.map(\.asError)) }
            log.diagnostics(glyphs == nil ? warnings : warnings.filter { said.insert($0).inserted })
            return loaded
        } catch {
            return rejected(spec, error.diagnostics)
        }
    }

    /// Whether the report's fonts are installed and (unless `tables` is false) its tables fit; each error reported.
    func verify(_ loaded: LoadedSpec, of spec: String, tables: Bool = true, engine: @autoclosure () -> TextEngine = TextEngine()) -> Bool {
        do {
            let errors = try SpecChecks.errors(for: loaded, tables: tables, engine: engine())
            if !errors.isEmpty { log.diagnostics(errors) }
            return errors.isEmpty
        } catch {
            log.update { $0.diagnostics.append(SpecChecks.diagnostic(for: error, spec: spec)) }
            log.problem("\(spec): error: \(error)")
            return false
        }
    }

    private func rejected(_ spec: String, _ diagnostics: [Diagnostic]) -> LoadedSpec? {
        log.diagnostics(diagnostics)
        log.rejected(spec, errors: diagnostics.filter { $0.severity == .error }.count)
        return nil
    }
}
