/// A shaped text's lines, top to bottom: one line kept inline, more in an array.
///
/// Why: most texts a report shapes are one line (table cells, labels, figures), and a long table keeps
/// 400,000 of them until drawn; an array of one line took an allocation of its own each (48 bytes, 15 MB).
package struct ShapedLines: RandomAccessCollection, Hashable, Sendable {
    private enum Storage: Hashable, Sendable {
        case one(ShapedLine)
        case many([ShapedLine])
    }
    private let storage: Storage

    package init(_ lines: [ShapedLine]) {
        storage = lines.count == 1 ? .one(lines[0]) : .many(lines)
    }

    package var startIndex: Int { 0 }
    package var endIndex: Int {
        switch storage {
        case .one: 1
        case .many(let lines): lines.count
        }
    }
    package subscript(position: Int) -> ShapedLine {
        switch storage {
        case .one(let line):
            precondition(position == 0, "line \(position) of a one-line text")
            return line
        case .many(let lines): return lines[position]
        }
    }
}
