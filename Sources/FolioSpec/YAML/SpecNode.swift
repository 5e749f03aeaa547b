import Foundation
import Yams

/// A YAML node with the file it came from, so every value read can point back to its line and column.
struct SpecNode {
    let node: Node
    let file: String
    let diagnostics: DiagnosticBag

    var location: SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// A scalar's text, or nil (with an error) for mappings and sequences.
    func string(_ what: String) -> String? {
        if case .scalar(let s) = node { return s.string }
        diagnostics.error(location, "expected \(what), found \(kind)")
        return nil
    }

    /// A scalar's text without reporting (for "string or mapping" shapes).
    var scalar: String? {
        if case .scalar(let s) = node { return s.string }
        return nil
    }

    /// Whether the scalar is YAML null (`~`, `null` or empty).
    var isNull: Bool {
        if case .scalar(let s) = node, s.style == .plain { return ["", "~", "null", "Null", "NULL"].contains(s.string) }
        return false
    }

    var kind: String {
        switch node {
        case .scalar: return "a scalar"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    /// The items of a sequence, or nil (with an error).
    func sequence(_ what: String) -> [SpecNode]? {
        if case .sequence(let seq) = node { return seq.map { SpecNode(node: $0, file: file, diagnostics: diagnostics) } }
        diagnostics.error(location, "expected \(what) (a list), found \(kind)")
        return nil
    }

    /// A reader over a mapping that accepts only `keys`, or nil (with an error).
    func mapping(_ what: String, keys: [String]) -> MappingReader? {
        if case .mapping(let map) = node {
            return MappingReader(map: map, owner: self, what: what, allowed: keys)
        }
        diagnostics.error(location, "expected \(what) (a mapping), found \(kind)")
        return nil
    }

    func child(_ n: Node) -> SpecNode { SpecNode(node: n, file: file, diagnostics: diagnostics) }
}

/// Reads the keys of one YAML mapping, reporting unknown keys (with a suggestion) and duplicates.
struct MappingReader {
    let owner: SpecNode
    let what: String
    let allowed: [String]
    private(set) var entries: [(key: String, keyNode: SpecNode, value: SpecNode)] = []

    init(map: Node.Mapping, owner: SpecNode, what: String, allowed: [String]) {
        self.owner = owner; self.what = what; self.allowed = allowed
        var seen: Set<String> = []
        for (k, v) in MappingReader.expandingMerges(map) {
            let keyNode = owner.child(k)
            guard let key = keyNode.scalar else {
                owner.diagnostics.error(keyNode.location, "a key in \(what) must be a plain name")
                continue
            }
            if !allowed.contains(key) {
                owner.diagnostics.error(keyNode.location, "unknown key `\(key)` in \(what)",
                                        suggestion: Suggestions.hint(for: key, in: allowed))
                continue
            }
            if !seen.insert(key).inserted {
                owner.diagnostics.error(keyNode.location, "`\(key)` appears twice in \(what)")
                continue
            }
            entries.append((key, keyNode, owner.child(v)))
        }
    }

    /// YAML merge keys (`<<: *anchor`, `<<: [*a, *b]`): the merged mappings' entries, then the explicit ones.
    /// As the merge-key spec says, explicit keys win over merged ones, and among merged mappings the first
    /// that has a key wins. (`AliasExpansion` has bounded how much there can be to merge.)
    static func expandingMerges(_ map: Node.Mapping) -> [(Node, Node)] {
        var explicit: [(Node, Node)] = []
        var sources: [Node.Mapping] = []
        for (k, v) in map {
            if case .scalar(let s) = k, s.string == "<<" {
                switch v {
                case .mapping(let m): sources.append(m)
                case .sequence(let seq):
                    for case .mapping(let m) in seq { sources.append(m) }
                default: explicit.append((k, v))
                }
            } else {
                explicit.append((k, v))
            }
        }
        guard !sources.isEmpty else { return explicit }
        var taken = Set(explicit.compactMap { $0.0.string })
        var merged: [(Node, Node)] = []
        for source in sources {
            for (k, v) in expandingMerges(source) where k.string.map({ taken.insert($0).inserted }) ?? true {
                merged.append((k, v))
            }
        }
        return merged + explicit
    }

    var location: SourceLocation { owner.location }
    var diagnostics: DiagnosticBag { owner.diagnostics }

    /// The value node for `key`, if present.
    subscript(_ key: String) -> SpecNode? { entries.first { $0.key == key }?.value }

    /// Whether the key is present.
    func has(_ key: String) -> Bool { self[key] != nil }

    /// A required value; reports a missing-field error at the mapping.
    func required(_ key: String) -> SpecNode? {
        if let v = self[key] { return v }
        diagnostics.error(location, "\(what) is missing the required field `\(key)`")
        return nil
    }

    /// Text for `key`; an explicit YAML null (`null`, `~`) means "none" (e.g. to drop a merged value).
    func string(_ key: String) -> String? {
        guard let n = self[key], !n.isNull else { return nil }
        return n.string("text for `\(key)`")
    }

    func requiredString(_ key: String) -> String? { required(key)?.string("text for `\(key)`") }

    func bool(_ key: String) -> Bool? {
        guard let n = self[key], let s = n.string("true or false for `\(key)`") else { return nil }
        switch s {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            diagnostics.error(n.location, "expected true or false for `\(key)`, found `\(s)`")
            return nil
        }
    }

    func int(_ key: String, range: ClosedRange<Int>) -> Int? {
        guard let n = self[key], let s = n.string("a whole number for `\(key)`") else { return nil }
        guard let v = Int(s), range.contains(v) else {
            diagnostics.error(n.location, "expected a whole number from \(range.lowerBound) to \(range.upperBound) for `\(key)`, found `\(s)`")
            return nil
        }
        return v
    }

    func number(_ key: String, range: ClosedRange<Double> = 0...10_000) -> Double? {
        guard let n = self[key], let s = n.string("a number for `\(key)`") else { return nil }
        guard let v = Double(s), v.isFinite, range.contains(v) else {
            diagnostics.error(n.location, "expected a number from \(Int(range.lowerBound)) to \(Int(range.upperBound)) for `\(key)`, found `\(s)`")
            return nil
        }
        return v
    }

    /// A length: a number of points or a string with a unit (`pt`, `in`, `mm`, `cm`).
    func length(_ key: String) -> Double? {
        guard let n = self[key] else { return nil }
        return Lengths.read(n)
    }

    func color(_ key: String) -> Color? {
        guard let n = self[key], let s = n.string("a colour for `\(key)`") else { return nil }
        if let c = Color(hex: s) { return c }
        diagnostics.error(n.location, "expected a colour like `#14284B` for `\(key)`, found `\(s)`")
        return nil
    }

    /// One of a fixed set of words.
    func choice(_ key: String, _ options: [String]) -> String? {
        guard let n = self[key], let s = n.string("one of \(options.joined(separator: ", ")) for `\(key)`") else { return nil }
        if options.contains(s) { return s }
        diagnostics.error(n.location, "unknown value `\(s)` for `\(key)`", suggestion: Suggestions.hint(for: s, in: options))
        return nil
    }

    /// A list of strings (a single string counts as a list of one).
    func strings(_ key: String) -> [String]? {
        guard let n = self[key] else { return nil }
        if let s = n.scalar { return [s] }
        return n.sequence("a list of text for `\(key)`")?.compactMap { $0.string("text") }
    }
}

import FolioModel

/// Lengths with units, converted to points once.
enum Lengths {
    static let units: [(String, Double)] = [("pt", 1), ("in", 72), ("mm", 72 / 25.4), ("cm", 72 / 2.54)]

    static func read(_ n: SpecNode) -> Double? {
        guard let s = n.string("a length such as `12pt`, `0.75in` or `20mm`") else { return nil }
        let text = s.trimmingSpaces()
        if let v = Double(text), v.isFinite, v >= 0, v <= 14_400 { return v }
        for (unit, factor) in units where text.hasSuffix(unit) {
            let number = String(text.dropLast(unit.count)).trimmingSpaces()
            if let v = Double(number), v.isFinite, v >= 0, v * factor <= 14_400 { return v * factor }
        }
        n.diagnostics.error(n.location, "expected a length such as `12pt`, `0.75in` or `20mm`, found `\(s)`")
        return nil
    }
}
