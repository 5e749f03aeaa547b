import FolioCairo
import FolioLayout
import FolioModel
import Testing

/// Engines are warmed up, before the spec is read, with the sizes their blocks will use: the main engine
/// with the text styles, a helper with those of tables and charts (see `LayoutEngine.warmUpStyles`).
@Suite struct WarmUpTests {
    @Test func everyBuiltInStyleWarmsUpExactlyOneKindOfEngine() {
        var theme = Theme.standard
        // Give every style a distinct size, so that each list can be traced back to its names.
        for (i, name) in StyleName.all.enumerated() { theme.styles[name]?.size = Double(100 + i) }
        let sizes = { (helper: Bool) in Set(LayoutEngine.warmUpStyles(for: theme, helper: helper).map(\.font.size)) }
        let main = sizes(false), helper = sizes(true)
        #expect(main.isDisjoint(with: helper))
        #expect(main.union(helper) == Set(StyleName.all.indices.map { Double(100 + $0) }))
    }

    @Test func eachFaceIsAskedAboutOnceAtItsSmallestSize() {
        let faces = TextEngine.faces(of: Array(Theme.standard.styles.values))
        #expect(faces.count == Set(faces.map { FontDescriptor(family: $0.family, size: 0, weight: $0.weight, italic: $0.italic) }).count)
        for face in faces {
            let sizes = Theme.standard.styles.values.filter {
                $0.font.family == face.family && $0.font.weight == face.weight && $0.font.italic == face.italic
            }.map(\.font.size)
            #expect(face.size == sizes.min())
        }
        // The same whatever order the styles come in (a dictionary's order changes from run to run).
        #expect(TextEngine.faces(of: Array(Theme.standard.styles.values).reversed()) == faces)
    }
}
