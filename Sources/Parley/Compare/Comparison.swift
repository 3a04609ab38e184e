/// How the reports of one meeting told it, side by side: the facts they share and
/// the ones only one of them has, the values they disagree on, the words they
/// choose, who they credit with what, and whose voice fills them.
///
/// ```swift
/// let comparison = try corpus.compare(meeting: "2025-04-14-hanoi-talks")
/// for fact in comparison.facts where fact.reports.count > 1 { print(fact.summary, fact.reports) }
/// ```
public struct Comparison: Sendable, Codable, Hashable {
    /// The meeting compared.
    public var meeting: String
    /// The reports compared, in the order asked for (by default the meeting's reports in id order).
    public var witnesses: [Witness]
    /// Groups of agreements, orientations, events and statements that say the same thing,
    /// the most widely reported first. A fact with one report is told by that report only.
    public var facts: [Fact]
    /// Values compared after normalisation: date, place, kind, participants, and counts.
    public var conflicts: [ValueConflict]
    /// One referent named differently by different witnesses.
    public var terminology: [TermVariation]
    /// The same fact as a joint agreement in one witness and one side's proposal or pledge in another.
    public var attribution: [AttributionDifference]
    /// For each witness (report id), the share of its sentences given to each participant (person id).
    public var emphasis: [String: [String: Double]]
    /// Direct quotes: sentences with quotation marks attributed to a person.
    public var quotes: [Quote]
    /// How alike the texts of every pair of witnesses are.
    public var similarity: [Similarity]
    /// How many witnesses are independent (syndicated copies count once with their original).
    public var independentWitnesses: Int

    /// Creates a comparison from its parts.
    public init(meeting: String, witnesses: [Witness], facts: [Fact], conflicts: [ValueConflict], terminology: [TermVariation],
                attribution: [AttributionDifference], emphasis: [String: [String: Double]], quotes: [Quote],
                similarity: [Similarity], independentWitnesses: Int) {
        self.meeting = meeting
        self.witnesses = witnesses
        self.facts = facts
        self.conflicts = conflicts
        self.terminology = terminology
        self.attribution = attribution
        self.emphasis = emphasis
        self.quotes = quotes
        self.similarity = similarity
        self.independentWitnesses = independentWitnesses
    }

    /// The facts only `report` tells.
    public func only(_ report: String) -> [Fact] {
        facts.filter { $0.reports == [report] }
    }

    /// The facts more than one witness tells.
    public var shared: [Fact] { facts.filter { $0.reports.count > 1 } }
}

/// One report as a witness of a meeting.
public struct Witness: Sendable, Codable, Hashable {
    /// The report id.
    public var report: String
    /// The outlet, when known.
    public var outlet: String?
    /// Where the report was read from.
    public var source: String
    /// The publication date, when known.
    public var published: Day?
    /// `false` for a copy of another witness (its `duplicateOf` is set): it counts once with its original.
    public var independent: Bool
    /// The report this one copies, when it is a copy.
    public var duplicateOf: String?
    /// Whether the merge put this report in the compared meeting (a witness asked for by id may stand elsewhere).
    public var inMeeting: Bool
    /// The number of sentences of its cleaned text.
    public var sentences: Int

    /// Creates a witness.
    public init(report: String, outlet: String?, source: String, published: Day?, independent: Bool, duplicateOf: String?,
                inMeeting: Bool, sentences: Int) {
        self.report = report
        self.outlet = outlet
        self.source = source
        self.published = published
        self.independent = independent
        self.duplicateOf = duplicateOf
        self.inMeeting = inMeeting
        self.sentences = sentences
    }
}

/// What a fact is made of.
public enum FactKind: String, Sendable, Codable, Hashable, CaseIterable {
    /// Something agreed, signed, proposed or pledged.
    case agreement
    /// A named framework and its items.
    case orientation
    /// A secondary event: a banquet, a reception, tea.
    case event
    /// Any other sentence: what someone said or did, background.
    case statement
    /// Words one witness adds to a fact others tell too ("a hydrogen fuel cell plant run by Bosch").
    case detail
}

/// One thing that one or more witnesses tell, with every wording.
public struct Fact: Sendable, Codable, Hashable {
    /// Its position in ``Comparison/facts``.
    public var index: Int
    /// Agreement, orientation, event or statement.
    public var kind: FactKind
    /// A short wording of the fact (one of the variants).
    public var summary: String
    /// The reports that tell it, in witness order (`in` in JSON).
    public var reports: [String]
    /// How many of those reports are independent witnesses.
    public var independent: Int
    /// Each report's wording with where it stands.
    public var variants: [Variant]
    /// For agreements: how each report presents it (agreed, signed, proposed, pledged) and with which verb.
    public var statuses: [FactStatus]
    /// The event kind, for events (`tea`, `banquet`).
    public var event: String?
    /// Topic tags of its agreements.
    public var topics: [String]
    /// For a detail, the fact it adds to.
    public var parent: Int?

