import Foundation
import FolioModel

/// Evaluates a `FigureExpression` against the spec's data sets, reporting at the reference's location.
/// Arithmetic on figures is exact (`ExactDecimal`); a missing input makes the result missing, never zero.
struct FigureEvaluator {
    let sources: [String: DataSource]
    let location: SourceLocation
    let diagnostics: DiagnosticBag

    mutating func evaluate(_ e: FigureExpression) -> FigureValue? {
        switch e {
        case .cell(let data, let row, let column): return cell(data, row, column, labels: true).map { .figure($0) }
        case .row(let data, let row): return fail("`\(data)[\(row)]` is a row; name a column too: `\(data)[\(row)][COLUMN]`")
        case .name(let n): return fail("`\(n)` alone is not a figure; write `\(n)[ROW][COLUMN]`")
        case .call(let f, let args): return call(f, args)
        }
    }

    private func fail(_ message: String) -> FigureValue? {
        diagnostics.error(location, message)
        return nil
    }

    private func source(_ name: String) -> DataSource? {
        if let s = sources[name] { return s }
        diagnostics.error(location, "no data set `\(name)`", suggestion: Suggestions.hint(for: name, in: sources.keys.sorted()))
        return nil
    }

    /// A cell; `labels`: a label cell (a name) is printed as written, where a computation needs a figure.
    private func cell(_ data: String, _ row: String, _ column: String, labels: Bool = false) -> Cell? {
        guard let s = source(data), let r = s.row(keyed: row, at: location), let c = s.column(named: column, at: location) else { return nil }
        guard let cell = s.number(row: r, column: c) else { return nil }
        if case .text = cell, !labels {
            diagnostics.error(location, "`\(data)[\(row)][\(column)]` is a label (`\(s.table.rows[r][c])`), not a figure")
            return nil
        }
        return cell
    }

    /// The cells a function takes: `(a[R][C1], a[R][C2])`, or `(a[R], C1, C2)` for columns of one row.
    private func cells(_ args: [FigureExpression], function f: String) -> [Cell]? {
        if case .row(let data, let row)? = args.first {
            var out: [Cell] = []
            for a in args.dropFirst() {
                guard case .name(let column) = a else {
                    diagnostics.error(location, "after the row `\(data)[\(row)]`, `\(f)` takes column names")
                    return nil
                }
                guard let c = cell(data, row, column) else { return nil }
                out.append(c)
            }
            return out
        }
        var out: [Cell] = []
        for a in args {
            guard case .cell(let data, let row, let column) = a else {
                diagnostics.error(location, "`\(f)` takes cells (`data[ROW][COLUMN]`), or a row and column names")
                return nil
            }
            guard let c = cell(data, row, column) else { return nil }
            out.append(c)
        }
        return out
    }

    private func call(_ f: String, _ args: [FigureExpression]) -> FigureValue? {
        switch f {
        case "rank", "max", "min": return columnFunction(f, args)
        default: break
        }
        guard let cells = cells(args, function: f) else { return nil }
        let wanted = f == "sum" ? nil : 2
        if let wanted, cells.count != wanted {
            return fail("`\(f)` takes two figures (from, to), found \(cells.count)")
        }
        if cells.isEmpty { return fail("`sum` takes at least one figure") }
        let quantities = cells.map(\.quantity)
        guard let present = Optional(quantities.compactMap { $0 }), present.count == quantities.count else {
            return f == "change" || f == "share" ? .ratio(nil) : .figure(.missing)
        }
        if let odd = present.dropFirst().first(where: { !$0.sameUnit(as: present[0]) }) {
            return fail("`\(f)` of \(present[0].unit.noun) and \(odd.unit.noun)")
        }
        let (a, b) = (present[0], present.last ?? present[0])
        switch f {
        case "sum":
            var total = present[0]
            total.exact = present.dropFirst().reduce(present[0].exact) { $0 + $1.exact }
            total.decimals = present.map(\.decimals).max() ?? 0
            return .figure(.number(total))
        case "diff":
            var d = b
            d.exact = b.exact - a.exact
            d.decimals = max(a.decimals, b.decimals)
            return .figure(.number(d))
        case "change":
            guard a.value != 0 else { return fail("`change` from zero has no percentage") }
            return .ratio((b.value - a.value) / abs(a.value))
        default:
            guard b.value != 0 else { return fail("`share` of a zero whole has no percentage") }
            return .ratio(a.value / b.value)
        }
    }

