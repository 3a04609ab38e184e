import Foundation

/// Compares the reports of one meeting: aligns the facts they tell, types the
/// values they disagree on, and finds their terminology, attribution and emphasis.
///
/// A comparator holds the prepared terminology and spellings; make one and reuse
/// it. ``Corpus/compare(meeting:witnesses:comparator:)`` uses the bundled data.
public struct Comparator: Sendable {
    let lexicon: Lexicon
    /// Outlets, for the country that decides terms such as "East Sea".
    public var outlets: OutletRegistry
    /// Places, to normalise place names before comparing them.
    public var places: PlaceGazetteer

    /// Creates a comparator over terminology, spellings and reference data.
    public init(terminology: Terminology = .bundled, spellings: Spellings = .bundled, reference: ReferenceData = .bundled) {
        lexicon = terminology == .bundled && spellings == .bundled ? .bundled : Lexicon(terminology: terminology, spellings: spellings)
        outlets = reference.outlets
        places = reference.places
    }

    /// The comparator over the bundled data.
    public static let bundled = Comparator()

    /// Compares the witnesses of a meeting. `witnesses` are report ids (or unique
    /// prefixes of them) or outlet names; empty means every report of the meeting.
    /// A report asked for by id is compared even when the merge put it elsewhere.
    ///
    /// `cancellation` is asked now and then; once it is requested the comparison stops
    /// early and ``CancelledError`` is thrown.
    public func compare(_ corpus: Corpus, meeting id: String, witnesses: [String] = [],
                        cancellation: Cancellation = .never) throws -> Comparison {
        let meeting = try Comparator.meeting(id, in: corpus)
        let reports = try Comparator.witnesses(witnesses, of: meeting, in: corpus)
        try cancellation.checkpoint()
        let comparison = compare(corpus, meeting: meeting, reports: reports, cancellation: cancellation)
        try cancellation.checkpoint()
        return comparison
    }

    /// The meeting with this id or unique id prefix.
    static func meeting(_ id: String, in corpus: Corpus) throws -> Meeting {
        if let m = corpus.meeting(id: id) { return m }
        let matches = corpus.meetings.filter { $0.id.hasPrefix(id) }
        if matches.count == 1, let m = matches.first { return m }
        if matches.count > 1 { throw CompareError("'\(id)' matches \(matches.count) meetings: \(matches.prefix(6).map(\.id).joined(separator: ", "))") }
        throw CompareError("no meeting '\(id)' (see 'meetings')")
    }

    /// The reports a list of report ids, id prefixes and outlet names stands for.
    static func witnesses(_ specs: [String], of meeting: Meeting, in corpus: Corpus) throws -> [Report] {
        guard !specs.isEmpty else { return meeting.reports.compactMap { corpus.report(id: $0) } }
        var out: [Report] = []
        var seen = Set<String>()
        let own = meeting.reports.compactMap { corpus.report(id: $0) }
        for spec in specs {
            var found: [Report] = []
            if let r = corpus.report(id: spec) {
                found = [r]
            } else {
                let key = Fold.key(spec)
                let registry = ReferenceData.bundled.outlets
                let canonical = registry.outlet(named: spec).map { Fold.key($0.name) }
                found = own.filter { r in
                    guard let o = r.outlet else { return false }
                    let k = Fold.key(o)
                    return k == key || k == canonical || registry.outlet(named: o).map { Fold.key($0.name) } == canonical && canonical != nil
                }
                if found.isEmpty {
                    let prefixed = own.filter { $0.id.hasPrefix(spec) }
                    if prefixed.count == 1 { found = prefixed }
                    if prefixed.count > 1 { throw CompareError("'\(spec)' matches \(prefixed.count) reports of the meeting: \(prefixed.map(\.id).joined(separator: ", "))") }
                }
                if found.isEmpty {
                    let prefixed = corpus.reports.lazy.filter { $0.id.hasPrefix(spec) }.prefix(2)
                    if prefixed.count == 1, let r = prefixed.first { found = [r] }
                }
            }
            if found.isEmpty { throw CompareError("no report or outlet '\(spec)' in meeting \(meeting.id) (its reports: \(meeting.reports.joined(separator: ", ")))") }
            for r in found where seen.insert(r.id).inserted { out.append(r) }
        }
        return out
    }

