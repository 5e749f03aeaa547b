/// One PDF object as parsed (ISO 32000-1, 7.3): what the update and the read-back checkers look at, whichever
/// way the file stores it (at a byte offset, or inside an object stream).
///
/// Names and dictionary keys keep their leading slash (`/Type`), as written in a file, so code reads like the
/// PDF it looks at. References keep only the object number: Cairo and qpdf write generation 0 only.
package enum PDFValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case real(Double)
    case name(String)
    /// A string's bytes, escapes and hex digits decoded.
    case string([UInt8])
    case array([PDFValue])
    case dictionary([String: PDFValue])
    /// `N G R`: object N.
    case reference(Int)

    /// A dictionary's entry (nil for other values and missing keys).
    package subscript(_ key: String) -> PDFValue? {
        if case .dictionary(let d) = self { return d[key] }
        return nil
    }

    package var dictionary: [String: PDFValue]? { if case .dictionary(let d) = self { return d }; return nil }
    package var array: [PDFValue]? { if case .array(let a) = self { return a }; return nil }
    package var integer: Int? { if case .integer(let n) = self { return n }; return nil }
    package var name: String? { if case .name(let n) = self { return n }; return nil }
    package var reference: Int? { if case .reference(let n) = self { return n }; return nil }
    package var bool: Bool? { if case .bool(let b) = self { return b }; return nil }
    package var stringBytes: [UInt8]? { if case .string(let s) = self { return s }; return nil }

    /// A number, integer or real.
    package var number: Double? {
        switch self {
        case .integer(let n): return Double(n)
        case .real(let r): return r
        default: return nil
        }
    }

    /// A text string as text (7.9.2.2): UTF-16BE after a byte-order mark, UTF-8 after one, else
    /// PDFDocEncoding read as Latin-1 (the two agree on the characters Folio writes).
    package var text: String? {
        guard let bytes = stringBytes else { return nil }
        return Self.text(bytes)
    }

    /// See `text`.
    package static func text(_ bytes: [UInt8]) -> String {
        if bytes.starts(with: [0xFE, 0xFF]) {
            let units = stride(from: 2, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
            return String(decoding: units, as: UTF16.self)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return String(decoding: bytes.dropFirst(3), as: UTF8.self) }
        return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }
}
