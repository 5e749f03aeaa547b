import FolioModel

/// A run of shaped glyphs in one font face and colour, placed along its line: what every renderer draws for
/// text, as it is, without shaping or measuring again (Typst's `TextItem`). A plain value: frames made of
/// them can be kept, compared, dumped and drawn on any thread, by any backend.
///
/// Positions are in text units of 1/1024 pt (`GlyphRun.unitsPerPoint`), the shaper's own fixed-point
/// units, so that a renderer gets back the very numbers that were measured (no rounding through points).
public struct GlyphRun: Hashable, Sendable {
    /// Text units in a point.
    public static let unitsPerPoint: Int32 = 1024

    /// The face and size the glyphs were shaped in.
    public var face: FontFace
    /// Where the run's characters start in its line's `ShapedLine.source` (UTF-8 bytes) and how many bytes and
    /// characters they take: the text a PDF keeps for the glyphs (copy, search, screen readers).
    public var textStart: Int32
    public var textLength: Int32
    public var characterCount: Int32
    /// Pen position of the run's start along the line, from the line's start (text units).
    public var x: Int32
    /// Baseline shift, upwards (text units): a superscript's raise.
    public var rise: Int32
    /// Space the shaper added before and after the run (letter spacing, justification), in text units.
    public var leadingSpace: Int32
    public var trailingSpace: Int32
    /// The run's colour as the shaper set it, when it set one.
    public var color: RunColor?
    /// How the run was shaped (script, language, direction), handed back to the drawing engine unchanged.
    public var shaping: ShapingInfo
    /// The glyphs, in drawing order.
    public var glyphs: [Glyph]

    public init(face: FontFace, textStart: Int32, textLength: Int32, characterCount: Int32, x: Int32, rise: Int32 = 0,
                leadingSpace: Int32 = 0, trailingSpace: Int32 = 0, color: RunColor? = nil, shaping: ShapingInfo = ShapingInfo(),
                glyphs: [Glyph]) {
        self.face = face; self.textStart = textStart; self.textLength = textLength; self.characterCount = characterCount
        self.x = x; self.rise = rise; self.leadingSpace = leadingSpace; self.trailingSpace = trailingSpace
        self.color = color; self.shaping = shaping; self.glyphs = glyphs
    }

    /// The sum of the glyphs' advances (text units).
    public var advance: Int32 { glyphs.reduce(0) { $0 &+ $1.advance } }
}

/// A font face at a size, named as the text engine that shaped with it names it (for Pango, its font
/// description with the absolute size, e.g. `Inter Semi-Bold 10.5px`). A renderer loads the same face by this
/// name and checks it got it: glyph ids mean something only in the face they were shaped in.
public struct FontFace: Hashable, Sendable, CustomStringConvertible {
    public var name: String
    public init(_ name: String) { self.name = name }
    public var description: String { name }
}

/// One shaped glyph.
public struct Glyph: Hashable, Sendable {
    /// The glyph's index in its face.
    public var id: UInt32
    /// How far it moves the pen (text units).
    public var advance: Int32
    /// Its offset from the pen position (text units; marks placed on a base letter).
    public var xOffset: Int32
    public var yOffset: Int32
    /// The UTF-8 offset, from the run's first byte, of the characters it draws (its cluster).
    public var cluster: Int32
    /// Whether it is the first glyph of its cluster.
    public var startsCluster: Bool
    /// Whether it is a colour glyph (emoji): drawn in its own colours.
    public var isColor: Bool

    public init(id: UInt32, advance: Int32, xOffset: Int32 = 0, yOffset: Int32 = 0, cluster: Int32, startsCluster: Bool = true,
                isColor: Bool = false) {
        self.id = id; self.advance = advance; self.xOffset = xOffset; self.yOffset = yOffset; self.cluster = cluster
        self.startsCluster = startsCluster; self.isColor = isColor
    }
}

/// A run's colour, in 16-bit channels as the shaper holds it (0–65535); `alpha` 0 means opaque (not set).
public struct RunColor: Hashable, Sendable {
    public var red: UInt16, green: UInt16, blue: UInt16, alpha: UInt16
    public init(red: UInt16, green: UInt16, blue: UInt16, alpha: UInt16 = 0) {
        self.red = red; self.green = green; self.blue = blue; self.alpha = alpha
    }
}

/// What the shaper decided about a run besides its glyphs: its bidirectional level, gravity, flags, script
/// and language. Layout never reads it; the drawing engine gets it back as it gave it.
public struct ShapingInfo: Hashable, Sendable {
    public var level: UInt8
    public var gravity: UInt8
    public var flags: UInt8
    public var script: Int16
    /// BCP 47 tag of the language the run was shaped in; empty when none.
    public var language: String
    public init(level: UInt8 = 0, gravity: UInt8 = 0, flags: UInt8 = 0, script: Int16 = 0, language: String = "") {
        self.level = level; self.gravity = gravity; self.flags = flags; self.script = script; self.language = language
    }
}
