/// A length in PDF points (1/72 inch). Every length in the model is in points, converted once when read.
public typealias Points = Double

/// A point in page space, origin top-left, y growing downwards (the way Cairo and readers think).
public struct Point: Hashable, Sendable {
    public var x: Points
    public var y: Points
    public init(x: Points, y: Points) { self.x = x; self.y = y }
}

/// A width and a height in points.
public struct Size: Hashable, Sendable {
    public var width: Points
    public var height: Points
    public init(width: Points, height: Points) { self.width = width; self.height = height }
}

/// An axis-aligned rectangle in page space.
public struct Rect: Hashable, Sendable {
    public var x: Points
    public var y: Points
    public var width: Points
    public var height: Points
    public init(x: Points, y: Points, width: Points, height: Points) {
        self.x = x; self.y = y; self.width = width; self.height = height
    }
    /// The right edge.
    public var maxX: Points { x + width }
    /// The bottom edge.
    public var maxY: Points { y + height }
    /// This rectangle moved by `dx`, `dy`.
    public func offsetBy(dx: Points, dy: Points) -> Rect { Rect(x: x + dx, y: y + dy, width: width, height: height) }
}

/// Space kept free on each side of a box.
public struct Insets: Hashable, Sendable {
    public var top: Points
    public var right: Points
    public var bottom: Points
    public var left: Points
    public init(top: Points, right: Points, bottom: Points, left: Points) {
        self.top = top; self.right = right; self.bottom = bottom; self.left = left
    }
    /// The same inset on every side.
    public init(all: Points) { self.init(top: all, right: all, bottom: all, left: all) }
}
