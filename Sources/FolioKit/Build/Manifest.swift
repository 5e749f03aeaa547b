import Foundation
import FolioRender

/// `OUTPUT/.folio-manifest.json`: for each spec (each entity of a matrix), by output name, the fingerprint of its inputs and of each output it
/// wrote. An output whose inputs are unchanged, and which is still on disk as written, is not rendered again.
struct Manifest: Codable, Equatable, Sendable {
    struct Entry: Codable, Equatable, Sendable {
        var inputs: String
        var outputs: [String: String]
    }
    var version = 1
    var specs: [String: Entry] = [:]

    static func path(in output: String) -> String { (output as NSString).appendingPathComponent(".folio-manifest.json") }

    static func load(from output: String) -> Manifest {
        guard let data = FileManager.default.contents(atPath: path(in: output)),
              let manifest = try? JSONDecoder().decode(Manifest.self, from: data), manifest.version == 1 else { return Manifest() }
        return manifest
    }

    func save(to output: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try OutputFile.write(Array(try encoder.encode(self)) + [0x0A], to: Manifest.path(in: output))
    }

    /// Whether everything `plan` would write is already there, from the same inputs.
    func isUpToDate(_ plan: SpecPlan, in output: String) -> Bool {
        guard let entry = specs[plan.name], entry.inputs == plan.inputHash else { return false }
        for (path, hash) in entry.outputs {
            guard let data = FileManager.default.contents(atPath: (output as NSString).appendingPathComponent(path)),
                  ContentHash.hex(of: data) == hash else { return false }
        }
        return !entry.outputs.isEmpty || plan.jobCount == 0
    }
}
