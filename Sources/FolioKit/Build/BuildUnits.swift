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
public struct Shard: Equatable, Sendable {
    /// Which slice, from 1.
    public let index: Int
    /// How many slices.
    public let count: Int

    /// Reads `I/N` (1 ≤ I ≤ N ≤ 100000); nil otherwise.
    public init?(_ argument: String) {
        let parts = argument.split(separator: "/")
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, n <= 100_000, i >= 1, i <= n else { return nil }
        index = i; count = n
    }

    func includes(_ position: Int) -> Bool { position % count == index - 1 }
}

enum BuildUnits {
    typealias Load = (_ spec: String, _ parameters: [String: String], _ edition: String?) -> LoadedSpec?

    /// The units of `specs`, each read with `parameters` (and, per entity, its matrix parameter; per
    /// edition, its language), keeping those of `shard`. A spec that cannot be read reports its
    /// diagnostics (through `load`) and counts as failed; it still takes its place, so shards agree on
    /// positions whatever fails. Names: `<spec>`, `<spec>-<language>`, `<spec>-<entity>`, `<spec>-<language>-<entity>`.
    static func collect(_ specs: [String], parameters: [String: String], shard: Shard?, load: Load) -> (units: [BuildUnit], failed: Bool) {
        var units: [BuildUnit] = []
        var failed = false
        var position = 0
        for spec in specs {
            guard let source = load(spec, parameters, nil) else { failed = true; position += 1; continue }
            let editions: [String?] = source.editions.isEmpty ? [nil] : source.editions
            // A matrix parameter set on the command line makes that one entity's report.
            let entities: [String?] = source.matrix.map { m in parameters[m.parameter].map { [$0] } ?? m.entities } ?? [nil]
            for edition in editions {
                for entity in entities {
                    defer { position += 1 }
                    guard shard?.includes(position) ?? true else { continue }
                    let name = [OutputPlan.name(ofSpec: spec), edition, entity.map(SpecMatrix.slug)].compactMap { $0 }.joined(separator: "-")
                    var values = parameters
                    if let entity, let m = source.matrix { values[m.parameter] = entity }
                    let same = edition == nil && values == parameters
                    guard let loaded = same ? source : load(spec, values, edition) else { failed = true; continue }
                    units.append(BuildUnit(spec: spec, name: name, loaded: loaded))
                }
            }
        }
        return (units, failed)
    }
}
