/// The two string forms (ISO 32000-1, 7.3.4): literal `( … )` with escapes and balanced parentheses, and hex `< … >`.
extension PDFParser {
    mutating func literalString() throws -> [UInt8] {
        position += 1
        var out: [UInt8] = []
        var depth = 1
        while let c = peek() {
            position += 1
            switch c {
            case UInt8(ascii: "\\"):
                guard let n = peek() else { continue }
                position += 1
                if n >= 0x30 && n <= 0x37 {
                    var value = Int(n - 0x30)
                    for _ in 0..<2 {
                        guard let d = peek(), d >= 0x30, d <= 0x37 else { break }
                        value = value * 8 + Int(d - 0x30)
                        position += 1
                    }
                    out.append(UInt8(value & 0xFF))
                } else if n == 0x0D || n == 0x0A {
                    // A line continuation: the backslash and the line break stand for nothing.
                    if n == 0x0D, peek() == 0x0A { position += 1 }
                } else {
                    let escapes: [UInt8: UInt8] = [UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
                                                   UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C]
                    out.append(escapes[n] ?? n)
                }
            case UInt8(ascii: "("):
                depth += 1
                out.append(c)
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return out }
                out.append(c)
            default:
                out.append(c)
            }
        }
        throw failure("a string is not closed")
    }

    mutating func hexString() throws -> [UInt8] {
        position += 1
        var digits: [UInt8] = []
        while let c = peek() {
            position += 1
            if c == UInt8(ascii: ">") {
                if digits.count % 2 == 1 { digits.append(0) }
                return stride(from: 0, to: digits.count, by: 2).map { digits[$0] << 4 | digits[$0 + 1] }
            }
            if let d = Self.hexDigit(c) { digits.append(d) } else if !Self.isSpace(c) { throw failure("not a hex digit in a hex string") }
        }
        throw failure("a hex string is not closed")
    }
}
