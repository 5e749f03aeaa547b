import Foundation
import FolioModel
import Yams

/// A spec's `params:`: named values with a type and a default, set from the command line with
/// `--set name=value`, and written anywhere in the spec as `${name}` — in titles, texts, data paths,
/// column names, figure references. A year or fiscal year also counts: `${year - 1}` is the year before.
///
/// Why substitute in the YAML tree, before anything is read: a parameter may stand in any value (a path, a
/// column name, a chart title), and every reader then sees plain text, with each error still pointing at
/// the line and column the parameter was written at. Next year's report is its data plus one changed value.
struct Parameters {
    /// What a parameter holds; `--set` values are checked against it.
    enum Kind: String, CaseIterable {
        case text, number, year, date
        case fiscalYear = "fiscal-year"

        var example: String {
            switch self {
            case .text: return "any text"
            case .number: return "a number such as 12 or 0.5"
            case .year: return "a year such as 2024"
            case .fiscalYear: return "a fiscal year such as 2023-24 or 2023-2024"
            case .date: return "a date as YYYY-MM-DD"
            }
        }

        func accepts(_ value: String) -> Bool {
            switch self {
            case .text: return true
            case .number: return Double(value) != nil
            case .year: return value.count == 4 && Int(value) != nil
            case .fiscalYear: return FiscalYear(value) != nil
            case .date: return CalendarDate(iso: value) != nil
            }
        }
    }

    struct Parameter {
        var kind: Kind
        var value: String
    }

    static let keys = ["type", "default", "description"]

    private(set) var values: [String: Parameter] = [:]

    /// The parameters declared under `params:` in `root`, with `overrides` (from `--set`) applied and checked.
    init(root: Node, file: String, overrides: [String: String], diagnostics: DiagnosticBag) {
        let spec = SpecNode(node: root, file: file, diagnostics: diagnostics)
        var declared: [String: Parameter] = [:]
        if case .mapping(let map) = root, let node = map.first(where: { $0.key.string == "params" })?.value {
            Self.readDeclarations(spec.child(node), into: &declared)
        }
        for (name, value) in overrides.sorted(by: { $0.key < $1.key }) {
            let location = SourceLocation(file: file, line: 1, column: 1)
            guard var p = declared[name] else {
                diagnostics.error(location, "`--set \(name)=\(value)`: the spec declares no parameter `\(name)`",
                                  suggestion: declared.isEmpty ? "declare it under `params:`" : Suggestions.hint(for: name, in: declared.keys.sorted()))
                continue
            }
            guard p.kind.accepts(value) else {
                diagnostics.error(location, "`--set \(name)=\(value)`: expected \(p.kind.example)")
                continue
            }
            p.value = value
            declared[name] = p
        }
        values = declared
    }

