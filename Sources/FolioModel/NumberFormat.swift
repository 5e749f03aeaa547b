import Foundation

/// How a number is printed. One type for tables, call-outs and chart axes, so they always agree.
public struct NumberFormat: Hashable, Sendable {
    /// The notation.
    public enum Style: String, Hashable, Sendable, CaseIterable {
        /// As the source wrote it: `$` kept for money, thousands grouped, its decimals.
        case auto
        /// Grouped digits: `1,374,310`.
        case plain
        /// Short with a suffix: `262K`, `13.3M`, `$334.1M`.
        case compact
        /// Money: `$906,814`.
        case currency
        /// A percentage: `12.5%` (the value is already in percent).
        case percent
    }
    public var style: Style
    /// Digits after the decimal point; nil keeps the source's.
    public var decimals: Int?
    /// The currency symbol, as the source writes it (`$`); placed where the locale puts it.
    public var currencySymbol: String
    /// The output locale's marks, grouping and affixes.
    public var symbols: NumberSymbols
    /// What a missing value prints as.
    public var missing: String
    /// Compact forms at this power of 1,000 only (1 for `K`), whatever each value's size, so every label
    /// of an axis reads alike (`0`, `0.5M`, `1.0M`, `1.5M`, never `500K` beside `1M`); nil picks per value.
    public var compactPower: Int?

    public init(style: Style = .auto, decimals: Int? = nil, currencySymbol: String = "$",
                symbols: NumberSymbols = .english, missing: String = "–") {
        self.style = style; self.decimals = decimals; self.currencySymbol = currencySymbol
        self.symbols = symbols; self.missing = missing
    }

    /// The default: print numbers as the source did, in English.
    public static let auto = NumberFormat()

    /// Formats a cell: numbers per the style, missing as the missing mark, text unchanged.
    public func format(_ cell: Cell) -> String {
        switch cell {
        case .missing: return missing
        case .text(let t): return t
        case .number(let q): return format(q)
        }
    }

    /// Formats one quantity from its exact digits: the source's decimals unless `decimals` asks otherwise.
    public func format(_ q: Quantity) -> String {
        let exact = q.exact.rounded(toPlaces: decimals ?? q.decimals)
        let symbol = q.currency ?? currencySymbol
        switch style {
        case .auto:
            switch q.unit {
            case .currency: return money(exact, symbol)
            case .percent: return percent(exact)
            case .plain: return signed(exact)
            }
        case .plain: return signed(exact)
        case .currency: return money(exact, symbol)
        case .percent: return percent(exact)
        case .compact:
            let body = compact(abs(q.value))
            let sign = q.value < 0 ? "−" : ""
            switch q.unit {
            case .currency: return placeCurrency(sign: sign, body: body, symbol)
            case .percent: return sign + symbols.percentPrefix + body + symbols.percentSuffix
            case .plain: return sign + body
            }
        }
    }

    /// Formats a bare value (an axis tick), treating it as the given unit.
    public func format(_ value: Double, unit: Quantity.Unit = .plain) -> String {
        format(Quantity(value, unit: unit, decimals: decimals ?? 0))
    }

    private func sign(_ v: ExactDecimal) -> String { v.isNegative ? "−" : "" }
    private func signed(_ v: ExactDecimal) -> String { sign(v) + grouped(v) }
    private func percent(_ v: ExactDecimal) -> String { sign(v) + symbols.percentPrefix + grouped(v) + symbols.percentSuffix }
    private func money(_ v: ExactDecimal, _ symbol: String) -> String { placeCurrency(sign: sign(v), body: grouped(v), symbol) }

    /// `$906,814` in English, `906 814 $` in French: the symbol where the locale puts it.
    private func placeCurrency(sign: String, body: String, _ symbol: String) -> String {
        symbols.currencyBefore ? sign + symbol + symbols.currencySpacing + body
                               : sign + body + symbols.currencySpacing + symbol
    }

    /// The magnitude's digits with the locale's group separators and decimal mark.
    func grouped(_ v: ExactDecimal) -> String {
        let (integer, fraction) = v.digits
        var out = ""
        let groupIt = integer.count >= 3 + symbols.minimumGroupingDigits
        for (i, ch) in integer.enumerated() {
            if groupIt && i > 0 && (integer.count - i) % 3 == 0 { out += symbols.group }
            out.append(ch)
        }
        return fraction.isEmpty ? out : out + symbols.decimal + fraction
    }

    /// A binary magnitude with `decimals` places, grouped (compact forms and axis ticks).
    func grouped(_ v: Double, decimals: Int) -> String {
        grouped((ExactDecimal(shortest: abs(v)) ?? ExactDecimal(0)).rounded(toPlaces: max(0, min(decimals, 12))))
    }

    /// `950`, `1.2K`, `262K`, `13.3M`, `334.1M`, `1.5B`: three significant digits at most.
    func compact(_ v: Double) -> String {
        let (scaled, places, suffix) = compactParts(v)
        var text = grouped(scaled, decimals: places)
        if decimals == nil, !suffix.isEmpty, text.hasSuffix(symbols.decimal + "0") { text.removeLast(1 + symbols.decimal.count) }
        return text + suffix
    }

    /// The value `compact` prints, the decimals it keeps and its suffix.
    private func compactParts(_ v: Double) -> (scaled: Double, places: Int, suffix: String) {
        if let power = compactPower {
            // Zero reads `0` on any axis; the others carry the axis' one suffix and number of decimals.
            guard v != 0, power > 0, let suffix = symbols.compactSuffixes[power] else { return (v, v == 0 ? 0 : decimals ?? 0, "") }
            return (v / pow(1000, Double(power)), decimals ?? 0, suffix)
        }
        for power in stride(from: 4, through: 1, by: -1) {
            let size = pow(1000, Double(power))
            guard v >= size * 0.9995, let suffix = symbols.compactSuffixes[power] else { continue }
            let scaled = v / size
            return (scaled, decimals ?? (power == 1 && scaled >= 100 ? 0 : 1), suffix)
        }
        return (v, decimals ?? (v == v.rounded() ? 0 : 1), "")
    }

    /// Whether the compact form of `value` shows it exactly (`1.5K` for 1,500 does; `1.3K` for 1,250
    /// does not): an axis labels its ticks compactly only when every label is exact.
    public func compactIsExact(_ value: Double) -> Bool {
        let (scaled, places, _) = compactParts(abs(value))
        let shifted = scaled * pow(10, Double(places))
        return abs(shifted - shifted.rounded()) < 1e-6
    }
}
