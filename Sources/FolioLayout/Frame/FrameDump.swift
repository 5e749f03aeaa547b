import Foundation
import FolioModel

/// A readable, stable text form of a page's items: golden tests compare this instead of pixels, so a
/// change shows up as a diff a person can read ("text 'Q1' at 61.3,402.5").
package enum FrameDump {
    package static func describe(_ page: PageFrame) -> String {
        var lines = ["page \(n(page.size.width))x\(n(page.size.height))"]
        describe(page.items, depth: 0, into: &lines)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func describe(_ items: [FrameItem], depth start: Int, into lines: inout [String]) {
        var depth = start
        for item in items {
            let indent = String(repeating: "  ", count: depth)
            switch item {
            case .text(let t):
                if let piece = t.drawnPiece {
                    lines.append(indent + "text '\(piece.text)' at \(n(t.origin.x + piece.x0)),\(n(t.origin.y)) w \(n(piece.x1 - piece.x0)) piece")
                    continue
                }
                lines.append(indent + "text '\(t.metrics.text)' at \(n(t.origin.x)),\(n(t.origin.y)) w \(n(t.metrics.width))")
            case .fill(let r, let c): lines.append(indent + "fill \(rect(r)) \(c.hexString)")
            case .rule(let a, let b, let w, let c): lines.append(indent + "rule \(n(a.x)),\(n(a.y)) → \(n(b.x)),\(n(b.y)) w \(n(w)) \(c.hexString)")
            case .path(let p, let f, let s):
                var d = indent + "path \(p.elements.count) elements"
                if let first = p.elements.first, case .move(let pt) = first { d += " from \(n(pt.x)),\(n(pt.y))" }
                if let f { d += " fill \(f.hexString)" }
                if let s { d += " stroke \(n(s.width)) \(s.color.hexString)" + (s.dash.isEmpty ? "" : " dashed") }
                lines.append(d)
            case .image(let p):
                lines.append(indent + "image \(p.image.format.rawValue) \(rect(p.rect))" + (p.clip.map { " clip \(rect($0))" } ?? ""))
            case .group(let g):
                let t = g.transform
                var d = indent + "group at \(n(t.origin.x)),\(n(t.origin.y))"
                if t.rotation != 0 { d += " rotated \(n(t.rotation))" }
                if t.scaleX != 1 || t.scaleY != 1 { d += " scaled \(n(t.scaleX))x\(n(t.scaleY))" }
                lines.append(d)
                describe(g.items, depth: depth + 1, into: &lines)
            case .beginTag(let tag):
                lines.append(indent + "<\(tag.pdfName)>" + (tag.language.map { " lang \($0)" } ?? ""))
                depth += 1
            case .endTag:
                depth = max(0, depth - 1)
                lines.append(String(repeating: "  ", count: depth) + "</>")
            }
        }
    }

    private static func n(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(format: "%.1f", r)
    }

    private static func rect(_ r: Rect) -> String { "\(n(r.x)),\(n(r.y)) \(n(r.width))x\(n(r.height))" }
}
