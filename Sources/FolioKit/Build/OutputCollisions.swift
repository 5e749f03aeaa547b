import Foundation
import FolioSpec

/// Specs whose outputs would land on the same files: outputs are named after the spec's file name alone
/// (`a/report.yaml` and `b/report.yaml` both make `report.pdf` and `charts/report/`), so building both
/// would leave one spec's files, or a mix of both, under the other's name.
enum OutputCollisions {
    /// An error for each spec whose name an earlier one already has, naming both paths; the same path
    /// given twice is one spec.
    static func find(_ specs: [String]) -> [Diagnostic] {
        var first: [String: String] = [:]
        var errors: [Diagnostic] = []
        for spec in specs {
            let name = OutputPlan.name(ofSpec: spec)
            guard let earlier = first[name] else { first[name] = spec; continue }
            if (earlier as NSString).standardizingPath == (spec as NSString).standardizingPath { continue }
            errors.append(Diagnostic(.error, SourceLocation(file: spec, line: 1, column: 1),
                                     "`\(spec)` and `\(earlier)` would write the same outputs (`\(name).pdf`, `charts/\(name)/`)",
                                     suggestion: "rename one of them: outputs are named after the spec's file name"))
        }
        return errors
    }
}
