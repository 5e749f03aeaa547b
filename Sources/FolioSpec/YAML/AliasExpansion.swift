import Yams

/// Bounds what aliases and merge keys can make of a document before anything reads it.
///
/// Why: Yams resolves an alias to the anchored node itself, so a document of a few hundred bytes can stand
/// for billions of nodes (`&a [*b, *b, …]` or `<<: [*m, *m, …]`, ten-fold at each of seven levels), and every
/// reader that walks it — merges expanded key by key above all — would take as long. The expanded size is
/// counted once per collection, remembered by where it starts in the text (an alias resolves to the very
/// node it names, mark included; Yams's anchors are gone once it returns), so the count costs no more than
/// the text; a document over the limit is refused with an error where it crosses it.
struct AliasExpansion {
    /// Far above any real spec (ALERT's annual report is a few thousand nodes), far below a hang.
    static let limit = 100_000

    private let limit: Int
    private var sizes: [Key: Int] = [:]

    private struct Key: Hashable {
        let isMapping: Bool
        let line: Int
        let column: Int
    }

    init(limit: Int = AliasExpansion.limit) { self.limit = limit }

    /// An error at the first place (in document order) where the expanded document passes the limit, or nil.
    static func check(_ root: Node, file: String, limit: Int = AliasExpansion.limit) -> Diagnostic? {
        var counter = AliasExpansion(limit: limit)
        guard counter.size(of: root) > limit else { return nil }
        let mark = counter.crossing(in: root)
        return Diagnostic(.error, SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1),
                          "this document expands aliases to more than \(limit) nodes",
                          suggestion: "repeat less through aliases and merge keys (`<<`): each alias counts as a copy of what it names")
    }

    /// The node count with every alias counted as a copy, saturating just above the limit.
    mutating func size(of node: Node) -> Int {
        let key: Key
        switch node {
        case .mapping(let m): key = Key(isMapping: true, line: m.mark?.line ?? 0, column: m.mark?.column ?? 0)
        case .sequence(let s): key = Key(isMapping: false, line: s.mark?.line ?? 0, column: s.mark?.column ?? 0)
        case .scalar, .alias: return 1
        }
        if let known = sizes[key] { return known }
        var total = 1
        for child in Self.children(of: node) {
            total = min(limit + 1, total + size(of: child.node))
            if total > limit { break }
        }
        sizes[key] = total
        return total
    }

    /// Where the running count passes the limit: descending into the child that crosses it while that child
    /// is written out in place, stopping at the use of an alias (reported at its mapping key, or its list).
    private mutating func crossing(in root: Node) -> Mark? {
        var node = root
        var budget = limit
        while true {
            var next: Child? = nil
            for child in Self.children(of: node) {
                let size = size(of: child.node)
                if size > budget - 1 { next = child; break }
                budget -= size
            }
            guard let next else { return node.mark }
            if !next.inPlace || Self.children(of: next.node).isEmpty { return next.mark ?? node.mark }
            node = next.node
            budget -= 1
        }
    }

    private struct Child {
        let node: Node
        /// Where to report it: an alias's own mark is its anchor's, somewhere else.
        let mark: Mark?
        /// Written here rather than named by an alias: its mark follows the one before it (an alias names
        /// something defined earlier).
        let inPlace: Bool
    }

    private static func children(of node: Node) -> [Child] {
        switch node {
        case .mapping(let map):
            return map.flatMap { entry in
                [Child(node: entry.key, mark: entry.key.mark, inPlace: true),
                 Child(node: entry.value, mark: entry.key.mark, inPlace: follows(entry.value.mark, entry.key.mark))]
            }
        case .sequence(let seq):
            var previous = seq.mark
            var children: [Child] = []
            for item in seq {
                let inPlace = follows(item.mark, previous)
                children.append(Child(node: item, mark: inPlace ? item.mark : seq.mark, inPlace: inPlace))
                if inPlace { previous = item.mark }
            }
            return children
        case .scalar, .alias: return []
        }
    }

    private static func order(_ mark: Mark) -> (Int, Int) { (mark.line, mark.column) }

    private static func follows(_ mark: Mark?, _ previous: Mark?) -> Bool {
        guard let mark, let previous else { return false }
        return order(mark) > order(previous)
    }
}
