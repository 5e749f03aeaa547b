import Foundation

/// Which installed libhyphen dictionary serves a language. Debian's `hyphen-*` packages put them in
/// `/usr/share/hyphen` as `hyph_<language>_<REGION>.dic` (`hyph_fr_CA.dic`, `hyph_en_US.dic`), with
/// `hyph_<language>.dic` for the language alone.
package enum HyphenationDictionaries {
    /// Where dictionaries are looked for, in order.
    package static let folders = ["/usr/share/hyphen"]

    /// The region whose patterns stand for a language's other regions (`en-CA` uses US English's: Canadian
    /// spelling is British or American word by word, and Debian ships no Canadian patterns).
    static let defaultRegions = ["en": "US", "fr": "FR", "de": "DE", "es": "ES", "pt": "PT", "it": "IT", "nl": "NL"]

    /// The dictionary file for a BCP 47 tag (`fr-CA`, `en`, `en-Latn-CA`), or nil when none is installed:
    /// the tag's own region first, then the language's usual region, then the language alone, then any
    /// region of the language (the first by name, so the choice does not depend on the file system's order).
    package static func path(for language: String, in folders: [String] = folders) -> String? {
        let parts = language.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy(\.isLetter) else { return nil }
        let code = first.lowercased()
        // Script subtags (four letters, `Latn`) are skipped; a region is two letters or three digits.
        let region = parts.dropFirst().first { $0.count == 2 && $0.allSatisfy(\.isLetter) || $0.count == 3 && $0.allSatisfy(\.isNumber) }
        var names: [String] = []
        if let region { names.append("hyph_\(code)_\(region.uppercased()).dic") }
        if let usual = defaultRegions[code] { names.append("hyph_\(code)_\(usual).dic") }
        names.append("hyph_\(code).dic")
        let files = FileManager.default
        for folder in folders {
            for name in names {
                let path = (folder as NSString).appendingPathComponent(name)
                if files.isReadableFile(atPath: path) { return path }
            }
            let others = ((try? files.contentsOfDirectory(atPath: folder)) ?? [])
                .filter { $0.hasPrefix("hyph_\(code)_") && $0.hasSuffix(".dic") }.sorted()
            if let other = others.first { return (folder as NSString).appendingPathComponent(other) }
        }
        return nil
    }
}
