/// Reading one CSV field out of a file's text, the RFC 4180 way: a field that starts with `"` is quoted until
/// the next lone `"`, in which `""` is a `"`; text after the closing quote is kept as it is. CRLF and CR read
/// as LF, as editors count lines. `CSVReader` finds where fields are; this gives a field's value when asked.
enum CSVField {
    static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")

    /// The value of the field at `span` (UTF-8 offsets) of `text`, untrimmed.
    static func value(of text: String, _ span: Range<Int>) -> String {
        var text = text
        return text.withUTF8 { bytes in
            let field = UnsafeBufferPointer(rebasing: bytes[span])
            // Most fields are plain: no quote, no line end.
            if !field.contains(where: { $0 == quote || $0 == cr }) { return String(decoding: field, as: UTF8.self) }
            return String(decoding: unquoted(field), as: UTF8.self)
        }
    }

    private static func unquoted(_ field: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(field.count)
        var inQuotes = false
        var i = 0
        while i < field.count {
            let byte = field[i]
            if inQuotes && byte == quote {
                if i + 1 < field.count && field[i + 1] == quote { out.append(quote); i += 2; continue }
                inQuotes = false
            } else if !inQuotes && byte == quote && out.isEmpty {
                inQuotes = true
            } else if byte == cr {
                out.append(lf)
                if i + 1 < field.count && field[i + 1] == lf { i += 1 }
            } else {
                out.append(byte)
            }
            i += 1
        }
        return out
    }

    /// Where offset `at` is, in a record that starts at offset `record` on line `line`: its line (later when a
    /// quoted field before it breaks lines) and its column in characters, as editors count.
    static func location(in text: String, file: String, record: Int, line: Int, at: Int) -> SourceLocation {
        let (extra, lastLineStart) = lineBreaks(in: text, from: record, to: at)
        let lineStart = lastLineStart ?? self.lineStart(in: text, before: record)
        return SourceLocation(file: file, line: line + extra, column: characters(in: text, lineStart..<at) + 1)
    }

    /// How many line breaks lie between offsets `from` and `to`, and where the line after the last one starts.
    static func lineBreaks(in text: String, from: Int, to: Int) -> (count: Int, lastLineStart: Int?) {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            var last: Int?
            var i = from
            while i < to {
                if bytes[i] == lf || bytes[i] == cr {
                    if bytes[i] == cr && i + 1 < to && bytes[i + 1] == lf { i += 1 }
                    count += 1
                    last = i + 1
                }
                i += 1
            }
            return (count, last)
        }
    }

    /// Where the line holding offset `at` starts.
    static func lineStart(in text: String, before at: Int) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var i = at
            while i > 0 && bytes[i - 1] != lf && bytes[i - 1] != cr { i -= 1 }
            return i
        }
    }

    /// Characters (as Swift counts them) in `span` of `text`.
    static func characters(in text: String, _ span: Range<Int>) -> Int {
        var text = text
        return text.withUTF8 { bytes in String(decoding: UnsafeBufferPointer(rebasing: bytes[span]), as: UTF8.self).count }
    }
}
