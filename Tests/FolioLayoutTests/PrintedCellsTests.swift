@testable import FolioLayout
import FolioModel
import FolioTestSupport
import Testing

/// Layout reads a table's body as printed (`PrintedCells`): each cell formatted once by its column, a short
/// row's last cells missing, a part's columns picked out; and a long table is taken out of the report whole,
/// so that its cells as read can go before its texts are shaped.
@Suite("A table's body as printed")
struct PrintedCellsTests {
    static let columns = [
        TableColumn(header: "Region", alignment: .left, isText: true),
        TableColumn(header: "Count", alignment: .right),
        TableColumn(header: "Share", alignment: .right, format: NumberFormat(missing: "n/a")),
    ]
    static let rows: [[Cell]] = [
        [.text("North"), .number(Quantity(exact: ExactDecimal(1_149))), .number(Quantity(exact: ExactDecimal(significand: 125, scale: 1), unit: .percent))],
        [.text("South"), .missing],
        [.text("East")],
    ]

    static func context(pool: (any ShaperPool)? = nil) -> LayoutContext {
        var context = LayoutContext(theme: .standard, shaper: StandInShaper(), page: PageSetup())
        context.pool = pool
        return context
    }

    @Test func eachCellPrintsAsItsColumnFormatsItAndShortRowsAreMissing() {
        let table = Table(columns: Self.columns, rows: Self.rows)
        let cells = PrintedCells(table, context: Self.context())
        #expect(cells.rowCount == 3)
        #expect(cells.columns[0] == ["North", "South", "East"])
        #expect(cells[column: 1, row: 0] == "1,149")
        #expect(cells[column: 2, row: 0] == "12.5%")
        let missing = NumberFormat.auto.format(Cell.missing)
        #expect(cells[column: 1, row: 1] == missing && cells[column: 1, row: 2] == missing)
        // A row without the column at all prints the column's own missing mark, as a missing cell does.
        #expect(cells[column: 2, row: 1] == "n/a" && cells[column: 2, row: 2] == "n/a")
    }

    @Test func aPartPicksItsColumnsInTheOrderGiven() {
        let cells = PrintedCells(Table(columns: Self.columns, rows: Self.rows), context: Self.context())
        let part = cells.selecting([2, 0])
        #expect(part.columns == [cells.columns[2], cells.columns[0]])
        #expect(part.rowCount == 3)
    }

    @Test func aShortRowIsSetWithTheMissingMark() throws {
        let element = try #require(Self.context().tableElements(Table(columns: Self.columns, rows: Self.rows)).first)
        let south = try #require(element.rows.first { row in row.items.contains { $0.lineText == "South" } })
        #expect(south.items.compactMap(\.lineText) == ["South", NumberFormat.auto.format(Cell.missing), "n/a"])
    }

    @Test func aLongTableIsPrintedOnThePoolAsItIsAlone() {
        // More than two chunks of rows: formatted in chunks on the pool's shapers, the same texts in the same order.
        let long = (1...5_000).map { [Cell.text("Row \($0)"), .number(Quantity(exact: ExactDecimal($0 * 7)))] }
        let table = Table(columns: Array(Self.columns.prefix(2)), rows: long)
        let pooled = PrintedCells(table, context: Self.context(pool: StreamingLayoutTests.AlternatingPool()))
        #expect(pooled.columns == PrintedCells(table, context: Self.context()).columns)
        #expect(pooled[column: 1, row: 4_999] == "35,000")
    }

    @Test func aTableTakenOutOfTheReportLeavesAPageBreak() throws {
        let table = Table(columns: Self.columns, rows: Self.rows)
        let report = Report(info: DocumentInfo(title: "T", language: "en-CA", date: CalendarDate(year: 2024, month: 6, day: 30)),
                            page: PageSetup(), theme: .standard, blocks: [.spacer(12), .table(table)])
        var builder = LayoutEngine.StepBuilder(report: report, headings: [])
        let notATable = builder.takeTable(0)
        #expect(notATable == nil)
        #expect({ if case .spacer(12) = builder.report.blocks[0] { true } else { false } }())
        let took = builder.takeTable(1)
        let taken = try #require(took)
        #expect(taken.rows == table.rows && taken.columns.map(\.header) == table.columns.map(\.header))
        #expect({ if case .pageBreak = builder.report.blocks[1] { true } else { false } }())
    }
}

private extension FrameItem {
    /// The text of a line item, nil for any other item.
    var lineText: String? { if case .text(let line) = self { line.metrics.text } else { nil } }
}
