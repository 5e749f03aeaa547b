import FolioCairo
@testable import FolioLayout
import FolioModel
import Testing

/// A long table's rows and its pages are not both kept: the paginator holds an element alone and lets go of
/// each row's items once the piece holding them is taken (the page has its own copy by then).
@Suite("Rows freed as they are placed")
struct RowReleaseTests {
    static func element(rows count: Int) -> FlowElement {
        let rows = (0..<count).map { i in
            Row(height: 10, items: [.fill(Rect(x: 0, y: 0, width: 5, height: Points(i + 1)), Color(red: 0, green: 0, blue: 0))])
        }
        return FlowElement(rows: rows)
    }

    @Test func takingAPieceLetsGoOfItsRowsItems() throws {
        var element = Self.element(rows: 10)
        let first = element.takePiece(fitting: 35, atTopOfPage: true)
        let (piece, finished) = try #require(first)
        #expect(!finished)
        #expect(piece.rows.count == 3)
        #expect(piece.rows.allSatisfy { $0.items.count == 1 })
        #expect(element.rows[0..<3].allSatisfy { $0.items.isEmpty })
        #expect(element.rows[3...].allSatisfy { $0.items.count == 1 })
        // The rest is placed from where the piece ended, and the last piece finishes the element.
        let second = element.takePiece(fitting: 1000, atTopOfPage: true)
        let (rest, done) = try #require(second)
        #expect(done)
        #expect(rest.rows.count == 7)
        #expect(rest.rows.first?.items == [.fill(Rect(x: 0, y: 0, width: 5, height: 4), Color(red: 0, green: 0, blue: 0))])
    }

    @Test func anElementThatMustMoveIsLeftWhole() {
        var element = Self.element(rows: 4)
        element.atomic = true
        let piece = element.takePiece(fitting: 15, atTopOfPage: false)
        #expect(piece == nil)
        #expect(element.rows.allSatisfy { $0.items.count == 1 })
    }

    @Test func theCommandLinesAllocatorSettingIsTaken() {
        // glibc takes M_ARENA_MAX (the C shim must see that it is glibc); a later thread shares the arena.
        #expect(ProcessMemory.useOneArena())
    }
}
