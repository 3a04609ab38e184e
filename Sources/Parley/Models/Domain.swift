/// Where an extracted item stands: the report, the sentence, and the UTF-8 byte
/// range of the sentence in the report's cleaned text.
public struct Provenance: Sendable, Codable, Hashable {
    /// The report id.
    public var report: String
    /// The 0-based sentence index in the report.
    public var sentence: Int
    /// Start of the sentence, a UTF-8 byte offset into the cleaned text. For an item of a
    /// sentence longer than ``sentenceLimit`` bytes, the start of the stretch around it.
    public var start: Int
    /// End of the sentence (exclusive), or of the stretch around the item.
    public var end: Int

    /// The longest sentence, in bytes, that an item's provenance quotes whole. A longer
    /// one (thousands of outcomes in one enumeration) is quoted around each item, at most
    /// this many bytes, so that the quotes of its items grow with the items, not with
    /// their number times the sentence.
    public static let sentenceLimit = 2_000

    /// Creates a provenance record.
    public init(report: String, sentence: Int, start: Int, end: Int) {
        self.report = report
        self.sentence = sentence
        self.start = start
        self.end = end
    }
}

/// One office a leader held, from a day to a day (`to` is `nil` while in office).
public struct Office: Sendable, Codable, Hashable {
    /// The office as reports name it: `President of Vietnam`.
    public var title: String
    /// `head-of-state`, `head-of-government`, `party-leader`, `legislature-chair`,
    /// `vice-president`, `deputy-head-of-government`, `foreign-minister`, `minister`,
    /// `international-organisation`, `monarch` or `religious-leader` (a grand ayatollah,
    /// a patriarch, a grand imam).
    public var role: String
    /// The first day in office, when known.
    public var from: Day?
    /// The last day in office; `nil` while in office.
    public var to: Day?

    /// Creates an office.
    public init(title: String, role: String, from: Day?, to: Day?) {
        self.title = title
        self.role = role
        self.from = from
        self.to = to
    }

    /// The roles of a country's leaders: head of state or government, party leader, monarch.
    public static let leadingRoles: Set<String> = ["head-of-state", "head-of-government", "party-leader", "monarch", "religious-leader"]

    /// Whether the office is one of a country's leaders (not a minister's, a deputy's, a speaker's).
    public var isLeading: Bool { Office.leadingRoles.contains(role) }

    /// Whether the office is a throne's heir's ("Crown Prince of Saudi Arabia"), whoever
    /// the data files list it under: an heir receives and visits heads of state as one.
    public var isHeir: Bool { title.hasPrefix("Crown Prince") || title.hasPrefix("Heir ") }

    /// Whether the office was held on `day`.
    public func held(on day: Day) -> Bool {
        (from.map { $0 <= day } ?? true) && (to.map { day <= $0 } ?? true)
    }
}

/// A person who takes part in or is named in diplomatic reporting.
public struct Leader: Sendable, Codable, Hashable, Identifiable {
    /// A stable slug: `to-lam`.
    public var id: String
    /// The canonical name with diacritics: `Tô Lâm`.
    public var name: String
    /// The name with diacritics folded: `To Lam`.
    public var ascii: String
    /// Other full forms reports use.
    public var aliases: [String]
    /// What reports call the person after the first mention: `Lam`, `Xi`.
    public var short: [String]
    /// ISO 3166-1 alpha-2 code (or `EU`, `UN`, `ASEAN`).
    public var country: String?
    /// `m` or `f`, for resolving he and she.
    public var gender: String?
    /// The day the person died, if they have.
    public var died: Day?
    /// Someone reports invoke only as history (Ho Chi Minh, Mao Zedong).
    public var historical: Bool
    /// Offices held, with dates.
    public var offices: [Office]
    /// Whether the person is in the gazetteer (`false` for people found by title only).
    public var known: Bool

    /// Creates a leader.
    public init(id: String, name: String, ascii: String? = nil, aliases: [String] = [], short: [String] = [],
                country: String? = nil, gender: String? = nil, died: Day? = nil, historical: Bool = false,
                offices: [Office] = [], known: Bool = true) {
        self.id = id
        self.name = name
        self.ascii = ascii ?? Fold.key(name)
        self.aliases = aliases
        self.short = short
        self.country = country
        self.gender = gender
        self.died = died
        self.historical = historical
        self.offices = offices
        self.known = known
    }

    /// The offices held on `day`.
    public func offices(on day: Day) -> [Office] { offices.filter { $0.held(on: day) } }

    /// Whether the gazetteer lists an office held on `day`; `nil` when it lists no offices at all.
    public func heldOffice(on day: Day) -> Bool? {
        offices.isEmpty ? nil : offices.contains { $0.held(on: day) }
    }

    /// Whether the person could take part in a meeting on `day` (alive, not only historical).
    public func couldMeet(on day: Day?) -> Bool {
        if historical { return false }
        if let died, let day, died < day { return false }
        return true
    }
}

