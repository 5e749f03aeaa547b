import Foundation
import FolioModel

/// Categories that are periods of time, recognised from how they are written: months (`2024-06`), days
/// (`2024-06-01`, the date checked) and quarters (`2024-Q1`, `2024 Q1`, `Q1 2024`). Fiscal years
/// (`2023-24`) and years are ordinary categories: they are labelled by 1, 2, 5 or 10 of them anyway.
enum TimePeriods {
    case months([(year: Int, month: Int)])
    case days([(year: Int, month: Int, day: Int)])
    case quarters([(year: Int, quarter: Int)])

    /// The periods of a chart's categories: read with its declared pattern, else recognised; none where the
    /// spec says the axis is of categories.
    static func of(_ chart: Chart) -> TimePeriods? {
        guard chart.recognisesTime else { return nil }
        guard let pattern = chart.timePattern else { return recognise(chart.categories) }
        let readings = chart.categories.compactMap(pattern.read)
        guard readings.count == chart.categories.count, let first = readings.first else { return nil }
        if first.day != nil { return .days(readings.map { ($0.year, $0.month ?? 1, $0.day ?? 1) }) }
        if first.month != nil { return .months(readings.map { ($0.year, $0.month ?? 1) }) }
        if first.quarter != nil { return .quarters(readings.map { ($0.year, $0.quarter ?? 1) }) }
        return nil
    }

    static func recognise(_ categories: [String]) -> TimePeriods? {
        guard !categories.isEmpty else { return nil }
        if let m = all(categories, month) { return .months(m) }
        if let d = all(categories, day) { return .days(d) }
        if let q = all(categories, quarter) { return .quarters(q) }
        return nil
    }

    private static func all<T>(_ categories: [String], _ read: (String) -> T?) -> [T]? {
        var out: [T] = []
        out.reserveCapacity(categories.count)
        for c in categories { guard let v = read(c) else { return nil }; out.append(v) }
        return out
    }

    private static func digits(_ s: Substring) -> Int? { s.allSatisfy(\.isASCII) && s.allSatisfy(\.isNumber) ? Int(s) : nil }

    static func month(_ s: String) -> (year: Int, month: Int)? {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let y = digits(parts[0]), let m = digits(parts[1]), (1...12).contains(m) else { return nil }
        return (y, m)
    }

