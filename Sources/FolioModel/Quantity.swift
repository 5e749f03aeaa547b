/// A number as a report states it: its value and how it was written, so it can be printed back the same way.
public struct Quantity: Hashable, Sendable {
    /// What the number measures, as far as its notation says.
    public enum Unit: String, Hashable, Sendable {
        case plain, currency, percent
    }
    /// The number exactly as written (its digits and decimals), at any size.
    public var exact: ExactDecimal { didSet { value = exact.doubleValue } }
    /// The nearest binary value, for scales and positions; never printed.
    public private(set) var value: Double
    /// Plain count, money or percentage.
    public var unit: Unit
    /// Digits after the decimal point as written (0 for `1,149`, 1 for `12.5%`).
    /// It prints with these unless a format asks for others.
    public var decimals: Int
    /// The currency symbol as the source wrote it (`$`, `€`, `£`), for money; nil leaves it to the format.
    public var currency: String? = nil

    /// A number as written in a source: it prints with its own decimals.
    public init(exact: ExactDecimal, unit: Unit = .plain, currency: String? = nil) {
        self.exact = exact; self.value = exact.doubleValue; self.unit = unit; self.decimals = exact.scale
        self.currency = currency
    }

    /// A computed binary value (an axis tick, say), printed with `decimals` places.
    public init(_ value: Double, unit: Unit = .plain, decimals: Int = 0) {
        self.exact = ExactDecimal(shortest: value) ?? ExactDecimal(0)
        self.value = value.isFinite ? value : 0
        self.unit = unit
        self.decimals = decimals
    }

    public static func == (a: Quantity, b: Quantity) -> Bool {
        a.exact == b.exact && a.unit == b.unit && a.decimals == b.decimals && a.currency == b.currency
    }
    public func hash(into hasher: inout Hasher) { hasher.combine(exact); hasher.combine(unit); hasher.combine(decimals) }

    /// Whether two figures measure the same kind of thing (both counts, both percentages, or money in
    /// the same currency), so that they may be added up.
    public func sameUnit(as other: Quantity) -> Bool {
        unit == other.unit && (unit != .currency || (currency ?? "$") == (other.currency ?? "$"))
    }
}

/// One cell of a data table. Missing is its own case: a "–" is not zero.
public enum Cell: Hashable, Sendable {
    case missing
    case number(Quantity)
    case text(String)

    /// The number, if the cell holds one.
    public var quantity: Quantity? {
        if case .number(let q) = self { return q }
        return nil
    }

    /// The cell's text when it is a label.
    public var text: String? {
        if case .text(let t) = self { return t }
        return nil
    }
}