    /// Creates a fact.
    public init(index: Int, kind: FactKind, summary: String, reports: [String], independent: Int, variants: [Variant],
                statuses: [FactStatus], event: String?, topics: [String], parent: Int? = nil) {
        self.parent = parent
        self.index = index
        self.kind = kind
        self.summary = summary
        self.reports = reports
        self.independent = independent
        self.variants = variants
        self.statuses = statuses
        self.event = event
        self.topics = topics
    }

    enum CodingKeys: String, CodingKey {
        case index, kind, summary, reports = "in", independent, variants, statuses, event, topics, parent
    }
}

/// One report's wording of a fact.
public struct Variant: Sendable, Codable, Hashable {
    /// The report id.
    public var report: String
    /// The words, as the report has them.
    public var text: String
    /// Where they stand.
    public var evidence: Provenance

    /// Creates a variant.
    public init(report: String, text: String, evidence: Provenance) {
        self.report = report
        self.text = text
        self.evidence = evidence
    }
}

/// How one report presents a fact: jointly agreed, signed, or one side's proposal or pledge.
public struct FactStatus: Sendable, Codable, Hashable {
    /// The report id.
    public var report: String
    /// Agreed, signed, proposed or pledged.
    public var status: AgreementStatus
    /// The reporting verb (`agreed`, `proposed`, `urged`, `announced`).
    public var verb: String
    /// Who proposed or pledged it; `nil` when joint.
    public var by: PersonRef?

    /// Creates a status.
    public init(report: String, status: AgreementStatus, verb: String, by: PersonRef?) {
        self.report = report
        self.status = status
        self.verb = verb
        self.by = by
    }

    /// Whether the report presents it as both sides' doing.
    public var isJoint: Bool { by == nil && (status == .agreed || status == .signed) }
}

/// A value compared across witnesses after normalisation.
public struct ValueConflict: Sendable, Codable, Hashable {
    /// `date`, `place`, `kind`, `participants` or `count`.
    public var field: String
    /// For counts, what is counted (`documents`, `ministers`).
    public var subject: String?
    /// Each report's value as written.
    public var values: [String: String]
    /// Each report's value after normalisation (`41…` for "more than 40").
    public var normalized: [String: String]
    /// Agree, refinement or contradiction.
    public var type: ConflictKind
    /// The fact the values belong to, for counts inside one fact.
    public var fact: Int?

    /// Creates a conflict.
    public init(field: String, subject: String?, values: [String: String], normalized: [String: String], type: ConflictKind, fact: Int?) {
        self.field = field
        self.subject = subject
        self.values = values
        self.normalized = normalized
        self.type = type
        self.fact = fact
    }
}

/// One referent named differently by different witnesses.
public struct TermVariation: Sendable, Codable, Hashable {
    /// What all the terms name.
    public var referent: String
    /// Each report's term (the one it uses most).
    public var terms: [String: String]
    /// `terminology` (a bundled or user equivalence group) or `aligned` (found inside one fact's wordings).
    public var source: String
    /// The fact whose wordings show the difference, for `aligned`.
    public var fact: Int?

    /// Creates a variation.
    public init(referent: String, terms: [String: String], source: String, fact: Int?) {
        self.referent = referent
        self.terms = terms
        self.source = source
        self.fact = fact
    }
}

/// The same fact credited to both sides by some witnesses and to one side by others.
public struct AttributionDifference: Sendable, Codable, Hashable {
    /// The fact.
    public var fact: Int
    /// Its summary.
    public var summary: String
    /// Witnesses that present it as joint.
    public var joint: [FactStatus]
    /// Witnesses that present it as one side's proposal or pledge.
    public var oneSide: [FactStatus]

    /// Creates an attribution difference.
    public init(fact: Int, summary: String, joint: [FactStatus], oneSide: [FactStatus]) {
        self.fact = fact
        self.summary = summary
        self.joint = joint
        self.oneSide = oneSide
    }
}

/// A sentence quoting someone's words.
public struct Quote: Sendable, Codable, Hashable {
    /// The report id.
    public var report: String
    /// Who is quoted, when the report says.
    public var speaker: PersonRef?
    /// The quoted words, without the quotation marks.
    public var text: String
    /// The sentence.
    public var evidence: Provenance

    /// Creates a quote.
    public init(report: String, speaker: PersonRef?, text: String, evidence: Provenance) {
        self.report = report
        self.speaker = speaker
        self.text = text
        self.evidence = evidence
    }
}

/// How alike two witnesses' texts are.
public struct Similarity: Sendable, Codable, Hashable {
    /// One report id.
    public var a: String
    /// The other report id.
    public var b: String
    /// Jaccard similarity of their content words (after folding and stemming).
    public var words: Double
    /// Jaccard similarity of their word 3-shingles: high for copies and shared wire copy.
    public var shingles: Double
    /// How many facts they share.
    public var sharedFacts: Int

    /// Creates a similarity.
    public init(a: String, b: String, words: Double, shingles: Double, sharedFacts: Int) {
        self.a = a
        self.b = b
        self.words = words
        self.shingles = shingles
        self.sharedFacts = sharedFacts
    }
}

/// Why a comparison could not be made.
public struct CompareError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public var message: String
    /// Creates an error.
    public init(_ message: String) { self.message = message }
    /// The message.
    public var description: String { message }
}
