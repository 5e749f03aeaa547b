import FolioModel

/// Column widths and positions of a table (or of one part of a table split by width), and its headers
/// shaped to those widths.
struct TableMetrics: Sendable {
    let columns: [TableColumn]
    let widths: [Points]
    let x: [Points]
    let headers: [ShapedText]
    let setting: TableSetting
    var totalWidth: Points { widths.reduce(0, +) }

    init(columns: [TableColumn], widths: [Points], setting: TableSetting, context: LayoutContext) {
        self.columns = columns
        self.widths = widths
        self.setting = setting
        var xs: [Points] = []
        var x: Points = 0
        for w in widths { xs.append(x); x += w }
        self.x = xs
        let pad = 2 * setting.paddingX
        headers = columns.enumerated().map { c, column in
            context.shape(RichText.marked(column.header, notes: column.headerNotes), style: setting.header, width: widths[c] - pad)
        }
    }
}

/// The measured content of a table's columns in one setting, without padding.
struct ColumnNeeds {
    /// The widest of the header on one line and every cell (body and totals).
    var natural: [Points]
    /// The narrowest a column may be: a figure column its widest cell and its header's widest word (figures
    /// never wrap; headers wrap at spaces); a text column its widest word, header included.
    var tightest: [Points]
    /// Each body cell as measured (column by column, row by row; nil for a cell with note marks), kept for the
    /// standard setting only: a table that fits is placed in that setting, and its rows reuse these instead of
    /// shaping every cell a second time (see `LayoutContext.bodyRow`).
    var measured: [[ShapedText?]] = []

    /// Measures every cell of `table` (its body as `cells` print it) in `setting`. With `tight`, also the
    /// words of cells too wide to stay whole in a tight column (`TableWidths.labelFloor`); without, `tightest`
    /// is `natural`, and a table that fits (the common case) measures each cell once.
    init(_ table: Table, cells printed: PrintedCells, setting: TableSetting, context: LayoutContext, tight: Bool) {
        let floor = tight ? TableWidths.labelFloor - 2 * setting.paddingX - 1 : .infinity
        let keepsCells = !tight
        natural = []
        tightest = []
        for (c, column) in table.columns.enumerated() {
            let headerWidth = context.shape(RichText.marked(column.header, notes: column.headerNotes), style: setting.header, width: nil).width
            var widest = headerWidth
            var tight = headerWidth > floor ? Self.widestWord(column.header, setting.header, context) : headerWidth
            let body = printed.columns[c], totals = table.totals
            let count = body.count + (totals == nil ? 0 : 1)
            let cells = context.inChunks(count) { k, context in
                let (text, style, notes) = k < body.count
                    ? (body[k], setting.cell, column.cellNotes[k] ?? [])
                    : (column.format.format(totals.flatMap { c < $0.count ? $0[c] : nil } ?? .missing), setting.total, [])
                return Self.measure(text, column: column, style: style, notes: notes, floor: floor, context: context)
            }
            var shapes: [ShapedText?] = []
            if keepsCells { shapes.reserveCapacity(body.count) }
            for (k, cell) in cells.enumerated() {
                if keepsCells && k < body.count { shapes.append(cell.keep ? cell.shaped : nil) }
                widest = max(widest, cell.shaped.width)
                tight = max(tight, cell.tight)
            }
            natural.append(widest)
            tightest.append(tight)
            if keepsCells { measured.append(shapes) }
        }
    }

    /// One cell shaped on one line, whether it is kept for placing (not with note marks), and the width it
    /// needs set tight: a text cell wider than `floor` only its widest word.
    private static func measure(_ text: String, column: TableColumn, style: TextStyle, notes: [Footnote], floor: Points,
                                context: LayoutContext) -> (shaped: ShapedText, keep: Bool, tight: Points) {
        let shaped = notes.isEmpty ? context.shape(text, style: style, width: nil)
            : context.shape(RichText.marked(text, notes: notes), style: style, width: nil)
        let tight = column.isText && shaped.width > floor ? widestWord(text, style, context) : shaped.width
        return (shaped, notes.isEmpty, tight)
    }

    /// The widest word of `text` (words break at spaces).
    private static func widestWord(_ text: String, _ style: TextStyle, _ context: LayoutContext) -> Points {
        text.split(separator: " ").reduce(0) { max($0, context.shape(String($1), style: style, width: nil).width) }
    }
}

/// How a table's width is shared among its columns.
enum TableWidths {
    /// The narrowest a label column is made while its text is longer (it wraps to more lines).
    static let labelFloor: Points = 60
    /// Figure columns share one width of at least this for an even rhythm, when there is room.
    static let uniformFigureWidth: Points = 58

    /// The theme's widths, which every table that fits keeps: numbers share one width (at least 58 pt) when
    /// the labels still get their natural width, otherwise each takes its own; the first label column takes
    /// the rest, down to 60 pt. The sum may exceed `available`: the caller then sets the table tighter.
    static func standard(natural: [Points], columns: [TableColumn], available: Points) -> [Points] {
        let numeric = columns.indices.filter { !columns[$0].isText }
        let labels = columns.indices.filter { columns[$0].isText }
        var widths = natural
        let widestNumber = numeric.map { natural[$0] }.max() ?? 0
        let labelNatural = labels.reduce(0) { $0 + natural[$1] }
        if !numeric.isEmpty {
            let room = (available - labelNatural) / Points(numeric.count)
            let uniform = min(max(widestNumber, uniformFigureWidth), room)
            if uniform >= widestNumber {
                for c in numeric { widths[c] = uniform }
            }
        }
        let used = widths.reduce(0, +)
        if let first = labels.first {
            if used < available {
                widths[first] += available - used          // the label column takes the rest: full-width table
            } else {
                let others = used - widths[first]
                widths[first] = max(labelFloor, available - others)  // labels wrap when space is short
            }
        }
        return widths
    }

    /// Tight widths, or nil when even those exceed `available`: figure columns at their tightest (one
    /// shared width when there is room for it), label columns at least their widest word and up to
    /// `labelFloor`, growing toward their natural width with what is left; any rest goes to the first label.
    static func compact(natural: [Points], tightest: [Points], columns: [TableColumn], available: Points) -> [Points]? {
        let numeric = columns.indices.filter { !columns[$0].isText }
        let labels = columns.indices.filter { columns[$0].isText }
        var widths = tightest
        for c in labels { widths[c] = max(tightest[c], min(natural[c], labelFloor)) }
        guard widths.reduce(0, +) <= available + 0.001 else { return nil }
        let labelMinimum = labels.reduce(0) { $0 + widths[$1] }
        if let widest = numeric.map({ tightest[$0] }).max() {
            let room = (available - labelMinimum) / Points(numeric.count)
            if room >= widest { for c in numeric { widths[c] = min(max(widest, uniformFigureWidth), room) } }
        }
        var rest = available - widths.reduce(0, +)
        let wanted = labels.reduce(0) { $0 + max(0, natural[$1] - widths[$1]) }
        if wanted > 0 {
            let share = min(1, rest / wanted)
            for c in labels { let grow = max(0, natural[c] - widths[c]) * share; widths[c] += grow; rest -= grow }
        }
        if let first = labels.first, rest > 0 { widths[first] += rest }
        return widths
    }
}
