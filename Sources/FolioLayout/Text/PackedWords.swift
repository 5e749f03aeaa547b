/// Where packed values go: counted first (`WordCount`), then written into an array of exactly that size
/// (`WordWriter`), by one encoding function generic over the two, so the size and the writing cannot drift apart.
protocol WordSink {
    mutating func word(_ value: UInt32)
    /// A string: its UTF-8 length, then its bytes four to a word.
    mutating func string(_ value: String)
    /// A face's or a language's name, as its number (`RunNames`): one word, looked up only when written.
    mutating func name(_ value: String)
}

extension WordSink {
    mutating func int(_ value: Int32) { word(UInt32(bitPattern: value)) }
    mutating func count(_ value: Int) { word(UInt32(clamping: value)) }
    mutating func double(_ value: Double) {
        let bits = value.bitPattern
        word(UInt32(truncatingIfNeeded: bits)); word(UInt32(truncatingIfNeeded: bits >> 32))
    }
}

/// Counts the words an encoding takes.
struct WordCount: WordSink {
    private(set) var total = 0
    mutating func word(_ value: UInt32) { total += 1 }
    mutating func string(_ value: String) { total += 1 + (value.utf8.count + 3) / 4 }
    mutating func name(_ value: String) { total += 1 }
}

/// Writes an encoding into an array reserved to its exact size (no growth slack kept for life).
struct WordWriter: WordSink {
    private(set) var words: [UInt32]
    init(capacity: Int) { words = []; words.reserveCapacity(capacity) }
    mutating func word(_ value: UInt32) { words.append(value) }
    mutating func name(_ value: String) { words.append(RunNames.number(value)) }
    mutating func string(_ value: String) {
        let utf8 = value.utf8
        words.append(UInt32(clamping: utf8.count))
        var packed: UInt32 = 0, shift: UInt32 = 0
        for byte in utf8 {
            packed |= UInt32(byte) << shift
            shift += 8
            if shift == 32 { words.append(packed); packed = 0; shift = 0 }
        }
        if shift > 0 { words.append(packed) }
    }
}

/// Reads back what a `WordWriter` wrote, in the same order. Reading past the end gives zeros and empty strings
/// (never a trap): words are only ever read as they were written, so that marks a bug, not bad input.
struct WordReader {
    let words: [UInt32]
    var position: Int

    init(_ words: [UInt32], at position: Int = 0) { self.words = words; self.position = position }

    mutating func word() -> UInt32 {
        guard position < words.count else { return 0 }
        defer { position += 1 }
        return words[position]
    }
    mutating func int() -> Int32 { Int32(bitPattern: word()) }
    mutating func count() -> Int { Int(word()) }
    mutating func double() -> Double {
        let low = UInt64(word()), high = UInt64(word())
        return Double(bitPattern: low | high << 32)
    }
    mutating func string() -> String {
        let length = count()
        let wordCount = (length + 3) / 4
        guard length > 0, position + wordCount <= words.count else { position += wordCount; return "" }
        defer { position += wordCount }
        return String(unsafeUninitializedCapacity: length) { buffer in
            for i in 0..<length { buffer[i] = UInt8(truncatingIfNeeded: words[position + i / 4] >> (UInt32(i % 4) * 8)) }
            return length
        }
    }
    /// Moves past a string without reading it.
    mutating func skipString() { let length = count(); position += (length + 3) / 4 }
}