    /// `rank(data[ROW], COLUMN)`, `max(data, COLUMN)`, `min(data, COLUMN)`: over the data set's rows other
    /// than its totals row, counting only rows with a figure in that column (a rank, only figures of the
/// row's own kind).
    private func columnFunction(_ f: String, _ args: [FigureExpression]) -> FigureValue? {
        let data: String, row: String?
        switch args.first {
        case .row(let d, let r)? where f == "rank": (data, row) = (d, r)
        case .name(let d)? where f != "rank": (data, row) = (d, nil)
        default:
            return fail(f == "rank" ? "`rank` takes a row and a column: `rank(data[ROW], COLUMN)`" : "`\(f)` takes a data set and a column: `\(f)(data, COLUMN)`")
        }
        guard args.count == 2, case .name(let column) = args[1] else { return fail("`\(f)` takes a column name after the \(row == nil ? "data set" : "row")") }
        guard let s = source(data), let c = s.column(named: column, at: location) else { return nil }
        let rows = s.table.rows.indices.filter { $0 != s.totalsRow }
        let figures = rows.compactMap { r in s.number(row: r, column: c)?.quantity.map { (r, $0) } }
        if let row {
            guard let r = s.row(keyed: row, at: location) else { return nil }
            guard let mine = figures.first(where: { $0.0 == r })?.1 else { return .rank(nil) }
            // Ranked among figures of its own kind: money is not ranked among counts.
            return .rank(1 + figures.filter { $0.1.sameUnit(as: mine) && $0.1.exact > mine.exact }.count)
        }
        let best = f == "max" ? figures.max { $0.1.exact < $1.1.exact } : figures.min { $0.1.exact < $1.1.exact }
        guard let (r, q) = best else { return .figure(.missing) }
        return .extreme(row: s.table.rows[r][s.keyColumn], figure: .number(q))
    }
}

/// The filters after `|`: `percent` or `percent:N` (a ratio's decimals, 0 by default), `decimals:N` (a
/// figure rounded, the only way it is), `words` (the sign in words: "up 341%", "down 12"), `row` (the
/// name of the row `max`/`min` found), `abs` (no sign).
struct FigureFilters {
    static let names = ["percent", "decimals", "words", "row", "abs"]
    var percentDecimals = 0
    var decimals: Int? = nil
    var words = false
    var rowName = false
    var absolute = false

    mutating func read(_ text: String) -> Bool {
        let parts = text.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        let n = parts.count == 2 ? Int(parts[1]) : nil
        if parts.count == 2 && (n == nil || !(0...6).contains(n ?? -1)) { return false }
        switch parts[0] {
        case "percent": percentDecimals = n ?? 0
        case "decimals" where n != nil: decimals = n
        case "words" where n == nil: words = true
        case "row" where n == nil: rowName = true
        case "abs" where n == nil: absolute = true
        default: return false
        }
        return true
    }
}

/// Prints an evaluated figure in the document's locale, as tables print figures.
struct FigurePrinter {
    let symbols: NumberSymbols
    let filters: FigureFilters

    func print(_ value: FigureValue) -> String {
        var format = NumberFormat(symbols: symbols)
        format.decimals = filters.decimals
        switch value {
        case .figure(let cell):
            guard let q = cell.quantity else { return format.format(cell) }
            return signed(q.value, abs(q, format), format.format(cell))
        case .extreme(let row, let cell): return filters.rowName ? row : format.format(cell)
        case .rank(let r):
            guard let r else { return format.missing }
            return FigureWords.ordinal(r, symbols.identifier)
        case .ratio(let ratio):
            guard let ratio else { return format.missing }
            var percent = NumberFormat(style: .percent, decimals: filters.percentDecimals, symbols: symbols)
            percent.decimals = filters.percentDecimals
            let magnitude = percent.format(Quantity(Swift.abs(ratio) * 100, unit: .percent, decimals: filters.percentDecimals))
            let signedText = percent.format(Quantity(ratio * 100, unit: .percent, decimals: filters.percentDecimals))
            return signed(ratio, magnitude, signedText)
        }
    }

    /// The figure without its sign.
    private func abs(_ q: Quantity, _ format: NumberFormat) -> String {
        var m = q
        m.exact = q.exact.magnitude
        return format.format(m)
    }

    /// `words`: "up 341%" / "down 12%" / "unchanged"; `abs`: the magnitude; otherwise as signed.
    private func signed(_ value: Double, _ magnitude: String, _ signedText: String) -> String {
        if filters.words {
            // Zero after rounding reads "unchanged", not "up 0%".
            if magnitude.allSatisfy({ !$0.isNumber || $0 == "0" }) || value == 0 { return FigureWords.unchanged(symbols.identifier) }
            return (value > 0 ? FigureWords.up(symbols.identifier) : FigureWords.down(symbols.identifier)) + " " + magnitude
        }
        return filters.absolute ? magnitude : signedText
    }
}

/// The words of computed figures, per language.
enum FigureWords {
    static func french(_ locale: String) -> Bool { locale.hasPrefix("fr") }
    static func up(_ locale: String) -> String { french(locale) ? "en hausse de" : "up" }
    static func down(_ locale: String) -> String { french(locale) ? "en baisse de" : "down" }
    static func unchanged(_ locale: String) -> String { french(locale) ? "inchangé" : "unchanged" }

    /// 1st, 2nd, 3rd, 11th… in English; 1er, 2e… in French.
    static func ordinal(_ n: Int, _ locale: String) -> String {
        if french(locale) { return n == 1 ? "1er" : "\(n)e" }
        let tens = n % 100, ones = n % 10
        let suffix = (11...13).contains(tens) ? "th" : ones == 1 ? "st" : ones == 2 ? "nd" : ones == 3 ? "rd" : "th"
        return "\(n)\(suffix)"
    }
}
