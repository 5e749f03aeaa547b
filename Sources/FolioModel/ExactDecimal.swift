import BigInt

/// A decimal number held exactly as written: an integer significand and the count of digits after the
/// decimal point. `40523.333333333336` keeps all its digits and `123456789012345678901234` stays whole,
/// where a `Double` prints float noise or overflows; sums of such figures are exact too.
public struct ExactDecimal: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// An integer of any size.
    public typealias Significand = BigInt
    /// The number times 10^scale.
    public var significand: BigInt
    /// Digits after the decimal point (never negative).
    public var scale: Int

    public init(significand: BigInt, scale: Int) {
        self.significand = significand; self.scale = max(0, scale)
    }

    /// An integer.
    public init(_ integer: Int) { self.init(significand: BigInt(integer), scale: 0) }

    /// From ASCII digits: `integerDigits` before the mark, `fractionDigits` after it; nil if any is not a digit.
    public init?(negative: Bool, integerDigits: Substring, fractionDigits: Substring) {
        let all = integerDigits + fractionDigits
        guard !all.isEmpty, all.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let magnitude: BigInt
        if all.utf8.count <= 18, let small = Int(all) { magnitude = BigInt(small) }
        else if let big = BigInt(String(all), radix: 10) { magnitude = big }
        else { return nil }
        self.init(significand: negative ? -magnitude : magnitude, scale: fractionDigits.utf8.count)
    }

    /// The shortest decimal that reads back as this binary value (`0.1` for 0.1, not its binary
    /// expansion): what a computed value such as an axis tick means; nil when it is not finite.
    public init?(shortest value: Double) {
        guard value.isFinite else { return nil }
        let text = "\(abs(value))"   // Swift prints the shortest round-trip form, perhaps with an exponent
        let parts = text.split(separator: "e")
        let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let mantissa = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        let fraction = mantissa.count > 1 ? mantissa[1] : ""
        guard let plain = ExactDecimal(negative: value < 0, integerDigits: mantissa[0], fractionDigits: fraction) else { return nil }
        let scale = fraction.count - exponent
        if scale >= 0 { self.init(significand: plain.significand, scale: scale) }
        else { self.init(significand: plain.significand * Self.power(-scale), scale: 0) }
    }

    public var isNegative: Bool { significand.sign == .minus && !significand.isZero }

    /// The nearest binary value, for drawing (positions and lengths need no exactness).
    public var doubleValue: Double {
        if scale == 0, let small = Int(exactly: significand) { return Double(small) }
        return Double(description) ?? (isNegative ? -.infinity : .infinity)
    }

    /// The digits of the magnitude, split at the decimal point (`"40523"`, `"333333333333336"`).
    public var digits: (integer: String, fraction: String) {
        var text = String(significand.magnitude)
        if text.count <= scale { text = String(repeating: "0", count: scale - text.count + 1) + text }
        let cut = text.index(text.endIndex, offsetBy: -scale)
        return (String(text[..<cut]), String(text[cut...]))
    }

    /// Plain ASCII, `-` and `.`: `-1234.50`.
    public var description: String {
        let (i, f) = digits
        return (isNegative ? "-" : "") + i + (f.isEmpty ? "" : "." + f)
    }

    /// The same number with `places` decimals: padded with zeros, or rounded half away from zero.
    public func rounded(toPlaces places: Int) -> ExactDecimal {
        let places = max(0, places)
        if places >= scale { return ExactDecimal(significand: significand * Self.power(places - scale), scale: places) }
        let divisor = Self.power(scale - places)
        let (quotient, remainder) = significand.magnitude.quotientAndRemainder(dividingBy: divisor.magnitude)
        let up = remainder * 2 >= divisor.magnitude
        let magnitude = BigInt(up ? quotient + 1 : quotient)
        return ExactDecimal(significand: isNegative ? -magnitude : magnitude, scale: places)
    }

    /// Both at the larger scale, so their significands compare and add.
    private static func aligned(_ a: ExactDecimal, _ b: ExactDecimal) -> (BigInt, BigInt, Int) {
        let scale = max(a.scale, b.scale)
        return (a.significand * power(scale - a.scale), b.significand * power(scale - b.scale), scale)
    }

    public static func + (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal {
        let (x, y, scale) = aligned(a, b)
        return ExactDecimal(significand: x + y, scale: scale)
    }

    public static func - (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal {
        let (x, y, scale) = aligned(a, b)
        return ExactDecimal(significand: x - y, scale: scale)
    }

    /// The absolute value.
    public var magnitude: ExactDecimal { ExactDecimal(significand: BigInt(significand.magnitude), scale: scale) }

    /// Equal in value, whatever the scale (`1.50` == `1.5`).
    public static func == (a: ExactDecimal, b: ExactDecimal) -> Bool {
        let (x, y, _) = aligned(a, b)
        return x == y
    }

    public static func < (a: ExactDecimal, b: ExactDecimal) -> Bool {
        let (x, y, _) = aligned(a, b)
        return x < y
    }

    public func hash(into hasher: inout Hasher) {
        // Equal values hash alike: drop trailing zeros of the fraction first.
        var s = significand, sc = scale
        while sc > 0, s % 10 == 0 { s /= 10; sc -= 1 }
        hasher.combine(s); hasher.combine(sc)
    }

    static func power(_ n: Int) -> BigInt { BigInt(10).power(n) }
}
