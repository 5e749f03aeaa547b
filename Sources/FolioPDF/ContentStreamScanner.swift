/// The operators of a PDF content stream with their operands, as much as the structure checks need:
/// strings (literal, with nesting and escapes; hex), names, numbers, arrays and inline dictionaries (for a
/// `BDC`'s properties), comments, and inline images skipped whole. Operands are kept as their source text,
/// and each operation's bytes (first operand to operator) as a range, for edits (see `UnmarkedContent`).
package struct ContentStreamScanner {
    package struct Operation {
        package var name: String
        package var operands: [String]
        /// Where the operation lies in the stream: from its first operand (or its operator) to its operator's end.
        package var range: Range<Int>
    }

    package static func operations(_ bytes: [UInt8]) -> [Operation] {
        var ops: [Operation] = []
        var operands: [String] = []
        var operandsStart: Int? = nil
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            if isSpace(c) { i += 1; continue }
            if c == UInt8(ascii: "%") { while i < bytes.count && bytes[i] != 0x0A && bytes[i] != 0x0D { i += 1 }; continue }
            if c == UInt8(ascii: "(") || c == UInt8(ascii: "[") || c == UInt8(ascii: "<") {
                let end = skipBalanced(bytes, from: i)
                if operands.isEmpty { operandsStart = i }
                operands.append(String(decoding: bytes[i..<min(end, bytes.count)], as: UTF8.self))
                i = end
                continue
            }
            var j = i + 1
            while j < bytes.count && !isSpace(bytes[j]) && !isDelimiter(bytes[j]) { j += 1 }
            let word = String(decoding: bytes[i..<j], as: UTF8.self)
            let start = i
            i = j
            if c == UInt8(ascii: "/") || c == UInt8(ascii: "-") || c == UInt8(ascii: "+") || c == UInt8(ascii: ".")
                || (c >= 0x30 && c <= 0x39) || word == "true" || word == "false" || word == "null" {
                if operands.isEmpty { operandsStart = start }
                operands.append(word)
                continue
            }
            ops.append(Operation(name: word, operands: operands, range: (operandsStart ?? start)..<j))
            operands = []
            operandsStart = nil
            if word == "ID" {
                let dataStart = ops[ops.count - 1].range.upperBound
                i = min(skipInlineImage(bytes, from: i), bytes.count)
                ops.append(Operation(name: "EI", operands: [], range: dataStart..<i))
            }
        }
        return ops
    }

    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 || c == 0x0C || c == 0 }

    private static func isDelimiter(_ c: UInt8) -> Bool { "()<>[]{}/%".utf8.contains(c) }

    /// The end of the object starting at `start` (a string, array or dictionary: balanced).
    private static func skipBalanced(_ bytes: [UInt8], from start: Int) -> Int {
        var j = start, depth = 0
        while j < bytes.count {
            let c = bytes[j]
            if c == UInt8(ascii: "(") {
                j = skipString(bytes, from: j)
            } else if c == UInt8(ascii: "<"), j + 1 < bytes.count, bytes[j + 1] == UInt8(ascii: "<") { depth += 1; j += 2 }
            else if c == UInt8(ascii: ">"), j + 1 < bytes.count, bytes[j + 1] == UInt8(ascii: ">") { depth -= 1; j += 2 }
            else if c == UInt8(ascii: "<") { while j < bytes.count && bytes[j] != UInt8(ascii: ">") { j += 1 }; j += 1 }
            else if c == UInt8(ascii: "[") { depth += 1; j += 1 }
            else if c == UInt8(ascii: "]") { depth -= 1; j += 1 }
            else { j += 1 }
            if depth <= 0 { return j }
        }
        return j
    }

    /// Just after the literal string starting at `start` (nested parentheses balanced, escapes stepped over).
    private static func skipString(_ bytes: [UInt8], from start: Int) -> Int {
        var j = start, nesting = 0
        while j < bytes.count {
            if bytes[j] == UInt8(ascii: "\\") { j += 2; continue }
            if bytes[j] == UInt8(ascii: "(") { nesting += 1 }
            if bytes[j] == UInt8(ascii: ")") { nesting -= 1; if nesting == 0 { break } }
            j += 1
        }
        return j + 1
    }

    /// Just after an inline image's data, which starts at `start`: binary, up to whitespace + EI + whitespace.
    private static func skipInlineImage(_ bytes: [UInt8], from start: Int) -> Int {
        var i = start
        while i + 2 < bytes.count && !(isSpace(bytes[i]) && bytes[i + 1] == UInt8(ascii: "E") && bytes[i + 2] == UInt8(ascii: "I")
                                       && (i + 3 == bytes.count || isSpace(bytes[i + 3]))) { i += 1 }
        return i + 3
    }

    /// Operators that paint: text showing, path painting, XObjects, shadings, inline images.
    package static let painting: Set<String> = ["Tj", "TJ", "'", "\"", "f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "Do", "sh", "BI"]
}
