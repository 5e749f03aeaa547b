import FolioModel

/// A panel's free texts (reference labels, annotations) placed as one problem: each goes to the first of
/// its candidate boxes that stays inside the bounds and meets nothing drawn in the plot — bars, lines,
/// markers, value labels — nor a text placed before it. A text without a free candidate is left out, never
/// overprinted.
///
/// Why one placer, not each label on its own: a reference label placed without knowing the data sat on
/// the bars ("Half of generation"), and two labels placed one at a time could meet.
struct LabelPlacer {
    let bounds: Rect
    /// The clear space a text keeps from every obstacle (a label touching a bar's value reads as one word).
    var margin: Points = 0
    /// Everything a text must not meet: drawn marks and placed texts.
    private(set) var boxes: [Rect] = []
    /// Lines a text must not cross.
    private(set) var segments: [(Point, Point)] = []

    init(bounds: Rect, margin: Points = 0) { self.bounds = bounds; self.margin = margin }

    /// Takes the marks of `items` as obstacles: fills, paths (lines as segments, shapes by their extent),
    /// text lines. Gridlines (`rule`s) are not obstacles: text may sit on them.
    mutating func avoid(_ items: [FrameItem]) {
        for item in items {
            switch item {
            case .fill(let r, _): boxes.append(r)
            case .path(let shape, _, _):
                let points = shape.elements.compactMap { e -> Point? in
                    switch e {
                    case .move(let p), .line(let p): return p
                    case .curve(_, _, let p): return p
                    case .close: return nil
                    }
                }
                if shape.elements.contains(where: { if case .curve = $0 { return true } else { return false } }) || shape.elements.last == .close {
                    boxes.append(Self.extent(points))
                } else {
                    segments += zip(points, points.dropFirst()).map { ($0, $1) }
                }
            case .text(let line): boxes.append(Self.box(line))
            default: break
            }
        }
    }

    /// Takes `rect` as an obstacle.
    mutating func avoid(_ rect: Rect) { boxes.append(rect) }

    /// Takes a line no text may cross (the axis' baseline: a label across it reads as struck through).
    mutating func avoid(from a: Point, to b: Point) { segments.append((a, b)) }

    /// The first free candidate, now taken; nil when none is free.
    mutating func place(_ candidates: [Rect]) -> Rect? {
        guard let free = candidates.first(where: isFree) else { return nil }
        boxes.append(free)
        return free
    }

    /// The first free candidate that a leader from `anchor` (to the box's nearest point) reaches without
    /// passing through a mark or a text; the box and the leader are taken. Why: a note whose own place
    /// is covered by the data can still sit in clear space nearby and point to what it is about.
    mutating func placeWithLeader(_ candidates: [Rect], from anchor: Point) -> (box: Rect, leader: (Point, Point))? {
        for r in candidates where isFree(r) {
            let end = Point(x: min(max(anchor.x, r.x - 1.5), r.maxX + 1.5), y: min(max(anchor.y, r.y), r.maxY))
            guard !boxes.contains(where: { ChartGeometry.segment(anchor, end, crosses: $0) }) else { continue }
            boxes.append(r)
            segments.append((anchor, end))
            return (r, (anchor, end))
        }
        return nil
    }

    func isFree(_ r: Rect) -> Bool {
        r.x >= bounds.x - 0.01 && r.maxX <= bounds.maxX + 0.01 && r.y >= bounds.y - 0.01 && r.maxY <= bounds.maxY + 0.01
            && !boxes.contains { ChartGeometry.intersects($0, padded(r)) }
            && !segments.contains { ChartGeometry.segment($0.0, $0.1, crosses: r) }
    }

    private func padded(_ r: Rect) -> Rect {
        Rect(x: r.x - margin, y: r.y - margin, width: r.width + 2 * margin, height: r.height + 2 * margin)
    }

    /// The box a text line's ink may take: from its ascent above the baseline to its descent below.
    static func box(_ line: TextLine) -> Rect {
        let m = line.metrics
        return Rect(x: line.origin.x, y: line.origin.y - m.ascent, width: m.width, height: m.ascent + m.descent)
    }

    static func extent(_ points: [Point]) -> Rect {
        let xs = points.map(\.x), ys = points.map(\.y)
        guard let x0 = xs.min(), let x1 = xs.max(), let y0 = ys.min(), let y1 = ys.max() else { return Rect(x: 0, y: 0, width: 0, height: 0) }
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }
}

/// Overlap tests shared by the placers of line value labels and of free texts.
enum ChartGeometry {
    static func intersects(_ a: Rect, _ b: Rect) -> Bool {
        a.x < b.maxX && b.x < a.maxX && a.y < b.maxY && b.y < a.maxY
    }

    /// Whether the segment from `a` to `b` passes through `rect` grown by a point on every side: exact
    /// (Liang–Barsky clipping), since a sampled test missed long segments crossing small labels.
    static func segment(_ a: Point, _ b: Point, crosses rect: Rect) -> Bool {
        let (x0, x1, y0, y1) = (rect.x - 1, rect.maxX + 1, rect.y - 1, rect.maxY + 1)
        let dx = b.x - a.x, dy = b.y - a.y
        var enter = 0.0, leave = 1.0
        for (p, q) in [(-dx, a.x - x0), (dx, x1 - a.x), (-dy, a.y - y0), (dy, y1 - a.y)] {
            if p == 0 {
                if q < 0 { return false }
            } else {
                let t = q / p
                if p < 0 { enter = max(enter, t) } else { leave = min(leave, t) }
                if enter > leave { return false }
            }
        }
        return true
    }
}