    /// Compares chosen reports as witnesses of a meeting.
    public func compare(_ corpus: Corpus, meeting: Meeting, reports: [Report]) -> Comparison {
        compare(corpus, meeting: meeting, reports: reports, cancellation: .never)
    }

    /// Compares chosen reports; once `cancellation` is requested the costly steps stop
    /// early and what is returned is incomplete (the throwing callers then throw).
    func compare(_ corpus: Corpus, meeting: Meeting, reports: [Report], cancellation: Cancellation) -> Comparison {
        let (prepared, participants, units) = prepare(corpus, meeting: meeting, reports: reports, cancellation: cancellation)
        let meetingWords = self.meetingWords(participants, place: meeting.place)

        let ids = Set(reports.map(\.id))
        let witnesses = prepared.map { w in
            Witness(report: w.report.id, outlet: w.report.outlet, source: w.report.source, published: w.report.published,
                    independent: w.report.duplicateOf.map { !ids.contains($0) } ?? true, duplicateOf: w.report.duplicateOf,
                    inMeeting: meeting.reports.contains(w.report.id), sentences: w.doc.sentences.count)
        }
        var aligner = FactAligner(units: units, witnessCount: prepared.count, meetingWords: meetingWords)
        aligner.cancellation = cancellation
        let groups = aligner.align()
        var facts = makeFacts(groups, units: units, witnesses: witnesses, prepared: prepared)
        facts.sort { a, b in
            if a.reports.count != b.reports.count { return a.reports.count > b.reports.count }
            let pa = position(a, witnesses), pb = position(b, witnesses)
            return pa < pb
        }
        var renumber: [Int: Int] = [:]
        for i in facts.indices { renumber[facts[i].index] = i; facts[i].index = i }
        let factOfGroup = renumber
        facts += details(facts, prepared: prepared, participants: participants)

        let conflicts = ConflictFinder(places: places, lexicon: lexicon)
            .conflicts(prepared, facts: facts)
        let terminology = termVariations(prepared, facts: facts, units: units, groups: groups, factOfGroup: factOfGroup)
        let attribution = facts.compactMap { f -> AttributionDifference? in
            let joint = f.statuses.filter(\.isJoint)
            let oneSide = f.statuses.filter { $0.by != nil && ($0.status == .proposed || $0.status == .pledged) }
            guard !joint.isEmpty, !oneSide.isEmpty, Set(joint.map(\.report)) != Set(oneSide.map(\.report)) else { return nil }
            return AttributionDifference(fact: f.index, summary: f.summary, joint: joint, oneSide: oneSide)
        }
        let emphasis = Comparator.emphasis(prepared, participants: participants)
        let quotes = prepared.flatMap { Comparator.quotes($0) }
        let similarity = Comparator.similarity(prepared, facts: facts)
        return Comparison(meeting: meeting.id, witnesses: witnesses, facts: facts, conflicts: conflicts, terminology: terminology,
                          attribution: attribution, emphasis: emphasis, quotes: quotes, similarity: similarity,
                          independentWitnesses: witnesses.filter(\.independent).count)
    }

    /// The witnesses prepared, the participants, and the units they are cut into.
    func prepare(_ corpus: Corpus, meeting: Meeting, reports: [Report],
                 cancellation: Cancellation = .never) -> ([PreparedWitness], [PersonRef], [Unit]) {
        let context = corpus.extractor.context
        let records = reports.map { corpus.record(report: $0.id) }
        // Everyone who took part, in meeting order then as the witnesses name them.
        var participants = meeting.participants
        for r in records { for p in r?.participants ?? [] where !participants.contains(where: { $0.id == p.id }) { participants.append(p) } }
        let participantCountries = Set(participants.compactMap(\.country))
        let prepared = reports.enumerated().map { i, r in
            var countries = Set<String>()
            if let o = r.outlet, let c = outlets.outlet(named: o)?.country { countries.insert(c) }
            if countries.isEmpty { countries = participantCountries }
            return PreparedWitness(index: i, report: r, record: records[i], context: context, lexicon: lexicon, countries: countries)
        }
        var names: [UInt64: PersonRef] = [:]
        for p in participants {
            for h in Tokenizer.phrase(p.name) { names[h] = p }
            for s in context.gazetteer.leader(id: p.id)?.short ?? [] { for h in Tokenizer.phrase(s) { names[h] = p } }
        }
        var builder = UnitBuilder(lexicon: lexicon, names: names, participants: Set(participants.map(\.id)),
                                  meetingWords: meetingWords(participants, place: meeting.place))
        for (k, a) in meeting.agreements.enumerated() { for t in a.tellings { builder.outcomes[UnitBuilder.tellingKey(t)] = k } }
        return (prepared, participants, prepared.flatMap { cancellation.isRequested ? [] : builder.units($0) })
    }

