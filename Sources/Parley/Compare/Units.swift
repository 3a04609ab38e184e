/// One report prepared for comparison: its sentences as comparison tokens, the
/// people it follows, and the countries that decide ambiguous terms.
struct PreparedWitness {
    let index: Int
    let report: Report
    let record: MeetingRecord?
    let doc: Document
    let people: People
    /// Comparison tokens per sentence, terminology applied (outermost terms).
    let tokens: [[WordToken]]
    /// The countries of the outlet, else of the participants: they decide "East Sea".
    let countries: Set<String>

    init(index: Int, report: Report, record: MeetingRecord?, context: ExtractionContext, lexicon: Lexicon,
         countries: Set<String>) {
        self.index = index
        self.report = report
        self.record = record
        let doc = Document(report)
        self.doc = doc
        people = People(doc, gazetteer: context.gazetteer, context: context)
        self.countries = countries
        tokens = doc.sentences.map { lexicon.conceptTokens(doc.bytes, $0.start..<$0.end, countries: countries).0 }
    }

    /// The text of a byte range.
    func text(_ r: Range<Int>) -> String { TextScan.string(doc.bytes, r) }

    /// The provenance of sentence `s`.
    func provenance(_ s: Int) -> Provenance { doc.provenance(s) }
}

/// A piece of one witness that may tell a fact: an agreement (or a clause of one),
/// an orientation, an event, or a statement sentence.
struct Unit {
    var witness: Int
    var kind: FactKind
    var event: String?
    var sentence: Int
    /// Byte range in the report's cleaned text.
    var range: Range<Int>
    var text: String
    var status: FactStatus?
    /// Content concepts, without repeats.
    var concepts: [UInt64]
    /// Pairs of consecutive content concepts ("oil gas", "peace summit"): shared phrases weigh as well.
    var phrases: [UInt64]
    /// Years and digit ordinals: two units with pins and none in common tell different things.
    var pins: [UInt64]
    /// Counts (cardinal numbers of three or more) among the concepts: a shared one weighs more.
    var numbers: [UInt64]
    /// Who does or says it: a participant's id, `joint`, or `nil` when the text does not say.
    var actor: String?
    /// The participants its sentence names.
    var mentioned: Set<String>
    /// For an event, the stems of its kind's words ("lunch"): a unit naming them tells of it too.
    var eventStems: [UInt64] = []
    /// For an orientation, the concepts of its items.
    var items: [UInt64] = []
    /// For an orientation, the number its name declares.
    var declared: Int?
    var topics: [String]
    /// For an agreement, the outcome of the merged meeting it tells (its index in ``Meeting/agreements``).
    var outcome: Int? = nil
}

/// Cuts witnesses into units.
struct UnitBuilder {
    let lexicon: Lexicon
    /// Participants by the hashes of their name parts and short forms.
    let names: [UInt64: PersonRef]
    /// The participants' ids.
    let participants: Set<String>
    /// Words every account of the meeting has (names, countries): they make no phrases.
    let meetingWords: Set<UInt64>
    /// The merged meeting's outcome of each telling, by ``UnitBuilder/tellingKey(_:)``.
    var outcomes: [String: Int] = [:]

    /// What identifies one telling of an outcome: its report, sentence and wording.
    static func tellingKey(_ a: Agreement) -> String { "\(a.evidence.report)\u{1}\(a.evidence.sentence)\u{1}\(a.text)" }

    static let joint = Words.set(["both", "they", "sides", "two", "leaders"])
    static let pronouns = Words.set(["he", "she"])
    static let subjectStarts = Words.set(["he", "she", "they", "the", "both"])
    static let and = Tokenizer.hash("and")
    static let bigramSalt = Tokenizer.hash("§bigram")
    /// Words that open a new clause after a comma.
    static let clauseOpeners = Words.set(["where", "while", "whereas", "which", "who"])
    /// Words that start a main clause after a relative clause closes.
    static let mainClauseStarts = Words.set(["the", "a", "an", "he", "she", "they", "it", "we", "both"])

