import Foundation
import FolioPDF

/// Joins each element continued on a later page into the element it continues, so a paragraph broken by a
/// page is one P element, as a reader expects. Cairo 1.16 marks a leaf element's content only on the page
/// where the element began, so layout draws such a paragraph as one element per page (see
/// `PageFrame.continuation`); here the later ones' content moves into the first: their MCIDs become marked-
/// content references (`<< /Type /MCR /Pg … /MCID n >>`, the page being another than the element's), their
/// child elements become its children, the page's parent-tree entries name it, and they leave the tree
/// (`null`).
extension PDFIncrementalUpdate {
    func joinContinuations(_ elements: WrittenElements, structTreeRoot: Int, into edits: inout StructureEdits) throws {
        guard !elements.continuations.isEmpty else { return }
        var found: [String: [Int]] = [:]
        // Each element joined into another, and the one it went into (a paragraph over three pages joins twice).
        var joined: [Int: Int] = [:]
        func target(_ number: Int) -> Int {
            var n = number
            while let next = joined[n] { n = next }
            return n
        }
        for continuation in elements.continuations {
            let type = continuation.type
            let list = found[type] ?? structureElements(ofType: type)
            found[type] = list
            guard list.count == elements.counts[type, default: 0], list.indices.contains(continuation.first),
                  list.indices.contains(continuation.next) else {
                throw Failure.unexpectedStructure("\(list.count) \(type) elements for \(elements.counts[type, default: 0]) drawn")
            }
            let into = target(list[continuation.first]), from = list[continuation.next]
            try join(from, into: into, edits: &edits)
            joined[from] = into
        }
        // The parent tree: what named a joined element names the one it went into.
        let root = try objectDictionary(structTreeRoot)
        guard let tree = Self.reference("/ParentTree", in: root) else { return }
        let nums = try currentDictionary(tree, edits)
        for value in Self.numberTreeValues(nums) {
            let body = try currentBody(value, edits)
            guard body.hasPrefix("[") else { continue }
            let replaced = Self.replacingReferences(in: body) { joined[$0] == nil ? nil : target($0) }
            if replaced != body { edits.set(value, replaced) }
        }
        let replaced = Self.replacingReferences(in: nums) { joined[$0] == nil ? nil : target($0) }
        if replaced != nums { edits.set(tree, replaced) }
    }

    /// Element `from`'s kids appended to element `into`'s, `from` taken out of its parent and emptied.
    private func join(_ from: Int, into: Int, edits: inout StructureEdits) throws {
        let source = try currentDictionary(from, edits)
        let page = Self.reference("/Pg", in: source)
        var moved: [String] = []
        for kid in Self.kids(of: source) {
            if let mcid = Int(kid) {
                guard let page else { throw Failure.unexpectedStructure("element \(from) has marked content but no page") }
                moved.append("<< /Type /MCR /Pg \(page) 0 R /MCID \(mcid) >>")
                continue
            }
            if kid.hasSuffix(" 0 R"), let child = Int(kid.prefix { $0.isNumber }) {
                let d = try currentDictionary(child, edits)
                edits.set(child, Self.replacingReferences(in: d) { $0 == from ? into : nil })
            }
            moved.append(kid)
        }
        let target = try currentDictionary(into, edits)
        edits.set(into, Self.replacingKids(of: target, with: Self.kids(of: target) + moved))
        if let parent = Self.reference("/P", in: source) {
            edits.set(parent, Self.removingKids([from], from: try currentDictionary(parent, edits)))
        }
        edits.set(from, "null")
    }

    /// The range of a dictionary's `/K` value as written: an array, or a single number or reference.
    static func kidsRange(in dictionary: String) -> Range<String.Index>? {
        let bytes = Array(dictionary.utf8)
        var parser = PDFParser(bytes)
        parser.skipSpace()
        guard bytes[parser.position...].starts(with: Array("<<".utf8)) else { return nil }
        parser.position += 2
        // Key after key at the top level, each value skipped by parsing it, until `/K`.
        while true {
            parser.skipSpace()
            guard case .name(let key)? = try? parser.value() else { return nil }
            parser.skipSpace()
            let start = parser.position
            guard (try? parser.value()) != nil else { return nil }
            guard key == "/K" else { continue }
            let utf8 = dictionary.utf8
            return utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: parser.position)
        }
    }

    /// A structure element's kids as written: MCIDs (`3`), references (`12 0 R`) and dictionaries (`<< … >>`).
    static func kids(of dictionary: String) -> [String] {
        guard let range = kidsRange(in: dictionary) else { return [] }
        var value = Substring(dictionary[range].trimmingCharacters(in: .whitespacesAndNewlines))
        if value.hasPrefix("[") && value.hasSuffix("]") { value = value.dropFirst().dropLast() }
        var kids: [String] = []
        var i = value.startIndex
        while i < value.endIndex {
            if value[i].isWhitespace { i = value.index(after: i); continue }
            if value[i...].hasPrefix("<<"), let close = value[i...].range(of: ">>") {
                kids.append(String(value[i..<close.upperBound]))
                i = close.upperBound
                continue
            }
            let word = value[i...].prefix { !$0.isWhitespace }
            i = word.endIndex
            // `N 0 R`: three words, one kid.
            let after = value[i...].drop { $0 == " " }
            if Int(word) != nil, after.hasPrefix("0 R") {
                kids.append(word + " 0 R")
                i = after.index(after.startIndex, offsetBy: 3)
            } else {
                kids.append(String(word))
            }
        }
        return kids
    }

    /// The dictionary with its `/K` value replaced by `kids` (as an array).
    static func replacingKids(of dictionary: String, with kids: [String]) -> String {
        let value = "[ " + kids.joined(separator: " ") + " ]"
        guard let range = kidsRange(in: dictionary) else { return dictionary }
        return String(dictionary[..<range.lowerBound]) + value + String(dictionary[range.upperBound...])
    }

    /// `text` with each indirect reference `N 0 R` for which `replacement` gives a number replaced by that one.
    static func replacingReferences(in text: String, _ replacement: (Int) -> Int?) -> String {
        var numbers = Set<Int>()
        var from = text.startIndex
        while let r = text.range(of: " 0 R", range: from..<text.endIndex) {
            let digits = text[..<r.lowerBound].reversed().prefix { $0.isNumber }
            if let n = Int(String(digits.reversed())), replacement(n) != nil { numbers.insert(n) }
            from = r.upperBound
        }
        var result = text
        for n in numbers.sorted() {
            if let to = replacement(n) { result = Self.replacingReferences(to: [n], in: result, with: "\(to) 0 R") }
        }
        return result
    }
}
