import Foundation
import FolioModel
import Yams

/// Figures from the data written into sentences: `{ice[CHILDREN RESCUED][2023-24]}` prints the cell exactly
/// as a table prints it (the source's digits, the document's locale, `–` for a missing value), and a small
/// set of computed figures — `sum`, `diff`, `change`, `share`, `rank`, `max`, `min` — with filters
/// (`| percent:1`, `| words`, `| row`). A `\{` is a literal brace, and so is the `{` of `${`.
///
/// Why: a figure typed by hand into a paragraph goes stale when the data changes in CI while the tables
/// update; a reference cannot. Every reference is checked like a table's: a data set, row or column that
/// is not there is an error at the reference, with the closest name suggested.
struct FigureReferences {
    let sources: [String: DataSource]
    let symbols: NumberSymbols

    /// The text of `node` (a scalar) with every reference replaced. `markup`: the text is then read as inline
    /// markup, so printed names are escaped and `\{` is left for the markup reader to unescape.
    func resolve(_ text: String, at node: SpecNode, markup: Bool) -> String {
        guard text.contains("{") else { return text }
        guard case .scalar(let scalar) = node.node else { return text }
        var out = ""
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\\", i + 1 < chars.count, chars[i + 1] == "{" || chars[i + 1] == "}" {
                out += markup ? "\\\(chars[i + 1])" : String(chars[i + 1])
                i += 2
                continue
            }
            // `${` is a literal left by a parameter's `$${`: all parameters are substituted by now.
            guard c == "{", i == 0 || chars[i - 1] != "$" else { out.append(c); i += 1; continue }
            // `]{lang=fr-CA}` ends a span in another language (see `InlineMarkup`): markup, not a figure.
            if markup, i > 0, chars[i - 1] == "]", Self.startsLanguage(chars, at: i), let close = chars[i...].firstIndex(of: "}") {
                out += String(chars[i...close])
                i = close + 1
                continue
            }
            let location = SourceText.location(in: scalar, file: node.file, offset: i)
            guard let close = chars[(i + 1)...].firstIndex(of: "}") else {
                node.diagnostics.error(location, "`{` without its closing `}`", suggestion: "write `\\{` for a literal brace")
                return text
            }
            let body = String(chars[(i + 1)..<close])
            let printed = figure(body, at: location, diagnostics: node.diagnostics) ?? ""
            out += markup ? Self.escaped(printed) : printed
            i = close + 1
        }
        return out
    }

    /// `key`'s text with its references resolved (nil when absent or null).
    func text(_ m: MappingReader, _ key: String, markup: Bool = false) -> String? {
        guard let n = m[key], !n.isNull, let s = n.string("text for `\(key)`") else { return nil }
        return resolve(s, at: n, markup: markup)
    }

    /// The same for a required key.
    func requiredText(_ m: MappingReader, _ key: String, markup: Bool = false) -> String? {
        guard let n = m.required(key), let s = n.string("text for `\(key)`") else { return nil }
        return resolve(s, at: n, markup: markup)
    }

    /// Whether `{lang=` starts at `i`.
    private static func startsLanguage(_ chars: [Character], at i: Int) -> Bool {
        let marker = Array("{lang=")
        return i + marker.count <= chars.count && chars[i..<(i + marker.count)].elementsEqual(marker)
    }

    /// Inline markup's characters escaped, so a printed name never turns into emphasis or a link.
    static func escaped(_ s: String) -> String {
        var out = ""
        for c in s {
            if "\\*[]".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    /// One reference, `expression | filter | filter`, printed; nil (with an error) when it cannot be.
    func figure(_ body: String, at location: SourceLocation, diagnostics: DiagnosticBag) -> String? {
        let parts = body.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let first = parts.first, !first.isEmpty else {
            diagnostics.error(location, "`{}` holds no figure", suggestion: "write `{data[ROW][COLUMN]}`, or `\\{` for a literal brace")
            return nil
        }
        var filters = FigureFilters()
        for f in parts.dropFirst() {
            guard filters.read(f) else {
                diagnostics.error(location, "unknown filter `\(f)` in `{\(body)}`",
                                  suggestion: Suggestions.hint(for: f, in: FigureFilters.names))
                return nil
            }
        }
        var evaluator = FigureEvaluator(sources: sources, location: location, diagnostics: diagnostics)
        guard let expression = FigureExpression.parse(first, at: location, diagnostics: diagnostics),
              let value = evaluator.evaluate(expression) else { return nil }
        return FigurePrinter(symbols: symbols, filters: filters).print(value)
    }
}

/// A parsed reference: a cell, a row, a bare name (a column or a data set, by where it stands), or a call.
indirect enum FigureExpression {
    case cell(data: String, row: String, column: String)
    case row(data: String, row: String)
    case name(String)
    case call(String, [FigureExpression])

    static let functions = ["sum", "diff", "change", "share", "rank", "max", "min"]

    static func parse(_ text: String, at location: SourceLocation, diagnostics: DiagnosticBag) -> FigureExpression? {
        var p = Parser(chars: Array(text), location: location, diagnostics: diagnostics)
        guard let e = p.expression() else { return nil }
        p.skipSpaces()
        if p.i < p.chars.count { return p.fail("unexpected `\(String(p.chars[p.i...]))` in `{\(text)}`") }
        return e
    }

    private struct Parser {
        let chars: [Character]
        var i = 0
        let location: SourceLocation
        let diagnostics: DiagnosticBag
        init(chars: [Character], location: SourceLocation, diagnostics: DiagnosticBag) {
            self.chars = chars; self.location = location; self.diagnostics = diagnostics
        }

        func fail(_ message: String) -> FigureExpression? {
            diagnostics.error(location, message, suggestion: "write `{data[ROW][COLUMN]}` or a function such as `{change(data[ROW], 2022-23, 2023-24)}`")
            return nil
        }

        mutating func skipSpaces() { while i < chars.count, chars[i] == " " { i += 1 } }

        /// A name: everything up to `[`, `(`, `,` or `)` (column names may hold spaces), trimmed.
        mutating func name() -> String {
            let start = i
            while i < chars.count, !"[(,)".contains(chars[i]) { i += 1 }
            return String(chars[start..<i]).trimmingCharacters(in: .whitespaces)
        }

        /// `[key]`: everything up to the closing bracket.
        mutating func key() -> String? {
            guard i < chars.count, chars[i] == "[" else { return nil }
            guard let close = chars[(i + 1)...].firstIndex(of: "]") else { return nil }
            let k = String(chars[(i + 1)..<close])
            i = close + 1
            return k
        }

        mutating func expression() -> FigureExpression? {
            skipSpaces()
            let n = name()
            guard !n.isEmpty else { return fail("expected a data set, a column or a function, found `\(String(chars[i...]))`") }
            if i < chars.count, chars[i] == "(" {
                guard FigureExpression.functions.contains(n) else {
                    diagnostics.error(location, "unknown function `\(n)`", suggestion: Suggestions.hint(for: n, in: FigureExpression.functions))
                    return nil
                }
                i += 1
                var args: [FigureExpression] = []
                while true {
                    guard let a = expression() else { return nil }
                    args.append(a)
                    skipSpaces()
                    guard i < chars.count else { return fail("`\(n)(` without its closing `)`") }
                    if chars[i] == ")" { i += 1; break }
                    guard chars[i] == "," else { return fail("expected `,` or `)` in `\(n)(…)`") }
                    i += 1
                }
                return .call(n, args)
            }
            guard i < chars.count, chars[i] == "[" else { return .name(n) }
            guard let row = key() else { return fail("`[` without its closing `]` after `\(n)`") }
            guard i < chars.count, chars[i] == "[" else { return .row(data: n, row: row) }
            guard let column = key() else { return fail("`[` without its closing `]` after `\(n)[\(row)]`") }
            return .cell(data: n, row: row, column: column)
        }
    }
}

/// What a reference evaluates to before it is printed.
enum FigureValue {
    /// A figure in the source's units (a cell, a sum, a difference); `.missing` prints as tables print it.
    case figure(Cell)
    /// A ratio (a change or a share): printed as a percentage; nil when an input is missing.
    case ratio(Double?)
    /// A rank among the data set's rows (1 is the largest).
    case rank(Int?)
    /// A row's name (`max(…) | row`).
    case extreme(row: String, figure: Cell)
}
