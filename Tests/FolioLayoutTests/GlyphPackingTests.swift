@testable import FolioLayout
import Testing

/// A glyph's cluster offset and flags share a word: each reads back as set, independently.
@Suite("Glyph packing")
struct GlyphPackingTests {
    @Test func clusterAndFlagsReadBackAsSet() {
        #expect(MemoryLayout<Glyph>.stride == 20)
        // Every page's items are kept until drawn: an item stays small (larger shapes are boxed).
        #expect(MemoryLayout<FrameItem>.stride == 32)
        for (cluster, starts, color) in [(Int32(0), true, false), (7, false, true), (Glyph.largestCluster, true, true), (123_456, false, false)] {
            var glyph = Glyph(id: 42, advance: 600, xOffset: -3, yOffset: 5, cluster: cluster, startsCluster: starts, isColor: color)
            #expect(glyph.cluster == cluster && glyph.startsCluster == starts && glyph.isColor == color)
            glyph.cluster = 99
            #expect(glyph.cluster == 99 && glyph.startsCluster == starts && glyph.isColor == color)
            glyph.startsCluster.toggle()
            glyph.isColor.toggle()
            #expect(glyph.cluster == 99 && glyph.startsCluster != starts && glyph.isColor != color)
            #expect(glyph.id == 42 && glyph.advance == 600 && glyph.xOffset == -3 && glyph.yOffset == 5)
        }
        // Out of range: clamped, never spilling into the flags.
        let far = Glyph(id: 1, advance: 0, cluster: Int32.max, startsCluster: false, isColor: false)
        #expect(far.cluster == Glyph.largestCluster && !far.startsCluster && !far.isColor)
        #expect(Glyph(id: 1, advance: 0, cluster: -5).cluster == 0)
    }
}
