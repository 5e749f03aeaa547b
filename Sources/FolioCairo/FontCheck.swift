import FolioLayout
import FolioModel

/// A font family that fontconfig cannot provide: Folio refuses to fall back silently.
public struct MissingFontError: Error, CustomStringConvertible {
    /// The family asked for.
    public var family: String
    /// What fontconfig would have used instead.
    public var substitute: String?
    public var description: String {
        var s = "font family `\(family)` is not installed"
        if let substitute { s += " (fontconfig would substitute `\(substitute)`)" }
        s += "; install it"
        if family.lowercased().hasPrefix("inter") { s += " (Debian: `apt-get install fonts-inter`)" }
        s += " or choose an installed family in the theme"
        return s
    }
}

extension TextEngine {
    /// Checks that every font the styles ask for is the family actually loaded.
    public func verifyFonts(_ styles: [TextStyle]) throws(MissingFontError) {
        var checked: Set<FontDescriptor> = []
        for style in styles {
            var font = style.font
            font.size = 10
            guard checked.insert(font).inserted else { continue }
            let got = resolvedFamily(for: font)
            if got?.lowercased() != font.family.lowercased() {
                throw MissingFontError(family: font.family, substitute: got)
            }
        }
    }
}
