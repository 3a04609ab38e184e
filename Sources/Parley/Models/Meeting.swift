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

    /// Creates a meeting.
    public init(id: String, date: MeetingDate, place: String?, kind: String, occasion: String?, participants: [PersonRef],
                reports: [String], events: [MeetingEvent], reasons: [String], conflicts: [Conflict]) {
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
