import FolioModel

/// A run of shaped glyphs in one font face and colour, placed along its line: what every renderer draws for
/// text, as it is, without shaping or measuring again (Typst's `TextItem`). A plain value: frames made of
/// them can be kept, compared, dumped and drawn on any thread, by any backend.
///
/// Positions are in text units of 1/1024 pt (`GlyphRun.unitsPerPoint`), the shaper's own fixed-point
/// units, so that a renderer gets back the very numbers that were measured (no rounding through points).
package struct GlyphRun: Hashable, Sendable {
    /// Text units in a point.
    package static let unitsPerPoint: Int32 = 1024

    /// The face and size the glyphs were shaped in.
    package var face: FontFace
    /// Where the run's characters start in its line's `ShapedLine.source` (UTF-8 bytes) and how many bytes and
    /// characters they take: the text a PDF keeps for the glyphs (copy, search, screen readers).
    package var textStart: Int32
    package var textLength: Int32
    package var characterCount: Int32
    /// Pen position of the run's start along the line, from the line's start (text units).
    package var x: Int32
    /// Baseline shift, upwards (text units): a superscript's raise.
    package var rise: Int32
    /// Space the shaper added before and after the run (letter spacing, justification), in text units.
    package var leadingSpace: Int32
    package var trailingSpace: Int32
    /// The run's colour as the shaper set it, when it set one.
    package var color: RunColor?
    /// How the run was shaped (script, language, direction), handed back to the drawing engine unchanged.
    package var shaping: ShapingInfo
    /// The glyphs, in drawing order.
    package var glyphs: [Glyph]

    package init(face: FontFace, textStart: Int32, textLength: Int32, characterCount: Int32, x: Int32, rise: Int32 = 0,
                leadingSpace: Int32 = 0, trailingSpace: Int32 = 0, color: RunColor? = nil, shaping: ShapingInfo = ShapingInfo(),
                glyphs: [Glyph]) {
        self.face = face; self.textStart = textStart; self.textLength = textLength; self.characterCount = characterCount
        self.x = x; self.rise = rise; self.leadingSpace = leadingSpace; self.trailingSpace = trailingSpace
        self.color = color; self.shaping = shaping; self.glyphs = glyphs
    }

    /// The sum of the glyphs' advances (text units).
    package var advance: Int32 { glyphs.reduce(0) { $0 &+ $1.advance } }
}

/// A font face at a size, named as the text engine that shaped with it names it (for Pango, its font
/// description with the absolute size, e.g. `Inter Semi-Bold 10.5px`). A renderer loads the same face by this
/// name and checks it got it: glyph ids mean something only in the face they were shaped in.
package struct FontFace: Hashable, Sendable, CustomStringConvertible {
    package var name: String
    package init(_ name: String) { self.name = name }
    package var description: String { name }
}

/// One shaped glyph. A long report keeps every glyph until it is drawn (400,000 table cells hold about three
/// million), so its cluster offset and two flags share one word: 20 bytes a glyph instead of 24.
package struct Glyph: Hashable, Sendable {
    /// The glyph's index in its face.
    package var id: UInt32
    /// How far it moves the pen (text units).
    package var advance: Int32
    /// Its offset from the pen position (text units; marks placed on a base letter).
    package var xOffset: Int32
    package var yOffset: Int32
    /// The cluster offset in the low 30 bits, `startsCluster` in the top bit, `isColor` in the next.
    private var clusterAndFlags: UInt32

    private static let startsClusterBit: UInt32 = 1 << 31
    private static let isColorBit: UInt32 = 1 << 30
    /// The largest cluster offset kept (a line of a gigabyte; a longer one's offsets are clamped here).
    static let largestCluster: Int32 = (1 << 30) - 1

    /// The UTF-8 offset, from the run's first byte, of the characters it draws (its cluster).
    package var cluster: Int32 {
        get { Int32(clusterAndFlags & UInt32(Self.largestCluster)) }
        set { clusterAndFlags = (clusterAndFlags & ~UInt32(Self.largestCluster)) | UInt32(min(max(newValue, 0), Self.largestCluster)) }
    }
    /// Whether it is the first glyph of its cluster.
    package var startsCluster: Bool {
        get { clusterAndFlags & Self.startsClusterBit != 0 }
        set { clusterAndFlags = newValue ? clusterAndFlags | Self.startsClusterBit : clusterAndFlags & ~Self.startsClusterBit }
    }
    /// Whether it is a colour glyph (emoji): drawn in its own colours.
    package var isColor: Bool {
        get { clusterAndFlags & Self.isColorBit != 0 }
        set { clusterAndFlags = newValue ? clusterAndFlags | Self.isColorBit : clusterAndFlags & ~Self.isColorBit }
    }

    package init(id: UInt32, advance: Int32, xOffset: Int32 = 0, yOffset: Int32 = 0, cluster: Int32, startsCluster: Bool = true,
                isColor: Bool = false) {
        self.id = id; self.advance = advance; self.xOffset = xOffset; self.yOffset = yOffset
        clusterAndFlags = 0
        self.cluster = cluster
        self.startsCluster = startsCluster
        self.isColor = isColor
    }
}

/// A run's colour, in 16-bit channels as the shaper holds it (0–65535); `alpha` 0 means opaque (not set).
package struct RunColor: Hashable, Sendable {
    package var red: UInt16, green: UInt16, blue: UInt16, alpha: UInt16
    package init(red: UInt16, green: UInt16, blue: UInt16, alpha: UInt16 = 0) {
        self.red = red; self.green = green; self.blue = blue; self.alpha = alpha
    }
}

/// What the shaper decided about a run besides its glyphs: its bidirectional level, gravity, flags, script
/// and language. Layout never reads it; the drawing engine gets it back as it gave it.
package struct ShapingInfo: Hashable, Sendable {
    package var level: UInt8
    package var gravity: UInt8
    package var flags: UInt8
    package var script: Int16
    /// BCP 47 tag of the language the run was shaped in; empty when none.
    package var language: String
    package init(level: UInt8 = 0, gravity: UInt8 = 0, flags: UInt8 = 0, script: Int16 = 0, language: String = "") {
        self.level = level; self.gravity = gravity; self.flags = flags; self.script = script; self.language = language
    }
}
