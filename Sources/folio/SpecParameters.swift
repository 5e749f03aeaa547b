import ArgumentParser

/// `--set name=value`, repeatable: values for the spec's `params:` (the spec checks each against its type).
struct SpecParameters: ParsableArguments {
    @Option(name: .customLong("set"), help: ArgumentHelp("Set a spec parameter (`params:`), as name=value; repeatable.", valueName: "name=value"))
    var assignments: [String] = []

    func validate() throws {
        for a in assignments {
            guard let eq = a.firstIndex(of: "="), eq != a.startIndex else {
                throw ValidationError("--set takes name=value, found `\(a)`")
            }
        }
        let names = assignments.compactMap { $0.split(separator: "=", maxSplits: 1).first.map(String.init) }
        if let twice = names.first(where: { n in names.filter { $0 == n }.count > 1 }) {
            throw ValidationError("--set \(twice)=… is given twice")
        }
    }

    /// The values by name (the part before the first `=`).
    var values: [String: String] {
        var out: [String: String] = [:]
        for a in assignments {
            let parts = a.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            if parts.count == 2 { out[String(parts[0])] = String(parts[1]) }
        }
        return out
    }

}
