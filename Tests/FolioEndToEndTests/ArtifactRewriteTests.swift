import FolioLayout
import FolioModel
@testable import FolioRender
import Testing

/// The pieces of the artifact rewrite (see `PDFArtifacts`, `FrameDrawer`) on the exact forms Cairo 1.16 writes.
@Suite("Artifact rewrite")
struct ArtifactRewriteTests {
    typealias Update = PDFIncrementalUpdate<[UInt8]>

    @Test func referencesAreReplacedOnlyWhole() {
        #expect(Update.replacingReferences(to: [14], in: "[ 4 0 R 14 0 R 114 0 R 140 0 R ]", with: "null")
                == "[ 4 0 R null 114 0 R 140 0 R ]")
        #expect(Update.replacingReferences(to: [4], in: "/K 4 0 R /P 44 0 R", with: "") == "/K  /P 44 0 R")
    }

    @Test func kidsLeaveArraysAndSingleReferences() {
        #expect(Update.removingKids([5], from: "<< /Type /StructElem\n   /S /TR\n   /K [ 4 0 R 5 0 R 15 0 R ]\n>>")
                == "<< /Type /StructElem\n   /S /TR\n   /K [ 4 0 R 15 0 R ]\n>>")
        #expect(Update.removingKids([7], from: "<< /Type /StructElem\n   /S /Table\n   /P 3 0 R\n   /K 7 0 R\n>>")
                == "<< /Type /StructElem\n   /S /Table\n   /P 3 0 R\n   /K [ ]\n>>")
    }

    @Test func onlyCairosMarkerFormIsRewritten() {
        let content = Array("/NonStruct << /MCID 12 >> BDC\nq 0 0 1 1 re f Q\nEMC\n/NonStruct << /MCID x >> BDC\n/P << /MCID 13 >> BDC".utf8)
        let rewritten = String(decoding: Update.replacingMarkedContent(of: "NonStruct", in: content,
                                                                         with: "/Artifact << /Type /Pagination >> BDC"), as: UTF8.self)
        #expect(rewritten == "/Artifact << /Type /Pagination >> BDC\nq 0 0 1 1 re f Q\nEMC\n/NonStruct << /MCID x >> BDC\n/P << /MCID 13 >> BDC")
    }

    @Test func aLinkWithoutADescriptionSaysWhereItGoes() {
        #expect(Update.linkDescription("<< /Type /Annot\n   /A << /S /URI /URI (https://example.org/a) >> >>") == "https://example.org/a")
        #expect(Update.linkDescription("<< /Type /Annot\n   /Dest (folio-p3-y68)\n>>") == "folio-p3-y68")
    }

    @Test func theParentTreeValuesAreRead() {
        #expect(Update.numberTreeValues("<< /Nums [\n   0 15 0 R\n   1 88 0 R\n   2 71 0 R\n  ]\n>>") == [15, 88, 71])
    }

    /// Leaves as Cairo sees them: an element with a child tag (a link's included) is not one; tags inside an artifact
    /// are not written, so they do not count.
    @Test func leavesAreTheElementsCairoMarks() {
        let fill = FrameItem.fill(Rect(x: 0, y: 0, width: 1, height: 1), .white)
        let items: [FrameItem] = [
            .beginTag(.paragraph()), fill, .endTag,                                             // 0: leaf
            .beginTag(.paragraph()), .beginTag(.link(.url("u"), area: Rect(x: 0, y: 0, width: 1, height: 1), contents: "u")), fill, .endTag, .endTag,  // 3: not, 4: leaf
            .beginTag(.table), .beginTag(.tableRow), .endTag, .endTag,                        // 8 not, 9 leaf
            .beginTag(.artifact(.pagination)), .beginTag(.tableRow), fill, .endTag, .endTag,  // 12 leaf
        ]
        #expect(FrameDrawer.leafTags(items) == [0, 4, 9, 12, 13])
    }
}