    /// The stems of the participants' names, their countries' names and demonyms, and
    /// the meeting place: words every account of the meeting has.
    func meetingWords(_ participants: [PersonRef], place: String?) -> Set<UInt64> {
        var words: [String] = participants.map(\.name)
        for code in Set(participants.compactMap(\.country)) {
            if let c = places.country(code: code) { words += [c.name] + c.aliases + c.demonyms }
        }
        if let place { words.append(place) }
        return Set(words.flatMap { lexicon.tokens($0).filter { !$0.isStop }.map(\.stem) })
    }

    func position(_ f: Fact, _ witnesses: [Witness]) -> (Int, Int) {
        guard let v = f.variants.first else { return (Int.max, Int.max) }
        return (witnesses.firstIndex { $0.report == v.report } ?? Int.max, v.evidence.sentence)
    }

    func makeFacts(_ groups: [[Int]], units: [Unit], witnesses: [Witness], prepared: [PreparedWitness]) -> [Fact] {
        var out: [Fact] = []
        // Clauses of one sentence that no other witness tells stand together again as one fact.
        var byClause: [Int: [Int]] = [:]
        for (g, members) in groups.enumerated() where members.count == 1 && units[members[0]].kind == .statement {
            let u = units[members[0]]
            byClause[u.witness &* 1_000_003 &+ u.sentence, default: []].append(g)
        }
        var skip = Set<Int>()
        for (_, gs) in byClause where gs.count > 1 {
            let us = gs.flatMap { groups[$0] }.map { units[$0] }
            guard let first = us.first, first.witness < prepared.count else { continue }
            let range = (us.map(\.range.lowerBound).min() ?? first.range.lowerBound)..<(us.map(\.range.upperBound).max() ?? first.range.upperBound)
            var text = prepared[first.witness].text(range)
            while let l = text.last, ".;,:".contains(l) { text.removeLast() }
            let report = witnesses[first.witness].report
            out.append(Fact(index: gs.min() ?? 0, kind: .statement, summary: text, reports: [report], independent: 1,
                            variants: [Variant(report: report, text: text, evidence: Provenance(report: report, sentence: first.sentence, start: range.lowerBound, end: range.upperBound))],
                            statuses: [], event: nil, topics: []))
            skip.formUnion(gs)
        }
        for (g, members) in groups.enumerated() where !skip.contains(g) {
            let sorted = members.sorted { (units[$0].witness, units[$0].sentence, units[$0].range.lowerBound) < (units[$1].witness, units[$1].sentence, units[$1].range.lowerBound) }
            let us = sorted.map { units[$0] }
            var reports: [String] = []
            for u in us where !reports.contains(witnesses[u.witness].report) { reports.append(witnesses[u.witness].report) }
            let kinds = Set(us.map(\.kind))
            let kind: FactKind = kinds.contains(.orientation) ? .orientation : kinds.contains(.agreement) ? .agreement
                : kinds.contains(.event) ? .event : .statement
            let variants = us.map { u in
                Variant(report: witnesses[u.witness].report, text: u.text,
                        evidence: Provenance(report: witnesses[u.witness].report, sentence: u.sentence, start: u.range.lowerBound, end: u.range.upperBound))
            }
            // The first witness's wording, as a collation takes a base text.
            let summary = us.first { $0.concepts.count >= 3 }?.text ?? us.first?.text ?? ""
            let independentReports = reports.filter { r in witnesses.first { $0.report == r }?.independent ?? true }
            var topics: [String] = []
            for u in us { for t in u.topics where !topics.contains(t) { topics.append(t) } }
            out.append(Fact(index: g, kind: kind, summary: summary, reports: reports, independent: max(independentReports.count, reports.isEmpty ? 0 : 1),
                            variants: variants, statuses: us.compactMap(\.status), event: us.lazy.compactMap(\.event).first, topics: topics))
        }
        return out
    }

