import FolioModel

/// Reads numbers the way reports write them, in the source's locale: `1,149`, `$906,814`, `12.5%`, `-5`,
/// `(5)`, `1,234.5` in English; `1 234,5`, `682 000 $`, `36,4 %` in French. The digits are kept exactly.
/// Marks such as `–`, `—`, `-` and empty mean "no value". A cell that could be read two ways (`1,5` in an
/// English source: a decimal comma, or a misplaced separator?) is an error, never a guess; a separator that
/// is only misplaced (`$2,741025`) is read, with a warning.
package enum NumberReader {
    /// The outcome of reading one cell.
    package enum Result: Equatable {
        case missing
        case number(Quantity, warning: String?)
        /// Digits that the source's conventions do not decide; the message says why.
        case ambiguous(String)
        case notANumber
    }

    /// Marks that mean "no value" in every source.
    package static let missingMarks: Set<String> = ["", "–", "—", "-", "n/a", "N/A"]

    /// Reads one cell written with `symbols` (English by default); `missing` adds the source's own
    /// no-value tokens (`n.d.`, `..`).
    package static func read(_ raw: String, symbols: NumberSymbols = .english, missing: Set<String> = []) -> Result {
        if symbols == .english, missing.isEmpty, let quick = readPlainASCII(raw) { return quick }
        return readAny(raw, conventions: SourceConventions(symbols), missing: missing)
    }

    /// Any cell, character by character.
    static func readAny(_ raw: String, conventions c: SourceConventions = SourceConventions(.english), missing: Set<String> = []) -> Result {
        let trimmed = raw.trimmingSpaces()
        if missingMarks.contains(trimmed) || missing.contains(trimmed) { return .missing }
        guard var parts = NumberParts(trimmed) else { return .notANumber }
        let body = parts.body
        let decimalMarks = body.indices.filter { String(body[$0]) == c.decimal }
        guard decimalMarks.count <= 1 else {
            // `1.234.567` in a source whose decimal mark is `.`: grouped the other way round?
            let chunks = body.split(separator: c.decimalCharacter, omittingEmptySubsequences: false)
            let looksGrouped = chunks.first.map { (1...3).contains($0.count) } == true && chunks.dropFirst().allSatisfy { $0.count == 3 }
            return looksGrouped && chunks.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) })
                ? .ambiguous("`\(raw)` has more than one `\(c.decimal)`, the decimal mark of \(c.name) numbers") : .notANumber
        }
        let integer = decimalMarks.first.map { body[..<$0] } ?? body[...]
        let fraction = decimalMarks.first.map { body[body.index(after: $0)...] } ?? ""
        if let foreign = body.first(where: { !$0.isASCIIDigit && String($0) != c.decimal && !c.isGroup($0) }) {
            if ".,".contains(foreign) {
                return .ambiguous("`\(raw)`: `\(foreign)` is not the decimal mark of \(c.name) numbers (`\(c.decimal)` is)")
            }
            return .notANumber
        }
        guard !integer.isEmpty, fraction.allSatisfy(\.isASCIIDigit), decimalMarks.isEmpty || !fraction.isEmpty else { return .notANumber }
        let groups = integer.split(whereSeparator: c.isGroup).map(String.init)
        let separators = integer.filter(c.isGroup).count
        guard groups.count == separators + 1, groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return .notANumber }
        var warning: String? = nil
        if groups.count > 1 && !(groups[0].count <= 3 && groups.dropFirst().allSatisfy { $0.count == 3 }) {
            if let last = groups.last, last.count < 3, fraction.isEmpty {
                return .ambiguous("`\(raw)` could be a decimal (\(groups.dropLast().joined()).\(last)) or a number with a misplaced thousands separator")
            }
            parts.warnMisplaced = true
        }
        guard let exact = ExactDecimal(negative: parts.negative, integerDigits: Substring(groups.joined()), fractionDigits: fraction) else { return .notANumber }
        var q = Quantity(exact: exact, unit: parts.unit)
        q.currency = parts.currency == "$" ? nil : parts.currency
        if parts.warnMisplaced { warning = "`\(raw)` has a misplaced thousands separator; read as \(NumberFormat(symbols: c.symbols).format(q))" }
        return .number(q, warning: warning)
    }
}

/// How one source writes numbers, for reading: its decimal mark and every separator it groups with.
struct SourceConventions {
    let symbols: NumberSymbols
    var decimal: String { symbols.decimal }
    var decimalCharacter: Character { symbols.decimal.first ?? "." }
    var name: String { symbols.identifier }
    private let groups: Set<Character>

    init(_ symbols: NumberSymbols) {
        self.symbols = symbols
        var g = Set(symbols.group)
        // Sources that group with a space write any of the three.
        if g.contains(where: \.isWhitespace) { g.formUnion([" ", "\u{00A0}", "\u{202F}"]) }
        if g.contains("’") { g.insert("'") }
        groups = g
    }

    func isGroup(_ c: Character) -> Bool { groups.contains(c) }
}

/// A cell taken apart: its sign (`-`, `−` or parentheses), its unit (`$` before or after, `%` after,
/// either with a space) and the digits and marks between.
struct NumberParts {
    var negative = false
    var unit = Quantity.Unit.plain
    var currency: String? = nil
    var body: String
    var warnMisplaced = false

    /// Currency symbols a source may write before or after its digits.
    static let currencySymbols = ["US$", "CA$", "C$", "A$", "NZ$", "R$", "$", "€", "£", "¥", "₹", "CHF", "Fr."]

    init?(_ text: String) {
        var t = Substring(text)
        func trim() { while let f = t.first, f.isWhitespace { t = t.dropFirst() }; while let l = t.last, l.isWhitespace { t = t.dropLast() } }
        func dropSign() -> Bool {
            if t.hasPrefix("-") || t.hasPrefix("−") { t = t.dropFirst(); trim(); return true }
            return false
        }
        if t.hasPrefix("(") && t.hasSuffix(")") { negative = true; t = t.dropFirst().dropLast(); trim() }
        if dropSign() { negative.toggle() } else if t.hasPrefix("+") { t = t.dropFirst(); trim() }
        if let s = Self.currencySymbols.first(where: { t.hasPrefix($0) }) { currency = s; t = t.dropFirst(s.count); trim() }
        else if let s = Self.currencySymbols.first(where: { t.hasSuffix($0) }) { currency = s; t = t.dropLast(s.count); trim() }
        if currency != nil { unit = .currency }
        if dropSign() { negative.toggle() }
        if t.hasSuffix("%") { unit = unit == .currency ? unit : .percent; t = t.dropLast(); trim() }
        guard !t.isEmpty else { return nil }
        body = String(t)
    }
}

extension NumberReader {
    /// The common English cells (`1,149`, `$906,814`, `12.5%`, `-5`), read byte by byte with the same result
    /// as `readAny`; nil for everything else (non-ASCII text, parentheses, misplaced separators, no number).
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
              let exact = ExactDecimal(negative: negative, integerDigits: Substring(decoding: digits, as: UTF8.self),
                                       fractionDigits: Substring(decoding: fraction, as: UTF8.self)) else { return nil }
        return .number(Quantity(exact: exact, unit: unit), warning: nil)
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\u{00A0}" || f == "\u{202F}" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\u{00A0}" || l == "\u{202F}" || l == "\r" { s = s.dropLast() }
        return String(s)
    }
}
