/// A chart with its data resolved. The same value is drawn inside the report (vector, tagged as a figure)
/// and as a standalone PNG or SVG for a news release, by the same layout code.
public struct Chart: Sendable {
    /// The mark type.
    public enum Kind: String, Sendable, CaseIterable { case bar, line }
    /// Which way bars grow.
    public enum Orientation: String, Sendable, CaseIterable { case vertical, horizontal }
    /// How several series share a category.
    public enum Grouping: String, Sendable, CaseIterable { case grouped, stacked }
    /// How values map to length.
    public enum Scale: String, Sendable, CaseIterable { case linear, log }
    /// Where the series of a chart are named: in a legend above the plot, or at the ends of their lines
    /// (direct labels, which the design brief prefers when series are few); `auto` names a line chart's
    /// 2 to 6 series at their ends and any other chart's in a legend.
    public enum SeriesLabels: String, Sendable, CaseIterable { case auto, legend, end }

    /// Stable name: the file name of its release image.
    public var id: String
    public var kind: Kind
    public var orientation: Orientation
    public var grouping: Grouping
    public var scale: Scale
    /// What the chart shows, as a sentence ("Children rescued by quarter, 2023-24").
    public var title: String
    public var subtitle: String?
    /// Source line, printed under the chart.
    public var source: String?
    /// Category axis title (only where the categories are not obvious).
    public var categoryTitle: String?
    /// Value axis title (only where the unit is not obvious).
    public var valueTitle: String?
    /// Category labels, in order.
    public var categories: [String]
    /// The series; each has one value (or nil for no value) per category.
    public var series: [ChartSeries]
    /// One small panel per series, each with its own value scale, sharing the categories.
    public var smallMultiples: Bool
    /// Format of tick and value labels.
    public var format: NumberFormat
    /// Print each value next to its bar or point.
    public var valueLabels: Bool
    /// Draw markers on line points.
    public var markers: Bool
    /// Where the series are named (legend or line ends).
    public var seriesLabels: SeriesLabels = .auto
    /// Whether `markers` was decided by the spec; otherwise they are drawn only while points are far
    /// enough apart to read as points (a dense series would become a chain of beads).
    public var markersDeclared: Bool = false
    /// Reference lines and bands across the value axis, in the spec's order.
    public var references: [ReferenceLine] = []
    /// The first reference (the one a chart of one reference line has).
    public var reference: ReferenceLine? {
        get { references.first }
        set { references = newValue.map { [$0] } ?? [] }
    }
    /// Notes on categories or runs of categories ("Pandemic lockdowns" at 2020-04).
    public var annotations: [ChartAnnotation] = []
    /// How the categories write dates when they are periods not written the ISO way (`MMM YYYY`); with it
    /// the axis is a time axis.
    public var timePattern: TimePattern? = nil
    /// `false` when the spec says the categories are not periods even if they look like them (`axis: category`).
    public var recognisesTime = true
    /// The value axis' declared ends (the axis still rounds outward to a tick); nil fits the data.
    public var valueMin: Double? = nil
    public var valueMax: Double? = nil
    /// Whether the value axis includes zero: always for bars (a bar's length is its value); for lines only
    /// when declared (`zero: true`), since a line's shape, not its distance from zero, carries the data.
    public var includesZero: Bool? = nil
    /// Text alternative; generated from the data when the spec gives none.
    public var altText: String
    /// Height in points when placed in a report (its width is the text block's).
    public var height: Points
    /// Category labels at 45° instead of wrapped (long names on narrow bands).
    public var rotateLabels: Bool = false
    /// Print every Nth category label (nil: decided by the labels' width on axes of many categories).
    public var labelEvery: Int? = nil
    /// Format of value labels when the spec picks one; otherwise they print as the source does when
    /// they fit, else in `format` (the axis format).
    public var valueFormat: NumberFormat? = nil
    /// In a report, the chart's data printed after it as a table (`data-table: true`): the figures in a real
    /// tagged table, which a screen reader can walk cell by cell, where the figure has only its /Alt.
    public var dataTable: Bool = false
    /// In a report, moved to the top of the next page when it does not fit, the text after it going on
    /// meanwhile (`float: true` on the chart's block).
    public var floats: Bool = false

