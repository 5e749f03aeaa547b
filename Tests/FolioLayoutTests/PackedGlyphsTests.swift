import CPangoCairo
@testable import FolioCairo
import Testing

/// Glyphs kept in 12 bytes read back exactly as Pango had them, including what does not fit that size:
/// offsets from the pen position, clusters past 2^30, and every visual attribute.
@Suite struct PackedGlyphsTests {
    static func glyph(_ id: UInt32, width: Int32, x: Int32 = 0, y: Int32 = 0, start: Bool = true, color: Bool = false) -> PangoGlyphInfo {
        var attributes = PangoGlyphVisAttr()
        attributes.is_cluster_start = start ? 1 : 0
        attributes.is_color = color ? 1 : 0
        return PangoGlyphInfo(glyph: id, geometry: PangoGlyphGeometry(width: width, x_offset: x, y_offset: y), attr: attributes)
    }

    static func same(_ a: PangoGlyphInfo, _ b: PangoGlyphInfo) -> Bool {
        a.glyph == b.glyph && a.geometry.width == b.geometry.width && a.geometry.x_offset == b.geometry.x_offset
            && a.geometry.y_offset == b.geometry.y_offset && a.attr.is_cluster_start == b.attr.is_cluster_start
            && a.attr.is_color == b.attr.is_color
    }

    @Test func glyphsReadBackExactly() {
        let plain: [(PangoGlyphInfo, Int32)] = [
            (Self.glyph(36, width: 7_168), 0), (Self.glyph(PANGO_GLYPH_EMPTY, width: 0, start: false), 1),
            (Self.glyph(PANGO_GLYPH_UNKNOWN_FLAG | 0x10FFFD, width: 9_000, color: true), 2), (Self.glyph(0xFFFF_FFFF, width: -5), 7),
        ]
        let awkward: [(PangoGlyphInfo, Int32)] = [
            (Self.glyph(12, width: 0, x: -310, y: 1_024, start: false), 3), (Self.glyph(13, width: 100), 1 << 30), (Self.glyph(14, width: 1), Int32.max),
        ]
        // Plain glyphs alone, then awkward ones after plain ones (the earlier glyphs are kept apart too).
        for sequence in [plain, plain + awkward, awkward + plain] {
            var packed = PackedGlyphs(capacity: sequence.count)
            for (info, cluster) in sequence { packed.append(info, cluster: cluster) }
            #expect(packed.count == sequence.count)
            for (i, (info, cluster)) in sequence.enumerated() {
                #expect(Self.same(packed[i].info, info), "glyph \(i)")
                #expect(packed[i].cluster == cluster, "cluster \(i)")
            }
            // A run's glyphs as Pango's arrays.
            packed.withPangoArrays(1..<sequence.count) { infos, clusters in
                for k in 0..<(sequence.count - 1) {
                    #expect(Self.same(infos[k], sequence[k + 1].0))
                    #expect(clusters[k] == sequence[k + 1].1)
                }
            }
        }
    }
}