/// How sure a meeting's date is.
public enum DateCertainty: String, Sendable, Codable, Hashable {
    /// The text gives day, month and year.
    case stated
    /// The text gives the day; the year, or what a weekday or "yesterday" means, comes from elsewhere.
    case inferred
    /// The text gives no day: the date is the latest possible day, usually the publication date.
    case approximate
}

/// A resolved date with how it was obtained.
public struct MeetingDate: Sendable, Codable, Hashable {
    /// The day, when it can be known.
    public var day: Day?
    /// How sure it is.
    public var certainty: DateCertainty
    /// The words of the text it comes from (`on Monday`, `April 14`), if any.
    public var phrase: String?
    /// The rule used: `explicit date`, `weekday before publication`, `year from the text`, …
    public var rule: String
    /// `morning`, `afternoon`, `evening` or `night`, when the text says.
    public var partOfDay: String?
    /// The month and day when the text gives them but no year can be found (the merger
    /// completes the year from other reports of the same meeting).
    public var monthDay: MonthDay?
    /// The weekday (1 = Monday) when the text gives only that and no publication date anchors it.
    public var weekday: Int?
    /// Another day the text reads as well as `day`: a yearless dateline ("TOKYO, March 22")
    /// whose weekday falls on that day in one year and the day before in another. The merger
    /// takes it when another report has the same leaders meeting then and none on `day`.
    public var otherDay: Day?
    /// With a month and day but no year: the years in which everyone the lead names held
    /// office, when there are a few. The merger keeps the one a weekday another report of the
    /// same meeting gives falls in.
    public var years: [Int]?
    /// The day of the month when the text gives only that ("on the 30th") and no publication
    /// date anchors it: a meeting on another day of the month is not this one.
    public var dayOfMonth: Int?

    /// Creates a date.
    public init(day: Day?, certainty: DateCertainty, phrase: String? = nil, rule: String, partOfDay: String? = nil,
                monthDay: MonthDay? = nil, weekday: Int? = nil) {
        self.day = day
        self.certainty = certainty
        self.phrase = phrase
        self.rule = rule
        self.partOfDay = partOfDay
        self.monthDay = monthDay
        self.weekday = weekday
    }
}

/// A person as a participant or actor in one report: a gazetteer id, or a
/// person found by title (`known == false`).
public struct PersonRef: Sendable, Codable, Hashable {
    /// The leader id (`to-lam`), or a slug of the name for people not in the gazetteer.
    public var id: String
    /// The canonical name.
    public var name: String
    /// The country code, when known.
    public var country: String?
    /// Whether the person is in the gazetteer.
    public var known: Bool

    /// Creates a reference.
    public init(id: String, name: String, country: String?, known: Bool) {
        self.id = id
        self.name = name
        self.country = country
        self.known = known
    }
}

/// A secondary event linked to a meeting: a banquet, a reception, tea.
public struct MeetingEvent: Sendable, Codable, Hashable {
    /// `banquet`, `reception`, `tea`, `lunch`, `dinner`, `ceremony`, `press conference`…
    public var kind: String
    /// The day, when known.
    public var date: Day?
    /// `morning`, `afternoon`, `evening`, or `nil`.
    public var partOfDay: String?
    /// The place, when known.
    public var place: String?
    /// The people named in it.
    public var participants: [PersonRef]
    /// Where it is told.
    public var evidence: Provenance

    /// Creates an event.
    public init(kind: String, date: Day?, partOfDay: String?, place: String?, participants: [PersonRef], evidence: Provenance) {
        self.kind = kind
        self.date = date
        self.partOfDay = partOfDay
        self.place = place
        self.participants = participants
        self.evidence = evidence
    }
}

/// A named framework and its enumerated items: "six major orientations",
/// "six-point initiative", "Two Corridors, One Belt".
public struct Orientation: Sendable, Codable, Hashable {
    /// The name as the report gives it.
    public var name: String
    /// Who put it forward, when the report says.
    public var proposer: PersonRef?
    /// The number the name declares ("six"), if any.
    public var declaredCount: Int?
    /// The items the report lists.
    public var items: [String]
    /// Where it is named and where each item stands.
    public var evidence: [Provenance]

    /// Whether the report lists a different number of items than it declares.
    public var countMismatch: Bool { declaredCount.map { !items.isEmpty && $0 != items.count } ?? false }

    /// Creates an orientation.
    public init(name: String, proposer: PersonRef?, declaredCount: Int?, items: [String], evidence: [Provenance]) {
        self.name = name
        self.proposer = proposer
        self.declaredCount = declaredCount
        self.items = items
        self.evidence = evidence
    }
}

/// Whether a thing was agreed, signed, proposed or pledged.
public enum AgreementStatus: String, Sendable, Codable, Hashable, CaseIterable {
    /// Both sides agreed.
    case agreed
    /// Documents were signed or exchanged.
    case signed
    /// One side proposed it.
    case proposed
    /// One side pledged or announced it.
    case pledged
}

