import FolioCairo
import FolioSpec

extension Project {
    /// Every check a build runs (spec, data, translations of each edition, sums, fonts, characters, tables),
    /// without rendering or writing anything (`folio check`). The diagnostics are in the result, not in events:
    /// a checker shows them together. A warning two specs share (one data file) is listed once.
    public func validate() -> BuildResult {
        var result = BuildResult()
        result.diagnostics = OutputCollisions.find(specs)
        var failed = !result.diagnostics.isEmpty
        let glyphs = GlyphCheck { [pool] in pool.engine }
        for spec in specs {
            do {
                let loaded = try SpecReader(parameters: parameters, images: CairoImageInspector()).read(path: spec)
                // Every edition reads its translations: a text without one is found here, not at build time.
                for edition in loaded.editions {
                    _ = try SpecReader(parameters: parameters, edition: edition, images: CairoImageInspector()).read(path: spec)
                }
                let warnings = SpecChecks.warnings(for: loaded, glyphs: glyphs)
                let known = result.diagnostics
                result.diagnostics += options.strict ? warnings.map(\.asError) : warnings.filter { !known.contains($0) }
                failed = failed || (options.strict && !warnings.isEmpty)
                do {
                    let tables = try SpecChecks.errors(for: loaded, engine: pool.engine)
                    result.diagnostics += tables
                    failed = failed || !tables.isEmpty
                } catch {
                    result.diagnostics.append(SpecChecks.diagnostic(for: error, spec: spec))
                    failed = true
                }
            } catch {
                result.diagnostics += error.diagnostics
                failed = true
            }
        }
        result.reports = specs.count
        if failed { result.outcome = .invalidInput }
        return result
    }
}
