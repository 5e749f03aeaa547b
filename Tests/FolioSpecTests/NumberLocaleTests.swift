import FolioModel
@testable import FolioSpec
import FolioTestSupport
import Testing

/// Figures in other locales, in and out, held exactly: the defects of the figures issue, each a test that
/// failed on the engine before (English only, doubles, `∞` past 9e15, `1,5` read as 15).
@Suite("Number locales and exact figures")
struct NumberLocaleTests {
    static let nbsp = "\u{00A0}"

    static func symbols(_ tag: String) throws -> NumberSymbols { try #require(NumberSymbols.locale(tag)) }
    static func read(_ text: String, _ tag: String = "en-CA") throws -> Quantity {
        guard case .number(let q, _) = NumberReader.read(text, symbols: try symbols(tag)) else {
            Issue.record("`\(text)` not read as a number in \(tag)"); return Quantity(0)
        }
        return q
    }

    @Test func frenchCanadianOutput() throws {
        let f = NumberFormat(symbols: try Self.symbols("fr-CA"))
        #expect(f.format(try Self.read("1,234.5")) == "1\(Self.nbsp)234,5")
        #expect(f.format(try Self.read("36.4%")) == "36,4\(Self.nbsp)%")
        #expect(f.format(try Self.read("$682,000")) == "682\(Self.nbsp)000\(Self.nbsp)$")
        #expect(f.format(try Self.read("-5")) == "−5")
        #expect(NumberFormat(style: .compact, symbols: try Self.symbols("fr-CA")).format(Quantity(1_500_000, unit: .currency)) == "1,5\(Self.nbsp)M\(Self.nbsp)$")
    }

    @Test func otherLocalesFromTheLocaleData() throws {
        let value = try Self.read("1234567.25")
        #expect(NumberFormat(symbols: try Self.symbols("de-DE")).format(value) == "1.234.567,25")
        #expect(NumberFormat(symbols: try Self.symbols("en-GB")).format(value) == "1,234,567.25")
        #expect(NumberFormat(symbols: try Self.symbols("fr-FR")).format(value) == "1\u{202F}234\u{202F}567,25")
        #expect(NumberFormat(symbols: try Self.symbols("de-CH")).format(value) == "1’234’567.25")
        // Spanish groups only from five digits.
        #expect(NumberFormat(symbols: try Self.symbols("es-ES")).format(try Self.read("1234")) == "1234")
        #expect(NumberFormat(symbols: try Self.symbols("es-ES")).format(try Self.read("12345")) == "12.345")
        // English Canada prints as Folio always has.
        for tag in NumberSymbols.englishTags {
            #expect(NumberSymbols.fromLocaleData(tag) == NumberSymbols.english.with(identifier: tag), "\(tag)")
        }
        #expect(NumberSymbols.locale("xx-QQ") == nil)
    }

    @Test func frenchSourcesRead() throws {
        #expect(try Self.read("1,5", "fr-CA").exact == ExactDecimal(significand: 15, scale: 1))
        #expect(try Self.read("1 234,5", "fr-CA").exact == ExactDecimal(significand: 12_345, scale: 1))
        #expect(try Self.read("1\u{202F}234", "fr-CA").exact == ExactDecimal(1234))
        let money = try Self.read("682 000 $", "fr-CA")
        #expect(money.exact == ExactDecimal(682_000) && money.unit == .currency)
        let rate = try Self.read("36,4 %", "fr-CA")
        #expect(rate.value == 36.4 && rate.unit == .percent && rate.decimals == 1)
    }

    @Test("ambiguous cells are errors, never guesses", arguments: [("1,5", "en-CA"), ("1,50", "en-CA"), ("1.5", "fr-CA"), ("1.234.567", "en-CA"), ("1.5", "de-DE")])
    func ambiguous(text: String, tag: String) throws {
        guard case .ambiguous = NumberReader.read(text, symbols: try Self.symbols(tag)) else {
            Issue.record("`\(text)` in \(tag): \(NumberReader.read(text, symbols: try Self.symbols(tag)))"); return
        }
    }

    @Test func otherCurrenciesKeepTheirSymbol() throws {
        let euros = try Self.read("1.234,5 €", "de-DE")
        #expect(euros.unit == .currency && euros.currency == "€")
        #expect(NumberFormat(symbols: try Self.symbols("de-DE")).format(euros) == "1.234,5\(Self.nbsp)€")
        #expect(NumberFormat(symbols: try Self.symbols("en-GB")).format(try Self.read("£12,000", "en-GB")) == "£12,000")
        #expect(!euros.sameUnit(as: try Self.read("$5")))
        #expect(NumberReader.read("+5") != .notANumber)
    }

    @Test("a totals row is checked in the columns that add up, and only those")
    func totalsRowsCheckAdditiveColumns() throws {
        let csv = "unit,Part-time staff,rate,part des visites,average wait\nA,10,5.5,40.0%,12\nB,20,7.5,60.0%,14\nTotal,31,6.5,100.0%,13\n"
        func errors(_ options: String = "") throws -> [String] {
            try TestSupport.specDiagnostics("""
                document: {title: T, date: 2024-03-31}
                data:
                  d: {file: d.csv, totals-row: Total\(options)}
                content: []
                """, files: ["d.csv": csv]).filter { $0.severity == .error }.map(\.message)
        }
        // `Part-time staff` adds up (and is off by one); the rate, the share and the average do not add up.
        #expect(try errors() == ["column `Part-time staff`: the rows add up to 30 but the totals row says 31"])
        #expect(try errors(", columns: {Part-time staff: {check: false}}").isEmpty)
        #expect(try errors(", columns: {Part-time staff: {check: false}, rate: {check: true}}")
                == ["column `rate`: the rows add up to 13.0 but the totals row says 6.5"])
    }

