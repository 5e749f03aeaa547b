import CPangoCairo
import FolioLayout

/// Lends a glyph run to Pango as the `PangoGlyphItem` it was read from (see `PangoLayoutReader`), built on the
/// stack for one call: Pango's renderer then draws it as it would have drawn the layout.
enum PangoGlyphItemBridge {
    /// Calls `body` with the run as a glyph item whose font is `font`; the item is valid during the call only.
    static func withGlyphItem<R>(_ run: GlyphRun, font: UnsafeMutablePointer<PangoFont>,
                                 _ body: (UnsafeMutablePointer<PangoGlyphItem>) -> R) -> R {
        let count = run.glyphs.count
        return withUnsafeTemporaryAllocation(of: PangoGlyphInfo.self, capacity: max(1, count)) { infos in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: max(1, count)) { clusters in
                // Never nil: both buffers hold at least one element.
                guard let infoBase = infos.baseAddress, let clusterBase = clusters.baseAddress else {
                    preconditionFailure("a temporary buffer of one element or more has no address")
                }
                for (k, glyph) in run.glyphs.enumerated() {
                    var attributes = PangoGlyphVisAttr()
                    attributes.is_cluster_start = glyph.startsCluster ? 1 : 0
                    attributes.is_color = glyph.isColor ? 1 : 0
                    (infoBase + k).initialize(to: PangoGlyphInfo(
                        glyph: glyph.id, geometry: PangoGlyphGeometry(width: glyph.advance, x_offset: glyph.xOffset, y_offset: glyph.yOffset),
                        attr: attributes))
                    (clusterBase + k).initialize(to: glyph.cluster)
                }
                var analysis = PangoAnalysis()
                analysis.font = font
                analysis.level = run.shaping.level
                analysis.gravity = run.shaping.gravity
                analysis.flags = run.shaping.flags
                analysis.script = UInt8(truncatingIfNeeded: run.shaping.script)
                analysis.language = run.shaping.language.isEmpty ? nil : pango_language_from_string(run.shaping.language)
                var item = PangoItem(offset: run.textStart, length: run.textLength, num_chars: run.characterCount, analysis: analysis)
                var string = PangoGlyphString(num_glyphs: Int32(count), glyphs: infoBase, log_clusters: clusterBase, space: Int32(count))
                return withUnsafeMutablePointer(to: &item) { itemPointer in
                    withUnsafeMutablePointer(to: &string) { stringPointer in
                        var glyphItem = PangoGlyphItem(item: itemPointer, glyphs: stringPointer, y_offset: run.rise,
                                                       start_x_offset: run.leadingSpace, end_x_offset: run.trailingSpace)
                        return body(&glyphItem)
                    }
                }
            }
        }
    }
}
