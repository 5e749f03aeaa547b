import CPangoCairo

extension LibraryVersions {
    /// The HarfBuzz Pango shapes text with (glyph choice and advances, hence every line break): not checked at
    /// start, since any HarfBuzz Pango accepts works, but named with Cairo's and Pango's where exact output is
    /// compared (the tests' reference platform, see FolioTestSupport's `ReferencePlatform`).
    package static var harfbuzz: String { String(cString: hb_version_string()) }
}
