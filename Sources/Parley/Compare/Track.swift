/// An orientation or agreement followed across meetings in date order: how each
/// report words it and who put it forward.
public struct Track: Sendable, Codable, Hashable {
    /// The name asked for.
    public var query: String
    /// The terminology referent the name belongs to, when it is a known term
    /// ("six major directions" → "Six major orientations").
    public var referent: String?
    /// Where it appears, by meeting date then report.
    public var entries: [TrackEntry]

    /// Creates a track.
    public init(query: String, referent: String?, entries: [TrackEntry]) {
        self.query = query
        self.referent = referent
        self.entries = entries
    }

    /// The meetings it appears in, in date order, without repeats.
    public var meetings: [String] {
        var out: [String] = []
        for e in entries where !out.contains(e.meeting) { out.append(e.meeting) }
        return out
    }
}

/// One report's wording of a tracked orientation or agreement.
public struct TrackEntry: Sendable, Codable, Hashable {
    /// The meeting.
    public var meeting: String
    /// The meeting's date.
    public var date: Day?
    /// The report.
    public var report: String
    /// Its outlet.
    public var outlet: String?
    /// `orientation`, `agreement`, or `mention` (a sentence naming it that extraction did not take as either).
    public var kind: String
    /// The words the report uses.
    public var wording: String
    /// Who put it forward or is credited with it.
    public var proposer: PersonRef?
    /// For agreements: agreed, signed, proposed or pledged.
    public var status: AgreementStatus?
    /// The reporting verb.
    public var verb: String?
    /// For orientations: the items listed.
    public var items: [String]
    /// Where it stands.
    public var evidence: Provenance

    /// Creates an entry.
    public init(meeting: String, date: Day?, report: String, outlet: String?, kind: String, wording: String, proposer: PersonRef?,
                status: AgreementStatus?, verb: String?, items: [String], evidence: Provenance) {
        self.meeting = meeting
        self.date = date
        self.report = report
        self.outlet = outlet
        self.kind = kind
        self.wording = wording
        self.proposer = proposer
        self.status = status
        self.verb = verb
        self.items = items
        self.evidence = evidence
    }
}

extension Comparator {
    /// Follows an orientation or agreement by name across every meeting of the corpus.
    /// A name matches a wording that has all its content words (after folding case,
    /// spelling and stems), where a terminology term stands for all its equivalents.
    public func track(_ name: String, in corpus: Corpus) -> Track {
        // `.never` never stops it.
        (try? track(name, in: corpus, cancellation: .never)) ?? Track(query: name, referent: nil, entries: [])
    }

    /// ``track(_:in:)`` that asks `cancellation` every few dozen reports and throws
    /// ``CancelledError`` soon after it is requested.
    public func track(_ name: String, in corpus: Corpus, cancellation: Cancellation) throws -> Track {
        let query = Array(name.utf8)
        let (qt, qm) = lexicon.conceptTokens(query, 0..<query.count, countries: TermMatcher.anyCountry)
        let wanted = Set(qt.filter { $0.concept != 0 && (!$0.isStop || $0.number != nil) }.map(\.concept))
        let referent = qm.count == 1 && qm.first.map({ $0.tokens.count == qt.count }) == true
            ? qm.first.flatMap { m in lexicon.terminology.groups.indices.contains(m.group) ? lexicon.terminology.groups[m.group].referent : nil } : nil
        guard !wanted.isEmpty else { return Track(query: name, referent: referent, entries: []) }
        func concepts(_ text: String) -> Set<UInt64> {
            let b = Array(text.utf8)
            return Set(lexicon.conceptTokens(b, 0..<b.count, countries: TermMatcher.anyCountry).0.map(\.concept))
        }
        var entries: [TrackEntry] = []
        var read = 0
        for m in corpus.meetings {
            for id in m.reports {
                if read & 31 == 0 { try cancellation.checkpoint() }
                read += 1
                guard let r = corpus.report(id: id), let rec = corpus.record(report: id) else { continue }
                var found: [TrackEntry] = []
                var seen = Set<String>()
                for o in rec.orientations where wanted.isSubset(of: concepts(o.name)) && seen.insert(Fold.key(o.name)).inserted {
                    guard let ev = o.evidence.first else { continue }
                    found.append(TrackEntry(meeting: m.id, date: m.date.day, report: id, outlet: r.outlet, kind: "orientation", wording: o.name,
                                            proposer: o.proposer, status: nil, verb: nil, items: o.items, evidence: ev))
                }
                for a in rec.agreements where wanted.isSubset(of: concepts(a.text)) {
                    found.append(TrackEntry(meeting: m.id, date: m.date.day, report: id, outlet: r.outlet, kind: "agreement", wording: a.text,
                                            proposer: a.by, status: a.status, verb: a.verb, items: [], evidence: a.evidence))
                }
                if found.isEmpty, let mention = mention(wanted, in: r) {
                    found.append(TrackEntry(meeting: m.id, date: m.date.day, report: id, outlet: r.outlet, kind: "mention", wording: mention.1,
                                            proposer: nil, status: nil, verb: nil, items: [], evidence: mention.0))
                }
                entries += found
            }
        }
        entries.sort { ($0.date?.ordinal ?? Int.max, $0.meeting, $0.report, $0.evidence.sentence) < ($1.date?.ordinal ?? Int.max, $1.meeting, $1.report, $1.evidence.sentence) }
        return Track(query: name, referent: referent, entries: entries)
    }

    /// The first sentence of a report with all the wanted concepts close together.
    func mention(_ wanted: Set<UInt64>, in r: Report) -> (Provenance, String)? {
        let b = Array(r.text.utf8)
        let sentences = SentenceSegmenter.segment(b)
        for (s, sentence) in sentences.enumerated() {
            let toks = lexicon.conceptTokens(b, sentence.start..<sentence.end, countries: TermMatcher.anyCountry).0
            for i in toks.indices where wanted.contains(toks[i].concept) {
                var seen = Set<UInt64>()
                var j = i
                while j < toks.count, j - i < wanted.count + 4 {
                    if wanted.contains(toks[j].concept) { seen.insert(toks[j].concept) }
                    if seen.count == wanted.count {
                        let words = TextScan.string(b, toks[i].start..<toks[j].end)
                        return (Provenance(report: r.id, sentence: s, start: sentence.start, end: sentence.end), words)
                    }
                    j += 1
                }
            }
        }
        return nil
    }
}

extension Corpus {
    /// Follows an orientation or agreement by name across meetings in date order
    /// (`track("six major orientations")` also finds "six major directions").
    public func track(_ name: String, comparator: Comparator = .bundled) -> Track {
        comparator.track(name, in: self)
    }

    /// ``track(_:comparator:)`` that stops soon after `cancellation` is requested, with
    /// ``CancelledError``.
    public func track(_ name: String, comparator: Comparator = .bundled, cancellation: Cancellation) throws -> Track {
        try comparator.track(name, in: self, cancellation: cancellation)
    }
}