/// One thing agreed, signed, proposed or pledged, with who and where it is told.
public struct Agreement: Sendable, Codable, Hashable {
    /// The content, as the report words it.
    public var text: String
    /// Agreed, signed, proposed or pledged.
    public var status: AgreementStatus
    /// Who proposed or pledged it (`nil` for joint agreements).
    public var by: PersonRef?
    /// The reporting verb used (`agreed`, `proposed`, `urged`, `pledged`, `announced`).
    public var verb: String
    /// A number the item carries (45 documents), if any.
    public var quantity: Int?
    /// Topic tags: `railway`, `security`, `trade`, …
    public var topics: [String]
    /// Where it is told: its sentence; in a sentence longer than
    /// ``Provenance/sentenceLimit`` bytes (a list with no full stop is one sentence), the
    /// stretch of it around ``text``.
    public var evidence: Provenance
    /// Where ``text`` stands in the report's cleaned text (UTF-8 byte offsets), so that
    /// work on the item reads the item and not its whole sentence; `nil` when unknown
    /// (an agreement made by hand).
    public var textRange: Range<Int>?

    /// Creates an agreement.
    public init(text: String, status: AgreementStatus, by: PersonRef?, verb: String, quantity: Int?, topics: [String], evidence: Provenance,
                textRange: Range<Int>? = nil) {
        self.text = text
        self.status = status
        self.by = by
        self.verb = verb
        self.quantity = quantity
        self.topics = topics
        self.evidence = evidence
        self.textRange = textRange
    }
}

/// What one report says of the meeting it is about: its principal meeting, the
/// secondary events, the orientations and agreements, each with evidence.
public struct MeetingRecord: Sendable, Codable, Hashable {
    /// The report.
    public var report: String
    /// Who met.
    public var participants: [PersonRef]
    /// When.
    public var date: MeetingDate
    /// Where (a city), when known.
    public var place: String?
    /// How the place was found: `stated` in the text or from the `dateline`.
    public var placeRule: String?
    /// `talks`, `meeting`, `phone call`, `video call`, `summit`, …
    public var kind: String
    /// The occasion ("state visit", "on the sidelines of the G20 summit"), when given.
    public var occasion: String?
    /// Secondary events of the same visit or day.
    public var events: [MeetingEvent]
    /// Named frameworks.
    public var orientations: [Orientation]
    /// Agreements, signings, proposals and pledges.
    public var agreements: [Agreement]
    /// The sentence that tells the meeting.
    public var evidence: Provenance?
    /// Everyone the report names, with the share of its sentences given to each (participants' words and deeds).
    public var emphasis: [String: Double]
    /// Hashes of the report's distinctive content (numbers, the words of its agreements and
    /// frameworks), sorted: what tells two meetings of the same people apart when dates fail.
    public var fingerprint: [UInt64] = []
    /// Whether the lead tells the guest's arrival ("upon his arrival at the Kremlin, met
    /// with …") or a meal the guest was hosted to with no talks ("hosted him for a private
    /// dinner"): the report is of the visit's first meeting, the eve of the talks. `nil` when not read.
    public var tellsArrival: Bool? = nil
    /// Ids of people the lead names only in a clause of another event ("met Sunak, ahead of
    /// the leaders' joint announcement with Albanese"): they were not at this meeting, so it
    /// is not theirs however its other signals agree. `nil` when there are none.
    public var apart: [String]? = nil
    /// The country (ISO code) of the place the text states (a city, or a country alone, or a
    /// dateline city the story also names), when the gazetteer knows it:
    /// two towns of one country stated for the same people on the same day ("in Bali",
    /// "in Nusa Dua") may be one meeting told at two scales. `nil` otherwise.
    public var placeCountry: String? = nil
    /// Whether the lead calls the meeting one of its two participants alone ("a one-on-one
    /// meeting", "a tête-à-tête"): a larger meeting of the same day that names
    /// them with a third leader is another one. `nil` when not said.
    public var twoAlone: Bool? = nil
    /// How many years of diplomatic relations the text counts ("the 25th anniversary of
    /// diplomatic ties"): reports of one pair that count differently tell meetings of
    /// different years. `nil` when not said.
    public var relationsAge: Int? = nil
    /// The years the text tells as its present, from what it tells as under way (the
    /// coronavirus pandemic: 2020–2022): a report that gives no usable date is not of a
    /// meeting outside them. `nil` when it tells nothing of the kind.
    public var presentYears: ClosedRange<Int>? = nil
    /// Hashes of the names of documents the text tells as signed at an earlier meeting ("last
    /// met in Sochi a year ago, when they signed the Comprehensive Partnership … Agreement"),
    /// sorted: a meeting whose reports tell that signing as their own is the earlier one, not
    /// this. `nil` when there are none.
    public var recalled: [UInt64]? = nil

    /// Creates a record.
    public init(report: String, participants: [PersonRef], date: MeetingDate, place: String?, placeRule: String?,
                kind: String, occasion: String?, events: [MeetingEvent], orientations: [Orientation],
                agreements: [Agreement], evidence: Provenance?, emphasis: [String: Double]) {
        self.report = report
        self.participants = participants
        self.date = date
        self.place = place
        self.placeRule = placeRule
        self.kind = kind
        self.occasion = occasion
        self.events = events
        self.orientations = orientations
        self.agreements = agreements
        self.evidence = evidence
        self.emphasis = emphasis
    }
}
