/// An image file read by the spec: its bytes, kept as read, and what was learnt about it. Renderers decode
/// the bytes; `id` names the content, so an image used many times (a logo on every page) is decoded and
/// embedded once.
public struct ImageAsset: Hashable, Sendable {
    /// The kinds of file Folio places: pixels (PNG, JPEG) or vectors (SVG, a page of a PDF).
    public enum Format: String, Sendable, CaseIterable {
        case png, jpeg, svg, pdf
        /// Whether it is made of pixels, with a resolution at a placed size.
        public var isRaster: Bool { self == .png || self == .jpeg }
    }
    public var format: Format
    /// The file's bytes.
    public var bytes: [UInt8]
    /// The page placed, from 1 (a PDF; 1 otherwise).
    public var page: Int
    /// A digest of the bytes and the page: equal ids are the same picture.
    public var id: String
    /// The natural size in points: pixels at the file's resolution (96 dpi when it has none), an SVG's
    /// width and height, a PDF page's box.
    public var size: Size
    /// Pixels across and down (raster images).
    public var pixels: (width: Int, height: Int)?

    public init(format: Format, bytes: [UInt8], page: Int = 1, id: String, size: Size, pixels: (width: Int, height: Int)? = nil) {
        self.format = format; self.bytes = bytes; self.page = page; self.id = id; self.size = size; self.pixels = pixels
    }

    /// The same picture: the id names the content.
    public static func == (a: ImageAsset, b: ImageAsset) -> Bool { a.id == b.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }

    /// Width over height.
    public var aspectRatio: Double { size.height > 0 ? size.width / size.height : 1 }
}

/// An image placed in the flow: a photo with its caption, a logo, a figure from another program.
public struct ImageBlock: Sendable {
    /// How the picture fills a box of a fixed width and height.
    public enum Fit: String, Sendable, CaseIterable {
        /// Whole picture, as large as fits (letterboxed).
        case contain
        /// The box filled, the picture's overflow cut off (centred).
        case cover
    }
    /// A width: a length, or a share of the column it is set in (`50%`).
    public enum Extent: Hashable, Sendable {
        case points(Points)
        case share(Double)
        /// In points, in a column `column` points wide.
        public func resolved(in column: Points) -> Points {
            switch self {
            case .points(let p): return p
            case .share(let s): return column * s
            }
        }
    }
    /// Where a picture narrower than the column sits.
    public enum Alignment: String, Sendable, CaseIterable { case left, center, right }

    public var image: ImageAsset
    /// What the picture shows, for screen readers (required unless `decorative`).
    public var alt: String
    /// Decoration only: drawn as an artifact, not read out.
    public var decorative: Bool
    /// A caption set under the picture.
    public var caption: String?
    /// How wide: points or a share of the column; nil: the natural width, at most the column's.
    public var width: Extent?
    /// Height in points; with a width, the picture is fitted into that box by `fit`.
    public var height: Points?
    public var fit: Fit
    public var alignment: Alignment
    /// A hairline round the picture (a white page of a PDF, a screenshot).
    public var border: Bool
    /// Moved to the top of the next page when it does not fit, the text after it going on meanwhile.
    public var floats = false

    public init(image: ImageAsset, alt: String, decorative: Bool = false, caption: String? = nil, width: Extent? = nil,
                height: Points? = nil, fit: Fit = .contain, alignment: Alignment = .left, border: Bool = false) {
        self.image = image; self.alt = alt; self.decorative = decorative; self.caption = caption
        self.width = width; self.height = height; self.fit = fit; self.alignment = alignment; self.border = border
    }
}

/// How images are checked.
public struct ImageStyle: Hashable, Sendable {
    /// Below this many pixels per inch at its placed size, a raster image is too coarse for print (a warning).
    public var minimumDPI: Double
    public init(minimumDPI: Double = 150) { self.minimumDPI = minimumDPI }
}

/// Opens image files fully (decodes the pixels, parses the SVG, loads the PDF page), so that a broken file
/// is an error at its place in the spec, not a blank at render time. The spec layer reads PNG and JPEG
/// headers itself; the Cairo layer's `CairoImageInspector` decodes all four formats and is what the
/// command line passes. A reader without one takes PNG and JPEG on their headers and refuses SVG and PDF.
public protocol ImageInspector: Sendable {
    func inspect(_ bytes: [UInt8], format: ImageAsset.Format, page: Int) -> ImageInspection
}

/// What opening an image found.
public enum ImageInspection: Sendable {
    /// It opens: its natural size in points, its pixels (raster), its page count (PDF; 1 otherwise).
    case image(size: Size, pixels: (width: Int, height: Int)?, pages: Int)
    /// It does not: why, in a few words ("the PNG data is truncated").
    case broken(String)
}
