/// The spaces of prose from a spec: folded YAML leaves line breaks, hand-typed text doubled spaces.
enum Whitespace {
    /// Runs of spaces, tabs and line breaks collapsed into single spaces, trimmed at both ends.
    static func normalized(_ text: String) -> String {
        isNormal(text) ? text : collapsed(text)
    }

    /// `normalized`, character by character (any text).
    static func collapsed(_ text: String) -> String {
        var out = ""
        var lastSpace = false
        for ch in text {
            if ch == " " || ch == "\n" || ch == "\t" {
                if !lastSpace { out.append(" ") }
                lastSpace = true
            } else {
                out.append(ch)
                lastSpace = false
            }
        }
        return out.trimmingSpaces()
    }

    /// Whether `collapsed` would return `text` unchanged, as it does for most text: no tab, line break or
    /// carriage return, no two spaces in a row, nothing to trim at either end. Checked on the bytes, which is
    /// far cheaper than walking the characters.
    static func isNormal(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last, first != 0x20, last != 0x20,
              !text.hasPrefix("\u{00A0}"), !text.hasSuffix("\u{00A0}") else { return false }
        var previous: UInt8 = 0
        for byte in utf8 {
            if byte == 0x09 || byte == 0x0A || byte == 0x0D || (byte == 0x20 && previous == 0x20) { return false }
            previous = byte
        }
        return true
    }
}
