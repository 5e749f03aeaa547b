/// A place in an input file, 1-based, columns counted in characters.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public init(file: String, line: Int, column: Int) { self.file = file; self.line = line; self.column = column }
    /// `file:line:column`, the compilers' format editors understand.
    public var description: String { "\(file):\(line):\(column)" }
}

/// A problem found in a spec or data file, with where it is and, when one fits, what to do instead.
public struct Diagnostic: Hashable, Sendable {
    public enum Severity: String, Sendable { case error, warning }
    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// A fix to try ("did you mean `columns`?").
    public var suggestion: String?

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String, suggestion: String? = nil) {
        self.severity = severity; self.location = location; self.message = message; self.suggestion = suggestion
    }

    /// `file:line:column: error: message`, then the offending line with a caret, then the suggestion.
    public func rendered(sourceLine: String?) -> String {
        var out = "\(location): \(severity.rawValue): \(message)"
        if let sourceLine {
            let prefix = sourceLine.prefix(max(0, location.column - 1)).map { $0 == "\t" ? "\t" : " " }.joined()
            out += "\n    " + sourceLine + "\n    " + prefix + "^"
        }
        if let suggestion { out += "\n    note: " + suggestion }
        return out
    }
}

/// Collects diagnostics so every problem is reported in one run, not one per run.
public final class DiagnosticBag: @unchecked Sendable {
    public private(set) var items: [Diagnostic] = []
    public init() {}
    public func error(_ location: SourceLocation, _ message: String, suggestion: String? = nil) {
        items.append(Diagnostic(.error, location, message, suggestion: suggestion))
    }
    public func warning(_ location: SourceLocation, _ message: String, suggestion: String? = nil) {
        items.append(Diagnostic(.warning, location, message, suggestion: suggestion))
    }
    public var hasErrors: Bool { items.contains { $0.severity == .error } }
}

/// Thrown when a spec cannot be turned into a report. Holds every diagnostic found, warnings included.
public struct SpecError: Error, Sendable {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
