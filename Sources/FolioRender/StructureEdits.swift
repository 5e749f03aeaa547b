/// The structure tree's objects as the PDF's update rewrites them, step after step: artifacts taken out,
/// elements continued on a later page joined, languages added. A step reads an object as the steps before
/// left it (so two steps may change the same element, say a paragraph that loses an artifact marker and gains
/// a page's content), and each object is written once, in the order it was first changed.
struct StructureEdits {
    private var order: [Int] = []
    private var texts: [Int: [UInt8]] = [:]
    /// Objects made only when the update is written (rewritten content streams: a long report has one a
    /// page, tens of megabytes together), so that they are never all in memory at once.
    private var later: [Int: () throws -> [UInt8]?] = [:]

    /// Sets object `number`'s new text (a dictionary, an array, `null`, or a whole stream object).
    mutating func set(_ number: Int, _ text: [UInt8]) {
        if texts[number] == nil && later[number] == nil { order.append(number) }
        texts[number] = text
    }

    /// Sets object `number` to what `make` gives when the update is written (nil: the object is unchanged
    /// and left out). For objects no later step reads (content streams): `edited` does not see them.
    mutating func setLater(_ number: Int, _ make: @escaping () throws -> [UInt8]?) {
        if texts[number] == nil && later[number] == nil { order.append(number) }
        later[number] = make
    }

    mutating func set(_ number: Int, _ text: String) { set(number, Array(text.utf8)) }

    /// Object `number`'s new text, if a step changed it.
    func edited(_ number: Int) -> String? { texts[number].map { String(decoding: $0, as: UTF8.self) } }

    /// The changed objects, in the order they were first changed.
    var objects: [(Int, UpdatedObject)] {
        order.compactMap { n in texts[n].map { (n, .text($0)) } ?? later[n].map { (n, .later($0)) } }
    }
}

/// An object of the PDF's update: its new text, or how to make it when it is written (nil: left out).
enum UpdatedObject {
    case text([UInt8])
    case later(() throws -> [UInt8]?)
}

extension PDFIncrementalUpdate {
    /// Object `number`'s dictionary as the edits so far leave it.
    func currentDictionary(_ number: Int, _ edits: StructureEdits) throws -> String {
        try edits.edited(number) ?? objectDictionary(number)
    }

    /// Object `number`'s text (an array, a number) as the edits so far leave it.
    func currentBody(_ number: Int, _ edits: StructureEdits) throws -> String {
        try edits.edited(number) ?? objectBody(number)
    }
}
