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
    /// Whether `markers` was decided by the spec; otherwise they are drawn only while points are far
    /// enough apart to read as points (a dense series would become a chain of beads).
    public var markersDeclared: Bool = false
    /// A horizontal (or vertical) reference line.
    public var reference: ReferenceLine?
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

    public init(id: String, kind: Kind, orientation: Orientation = .vertical, grouping: Grouping = .grouped,
                scale: Scale = .linear, title: String, subtitle: String? = nil, source: String? = nil,
                categoryTitle: String? = nil, valueTitle: String? = nil, categories: [String], series: [ChartSeries],
                smallMultiples: Bool = false, format: NumberFormat = NumberFormat(style: .compact), valueLabels: Bool = false,
                markers: Bool = true, reference: ReferenceLine? = nil, altText: String? = nil, height: Points = 230) {
        self.id = id; self.kind = kind; self.orientation = orientation; self.grouping = grouping; self.scale = scale
        self.title = title; self.subtitle = subtitle; self.source = source; self.categoryTitle = categoryTitle
        self.valueTitle = valueTitle; self.categories = categories; self.series = series
        self.smallMultiples = smallMultiples; self.format = format; self.valueLabels = valueLabels
        self.markers = markers; self.reference = reference; self.height = height
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

/// A reference line across the plot.
public struct ReferenceLine: Sendable {
    public var value: Double
    public var label: String?
    public init(value: Double, label: String? = nil) { self.value = value; self.label = label }
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
        return "\(prefix)\(words.of)\(sentenceCase(chart.title))\(words.colon)\(body)"
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
    var smallMultiples: (String) -> String

    static func forLocale(_ tag: String) -> AltTextWords {
        if tag.lowercased().hasPrefix("fr") {
            return AltTextWords(bars: "Diagramme à barres", horizontalBars: "Diagramme à barres horizontales", line: "Graphique linéaire",
                                noValue: "aucune valeur", of: "\u{00A0}: ", colon: "\u{00A0}: ",
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
