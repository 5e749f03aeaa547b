import CPangoCairo

/// A paragraph's glyphs in 12 bytes each instead of Pango's 24 (a 20-byte `PangoGlyphInfo` and a 4-byte
/// cluster offset), in one array: a long report keeps every page's glyphs until the pages are drawn (a
/// 1,000-page report about 430,000 of them, 20,000 paragraphs). What most glyphs do not need, offsets from
/// the pen position (marks), is kept apart, for every glyph of a paragraph that has any. Read back exactly.
struct PackedGlyphs {
    private var entries = ContiguousArray<Entry>()
    /// Once a glyph needed more than an entry: one per glyph, its exact values.
    private var extras = ContiguousArray<Extra>()
    private var usesExtras = false

    private struct Entry {
        var glyph: UInt32
        var width: Int32
        /// The cluster offset (below 2^30) with the cluster-start and colour flags in the top bits.
        var clusterAndFlags: UInt32
    }

    private struct Extra {
        var xOffset: Int32
        var yOffset: Int32
        var cluster: Int32
        var attributes: PangoGlyphVisAttr
    }

    private static let clusterStart: UInt32 = 1 << 30
    private static let color: UInt32 = 1 << 31

    /// Room for `capacity` glyphs (a paragraph's count is known before its glyphs are read: no slack).
    init(capacity: Int = 0) {
        entries.reserveCapacity(capacity)
    }

    var count: Int { entries.count }

    mutating func append(_ info: PangoGlyphInfo, cluster: Int32) {
        let attributes = info.attr
        var flags: UInt32 = 0
        if attributes.is_cluster_start != 0 { flags |= Self.clusterStart }
        if attributes.is_color != 0 { flags |= Self.color }
        let packable = info.geometry.x_offset == 0 && info.geometry.y_offset == 0 && cluster >= 0 && cluster < 1 << 30
            && Self.bits(Self.attributes(flags)) == Self.bits(attributes)
        if !packable && !usesExtras {
            // The first glyph that needs more: every glyph so far gets its exact values kept apart as well.
            usesExtras = true
            extras.reserveCapacity(entries.capacity)
            for i in entries.indices { extras.append(Self.extra(from: entries[i])) }
        }
        entries.append(Entry(glyph: info.glyph, width: info.geometry.width,
                             clusterAndFlags: packable ? UInt32(cluster) | flags : flags))
        if usesExtras {
            extras.append(Extra(xOffset: info.geometry.x_offset, yOffset: info.geometry.y_offset, cluster: cluster, attributes: attributes))
        }
    }

    /// Glyph `i` as Pango had it, and its cluster offset.
    subscript(i: Int) -> (info: PangoGlyphInfo, cluster: Int32) {
        let entry = entries[i]
        if !usesExtras {
            let geometry = PangoGlyphGeometry(width: entry.width, x_offset: 0, y_offset: 0)
            return (PangoGlyphInfo(glyph: entry.glyph, geometry: geometry, attr: Self.attributes(entry.clusterAndFlags)),
                    Int32(entry.clusterAndFlags & (Self.clusterStart - 1)))
        }
        let extra = extras[i]
        let geometry = PangoGlyphGeometry(width: entry.width, x_offset: extra.xOffset, y_offset: extra.yOffset)
        return (PangoGlyphInfo(glyph: entry.glyph, geometry: geometry, attr: extra.attributes), extra.cluster)
    }

    /// Glyphs `range` unpacked into Pango's two arrays, valid during `body` only (on the stack when small).
    func withPangoArrays<R>(_ range: Range<Int>, _ body: (UnsafeMutablePointer<PangoGlyphInfo>, UnsafeMutablePointer<Int32>) -> R) -> R {
        withUnsafeTemporaryAllocation(of: PangoGlyphInfo.self, capacity: max(1, range.count)) { infos in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: max(1, range.count)) { clusters in
                // Never nil: both buffers hold at least one element.
                guard let infoBase = infos.baseAddress, let clusterBase = clusters.baseAddress else {
                    preconditionFailure("a temporary buffer of one element or more has no address")
                }
                for (k, i) in range.enumerated() {
                    let (info, cluster) = self[i]
                    (infoBase + k).initialize(to: info)
                    (clusterBase + k).initialize(to: cluster)
                }
                return body(infoBase, clusterBase)
            }
        }
    }

    private static func attributes(_ flags: UInt32) -> PangoGlyphVisAttr {
        var attributes = PangoGlyphVisAttr()
        attributes.is_cluster_start = flags & clusterStart != 0 ? 1 : 0
        attributes.is_color = flags & color != 0 ? 1 : 0
        return attributes
    }

    private static func bits(_ attributes: PangoGlyphVisAttr) -> UInt32 {
        withUnsafeBytes(of: attributes) { raw in
            var value: UInt32 = 0
            for (k, byte) in raw.prefix(4).enumerated() { value |= UInt32(byte) << (8 * UInt32(k)) }
            return value
        }
    }

    private static func extra(from entry: Entry) -> Extra {
        Extra(xOffset: 0, yOffset: 0, cluster: Int32(entry.clusterAndFlags & (clusterStart - 1)),
              attributes: attributes(entry.clusterAndFlags))
    }
}