    public init(id: String, kind: Kind, orientation: Orientation = .vertical, grouping: Grouping = .grouped,
                scale: Scale = .linear, title: String, subtitle: String? = nil, source: String? = nil,
                categoryTitle: String? = nil, valueTitle: String? = nil, categories: [String], series: [ChartSeries],
                smallMultiples: Bool = false, format: NumberFormat = NumberFormat(style: .compact), valueLabels: Bool = false,
                markers: Bool = true, reference: ReferenceLine? = nil, altText: String? = nil, height: Points = 230) {
        self.id = id; self.kind = kind; self.orientation = orientation; self.grouping = grouping; self.scale = scale
        self.title = title; self.subtitle = subtitle; self.source = source; self.categoryTitle = categoryTitle
        self.valueTitle = valueTitle; self.categories = categories; self.series = series
        self.smallMultiples = smallMultiples; self.format = format; self.valueLabels = valueLabels
        self.markers = markers; self.references = reference.map { [$0] } ?? []; self.height = height
        self.altText = altText ?? ""
        if self.altText.isEmpty { self.altText = ChartAltText.describe(self) }
    }
}

/// One named series of a chart.
public struct ChartSeries: Sendable {
    public var name: String
    /// One value per category; nil is "no value" (a gap, never a zero).
    public var values: [Double?]
    /// The same figures as the source wrote them (digits, decimals): what value labels and alt text print.
    public var figures: [Quantity?]
    /// How the values were written (money keeps its `$`).
    public var unit: Quantity.Unit
    /// A series of source figures.
    public init(name: String, figures: [Quantity?], unit: Quantity.Unit = .plain) {
        self.name = name; self.figures = figures; self.values = figures.map { $0?.value }; self.unit = unit
    }
    /// A series of computed values, printed as whole numbers unless a format says otherwise.
    public init(name: String, values: [Double?], unit: Quantity.Unit = .plain) {
        self.init(name: name, figures: values.map { $0.map { Quantity($0, unit: unit) } }, unit: unit)
    }
}

/// A reference line across the plot at `value`, or a band from `value` to `to` (a target range, a
/// normal range), with an optional label.
public struct ReferenceLine: Sendable, Equatable {
    public var value: Double
    /// The band's other edge; nil for a line.
    public var to: Double?
    public var label: String?
    public init(value: Double, to: Double? = nil, label: String? = nil) { self.value = value; self.to = to; self.label = label }
}

/// A note on the category axis: at one category (a dashed line there), or over a run of them (a tinted band).
public struct ChartAnnotation: Sendable, Equatable {
    /// Index of the first category the note is on.
    public var from: Int
    /// Index of the last, for a run; nil for one category.
    public var through: Int?
    public var text: String
    public init(from: Int, through: Int? = nil, text: String) { self.from = from; self.through = through; self.text = text }
}

/// Writes a chart's text alternative from its data, e.g.
/// "Bar chart of children rescued by quarter, 2023-24: Q1 26, Q2 78, Q3 56, Q4 43".
public enum ChartAltText {
    public static func describe(_ chart: Chart) -> String {
        let words = AltTextWords.forLocale(chart.format.symbols.identifier)
        let kind: String
        switch chart.kind {
        case .bar: kind = chart.orientation == .horizontal ? words.horizontalBars : words.bars
        case .line: kind = words.line
        }
        let prefix = chart.smallMultiples ? words.smallMultiples(kind) : kind
        let format = NumberFormat(style: chart.format.style == .compact ? .auto : chart.format.style,
                                  decimals: chart.format.style == .compact ? nil : chart.format.decimals,
                                  currencySymbol: chart.format.currencySymbol, symbols: chart.format.symbols, missing: words.noValue)
        func values(_ s: ChartSeries) -> String {
            zip(chart.categories, s.figures).map { category, q in
                "\(category) " + (q.map { format.format($0) } ?? words.noValue)
            }.joined(separator: ", ")
        }
        let body: String
        if chart.series.count == 1, let only = chart.series.first {
            body = values(only)
        } else {
            body = chart.series.map { "\($0.name)\(words.colon)\(values($0))" }.joined(separator: "; ")
        }
        return "\(prefix)\(words.of)\(sentenceCase(chart.title))\(words.colon)\(body)" + notes(chart, format, words)
    }

