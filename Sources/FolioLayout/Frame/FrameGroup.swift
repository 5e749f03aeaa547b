import Foundation
import FolioModel

/// Items drawn in a coordinate system of their own, placed on the page by `transform` (Typst's `GroupItem`):
/// a category label turned 45° is a group rotated about the label's baseline start, holding the label as
/// ordinary, unturned text at the group's origin. Layout lays out inside the group as it would anywhere, and
/// renderers apply the transform once, so no item needs a rotation of its own.
///
/// A group holds drawing items only (text, fills, rules, paths, images), no structure tags: it is marked in
/// a tagged PDF as one piece by the element around it, and a renderer ignores tags inside it.
package struct FrameGroup: Hashable, Sendable {
    /// Maps the group's coordinates onto its parent's (the page's).
    package var transform: FrameTransform
    /// The items, in the group's coordinates.
    package var items: [FrameItem]

    package init(transform: FrameTransform, items: [FrameItem]) {
        self.transform = transform
        self.items = items
    }

    /// The same group moved by `dx`, `dy` on its parent: its origin moves, its items stay as they are in it.
    package func offsetBy(dx: Points, dy: Points) -> FrameGroup {
        var moved = self
        moved.transform.origin = Point(x: transform.origin.x + dx, y: transform.origin.y + dy)
        return moved
    }
}

/// A group's placement, applied in this order, as renderers do it: move the origin to `origin`, turn by
/// `rotation`, scale by `scale`. Kept in these three parts, not as a matrix, so that a renderer makes the very
/// calls (translate, rotate, scale) that give the same bytes on every run and every backend.
package struct FrameTransform: Hashable, Sendable {
    /// Where the group's origin lies on its parent.
    package var origin: Point
    /// Clockwise turn in degrees (y grows downwards, as on the page); 0 for none.
    package var rotation: Double
    /// Scale along the group's own x and y; 1 for none.
    package var scaleX: Double
    package var scaleY: Double

    package init(origin: Point, rotation: Double = 0, scaleX: Double = 1, scaleY: Double = 1) {
        self.origin = origin; self.rotation = rotation; self.scaleX = scaleX; self.scaleY = scaleY
    }

    /// A turn of `degrees` about `point`.
    package static func rotation(_ degrees: Double, about point: Point) -> FrameTransform {
        FrameTransform(origin: point, rotation: degrees)
    }

    /// Where `point`, in the group's coordinates, lies on the parent.
    package func apply(_ point: Point) -> Point {
        let x = point.x * scaleX, y = point.y * scaleY
        let a = rotation * .pi / 180
        let cosine = rotation == 0 ? 1 : cos(a), sine = rotation == 0 ? 0 : sin(a)
        return Point(x: origin.x + x * cosine - y * sine, y: origin.y + x * sine + y * cosine)
    }

    /// The smallest upright rectangle on the parent holding `rect` (in the group's coordinates) once placed.
    package func bounds(of rect: Rect) -> Rect {
        let corners = [Point(x: rect.x, y: rect.y), Point(x: rect.maxX, y: rect.y),
                       Point(x: rect.x, y: rect.maxY), Point(x: rect.maxX, y: rect.maxY)].map(apply)
        let xs = corners.map(\.x), ys = corners.map(\.y)
        let minX = xs.min() ?? 0, minY = ys.min() ?? 0
        return Rect(x: minX, y: minY, width: (xs.max() ?? 0) - minX, height: (ys.max() ?? 0) - minY)
    }
}
