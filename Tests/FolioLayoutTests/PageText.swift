import Foundation
import FolioCairo
import FolioLayout
import FolioModel
import FolioSpec
import FolioTestSupport
import Testing

/// A text line of a laid-out page with the structure elements it sits in.
struct PlacedLine {
    var text: String
    var x: Double
    var width: Double
    /// The baseline.
    var y: Double
    /// Structure tags open around the line, outermost first (empty for the running header and footer).
    var tags: [StructureTag]

    var inHeading: Bool { tags.contains { if case .heading = $0 { return true } else { return false } } }
}

/// Laying out specs and reading back the text of their pages.
enum PageText {
    /// Reads and lays out a spec with the Cairo text engine.
    static func layout(_ specPath: String) throws -> (Report, LaidOutDocument) {
        let report = try SpecReader(images: CairoImageInspector()).read(path: specPath).report
        return (report, LayoutEngine(shaper: TextEngine()).layout(report))
    }

    /// Writes `yaml` (and `files`) into a fresh folder and lays it out.
    static func layout(yaml: String, files: [String: String] = [:]) throws -> (Report, LaidOutDocument) {
        let dir = try TestSupport.temporaryDirectory()
        for (name, text) in files { try TestSupport.write(text, to: name, in: dir) }
        return try layout(TestSupport.write(yaml, to: "spec.yaml", in: dir).path)
    }

    /// Every text line of a page in drawing order, with the tags open around it.
    static func lines(_ page: PageFrame) -> [PlacedLine] {
        var open: [StructureTag] = []
        var lines: [PlacedLine] = []
        var lastKey: (ShapedLine, Point)? = nil
        for item in page.items {
            switch item {
            case .beginTag(let tag): open.append(tag)
            case .endTag: if !open.isEmpty { open.removeLast() }
            case .text(let line):
                // A line drawn in pieces (links, spans in another language) counts once, with the elements
                // its pieces share.
                let key = (line.metrics, line.origin)
                if line.piece != nil, let last = lastKey, last.0 == key.0, last.1 == key.1, let previous = lines.last {
                    let shared = zip(previous.tags, open).prefix { $0 == $1 }.map(\.0)
                    lines[lines.count - 1].tags = shared
                    continue
                }
                lastKey = key
                lines.append(PlacedLine(text: line.metrics.text, x: line.origin.x, width: line.metrics.width,
                                        y: line.origin.y, tags: open))
            default: break
            }
        }
        return lines
    }

    /// Builds the spec with the CLI and runs `folio check --pdf` (qpdf, pdfua, structure read-back) on its
    /// PDF; returns the PDF's path for further checks.
    @discardableResult
    static func expectBuiltPDFPassesChecks(_ spec: String) throws -> String {
        let (pdf, build, check) = try TestSupport.buildAndCheckPDF(spec)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        return pdf.path
    }

    /// The first page of the spec against its golden frame dump.
    static func expectFirstPageGolden(_ spec: String, named name: String) throws {
        let (_, document) = try layout(spec)
        try ChartLayoutTests.expectGolden(FrameDump.describe(try #require(document.pages.first)), named: name)
    }

    /// Lines whose baseline lies inside the page's content box (between the top and bottom margins).
    static func contentLines(_ page: PageFrame, report: Report) -> [PlacedLine] {
        let m = report.page.margins
        return lines(page).filter { $0.y >= m.top && $0.y <= page.size.height - m.bottom }
    }
}

/// A text line where it lands on its page: a line inside a group (a turned label) is placed by the group's
/// transform, and `rotation` is the group's turn (0 for a line outside groups).
struct TurnedLine {
    var metrics: ShapedLine
    var origin: Point
    var rotation: Double
    var text: String
}

extension PageFrame {
    /// Every text line of the page, groups' lines included, in drawing order.
    var turnedLines: [TurnedLine] {
        items.flatMap { item -> [TurnedLine] in
            switch item {
            case .text(let t): return [TurnedLine(metrics: t.metrics, origin: t.origin, rotation: 0, text: t.text)]
            case .group(let g):
                return g.items.compactMap { child in
                    guard case .text(let t) = child else { return nil }
                    return TurnedLine(metrics: t.metrics, origin: g.transform.apply(t.origin), rotation: g.transform.rotation, text: t.text)
                }
            default: return []
            }
        }
    }
}
