import Foundation
import Testing
import FolioCairo
import FolioLayout
import FolioModel
import FolioTestSupport

/// Folio gives fontconfig a configuration of its own (the system's font folders, none of the system's or
/// the user's substitution rules), so a rule in someone's `~/.config/fontconfig` cannot change a report.
/// Setting `FONTCONFIG_FILE` opts out.
@Suite struct FontConfigurationTests {
    /// A fontconfig rule that replaces Inter with DejaVu Sans wherever it is asked for.
    private static let replaceInter = """
        <match target="pattern">
          <test name="family"><string>Inter</string></test>
          <edit name="family" mode="assign" binding="strong"><string>DejaVu Sans</string></edit>
        </match>
        """

    private func spec(in dir: URL) throws -> String {
        let path = dir.appendingPathComponent("fonts.yaml").path
        try """
        document:
          title: Fonts
          date: 2024-03-31
        content:
          - paragraph: Set in Inter, whatever the user's fontconfig rules say.
        """.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func userRulesDoNotChangeTheFonts() throws {
        let dir = try TestSupport.temporaryDirectory()
        let userConfig = dir.appendingPathComponent("config/fontconfig")
        try FileManager.default.createDirectory(at: userConfig, withIntermediateDirectories: true)
        try "<?xml version=\"1.0\"?>\n<fontconfig>\(Self.replaceInter)</fontconfig>\n"
            .write(to: userConfig.appendingPathComponent("fonts.conf"), atomically: true, encoding: .utf8)
        let output = dir.appendingPathComponent("out")
        let result = try TestSupport.folioBuild(try spec(in: dir), output: output,
                                                environment: ["XDG_CONFIG_HOME": dir.appendingPathComponent("config").path])
        #expect(result.status == 0, "\(result.stderr)")
        let fonts = try Poppler.fonts(output.appendingPathComponent("fonts.pdf"))
        #expect(!fonts.isEmpty)
        for font in fonts { #expect(font.name.contains("Inter"), "\(font.name)") }
    }

    @Test func fontconfigFileOptsOut() throws {
        let dir = try TestSupport.temporaryDirectory()
        let config = dir.appendingPathComponent("fonts.conf")
        try """
        <?xml version="1.0"?>
        <fontconfig>
          <dir>/usr/share/fonts</dir>
          <cachedir>\(dir.appendingPathComponent("cache").path)</cachedir>
          \(Self.replaceInter)
        </fontconfig>
        """.write(to: config, atomically: true, encoding: .utf8)
        let output = dir.appendingPathComponent("out")
        let result = try TestSupport.folioBuild(try spec(in: dir), output: output, environment: ["FONTCONFIG_FILE": config.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("font family `Inter` is not installed"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("fonts.pdf").path))
    }

    /// Fonts are checked by asking fontconfig directly, as Pango asks it: the files it names are the ones
    /// whose fonts the report embeds.
    @Test func theFacesCheckedAreTheFacesEmbedded() throws {
        let output = try TestSupport.temporaryDirectory()
        let result = try TestSupport.run(TestSupport.folio, ["build", TestSupport.alertSpec, "--output", output.path, "--pdf-only", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let embedded = Set(try Poppler.fonts(output.appendingPathComponent("alert-annual-report-2023-24.pdf")).map {
            String($0.name.split(separator: "+").last ?? "")
        })
        let faces = TextEngine.faces(of: Array(Theme.standard.styles.values))
        #expect(faces.count == 4)
        for face in faces {
            let file = try #require(TextEngine.fontFile(for: face), "\(face)")
            #expect(TextEngine.resolvedFamily(for: face) == "Inter")
            let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            #expect(embedded.contains(name), "\(face) is served by \(file); the PDF embeds \(embedded.sorted())")
        }
        #expect(TextEngine.resolvedFamily(for: FontDescriptor(family: "No Such Family", size: 10)) != "No Such Family")
    }
}
