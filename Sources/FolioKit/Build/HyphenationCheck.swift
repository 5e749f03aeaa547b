import FolioCairo
import FolioSpec

/// Warns, once per spec, where the theme turns hyphenation on for a language no installed dictionary serves:
/// the text engine then hyphenates nothing, which should not go unnoticed.
///
/// Why here: the spec reader knows no dictionaries (they are the text engine's), and the engine knows no spec
/// locations; the reader records where the switch was written (`LoadedSpec.hyphenationLocation`).
enum HyphenationCheck {
    static func warnings(for loaded: LoadedSpec) -> [Diagnostic] {
        guard let location = loaded.hyphenationLocation, let language = loaded.report.theme.hyphenation,
              HyphenationDictionaries.path(for: language) == nil else { return [] }
        let folders = HyphenationDictionaries.folders.joined(separator: ", ")
        return [Diagnostic(.warning, location, "no hyphenation dictionary for `\(language)` in \(folders): the text is not hyphenated",
                           suggestion: "install its patterns (Debian: a `hyphen-*` package, such as `hyphen-fr` or `hyphen-en-us`), or turn `hyphenation` off")]
    }
}
