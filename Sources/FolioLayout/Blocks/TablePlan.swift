import FolioModel

/// How a table is set across the text block: whole, or its columns split into parts that each repeat the
/// label columns. Every column is printed either way: a table never loses one.
///
/// The steps, each tried only when the one before does not fit: the theme's setting (what every table that
/// fits gets, unchanged); narrower padding with headers wrapped at word boundaries; smaller type, half a
/// point at a time down to `theme.table.minimumFontSize`; then parts. Parts are set at the theme's size
/// (tight), since once a table is split anyway, smaller type would buy fewer parts at the cost of
/// legibility; at the minimum size only when even one figure column per part would not fit otherwise.
/// (A landscape page is not among the steps: pages have one size throughout a document here.)
struct TablePlan {
    /// One part per entry: the table's column indices it shows (labels first, in table order) and their metrics.
    var parts: [(columns: [Int], metrics: TableMetrics)]
    /// Set when even the tightest, smallest part is wider than the text block: what is too wide.
    var problem: String?
    /// The body cells as measured, when the table is set whole in the standard setting (see `ColumnNeeds.measured`).
    var measured: [[ShapedText?]]? = nil
}

extension LayoutContext {
    /// How `table` is set, its body formatted here (see `PrintedCells`).
    func tablePlan(_ table: Table) -> TablePlan { tablePlan(table, cells: PrintedCells(table, context: self)) }

    func tablePlan(_ table: Table, cells: PrintedCells) -> TablePlan {
        let available = contentWidth
        let all = Array(table.columns.indices)
        let standard = TableSetting.standard(theme)
        let natural = ColumnNeeds(table, cells: cells, setting: standard, context: self, tight: false)
        let widths = TableWidths.standard(natural: padded(natural.natural, standard), columns: table.columns, available: available)
        if widths.reduce(0, +) <= available + 0.001 {
            return TablePlan(parts: [(all, TableMetrics(columns: table.columns, widths: widths, setting: standard, context: self))],
                             measured: natural.measured)
        }
        let tight = standard.compacted(theme)
        let base = ColumnNeeds(table, cells: cells, setting: tight, context: self, tight: true)
        if let whole = compactPart(table, all, base, tight) { return TablePlan(parts: [(all, whole)]) }
        let minimum = theme.table.minimumFontSize
        var smallest: (setting: TableSetting, needs: ColumnNeeds)? = nil
        for size in TableSetting.smallerSizes(from: standard.cell.size, minimum: minimum) {
            let setting = tight.scaled(cellSize: size, from: standard)
            // Text widths grow with the type size: a size whose estimate is far too wide is not measured.
            guard size == minimum || estimate(base, tight, scale: size / standard.cell.size) <= available * 1.02 else { continue }
            let needs = ColumnNeeds(table, cells: cells, setting: setting, context: self, tight: true)
            if let whole = compactPart(table, all, needs, setting) { return TablePlan(parts: [(all, whole)]) }
            smallest = (setting, needs)
        }
        if let parts = split(table, base, tight) { return TablePlan(parts: parts) }
        let small = smallest ?? (tight, base)
        if let parts = split(table, small.needs, small.setting) { return TablePlan(parts: parts) }
        return tooWide(table, small.needs, small.setting)
    }

    private func padded(_ widths: [Points], _ setting: TableSetting) -> [Points] {
        // 1 pt of slack so a measured width never wraps on rounding.
        widths.map { $0 + 2 * setting.paddingX + 1 }
    }

    /// The tight width of the whole table were its text `scale` times as wide (padding stays).
    private func estimate(_ needs: ColumnNeeds, _ setting: TableSetting, scale: Double) -> Points {
        needs.tightest.reduce(0) { $0 + $1 * scale + 2 * setting.paddingX + 1 }
    }

    /// Metrics for `columns` of `table` set tight, or nil when they do not fit the text block.
    private func compactPart(_ table: Table, _ columns: [Int], _ needs: ColumnNeeds, _ setting: TableSetting) -> TableMetrics? {
        let cols = columns.map { table.columns[$0] }
        guard let widths = TableWidths.compact(natural: padded(columns.map { needs.natural[$0] }, setting),
                                               tightest: padded(columns.map { needs.tightest[$0] }, setting),
                                               columns: cols, available: contentWidth) else { return nil }
        return TableMetrics(columns: cols, widths: widths, setting: setting, context: self)
    }

