/// Where each chart id of a spec was first defined, under `charts:` or inline in `content`.
///
/// Why: an id names a release image (`charts/<spec>/<id>.png`), so two definitions of one id would make
/// that file show one chart while the report shows the other. The second definition is an error naming
/// the first. A reference (`chart: id`) is not a definition.
final class ChartIDs {
    private var first: [String: SourceLocation] = [:]

    /// Records `id` as defined at `location`; false (with an error there) when it was defined before.
    @discardableResult
    func claim(_ id: String, at location: SourceLocation, diagnostics: DiagnosticBag) -> Bool {
        if let earlier = first[id] {
            diagnostics.error(location, "two charts are named `\(id)`: the first is defined at line \(earlier.line), column \(earlier.column)",
                              suggestion: "give this chart another id, or place the first one with `chart: \(id)`")
            return false
        }
        first[id] = location
        return true
    }
}
