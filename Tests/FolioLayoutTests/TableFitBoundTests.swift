import FolioCairo
@testable import FolioLayout
import FolioModel
import FolioSpec
import FolioTestSupport
import Testing

/// The character-count bound that lets the fit check skip measuring a table is never wrong: whenever it
/// says a table certainly fits, measuring finds no problem.
@Suite("Table fit bound")
struct TableFitBoundTests {
    @Test func theBoundNeverHidesAProblem() {
        var seed: UInt64 = 7
        func next(_ n: Int) -> Int { seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407; return Int((seed >> 33) % UInt64(n)) }
        let engine = TextEngine()
        var skipped = 0, problems = 0
        for _ in 0..<60 {
            let labels = 1 + next(2), figures = 1 + next(6)
            let word = { String(repeating: ["W", "m", "i", "é"][next(4)], count: 1 + next(14)) }
            let columns = (0..<labels).map { _ in TableColumn(header: word(), alignment: .left, isText: true) }
                + (0..<figures).map { _ in TableColumn(header: word() + " " + word(), alignment: .right) }
            let rows = (0..<3).map { _ in
                (0..<labels).map { _ in Cell.text(word() + " " + word()) }
                    + (0..<figures).map { _ in Cell.number(Quantity(Double(next(1_000_000_000)), unit: .currency)) }
            }
            var page = PageSetup()
            page.size = Size(width: Double(144 + next(470)), height: 792)
            page.margins = Insets(all: 36)
            let context = LayoutContext(theme: .standard, shaper: engine, page: page)
            let table = Table(columns: columns, rows: rows)
            let problem = context.tablePlan(table).problem
            if problem != nil { problems += 1 }
            if context.certainlyFits(table) {
                skipped += 1
                #expect(problem == nil, "the bound skipped a table that does not fit (page \(page.size.width) pt)")
            }
        }
        #expect(skipped > 5 && problems > 0, "the cases cover both sides: \(skipped) skipped, \(problems) problems")
    }

    @Test func theALERTTablesAreNotMeasuredTwice() throws {
        let report = try SpecReader().read(path: TestSupport.alertSpec).report
        let context = LayoutContext(theme: report.theme, shaper: TextEngine(), page: report.page)
        for case .table(let table) in report.blocks { #expect(context.certainlyFits(table), "\(table.caption ?? "")") }
    }
}
