/// How a spec says its categories write dates when they are not ISO (`2024-06`, `2024-06-01`, `2024-Q1`):
/// a pattern of `YYYY` (year), `MM`/`M` (month number), `MMM` (`Jan`…`Dec`), `MMMM` (`January`…),
/// `DD`/`D` (day) and `Q` (quarter: `Q1` or `1`), with any other characters matched as written:
/// `MMM YYYY` reads `Jan 2020`, `DD/MM/YYYY` reads `01/06/2015`, `Q YYYY` reads `Q1 2020`.
public struct TimePattern: Hashable, Sendable {
    /// What one category reads as.
    public struct Reading: Equatable, Sendable {
        public var year: Int
        public var month: Int?
        public var day: Int?
        public var quarter: Int?
        public init(year: Int, month: Int? = nil, day: Int? = nil, quarter: Int? = nil) {
            self.year = year; self.month = month; self.day = day; self.quarter = quarter
        }
    }

    private enum Token: Hashable { case year, month, monthName, monthFullName, day, quarter, literal(Character) }
    private let tokens: [Token]
    public let pattern: String

    /// Nil when `pattern` has no year, or a day without a month.
    public init?(_ pattern: String) {
        var tokens: [Token] = []
        var rest = Substring(pattern)
        while let c = rest.first {
            if rest.hasPrefix("YYYY") { tokens.append(.year); rest = rest.dropFirst(4) }
            else if rest.hasPrefix("MMMM") { tokens.append(.monthFullName); rest = rest.dropFirst(4) }
            else if rest.hasPrefix("MMM") { tokens.append(.monthName); rest = rest.dropFirst(3) }
            else if rest.hasPrefix("MM") { tokens.append(.month); rest = rest.dropFirst(2) }
            else if c == "M" { tokens.append(.month); rest = rest.dropFirst() }
            else if rest.hasPrefix("DD") { tokens.append(.day); rest = rest.dropFirst(2) }
            else if c == "D" { tokens.append(.day); rest = rest.dropFirst() }
            else if c == "Q" { tokens.append(.quarter); rest = rest.dropFirst() }
            else { tokens.append(.literal(c)); rest = rest.dropFirst() }
        }
        let months: Set<Token> = [.month, .monthName, .monthFullName]
        guard tokens.contains(.year), !tokens.contains(.day) || tokens.contains(where: months.contains),
              !(tokens.contains(.quarter) && tokens.contains(where: months.contains)) else { return nil }
        self.tokens = tokens
        self.pattern = pattern
    }

    static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let fullNames = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                            "october", "november", "december"]

    /// The date `text` writes, or nil when it does not follow the pattern or names no real date.
    public func read(_ text: String) -> Reading? {
        var rest = Substring(text)
        var r = Reading(year: 0)
        var sawYear = false
        func number(maxDigits: Int) -> Int? {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }.prefix(maxDigits)
            guard !digits.isEmpty, let v = Int(digits) else { return nil }
            rest = rest.dropFirst(digits.count)
            return v
        }
        for token in tokens {
            switch token {
            case .year:
                guard rest.prefix(4).count == 4, let y = number(maxDigits: 4), y >= 1000 else { return nil }
                r.year = y; sawYear = true
            case .month: guard let m = number(maxDigits: 2), (1...12).contains(m) else { return nil }; r.month = m
            case .day: guard let d = number(maxDigits: 2), d >= 1 else { return nil }; r.day = d
            case .quarter:
                if rest.first == "Q" || rest.first == "q" { rest = rest.dropFirst() }
                guard let q = number(maxDigits: 1), (1...4).contains(q) else { return nil }
                r.quarter = q
            case .monthName, .monthFullName:
                let names = token == .monthName ? Self.monthNames : Self.fullNames
                let word = rest.prefix { $0.isLetter }.lowercased()
                guard let m = names.firstIndex(of: word) else { return nil }
                rest = rest.dropFirst(word.count); r.month = m + 1
            case .literal(let c):
                guard rest.first == c else { return nil }
                rest = rest.dropFirst()
            }
        }
        guard rest.isEmpty, sawYear else { return nil }
        if let d = r.day, let m = r.month {
            let leap = (r.year % 4 == 0 && r.year % 100 != 0) || r.year % 400 == 0
            let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            guard d <= lengths[m - 1] else { return nil }
        }
        return r
    }
}
