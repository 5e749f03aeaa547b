extension String {
    /// The text with `&`, `<`, `>` and `"` escaped, for XML text and attribute values (SVG titles, XMP):
    /// spec and data text never becomes markup.
    public var xmlEscaped: String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for ch in self {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(ch)
            }
        }
        return out
    }
}