    static func day(_ s: String) -> (year: Int, month: Int, day: Int)? {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = digits(parts[0]), let m = digits(parts[1]), let d = digits(parts[2]), (1...12).contains(m) else { return nil }
        let lengths = [31, (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return (1...lengths[m - 1]).contains(d) ? (y, m, d) : nil
    }

    static func quarter(_ s: String) -> (year: Int, quarter: Int)? {
        let parts = s.split(whereSeparator: { $0 == "-" || $0 == " " })
        guard parts.count == 2 else { return nil }
        func q(_ p: Substring) -> Int? { p.count == 2 && (p.first == "Q" || p.first == "q") ? digits(p.dropFirst()).flatMap { (1...4).contains($0) ? $0 : nil } : nil }
        if parts[0].count == 4, let y = digits(parts[0]), let n = q(parts[1]) { return (y, n) }
        if parts[1].count == 4, let y = digits(parts[1]), let n = q(parts[0]) { return (y, n) }
        return nil
    }
}

/// Which categories an axis labels, how each label reads, and where years begin.
struct AxisLabels {
    /// Whether each category is labelled.
    var labelled: [Bool]
    /// Each category's label as printed (a monthly axis labelled by years prints `2006`).
    var texts: [String]
    /// About how many bands lie between labels (1: every category is labelled, wrapped or turned as needed).
    var every: Int
    /// Categories that start a new year, on an axis of periods shorter than a year (marked on the axis).
    var yearStarts: [Int] = []

    static func all(_ categories: [String]) -> AxisLabels {
        AxisLabels(labelled: categories.map { _ in true }, texts: categories, every: 1)
    }

    /// Every `every`th category from `first`.
    static func uniform(_ texts: [String], every: Int, first: Int = 0) -> AxisLabels {
        AxisLabels(labelled: texts.indices.map { $0 >= first && ($0 - first) % every == 0 }, texts: texts, every: every)
    }
}

extension ChartLayouter {
    /// Up to this many categories, every label is printed (wrapped, or turned if a word cannot fit).
    static let fewCategories = 12

    /// The labels of a category axis whose bands are `band` wide: every one while the categories are few
    /// (they wrap or turn instead); else as many as leave each label the room it needs beside the next —
    /// on a time axis at whole periods (months by 1, 2, 3 or 6, then years; days by 1, 2, 7 or 14, then
    /// months, then years; quarters by 1 or 2, then years), a label standing for a year reading as the year
    /// alone; other categories by 1, 2, 5, 10…. `label-every` in the spec fixes the step. Labels are never
    /// turned for this unless asked.
    func axisLabels(_ chart: Chart, band: Points, style: TextStyle) -> AxisLabels {
        let categories = chart.categories
        let periods = TimePeriods.of(chart)
        var plan: AxisLabels
        if let fixed = chart.labelEvery {
            plan = .uniform(categories, every: max(1, fixed), first: firstOfPeriod(periods, every: max(1, fixed)))
        } else if categories.count <= Self.fewCategories || chart.rotateLabels {
            plan = .all(categories)
        } else {
            plan = dense(categories, periods, band: band, style: style)
        }
        plan.yearStarts = yearStarts(periods)
        return plan
    }

    private func dense(_ categories: [String], _ periods: TimePeriods?, band: Points, style: TextStyle) -> AxisLabels {
        func step(_ labels: [String], per bands: Double = 1) -> Int {
            // The widest label is among the longest few: 1,000 dates need not all be shaped to know it.
            let longest = Set(labels).sorted { ($0.unicodeScalars.count, $0) > ($1.unicodeScalars.count, $1) }.prefix(8)
            let widest = longest.map { context.shape($0, style: style, width: nil).width }.max() ?? 0
            return Int(((widest + style.size * 1.2) / max(band * bands, 0.01)).rounded(.up))
        }
        func first(_ steps: [Int], atLeast n: Int) -> Int? { steps.first { $0 >= n } }
        switch periods {
        case .months(let months):
            if let k = first([1, 2, 3, 6], atLeast: step(categories)) {
                return .uniform(categories, every: k, first: firstOfPeriod(periods, every: k))
            }
            let years = months.map { String($0.year) }
            let k = first([1, 2, 5, 10, 20, 50], atLeast: step(years, per: 12)) ?? 100
            let firstYear = months.first?.year ?? 0
            return AxisLabels(labelled: months.map { $0.month == 1 && ($0.year - firstYear) % k == 0 }, texts: years, every: 12 * k)
        case .days(let days):
            if let k = first([1, 2, 7, 14], atLeast: step(categories)) { return .uniform(categories, every: k) }
            // By months, a label is the month (`2024-06`) for ISO dates, the date as written otherwise.
            let iso = TimePeriods.recognise(categories) != nil
            let months = iso ? categories.map { String($0.prefix(7)) } : categories
            if let k = first([1, 2, 3, 6], atLeast: step(months, per: 30.4)) {
                return AxisLabels(labelled: days.map { $0.day == 1 && ($0.month - 1) % k == 0 }, texts: months, every: Int(30.4 * Double(k)))
            }
            let years = days.map { String($0.year) }
            let k = first([1, 2, 5, 10], atLeast: step(years, per: 365)) ?? 20
            let firstYear = days.first?.year ?? 0
            return AxisLabels(labelled: days.map { $0.month == 1 && $0.day == 1 && ($0.year - firstYear) % k == 0 }, texts: years, every: 365 * k)
        case .quarters(let quarters):
            if let k = first([1, 2], atLeast: step(categories)) { return .uniform(categories, every: k, first: firstOfPeriod(periods, every: k)) }
            let years = quarters.map { String($0.year) }
            let k = first([1, 2, 5, 10, 20], atLeast: step(years, per: 4)) ?? 50
            let firstYear = quarters.first?.year ?? 0
            return AxisLabels(labelled: quarters.map { $0.quarter == 1 && ($0.year - firstYear) % k == 0 }, texts: years, every: 4 * k)
        case nil:
            let full = step(categories)
            return .uniform(categories, every: first([1, 2, 3, 4, 5, 10, 15, 20, 25, 50, 100, 200, 250, 500, 1000], atLeast: full) ?? full)
        }
    }

    /// The first category on a period boundary for a step of `every`: a monthly axis by quarters starts at
    /// the first quarter's month, by halves or years at a January.
    private func firstOfPeriod(_ periods: TimePeriods?, every: Int) -> Int {
        switch periods {
        case .months(let months) where every > 1 && (12 % every == 0 || every % 12 == 0):
            let period = min(every, 12)
            return months.firstIndex { ($0.month - 1) % period == 0 } ?? 0
        case .quarters(let quarters) where every == 2 || every % 4 == 0:
            return quarters.firstIndex { every == 2 ? $0.quarter % 2 == 1 : $0.quarter == 1 } ?? 0
        default: return 0
        }
    }

    /// Where years begin on an axis of months, days or quarters (not at the first category).
    private func yearStarts(_ periods: TimePeriods?) -> [Int] {
        switch periods {
        case .months(let m): return m.indices.filter { $0 > 0 && m[$0].month == 1 }
        case .days(let d): return d.indices.filter { $0 > 0 && d[$0].month == 1 && d[$0].day == 1 }
        case .quarters(let q): return q.indices.filter { $0 > 0 && q[$0].quarter == 1 }
        case nil: return []
        }
    }
}
