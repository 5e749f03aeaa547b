/// A whole report, fully resolved: data read, styles merged, nothing left to look up.
/// Layout turns it into pages; nothing below this layer knows where it came from.
public struct Report: Sendable {
    /// Title, authorship and dates; also the PDF's metadata.
    public var info: DocumentInfo
    /// Paper, margins and running header/footer.
    public var page: PageSetup
    /// Fonts, colours, named styles.
    public var theme: Theme
    /// The content, in reading order.
    public var blocks: [Block]

    public init(info: DocumentInfo, page: PageSetup, theme: Theme, blocks: [Block]) {
        self.info = info; self.page = page; self.theme = theme; self.blocks = blocks
    }
}

/// A calendar date without a clock: publication dates never depend on the machine's time zone.
public struct CalendarDate: Hashable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    public init(year: Int, month: Int, day: Int) { self.year = year; self.month = month; self.day = day }

    /// Reads `YYYY-MM-DD`, checking the day exists.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), d >= 1, d <= CalendarDate.days(inMonth: m, year: y) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    static func days(inMonth m: Int, year y: Int) -> Int {
        switch m {
        case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        func pad(_ v: Int, _ n: Int) -> String { let s = String(v); return String(repeating: "0", count: max(0, n - s.count)) + s }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// `30 June 2024`, for covers.
    public var longDescription: String {
        let names = ["January", "February", "March", "April", "May", "June", "July", "August",
                     "September", "October", "November", "December"]
        return "\(day) \(names[max(0, min(11, month - 1))]) \(year)"
    }
}

/// What the document says about itself.
public struct DocumentInfo: Sendable {
    /// The report's title; the PDF title and running header.
    public var title: String
    /// A second line under the title (e.g. the fiscal year).
    public var subtitle: String?
    /// Who wrote it; the PDF author.
    public var author: String?
    /// The publishing organisation, shown on the cover and in the header.
    public var organisation: String?
    /// The PDF subject.
    public var subject: String?
    /// PDF keywords.
    public var keywords: [String]
    /// BCP 47 language tag, e.g. `en-CA`.
    public var language: String
    /// Publication date, also the PDF's creation and modification date so output never depends on the clock.
    public var date: CalendarDate
    /// An exact creation time (`YYYY-MM-DDThh:mm:ssZ`) when one was given by SOURCE_DATE_EPOCH.
    public var timestamp: String?

    public init(title: String, subtitle: String? = nil, author: String? = nil, organisation: String? = nil,
                subject: String? = nil, keywords: [String] = [], language: String = "en", date: CalendarDate) {
        self.title = title; self.subtitle = subtitle; self.author = author; self.organisation = organisation
        self.subject = subject; self.keywords = keywords; self.language = language; self.date = date
    }
}

/// Paper, margins and the running header and footer.
public struct PageSetup: Sendable {
    /// Paper size in points.
    public var size: Size
    /// Margins around the text block.
    public var margins: Insets
    /// Running header, absent on the cover.
    public var header: RunningLine?
    /// Running footer, absent on the cover.
    public var footer: RunningLine?

    public init(size: Size = PageSetup.letter, margins: Insets = Insets(all: 54), header: RunningLine? = nil, footer: RunningLine? = nil) {
        self.size = size; self.margins = margins; self.header = header; self.footer = footer
    }

    /// US Letter, 8.5 × 11 in.
    public static let letter = Size(width: 612, height: 792)
    /// ISO A4, 210 × 297 mm.
    public static let a4 = Size(width: 595.2756, height: 841.8898)
}

/// Text at the left, centre and right of a running header or footer. Templates may use
/// `{title}`, `{subtitle}`, `{organisation}`, `{section}`, `{page}` and `{pages}`.
public struct RunningLine: Hashable, Sendable {
    public var left: String?
    public var center: String?
    public var right: String?
    /// A logo at one end of the line, before the left text or after the right text.
    public var logo: RunningLogo?
    public init(left: String? = nil, center: String? = nil, right: String? = nil, logo: RunningLogo? = nil) {
        self.left = left; self.center = center; self.right = right; self.logo = logo
    }
}

/// A small logo in a running header or footer: a pagination artifact like the rest of the line.
public struct RunningLogo: Hashable, Sendable {
    public enum End: String, Hashable, Sendable, CaseIterable { case left, right }
    public var image: ImageAsset
    /// Its height in points (its width follows).
    public var height: Points
    public var end: End
    public init(image: ImageAsset, height: Points, end: End) { self.image = image; self.height = height; self.end = end }
}
