import Foundation

/// An sRGB colour with straight alpha, components in 0...1.
public struct Color: Hashable, Sendable {
    public var red: Double
    public var green: Double
    public var blue: Double
    public var alpha: Double
    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red; self.green = green; self.blue = blue; self.alpha = alpha
    }

    /// Reads `#RGB`, `#RRGGBB` or `#RRGGBBAA`; nil for anything else, so callers can report where it came from.
    public init?(hex: String) {
        var digits = Substring(hex)
        guard digits.first == "#" else { return nil }
        digits = digits.dropFirst()
        var values: [Double] = []
        switch digits.count {
        case 3:
            for ch in digits {
                guard let v = ch.hexDigitValue else { return nil }
                values.append(Double(v * 17) / 255)
            }
            values.append(1)
        case 6, 8:
            var index = digits.startIndex
            while index < digits.endIndex {
                let next = digits.index(index, offsetBy: 2)
                guard let v = UInt8(digits[index..<next], radix: 16) else { return nil }
                values.append(Double(v) / 255)
                index = next
            }
            if values.count == 3 { values.append(1) }
        default:
            return nil
        }
        self.init(red: values[0], green: values[1], blue: values[2], alpha: values[3])
    }

    /// `#RRGGBB` (alpha dropped), for dumps and SVG.
    public var hexString: String {
        func byte(_ v: Double) -> String {
            let b = Int((max(0, min(1, v)) * 255).rounded())
            let s = String(b, radix: 16, uppercase: true)
            return s.count == 1 ? "0" + s : s
        }
        return "#" + byte(red) + byte(green) + byte(blue)
    }

    /// WCAG relative luminance, used to check text contrast.
    public var relativeLuminance: Double {
        func channel(_ c: Double) -> Double {
            c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)
    }

    /// WCAG contrast ratio between two opaque colours (1...21).
    public func contrastRatio(against other: Color) -> Double {
        let a = relativeLuminance, b = other.relativeLuminance
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// This colour, mixed towards `ink` in tenths until text in it reads on `background` at `ratio`:1
    /// (WCAG AA for small text is 4.5). Why: a series named in its own colour (orange `#E69F00` is 2.1:1
    /// on white) keeps its hue and still passes the contrast check.
    public func readable(on background: Color, towards ink: Color, ratio: Double = 4.5) -> Color {
        for tenth in 0...10 {
            let t = Double(tenth) / 10
            let mixed = Color(red: red + (ink.red - red) * t, green: green + (ink.green - green) * t,
                              blue: blue + (ink.blue - blue) * t)
            if mixed.contrastRatio(against: background) >= ratio { return mixed }
        }
        return ink
    }

    public static let black = Color(red: 0, green: 0, blue: 0)
    public static let white = Color(red: 1, green: 1, blue: 1)
}