    func units(_ w: PreparedWitness) -> [Unit] {
        var out: [Unit] = []
        let id = w.report.id
        var agreements: [Int: [Agreement]] = [:]
        var events: [Int: [MeetingEvent]] = [:]
        if let r = w.record {
            for a in r.agreements where a.evidence.report == id { agreements[a.evidence.sentence, default: []].append(a) }
            for e in r.events where e.evidence.report == id { events[e.evidence.sentence, default: []].append(e) }
        }
        for s in w.doc.sentences.indices {
            let sentence = w.doc.sentences[s]
            let whole = sentence.start..<sentence.end
            let toks = w.tokens[s]
            // The participants the sentence names: the same for each of its units.
            let mentioned = mentionedParticipants(w, s)
            // An event is told by the clause that names it ("where they held talks, had lunch …"),
            // else by its whole sentence.
            let parts = statementParts(toks, w.doc.bytes, whole)
            var eventParts = Set<Int>()
            var kinds = Set<String>()
            for e in events[s] ?? [] where kinds.insert(e.kind).inserted {
                let kindWords = Set(lexicon.tokens(e.kind).map(\.stem))
                // The clause holding the first word of the event's kind (the clauses cut the
                // sentence between words, in order).
                var part: Int?
                if parts.count > 1, let first = toks.first(where: { kindWords.contains($0.stem) }) {
                    let p = TextScan.partition(parts) { $0.upperBound >= first.end }
                    if p < parts.count, first.start >= parts[p].lowerBound { part = p }
                }
                if let p = part { eventParts.insert(p) }
                var u = unit(w, s, part.map { parts[$0] } ?? whole, kind: .event, event: e.kind, status: nil, toks: toks, mentioned: mentioned)
                u.eventStems = Array(kindWords)
                out.append(u)
            }
            if let list = agreements[s] {
                var covered: [Range<Int>] = []
                var pieces: [(range: Range<Int>, status: FactStatus, topics: [String], outcome: Int?)] = []
                for a in list {
                    // Where the extractor found it, so that an item of a long sentence is looked for
                    // in its own bytes only; else anywhere in the sentence.
                    let own = a.textRange.flatMap { $0.clamped(to: whole).isEmpty ? nil : $0.clamped(to: whole) }
                    let r = own.flatMap { locate(a.text, in: w.doc.bytes, $0, sentence: whole) }
                        ?? locate(a.text, in: w.doc.bytes, whole, sentence: whole) ?? whole
                    covered.append(r)
                    let status = FactStatus(report: id, status: a.status, verb: a.verb, by: a.by)
                    let outcome = outcomes[UnitBuilder.tellingKey(a)]
                    for (range, st) in clauses(toks, w.doc.bytes, r, parent: status) { pieces.append((range, st, a.topics, outcome)) }
                }
                // What the sentence says besides its agreements, when that is much of it.
                let rest = remainder(toks, whole, covered: covered)
                if pieces.count == 1, rest == nil, let p = pieces.first {
                    // One agreement and little else: the whole sentence tells it ("Over the next three years, China will …").
                    var u = unit(w, s, p.range, kind: .agreement, event: nil, status: p.status, toks: toks, mentioned: mentioned, conceptRange: whole)
                    u.topics = p.topics
                    u.outcome = p.outcome
                    if !u.concepts.isEmpty { out.append(u) }
                } else {
                    for p in pieces {
                        var u = unit(w, s, p.range, kind: .agreement, event: nil, status: p.status, toks: toks, mentioned: mentioned)
                        u.topics = p.topics
                        u.outcome = p.outcome
                        if !u.concepts.isEmpty { out.append(u) }
                    }
                    if let rest {
                        for r in statementParts(toks, w.doc.bytes, rest) {
                            let u = unit(w, s, r, kind: .statement, event: nil, status: nil, toks: toks, mentioned: mentioned)
                            if u.concepts.count >= 3 { out.append(u) }
                        }
                    }
                }
            } else if events[s] == nil || parts.count > 1 {
                for (k, r) in parts.enumerated() where !eventParts.contains(k) {
                    let u = unit(w, s, r, kind: .statement, event: nil, status: nil, toks: toks, mentioned: mentioned)
                    if u.concepts.count >= 3 { out.append(u) }
                }
            }
        }
        var seen = Set<String>()
        for o in w.record?.orientations ?? [] {
            guard let ev = o.evidence.first, ev.report == id, seen.insert(Fold.key(o.name)).inserted,
                  ev.sentence < w.doc.sentences.count else { continue }
            let name = Array(o.name.utf8)
            let toks = lexicon.conceptTokens(name, 0..<name.count, countries: w.countries).0
            var concepts: [UInt64] = []
            var have = Set<UInt64>()
            for t in toks where t.concept != 0 && (!t.isStop || t.number != nil) && have.insert(t.concept).inserted { concepts.append(t.concept) }
            let text = o.items.isEmpty ? o.name : o.name + ": " + o.items.joined(separator: "; ")
            // Put forward by one side, or agreed by both ("They agreed on six major directions").
            var status = o.proposer.map { FactStatus(report: id, status: .proposed, verb: "put forward", by: $0) }
            if status == nil {
                let same = agreements[ev.sentence] ?? []
                if let a = same.first(where: { $0.by == nil && ($0.status == .agreed || $0.status == .signed) }) {
                    status = FactStatus(report: id, status: a.status, verb: a.verb, by: nil)
                } else if ev.sentence < w.people.subjects.count, case .joint? = w.people.subjects[ev.sentence] {
                    status = FactStatus(report: id, status: .agreed, verb: "agreed", by: nil)
                }
            }
            var items: [UInt64] = []
            var seenItems = Set<UInt64>()
            for item in o.items {
                for t in lexicon.tokens(item) where !t.isStop && t.concept != 0 && seenItems.insert(t.concept).inserted { items.append(t.concept) }
            }
            var u = Unit(witness: w.index, kind: .orientation, event: nil, sentence: ev.sentence, range: ev.start..<ev.end,
                         text: text, status: status, concepts: concepts, phrases: [], pins: [], numbers: [], actor: o.proposer?.id,
                         mentioned: [], topics: [])
            u.items = items
            u.declared = o.declaredCount
            out.append(u)
        }
        return out
    }

