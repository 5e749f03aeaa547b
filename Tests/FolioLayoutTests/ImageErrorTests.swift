import Foundation
import FolioCairo
import FolioSpec
import FolioTestSupport
import Testing

/// A missing, misnamed, damaged or misused image is an error (or, for a coarse photo, a warning) at its
/// place in the spec, and the build writes nothing.
@Suite("Image errors")
struct ImageErrorTests {
    static let images = TestSupport.root.appendingPathComponent("Tests/FolioLayoutTests/Specs/images")

    /// A spec placing `block` (YAML lines under `content:`), in a folder with broken files beside good ones.
    static func read(_ block: String) throws -> (diagnostics: [Diagnostic], path: String) {
        let dir = try TestSupport.temporaryDirectory()
        let fm = FileManager.default
        for name in ["badge.png", "coarse.png", "landscape.jpg", "report-page.pdf", "placeholder-logo.svg"] {
            try fm.copyItem(at: images.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        let badge = try Data(contentsOf: images.appendingPathComponent("badge.png"))
        try badge.prefix(300).write(to: dir.appendingPathComponent("truncated.png"))
        var damaged = [UInt8](badge)
        for i in stride(from: 120, to: min(damaged.count - 20, 2000), by: 3) { damaged[i] ^= 0x5A }
        try Data(damaged).write(to: dir.appendingPathComponent("damaged.png"))
        _ = try TestSupport.write("name,value\na,1\n", to: "table.png", in: dir)
        _ = try TestSupport.write("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><g></svg>", to: "broken.svg", in: dir)
        let spec = try TestSupport.write("document: {title: Images, date: 2026-01-01}\ncontent:\n" + block, to: "spec.yaml", in: dir)
        do {
            return (try SpecReader(images: CairoImageInspector()).read(path: spec.path).warnings, spec.path)
        } catch {
            return (error.diagnostics, spec.path)
        }
    }

    static func first(_ block: String) throws -> String {
        let (diagnostics, path) = try read(block)
        let d = try #require(diagnostics.first, "accepted: \(block)")
        let folder = (path as NSString).deletingLastPathComponent + "/"
        return "\(d.location.line):\(d.location.column): \(d.severity.rawValue): \(d.message.replacingOccurrences(of: folder, with: ""))"
            + (d.suggestion.map { " (\($0))" } ?? "")
    }

    @Test func aMissingFileNamesTheNearestFile() throws {
        #expect(try Self.first("  - image: badge.pgn\n    alt: A badge\n")
                == "3:12: error: image file not found: `badge.pgn` (did you mean `badge.png`?)")
    }

    @Test func aFileThatIsNoImageIsNamed() throws {
        #expect(try Self.first("  - image: table.png\n    alt: A table\n")
                == "3:12: error: `table.png` is not a PNG, JPEG, SVG or PDF file (convert it to PNG (pixels) or SVG (vectors))")
    }

    @Test func truncatedAndDamagedPixelsAreErrors() throws {
        #expect(try Self.first("  - image: truncated.png\n    alt: A badge\n").hasPrefix("3:12: error: cannot read `truncated.png`: the PNG data is truncated"))
        #expect(try Self.first("  - image: damaged.png\n    alt: A badge\n").hasPrefix("3:12: error: cannot read `damaged.png`:"))
    }

    @Test func aBrokenSVGIsAnError() throws {
        #expect(try Self.first("  - image: broken.svg\n    alt: A drawing\n").hasPrefix("3:12: error: cannot read `broken.svg`:"))
    }

    @Test func aPageThePDFDoesNotHaveIsAnErrorAtPage() throws {
        #expect(try Self.first("  - image: report-page.pdf\n    page: 3\n    alt: A page\n")
                == "4:11: error: `report-page.pdf` has 1 page; page 3 asked")
        #expect(try Self.first("  - image: badge.png\n    page: 2\n    alt: A badge\n")
                == "4:11: error: `page` is for PDF files; `badge.png` is PNG")
    }

    @Test func alternativeTextIsRequiredUnlessDecorative() throws {
        #expect(try Self.first("  - image: badge.png\n").hasPrefix("3:12: error: an image needs `alt`"))
        #expect(try Self.read("  - image: badge.png\n    decorative: true\n").diagnostics.isEmpty)
    }

    @Test func badSizesAndChoicesAreLocated() throws {
        #expect(try Self.first("  - image: badge.png\n    alt: A badge\n    width: 150%\n")
                == "5:12: error: expected a share of the column from 1% to 100%, found `150%`")
        #expect(try Self.first("  - image: badge.png\n    alt: A badge\n    fit: fill\n")
                .hasPrefix("5:10: error: unknown value `fill` for `fit`"))
    }

    @Test func aCoarsePhotoIsAWarningWithItsResolution() throws {
        let (diagnostics, _) = try Self.read("  - image: coarse.png\n    alt: Hills\n    width: 100%\n")
        let warning = try #require(diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("is 34 pixels per inch at its size here (240 pixels across 7.0 in); print wants 150 or more"), "\(warning.message)")
        // At its natural size in a narrow column it is still coarse (96 dpi, the default for a file without one).
        #expect(try Self.read("  - image: badge.png\n    alt: A badge\n").diagnostics.isEmpty, "600 pixels at 300 dpi is sharp")
    }

    @Test func theCLIRejectsABrokenImageAndWritesNothing() throws {
        let (_, path) = try Self.read("  - image: truncated.png\n    alt: A badge\n")
        let out = try TestSupport.temporaryDirectory()
        let result = try TestSupport.folioBuild(path, output: out)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("spec.yaml:3:12: error: cannot read"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
    }
}
