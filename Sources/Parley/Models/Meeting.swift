/// One meeting as all its reports tell it: the merged record, with every
/// report that tells it and why they were put together.
public struct Meeting: Sendable, Codable, Hashable, Identifiable {
    /// A stable, typable id derived from content: `2025-04-14-hanoi-talks`.
    public var id: String
    /// The best-supported date.
    public var date: MeetingDate
    /// The place.
    public var place: String?
    /// `talks`, `meeting`, `phone call`…
    public var kind: String
    /// The occasion, when a report gives one.
    public var occasion: String?
    /// Who met.
    public var participants: [PersonRef]
    /// The reports that tell it, in id order.
    public var reports: [String]
    /// Secondary events, one per kind.
    public var events: [MeetingEvent]
    /// Why the reports were merged (empty for a single report).
    public var reasons: [String]
    /// Values the reports disagree on.
    public var conflicts: [Conflict]
    /// What was agreed, signed, proposed or pledged, each outcome once with every report's telling.
    public var agreements: [MeetingAgreement]
    /// Named frameworks, each once: the reports naming one framework (same name and count)
    /// give its fullest list of items and all their evidence.
    public var orientations: [Orientation]

    /// Creates a meeting.
    public init(id: String, date: MeetingDate, place: String?, kind: String, occasion: String?, participants: [PersonRef],
                reports: [String], events: [MeetingEvent], reasons: [String], conflicts: [Conflict],
                agreements: [MeetingAgreement] = [], orientations: [Orientation] = []) {
        self.agreements = agreements
        self.orientations = orientations
        self.id = id
        self.date = date
        self.place = place
        self.kind = kind
        self.occasion = occasion
        self.participants = participants
        self.reports = reports
        self.events = events
        self.reasons = reasons
        self.conflicts = conflicts
    }
}

/// A value two reports of one meeting give differently.
public struct Conflict: Sendable, Codable, Hashable {
    /// `date`, `place`, `kind`, `participants`, `count`.
    public var field: String
    /// Each report's value.
    public var values: [String: String]
    /// `agree`, `refinement` (compatible, one more precise) or `contradiction`.
    public var type: String

    /// Creates a conflict.
    public init(field: String, values: [String: String], type: String) {
        self.field = field
        self.values = values
        self.type = type
    }
}

/// One outcome of a meeting as its reports tell it: each report's telling, and where
/// the reports disagree on its status or on whom they credit.
public struct MeetingAgreement: Sendable, Codable, Hashable {
    /// The wording of one telling with ``status``: the one closest to the other tellings,
    /// then the fullest.
    public var text: String
    /// The status most tellings give (on a tie, the earliest report's).
    public var status: AgreementStatus
    /// Whom the tellings with that status credit most (`nil` for a joint outcome).
    public var by: PersonRef?
    /// A number a telling carries (45 documents), if any.
    public var quantity: Int?
    /// Topic tags of all its tellings.
    public var topics: [String]
    /// Every telling, as its report words, dates and credits it, in report order.
    public var tellings: [Agreement]
    /// Where the tellings disagree: field `status`, `by` or `quantity`, each report's value, type `contradiction`.
    public var disagreements: [Conflict]

    /// The reports that tell it, in report order, without repeats.
    public var reports: [String] {
        var out: [String] = []
        for t in tellings where !out.contains(t.evidence.report) { out.append(t.evidence.report) }
        return out
    }

    /// Creates an outcome from its tellings.
    public init(text: String, status: AgreementStatus, by: PersonRef?, quantity: Int?, topics: [String],
                tellings: [Agreement], disagreements: [Conflict]) {
        self.text = text
        self.status = status
        self.by = by
        self.quantity = quantity
        self.topics = topics
        self.tellings = tellings
        self.disagreements = disagreements
    }
}
