import FolioLayout
import FolioModel

/// A font family that fontconfig cannot provide: Folio refuses to fall back silently.
package struct MissingFontError: Error, CustomStringConvertible {
    /// The family asked for.
    package var family: String
    /// What fontconfig would have used instead.
    package var substitute: String?
    package var description: String {
        var s = "font family `\(family)` is not installed"
        if let substitute { s += " (fontconfig would substitute `\(substitute)`)" }
        s += "; install it"
        if family.lowercased().hasPrefix("inter") { s += " (Debian: `apt-get install fonts-inter`)" }
        s += " or choose an installed family in the theme"
        return s
    }
}

extension TextEngine {
    /// One font per face (family, weight, style) of `styles`, at the smallest size a style gives it: the
    /// family and file fontconfig chooses do not depend on the size, so each face is asked about once, at a
    /// size the text uses (one set up for nothing costs a shaper about 0.4 ms).
    package static func faces(of styles: [TextStyle]) -> [FontDescriptor] {
        var faces: [FontDescriptor: FontDescriptor] = [:]
        for style in styles {
            var face = style.font
            face.size = 0
            if let known = faces[face], known.size <= style.font.size { continue }
            faces[face] = style.font
        }
        return faces.values.sorted { ($0.family, $0.weight, $0.italic ? 1 : 0) < ($1.family, $1.weight, $1.italic ? 1 : 0) }
    }

    /// Checks that every font the styles ask for is the family fontconfig provides.
    package static func verifyFonts(_ styles: [TextStyle]) throws(MissingFontError) {
        for font in Self.faces(of: styles) {
            let got = resolvedFamily(for: font)
            if got?.lowercased() != font.family.lowercased() {
                throw MissingFontError(family: font.family, substitute: got)
            }
        }
    }
}
