/// A place in an input file, 1-based, columns counted in characters.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file's path as the spec or the caller named it (a data file's relative to the spec's folder, joined).
    public var file: String
    /// The line, from 1.
    public var line: Int
    /// The column, from 1, in characters (not bytes).
    public var column: Int
    /// A place to report a problem at (a host adding its own diagnostics to Folio's).
    public init(file: String, line: Int, column: Int) { self.file = file; self.line = line; self.column = column }
    /// `file:line:column`, the compilers' format editors understand.
    public var description: String { "\(file):\(line):\(column)" }
}

/// A problem found in a spec or data file, with where it is and, when one fits, what to do instead.
public struct Diagnostic: Hashable, Sendable {
    /// Whether the report can still be built.
    public enum Severity: String, Sendable {
        /// The spec (or a data file) must change: nothing is built from it.
        case error
        /// Built all the same (an error with `--strict`): a figure read a way that may not be meant, a character a font lacks.
        case warning
    }
    /// Error or warning.
    public var severity: Severity
    /// Where the problem is: the spec, a data file or a translation file, line and column.
    public var location: SourceLocation
    /// What is wrong, as a sentence for the spec's author (no location, no severity).
    public var message: String
    /// A fix to try ("did you mean `columns`?").
    public var suggestion: String?

    /// A diagnostic of a host's own, printed and counted with Folio's.
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
package final class DiagnosticBag: @unchecked Sendable {
    package private(set) var items: [Diagnostic] = []
    package init() {}
    package func error(_ location: SourceLocation, _ message: String, suggestion: String? = nil) {
        items.append(Diagnostic(.error, location, message, suggestion: suggestion))
    }
    package func warning(_ location: SourceLocation, _ message: String, suggestion: String? = nil) {
        items.append(Diagnostic(.warning, location, message, suggestion: suggestion))
    }
    package var hasErrors: Bool { items.contains { $0.severity == .error } }
}

/// Thrown when a spec cannot be turned into a report. Holds every diagnostic found, warnings included.
public struct SpecError: Error, Sendable {
    /// Every problem, in the order found, errors and warnings; print them with `DiagnosticFormat`.
    public var diagnostics: [Diagnostic]
    /// An error holding `diagnostics`.
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