    /// The chart's reference lines and annotations, in words: a screen reader hears them whether or not the
    /// chart found room to print their labels.
    static func notes(_ chart: Chart, _ format: NumberFormat, _ words: AltTextWords) -> String {
        let unit = chart.series.first?.unit ?? .plain
        // A reference's value as the spec writes it (`138.4`, not `138`).
        func written(_ v: Double) -> String {
            let text = String(v)
            let decimals = text.contains("e") ? 0 : (text.split(separator: ".").last.map { $0 == "0" ? 0 : $0.count } ?? 0)
            return format.format(Quantity(v, unit: unit, decimals: decimals))
        }
        var out = ""
        let references = chart.references.map { r -> String in
            let at = r.to.map { "\(written(r.value))\(words.to)\(written($0))" } ?? written(r.value)
            return r.label.map { "\($0) (\(at))" } ?? at
        }
        if !references.isEmpty { out += ". \(words.references)\(words.colon)" + references.joined(separator: "; ") }
        let notes = chart.annotations.map { a -> String in
            let name = { (i: Int) in chart.categories.indices.contains(i) ? chart.categories[i] : "" }
            let from = name(a.from)
            let span = a.through.map { "\(from)\(words.to)\(name($0))" } ?? from
            return "\(a.text) (\(span))"
        }
        if !notes.isEmpty { out += ". \(words.notes)\(words.colon)" + notes.joined(separator: "; ") }
        return out
    }

    /// Lower-cases the first letter to continue a sentence, unless the title starts with an acronym
    /// ("CISA intelligence…") or a proper name ("Human Trafficking", "Internet Child Exploitation").
    static func sentenceCase(_ s: String) -> String {
        guard let first = s.first, first.isUppercase else { return s }
        let words = s.split(separator: " ")
        if let word = words.first, word.count > 1, word.dropFirst().allSatisfy({ $0.isUppercase || !$0.isLetter }) { return s }
        if words.count > 1, let next = words[1].first, next.isUppercase, words[0].last != "," { return s }
        return first.lowercased() + s.dropFirst()
    }
}

/// The few words a generated alternative text needs, in the document's language (English otherwise).
struct AltTextWords {
    var bars, horizontalBars, line, noValue, of, colon: String
    var references = "Reference lines", notes = "Notes", to = " to "
    var smallMultiples: (String) -> String

    static func forLocale(_ tag: String) -> AltTextWords {
        if tag.lowercased().hasPrefix("fr") {
            return AltTextWords(bars: "Diagramme à barres", horizontalBars: "Diagramme à barres horizontales", line: "Graphique linéaire",
                                noValue: "aucune valeur", of: "\u{00A0}: ", colon: "\u{00A0}: ",
                                references: "Lignes de référence", notes: "Notes", to: " à ",
                                smallMultiples: { "Petits multiples (\($0.lowercased()))" })
        }
        return AltTextWords(bars: "Bar chart", horizontalBars: "Horizontal bar chart", line: "Line chart", noValue: "no value",
                            of: " of ", colon: ": ", smallMultiples: { "Small multiples of \($0.lowercased())s" })
    }
}

extension Chart {
    /// The chart's data as a table: a row per category, a column per series, the figures as the source
    /// wrote them (in the value labels' format when the spec chose one).
    public var asTable: Table {
        var columns = [TableColumn(header: categoryTitle ?? "", alignment: .left, isText: true)]
        for s in series { columns.append(TableColumn(header: s.name, alignment: .right, format: valueFormat ?? .auto)) }
        let rows: [[Cell]] = categories.indices.map { c in
            [.text(categories[c])] + series.map { s in
                c < s.figures.count ? (s.figures[c].map(Cell.number) ?? .missing) : .missing
            }
        }
        return Table(caption: title, source: source, columns: columns, rows: rows, keepTogether: nil)
    }
}
