import FolioModel

/// Opens images as the renderer will (see `ImageInspector`): a file that opens here draws.
package struct CairoImageInspector: ImageInspector {
    package init() {}

    package func inspect(_ bytes: [UInt8], format: ImageAsset.Format, page: Int) -> ImageInspection {
        let probe = ImageAsset(format: format, bytes: bytes, page: page, id: "probe", size: Size(width: 1, height: 1))
        switch DecodedImage.open(probe) {
        case .success(let image): return .image(size: image.size, pixels: image.pixels, pages: image.pages)
        case .failure(let e):
            // A page the PDF does not have: its page count, for an error at `page`.
            if format == .pdf, page > 1, case .success(let first) = DecodedImage.open(ImageAsset(format: .pdf, bytes: bytes, id: "probe", size: probe.size)) {
                return .image(size: first.size, pixels: nil, pages: first.pages)
            }
            return .broken(e.message)
        }
    }
}
