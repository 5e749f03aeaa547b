import FolioCairo
import FolioLayout
import FolioModel
import Testing

/// The font check asks fontconfig about each face a theme uses once, at its smallest size (`TextEngine.faces`).
@Suite struct FontFaceListTests {
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
