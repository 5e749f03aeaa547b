/// The text a font's codes stand for, from its `/ToUnicode` CMap (every font Cairo embeds has one): enough
/// to read back the words of a structure element, which the outline check compares with the bookmarks.
/// Codes are one byte (`<00> <ff>`, Cairo's simple fonts) or two (`<0000> <ffff>`, its CID fonts).
struct PDFTextDecoder {
    /// Bytes per code.
    private(set) var codeLength = 1
    private var map: [UInt32: String] = [:]

    /// A decoder from the CMap's text (`bfchar` and `bfrange` sections).
    init(cmap: [UInt8]) {
        let text = String(decoding: cmap, as: UTF8.self)
        if let r = text.range(of: "begincodespacerange"), let open = text[r.upperBound...].firstIndex(of: "<"),
           let close = text[open...].firstIndex(of: ">") {
            codeLength = max(1, text.distance(from: text.index(after: open), to: close) / 2)
        }
        for section in Self.sections(of: text, named: "bfchar") {
            let hex = Self.hexStrings(section)
            for i in stride(from: 0, to: hex.count - 1, by: 2) { map[Self.code(hex[i])] = Self.unicode(hex[i + 1]) }
        }
        for section in Self.sections(of: text, named: "bfrange") {
            for line in section.split(whereSeparator: \.isNewline) {
                let hex = Self.hexStrings(Substring(line))
                guard hex.count >= 3 else { continue }
                let low = Self.code(hex[0]), high = Self.code(hex[1])
                guard high >= low, high - low < 65_536 else { continue }
                if line.contains("[") {
                    for (offset, target) in hex.dropFirst(2).enumerated() where low + UInt32(offset) <= high {
                        map[low + UInt32(offset)] = Self.unicode(target)
                    }
                } else {
                    // The last UTF-16 unit of the target counts up with the code.
                    var units = Array(Self.unicode(hex[2]).utf16)
                    for code in low...high {
                        map[code] = String(decoding: units, as: UTF16.self)
                        if let last = units.last { units[units.count - 1] = last &+ 1 }
                    }
                }
            }
        }
    }

    /// The text of a string operand's bytes; a code the map lacks reads as U+FFFD.
    func text(_ bytes: [UInt8]) -> String {
        var out = ""
        var i = 0
        while i + codeLength <= bytes.count {
            var code: UInt32 = 0
            for k in 0..<codeLength { code = code << 8 | UInt32(bytes[i + k]) }
            out += map[code] ?? "\u{FFFD}"
            i += codeLength
        }
        return out
    }

    /// The bytes of a content-stream string operand: `(literal)` with its escapes, or `<hex>`.
    static func bytes(ofString operand: String) -> [UInt8] {
        let chars = Array(operand.utf8)
        guard let first = chars.first else { return [] }
        if first == UInt8(ascii: "<") {
            let digits = chars.filter { ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x66) }
            var out: [UInt8] = []
            var i = 0
            while i < digits.count {
                let pair = i + 1 < digits.count ? [digits[i], digits[i + 1]] : [digits[i], UInt8(ascii: "0")]
                out.append(UInt8(String(decoding: pair, as: UTF8.self), radix: 16) ?? 0)
                i += 2
            }
            return out
        }
        guard first == UInt8(ascii: "("), chars.count >= 2 else { return [] }
        var out: [UInt8] = []
        var i = 1
        let end = chars.count - 1  // the closing parenthesis
        while i < end {
            let c = chars[i]
            guard c == UInt8(ascii: "\\"), i + 1 < end else { out.append(c); i += 1; continue }
            let n = chars[i + 1]
            if n >= 0x30 && n <= 0x37 {
                var value = 0, j = i + 1
                while j < end, j < i + 4, chars[j] >= 0x30, chars[j] <= 0x37 { value = value * 8 + Int(chars[j] - 0x30); j += 1 }
                out.append(UInt8(value & 0xFF))
                i = j
                continue
            }
            switch n {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case 0x0A, 0x0D: break  // a line continuation
            default: out.append(n)
            }
            i += 2
        }
        return out
    }

    private static func sections(of text: String, named name: String) -> [Substring] {
        var found: [Substring] = []
        var from = text.startIndex
        while let open = text.range(of: "begin" + name, range: from..<text.endIndex),
              let close = text.range(of: "end" + name, range: open.upperBound..<text.endIndex) {
            found.append(text[open.upperBound..<close.lowerBound])
            from = close.upperBound
        }
        return found
    }

    private static func hexStrings(_ text: Substring) -> [Substring] {
        var found: [Substring] = []
        var from = text.startIndex
        while let open = text[from...].firstIndex(of: "<"), let close = text[open...].firstIndex(of: ">") {
            found.append(text[text.index(after: open)..<close])
            from = text.index(after: close)
        }
        return found
    }

    private static func code(_ hex: Substring) -> UInt32 { UInt32(hex, radix: 16) ?? 0 }

    private static func unicode(_ hex: Substring) -> String {
        let digits = Array(hex)
        var units: [UInt16] = []
        var i = 0
        while i + 4 <= digits.count { units.append(UInt16(String(digits[i..<(i + 4)]), radix: 16) ?? 0xFFFD); i += 4 }
        return String(decoding: units, as: UTF16.self)
    }
}
