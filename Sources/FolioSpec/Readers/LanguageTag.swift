/// Language tags as Folio takes them (`en-CA`, `fr`, `zh-Hant-TW`): BCP 47's shape, subtags of 2 to 8 ASCII
/// letters or digits joined by hyphens. One check for every place a spec names a language (`document.language`,
/// a block's `language:`, `{lang=…}` in text), so all accept the same tags as the JSON Schema's pattern.
/// What a tag means is not checked: a reader that does not know it reads the text in its default voice.
enum LanguageTag {
    static func isValid(_ tag: String) -> Bool {
        !tag.isEmpty && tag.split(separator: "-", omittingEmptySubsequences: false).allSatisfy { part in
            (2...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }

    /// The error for a tag that is not one.
    static func problem(_ tag: String) -> String { "expected a language tag such as `fr-CA`, found `\(tag)`" }
}
