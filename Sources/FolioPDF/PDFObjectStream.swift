/// An object stream decoded (ISO 32000-1, 7.5.7): `/N` pairs `number offset` at the start, then the objects'
/// texts from `/First` on.
struct PDFObjectStream {
    let number: Int
    let data: [UInt8]
    /// Each object's number and where its text starts in `data`, in stream order.
    let members: [(number: Int, start: Int)]

    init(number: Int, dictionary: [String: PDFValue], data: [UInt8]) throws {
        guard dictionary["/Type"]?.name == "/ObjStm", let count = dictionary["/N"]?.integer,
              let first = dictionary["/First"]?.integer, first <= data.count else {
            throw PDFCrossReference.Failure(description: "object \(number) is not an object stream")
        }
        var parser = PDFParser(data, end: first)
        var members: [(number: Int, start: Int)] = []
        for _ in 0..<count {
            guard let n = parser.integer(), let offset = parser.integer(), first + offset <= data.count else {
                throw PDFCrossReference.Failure(description: "object stream \(number)'s header is malformed")
            }
            members.append((n, first + offset))
        }
        self.number = number
        self.data = data
        self.members = members
    }

    /// The text and value of object `number`, which the cross-reference puts at `index`.
    func object(_ number: Int, at index: Int) throws -> (text: [UInt8], value: PDFValue) {
        guard let member = member(number, near: index) else {
            throw PDFCrossReference.Failure(description: "object \(number) is not at index \(index) of object stream \(self.number)")
        }
        // The value's own syntax says where it ends.
        var parser = PDFParser(data, at: members[member].start)
        parser.skipSpace()
        let start = parser.position
        let value = try parser.value()
        return (Array(data[start..<parser.position]), value)
    }

    /// Where object `number` is among the members: at `index`, or where `index` wrapped to. Cairo 1.18 writes
    /// the index in two bytes of the cross-reference stream and puts a whole document's objects in one stream,
    /// so past 65,535 objects the index it writes is the true one less a multiple of 65,536 (a 100,000-row
    /// table: 518,772 objects in one stream). The stream's own header says which object each member is
    /// (which is how qpdf reads such files), so the candidates are checked against it; a stream whose header
    /// does not list the object at all is still an error.
    func member(_ number: Int, near index: Int) -> Int? {
        guard index >= 0 else { return nil }
        return stride(from: index, to: members.count, by: 1 << 16).first { members[$0].number == number }
    }
}
