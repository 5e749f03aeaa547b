import Foundation
import FolioCairo
import FolioLayout
import FolioModel
import FolioSpec
import FolioTestSupport
import Testing

/// `image`: PNG, JPEG, SVG and PDF pages placed in the flow, in rows and on the cover; sized, fitted and
/// cropped; tagged as figures with their alt text (artifacts when decorative); embedded once however often
/// used; and every broken file or path an error at its place in the spec.
@Suite("Image blocks")
struct ImageBlockTests {
    static let folder = TestSupport.root.appendingPathComponent("Tests/FolioLayoutTests/Specs")
    static let spec = folder.appendingPathComponent("image-blocks.yaml").path

    /// Every picture in the flow with the structure element it is drawn in, page by page (`running`: the
    /// running lines' logos instead).
    static func placements(_ document: LaidOutDocument, running: Bool = false) -> [(page: Int, placement: ImagePlacement, tag: StructureTag?)] {
        var found: [(Int, ImagePlacement, StructureTag?)] = []
        for (index, page) in document.pages.enumerated() {
            var open: [StructureTag] = []
            for item in page.items {
                switch item {
                case .beginTag(let t): open.append(t)
                case .endTag: _ = open.popLast()
                case .image(let p) where open.contains(.artifact(.pagination)) == running: found.append((index, p, open.last))
                default: break
                }
            }
        }
        return found
    }

    @Test func picturesKeepTheirProportionsAndStayInsideTheMargins() throws {
        let (report, document) = try PageText.layout(Self.spec)
        let placed = Self.placements(document)
        #expect(placed.count == 8)
        let m = report.page.margins
        for (page, p, _) in placed where page > 0 {
            let v = p.visible, size = document.pages[page].size
            #expect(v.x >= m.left - 0.01 && v.maxX <= size.width - m.right + 0.01 && v.y >= m.top - 0.01 && v.maxY <= size.height - m.bottom + 0.01,
                    "a picture on page \(page + 1) leaves the text block: \(v)")
            #expect(abs(p.rect.width / p.rect.height - p.image.aspectRatio) < 0.01, "a picture is stretched")
        }
        // 1800 pixels at 300 dpi: six inches, narrower than the column, so at its natural size.
        let photo = try #require(placed.first { $0.placement.image.format == .jpeg })
        #expect(abs(photo.placement.rect.width - 432) < 0.01)
    }

    @Test func theRunningHeaderCarriesTheLogoOnEveryPageButTheCover() throws {
        let (report, document) = try PageText.layout(Self.spec)
        let logos = Self.placements(document, running: true)
        #expect(logos.map(\.page) == Array(1..<document.pages.count))
        for (page, p, _) in logos {
            #expect(abs(p.rect.height - 16) < 0.01 && abs(p.rect.width - 60) < 0.01 && abs(p.rect.x - report.page.margins.left) < 0.01)
            // The section name stays at the right end, clear of the logo.
            let header = PageText.lines(document.pages[page]).filter { $0.y < report.page.margins.top - 10 }
            #expect(header.count == 1 && header.allSatisfy { $0.x > p.rect.x + p.rect.width })
        }
    }

    @Test func anEXIFOrientationTurnsThePhotoUpright() throws {
        let (_, document) = try PageText.layout(Self.spec)
        let turned = try #require(Self.placements(document).first { $0.placement.image.pixels?.width == 900 })
        #expect(turned.placement.image.pixels?.height == 1350)
        #expect(turned.placement.rect.height > turned.placement.rect.width * 1.4)
    }

    @Test func coverCropsToTheBoxAndContainLetterboxes() throws {
        let (report, document) = try PageText.layout(Self.spec)
        let m = report.page.margins
        let column = report.page.size.width - m.left - m.right
        let band = try #require(Self.placements(document).first { $0.placement.clip != nil }).placement
        let clip = try #require(band.clip)
        #expect(abs(clip.width - column) < 0.01 && abs(clip.height - 90) < 0.01)
        #expect(band.rect.width >= clip.width - 0.01 && band.rect.height > clip.height, "cover fills the box and spills over it")
        #expect(abs((band.rect.y + band.rect.height / 2) - (clip.y + clip.height / 2)) < 0.01, "the crop is centred")

        let image = try #require(Self.placements(document).first?.placement.image)
        let box = Rect(x: 0, y: 0, width: 200, height: 100)
        let contained = ImagePlacement.fitting(image, in: box, fit: .contain)
        #expect(contained.clip == nil && contained.rect.width <= 200.01 && contained.rect.height <= 100.01)
        #expect(abs(contained.rect.x + contained.rect.width / 2 - 100) < 0.01 && abs(contained.rect.y + contained.rect.height / 2 - 50) < 0.01)
    }

    @Test func picturesAreFiguresWithTheirAltTextAndDecorationIsAnArtifact() throws {
        let (_, document) = try PageText.layout(Self.spec)
        let placed = Self.placements(document)
        let decorative = placed.filter { if case .artifact(.layout)? = $0.tag { return true } else { return false } }
        #expect(decorative.count == 1)
        for (_, p, tag) in placed where decorative.allSatisfy({ $0.placement.rect != p.rect }) {
            guard case .figure(let alt)? = tag else { Issue.record("a picture outside a Figure: \(String(describing: tag))"); continue }
            #expect(!alt.isEmpty)
        }
        #expect(placed.contains { if case .figure(let alt)? = $0.tag { return alt == "Placeholder Organisation logo" } else { return false } },
                "the cover's logo is a figure")
    }

    /// A changed cover fails here with the file to compare; re-record with
    /// `FOLIO_RECORD_GOLDENS=1 swift test` after looking at the page.
    @Test func theCoverWithItsLogoMatchesItsGolden() throws {
        try PageText.expectFirstPageGolden(Self.spec, named: "image-blocks-page-1")
    }

    @Test func theBuiltPDFEmbedsEachPictureOnceAndPassesThePDFUAChecks() throws {
        let pdf = try PageText.expectBuiltPDFPassesChecks(Self.spec)
        let list = try TestSupport.run("pdfimages", ["-list", pdf])
        let rows = list.stdout.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
        // page num type width height color comp bpc enc interp object …
        let images = rows.filter { $0.count > 10 && $0[2] == "image" }
        #expect(images.count == 5, "\(list.stdout)")
        #expect(Set(images.map { $0[10] }).count == 3, "the landscape (twice) and the badge (twice) are each embedded once:\n\(list.stdout)")
        let landscape = images.filter { $0[3] == "1800" }
        #expect(landscape.count == 2 && landscape.allSatisfy { $0[8] == "jpeg" }, "the JPEG is embedded as it is")
        // The page of another PDF is drawn as vectors: its text is text.
        let text = try TestSupport.run("pdftotext", ["-f", "5", "-l", "5", pdf, "-"])
        #expect(text.stdout.contains("Jobs gained or lost each month"))
    }

    @Test func theSameSpecGivesTheSameBytes() throws {
        let one = try TestSupport.temporaryDirectory(), two = try TestSupport.temporaryDirectory()
        #expect(try TestSupport.folioBuild(Self.spec, output: one).status == 0)
        #expect(try TestSupport.folioBuild(Self.spec, output: two).status == 0)
        let a = try Data(contentsOf: one.appendingPathComponent("image-blocks.pdf"))
        let b = try Data(contentsOf: two.appendingPathComponent("image-blocks.pdf"))
        #expect(a == b)
    }
}