    // MARK: Details

    /// What each witness adds to the facts it shares: runs of three content words or
    /// more that the other wordings lack, two of them words no other witness uses at all
    /// ("a hydrogen fuel cell plant run by Bosch").
    func details(_ facts: [Fact], prepared: [PreparedWitness], participants: [PersonRef]) -> [Fact] {
        let index = Dictionary(uniqueKeysWithValues: prepared.map { ($0.report.id, $0.index) })
        var names = Comparator.dateWords
        for p in participants { for h in Tokenizer.phrase(p.name) { names.insert(h) } }
        for code in Set(participants.compactMap(\.country)) {
            guard let c = places.country(code: code) else { continue }
            for n in [c.name] + c.aliases + c.demonyms { for h in Tokenizer.phrase(n) { names.insert(h) } }
        }
        // Words each witness alone uses anywhere in its text.
        var vocabulary: [Set<UInt64>] = prepared.map { w in Set(w.tokens.joined().filter { !$0.isStop && $0.concept != 0 }.map(\.concept)) }
        var counts: [UInt64: Int] = [:]
        for v in vocabulary { for c in v { counts[c, default: 0] += 1 } }
        for i in vocabulary.indices { vocabulary[i] = vocabulary[i].filter { counts[$0] == 1 } }
        let own = vocabulary
        var out: [Fact] = []
        for f in facts where f.reports.count > 1 && f.kind != .orientation {
            var tokens: [[WordToken]] = []
            var sets: [Set<UInt64>] = []
            for v in f.variants {
                guard let w = index[v.report].map({ prepared[$0] }), v.evidence.sentence < w.tokens.count else {
                    tokens.append([]); sets.append([]); continue
                }
                let all = w.tokens[v.evidence.sentence]
                let toks = Array(all[UnitBuilder.tokens(all, within: v.evidence.start..<max(v.evidence.start, v.evidence.end))])
                tokens.append(toks)
                sets.append(Set(toks.filter { !$0.isStop && $0.concept != 0 }.map(\.concept)))
            }
            for (k, v) in f.variants.enumerated() {
                guard let w = index[v.report].map({ prepared[$0] }) else { continue }
                var others = Set<UInt64>()
                for (j, set) in sets.enumerated() where j != k && f.variants[j].report != v.report { others.formUnion(set) }
                let runs = Comparator.newRuns(tokens[k], w.doc.bytes, others: others, names: names)
                for run in runs where tokens[k].filter({ $0.start >= run.lowerBound && $0.end <= run.upperBound && own[w.index].contains($0.concept) }).count >= 2 {
                    let text = w.text(run)
                    out.append(Fact(index: 0, kind: .detail, summary: text, reports: [v.report], independent: 1,
                                    variants: [Variant(report: v.report, text: text, evidence: Provenance(report: v.report, sentence: v.evidence.sentence, start: run.lowerBound, end: run.upperBound))],
                                    statuses: [], event: nil, topics: [], parent: f.index))
                }
            }
        }
        for i in out.indices { out[i].index = facts.count + i }
        return out
    }

