import Foundation

/// How a locale writes numbers: its decimal mark, digit grouping, where `%` and the currency symbol go,
/// and its short suffixes (`K`, `k`, `Mio.`). Read once per locale from the CLDR data that ships inside
/// Foundation (ICU), never from the machine's locale, so a build prints the same bytes everywhere.
public struct NumberSymbols: Hashable, Sendable {
    /// The BCP 47 tag these symbols are for (`fr-CA`).
    public var identifier: String
    /// The decimal mark: `.` or `,`.
    public var decimal: String
    /// The digit group separator: `,`, `.`, a no-break space (U+00A0), a narrow one (U+202F), `’`.
    public var group: String
    /// Digits the integer part needs before it is grouped at all (2 in Spanish: `1234` but `12.345`).
    public var minimumGroupingDigits: Int
    /// Text before and after a percentage's digits (`""` and `"\u{A0}%"` in French).
    public var percentPrefix: String
    public var percentSuffix: String
    /// Whether the currency symbol comes before the digits (`$5`) or after them (`5 $`).
    public var currencyBefore: Bool
    /// Space between the currency symbol and the digits (a no-break space in French).
    public var currencySpacing: String
    /// Short forms by power of a thousand (1: thousands, 2: millions, …), as `(suffix)`; a missing
    /// power is not abbreviated in this locale (German writes `1500`, not `1,5 Tsd.`).
    public var compactSuffixes: [Int: String]

    /// English as Folio has always printed it: `1,234.5`, `12.5%`, `$906,814`, `1.5K`, `3.2M`.
    public static let english = NumberSymbols(
        identifier: "en", decimal: ".", group: ",", minimumGroupingDigits: 1, percentPrefix: "", percentSuffix: "%",
        currencyBefore: true, currencySpacing: "", compactSuffixes: [1: "K", 2: "M", 3: "B", 4: "T"])

    public init(identifier: String, decimal: String, group: String, minimumGroupingDigits: Int, percentPrefix: String,
                percentSuffix: String, currencyBefore: Bool, currencySpacing: String, compactSuffixes: [Int: String]) {
        self.identifier = identifier; self.decimal = decimal; self.group = group
        self.minimumGroupingDigits = minimumGroupingDigits; self.percentPrefix = percentPrefix
        self.percentSuffix = percentSuffix; self.currencyBefore = currencyBefore
        self.currencySpacing = currencySpacing; self.compactSuffixes = compactSuffixes
    }

    /// The same conventions under another name.
    public func with(identifier: String) -> NumberSymbols { var s = self; s.identifier = identifier; return s }

    /// The symbols of a BCP 47 tag, or nil when the locale data does not know its language.
    public static func locale(_ tag: String) -> NumberSymbols? {
        // English as North America writes it needs no ICU start-up (about 4 ms a run): a test checks that
        // the locale data gives exactly these symbols for these tags.
        if Self.englishTags.contains(tag) { return english.with(identifier: tag) }
        return cache.withLock { cached in
            if let hit = cached[tag] { return hit }
            let found = LocaleData.symbols(for: tag)
            cached[tag] = found
            return found
        }
    }

    private static let cache = LockedCache()

    /// Tags whose conventions are `english`'s (checked against the locale data by the tests).
    public static let englishTags: Set<String> = ["en", "en-CA", "en-US"]

    /// The symbols read from the locale data itself, uncached (what `locale` returns for other tags).
    public static func fromLocaleData(_ tag: String) -> NumberSymbols? { LocaleData.symbols(for: tag) }
}

/// A small lock-guarded memo: ICU's data is read once per locale per process.
private final class LockedCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: NumberSymbols?] = [:]
    func withLock(_ body: (inout [String: NumberSymbols?]) -> NumberSymbols?) -> NumberSymbols? {
        lock.lock(); defer { lock.unlock() }
        return body(&entries)
    }
}

/// Reads number symbols out of Foundation's locale data (ICU's copy of CLDR).
enum LocaleData {
    static func symbols(for tag: String) -> NumberSymbols? {
        let id = tag.replacingOccurrences(of: "-", with: "_")
        let language = String(id.prefix { $0 != "_" })
        let known = Set(Locale.availableIdentifiers)
        guard known.contains(id) || known.contains(language) else { return nil }
        let locale = Locale(identifier: id)
        let decimal = formatter(locale, .decimal)
        let percent = formatter(locale, .percent)
        let currency = formatter(locale, .currency)
        let (percentPrefix, percentSuffix) = affixes(of: percent.positiveFormat, placeholder: "%")
        let currencyPattern = currency.positiveFormat ?? "¤#,##0.00"
        let (before, after) = affixes(of: currencyPattern, placeholder: "¤")
        let currencyBefore = !before.isEmpty || after.isEmpty
        let spacing = currencyBefore ? String(before.drop { $0 == "¤" }) : String(after.prefix { $0 != "¤" })
        let grouped = decimal.string(from: 1234) ?? "1,234"
        return NumberSymbols(
            identifier: tag, decimal: decimal.decimalSeparator ?? ".", group: decimal.groupingSeparator ?? ",",
            minimumGroupingDigits: grouped.count == 4 ? 2 : 1,
            percentPrefix: percentPrefix, percentSuffix: percentSuffix,
            currencyBefore: currencyBefore, currencySpacing: spacing,
            compactSuffixes: compactSuffixes(locale, decimalMark: decimal.decimalSeparator ?? "."))
    }

    private static func formatter(_ locale: Locale, _ style: NumberFormatter.Style) -> NumberFormatter {
        let f = NumberFormatter()
        f.locale = locale
        f.numberStyle = style
        return f
    }

    /// The text around the digits of a pattern such as `#,##0 %` (`""`, `" %"`), with the placeholder
    /// replaced by the symbol it stands for (`%` stays `%`).
    static func affixes(of pattern: String?, placeholder: Character) -> (prefix: String, suffix: String) {
        guard let pattern, let first = pattern.firstIndex(where: { "#0".contains($0) }),
              let last = pattern.lastIndex(where: { "#0".contains($0) }) else { return ("", String(placeholder)) }
        return (String(pattern[..<first]), String(pattern[pattern.index(after: last)...]))
    }

    /// `k`, ` M`, ` Md`… read by formatting 1.5 × 1000^n compactly: kept only where the locale writes
    /// `1<mark>5<suffix>` (Japanese counts in ten thousands: its forms are not used).
    static func compactSuffixes(_ locale: Locale, decimalMark: String) -> [Int: String] {
        var out: [Int: String] = [:]
        for power in 1...4 {
            let value = 1.5 * pow(1000, Double(power))
            let text = value.formatted(.number.notation(.compactName).locale(locale))
            let head = "1" + decimalMark + "5"
            guard text.hasPrefix(head) else { continue }
            let suffix = String(text.dropFirst(head.count))
            if !suffix.isEmpty, !suffix.contains(where: \.isNumber) { out[power] = suffix }
        }
        return out
    }
}
