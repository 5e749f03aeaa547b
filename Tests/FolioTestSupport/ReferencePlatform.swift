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
package enum ReferencePlatform {
    /// The libraries and font the references were recorded with (Debian 12: cairo 1.16.0-7, pango1.0
    /// 1.50.12+ds-1, harfbuzz 6.0.0+dfsg-3, fonts-inter 4.0~beta7+ds-1's Inter-Regular.otf).
    package static let cairo = "1.16.0"
    package static let pango = "1.50.12"
    package static let harfbuzz = "6.0.0"
    package static let interRegularSHA256 = "a7e791e8f5a0fb02b65663f7fca73e1d1ca9543f772ad480cbd76f4e3fe3f8cc"

    /// How this machine differs from the reference platform; empty on it.
    package static let differences: [String] = {
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
    package static var isCurrent: Bool { differences.isEmpty }

    /// Why an exact comparison was replaced by the platform-independent checks, for test output.
    package static var reason: String {
        "not the reference platform (\(differences.joined(separator: ", "))): exact comparison with the recorded references skipped, portable checks made instead"
    }

    /// The file fontconfig serves Inter Regular from, as Folio's text engine asks for it.
    static var interRegularFile: String? {
        TextEngine.fontFile(for: FontDescriptor(family: "Inter", size: 10))
    }
}

extension ReferencePlatform {
    /// What holds between a fresh file and its recorded reference on every platform, by kind; empty when all of
    /// it holds. For a test that compares exactly when `isCurrent` and calls this otherwise:
    /// - PDF: `qpdf --check` finds nothing, `pdfinfo` reads it, its page count is the reference's within one
    ///   page in ten (reflowed text can move a line over a page break), and every figure of the reference's text
    ///   (`pdftotext`) is in the fresh text (figures are sacred; page numbers aside, so a page more or less is no
    ///   failure).
    /// - PNG: it decodes, at the reference's width and height, and is not one flat colour.
    /// - SVG: its `<svg>` element declares the reference's width and height, and it carries the same title and
    ///   description (alternative text).
    /// - anything else (CSV, JSON, text): the same bytes, since no library draws it.
    package static func portableProblems(_ fresh: URL, reference: URL) throws -> [String] {
        let name = fresh.lastPathComponent
        switch fresh.pathExtension.lowercased() {
        case "pdf":
            var problems: [String] = []
            if let qpdf = try Validators.qpdfProblems(fresh) { problems.append("\(name): \(qpdf)") }
            let pages = Int(try Poppler.info(fresh)["Pages"] ?? "") ?? 0
            let expectedPages = Int(try Poppler.info(reference)["Pages"] ?? "") ?? 0
            if pages == 0 || abs(pages - expectedPages) > max(1, expectedPages / 10) {
                problems.append("\(name): \(pages) pages, the reference \(expectedPages)")
            }
            let freshFigures = figures(in: try Poppler.text(fresh)), pageNumbers = Set((1...max(pages, expectedPages, 1)).map(String.init))
            let missing = figures(in: try Poppler.text(reference)).subtracting(freshFigures).subtracting(pageNumbers)
            if !missing.isEmpty { problems.append("\(name): figures of the reference missing: \(missing.sorted())") }
            return problems
        case "png":
            guard let image = RasterImage(pngFile: fresh.path) else { return ["\(name) does not decode as PNG"] }
            guard let expected = RasterImage(pngFile: reference.path) else { return ["reference \(reference.path) does not decode as PNG"] }
            var problems: [String] = []
            if (image.width, image.height) != (expected.width, expected.height) {
                problems.append("\(name) is \(image.width)×\(image.height), the reference \(expected.width)×\(expected.height)")
            }
            if !image.pixels.contains(where: { $0 != image.pixels[0] }) { problems.append("\(name) is one flat colour") }
            return problems
        case "svg":
            let text = String(decoding: try Data(contentsOf: fresh), as: UTF8.self)
            let expected = String(decoding: try Data(contentsOf: reference), as: UTF8.self)
            return [svgSize, svgTitle, svgDescription].compactMap { pattern in
                let found = text.firstMatch(of: pattern).map { String($0.output.1) }
                let wanted = expected.firstMatch(of: pattern).map { String($0.output.1) }
                return found == wanted ? nil : "\(name): \(found ?? "nothing") where the reference has \(wanted ?? "nothing")"
            }
        default:
            return try Data(contentsOf: fresh) == Data(contentsOf: reference) ? [] : ["\(name) differs from the reference"]
        }
    }

    /// `portableProblems` for every file of a fresh folder against the reference folder's file of the same
    /// path, and a fresh file the reference lacks (the reference may hold more: other specs' outputs).
    package static func portableProblems(in fresh: URL, reference: URL) throws -> [String] {
        let freshFiles = try TestSupport.files(under: fresh).keys, referenceFiles = try TestSupport.files(under: reference).keys
        var problems = Set(freshFiles).subtracting(referenceFiles).sorted().map { "\($0) is not in the reference folder" }
        for path in Set(freshFiles).intersection(referenceFiles).sorted() {
            problems += try portableProblems(fresh.appendingPathComponent(path), reference: reference.appendingPathComponent(path))
        }
        return problems
    }

    static var svgSize: Regex<(Substring, Substring)> { /<svg[^>]*?width="([^"]*"[^>]*?height="[^"]*)"/ }
    static var svgTitle: Regex<(Substring, Substring)> { /<title[^>]*>([^<]*)</ }
    static var svgDescription: Regex<(Substring, Substring)> { /<desc[^>]*>([^<]*)</ }

    /// The numbers of a text, as written (`2,451,800`, `20.4`, `2 451 800` in French is three), so that none
    /// can go missing between platforms unnoticed.
    static func figures(in text: String) -> Set<String> {
        Set(text.matches(of: /\d[\d,.]*\d|\d/).map { String($0.output) })
    }
}
