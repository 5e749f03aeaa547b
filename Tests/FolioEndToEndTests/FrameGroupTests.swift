import FolioCairo
import FolioLayout
import FolioModel
import FolioRender
import Foundation
import Testing

/// Groups place their items by one transform (a turned label is an ordinary line in a turned group): the
/// arithmetic layout checks rely on, the dump that golden tests read, and what the renderers draw.
@Suite("Frame groups")
struct FrameGroupTests {
    static let quarterTurn = FrameTransform.rotation(90, about: Point(x: 100, y: 50))

    @Test func aTransformMovesTurnsAndScalesInThatOrder() {
        let p = Self.quarterTurn.apply(Point(x: 10, y: 0))
        #expect(abs(p.x - 100) < 1e-9 && abs(p.y - 60) < 1e-9, "clockwise on a page whose y grows downwards: \(p)")
        let scaled = FrameTransform(origin: Point(x: 5, y: 5), scaleX: 2, scaleY: 3).apply(Point(x: 1, y: 1))
        #expect(scaled == Point(x: 7, y: 8))
        let box = Self.quarterTurn.bounds(of: Rect(x: 0, y: -8, width: 40, height: 10))
        #expect(abs(box.x - 98) < 1e-9 && abs(box.y - 50) < 1e-9 && abs(box.width - 10) < 1e-9 && abs(box.height - 40) < 1e-9)
    }

    @Test func movingAGroupMovesItsOriginNotItsItems() {
        let line = TextLine(ShapedLine(width: 20, ascent: 8, descent: 2, text: "Q1"), origin: Point(x: 0, y: 0))
        let group = FrameItem.group(FrameGroup(transform: Self.quarterTurn, items: [.text(line)]))
        guard case .group(let moved) = group.offsetBy(dx: 5, dy: -5) else { Issue.record("not a group"); return }
        #expect(moved.transform.origin == Point(x: 105, y: 45) && moved.transform.rotation == 90)
        #expect(moved.items == [.text(line)])
        let dump = FrameDump.describe(PageFrame(size: Size(width: 200, height: 100), items: [group]))
        #expect(dump.contains("group at 100,50 rotated 90\n  text 'Q1' at 0,0 w 20"), "\(dump)")
    }

    /// The same line drawn level and in a turned group: the group's ink stands upright below its origin.
    @Test func aTurnedGroupIsDrawnTurned() throws {
        let style = Theme.standard.style(StyleName.body)
        let shaped = TextEngine().shape([style.run("MMMMMMMM")], width: nil)
        let line = try #require(shaped.lines.first)
        let size = Size(width: 200, height: 200)
        let turned = PageFrame(size: size, items: [.group(FrameGroup(transform: .rotation(90, about: Point(x: 100, y: 20)),
                                                                     items: [.text(TextLine(line, origin: Point(x: 0, y: 0)))]))])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("folio-group-\(UUID().uuidString).png")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(PageImageRenderer().png(turned)).write(to: file)
        let image = try #require(RasterImage(pngFile: file.path))
        let box = try #require(Self.inkBounds(image))
        #expect(box.height > box.width * 3, "a turned line is tall and narrow: \(box)")
        // Turned clockwise a quarter, the text reads downwards and its ascent (above the baseline) lies to the right.
        #expect(box.minY >= 18 && box.minX >= 99 && box.maxX <= 115, "it hangs below the origin, right of it: \(box)")
    }

    /// The smallest rectangle holding every dark, opaque pixel.
    static func inkBounds(_ image: RasterImage) -> (minX: Int, minY: Int, maxX: Int, maxY: Int, width: Int, height: Int)? {
        var minX = Int.max, minY = Int.max, maxX = -1, maxY = -1
        for y in 0..<image.height {
            for x in 0..<image.width {
                let p = image.pixels[y * image.width + x]
                guard p >> 24 > 0x80, (p >> 16) & 0xFF < 0x80 else { continue }
                minX = min(minX, x); maxX = max(maxX, x); minY = min(minY, y); maxY = max(maxY, y)
            }
        }
        guard maxX >= 0 else { return nil }
        return (minX, minY, maxX, maxY, maxX - minX + 1, maxY - minY + 1)
    }
}
