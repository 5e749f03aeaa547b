import CPangoCairo
import Foundation
import FolioLayout

/// The fontconfig configuration every text engine uses: the system's font folders and caches, without the
/// system's and the user's substitution rules. Scoped to Folio: given to its own font maps and queries only,
/// never made the process's current configuration (a host application's text is not affected).
///
/// Why private: fontconfig's stock rules (Debian has 34 files of them, plus `~/.config/fontconfig`) alias
/// families, add fallbacks and may change rendering options, so the same spec could come out differently on
/// two machines with the same fonts. Folio asks for families by name and reports a family that is not
/// installed (`verifyFonts`), so it needs none of them. They are also slow: fontconfig applies every rule to
/// every new font size (about 0.25 ms each, a third of setting up a size) and parses every file at start.
/// What remains are the synthetic oblique and bold rules, so that a family without an italic or bold face
/// renders as it did before.
///
/// Setting `FONTCONFIG_FILE` or `FONTCONFIG_PATH` opts out: fontconfig's own configuration is then used, as
/// the user asked.
package final class FontConfiguration: @unchecked Sendable {
    /// The configuration, or nil to use fontconfig's default.
    let config: OpaquePointer?
    /// Character sets of the fonts serving faces, by face (see `missingCharacters`).
    var charsets: [FontDescriptor: OpaquePointer] = [:]
    let charsetLock = NSLock()

    /// One per process: fontconfig's caches are shared by every engine's font map.
    static let shared = FontConfiguration()

    private init() {
        let environment = ProcessInfo.processInfo.environment
        guard environment["FONTCONFIG_FILE"] == nil, environment["FONTCONFIG_PATH"] == nil,
              let config = FcConfigCreate() else {
            config = nil
            return
        }
        let loaded = Self.xml.withCString { xml in
            FcConfigParseAndLoadFromMemory(config, UnsafeRawPointer(xml).assumingMemoryBound(to: FcChar8.self), 1)
        }
        guard loaded != 0, FcConfigBuildFonts(config) != 0 else {
            FcConfigDestroy(config)
            self.config = nil
            return
        }
        // Not made current (FcConfigSetCurrent): that would change fontconfig for the whole process, the host
        // application's own text included. Each of Folio's font maps is given it (`TextEngine.init`:
        // pango_fc_font_map_set_config) and every direct query names it; the patterns Pango hands Cairo name
        // their font file, so Cairo has nothing to resolve with the process's configuration.
        self.config = config
    }

    deinit {
        if let config { FcConfigDestroy(config) }
    }

    /// For a program that is Folio and nothing else (the command line): makes Folio's configuration
    /// fontconfig's current one for the whole process, so that fontconfig never loads the system's (Pango
    /// asks for it when its first font map starts: parsing /etc/fonts took about 5 ms of every run). A
    /// library host does not call this, and keeps its own configuration.
    package static func adoptForProcess() {
        if let config = shared.config { FcConfigSetCurrent(config) }
    }

    /// The family and file fontconfig gives `font` when Pango asks for it: the same pattern (family,
    /// weight as Pango converts it, slant, size), the same substitutions, the best match. Asked of
    /// fontconfig directly, so that checking a theme's faces sets no font up in any text engine.
    package func match(_ font: FontDescriptor) -> (family: String, file: String)? {
        guard let matched = matchedPattern(font) else { return nil }
        defer { FcPatternDestroy(matched) }
        var family: UnsafeMutablePointer<FcChar8>? = nil, file: UnsafeMutablePointer<FcChar8>? = nil
        guard FcPatternGetString(matched, FC_FAMILY, 0, &family) == FcResultMatch, let family,
              FcPatternGetString(matched, FC_FILE, 0, &file) == FcResultMatch, let file else { return nil }
        return (String(cString: UnsafeRawPointer(family).assumingMemoryBound(to: CChar.self)),
                String(cString: UnsafeRawPointer(file).assumingMemoryBound(to: CChar.self)))
    }

    /// fontconfig's best match for `font`, as Pango asks for it (see `match`); the caller destroys it.
    func matchedPattern(_ font: FontDescriptor) -> OpaquePointer? {
        guard let pattern = FcPatternCreate() else { return nil }
        defer { FcPatternDestroy(pattern) }
        FcPatternAddString(pattern, FC_FAMILY, font.family)
        FcPatternAddDouble(pattern, FC_WEIGHT, FcWeightFromOpenTypeDouble(Double(max(100, min(1000, font.weight)))))
        FcPatternAddInteger(pattern, FC_SLANT, font.italic ? FC_SLANT_ITALIC : FC_SLANT_ROMAN)
        FcPatternAddDouble(pattern, FC_PIXEL_SIZE, font.size)
        FcConfigSubstitute(config, pattern, FcMatchPattern)
        FcDefaultSubstitute(pattern)
        var result = FcResultNoMatch
        return FcFontMatch(config, pattern, &result)
    }

    /// The configuration as fontconfig XML: folders and caches as in Debian's fonts.conf, rules as in its
    /// 90-synthetic.conf. Public for the report floor in bench/report, which sets up Pango as Folio does.
    package static let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
        <fontconfig>
          <dir>/usr/share/fonts</dir>
          <dir>/usr/local/share/fonts</dir>
          <dir prefix="xdg">fonts</dir>
          <dir>~/.fonts</dir>
          <cachedir>/var/cache/fontconfig</cachedir>
          <cachedir prefix="xdg">fontconfig</cachedir>
          <cachedir>~/.fontconfig</cachedir>
          <match target="font">
            <test name="slant"><const>roman</const></test>
            <test target="pattern" name="slant" compare="not_eq"><const>roman</const></test>
            <edit name="matrix" mode="assign">
              <times><name>matrix</name><matrix><double>1</double><double>0.2</double><double>0</double><double>1</double></matrix></times>
            </edit>
            <edit name="slant" mode="assign"><const>oblique</const></edit>
            <edit name="embeddedbitmap" mode="assign"><bool>false</bool></edit>
          </match>
          <match target="font">
            <test name="weight" compare="less_eq"><const>medium</const></test>
            <test target="pattern" name="weight" compare="more_eq"><const>bold</const></test>
            <edit name="embolden" mode="assign"><bool>true</bool></edit>
            <edit name="weight" mode="assign"><const>bold</const></edit>
          </match>
        </fontconfig>
        """
}
