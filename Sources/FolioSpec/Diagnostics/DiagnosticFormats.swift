import Foundation

/// The ways diagnostics are printed: for people (compiler style with the source line and a caret),
/// for tools (JSON) and for GitHub Actions (workflow annotations).
public enum DiagnosticFormat: String, CaseIterable, Sendable {
    /// `file:line:column: error: message`, the source line with a caret under the column, then the suggestion.
    case text
    /// One JSON array of objects (`file`, `line`, `column`, `severity`, `message`, `suggestion`), keys sorted.
    case json
    /// GitHub Actions workflow commands (`::error file=…,line=…,col=…::message`): annotations on the changed lines.
    case github

    /// All diagnostics in this format.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        switch self {
        case .text: return DiagnosticPrinter.render(diagnostics)
        case .json: return Self.json(diagnostics)
        case .github: return diagnostics.map(Self.annotation).joined(separator: "\n")
        }
    }

    /// `[{"file":…,"line":…,"column":…,"severity":…,"message":…,"suggestion":…}]`, keys sorted, one array.
    static func json(_ diagnostics: [Diagnostic]) -> String {
        let objects: [[String: Any]] = diagnostics.map { d in
            var o: [String: Any] = ["file": d.location.file, "line": d.location.line, "column": d.location.column,
                                    "severity": d.severity.rawValue, "message": d.message]
            if let s = d.suggestion { o["suggestion"] = s }
            return o
        }
        guard let data = try? JSONSerialization.data(withJSONObject: objects, options: [.sortedKeys, .prettyPrinted]) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }

    /// `::error file=…,line=…,col=…::message` with the workflow-command escapes.
    static func annotation(_ d: Diagnostic) -> String {
        func escapeData(_ s: String) -> String {
            s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
        }
        func escapeProperty(_ s: String) -> String {
            escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
        }
        var message = d.message
        if let s = d.suggestion { message += " (\(s))" }
        return "::\(d.severity.rawValue) file=\(escapeProperty(d.location.file)),line=\(d.location.line),col=\(d.location.column)::\(escapeData(message))"
    }
}
