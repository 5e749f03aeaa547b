import Foundation
import FolioPDF

/// The sRGB output intent PDF/A asks of a file that paints in DeviceRGB (every Folio page: colours and its
/// transparency group): an ICC profile saying what the RGB values mean. The profile is the sRGB one of
/// Debian's `icc-profiles-free` package (`scripts/install-deps.sh` installs it), read from the system
/// rather than copied into the repository. Without it the PDF gets no output intent and claims no PDF/A.
enum OutputIntent {
    /// Where `icc-profiles-free` puts its sRGB profile (ICC v2, display class, 6,922 bytes).
    static let profilePath = "/usr/share/color/icc/sRGB.icc"

    /// The profile's bytes, read once per process; nil when the package is not installed.
    static let profile: [UInt8]? = FileManager.default.contents(atPath: profilePath).map { [UInt8]($0) }

    /// The two objects to append, given their numbers: the profile stream and the output intent dictionary.
    static func objects(profile: [UInt8], streamNumber: Int) -> [(Int, [UInt8])]? {
        guard let encoded = FlateCodec.deflate(profile, level: 9) else { return nil }
        let stream = Array("<< /N 3\n   /Length \(encoded.count)\n   /Filter /FlateDecode\n>>\nstream\n".utf8) + encoded + Array("\nendstream".utf8)
        let intent = """
            << /Type /OutputIntent
               /S /GTS_PDFA1
               /OutputConditionIdentifier (sRGB IEC61966-2.1)
               /Info (sRGB IEC61966-2.1)
               /RegistryName (http://www.color.org)
               /DestOutputProfile \(streamNumber) 0 R
            >>
            """
        return [(streamNumber, stream), (streamNumber + 1, Array(intent.utf8))]
    }
}
