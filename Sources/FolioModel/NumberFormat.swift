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
    /// The currency symbol placed before money.
    public var currencySymbol: String
    /// The thousands separator.
    public var groupSeparator: String
    /// The decimal mark.
    public var decimalSeparator: String
    /// What a missing value prints as.
    public var missing: String

    public init(style: Style = .auto, decimals: Int? = nil, currencySymbol: String = "$",
                groupSeparator: String = ",", decimalSeparator: String = ".", missing: String = "–") {
        self.style = style; self.decimals = decimals; self.currencySymbol = currencySymbol
        self.groupSeparator = groupSeparator; self.decimalSeparator = decimalSeparator; self.missing = missing
    }

    /// The default: print numbers as the source did.
    public static let auto = NumberFormat()

    /// Formats a cell: numbers per the style, missing as the missing mark, text unchanged.
    public func format(_ cell: Cell) -> String {
        switch cell {
        case .missing: return missing
        case .text(let t): return t
        case .number(let q): return format(q)
        }
    }

    /// Formats one quantity.
    public func format(_ q: Quantity) -> String {
        switch style {
        case .auto:
            switch q.unit {
            case .currency: return money(q.value, decimals: decimals ?? q.decimals)
            case .percent: return grouped(q.value, decimals: decimals ?? q.decimals) + "%"
            case .plain: return grouped(q.value, decimals: decimals ?? q.decimals)
            }
        case .plain: return grouped(q.value, decimals: decimals ?? q.decimals)
        case .currency: return money(q.value, decimals: decimals ?? q.decimals)
        case .percent: return grouped(q.value, decimals: decimals ?? q.decimals) + "%"
        case .compact:
            let body = compact(abs(q.value))
            let sign = q.value < 0 ? "−" : ""
            return q.unit == .currency ? sign + currencySymbol + body : sign + body
        }
    }

    /// Formats a bare value (an axis tick), treating it as the given unit.
    public func format(_ value: Double, unit: Quantity.Unit = .plain) -> String {
        format(Quantity(value, unit: unit, decimals: decimals ?? 0))
    }

    private func money(_ v: Double, decimals: Int) -> String {
        let body = grouped(abs(v), decimals: decimals)
        return (v < 0 ? "−" : "") + currencySymbol + body
    }

    /// Digits with group separators every three places; exact for integers below 2^53.
    func grouped(_ v: Double, decimals: Int) -> String {
        let places = max(0, min(decimals, 12))
        let negative = v < 0
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(v) * scale).rounded()
        guard scaled.isFinite, scaled < 9.0e15 else { return negative ? "−∞" : "∞" }
        let whole = UInt64(scaled)
        let divisor = UInt64(scale)
        let integerPart = whole / divisor
        let fraction = whole % divisor
        let digits = String(integerPart)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += groupSeparator }
            out.append(ch)
        }
        if places > 0 {
            var f = String(fraction)
            while f.count < places { f = "0" + f }
            out += decimalSeparator + f
        }
        return (negative && scaled != 0 ? "−" : "") + out
    }

    /// `950`, `1.2K`, `262K`, `13.3M`, `334.1M`, `1.5B`: three significant digits at most.
    func compact(_ v: Double) -> String {
        let (scaled, places, suffix) = compactParts(v)
        var text = grouped(scaled, decimals: places)
        if decimals == nil, !suffix.isEmpty, text.hasSuffix(decimalSeparator + "0") { text.removeLast(1 + decimalSeparator.count) }
        return text + suffix
    }

    /// The value `compact` prints, the decimals it keeps and its suffix.
    private func compactParts(_ v: Double) -> (scaled: Double, places: Int, suffix: String) {
        let units: [(Double, String)] = [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")]
        for (size, suffix) in units where v >= size * 0.9995 {
            let scaled = v / size
            return (scaled, decimals ?? (suffix == "K" && scaled >= 100 ? 0 : 1), suffix)
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
