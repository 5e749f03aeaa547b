import FolioModel
import FolioSpec
import Testing

@Suite("Reading numbers as reports write them")
struct NumberReaderTests {
    @Test("grouped, money, percent, negative and decimal values", arguments: [
        ("1,149", 1149.0, Quantity.Unit.plain, 0),
        ("$906,814", 906_814, .currency, 0),
        ("$334,093,020", 334_093_020, .currency, 0),
        ("12.5%", 12.5, .percent, 1),
        ("-5", -5, .plain, 0),
        ("(5)", -5, .plain, 0),
        ("1,234.5", 1234.5, .plain, 1),
        ("13,260,819", 13_260_819, .plain, 0),
    ])
    func reads(text: String, value: Double, unit: Quantity.Unit, decimals: Int) {
        guard case .number(let q, let warning) = NumberReader.read(text) else {
            Issue.record("\(text) was not read as a number"); return
        }
        #expect(q.value == value)
        #expect(q.unit == unit)
        #expect(q.decimals == decimals)
        #expect(warning == nil)
    }

    @Test("no-value marks are missing, never zero", arguments: ["–", "—", "-", "", "  "])
    func missing(text: String) {
        #expect(NumberReader.read(text) == .missing)
    }

    @Test("a misplaced thousands separator is read with a warning")
    func malformedGrouping() {
        guard case .number(let q, let warning) = NumberReader.read("$2,741025") else {
            Issue.record("not read"); return
        }
        #expect(q.value == 2_741_025)
        #expect(q.unit == .currency)
        #expect(warning?.contains("$2,741,025") == true)
    }

    @Test("text is not a number", arguments: ["abc", "12a", "1..2", "$", "1,,000", "1.2.3"])
    func notNumbers(text: String) {
        #expect(NumberReader.read(text) == .notANumber)
    }
}

@Suite("Formatting numbers")
struct NumberFormatTests {
    @Test func autoKeepsTheSourceNotation() {
        let f = NumberFormat.auto
        #expect(f.format(.number(Quantity(2_741_025, unit: .currency))) == "$2,741,025")
        #expect(f.format(.number(Quantity(1149))) == "1,149")
        #expect(f.format(.number(Quantity(26))) == "26")
        #expect(f.format(.missing) == "–")
        #expect(f.format(.number(Quantity(12.5, unit: .percent, decimals: 1))) == "12.5%")
    }

    @Test func compact() {
        let f = NumberFormat(style: .compact)
        #expect(f.format(Quantity(262_400)) == "262K")
        #expect(f.format(Quantity(13_260_819)) == "13.3M")
        #expect(f.format(Quantity(334_093_020, unit: .currency)) == "$334.1M")
        #expect(f.format(Quantity(950)) == "950")
    }

    @Test func plainAndCurrency() {
        #expect(NumberFormat(style: .plain).format(Quantity(1_374_310)) == "1,374,310")
        #expect(NumberFormat(style: .currency).format(Quantity(906_814)) == "$906,814")
        #expect(NumberFormat(style: .plain, decimals: 2).format(Quantity(3.14159)) == "3.14")
    }
}