    /// The participants sentence `s` of a witness names.
    func mentionedParticipants(_ w: PreparedWitness, _ s: Int) -> Set<String> {
        var mentioned = Set<String>()
        if s < w.people.mentions.count {
            for m in w.people.mentions[s] where participants.contains(w.people.cast[m.person].ref.id) { mentioned.insert(w.people.cast[m.person].ref.id) }
        }
        return mentioned
    }

    /// The indices of the tokens inside bytes `r`, found by binary search (tokens are in text order).
    static func tokens(_ toks: [WordToken], within r: Range<Int>) -> Range<Int> {
        let lo = TextScan.partition(toks) { $0.start >= r.lowerBound }
        let hi = TextScan.partition(toks) { $0.end > r.upperBound }
        return lo..<max(lo, hi)
    }

    /// A unit of sentence `s` at bytes `r`; its concepts come from the tokens inside
    /// `conceptRange` (by default `r`) only, and `mentioned` are the participants the sentence names.
    func unit(_ w: PreparedWitness, _ s: Int, _ r: Range<Int>, kind: FactKind, event: String?, status: FactStatus?, toks: [WordToken],
              mentioned: Set<String>, conceptRange: Range<Int>? = nil) -> Unit {
        let cr = conceptRange ?? r
        var concepts: [UInt64] = []
        var phrases: [UInt64] = []
        var pins: [UInt64] = []
        var numbers: [UInt64] = []
        var have = Set<UInt64>()
        var previous: UInt64?
        for t in toks[UnitBuilder.tokens(toks, within: cr)] {
            if t.year || (t.ordinal && TextScan.isDigit(w.doc.bytes[t.start])) {
                pins.append(t.concept)
                continue
            }
            guard t.concept != 0, !t.isStop else { continue }
            // Two content words in a row ("oil gas", "peace summit") weigh as a phrase as well.
            if meetingWords.contains(t.concept) {
                previous = nil
            } else if let p = previous, p != t.concept {
                let bigram = Tokenizer.combine(Tokenizer.combine(UnitBuilder.bigramSalt, p), t.concept)
                if have.insert(bigram).inserted { phrases.append(bigram) }
            }
            if !meetingWords.contains(t.concept) { previous = t.concept }
            guard have.insert(t.concept).inserted else { continue }
            concepts.append(t.concept)
            if let v = t.number, !t.ordinal, v >= 3 { numbers.append(t.concept) }
        }
        var text = w.text(r)
        while let l = text.last, ".;,:".contains(l) { text.removeLast() }
        var actor: String?
        if let st = status {
            actor = st.by?.id ?? (st.isJoint ? "joint" : nil)
        } else if s < w.people.subjects.count, let subject = w.people.subjects[s] {
            switch subject {
            case .person(let p): actor = w.people.cast[p].ref.id
            case .joint: actor = "joint"
            }
        }
        // Someone else: a person who is not a participant, or a named group ("German business associations warned …").
        if let a = actor, a != "joint", !participants.contains(a) { actor = "other:" + a }
        if actor == nil, status == nil, let other = thirdParty(toks) { actor = other }
        return Unit(witness: w.index, kind: kind, event: event, sentence: s, range: r, text: text, status: status,
                    concepts: concepts, phrases: phrases, pins: pins, numbers: numbers, actor: actor, mentioned: mentioned, topics: [])
    }

