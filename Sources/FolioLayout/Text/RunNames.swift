import Synchronization

/// The font faces and languages of shaped runs, numbered once per process, so that a packed line
/// (`ShapedLineWords`) keeps a word for each instead of its name: a report uses a handful of faces and
/// languages, and a long one has 400,000 lines (about 28 bytes each saved).
///
/// Numbers are handed out in whatever order threads first ask; they never leave the process (a line reads
/// its names back when drawn), so the order cannot reach any output.
enum RunNames {
    private struct Table {
        var names: [String] = []
        var numbers: [String: UInt32] = [:]
    }
    private static let table = Mutex(Table())

    /// The number of `name`, given it on first use.
    static func number(_ name: String) -> UInt32 {
        table.withLock { table in
            if let known = table.numbers[name] { return known }
            let number = UInt32(table.names.count)
            table.names.append(name)
            table.numbers[name] = number
            return number
        }
    }

    /// The name numbered `number`; empty for a number never given (never the case for a packed line).
    static func name(_ number: UInt32) -> String {
        table.withLock { table in Int(number) < table.names.count ? table.names[Int(number)] : "" }
    }
}
