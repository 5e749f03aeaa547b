/// A number as a report states it: its value and how it was written, so it can be printed back the same way.
public struct Quantity: Hashable, Sendable {
    /// What the number measures, as far as its notation says.
    public enum Unit: String, Hashable, Sendable {
        case plain, currency, percent
    }
    /// The value. Integers up to 2^53 are exact, which covers every figure a report prints.
    public var value: Double
    /// Plain count, money or percentage.
    public var unit: Unit
    /// Digits after the decimal point as written (0 for `1,149`, 1 for `12.5%`).
    public var decimals: Int

    public init(_ value: Double, unit: Unit = .plain, decimals: Int = 0) {
        self.value = value; self.unit = unit; self.decimals = decimals
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
