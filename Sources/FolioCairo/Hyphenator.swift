import Foundation

/// Marks where the words of a text may break, for one language: a SOFT HYPHEN (U+00AD) at each of its
/// dictionary's hyphenation points. Pango 1.50 has no hyphenation patterns of its own, but breaks a line at
/// a soft hyphen when it must and draws a hyphen there (an unbroken one draws nothing); so marking the
/// text before it is shaped is hyphenation by the document's language.
///
/// Only words are touched, never figures or addresses: a space-separated token holding a digit (`2023-24`,
/// `$5,334,163`, `Q3`, `1 234,5`) or looking like a URL or e-mail address is left whole. In other tokens
/// each run of letters is a word (`d’approvisionnement` → `approvisionnement`, `socio-économique` → `socio`
/// and `économique`); words shorter than `shortestWord` letters, in capitals (`ALERT`) or with a capital
/// inside (`McLeod`, `iPhone`) are not hyphenated, nor a token that already has soft hyphens (the author's).
///
/// Deterministic (the same text always gets the same marks) and not thread-safe: each text engine has its own.
final class Hyphenator {
    /// The BCP 47 tag it was made for.
    let language: String
    private let dictionary: HyphenDictionary
    /// Break positions by word as written: reports repeat their words.
    private var cache: [String: [Int]] = [:]

    static let softHyphen: Character = "\u{00AD}"
    /// At least two letters before a break and three after it (French and English typographic practice).
    static let leftMinimum = 2, rightMinimum = 3
    /// Shorter words are never broken: what they would save is less than the hyphen costs the reader.
    static let shortestWord = 6
    /// Longer runs of letters are not words (a hash, a run of letters in a code): left whole.
    static let longestWord = 64
    /// The cache is emptied when it grows past this many words (a report's vocabulary is much smaller).
    static let cacheLimit = 50_000

    /// A hyphenator for `language`; nil when no dictionary for it is installed (see `HyphenationDictionaries`).
    init?(language: String, folders: [String] = HyphenationDictionaries.folders) {
        guard let path = HyphenationDictionaries.path(for: language, in: folders),
              let dictionary = HyphenDictionary(path: path) else { return nil }
        self.language = language
        self.dictionary = dictionary
    }

    /// `text` with a soft hyphen at every hyphenation point of its words.
    func hyphenate(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        var token: [Character] = []
        func flush() {
            if !token.isEmpty { appendToken(token, to: &out) }
            token.removeAll(keepingCapacity: true)
        }
        for character in text {
            if character.isWhitespace {
                flush()
                out.append(character)
            } else {
                token.append(character)
            }
        }
        flush()
        return out
    }

    /// A space-separated token, its words marked unless it is a figure, an address or already marked.
    private func appendToken(_ token: [Character], to out: inout String) {
        guard token.count >= Self.shortestWord, !Self.leftWhole(token) else {
            out.append(contentsOf: String(token))
            return
        }
        var i = 0
        while i < token.count {
            guard token[i].isLetter else {
                out.append(token[i])
                i += 1
                continue
            }
            var end = i
            while end < token.count && token[end].isLetter { end += 1 }
            let word = token[i..<end]
            var previous = i
            for point in breaks(in: word) {
                out.append(contentsOf: String(token[previous..<(i + point)]))
                out.append(Self.softHyphen)
                previous = i + point
            }
            out.append(contentsOf: String(token[previous..<end]))
            i = end
        }
    }

    /// Whether a token must not be hyphenated at all: it holds a digit (a figure, a fiscal year, a quarter),
    /// looks like an address (`@`, `/`, `\`, `_`, `=`, or a dot inside it, as in `alert-ab.ca`), or already
    /// has soft hyphens.
    static func leftWhole(_ token: [Character]) -> Bool {
        for (k, c) in token.enumerated() {
            if c.isNumber || c == softHyphen || "@/\\_=".contains(c) { return true }
            if c == ".", k + 1 < token.count, token[k + 1].isLetter || token[k + 1].isNumber { return true }
        }
        return false
    }

    /// Break positions (letters before each) of a run of letters, from the cache or the dictionary.
    private func breaks(in word: ArraySlice<Character>) -> [Int] {
        guard word.count >= Self.shortestWord, word.count <= Self.longestWord else { return [] }
        let key = String(word)
        if let known = cache[key] { return known }
        let found = Self.isCased(word) ? dictionary.breaks(in: Self.patternForm(word), leftMinimum: Self.leftMinimum,
                                                           rightMinimum: Self.rightMinimum) : []
        if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
        cache[key] = found
        return found
    }

    /// Whether a word is written as ordinary words are: lower case, or with a capital first letter only.
    /// Words in capitals are acronyms or set for show; a capital inside is a name or a brand.
    static func isCased(_ word: ArraySlice<Character>) -> Bool {
        word.dropFirst().allSatisfy { !$0.isUppercase }
    }

    /// The word as the dictionary's patterns are written: lower case, one Unicode scalar per letter (a letter
    /// written decomposed, `e` + combining acute, is precomposed; one without a precomposed form stands as
    /// its base letter), so the dictionary's character positions are the word's letter positions.
    static func patternForm(_ word: ArraySlice<Character>) -> String {
        var scalars = String.UnicodeScalarView()
        for letter in word {
            let lower = String(letter).lowercased()
            let single = lower.unicodeScalars.count == 1 ? lower : lower.precomposedStringWithCanonicalMapping
            let scalar = single.unicodeScalars.count == 1 ? single.unicodeScalars.first : letter.unicodeScalars.first
            if let scalar { scalars.append(scalar) }
        }
        return String(scalars)
    }
}