    static let dateWords = Set<UInt64>(Tokenizer.hashes(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                                      "february", "march", "april", "may", "june", "july", "august", "september", "october",
                                      "november", "december", "today", "yesterday", "morning", "afternoon", "evening"]))

    /// Maximal runs of tokens whose concepts the other wordings lack, not across punctuation.
    static func newRuns(_ toks: [WordToken], _ b: [UInt8], others: Set<UInt64>, names: Set<UInt64>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var first: Int?
        var last = 0
        var fresh = 0
        var headShared = false
        func close() {
            if let f = first, fresh >= 3 { out.append(toks[f].start..<toks[last].end) }
            first = nil
            fresh = 0
        }
        for (k, t) in toks.enumerated() {
            if k > 0 {
                var broken = false
                for x in toks[k - 1].end..<t.start where b[x] != 0x20 && b[x] != UInt8(ascii: "-") && b[x] != UInt8(ascii: "'") { broken = true; break }
                if broken { close() }
            }
            var isShared: Bool
            if t.concept == 0 {
                isShared = headShared
            } else if t.isStop {
                continue
            } else {
                isShared = others.contains(t.concept) || names.contains(t.hash)
                headShared = isShared
            }
            if t.number != nil && t.concept != 0 { isShared = isShared || t.number.map { $0 < 3 } ?? false }
            if isShared { close(); continue }
            if first == nil { first = k }
            last = k
            fresh += 1
        }
        close()
        return out
    }

    // MARK: Terminology

    func termVariations(_ prepared: [PreparedWitness], facts: [Fact], units: [Unit], groups: [[Int]], factOfGroup: [Int: Int]) -> [TermVariation] {
        let groupsData = lexicon.terminology.groups
        // Each witness's terms per group: the term it uses most (first on a tie).
        var used: [Int: [(report: String, terms: [String], keys: Set<[UInt64]>)]] = [:]
        for w in prepared {
            var counts: [Int: [(term: String, key: [UInt64], n: Int)]] = [:]
            for s in w.doc.sentences.indices {
                let toks = w.tokens[s]
                for m in lexicon.terms.matches(toks, countries: w.countries, nested: true) {
                    let key = toks[m.tokens].filter { !$0.isStop }.map(\.stem)
                    let term = Comparator.cleanTerm(w.text(m.bytes))
                    var list = counts[m.group, default: []]
                    if let i = list.firstIndex(where: { $0.key == key }) { list[i].n += 1 } else { list.append((term, key, 1)) }
                    counts[m.group] = list
                }
            }
            for (g, list) in counts {
                // The terms it uses, the most frequent first.
                let ordered = list.enumerated().sorted { ($0.element.n, -$0.offset) > ($1.element.n, -$1.offset) }.map(\.element)
                used[g, default: []].append((w.report.id, ordered.map(\.term), Set(ordered.map(\.key))))
            }
        }
        var out: [TermVariation] = []
        for g in used.keys.sorted() {
            guard let list = used[g], list.reduce(into: Set<[UInt64]>(), { $0.formUnion($1.keys) }).count > 1, g < groupsData.count else { continue }
            var terms: [String: String] = [:]
            for e in list { terms[e.report] = e.terms.joined(separator: " / ") }
            out.append(TermVariation(referent: groupsData[g].referent, terms: terms, source: "terminology", fact: nil))
        }
        // Aligned facts: quoted names and orientation names that differ between wordings of one fact.
        let index = Dictionary(uniqueKeysWithValues: prepared.map { ($0.report.id, $0.index) })
        // The quotations of each sentence, read once however many wordings stand in it.
        var quotations: [Int: [Int: [Quotation]]] = [:]
        for f in facts where f.reports.count > 1 {
            var quoted: [String: (String, [UInt64])] = [:]
            for v in f.variants {
                var phrases: [String] = []
                if f.kind == .orientation {
                    phrases = [Comparator.orientationName(v.text)]
                } else if let w = index[v.report].map({ prepared[$0] }), w.doc.sentences.indices.contains(v.evidence.sentence) {
                    let s = v.evidence.sentence
                    let sentence = w.doc.sentences[s]
                    let list = quotations[w.index]?[s] ?? Comparator.quotations(w.doc.bytes, sentence.start..<sentence.end)
                    quotations[w.index, default: [:]][s] = list
                    phrases = Comparator.quotedNames(list, overlapping: v.evidence.start..<max(v.evidence.start, v.evidence.end))
                }
                guard phrases.count == 1, let p = phrases.first, quoted[v.report] == nil else { continue }
                let key = lexicon.tokens(p).filter { !$0.isStop }.map(\.stem)
                guard !key.isEmpty else { continue }
                quoted[v.report] = (p, key)
            }
            guard quoted.count > 1, Set(quoted.values.map(\.1)).count > 1 else { continue }
            // Already shown as a terminology group?
            let termsSet = Set(quoted.values.map { Fold.key($0.0) })
            if out.contains(where: { Set($0.terms.values.map { Fold.key($0) }) == termsSet }) { continue }
            var terms: [String: String] = [:]
            for (r, q) in quoted { terms[r] = q.0 }
            let referent = f.reports.first.flatMap { quoted[$0]?.0 } ?? quoted.values.first?.0 ?? ""
            out.append(TermVariation(referent: referent, terms: terms, source: "aligned", fact: f.index))
        }
        return out
    }

    /// A term as written, without quotation marks.
    static func cleanTerm(_ s: String) -> String {
        var out = ""
        for ch in s where ch != "\"" && ch != "“" && ch != "”" { out.append(ch) }
        return out.trimmingCharacters(in: .whitespaces)
    }

    static func orientationName(_ text: String) -> String {
        guard let c = text.firstIndex(of: ":") else { return text }
        return String(text[..<c])
    }

    /// A quotation in a text: where its opening and closing marks stand, and its words
    /// when they can be a name (one to five words, not ending in punctuation).
    struct Quotation {
        var open: Int
        var close: Int
        var name: String?
    }

    /// Short quoted phrases (one to five words, not ending in punctuation) in `b[r]`
    /// that overlap `part`: names such as “red journey”, not quoted speech.
    static func quotedNames(_ b: [UInt8], _ r: Range<Int>, overlapping part: Range<Int>) -> [String] {
        quotedNames(quotations(b, r), overlapping: part)
    }

    /// The names among `quotations` (in text order, as ``quotations(_:_:)`` gives them)
    /// whose quotation overlaps `part`, found by binary search.
    static func quotedNames(_ quotations: [Quotation], overlapping part: Range<Int>) -> [String] {
        let from = TextScan.partition(quotations) { $0.close >= part.lowerBound - 3 }
        return quotations[from...].prefix { $0.open < part.upperBound }.compactMap(\.name)
    }

    /// The quotations of `b[r]` in order, each from its opening mark to the next closing one;
    /// an opening mark that is never closed ends the list.
    static func quotations(_ b: [UInt8], _ r: Range<Int>) -> [Quotation] {
        var out: [Quotation] = []
        var i = r.lowerBound
        while i < r.upperBound {
            var openLen = 0
            if b[i] == UInt8(ascii: "\"") { openLen = 1 }
            if i + 2 < r.upperBound, b[i] == 0xE2, b[i + 1] == 0x80, b[i + 2] == 0x9C { openLen = 3 }
            guard openLen > 0 else { i += 1; continue }
            var j = i + openLen
            var close = -1
            while j < r.upperBound {
                if b[j] == UInt8(ascii: "\"") { close = j; break }
                if j + 2 < r.upperBound, b[j] == 0xE2, b[j + 1] == 0x80, b[j + 2] == 0x9D { close = j; break }
                j += 1
            }
            guard close > i else { break }
            let inner = b[(i + openLen)..<close]
            let words = TextScan.wordCount(inner)
            let last = inner.last ?? 0
            let name = words >= 1 && words <= 5 && !".,!?;:".utf8.contains(last) ? String(decoding: inner, as: UTF8.self) : nil
            out.append(Quotation(open: i, close: close, name: name))
            i = close + 1
        }
        return out
    }

    // MARK: Emphasis, quotes, similarity

    /// Each witness's shares of sentences by participant, from its record (the share
    /// of its sentences whose subject is the person), restricted to participants.
    static func emphasis(_ prepared: [PreparedWitness], participants: [PersonRef]) -> [String: [String: Double]] {
        let ids = Set(participants.map(\.id))
        var out: [String: [String: Double]] = [:]
        for w in prepared {
            var shares: [String: Double] = [:]
            if let e = w.record?.emphasis {
                for (p, v) in e where ids.contains(p) { shares[p] = v }
            } else {
                let total = Double(max(1, w.doc.sentences.count))
                for s in w.people.subjects { if case .person(let p)? = s, ids.contains(w.people.cast[p].ref.id) { shares[w.people.cast[p].ref.id, default: 0] += 1 / total } }
            }
            for p in participants where shares[p.id] == nil { shares[p.id] = 0 }
            out[w.report.id] = shares
        }
        return out
    }

    /// Sentences with quoted words of three or more, and who says them: the sentence's
    /// subject, else the first person it names.
    static func quotes(_ w: PreparedWitness) -> [Quote] {
        var out: [Quote] = []
        let b = w.doc.bytes
        for (s, sentence) in w.doc.sentences.enumerated() {
            var spans: [String] = []
            var i = sentence.start
            var open: Int?
            while i < sentence.end {
                let isStraight = b[i] == UInt8(ascii: "\"")
                let curlyOpen = i + 2 < sentence.end && b[i] == 0xE2 && b[i + 1] == 0x80 && b[i + 2] == 0x9C
                let curlyClose = i + 2 < sentence.end && b[i] == 0xE2 && b[i + 1] == 0x80 && b[i + 2] == 0x9D
                if let o = open, isStraight || curlyClose {
                    let inner = Array(b[o..<i])
                    if TextScan.wordCount(inner) >= 3 { spans.append(String(decoding: inner, as: UTF8.self)) }
                    open = nil
                    i += isStraight ? 1 : 3
                    continue
                }
                if open == nil, isStraight || curlyOpen {
                    open = i + (isStraight ? 1 : 3)
                    i = open ?? i + 1
                    continue
                }
                i += 1
            }
            guard !spans.isEmpty else { continue }
            var speaker: PersonRef?
            if s < w.people.subjects.count, case .person(let p)? = w.people.subjects[s] { speaker = w.people.cast[p].ref }
            if speaker == nil, s < w.people.mentions.count, let m = w.people.mentions[s].first { speaker = w.people.cast[m.person].ref }
            out.append(Quote(report: w.report.id, speaker: speaker, text: spans.joined(separator: " … "), evidence: w.provenance(s)))
        }
        return out
    }

    /// Jaccard similarity of content words and of word 3-shingles for every pair of witnesses.
    static func similarity(_ prepared: [PreparedWitness], facts: [Fact]) -> [Similarity] {
        var words: [Set<UInt64>] = []
        var shingles: [Set<UInt64>] = []
        for w in prepared {
            var ws = Set<UInt64>()
            var sh = Set<UInt64>()
            for toks in w.tokens {
                for t in toks where !t.isStop { ws.insert(t.stem) }
                if toks.count >= 3 {
                    for k in 0..<(toks.count - 2) {
                        sh.insert(Tokenizer.combine(Tokenizer.combine(toks[k].hash, toks[k + 1].hash), toks[k + 2].hash))
                    }
                }
            }
            words.append(ws)
            shingles.append(sh)
        }
        func jaccard(_ a: Set<UInt64>, _ b: Set<UInt64>) -> Double {
            let u = a.union(b).count
            return u == 0 ? 0 : (Double(a.intersection(b).count) / Double(u) * 1000).rounded() / 1000
        }
        var out: [Similarity] = []
        for i in prepared.indices {
            for j in prepared.indices where j > i {
                let a = prepared[i].report.id, b = prepared[j].report.id
                let shared = facts.filter { $0.reports.contains(a) && $0.reports.contains(b) }.count
                out.append(Similarity(a: a, b: b, words: jaccard(words[i], words[j]), shingles: jaccard(shingles[i], shingles[j]), sharedFacts: shared))
            }
        }
        return out
    }
}

extension Corpus {
    /// Compares the witnesses of a meeting (all its reports by default; or report ids,
    /// unique id prefixes and outlet names). Throws ``CompareError`` for an unknown
    /// meeting or witness.
    /// Once `cancellation` is requested the comparison stops soon and throws ``CancelledError``.
    public func compare(meeting: String, witnesses: [String] = [], comparator: Comparator = .bundled,
                        cancellation: Cancellation = .never) throws -> Comparison {
        try comparator.compare(self, meeting: meeting, witnesses: witnesses, cancellation: cancellation)
    }
}