    private static func readDeclarations(_ node: SpecNode, into declared: inout [String: Parameter]) {
        guard case .mapping(let map) = node.node else {
            node.diagnostics.error(node.location, "expected `params` to map names to default values (or to `{type: …, default: …}`)")
            return
        }
        for (k, v) in map {
            let keyNode = node.child(k), valueNode = node.child(v)
            guard let name = keyNode.scalar, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }), !name.isEmpty else {
                node.diagnostics.error(keyNode.location, "a parameter's name may hold only letters, digits, `-` and `_`")
                continue
            }
            if let text = valueNode.scalar {
                let kind: Kind = FiscalYear(text) != nil ? .fiscalYear : Kind.year.accepts(text) ? .year : Kind.number.accepts(text) ? .number : .text
                declared[name] = Parameter(kind: kind, value: text)
                continue
            }
            guard let m = valueNode.mapping("parameter `\(name)`", keys: keys) else { continue }
            let kind = m.choice("type", Kind.allCases.map(\.rawValue)).flatMap(Kind.init(rawValue:)) ?? .text
            guard let defaultNode = m.required("default"), let value = defaultNode.string("the default value") else { continue }
            guard kind.accepts(value) else {
                node.diagnostics.error(defaultNode.location, "parameter `\(name)` is of type `\(kind.rawValue)`: expected \(kind.example), found `\(value)`")
                continue
            }
            declared[name] = Parameter(kind: kind, value: value)
        }
    }

    /// `node` with every `${…}` in its scalars (keys and values) replaced; `params:` itself is left as written.
    func substitute(_ node: Node, file: String, diagnostics: DiagnosticBag) -> Node {
        switch node {
        case .scalar(let s):
            guard s.string.contains("${") || s.string.contains("$${") else { return node }
            let text = expand(s.string, scalar: s, file: file, diagnostics: diagnostics)
            // Columns in the new text no longer match the file's: locations inside it point at its start.
            return .scalar(Node.Scalar(text, s.tag, text == s.string ? s.style : .any, s.mark))
        case .mapping(let map):
            let pairs = map.map { pair -> (Node, Node) in
                if case .scalar(let k) = pair.key, k.string == "params" { return (pair.key, pair.value) }
                return (substitute(pair.key, file: file, diagnostics: diagnostics), substitute(pair.value, file: file, diagnostics: diagnostics))
            }
            return .mapping(Node.Mapping(pairs, map.tag, map.style, map.mark))
        case .sequence(let seq):
            return .sequence(Node.Sequence(seq.map { substitute($0, file: file, diagnostics: diagnostics) }, seq.tag, seq.style, seq.mark))
        case .alias:
            return node
        }
    }

    /// The text with each `${name}` or `${name ± n}` replaced; `$${` stays a literal `${`.
    func expand(_ text: String, scalar: Node.Scalar, file: String, diagnostics: DiagnosticBag) -> String {
        var out = ""
        var rest = Substring(text)
        while let dollar = rest.range(of: "${") {
            let before = rest[..<dollar.lowerBound]
            if before.hasSuffix("$") {
                out += before.dropLast() + "${"
                rest = rest[dollar.upperBound...]
                continue
            }
            out += before
            let body = rest[dollar.upperBound...]
            let location = SourceText.location(in: scalar, file: file, offset: text.distance(from: text.startIndex, to: dollar.lowerBound))
            guard let close = body.firstIndex(of: "}") else {
                diagnostics.error(location, "`${` without its closing `}`", suggestion: "write `${name}`, or `$${` for a literal `${`")
                return text
            }
            let expression = body[..<close].trimmingCharacters(in: .whitespaces)
            out += evaluate(expression, at: location, diagnostics: diagnostics) ?? ""
            rest = body[body.index(after: close)...]
        }
        return out + rest
    }

    /// `name`, `name + 2` or `name - 1` (the last two for numbers, years and fiscal years); for a fiscal
    /// year also `name.start` and `name.end`, its calendar years (`2023` and `2024` for `2023-24`).
    private func evaluate(_ expression: String, at location: SourceLocation, diagnostics: DiagnosticBag) -> String? {
        let parts = expression.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let first = parts.first else {
            diagnostics.error(location, "`${}` names no parameter")
            return nil
        }
        if parts.count == 1, let dot = first.firstIndex(of: "."), let p = values[String(first[..<dot])] {
            let part = first[first.index(after: dot)...]
            guard p.kind == .fiscalYear, let fy = FiscalYear(p.value), part == "start" || part == "end" else {
                diagnostics.error(location, "`${\(first)}`: only a fiscal year has `.start` and `.end`")
                return nil
            }
            return String(part == "start" ? fy.start : fy.start + 1)
        }
        let name = first
        guard let p = values[name] else {
            diagnostics.error(location, "unknown parameter `\(name)`",
                              suggestion: values.isEmpty ? "declare it under `params:`" : Suggestions.hint(for: name, in: values.keys.sorted()))
            return nil
        }
        if parts.count == 1 { return p.value }
        guard parts.count == 3, ["+", "-"].contains(parts[1]), let n = Int(parts[2]) else {
            diagnostics.error(location, "expected `${\(name)}`, `${\(name) + 1}` or `${\(name) - 1}`, found `${\(expression)}`")
            return nil
        }
        let step = parts[1] == "+" ? n : -n
        switch p.kind {
        case .year: return Int(p.value).map { String($0 + step) }
        case .fiscalYear: return FiscalYear(p.value).map { $0.shifted(by: step).description }
        case .number:
            if let i = Int(p.value) { return String(i + step) }
            diagnostics.error(location, "`${\(expression)}`: only whole numbers are shifted")
            return nil
        case .text, .date:
            diagnostics.error(location, "`${\(expression)}`: parameter `\(name)` is \(p.kind.rawValue); only numbers, years and fiscal years are shifted")
            return nil
        }
    }
}

/// A fiscal year written `2023-24` or `2023-2024`, kept in the form it was written.
struct FiscalYear: CustomStringConvertible {
    let start: Int
    let longForm: Bool

    init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, let a = Int(parts[0]), parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) else { return nil }
        if parts[1].count == 2, Int(parts[1]) == (a + 1) % 100 { start = a; longForm = false }
        else if parts[1].count == 4, Int(parts[1]) == a + 1 { start = a; longForm = true }
        else { return nil }
    }

    private init(start: Int, longForm: Bool) { self.start = start; self.longForm = longForm }

    func shifted(by years: Int) -> FiscalYear { FiscalYear(start: start + years, longForm: longForm) }

    var description: String {
        let end = start + 1
        return longForm ? "\(start)-\(end)" : "\(start)-" + (end % 100 < 10 ? "0" : "") + "\(end % 100)"
    }
}

/// Locations inside a scalar's text.
enum SourceText {
    /// Where the character `offset` characters into `scalar` was written: exact for a one-line plain or
    /// quoted scalar, the scalar's own start otherwise (block scalars fold their lines).
    static func location(in scalar: Node.Scalar, file: String, offset: Int) -> SourceLocation {
        let line = scalar.mark?.line ?? 1, column = scalar.mark?.column ?? 1
        switch scalar.style {
        case .plain where !scalar.string.contains("\n"): return SourceLocation(file: file, line: line, column: column + offset)
        case .singleQuoted where !scalar.string.contains("\n") && !scalar.string.contains("'"),
             .doubleQuoted where !scalar.string.contains("\n") && !scalar.string.contains("\\") && !scalar.string.contains("\""):
            return SourceLocation(file: file, line: line, column: column + 1 + offset)
        default: return SourceLocation(file: file, line: line, column: column)
        }
    }
}
