/// Reads PDF syntax (ISO 32000-1, 7.2–7.3) from a position in a file or a buffer, one token or value at a
/// time, so that an object can be read where it starts without knowing where it ends: its end is where the
/// parser stops. Works on `PDFBytes`, so a large file read through a window is parsed in place.
package struct PDFParser<Bytes: PDFBytes> {
    package struct SyntaxError: Error, CustomStringConvertible {
        package var position: Int
        package var what: String
        package var description: String { "PDF syntax at byte \(position): \(what)" }
    }

    package let bytes: Bytes
    /// The next byte to read.
    package var position: Int
    /// Where reading stops (the end of `bytes`, or of one object inside an object stream).
    package let end: Int

    package init(_ bytes: Bytes, at position: Int = 0, end: Int? = nil) {
        self.bytes = bytes
        self.position = position
        self.end = min(end ?? bytes.count, bytes.count)
    }

    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 || c == 0x0C || c == 0x00 }
    static func isDelimiter(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: "%"): return true
        default: return false
        }
    }

    var atEnd: Bool { position >= end }
    func peek(_ offset: Int = 0) -> UInt8? { position + offset < end ? bytes[position + offset] : nil }

    /// Skips white space and comments.
    package mutating func skipSpace() {
        while let c = peek() {
            if Self.isSpace(c) { position += 1; continue }
            guard c == UInt8(ascii: "%") else { return }
            while let c = peek(), c != 0x0A, c != 0x0D { position += 1 }
        }
    }

    /// The next run of regular characters (a keyword or a number), after white space; nil at a delimiter.
    package mutating func word() -> String? {
        skipSpace()
        let start = position
        while let c = peek(), !Self.isSpace(c), !Self.isDelimiter(c) { position += 1 }
        return position > start ? String(decoding: bytes.slice(start..<position), as: UTF8.self) : nil
    }

    /// The next word if it is an integer (the position is left where it was when it is not).
    package mutating func integer() -> Int? {
        let saved = position
        if let w = word(), let n = Int(w) { return n }
        position = saved
        return nil
    }

    /// Whether the next word is `keyword` (consumed when it is).
    package mutating func take(_ keyword: String) -> Bool {
        let saved = position
        if word() == keyword { return true }
        position = saved
        return false
    }

    func failure(_ what: String) -> SyntaxError { SyntaxError(position: position, what: what) }

    /// The next value; a reference `N G R` is read as one value.
    package mutating func value() throws -> PDFValue {
        skipSpace()
        guard let c = peek() else { throw failure("a value was expected, the data ended") }
        switch c {
        case UInt8(ascii: "/"): return .name(name())
        case UInt8(ascii: "("): return .string(try literalString())
        case UInt8(ascii: "["): return try arrayValue()
        case UInt8(ascii: "<"):
            if peek(1) == UInt8(ascii: "<") { return try dictionaryValue() }
            return .string(try hexString())
        default: return try wordValue()
        }
    }

    private mutating func wordValue() throws -> PDFValue {
        guard let w = word() else { throw failure("unexpected `\(Character(Unicode.Scalar(peek() ?? 0x3F)))`") }
        switch w {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "null": return .null
        default: break
        }
        if let n = Int(w) {
            // `N G R`: look ahead two words, go back when they are not a generation and `R`.
            let saved = position
            if integer() != nil, take("R") { return .reference(n) }
            position = saved
            return .integer(n)
        }
        if let r = Double(w) { return .real(r) }
        throw failure("unknown word `\(w)`")
    }

    /// A name after its slash, `#xx` escapes decoded; kept with its slash.
    private mutating func name() -> String {
        position += 1
        var out: [UInt8] = [UInt8(ascii: "/")]
        while let c = peek(), !Self.isSpace(c), !Self.isDelimiter(c) {
            if c == UInt8(ascii: "#"), let a = peek(1), let b = peek(2), let h = Self.hexDigit(a), let l = Self.hexDigit(b) {
                out.append(h << 4 | l)
                position += 3
                continue
            }
            out.append(c)
            position += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func arrayValue() throws -> PDFValue {
        position += 1
        var items: [PDFValue] = []
        while true {
            skipSpace()
            guard let c = peek() else { throw failure("an array is not closed") }
            if c == UInt8(ascii: "]") { position += 1; return .array(items) }
            items.append(try value())
        }
    }

    private mutating func dictionaryValue() throws -> PDFValue {
        position += 2
        var entries: [String: PDFValue] = [:]
        while true {
            skipSpace()
            guard let c = peek() else { throw failure("a dictionary is not closed") }
            if c == UInt8(ascii: ">") {
                guard peek(1) == UInt8(ascii: ">") else { throw failure("`>` inside a dictionary") }
                position += 2
                return .dictionary(entries)
            }
            guard c == UInt8(ascii: "/") else { throw failure("a dictionary key is not a name") }
            let key = name()
            entries[key] = try value()
        }
    }

    static func hexDigit(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30...0x39: return c - 0x30
        case 0x41...0x46: return c - 0x41 + 10
        case 0x61...0x66: return c - 0x61 + 10
        default: return nil
        }
    }
}
