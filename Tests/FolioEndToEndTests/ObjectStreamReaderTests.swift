import Foundation
import FolioPDF
import FolioTestSupport
import Testing

/// The PDF reader (`PDFObjects`) on the two ways a file stores its objects: Cairo 1.16's classic xref table,
/// and the cross-reference and object streams of Cairo 1.17.6+ — made here from a committed report by qpdf,
/// which renumbers the objects, so the two forms are compared as graphs walked from the trailer's `/Root`.
@Suite("PDF reader: xref tables and object streams")
struct ObjectStreamReaderTests {
    static let report = TestSupport.root.appendingPathComponent("Output/alert-annual-report-2023-24.pdf")

    /// The qpdf options that make the object-stream forms tried (each also packs objects into object streams).
    static let forms: [[String]] = [
        [],
        ["--newline-before-endstream"],
        ["--normalize-content=n", "--stream-data=compress"],
    ]

    /// `pdf` rewritten by qpdf with object and cross-reference streams (`options` added).
    static func objectStreamForm(_ pdf: URL, _ options: [String] = []) throws -> [UInt8] {
        let out = try TestSupport.temporaryDirectory().appendingPathComponent("streams.pdf")
        let result = try TestSupport.run("qpdf", ["--object-streams=generate", "--compress-streams=y"] + options + [pdf.path, out.path])
        #expect(result.status == 0, "\(result.stderr)")
        return [UInt8](try Data(contentsOf: out))
    }

    @Test("the object-stream form reads as the same document", arguments: forms)
    func sameDocumentInBothForms(options: [String]) throws {
        let original = try PDFObjects([UInt8](try Data(contentsOf: Self.report)))
        let streams = try PDFObjects(try Self.objectStreamForm(Self.report, options))
        #expect(!original.crossReference.isStream)
        #expect(streams.crossReference.isStream)
        let compressed = streams.crossReference.entries.values.filter { if case .compressed = $0 { return true }; return false }
        #expect(compressed.count > 100, "most objects sit in object streams")
        var comparison = GraphComparison(left: original, right: streams)
        comparison.compare(.reference(try #require(original.trailer["/Root"]?.reference)),
                           .reference(try #require(streams.trailer["/Root"]?.reference)), at: "/Root")
        #expect(comparison.differences.isEmpty, "\(comparison.differences.prefix(5))")
        #expect(comparison.visited > 500)
        #expect(original.structureElements().map(\.type) == streams.structureElements().map(\.type))
        #expect(original.outline() == streams.outline())
        #expect(original.outline().count > 3)
    }

    /// Every object the reader finds in Cairo's file is the one qpdf shows (`--show-object`), for a sample.
    @Test func objectsAreWhereTheTableSays() throws {
        let original = try PDFObjects([UInt8](try Data(contentsOf: Self.report)))
        for number in original.numbers.filter({ $0 % 37 == 1 }) {
            let object = try original.object(number)
            var shown = try TestSupport.run("qpdf", ["--show-object=\(number)", Self.report.path]).stdout
            // A stream is shown after a line saying so.
            if let dictionary = shown.range(of: "Dictionary:") { shown = String(shown[dictionary.upperBound...]) }
            var parser = PDFParser(Array(shown.utf8))
            #expect(try parser.value() == object.value, "object \(number)")
        }
    }

    @Test func aBrokenCrossReferenceIsAnError() throws {
        var bytes = [UInt8](try Data(contentsOf: Self.report))
        let tail = bytes.count - 40
        for i in tail..<bytes.count where bytes[i] >= 0x30 && bytes[i] <= 0x39 { bytes[i] = 0x39 }
        #expect(throws: (any Error).self) { try PDFObjects(bytes) }
    }
}

/// Two object graphs walked side by side from a pair of references: the same values, with each reference on
/// the left paired with one on the right (qpdf renumbers), and streams' decoded data the same.
struct GraphComparison {
    let left: PDFObjects<[UInt8]>
    let right: PDFObjects<[UInt8]>
    var pairs: [Int: Int] = [:]
    var differences: [String] = []
    var visited: Int { pairs.count }

    init(left: PDFObjects<[UInt8]>, right: PDFObjects<[UInt8]>) { self.left = left; self.right = right }

    mutating func compare(_ a: PDFValue, _ b: PDFValue, at path: String) {
        switch (a, b) {
        case (.reference(let m), .reference(let n)):
            if let paired = pairs[m] { if paired != n { differences.append("\(path): \(m) paired with \(paired) and \(n)") }; return }
            pairs[m] = n
            guard let x = try? left.object(m), let y = try? right.object(n) else { differences.append("\(path): \(m) or \(n) unreadable"); return }
            compareObjects(x, y, at: path)
        case (.dictionary(let d), .dictionary(let e)):
            // qpdf writes a stream's /Length and /Filter itself; the data are compared decoded instead.
            let keys = Set(d.keys).union(e.keys).subtracting(["/Length", "/Filter", "/DecodeParms"])
            for key in keys.sorted() {
                guard let x = d[key], let y = e[key] else { differences.append("\(path)\(key): only on one side"); continue }
                compare(x, y, at: path + key)
            }
        case (.array(let x), .array(let y)):
            guard x.count == y.count else { differences.append("\(path): \(x.count) items, \(y.count)"); return }
            for (i, (p, q)) in zip(x, y).enumerated() { compare(p, q, at: path + "[\(i)]") }
        case (.real(let x), .real(let y)) where abs(x - y) < 1e-6: return
        case (.integer(let x), .real(let y)) where abs(Double(x) - y) < 1e-6: return
        case (.real(let x), .integer(let y)) where abs(x - Double(y)) < 1e-6: return
        default:
            if a != b { differences.append("\(path): \(a) vs \(b)") }
        }
    }

    mutating func compareObjects(_ x: PDFObjects<[UInt8]>.Object, _ y: PDFObjects<[UInt8]>.Object, at path: String) {
        compare(x.value, y.value, at: path)
        guard (x.streamData == nil) == (y.streamData == nil) else { differences.append("\(path): a stream on one side only"); return }
        if x.streamData != nil, (try? left.decodedStream(x.number)) != (try? right.decodedStream(y.number)) {
            differences.append("\(path): stream data differ")
        }
    }
}