    @Test func theSourcesOwnMissingMarks() throws {
        #expect(NumberReader.read("n.d.", missing: ["n.d.", ".."]) == .missing)
        #expect(NumberReader.read("..", missing: ["n.d.", ".."]) == .missing)
        #expect(NumberReader.read("n.d.") == .notANumber)
    }

    @Test func figuresAreHeldExactlyAtAnySize() throws {
        let f = NumberFormat.auto
        #expect(f.format(try Self.read("40523.333333333336")) == "40,523.333333333336")
        #expect(f.format(try Self.read("123456789012345678901234")) == "123,456,789,012,345,678,901,234")
        #expect(f.format(try Self.read("$9,007,199,254,740,993")) == "$9,007,199,254,740,993")
        #expect(NumberFormat(decimals: 2).format(try Self.read("2.675")) == "2.68")
        #expect(NumberFormat(decimals: 0).format(try Self.read("-0.4")) == "0")
        let sum = try Self.read("0.1").exact + (try Self.read("0.2").exact)
        #expect(sum == (try Self.read("0.3").exact))
    }

    /// Any number written in a supported locale reads back to the same value and prints back the same.
    @Test("round trip", arguments: ["en-CA", "fr-CA", "en-GB", "de-DE", "fr-FR", "de-CH", "es-ES", "it-IT", "pt-BR", "nl-NL"])
    func roundTrip(tag: String) throws {
        let symbols = try Self.symbols(tag)
        let format = NumberFormat(symbols: symbols)
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 { seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407; return seed >> 11 }
        for _ in 0..<400 {
            let digits = Int(next() % 24) + 1
            let text = String((0..<digits).map { i in Character(String(i == 0 ? next() % 9 + 1 : next() % 10)) })
            let scale = Int(next() % 5)
            let exact = ExactDecimal(significand: (next() % 2 == 0 ? 1 : -1) * BigIntParse.parse(text), scale: scale)
            let unit = [Quantity.Unit.plain, .currency, .percent][Int(next() % 3)]
            let printed = format.format(Quantity(exact: exact, unit: unit))
            guard case .number(let back, _) = NumberReader.read(printed, symbols: symbols) else {
                Issue.record("\(tag): `\(printed)` does not read back"); continue
            }
            #expect(back.exact == exact && back.unit == unit && back.decimals == scale, "\(tag): `\(printed)`")
            #expect(format.format(back) == printed)
        }
    }
}

/// Small helper so the test builds significands without importing BigInt's parser directly.
enum BigIntParse {
    static func parse(_ digits: String) -> ExactDecimal.Significand {
        ExactDecimal(negative: false, integerDigits: Substring(digits), fractionDigits: "")?.significand ?? 0
    }
}
