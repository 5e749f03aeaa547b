import FolioCairo
import FolioLayout
import Foundation

/// Whether this machine is the one Folio's exact references were recorded on: the committed `Output/`, the
/// golden page and chart images (Tests/FolioEndToEndTests/Golden) and the golden frame dumps
/// (Tests/FolioLayoutTests/Golden).
///
/// Those references hold positions, line breaks, glyph advances, compressed streams and pixels, which depend on
/// the exact Cairo (PDF and PNG writer, rasteriser), Pango and HarfBuzz (shaping, hence every line break and text
/// width) and Inter font file (metrics, kerning, glyph outlines) that produced them: Debian 12's. On another
/// platform (Debian 13 and Ubuntu 24.04 have Cairo 1.18, Pango 1.52–1.56, HarfBuzz 8–10 and Inter 4.1) the same
/// spec gives a file that is just as correct but differs in those bytes, so a byte-for-byte or golden comparison
/// there says nothing about Folio. The tests that make one compare exactly when `isCurrent` and, elsewhere,
/// check what holds on every platform instead (the file opens, its pages and texts are there); they never
/// stop running. On the reference platform (this project's Debian 12 machines and CI) every comparison is
/// exact, as before. When the reference platform moves (a new Debian), re-record every reference on it
/// (`make report`, `FOLIO_RECORD_GOLDENS=1 swift test`) and update the fingerprint below in the same commit.
public enum ReferencePlatform {
    /// The libraries and font the references were recorded with (Debian 12: cairo 1.16.0-7, pango1.0
    /// 1.50.12+ds-1, harfbuzz 6.0.0+dfsg-3, fonts-inter 4.0~beta7+ds-1's Inter-Regular.otf).
    public static let cairo = "1.16.0"
    public static let pango = "1.50.12"
    public static let harfbuzz = "6.0.0"
    public static let interRegularSHA256 = "a7e791e8f5a0fb02b65663f7fca73e1d1ca9543f772ad480cbd76f4e3fe3f8cc"

    /// How this machine differs from the reference platform; empty on it.
    public static let differences: [String] = {
        var found: [String] = []
        if LibraryVersions.cairo != cairo { found.append("Cairo \(LibraryVersions.cairo) (references: \(cairo))") }
        if LibraryVersions.pango != pango { found.append("Pango \(LibraryVersions.pango) (references: \(pango))") }
        if LibraryVersions.harfbuzz != harfbuzz { found.append("HarfBuzz \(LibraryVersions.harfbuzz) (references: \(harfbuzz))") }
        let inter = interRegularFile
        let hash = inter.flatMap { try? TestSupport.run("sha256sum", [$0]).stdout.split(separator: " ").first.map(String.init) }
        if hash != interRegularSHA256 { found.append("Inter \(inter ?? "not found") is another version of the font") }
        return found
    }()

    /// True when Cairo, Pango, HarfBuzz and the Inter font are those the references were recorded with, so
    /// output must match them byte for byte (or golden image for golden image).
    public static var isCurrent: Bool { differences.isEmpty }

    /// Why an exact comparison was replaced by the platform-independent checks, for test output.
    public static var reason: String {
        "not the reference platform (\(differences.joined(separator: ", "))): exact comparison with the recorded references skipped, portable checks made instead"
    }

    /// The file fontconfig serves Inter Regular from, as Folio's text engine asks for it.
    static var interRegularFile: String? {
        TextEngine.fontFile(for: FontDescriptor(family: "Inter", size: 10))
    }
}
