import FolioModel

/// Reads an `image:` block, and the cover's `logo:`:
///
///     - image: images/volunteers.jpg
///       alt: Volunteers sorting donations at the Calgary warehouse
///       caption: The Calgary warehouse in March
///       width: 60%          # of the column, or a length; default: natural size, at most the column
///       height: 3in         # with a width: the box the picture is fitted into
///       fit: cover          # contain (default) | cover
///       align: center       # left (default) | center | right
///       page: 2             # of a PDF
///       border: true        # a hairline round it (a white PDF page)
///       decorative: true    # no alt text: an artifact
struct ImageReader {
    let files: ImageFiles
    let figures: FigureReferences
    let texts: SpecTexts
    let style: ImageStyle
    /// The width the image's column has, for the resolution check.
    let columnWidth: Points

    static let keys = ["image", "alt", "decorative", "caption", "width", "height", "fit", "align", "page", "border", "float"]

    func read(_ m: MappingReader, pathNode: SpecNode) -> ImageBlock? {
        guard let path = pathNode.string("the path of a PNG, JPEG, SVG or PDF file") else { return nil }
        let pageNode = m["page"]
        let page = m.int("page", range: 1...100_000) ?? 1
        let decorative = m.bool("decorative") ?? false
        let alt = figures.text(m, "alt")
        if alt == nil && !decorative {
            m.diagnostics.error(pathNode.location, "an image needs `alt`: a sentence saying what it shows, for readers who cannot see it",
                                suggestion: "add `alt: …`, or `decorative: true` for a picture that carries no information")
        }
        if alt != nil && decorative, let n = m["decorative"] {
            m.diagnostics.warning(n.location, "a decorative image is not read out: its `alt` is not used")
        }
        texts.addWords(in: m.owner, keys: ["caption"], style: StyleName.caption)
        let width = m["width"].flatMap(Self.extent)
        let height = m.length("height")
        guard let asset = files.asset(path, page: page, pageNode: pageNode, at: pathNode) else { return nil }
        let fit = m.choice("fit", ImageBlock.Fit.allCases.map(\.rawValue)).flatMap(ImageBlock.Fit.init(rawValue:)) ?? .contain
        let align = m.choice("align", ImageBlock.Alignment.allCases.map(\.rawValue)).flatMap(ImageBlock.Alignment.init(rawValue:)) ?? .left
        let block = ImageBlock(image: asset, alt: decorative ? "" : (alt ?? ""), decorative: decorative, caption: figures.text(m, "caption"),
                               width: width, height: height, fit: fit, alignment: align, border: m.bool("border") ?? false)
        checkResolution(block, path: path, at: pathNode)
        var placed = block
        placed.floats = m.bool("float") ?? false
        return placed
    }

    /// `60%` of the column, or a length.
    static func extent(_ node: SpecNode) -> ImageBlock.Extent? {
        if let text = node.scalar?.trimmingSpaces(), text.hasSuffix("%") {
            if let v = Double(String(text.dropLast()).trimmingSpaces()), v > 0, v <= 100 { return .share(v / 100) }
            node.diagnostics.error(node.location, "expected a share of the column from 1% to 100%, found `\(text)`")
            return nil
        }
        return Lengths.read(node).map { .points($0) }
    }

    /// A warning when a photo would print coarse: fewer pixels per inch than the theme's minimum at the
    /// width it gets (its natural width at most, the column's at most).
    private func checkResolution(_ block: ImageBlock, path: String, at node: SpecNode) {
        guard let pixels = block.image.pixels, block.image.format.isRaster else { return }
        let placed = block.width?.resolved(in: columnWidth) ?? min(block.image.size.width, columnWidth)
        guard placed > 0 else { return }
        let dpi = Double(pixels.width) / (placed / 72)
        guard dpi < style.minimumDPI else { return }
        let inches = (placed / 72 * 100).rounded() / 100
        node.diagnostics.warning(node.location, "`\(path)` is \(Int(dpi.rounded())) pixels per inch at its size here (\(pixels.width) pixels across \(inches) in); print wants \(Int(style.minimumDPI)) or more",
                                 suggestion: "use a larger image, or set a smaller `width`")
    }
}
