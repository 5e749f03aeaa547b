import FolioCairo
import Testing

/// The start-up check of the C libraries: Debian 12's Cairo 1.16 and Pango 1.50 pass; an older Cairo or
/// Pango, or a Cairo whose PDFs the post-processing cannot read yet (1.17 and later), is a clear error.
@Suite("Library versions")
struct LibraryVersionTests {
    @Test func thisMachinesLibrariesAreSupported() {
        #expect(LibraryVersions.problem == nil, "\(LibraryVersions.problem ?? "")")
        #expect(LibraryVersions.cairo.hasPrefix("1.16"))
    }

    @Test func unsupportedVersionsAreNamed() {
        #expect(LibraryVersions.problem(cairo: 11600, pango: 15012) == nil)
        #expect(LibraryVersions.problem(cairo: 11418, pango: 15012) == "Folio needs Cairo 1.16 or later; this is Cairo 1.14.18")
        #expect(LibraryVersions.problem(cairo: 11800, pango: 15200)?.hasPrefix("Cairo 1.18.0 writes PDF object and cross-reference streams") == true)
        #expect(LibraryVersions.problem(cairo: 11604, pango: 14208) == "Folio needs Pango 1.44 or later; this is Pango 1.42.8")
    }
}
