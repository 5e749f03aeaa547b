/// An indirect object where the cross-reference says it starts: `N G obj`, its value, and for a stream the
/// range of its data (found by `/Length`, or by `endstream` when the length is wrong or not known yet).
extension PDFParser {
    /// Reads `N G obj` and returns N.
    package mutating func objectHeader() throws -> Int {
        guard let number = integer(), integer() != nil, take("obj") else { throw failure("no `N G obj` here") }
        return number
    }

    /// After a stream's dictionary: the range of its data when `stream` follows (nil when it does not), the
    /// position left after `endstream`. `length`: the dictionary's `/Length`, when known.
    package mutating func streamData(length: Int?) throws -> Range<Int>? {
        let saved = position
        guard take("stream") else { position = saved; return nil }
        if peek() == 0x0D { position += 1 }
        if peek() == 0x0A { position += 1 }
        let start = position
        let keyword = Array("endstream".utf8)
        if let length, length >= 0, start + length <= end {
            var after = PDFParser(bytes, at: start + length, end: end)
            if after.take("endstream") { position = after.position; return start..<(start + length) }
        }
        guard let at = bytes.firstIndex(of: keyword, from: start), at < end else { throw failure("a stream has no endstream") }
        var stop = at
        if stop > start, bytes[stop - 1] == 0x0A { stop -= 1 }
        if stop > start, bytes[stop - 1] == 0x0D { stop -= 1 }
        position = at + keyword.count
        return start..<stop
    }
}