    static let reportingVerbs = Words.set(["said", "says", "told", "noted", "added", "stressed", "welcomed", "warned", "urged",
                                           "called", "stated", "announced", "argued", "insisted", "claimed", "reported", "criticised",
                                           "criticized", "praised", "complained", "believed", "believes", "expected", "wrote"])

    /// A sentence whose subject, before its reporting verb, names no participant, no
    /// pronoun and no joint phrase: "other:" and the subject's words.
    func thirdParty(_ toks: [WordToken]) -> String? {
        guard let first = toks.first, first.capitalized else { return nil }
        for (k, t) in toks.prefix(7).enumerated() {
            if UnitBuilder.reportingVerbs.contains(t.hash) {
                guard k > 0 else { return nil }
                let subject = toks[..<k]
                if subject.contains(where: { names[$0.hash] != nil || UnitBuilder.subjectStarts.contains($0.hash) && $0.hash != Tokenizer.hash("the")
                    || UnitBuilder.joint.contains($0.hash) || meetingWords.contains($0.stem) && !$0.capitalized }) { return nil }
                return "other:" + subject.filter { !$0.isStop }.map { String($0.stem, radix: 36) }.joined(separator: "-")
            }
            if t.isStop && !t.capitalized && t.hash != Tokenizer.hash("the") { return nil }
        }
        return nil
    }

