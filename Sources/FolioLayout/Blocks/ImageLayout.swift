import FolioModel

extension LayoutContext {
    /// An image with its caption, kept together: the picture a Figure with its alt text (an artifact when
    /// decorative), the caption under it, both in a Div.
    func imageElement(_ block: ImageBlock) -> FlowElement {
        let caption = theme.style(StyleName.caption)
        let gap = caption.spaceBefore / 2
        // The caption keeps to the picture's width (at least a short line's), under its left edge.
        func captionLines(under box: Rect) -> (items: [FrameItem], height: Points)? {
            guard let text = block.caption else { return nil }
            let width = min(contentWidth, max(box.width, Self.shortestCaptionWidth))
            let x = min(max(0, box.x), contentWidth - width)
            return Self.stackedLines(shape(text, style: caption, width: width), style: caption, x: x, top: box.maxY + gap, width: width)
        }
        // Fitted first as if the caption took two lines, then placed with the caption it gets.
        let reserve = block.caption == nil ? 0 : 2 * caption.lineHeight + gap
        let (placement, box) = Self.imagePlacement(block, column: contentWidth, tallest: max(36, contentHeight - reserve))
        let tag: StructureTag = block.decorative ? .artifact(.layout) : .figure(alt: block.alt)
        var items: [FrameItem] = [.beginTag(tag), .image(placement)]
        if block.border {
            let r = placement.visible, w = theme.table.ruleWidth
            items.append(.path(.polygon([Point(x: r.x, y: r.y), Point(x: r.maxX, y: r.y), Point(x: r.maxX, y: r.maxY), Point(x: r.x, y: r.maxY)]),
                               fill: nil, stroke: Stroke(width: w, color: theme.colors.rule)))
        }
        items.append(.endTag)
        var rows = [Row(height: box.maxY, items: items)]
        if let lines = captionLines(under: box) {
            rows.append(Row(height: lines.height + gap, items: [.beginTag(.caption)] + lines.items.map { $0.offsetBy(dx: 0, dy: -box.maxY) } + [.endTag],
                            canBreakBefore: false))
        }
        var element = FlowElement(rows: rows)
        element.spaceBefore = caption.spaceBefore
        element.spaceAfter = theme.style(StyleName.body).spaceAfter
        element.atomic = true
        element.tag = .division
        element.floats = block.floats
        return element
    }

    /// A caption under a small picture (a badge) still gets a line this long.
    static let shortestCaptionWidth: Points = 180

    /// Where the picture goes in a column `column` wide, its top at 0: the box is the given width (or the
    /// natural width, at most the column's) and the given height (or the width's at the picture's
    /// proportions), no taller than `tallest`; the picture is fitted into it, whole (`contain`) or filling
    /// it and cropped (`cover`), and the box aligned in the column.
    static func imagePlacement(_ block: ImageBlock, column: Points, tallest: Points) -> (placement: ImagePlacement, box: Rect) {
        let ratio = block.image.aspectRatio
        var width = min(column, block.width?.resolved(in: column) ?? block.image.size.width)
        var height = block.height ?? width / ratio
        if height > tallest {
            if block.height == nil || block.width == nil { width = min(width, tallest * ratio) }
            height = tallest
        }
        if block.height != nil && block.width == nil { width = min(column, height * ratio) }
        let x: Points
        switch block.alignment {
        case .left: x = 0
        case .center: x = (column - width) / 2
        case .right: x = column - width
        }
        let box = Rect(x: x, y: 0, width: width, height: height)
        return (ImagePlacement.fitting(block.image, in: box, fit: block.fit), box)
    }
}

extension ImagePlacement {
    /// The picture's rectangle for `box`: centred and as large as fits inside it, or as small as covers it
    /// (then cut to the box).
    package static func fitting(_ image: ImageAsset, in box: Rect, fit: ImageBlock.Fit) -> ImagePlacement {
        let ratio = image.aspectRatio
        let boxRatio = box.height > 0 ? box.width / box.height : ratio
        guard abs(boxRatio - ratio) > 1e-6 else { return ImagePlacement(image: image, rect: box) }
        let widthLed = (ratio > boxRatio) == (fit == .contain)
        let w = widthLed ? box.width : box.height * ratio
        let h = widthLed ? box.width / ratio : box.height
        let rect = Rect(x: box.x + (box.width - w) / 2, y: box.y + (box.height - h) / 2, width: w, height: h)
        return ImagePlacement(image: image, rect: rect, clip: fit == .cover ? box : nil)
    }
}
