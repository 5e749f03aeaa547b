import Foundation
import FolioModel

/// The image files a spec names, each read and opened once however often it is placed; their paths join
/// the spec's inputs (an edited logo renders the report again).
final class ImageFiles {
    let base: String
    let inspector: (any ImageInspector)?
    private(set) var paths: [String] = []
    private var assets: [String: ImageAsset] = [:]

    init(base: String, inspector: (any ImageInspector)?) { self.base = base; self.inspector = inspector }

    /// The image at `relative` (page `page` of a PDF), or a located error.
    func asset(_ relative: String, page: Int, pageNode: SpecNode?, at node: SpecNode) -> ImageAsset? {
        let path = relative.hasPrefix("/") ? relative : (base.isEmpty ? relative : base + "/" + relative)
        let key = "\(page):\(path)"
        if let known = assets[key] { return known }
        guard let data = FileManager.default.contents(atPath: path) else {
            node.diagnostics.error(node.location, "image file not found: `\(path)`", suggestion: suggestion(for: path))
            return nil
        }
        paths.append(path)
        let bytes = [UInt8](data)
        guard let format = ImageSniffer.format(of: bytes) else {
            node.diagnostics.error(node.location, "`\(path)` is not a PNG, JPEG, SVG or PDF file",
                                   suggestion: "convert it to PNG (pixels) or SVG (vectors)")
            return nil
        }
        if format != .pdf, let pageNode {
            node.diagnostics.error(pageNode.location, "`page` is for PDF files; `\(path)` is \(format.rawValue.uppercased())")
            return nil
        }
        guard let asset = open(bytes, format: format, page: page, path: path, pageNode: pageNode, at: node) else { return nil }
        assets[key] = asset
        return asset
    }

    private func open(_ bytes: [UInt8], format: ImageAsset.Format, page: Int, path: String, pageNode: SpecNode?, at node: SpecNode) -> ImageAsset? {
        var size = Size(width: 0, height: 0)
        var pixels: (width: Int, height: Int)? = nil
        var dpi: Double? = nil
        if format.isRaster {
            switch ImageHeaders.read(bytes, format: format) {
            case .failure(let e):
                node.diagnostics.error(node.location, "cannot read `\(path)`: \(e.message)", suggestion: "export the image again")
                return nil
            case .success(let h):
                size = ImageHeaders.size(width: h.width, height: h.height, dpi: h.dpi)
                pixels = (h.width, h.height)
                dpi = h.dpi
            }
        }
        if let inspector {
            switch inspector.inspect(bytes, format: format, page: page) {
            case .broken(let why):
                node.diagnostics.error(node.location, "cannot read `\(path)`: \(why)", suggestion: "open it in an image editor and export it again")
                return nil
            case .image(let s, let p, let pages):
                guard page <= pages else {
                    node.diagnostics.error(pageNode?.location ?? node.location, "`\(path)` has \(pages) page\(pages == 1 ? "" : "s"); page \(page) asked")
                    return nil
                }
                if let p {
                    // The decoder's pixels, upright: what will be drawn.
                    pixels = p
                    size = ImageHeaders.size(width: p.width, height: p.height, dpi: dpi)
                } else {
                    size = s
                }
            }
        } else if !format.isRaster {
            node.diagnostics.error(node.location, "cannot open `\(path)`: \(format.rawValue.uppercased()) images need the renderer's image inspector",
                                   suggestion: "read the spec with `SpecReader(images: CairoImageInspector())`")
            return nil
        }
        guard size.width > 0, size.height > 0, size.width.isFinite, size.height.isFinite else {
            node.diagnostics.error(node.location, "`\(path)` has no size (an SVG needs `width` and `height` or a `viewBox`)")
            return nil
        }
        return ImageAsset(format: format, bytes: bytes, page: page, id: Self.digest(bytes, page: page), size: size, pixels: pixels)
    }

    /// Two 64-bit FNV-1a hashes with different seeds, with the length: names a picture's content.
    static func digest(_ bytes: [UInt8], page: Int) -> String {
        var a: UInt64 = 0xcbf29ce484222325, b: UInt64 = 0x84222325cbf29ce4
        for byte in bytes {
            a = (a ^ UInt64(byte)) &* 0x100000001b3
            b = (b ^ UInt64(byte ^ 0x5A)) &* 0x100000001b3
        }
        return String(a, radix: 16) + String(b, radix: 16) + "-\(bytes.count)-\(page)"
    }

    /// Files in the same folder with a similar name.
    private func suggestion(for path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        if let close = Suggestions.closest(to: name, in: names.sorted()) { return "did you mean `\(close)`?" }
        return "paths are relative to the spec's folder"
    }
}
