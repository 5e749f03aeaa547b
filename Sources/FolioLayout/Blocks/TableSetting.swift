import FolioModel

/// The type and padding a table is set in. The theme's own setting first; a table wider than the text
/// block is set tighter (narrower padding, headers wrapped at word boundaries) and then smaller, down to
/// `TableStyle.minimumFontSize`, before its columns are split into parts (see `TablePlan`).
struct TableSetting: Sendable {
    var cell: TextStyle
    var header: TextStyle
    var total: TextStyle
    /// Horizontal padding inside each cell.
    var paddingX: Points
    /// Columns sized to their tightest (headers by their widest word) rather than their natural width.
    var compact: Bool

    /// The theme's table styles and padding, as every table that fits is set.
    static func standard(_ theme: Theme) -> TableSetting {
        TableSetting(cell: theme.style(StyleName.tableCell), header: theme.style(StyleName.tableHeader),
                     total: theme.style(StyleName.tableTotal), paddingX: theme.table.cellPaddingX, compact: false)
    }

    /// Less padding (half the theme's, but never a gap between columns under `TableStyle.minimumColumnGap`)
    /// and wrapped headers: the first thing given up, since it costs no type size. With the standard theme
    /// the padding stays (its 10 pt gap is the minimum), so only the headers wrap.
    func compacted(_ theme: Theme) -> TableSetting {
        var s = self
        s.paddingX = min(theme.table.cellPaddingX, max(theme.table.minimumColumnGap / 2, theme.table.cellPaddingX / 2))
        s.compact = true
        return s
    }

    /// The same setting with the cell type at `size` and the header and totals shrunk in proportion
    /// (line heights too, so the rows keep their rhythm).
    func scaled(cellSize size: Points, from base: TableSetting) -> TableSetting {
        let factor = base.cell.size > 0 ? size / base.cell.size : 1
        func scale(_ style: TextStyle) -> TextStyle {
            var s = style
            s.size = style.size * factor
            s.lineHeight = style.lineHeight * factor
            return s
        }
        var s = self
        s.cell = scale(base.cell); s.header = scale(base.header); s.total = scale(base.total)
        return s
    }

    /// Cell sizes to try below the theme's, largest first, in half points down to the minimum.
    static func smallerSizes(from base: Points, minimum: Points) -> [Points] {
        guard minimum < base else { return [] }
        var sizes: [Points] = []
        var size = (base * 2).rounded(.up) / 2 - 0.5
        while size > minimum + 0.001 { sizes.append(size); size -= 0.5 }
        return sizes + [minimum]
    }
}
