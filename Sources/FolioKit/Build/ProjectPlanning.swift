import FolioCairo

extension Project {
    /// Every report to build (a spec, each edition, each matrix entity of this shard) read and checked, each
    /// check once; a report with errors is left out (its diagnostics reported, the outcome `invalidInput`).
    func readPlans(_ log: BuildLog) -> [SpecPlan] {
        let loader = SpecLoader(log: log, strict: options.strict, glyphs: GlyphCheck { [pool] in pool.engine })
        let (units, unreadable) = BuildUnits.collect(specs, parameters: parameters, shard: options.shard) { spec, values, edition in
            log.status("reading \(spec)")
            return loader.load(spec, parameters: values, edition: edition)
        }
        if unreadable { log.fail(.invalidInput) }
        var plans: [SpecPlan] = []
        for unit in units {
            guard loader.verify(unit.loaded, of: unit.spec, engine: pool.engine) else {
                log.fail(.invalidInput)
                continue
            }
            plans.append(SpecPlan(spec: unit.spec, name: unit.name, loaded: unit.loaded, previews: options.previews,
                                  images: options.images, compression: options.pngCompression.engine))
        }
        log.update { $0.reports = plans.count }
        return plans
    }
}
