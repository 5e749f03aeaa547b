import FolioModel

/// A table that cannot be set inside the text block even split into parts at the smallest type: layout
/// still prints every column (one figure column per part, past the margin), so the caller must stop the
/// build with this, at the table's place in the spec (layout knows blocks, not spec locations).
public struct TableFitProblem: Sendable, Equatable {
    /// Index of the table among `Report.blocks`.
    public var blockIndex: Int
    public var message: String
    public var suggestion: String
}

extension LayoutEngine {
    /// Every table of `report` that cannot fit the text block (see `TablePlan`), measured with this
    /// engine's shaper exactly as layout measures it. Tables that fit cost one measurement of their cells.
    public func tableFitProblems(_ report: Report) -> [TableFitProblem] {
        let context = LayoutContext(theme: report.theme, shaper: mainShaper, page: report.page)
        var problems: [TableFitProblem] = []
        for (i, block) in report.blocks.enumerated() {
            guard case .table(let table) = block, let message = context.tablePlan(table).problem else { continue }
            problems.append(TableFitProblem(blockIndex: i, message: message,
                                            suggestion: "shorten the widest figures (`format: compact`), lower `theme.table.minimum-font-size`, or use a wider page"))
        }
        return problems
    }
}
