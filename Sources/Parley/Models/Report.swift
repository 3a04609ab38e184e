/// One news report as Parley read it: where it came from, what its metadata says,
/// its cleaned text, and a record of everything cleaning removed.
///
/// Metadata fields are `nil` whenever the report does not say them: Parley never
/// guesses an outlet, a publication date or a dateline place.
public struct Report: Sendable, Codable, Hashable, Identifiable {
    /// A stable identifier: the file name without extension for `.txt` files,
    /// else the record's `id` field, else `file:line`.
    public var id: String
    /// Where the report was read from: the file name as loaded, or `file:line`
    /// for a record of a JSON Lines or CSV file.
    public var source: String
    /// The URL the record carried, if any.
    public var url: String?
    /// The outlet that published the report, by its registry name when known.
    public var outlet: String?
    /// What named the outlet: `dateline`, `signOff`, `field` or `url`.
    public var outletEvidence: String?
    /// The publication date, from a ` date YYYY-MM-DD ` prefix, a record field
    /// or a dateline that gives the full date.
    public var published: Day?
    /// The dateline as it stood at the head of the story, e.g. `Hanoi (VNA) –`.
    public var dateline: String?
    /// The place the dateline names, e.g. `Hanoi`.
    public var datelinePlace: String?
    /// The month and day a dateline gives without a year (`HANOI, April 15 (Xinhua)`).
    public var datelineMonthDay: MonthDay?
    /// The report's title or headline, if it had one.
    public var title: String?
    /// The cleaned text: paragraphs separated by a blank line.
    public var text: String
    /// Everything cleaning removed, in the order it stood in the original.
    public var noise: [Noise]
    /// When this report is a copy of another (syndication, a page scraped twice),
    /// the id of the report kept as the witness.
    public var duplicateOf: String?

    /// Creates a report from its parts.
    public init(id: String, source: String, url: String? = nil, outlet: String? = nil,
                outletEvidence: String? = nil, published: Day? = nil, dateline: String? = nil,
                datelinePlace: String? = nil, datelineMonthDay: MonthDay? = nil, title: String? = nil,
                text: String, noise: [Noise] = [], duplicateOf: String? = nil) {
        self.id = id
        self.source = source
        self.url = url
        self.outlet = outlet
        self.outletEvidence = outletEvidence
        self.published = published
        self.dateline = dateline
        self.datelinePlace = datelinePlace
        self.datelineMonthDay = datelineMonthDay
        self.title = title
        self.text = text
        self.noise = noise
        self.duplicateOf = duplicateOf
    }

    /// The number of words in the cleaned text.
    public var wordCount: Int { TextScan.wordCount(text.utf8) }
}

/// A month and a day without a year, as datelines and many leads give them.
public struct MonthDay: Sendable, Codable, Hashable, CustomStringConvertible {
    /// 1 to 12.
    public var month: Int
    /// 1 to 31.
    public var day: Int

    /// Creates a month-day pair.
    public init(month: Int, day: Int) {
        self.month = month
        self.day = day
    }

    /// `MM-DD`.
    public var description: String {
        (month < 10 ? "0" : "") + String(month) + "-" + (day < 10 ? "0" : "") + String(day)
    }
}

/// One piece of text that cleaning removed from a report, with the reason.
public struct Noise: Sendable, Codable, Hashable {
    /// Why it was removed.
    public var kind: Kind
    /// The removed text, exactly as it stood (after line ends were normalised).
    public var text: String
    /// Its UTF-8 byte offset in the original text.
    public var offset: Int

    /// Creates a noise record.
    public init(kind: Kind, text: String, offset: Int) {
        self.kind = kind
        self.text = text
        self.offset = offset
    }

    /// The reasons cleaning removes text.
    public enum Kind: String, Sendable, Codable, Hashable, CaseIterable {
        /// A character from a script foreign to the document glued into a word,
        /// or a zero-width or control character.
        case junkCharacter
        /// A photo caption or picture credit.
        case caption
        /// An end-of-article marker or sign-off such as `./.` or `— VNA/VNS`.
        case endMarker
        /// Scraped material after the end-of-article marker.
        case afterEndMarker
        /// A trailing paragraph that shares nothing with the story.
        case unrelatedTrailing
        /// A paragraph that repeats another one (a teaser above the body).
        case duplicateParagraph
        /// A byline or credit line (`By Jane Doe`, `(Reporting by …)`).
        case byline
        /// A link to another story (`Related: …`, `Read more: …`).
        case relatedLink
        /// Page furniture above the story: a site's menu, breadcrumbs (`Home > World`),
        /// lines in another script than the story's.
        case pageFurniture
    }
}

/// Something wrong with an input that did not stop the rest from loading.
public struct LoadIssue: Sendable, Codable, Hashable, CustomStringConvertible {
    /// How bad it is.
    public enum Severity: String, Sendable, Codable, Hashable {
        /// Nothing was loaded from this place.
        case error
        /// The input loaded, with a repair (replaced bytes, a renamed duplicate id).
        case warning
    }

    /// Error or warning.
    public var severity: Severity
    /// The file, as given or as found in a folder.
    public var file: String
    /// The 1-based line, when the fault is on one line.
    public var line: Int?
    /// The byte offset in the file, when known.
    public var byteOffset: Int?
    /// What is wrong and what was done about it.
    public var message: String

    /// Creates an issue.
    public init(severity: Severity, file: String, line: Int? = nil, byteOffset: Int? = nil, message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.byteOffset = byteOffset
        self.message = message
    }

    /// `file:line: error: message`, in the style compilers use.
    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        let at = byteOffset.map { " (byte \($0))" } ?? ""
        return "\(place): \(severity.rawValue): \(message)\(at)"
    }
}
