import Foundation
import FolioTestSupport
@testable import FolioRender
import Testing

/// The update is written piece by piece (a long report's is tens of megabytes): objects in the order they
/// were first changed, an object made only when written left out, with its cross-reference entry, when it
/// turns out unchanged.
@Suite("PDF update appendix")
struct UpdateAppendixTests {
    typealias Update = PDFIncrementalUpdate<[UInt8]>

    @Test func editsKeepTheOrderTheyWereFirstMadeIn() {
        var edits = StructureEdits()
        edits.set(5, "<< /A 1 >>")
        edits.setLater(7) { Array("[ 7 ]".utf8) }
        edits.set(5, "<< /A 2 >>")
        edits.set(3, "null")
        let objects = edits.objects
        #expect(objects.map(\.0) == [5, 7, 3])
        guard case .text(let five) = objects[0].1, case .later(let seven) = objects[1].1 else {
            Issue.record("object 5 should be text and 7 made later")
            return
        }
        #expect(String(decoding: five, as: UTF8.self) == "<< /A 2 >>")
        #expect((try? seven()) == Array("[ 7 ]".utf8))
        #expect(edits.edited(5) == "<< /A 2 >>")
    }

    @Test func anObjectMadeLaterAndUnchangedIsLeftOut() throws {
        let pdf = TestSupport.root.appendingPathComponent("Output/alert-annual-report-2023-24.pdf")
        let update = try Update([UInt8](try Data(contentsOf: pdf)))
        var pieces = 0
        var out: [UInt8] = []
        try update.writeAppendix(objects: [(1, .text(Array("<< >>".utf8))), (2, .later { nil }), (3, .later { Array("[ ]".utf8) })],
                                 size: 900, identifier: "00") { pieces += 1; out += $0 }
        let text = String(decoding: out, as: UTF8.self)
        #expect(pieces > 3)
        #expect(text.contains("1 0 obj\n<< >>\nendobj\n"))
        #expect(!text.contains("2 0 obj"))
        #expect(text.contains("3 0 obj\n[ ]\nendobj\n"))
        #expect(text.contains("xref\n1 1\n"))
        #expect(text.contains("\n3 1\n"))
        #expect(!text.contains("\n2 1\n"))
    }
}
