import FolioModel

/// Reads numbers the way reports write them: `1,149`, `$906,814`, `12.5%`, `-5`, `(5)`, `1,234.5`;
/// `–`, `—`, `-` and empty mean "no value". Malformed grouping (`$2,741025`) is read, with a warning.
public enum NumberReader {
    /// The outcome of reading one cell.
    public enum Result: Equatable {
        case missing
        case number(Quantity, warning: String?)
        case notANumber
    }

    /// Marks that mean "no value".
    public static let missingMarks: Set<String> = ["", "–", "—", "-", "n/a", "N/A"]

    public static func read(_ raw: String) -> Result {
        readPlainASCII(raw) ?? readAny(raw)
    }

    /// Any cell, character by character.
    static func readAny(_ raw: String) -> Result {
        var text = Substring(raw.trimmingSpaces())
        if missingMarks.contains(String(text)) { return .missing }
        var negative = false
        if text.hasPrefix("(") && text.hasSuffix(")") { negative = true; text = text.dropFirst().dropLast() }
        if text.hasPrefix("-") || text.hasPrefix("−") { negative.toggle(); text = text.dropFirst() }
        var unit = Quantity.Unit.plain
        if text.hasPrefix("$") { unit = .currency; text = text.dropFirst() }
        if text.hasPrefix("-") || text.hasPrefix("−") { negative.toggle(); text = text.dropFirst() }
        if text.hasSuffix("%") { unit = unit == .currency ? unit : .percent; text = text.dropLast() }
        guard !text.isEmpty else { return .notANumber }

        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return .notANumber }
        let integer = parts[0]
        let fraction = parts.count == 2 ? parts[1] : ""
        guard !integer.isEmpty, fraction.allSatisfy(\.isASCIIDigit), parts.count == 1 || !fraction.isEmpty else { return .notANumber }
        let groups = integer.split(separator: ",", omittingEmptySubsequences: false)
        guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return .notANumber }
        var warning: String? = nil
        if groups.count > 1 {
            let wellFormed = groups[0].count <= 3 && groups.dropFirst().allSatisfy { $0.count == 3 }
            if !wellFormed {
                let digits = groups.joined()
                warning = "`\(raw)` has a misplaced thousands separator; read as \(NumberFormat(style: .auto).format(Quantity(Double(digits) ?? 0, unit: unit)))"
            }
        }
        let digits = groups.joined()
        guard digits.count <= 15, let whole = Double(digits) else { return .notANumber }
        var value = whole
        if !fraction.isEmpty {
            guard fraction.count <= 12, let f = Double("0." + fraction) else { return .notANumber }
            value += f
        }
        if negative { value = -value }
        return .number(Quantity(value, unit: unit, decimals: fraction.count), warning: warning)
    }
}

extension NumberReader {
    /// The common cells (`1,149`, `$906,814`, `12.5%`, `-5`), read byte by byte with the same result as `readAny`;
    /// nil for everything else (non-ASCII text, parentheses, misplaced separators, no number), which `readAny` reads.
    static func readPlainASCII(_ raw: String) -> Result? {
        var bytes = ArraySlice(raw.utf8)
        while let f = bytes.first, f == 0x20 || f == 0x09 { bytes = bytes.dropFirst() }
        while let l = bytes.last, l == 0x20 || l == 0x09 || l == 0x0D { bytes = bytes.dropLast() }
        guard !bytes.isEmpty, bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        var negative = false
        if bytes.first == UInt8(ascii: "-") { negative = true; bytes = bytes.dropFirst() }
        var unit = Quantity.Unit.plain
        if bytes.first == UInt8(ascii: "$") { unit = .currency; bytes = bytes.dropFirst() }
        if bytes.first == UInt8(ascii: "-") { negative.toggle(); bytes = bytes.dropFirst() }
        if bytes.last == UInt8(ascii: "%") { unit = unit == .currency ? unit : .percent; bytes = bytes.dropLast() }
        var digits: [UInt8] = [], fraction: [UInt8] = []
        var inFraction = false, groupLength = 0, groups = 1
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if inFraction { fraction.append(byte) } else { digits.append(byte); groupLength += 1 }
            case UInt8(ascii: ","):
                // Every group after a separator has exactly three digits, the first one to three.
                guard !inFraction, groupLength >= 1, groupLength <= 3, groups == 1 || groupLength == 3 else { return nil }
                groups += 1; groupLength = 0
            case UInt8(ascii: "."):
                guard !inFraction else { return nil }
                inFraction = true
            default: return nil
            }
        }
        guard !digits.isEmpty, groupLength >= 1, groups == 1 || groupLength == 3, !inFraction || !fraction.isEmpty,
              digits.count <= 15, fraction.count <= 12, let whole = Double(String(decoding: digits, as: UTF8.self)) else { return nil }
        var value = whole
        if !fraction.isEmpty {
            guard let f = Double("0." + String(decoding: fraction, as: UTF8.self)) else { return nil }
            value += f
        }
        if negative { value = -value }
        return .number(Quantity(value, unit: unit, decimals: fraction.count), warning: nil)
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\u{00A0}" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\u{00A0}" || l == "\r" { s = s.dropLast() }
        return String(s)
    }
}
