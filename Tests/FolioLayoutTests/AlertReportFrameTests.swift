import FolioLayout
import FolioTestSupport
import Testing

/// Every page of the ALERT report as a frame dump against its golden (re-record with FOLIO_RECORD_GOLDENS=1):
/// a change of layout shows as a readable diff of positions and texts, page by page, before any byte of the
/// PDF is compared (`WorkflowTests` does that once, against the committed Output/).
@Suite("ALERT report frames")
struct AlertReportFrameTests {
    static let pages = 15

    @Test("page matches its golden frame dump", arguments: 1...AlertReportFrameTests.pages)
    func page(_ number: Int) throws {
        let (_, document) = try PageText.layout(TestSupport.alertSpec)
        try #require(document.pages.count == Self.pages || !ReferencePlatform.isCurrent)
        guard number <= document.pages.count else { return }
        try ChartLayoutTests.expectGolden(FrameDump.describe(document.pages[number - 1]), named: "alert-report-page-\(number)")
    }
}