    /// The figure columns shared out into as few parts as fit, as evenly as they allow, each part led by
    /// every label column; nil when the labels and a single figure column are already too wide.
    private func split(_ table: Table, _ needs: ColumnNeeds, _ setting: TableSetting) -> [(columns: [Int], metrics: TableMetrics)]? {
        let labels = table.columns.indices.filter { table.columns[$0].isText }
        let figures = table.columns.indices.filter { !table.columns[$0].isText }
        guard !figures.isEmpty else { return nil }
        let tight = padded(needs.tightest, setting), natural = padded(needs.natural, setting)
        let wrapped = contentWidth - labels.reduce(0) { $0 + max(tight[$1], min(natural[$1], TableWidths.labelFloor)) }
        let whole = contentWidth - labels.reduce(0) { $0 + natural[$1] }
        guard let count = Self.partCount(figures, tight, room: wrapped) else { return nil }
        // Labels kept on one line when that costs no extra part.
        let room = Self.partCount(figures, tight, room: whole) == count ? whole : wrapped
        // Greedy packing gives the fewest parts; then the same number of parts with the columns spread evenly.
        for attempt in [Self.even(figures, parts: count), Self.greedy(figures, tight, room: room)] {
            let parts = attempt.compactMap { chunk in compactPart(table, labels + chunk, needs, setting).map { (labels + chunk, $0) } }
            if parts.count == attempt.count { return parts }
        }
        return nil
    }

    /// How many parts greedy packing needs; nil when one column alone is wider than `room`.
    static func partCount(_ columns: [Int], _ widths: [Points], room: Points) -> Int? {
        var count = 0, used: Points = room + 1
        for c in columns {
            guard widths[c] <= room + 0.001 else { return nil }
            if used + widths[c] > room + 0.001 { count += 1; used = 0 }
            used += widths[c]
        }
        return count
    }

    static func even(_ columns: [Int], parts: Int) -> [[Int]] {
        let n = max(1, parts)
        return (0..<n).map { p in Array(columns[(p * columns.count / n)..<((p + 1) * columns.count / n)]) }
    }

    static func greedy(_ columns: [Int], _ widths: [Points], room: Points) -> [[Int]] {
        var parts: [[Int]] = [[]]
        var used: Points = 0
        for c in columns {
            if used + widths[c] > room + 0.001 && !(parts.last ?? []).isEmpty { parts.append([]); used = 0 }
            parts[parts.count - 1].append(c)
            used += widths[c]
        }
        return parts
    }

    /// One figure column per part, at the smallest setting (drawn past the margin, but whole), and why.
    private func tooWide(_ table: Table, _ needs: ColumnNeeds, _ setting: TableSetting) -> TablePlan {
        let labels = table.columns.indices.filter { table.columns[$0].isText }
        let figures = table.columns.indices.filter { !table.columns[$0].isText }
        let tight = padded(needs.tightest, setting), natural = padded(needs.natural, setting)
        let chunks = figures.isEmpty ? [[Int]()] : figures.map { [$0] }
        let parts = chunks.map { chunk -> (columns: [Int], metrics: TableMetrics) in
            let columns = labels + chunk
            let widths = columns.map { c in table.columns[c].isText ? max(tight[c], min(natural[c], TableWidths.labelFloor)) : tight[c] }
            return (columns, TableMetrics(columns: columns.map { table.columns[$0] }, widths: widths, setting: setting, context: self))
        }
        let widest = parts.map(\.metrics).max { $0.totalWidth < $1.totalWidth }
        let names = widest.map { m in m.columns.map { "`\($0.header)`" }.joined(separator: " + ") } ?? ""
        let width = Int((widest?.totalWidth ?? 0).rounded(.up))
        let problem = "this table cannot fit the text block (\(Int(contentWidth)) pt wide): \(names) alone need \(width) pt "
            + "at the smallest table type (\(Self.points(setting.cell.size)) pt) and tightest padding"
        return TablePlan(parts: parts, problem: problem)
    }

    static func points(_ value: Points) -> String {
        value == value.rounded() ? String(Int(value)) : String((value * 10).rounded() / 10)
    }
}
