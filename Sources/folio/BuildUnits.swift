import ArgumentParser
import FolioSpec

/// One set of outputs a build makes: a spec, or one entity of a spec's `matrix:` (named
/// `<spec>-<entity>`: `regional-report-calgary.pdf`, `charts/regional-report-calgary/…`).
struct BuildUnit {
    let spec: String
    let name: String
    let loaded: LoadedSpec
}

/// `--shard I/N`: the units whose position in the build (specs in the order given, each matrix's
/// entities in its data's order) is I, I+N, I+2N… Deterministic, so N machines or processes render
/// disjoint slices that together are a full build, byte for byte.
struct Shard: ExpressibleByArgument, Equatable {
    let index: Int, count: Int

    init?(argument: String) {
        let parts = argument.split(separator: "/")
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, n <= 100_000, i >= 1, i <= n else { return nil }
        index = i; count = n
    }

    func includes(_ position: Int) -> Bool { position % count == index - 1 }
}

enum BuildUnits {
    /// The units of `specs`, each read with `parameters` (and, per entity, its matrix parameter), keeping
    /// those of `shard`. A spec that cannot be read reports its diagnostics (through `load`) and counts as
    /// failed; it still takes its place, so shards agree on positions whatever fails.
    static func collect(_ specs: [String], parameters: [String: String], shard: Shard?,
                        load: (String, [String: String]) -> LoadedSpec?) -> (units: [BuildUnit], failed: Bool) {
        var units: [BuildUnit] = []
        var failed = false
        var position = 0
        for spec in specs {
            guard let loaded = load(spec, parameters) else { failed = true; position += 1; continue }
            guard let matrix = loaded.matrix else {
                if shard?.includes(position) ?? true { units.append(BuildUnit(spec: spec, name: specName(spec), loaded: loaded)) }
                position += 1
                continue
            }
            // A matrix parameter set on the command line makes that one entity's report.
            let entities = parameters[matrix.parameter].map { [$0] } ?? matrix.entities
            for entity in entities {
                defer { position += 1 }
                guard shard?.includes(position) ?? true else { continue }
                let name = specName(spec) + "-" + SpecMatrix.slug(entity)
                if parameters[matrix.parameter] != nil { units.append(BuildUnit(spec: spec, name: name, loaded: loaded)); continue }
                var values = parameters
                values[matrix.parameter] = entity
                guard let one = load(spec, values) else { failed = true; continue }
                units.append(BuildUnit(spec: spec, name: name, loaded: one))
            }
        }
        return (units, failed)
    }
}
