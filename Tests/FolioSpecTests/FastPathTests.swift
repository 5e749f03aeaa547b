@testable import FolioSpec
import Testing

/// The byte-level fast paths of the spec reader give exactly what the general, character-by-character
/// readings give: checked on every string up to a few characters long over an alphabet of the characters
/// that matter, and on random longer ones.
@Suite struct FastPathTests {
    /// Every string of `alphabet` up to `length` characters, then `count` random longer ones (fixed seed).
    private func strings(_ alphabet: [String], upTo length: Int, random count: Int) -> [String] {
        var all = [""]
        var level = [""]
        for _ in 0..<length {
            level = level.flatMap { prefix in alphabet.map { prefix + $0 } }
            all += level
        }
        var generator = Congruential(seed: 42)
        for _ in 0..<count {
            let n = Int(generator.next() % 12) + length + 1
            all.append((0..<n).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined())
        }
        return all
    }

    @Test func numbersReadByBytesAsByCharacters() {
        let alphabet = ["1", "0", "9", ",", ".", "$", "%", "-", " ", "(", ")", "\t", "\r", "a", "−", "\u{00A0}"]
        // Digit grouping needs longer strings: every one up to 7 characters of a smaller alphabet.
        let grouping = ["1", "0", ",", ".", "-", "$"]
        var fast = 0
        for text in strings(alphabet, upTo: 4, random: 20_000) + strings(grouping, upTo: 7, random: 0) {
            guard let quick = NumberReader.readPlainASCII(text) else { continue }
            fast += 1
            #expect(quick == NumberReader.readAny(text), "`\(text)`")
        }
        #expect(fast > 1_000)  // the fast path is taken, so the comparison means something
        for text in ["1,149", "$906,814", "$334,093,020", "12.5%", "-5", "1,234.5", "$-5", "-$5", "0.000000000001", "999999999999999"] {
            #expect(NumberReader.readPlainASCII(text) != nil, "`\(text)`")
            #expect(NumberReader.readPlainASCII(text) == NumberReader.readAny(text), "`\(text)`")
        }
    }

    @Test func spacesNormalizedByBytesAsByCharacters() {
        let alphabet = ["a", " ", "\n", "\t", "\r", "\u{00A0}", "é", "\u{301}", "\r\n"]
        var unchanged = 0
        for text in strings(alphabet, upTo: 5, random: 20_000) {
            if Whitespace.isNormal(text) { unchanged += 1 }
            #expect(Whitespace.normalized(text) == Whitespace.collapsed(text), "`\(text.debugDescription)`")
        }
        #expect(unchanged > 1_000)
    }

    @Test func textWithoutMarkupIsOneSpan() {
        #expect(InlineMarkup.parse("Plain text, no markup: 1,149 (2023-24).").spans == [.init("Plain text, no markup: 1,149 (2023-24).")])
        #expect(InlineMarkup.parse("").spans.isEmpty)
        #expect(InlineMarkup.parse("with *emphasis*").spans.count == 2)
    }
}

/// A fixed-seed linear congruential generator (Knuth's MMIX constants), so that a failure can be reproduced.
private struct Congruential {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 33
    }
}
