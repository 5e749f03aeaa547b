import FolioCairo
import Testing

/// The start-up check of the C libraries: Debian 12's Cairo 1.16 and Pango 1.50 pass, and so do Debian 13's
/// Cairo 1.18 and Pango 1.56; an older Cairo or Pango is a clear error.
@Suite("Library versions")
struct LibraryVersionTests {
    @Test func thisMachinesLibrariesAreSupported() {
        #expect(LibraryVersions.problem == nil, "\(LibraryVersions.problem ?? "")")
    }

    @Test func unsupportedVersionsAreNamed() {
        #expect(LibraryVersions.problem(cairo: 11600, pango: 15012) == nil)
        #expect(LibraryVersions.problem(cairo: 11418, pango: 15012) == "Folio needs Cairo 1.16 or later; this is Cairo 1.14.18")
        #expect(LibraryVersions.problem(cairo: 11804, pango: 15600) == nil)
        #expect(LibraryVersions.problem(cairo: 11706, pango: 15012) == nil)
        #expect(LibraryVersions.problem(cairo: 11604, pango: 14208) == "Folio needs Pango 1.44 or later; this is Pango 1.42.8")
    }
}
