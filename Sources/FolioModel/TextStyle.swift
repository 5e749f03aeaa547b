/// Everything that decides how a run of text looks and how its lines are spaced.
public struct TextStyle: Hashable, Sendable {
    /// Font family, as fontconfig names it (e.g. `Inter`).
    public var family: String
    /// Font size in points.
    public var size: Points
    /// Distance between baselines in points.
    public var lineHeight: Points
    /// CSS-style weight: 400 regular, 600 semibold, 700 bold.
    public var weight: Int
    /// Italic face.
    public var italic: Bool
    /// Text colour.
    public var color: Color
    /// Extra space between letters, in points (used for small capitals labels).
    public var tracking: Points
    /// Print in capitals.
    public var uppercase: Bool
    /// Equal-width digits, so numbers line up in columns.
    public var tabularFigures: Bool
    /// Space above the block, in points (collapses with the previous block's space after).
    public var spaceBefore: Points
    /// Space below the block, in points.
    public var spaceAfter: Points
    /// Prose whose words may be hyphenated, when the theme turns hyphenation on (`Theme.hyphenation`); off for
    /// headings, figures and table cells, which read better whole.
    public var hyphenate: Bool

    public init(family: String = "Inter", size: Points = 10, lineHeight: Points = 14.5, weight: Int = 400,
                italic: Bool = false, color: Color = .black, tracking: Points = 0, uppercase: Bool = false,
                tabularFigures: Bool = false, spaceBefore: Points = 0, spaceAfter: Points = 0, hyphenate: Bool = false) {
        self.family = family; self.size = size; self.lineHeight = lineHeight; self.weight = weight
        self.italic = italic; self.color = color; self.tracking = tracking; self.uppercase = uppercase
        self.tabularFigures = tabularFigures; self.spaceBefore = spaceBefore; self.spaceAfter = spaceAfter
        self.hyphenate = hyphenate
    }
}
