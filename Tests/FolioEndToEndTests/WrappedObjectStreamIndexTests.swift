@testable import FolioPDF
import FolioTestSupport
import Foundation
import Testing

/// Cairo 1.18 puts a long document's objects in one object stream and writes each one's index in two bytes
/// of the cross-reference stream (`/W [1 3 2]`), so past 65,535 objects the index wraps: a 100,000-row
/// table's update failed on Debian 13 with "object 537547 is not at index 60019 of object stream 537527"
/// (its true index: 60,019 + 7 × 65,536). The stream's header says which object each member is.
@Suite("Object stream indices past 65,535")
struct WrappedObjectStreamIndexTests {
    /// An object stream of `count` members, object `1000 + i` at index `i`, each `<< /I i >>`.
    static func stream(count: Int) throws -> PDFObjectStream {
        var header = "", body = ""
        for i in 0..<count {
            header += "\(1000 + i) \(body.utf8.count) "
            body += "<< /I \(i) >>\n"
        }
        let data = Array((header + body).utf8)
        return try PDFObjectStream(number: 7, dictionary: ["/Type": .name("/ObjStm"), "/N": .integer(count), "/First": .integer(header.utf8.count)],
                                   data: data)
    }

    @Test func anIndexWrappedPastTwoBytesFindsItsObject() throws {
        let stream = try Self.stream(count: 140_000)
        for index in [0, 65_535, 65_536, 70_000, 131_072, 139_999] {
            let wrapped = index % 65_536
            let object = try stream.object(1000 + index, at: wrapped)
            #expect(object.value.dictionary?["/I"]?.integer == index)
        }
    }

    @Test func anObjectTheHeaderDoesNotListIsStillAnError() throws {
        let stream = try Self.stream(count: 70_000)
        // Object 1005 is at index 5, not 6 nor 6 + 65,536; object 900 is not in the stream.
        #expect(throws: PDFCrossReference.Failure.self) { try stream.object(1005, at: 6) }
        #expect(throws: PDFCrossReference.Failure.self) { try stream.object(900, at: 0) }
    }
}

/// An object of a file read through a window is parsed from a short copy of its bytes when it ends inside
/// the copy, and from the file otherwise: the same object either way.
@Suite("Objects read from a short copy")
struct ShortObjectTests {
    @Test func anObjectEndingInsideTheCopyIsRead() throws {
        let object = try #require(PDFObjects<[UInt8]>.shortObject(Array("7 0 obj\n<< /S /TD /K 8 >>\nendobj\n8 0 obj".utf8), number: 7))
        #expect(object.value.dictionary?["/K"]?.integer == 8)
        #expect(String(decoding: object.text, as: UTF8.self) == "<< /S /TD /K 8 >>")
        #expect(object.streamData == nil)
    }

    @Test("cut short, a stream, another object or not an object: left to the file", arguments: [
        "7 0 obj\n<< /S /TD /K [ 1 0 R 2 0", "7 0 obj\n   62937", "7 0 obj\n   6293736\nendo",
        "7 0 obj\n<< /Length 3 >>\nstream\nabc\nendstream\nendobj", "8 0 obj\n<< >>\nendobj", "xref\n0 1",
    ])
    func anObjectNotWholeInTheCopyIsLeftToTheFile(copy: String) {
        #expect(PDFObjects<[UInt8]>.shortObject(Array(copy.utf8), number: 7) == nil)
    }

    @Test func aFileReadThroughAWindowGivesTheSameObjectsAsInMemory() throws {
        // Objects shorter and longer than the copy, a stream, and windows smaller than some objects.
        var body = "%PDF-1.4\n", offsets: [Int] = []
        let long = "<< /K [" + (1...80).map { " \($0) 0 R" }.joined() + " ] >>"
        for (n, text) in [(1, "<< /Type /Catalog >>"), (2, long), (3, "<< /Length 5 >>\nstream\nhello\nendstream"), (4, "42")] {
            offsets.append(body.utf8.count)
            body += "\(n) 0 obj\n\(text)\nendobj\n"
        }
        let xref = body.utf8.count
        body += "xref\n0 5\n0000000000 65535 f \n" + offsets.map { String(repeating: "0", count: 10 - String($0).count) + "\($0) 00000 n \n" }.joined()
        body += "trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        let folder = try TestSupport.temporaryDirectory()
        let file = folder.appendingPathComponent("short.pdf")
        try Data(body.utf8).write(to: file)
        let memory = try PDFObjects(Array(body.utf8))
        for window in [16, 64, 1 << 20] {
            let windowed = try PDFObjects(try PDFFileBytes(file, windowSize: window))
            for n in 1...4 {
                let a = try memory.object(n), b = try windowed.object(n)
                #expect(a.text == b.text && a.value == b.value && a.streamData == b.streamData, "object \(n), window \(window)")
            }
        }
    }
}
