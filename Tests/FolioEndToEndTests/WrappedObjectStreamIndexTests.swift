@testable import FolioPDF
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
