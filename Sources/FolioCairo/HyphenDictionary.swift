import CHyphen
import Glibc

/// One libhyphen dictionary (TeX patterns converted for LibreOffice, e.g. `/usr/share/hyphen/hyph_fr.dic`),
/// freed with the object. The only code calling libhyphen.
///
/// Not thread-safe (libhyphen does not promise it): each `Hyphenator`, and so each text engine, loads its own.
final class HyphenDictionary {
    private let dictionary: UnsafeMutablePointer<HyphenDict>

    /// The dictionary at `path`; nil when it cannot be read, or is not UTF-8 (the patterns Debian installs
    /// all are: a dictionary in a legacy 8-bit charset would need its words converted first).
    init?(path: String) {
        guard let loaded = hnj_hyphen_load(path) else { return nil }
        guard loaded.pointee.utf8 != 0 else {
            hnj_hyphen_free(loaded)
            return nil
        }
        dictionary = loaded
    }

    deinit { hnj_hyphen_free(dictionary) }

    /// Where `word` (lowercase letters) may break: the number of characters (Unicode scalars) before each
    /// break, at least `leftMinimum` from its start and `rightMinimum` from its end. Only standard breaks: a
    /// non-standard one (a letter changed or added at the break, as in old German orthography) cannot be
    /// expressed by a soft hyphen, and is left out.
    func breaks(in word: String, leftMinimum: Int, rightMinimum: Int) -> [Int] {
        let bytes = Array(word.utf8)
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) - 5 else { return [] }
        // libhyphen's vector: one digit per character of a UTF-8 word (it maps bytes to characters itself),
        // odd where a hyphen may go after that character; sized as the header asks (word size + 5).
        var hyphens = [CChar](repeating: 0, count: bytes.count + 5)
        var replacements: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = nil
        var positions: UnsafeMutablePointer<Int32>? = nil
        var cuts: UnsafeMutablePointer<Int32>? = nil
        let status = bytes.withUnsafeBufferPointer { input in
            input.withMemoryRebound(to: CChar.self) { word in
                hnj_hyphen_hyphenate3(dictionary, word.baseAddress, Int32(word.count), &hyphens, nil,
                                      &replacements, &positions, &cuts, Int32(leftMinimum), Int32(rightMinimum), 2, 2)
            }
        }
        // Those arrays have one entry per byte (libhyphen moves entries to character positions, nulling the old).
        defer { Self.release(replacements, count: bytes.count, positions, cuts) }
        let characters = word.unicodeScalars.count
        guard status == 0 else { return [] }
        var result: [Int] = []
        for i in 0..<max(0, characters - 1) where hyphens[i] & 1 == 1 {
            if let replacements, replacements[i] != nil { continue }
            let before = i + 1
            if before >= leftMinimum && characters - before >= rightMinimum { result.append(before) }
        }
        return result
    }

    /// Frees the arrays libhyphen allocates for non-standard hyphenation (`count` entries: the word's bytes).
    private static func release(_ replacements: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, count: Int,
                             _ positions: UnsafeMutablePointer<Int32>?, _ cuts: UnsafeMutablePointer<Int32>?) {
        if let replacements {
            for i in 0..<count { Glibc.free(replacements[i]) }
            Glibc.free(replacements)
        }
        Glibc.free(positions)
        Glibc.free(cuts)
    }
}