    /// Where an agreement's words stand in bytes `r` of its sentence `sentence` (from an
    /// opening quotation mark just before them, when there is one).
    func locate(_ text: String, in b: [UInt8], _ r: Range<Int>, sentence: Range<Int>) -> Range<Int>? {
        // Extraction may cut inside a quotation mark: match from the first letter or digit.
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }),
              let found = TextScan.range(of: Array(String(scalars[first...]).utf8), in: b, within: r) else { return nil }
        var start = found.lowerBound
        if start >= sentence.lowerBound + 3, b[start - 3] == 0xE2, b[start - 2] == 0x80, b[start - 1] == 0x9C { start -= 3 }
        if start >= sentence.lowerBound + 1, b[start - 1] == UInt8(ascii: "\"") { start -= 1 }
        return start..<found.upperBound
    }

    /// Whether the bytes between token `k - 1` and token `k` contain `char`.
    func gap(_ toks: [WordToken], _ b: [UInt8], before k: Int, contains char: UInt8) -> Bool {
        guard k > 0, k < toks.count else { return false }
        for x in toks[k - 1].end..<toks[k].start where b[x] == char { return true }
        return false
    }

    /// The reporting verb that starts at token `k`, if any (not `will`/`would`).
    func trigger(_ toks: [WordToken], at k: Int) -> (status: AgreementStatus, verb: String, length: Int)? {
        for t in AgreementFinder.triggers where t.phrase.count <= toks.count - k && t.verb != "will" && t.verb != "would" {
            var ok = true
            for j in 0..<t.phrase.count where toks[k + j].hash != t.phrase[j] { ok = false; break }
            if ok { return (t.status, t.verb, t.phrase.count) }
        }
        return nil
    }

    /// An agreement's words cut where ", and" starts a new clause with its own reporting
    /// verb ("…, and Mr Modi invited Mr Zelensky to visit India"), each with its status.
    func clauses(_ toks: [WordToken], _ b: [UInt8], _ r: Range<Int>, parent: FactStatus) -> [(Range<Int>, FactStatus)] {
        let inside = UnitBuilder.tokens(toks, within: r)
        guard let first = inside.first, let last = inside.last else { return [(r, parent)] }
        // How many of the agreement's content words stand before each of its tokens, so that
        // testing that both parts of a cut say something does not read the agreement again.
        var content = [Int](repeating: 0, count: inside.count + 1)
        for (i, k) in inside.enumerated() { content[i + 1] = content[i] + (toks[k].isStop ? 0 : 1) }
        func contentBefore(_ k: Int) -> Int { content[k - first] }
        var out: [(Range<Int>, FactStatus)] = []
        var start = r.lowerBound
        /// The first token of the current clause.
        var startToken = first
        var current = parent
        var k = first + 1
        while k < last {
            defer { k += 1 }
            guard toks[k].hash == UnitBuilder.and, gap(toks, b, before: k, contains: UInt8(ascii: ",")), k + 1 <= last else { continue }
            let next = k + 1
            var found: (status: AgreementStatus, verb: String, length: Int)?
            var subject: Range<Int>?
            if let t = trigger(toks, at: next) {
                found = t
            } else if toks[next].capitalized || UnitBuilder.subjectStarts.contains(toks[next].hash) {
                // `next` may be the last token ("…, and B"): then no verb can follow it.
                for j in stride(from: next + 1, through: min(last, next + 3), by: 1) {
                    if let t = trigger(toks, at: j) { found = t; subject = next..<j; break }
                }
            }
            guard let t = found else { continue }
            // Both parts must say something.
            let before = contentBefore(k) - contentBefore(startToken)
            let after = contentBefore(last + 1) - contentBefore(next + 1)
            guard before >= 2, after >= 2 else { continue }
            var by = current.by
            var joint = false
            if let sub = subject {
                if sub.contains(where: { UnitBuilder.joint.contains(toks[$0].hash) }) {
                    joint = true
                    by = nil
                } else if let p = sub.lazy.compactMap({ self.names[toks[$0].hash] }).first {
                    by = p
                }
            }
            out.append((start..<toks[k - 1].end, current))
            start = toks[next].start
            startToken = next
            let status: AgreementStatus = joint ? .agreed : t.status
            current = FactStatus(report: parent.report, status: status, verb: t.verb, by: by)
        }
        out.append((start..<r.upperBound, current))
        return out
    }

    /// The longest stretch of a sentence outside its agreements, when it holds at least
    /// two fifths of the sentence's content words.
    func remainder(_ toks: [WordToken], _ whole: Range<Int>, covered: [Range<Int>]) -> Range<Int>? {
        let content = toks.filter { !$0.isStop }
        guard !content.isEmpty else { return nil }
        var best: Range<Int>?
        var bestCount = 0
        var runStart: Int?
        var runCount = 0
        var runEnd = whole.lowerBound
        func close() {
            if let st = runStart, runCount > bestCount { best = st..<runEnd; bestCount = runCount }
            runStart = nil
            runCount = 0
        }
        // Tokens and covered ranges swept in order: a token is covered when a range that
        // starts before it ends reaches past its start.
        let ranges = covered.sorted { $0.lowerBound < $1.lowerBound }
        var next = 0
        var reach = Int.min
        for t in toks {
            while next < ranges.count, ranges[next].lowerBound < t.end {
                reach = max(reach, ranges[next].upperBound)
                next += 1
            }
            if reach > t.start { close(); continue }
            if runStart == nil { runStart = t.start }
            runEnd = t.end
            if !t.isStop { runCount += 1 }
        }
        close()
        return bestCount * 5 >= content.count * 2 ? best : nil
    }

    /// A statement cut into clauses: at semicolons, and around relative clauses opened
    /// after a comma (", where …", ", which …", ", who …"), which end at a comma
    /// followed by the start of a main clause ("…, which lasted three hours, the chancellor said").
    func statementParts(_ toks: [WordToken], _ b: [UInt8], _ r: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = r.lowerBound
        var inRelative = false
        for k in toks.indices.dropFirst() where toks[k].start >= r.lowerBound && toks[k].end <= r.upperBound && toks[k].start > start {
            let comma = gap(toks, b, before: k, contains: UInt8(ascii: ","))
            var cut = gap(toks, b, before: k, contains: UInt8(ascii: ";"))
            if comma, UnitBuilder.clauseOpeners.contains(toks[k].hash) {
                cut = true
                inRelative = true
            } else if comma, inRelative, toks[k].capitalized || UnitBuilder.mainClauseStarts.contains(toks[k].hash) {
                cut = true
                inRelative = false
            }
            guard cut, toks[k - 1].end > start else { continue }
            out.append(start..<toks[k - 1].end)
            start = toks[k].start
        }
        out.append(start..<r.upperBound)
        return out
    }
}
