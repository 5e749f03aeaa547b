import FolioLayout

/// How an artifact gets through Cairo 1.16, which knows only structure elements: `cairo_tag_begin` rejects
/// any name outside the standard structure types ("Artifact" included: the context goes into an error state
/// and the file comes out broken), and writes every leaf element's content as `/Name << /MCID n >> BDC … EMC`.
/// So an artifact is drawn inside a marker element of a standard type Folio uses for nothing else, and the
/// PDF's incremental update turns it into a real artifact afterwards: in the page's content stream
/// `/NonStruct << /MCID n >> BDC` becomes `/Artifact << /Type /Pagination >> BDC`, and the marker element
/// leaves the structure tree (its parent's `/K`, the page's parent-tree entry) — see `PDFArtifacts`.
///
/// Why not rewrite content streams alone, wrapping whatever Cairo left unmarked? Cairo does not say what the
/// unmarked operators are; finding them needs a full content-stream parser, and the artifact's kind
/// (pagination or layout) is known only to layout. With markers, layout decides and the rewrite is a fixed
/// byte pattern, deterministic and checked by `qpdf --check` in the tests.
package enum ArtifactMarker {
    /// The standard structure type standing in for each kind of artifact.
    package static func structureType(_ kind: ArtifactKind) -> String {
        switch kind {
        case .pagination: return "NonStruct"
        case .layout: return "Private"
        }
    }
}
