import Foundation

/// Finds what was agreed, signed, proposed or pledged, one item per conjunct,
/// with who proposed or pledged it.
struct AgreementFinder {
    let doc: Document
    let people: People
    let context: ExtractionContext
    let resolve: (People.Subject?) -> PersonRef?
    let participants: [PersonRef]
    /// The year of the meeting, or of the report when the meeting's is unknown: a signing
    /// told with an earlier year is background, not this meeting's.
    var referenceYear: Int? = nil
    /// What is known of the sentence being read (see ``memo(_:)``).
    let sentenceMemo = SentenceMemo()

    enum Trigger { case agreed, signed, proposed, pledged }

    /// Reporting verbs and what they mean. Multi-word ones first.
    static let triggerTable: [(String, AgreementStatus, String)] = [
        ("reached high consensus on", .agreed, "reached consensus"), ("reached consensus on", .agreed, "reached consensus"),
        ("reached a consensus on", .agreed, "reached consensus"), ("reached agreement on", .agreed, "reached agreement"),
        ("agreed to", .agreed, "agreed"), ("agreeing to", .agreed, "agreed"), ("agreeing on", .agreed, "agreed"), ("agreed on", .agreed, "agreed"), ("agreed upon", .agreed, "agreed"),
        ("agree to", .agreed, "agreed"), ("concurred to", .agreed, "concurred"), ("concurred on", .agreed, "concurred"),
        ("decided to", .agreed, "decided"), ("consented to", .agreed, "agreed"),
        ("agreed that", .agreed, "agreed"), ("agreed", .agreed, "agreed"),
        ("sealed", .agreed, "sealed"), ("hammered out", .agreed, "hammered out"), ("mapped out", .agreed, "mapped out"),
        ("struck", .agreed, "struck"), ("clinched", .agreed, "clinched"),
        ("reconfirmed", .agreed, "confirmed"), ("confirmed", .agreed, "confirmed"),
        ("reaffirmed with", .agreed, "confirmed with"), ("confirmed with", .agreed, "confirmed with"),
        ("told", .proposed, "told"),
        ("we are", .agreed, "we are"), ("we're", .agreed, "we are"), ("we’re", .agreed, "we are"),
        ("proposed that", .proposed, "proposed"), ("proposed", .proposed, "proposed"), ("suggested that", .proposed, "suggested"),
        ("suggested", .proposed, "suggested"), ("urged", .proposed, "urged"), ("called for", .proposed, "called for"),
        ("called on", .proposed, "called on"), ("asked for", .proposed, "asked"), ("asked", .proposed, "asked"),
        ("advocated for", .proposed, "advocated"), ("advocated", .proposed, "advocated"), ("recommended", .proposed, "recommended"),
        ("requested", .proposed, "requested"), ("invited", .proposed, "invited"),
        ("put forward", .proposed, "put forward"),
        ("set the task of", .agreed, "set the task"), ("set a target of", .agreed, "set a target"),
        ("set the target of", .agreed, "set a target"), ("set a goal of", .agreed, "set a goal"),
        ("set the goal of", .agreed, "set a goal"),
        ("pledged", .pledged, "pledged"), ("promised", .pledged, "promised"), ("vowed", .pledged, "vowed"),
        ("vowing to", .pledged, "vowed"), ("pledging to", .pledged, "pledged"),
        ("commitment to", .pledged, "committed"), ("determination to", .pledged, "determined"), ("determined to", .pledged, "determined"),
        ("announced", .pledged, "announced"), ("committed to", .pledged, "committed"), ("committed", .pledged, "committed"),
        ("stood ready to", .pledged, "stands ready"), ("stand ready to", .pledged, "stands ready"),
        ("offered to", .pledged, "offered"),
        ("is ready to", .pledged, "is ready"), ("stands ready to", .pledged, "stands ready"), ("is willing to", .pledged, "is willing"),
        ("are ready to", .pledged, "is ready"), ("was ready to", .pledged, "is ready"),
        ("was willing to", .pledged, "is willing"), ("will", .pledged, "will"), ("would", .pledged, "would"),
    ]
    static let triggers: [(phrase: [UInt64], status: AgreementStatus, verb: String)] =
        triggerTable.map { (Tokenizer.phrase($0.0), $0.1, $0.2) }
    /// Triggers by their first word, longest first.
    static let triggerIndex: HashMap64<[(phrase: [UInt64], status: AgreementStatus, verb: String)]> = {
        var index = HashMap64<[(phrase: [UInt64], status: AgreementStatus, verb: String)]>()
        for t in triggers { if let f = t.phrase.first { index[f, default: []].append(t) } }
        return index.mapValues { $0.sorted { $0.phrase.count > $1.phrase.count } }
    }()

    static let documentNouns = Words.set(["documents", "agreements", "memorandums", "memoranda", "memorandum", "mous", "mou", "deals", "accords", "contracts", "treaties", "instruments", "protocols", "pacts", "document", "agreement", "treaty", "accord", "deal", "statements", "statement", "declarations", "declaration", "communique", "plans"])
    static let signingCues = Words.set(["signing", "signed", "presentation", "exchange", "exchanged", "display", "inked", "sign", "handover", "witnessed", "adopted", "issued", "produced", "released"])
    /// Documents that need no count to be this meeting's when named before the verb: "in a joint statement issued after …".
    static let statementNouns = Words.set(["statement", "statements", "declaration", "declarations", "communique"])
    static let passiveWords = Words.set(["were", "was", "been", "be", "being"])
    static let keepVerb = Set(["invited", "urged", "asked", "called on", "requested"])
    static let understandingWords = Words.set(["consensus", "consensuses", "understanding", "understandings", "agreement", "perceptions"])
    static let ofWords = Words.set(["of", "with", "between"])
    /// What stands before "reached" when it is the verb of both sides: "… and reached", "they have reached".
    static let reachedSubjects = Words.set(["and", "have", "has", "had", "they", "sides", "leaders", "both", "also", "jointly", "countries"])
    static let participialPledges = Words.set(["reaffirming", "affirming", "reiterating", "pledging", "confirming"])
    static let adherenceWords = Words.set(["adherence", "commitment", "support", "policy", "principle"])
    static let conjunctVerbs = Words.set([
        "maintain", "upgrade", "strengthen", "establish", "effectively", "promote", "expand", "enhance", "boost", "deepen",
        "increase", "step", "elevate", "intensify", "foster", "build", "create", "develop", "ensure", "facilitate",
        "accelerate", "continue", "work", "cooperate", "support", "open", "resume", "hold", "organise", "organize", "launch",
        "consider", "implement", "properly", "actively", "jointly", "further", "make", "pay", "offer", "provide", "share",
        "advance", "raise", "extend", "sign", "designate", "invite", "seek", "improve", "explore", "set", "tackle",
        "address", "reduce", "remove", "resolve", "manage", "settle", "respect", "consolidate", "coordinate", "encourage",
        "carry", "synergize", "synergise", "align", "tighten", "bring", "give", "return", "view", "handle", "bolster",
        "modernize", "modernise", "reinforce", "join", "combat", "fight", "safeguard", "protect", "uphold", "plant",
        "firmly", "resolutely", "closely", "fully", "vigorously", "reopen", "restore", "renew", "lift", "ease", "cut",
        "grant", "allocate", "fund", "finance", "double", "construct", "complete", "deliver", "supply", "waive", "abolish",
        "conduct", "train", "send", "broaden", "widen",
    ])
    /// The "-ing" forms of the conjunct verbs: "advancing relations … and strengthening supply chains".
    static let conjunctGerunds: HashSet64 = {
        var out = HashSet64()
        for v in ["maintaining", "upgrading", "strengthening", "establishing", "promoting", "expanding", "enhancing", "boosting",
                  "deepening", "increasing", "elevating", "intensifying", "fostering", "building", "creating", "developing",
                  "ensuring", "facilitating", "accelerating", "continuing", "working", "cooperating", "supporting", "opening",
                  "resuming", "holding", "launching", "implementing", "advancing", "raising", "extending", "improving",
                  "exploring", "tackling", "addressing", "reducing", "resolving", "managing", "consolidating", "coordinating",
                  "combating", "combatting", "achieving", "modernizing", "modernising", "reinforcing", "bolstering", "safeguarding",
                  "pursuing", "fighting", "protecting", "upholding", "carrying", "aligning", "synergizing", "making", "bringing"] {
            _ = out.insert(Tokenizer.hash(v))
        }
        return out
    }()
    static let topicWords: [(String, [String])] = [
        ("security", ["security", "police", "law enforcement", "crime", "crimes", "terrorism", "fraud", "gambling", "cybersecurity"]),
        ("defence", ["defence", "defense", "military", "army", "navy", "arms", "peacekeeping"]),
        ("railway", ["railway", "railways", "rail", "railroad", "train"]),
        ("transport", ["transport", "transportation", "infrastructure", "road", "roads", "port", "ports", "airport", "connectivity", "expressway", "border gate", "border gates", "flights"]),
        ("trade", ["trade", "import", "imports", "export", "exports", "market", "tariff", "goods", "products", "supply chain"]),
        ("investment", ["investment", "investments", "investor", "loans", "loan", "finance", "financial", "capital", "concessional"]),
        ("maritime", ["sea", "maritime", "coast", "ocean", "fisheries", "unclos", "code of conduct", "waters"]),
        ("science and technology", ["science", "technology", "technologies", "digital", "artificial intelligence", "semiconductor", "semiconductors", "5g", "innovation", "high-tech", "ai"]),
        ("people-to-people", ["people-to-people", "humanistic", "youth", "tourism", "tourists", "culture", "cultural", "education", "students", "media", "red journey", "study tours", "exchanges"]),
        ("party relations", ["party", "parties", "theory", "theoretical", "inter-party", "governance"]),
        ("energy", ["energy", "oil", "gas", "nuclear", "power", "electricity", "renewable"]),
        ("climate", ["climate", "green", "emissions", "environment", "pollution"]),
        ("health", ["health", "healthcare", "medical", "pandemic", "vaccine"]),
        ("agriculture", ["agricultural", "agriculture", "farm", "food", "aquatic", "rice"]),
        ("diplomacy", ["dialogue", "diplomacy", "diplomatic", "foreign affairs", "high-level exchanges", "visit"]),
        ("multilateral", ["multilateral", "asean", "united nations", "apec", "g20", "brics", "mekong", "international law"]),
    ]

    func find() -> [Agreement] {
        var out: [Agreement] = []
        let triggerIndex = AgreementFinder.triggerIndex, reached = H.reached
        let listed = numberedOutcomes()
        for s in doc.sentences.indices {
            let toks = doc.tokens[s]
            if let (range, status) = listed[s] {
                out.append(item(range, status, verb: status == .signed ? "signed" : status.rawValue, by: nil, s: s))
                continue
            }
            /// Read once the first outcome needs them.
            var sentenceQuotes: QuoteMarks?
            out += signing(s)
            // "Reaffirming Vietnam's adherence to the one-China policy, To Lam stated …"
            if let first = toks.first, AgreementFinder.participialPledges.contains(first.hash),
               let comma = (1..<toks.count).first(where: { doc.gap(s, before: $0, contains: UInt8(ascii: ",")) }),
               (1..<comma).contains(where: { AgreementFinder.adherenceWords.contains(toks[$0].hash) }) {
                out.append(item(toks[1].start..<toks[comma - 1].end, .pledged, verb: doc.text(first.start..<first.end).lowercased(), by: resolve(people.subjects[s]), s: s))
            }
            // "reached important common understanding on …", "reached a deal to …".
            if let r = toks.firstIndex(where: { $0.hash == reached }), r == 0 || reachedBySubject(toks, r),
               let u = (r + 1..<min(toks.count, r + 6)).first(where: { AgreementFinder.understandingWords.contains(toks[$0].hash) }),
               u + 2 < toks.count, [H.on, H.to, H.that].contains(toks[u + 1].hash),
               u - r > 1 {
                for c in AgreementFinder.conjuncts(doc, s, from: toks[u + 2].start, quotes: QuoteMarks(doc, s)) {
                    out.append(item(c, .agreed, verb: "reached consensus", by: nil, s: s))
                }
                continue
            }
            // "… and reached many new and important consensuses", "reached new, important common understandings in many fields".
            if let r = toks.firstIndex(where: { $0.hash == reached }), r > 0, r + 2 < toks.count, reachedBySubject(toks, r),
               let u = (r + 1..<min(toks.count, r + 7)).first(where: { AgreementFinder.understandingWords.contains(toks[$0].hash) }),
               u + 1 == toks.count || !AgreementFinder.ofWords.contains(toks[u + 1].hash),
               !notAnOutcome(s, trigger: r, object: r + 1) {
                var end = u + 1
                while end < toks.count, !doc.gap(s, before: end, contains: UInt8(ascii: ",")), end - u < 5 { end += 1 }
                let text = doc.trimmed(toks[r + 1].start..<toks[end - 1].end, punctuation: ".,;:")
                out.append(item(text, .agreed, verb: "reached consensus", by: nil, s: s))
                continue
            }
            out += relationshipUpgrade(s)
            var t = 0
            var found = false
            /// After "… and invited …": the verb shares the previous item's subject (none for a joint one).
            var coordinated = false
            var coordinatedBy: PersonRef?
            while t < toks.count, !found {
                guard let triggers = triggerIndex[toks[t].hash] else { t += 1; continue }
                for tr in triggers where tr.phrase.count <= toks.count - t {
                    guard Tokenizer.matches(tr.phrase, toks, at: t) else { continue }
                    var objectStart = t + tr.phrase.count
                    guard objectStart < toks.count else { continue }
                    if (max(0, t - 2)..<t).contains(where: { AgreementFinder.negations.contains(toks[$0].hash) }) { continue }
                    var status = tr.status
                    var by: PersonRef?
                    switch tr.status {
                    case .agreed:
                        // "agreed that the relationship has made strides" is an assessment, not an agreement;
                        // "agreed that they will continue to …" is a commitment of both.
                        if tr.verb == "agreed", t + 1 < toks.count, toks[t + 1].hash == H.that {
                            // "agreed that a decision shall be taken by December": what is to be done.
                            guard AgreementFinder.jointFuture(toks, from: t + 2)
                                    || AgreementFinder.clauseModal(toks, from: t + 2) else { continue }
                        }
                        if tr.phrase.count == 1, tr.verb == "agreed" {
                            // "agreed Wednesday to …", "agreed at their first summit on Wednesday to …".
                            guard !AgreementFinder.agreedParticles.contains(toks[objectStart].hash),
                                  let to = (objectStart..<min(toks.count, objectStart + 9)).first(where: { toks[$0].hash == H.to }),
                                  to + 1 < toks.count,
                                  !(objectStart...to).contains(where: { doc.gap(s, before: $0, contains: UInt8(ascii: ",")) }) else { continue }
                            objectStart = to + 1
                        }
                        // "confirmed they will join hands in …", "agreed that the two sides will …": the commitment itself.
                        objectStart = AgreementFinder.pastJointFuture(toks, from: objectStart)
                        // "We're modernizing command structures", "We are deepening our cooperation on …": what a
                        // leader says both sides are doing together.
                        // "Kishida said he reaffirmed with Biden the importance of …": both sides confirm it.
                        if tr.verb == "confirmed with" {
                            guard let m = people.mentions[s].first(where: { $0.token == objectStart }), m.tokenEnd < toks.count else { continue }
                            objectStart = m.tokenEnd
                            if toks[objectStart].hash == H.that { objectStart += 1 }
                            guard objectStart < toks.count else { continue }
                        }
                        if tr.verb == "we are" {
                            guard AgreementFinder.outcomeGerunds.contains(toks[objectStart].hash) else { continue }
                            objectStart = min(objectStart, toks.count - 1)
                        }
                        if AgreementFinder.dealVerbs.contains(tr.verb) {
                            // "They sealed major deals", "Japan and the United States mapped out 70 agreements":
                            // a joint subject; "confirmed" alone is too common to stand for an outcome.
                            guard let who = actor(s, before: t) else { continue }
                            if tr.verb == "confirmed", case .person = who { continue }
                            // What was sealed or struck is a deal: "sealed the visit with a formula" is not one.
                            if tr.verb != "confirmed",
                               !(objectStart..<min(toks.count, objectStart + 5)).contains(where: { AgreementFinder.documentNouns.contains(toks[$0].hash) }) { continue }
                        }
                        // "agreed on Wednesday to set up …": the object follows the date.
                        if tr.phrase.last == H.on, objectStart < toks.count,
                           DateResolver.weekdays[toks[objectStart].hash] != nil || DateResolver.months[toks[objectStart].hash] != nil {
                            guard let to = (objectStart..<min(toks.count, objectStart + 5)).first(where: { toks[$0].hash == H.to }),
                                  to + 1 < toks.count else { continue }
                            objectStart = to + 1
                        }
                    case .proposed, .pledged:
                        // "he had told Putin that “critical infrastructure should be off-limits”": a demand made to the other side.
                        if tr.verb == "told" {
                            guard let m = people.mentions[s].first(where: { $0.token == objectStart }), m.tokenEnd + 1 < toks.count,
                                  toks[m.tokenEnd].hash == H.that, lastDemand(s) > m.tokenEnd else { continue }
                            objectStart = m.tokenEnd + 1
                        }
                        if coordinated {
                            // "… was ready to buy more equipment and invited companies to bid": the same subject
                            // (both sides, after a joint agreement: "agreed …, while vowing to …").
                            by = coordinatedBy
                            if by == nil, tr.status == .proposed { continue }
                            // What both sides "announced" is agreed, as when they are named before it.
                            if by == nil, tr.verb == "announced" { status = .agreed }
                            break
                        }
                        if (tr.verb == "will" || tr.verb == "would"), !modalSubject(s, before: t) { continue }
                        // "Putin will have …" said by someone else: the subject of "will" is a name
                        // that is neither a person of the report nor a country, so no pledge is known.
                        if tr.verb == "will" || tr.verb == "would", unknownNamedSubject(s, before: t) { continue }
                        // "Kemi Badenoch, leader of the opposition, said … and called for …": someone
                        // the report does not know speaks, not a side of the talks.
                        if opensWithUnknownSpeaker(s, before: t) { continue }
                        // "a commitment to …" is one when made, reiterated or expressed, not when "reinforced his commitment".
                        if AgreementFinder.nounPledges.contains(tr.verb), !nounPledgeMade(toks, at: t),
                           !(tr.verb == "committed" && committedAsVerb(s, at: t)) { continue }
                        // "Japan committed a further 400 billion yen": an amount given, not any "committed".
                        if tr.verb == "committed", tr.phrase.count == 1 {
                            guard AgreementFinder.amountOpeners.contains(toks[objectStart].hash) || toks[objectStart].numeric else { continue }
                        }
                        // The actor nearest before the verb: "Trump said Kim had pledged …" is Kim's pledge;
                        // "Vietnam appreciated … and suggested …" is the sentence subject's.
                        let who = t > 1 && toks[t - 1].hash == AgreementFinder.andWord ? leadingActor(s, before: t) ?? actor(s, before: t) : actor(s, before: t)
                        switch who {
                        case .joint?:
                            // "The two sides will …", "Both leaders reiterated their commitment to …": both pledge.
                            if tr.verb == "would" { continue }
                            if tr.status == .proposed || tr.verb == "announced" { status = .agreed }
                        case .person(let p)?:
                            by = p
                        case nil:
                            if tr.verb == "will" || tr.verb == "would" { continue }
                            by = resolve(people.subjects[s])
                            // "These include a commitment to …": a pledge whose maker the sentence does not name.
                            if by == nil, !AgreementFinder.nounPledges.contains(tr.verb) { continue }
                        }
                    case .signed: break
                    }
                    // Hopes before the talks, opinions, the meeting itself, another time or another meeting are no outcome.
                    if status != .signed, notAnOutcome(s, trigger: t, object: objectStart) { continue }
                    if toldAsOtherTime(s, before: t) || otherCount(s, before: t) || objectIsAnEarlierTime(s, object: objectStart) { continue }
                    let objectFrom = AgreementFinder.keepVerb.contains(tr.verb) ? toks[t].start : toks[objectStart].start
                    let quotes = sentenceQuotes ?? QuoteMarks(doc, s)
                    sentenceQuotes = quotes
                    for conjunct in AgreementFinder.conjuncts(doc, s, from: objectFrom, quotes: quotes) {
                        out.append(item(conjunct, status, verb: tr.verb, by: by, s: s))
                    }
                    found = true
                    // A second predicate of the same subject ("… and invited …") is read as an item of its own.
                    if let next = AgreementFinder.coordinatedVerb(toks, from: objectStart) {
                        coordinated = true
                        coordinatedBy = status == .agreed ? nil : by
                        t = next - 1
                        found = false
                    }
                    break
                }
                t += 1
            }
        }
        return out
    }

    enum Actor { case person(PersonRef), joint }

    /// Where an outcome that runs from byte `start` to `end` ends with the closing marks
    /// that belong to it: a `)`, `"`, `”` or `’` that closes one it opens (`the “Red
    /// Tours”`), with a full stop or comma the author put inside it (`partner.”`). A mark
    /// closing a quotation opened before the outcome is left out. Only whole characters
    /// are taken; never past `limit`.
    static func closingMarks(_ b: [UInt8], from start: Int, after end: Int, limit: Int) -> Int {
        let stop = min(limit, b.count)
        // Marks the outcome opens and has not closed: (, ", “, ‘.
        var paren = 0, straight = 0, double = 0, single = 0
        var k = max(0, start)
        while k < min(end, stop) {
            switch b[k] {
            case UInt8(ascii: "("): paren += 1
            case UInt8(ascii: ")"): paren = max(0, paren - 1)
            case UInt8(ascii: "\""): straight ^= 1
            case 0xE2 where k + 2 < stop && b[k + 1] == 0x80:
                switch b[k + 2] {
                case 0x9C: double += 1
                case 0x9D: double = max(0, double - 1)
                case 0x98: single += 1
                case 0x99: single = max(0, single - 1)
                default: break
                }
            default: break
            }
            k += 1
        }
        /// The length of the closing mark at `i` that closes one still open, or 0.
        func closing(at i: Int) -> Int {
            guard i < stop else { return 0 }
            if b[i] == UInt8(ascii: ")"), paren > 0 { return 1 }
            if b[i] == UInt8(ascii: "\""), straight > 0 { return 1 }
            if i + 2 < stop, b[i] == 0xE2, b[i + 1] == 0x80 {
                if b[i + 2] == 0x9D, double > 0 { return 3 }
                if b[i + 2] == 0x99, single > 0 { return 3 }
            }
            return 0
        }
        var i = end
        while true {
            let n = closing(at: i)
            if n > 0 {
                switch n == 1 ? b[i] : b[i + 2] {
                case UInt8(ascii: ")"): paren -= 1
                case UInt8(ascii: "\""): straight = 0
                case 0x9D: double -= 1
                default: single -= 1
                }
                i += n
                continue
            }
            // "partner.”": the stop inside the quotation goes with it.
            if i < stop, b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ","), closing(at: i + 1) > 0 {
                i += 1
                continue
            }
            return i
        }
    }

    static let circumstanceWords = Words.set(["during", "at", "on", "in", "amid", "as", "while", "when", "after", "since", "with"])
    static let upgradeVerbs = Words.set(["upgraded", "elevated", "raised", "lifted", "promoted"])
    static let rankOpeners = Words.set([
        "a", "an", "the", "its", "their", "our", "his", "her", "comprehensive", "strategic", "highest", "top", "new", "full",
    ])
    static let relationshipNouns = Words.set([
        "partnership", "partnerships", "partner", "partners", "level", "tier", "relationship", "relations", "ties", "status",
        "alliance", "allies",
    ])

    /// A relationship raised at the meeting: "upgraded their relations to a comprehensive
    /// strategic partnership", "has elevated the United States to the top tier of its
    /// partners", "relations were upgraded to …". The verb is past, its subject is one of
    /// the sides (or it is passive), and a relationship word follows its "to" closely;
    /// hopes, negations and another time are not this meeting's.
    func relationshipUpgrade(_ s: Int) -> [Agreement] {
        let toks = doc.tokens[s]
        for u in toks.indices where AgreementFinder.upgradeVerbs.contains(toks[u].hash) {
            // "to a …", "to the highest …", "to Comprehensive …": a rank, not "raised the need to find …".
            guard let to = (u + 1..<min(toks.count, u + 9)).first(where: { toks[$0].hash == H.to }), to + 1 < toks.count,
                  AgreementFinder.rankOpeners.contains(toks[to + 1].hash) || toks[to + 1].capitalized,
                  let noun = (to + 1..<min(toks.count, to + 9)).first(where: { AgreementFinder.relationshipNouns.contains(toks[$0].hash) }),
                  !(u + 1..<noun).contains(where: { doc.gap(s, before: $0, contains: UInt8(ascii: ",")) || doc.gap(s, before: $0, contains: UInt8(ascii: ";")) })
            else { continue }
            if (max(0, u - 2)..<u).contains(where: { AgreementFinder.negations.contains(toks[$0].hash) }) { continue }
            let passive = u > 0 && AgreementFinder.passiveWords.contains(toks[u - 1].hash)
                && (0..<u).contains(where: { AgreementFinder.relationshipNouns.contains(toks[$0].hash) })
            let joint = (max(0, u - 6)..<u).contains(where: { AgreementFinder.leadersWords.contains(toks[$0].hash) })
            guard passive || joint || actor(s, before: u) != nil else { continue }
            if notAnOutcome(s, trigger: u, object: u + 1) || toldAsOtherTime(s, before: u) { continue }
            // To the end of the relationship's name: up to a comma, or the words that say
            // when, where or how ("… to an alliance during talks in the capital on Thursday").
            var end = noun + 1
            while end < toks.count, !doc.gap(s, before: end, contains: UInt8(ascii: ",")), !doc.gap(s, before: end, contains: UInt8(ascii: ";")),
                  !AgreementFinder.circumstanceWords.contains(toks[end].hash) { end += 1 }
            // "… to the highest level of relationship, “comprehensive strategic partner.”": the name that follows.
            if end < toks.count, toks.count - end <= 6,
               (end..<toks.count).contains(where: { AgreementFinder.relationshipNouns.contains(toks[$0].hash) }) {
                end = toks.count
            }
            let stop = AgreementFinder.closingMarks(doc.bytes, from: toks[u].start, after: toks[end - 1].end, limit: doc.sentences[s].end)
            let text = doc.trimmed(toks[u].start..<stop, punctuation: ".,;:", spaces: true)
            return [item(text, .agreed, verb: doc.text(toks[u].start..<toks[u].end).lowercased(), by: nil, s: s)]
        }
        return []
    }

    /// Whether "reached" at `r` (> 0) is the verb of a subject ("… and reached", "the two sides
    /// reached", "Vietnam and China reached"), not a participle inside another outcome
    /// ("implement reached perceptions").
    func reachedBySubject(_ toks: [Token], _ r: Int) -> Bool {
        AgreementFinder.reachedSubjects.contains(toks[r - 1].hash) || toks[r - 1].capitalized
    }

    static let willWord = Tokenizer.hash("will")
    /// What "we are …ing" must go on with to tell an outcome.
    static let outcomeGerunds: HashSet64 = {
        var out = HashSet64()
        for w in ["evolving", "modernizing", "modernising", "elevating", "upgrading", "launching", "signing", "establishing",
                  "deepening", "increasing", "strengthening", "expanding", "enhancing", "boosting", "building", "creating",
                  "developing", "accelerating", "advancing", "raising", "extending", "improving", "reinforcing", "bolstering",
                  "intensifying", "opening", "resuming", "implementing", "coordinating", "consolidating", "setting"] {
            _ = out.insert(Tokenizer.hash(w))
        }
        return out
    }()
    static let leadersWords = Words.set(["leaders", "sides", "countries", "nations", "heads", "governments", "parties", "presidents", "premiers"])
    static let nounPledgeVerbs = Words.set([
        "reiterated", "reaffirmed", "renewed", "expressed", "made", "make", "include", "includes", "included", "including",
        "announced", "gave", "stated", "affirmed", "confirmed", "voiced", "underlined", "underscored", "are", "is", "were",
        "was", "remain", "remained", "and", "while", "with", "pledged",
    ])

    /// The object past "they will", "that the two sides will": "confirmed they will join hands in …" → "join hands in …".
    static func pastJointFuture(_ toks: [Token], from: Int) -> Int {
        var k = from
        if k < toks.count, toks[k].hash == H.that { k += 1 }
        let start = k
        while k < min(toks.count, start + 4), jointWords.contains(toks[k].hash) || toks[k].hash == H.the { k += 1 }
        guard k > start, k + 1 < toks.count, toks[k].hash == willWord else { return from }
        return k + 1
    }

    static let amountOpeners = Words.set(["a", "an", "further", "additional", "another", "more", "up", "over", "nearly", "about",
                                          "some", "around", "almost", "roughly", "fresh", "new"])
    static let committedSubjects = Words.set(["have", "has", "had", "also", "both", "they", "we", "he", "she", "jointly", "further"])

    /// Whether "committed" at `t` is the verb of a subject: "the two leaders committed to …",
    /// "Japan has committed to …", "Modi committed to …".
    func committedAsVerb(_ s: Int, at t: Int) -> Bool {
        let toks = doc.tokens[s]
        guard t > 0 else { return false }
        let h = toks[t - 1].hash
        if AgreementFinder.committedSubjects.contains(h) || AgreementFinder.leadersWords.contains(h) { return true }
        if people.mentions[s].contains(where: { $0.tokenEnd == t }) { return true }
        return toks[t - 1].capitalized && countryEnding(toks, at: t - 1)
    }

    /// Whether the noun of "commitment to" at `t` is one made now: after "reiterated their",
    /// "expressed", "include a", "are" ("are determined to").
    func nounPledgeMade(_ toks: [Token], at t: Int) -> Bool {
        var k = t - 1
        while k >= 0, t - k <= 3, AgreementFinder.articles.contains(toks[k].hash) || toks[k].hash == H.his || toks[k].hash == AgreementFinder.firm || toks[k].hash == AgreementFinder.strong {
            k -= 1
        }
        guard k >= 0 else { return true }
        return AgreementFinder.nounPledgeVerbs.contains(toks[k].hash)
    }
    static let firm = Tokenizer.hash("firm"), strong = Tokenizer.hash("strong")

    /// The actor the sentence opens with ("Vietnam highly appreciated … and suggested …"), when
    /// a person or a country stands in its first words.
    func leadingActor(_ s: Int, before t: Int) -> Actor? {
        let toks = doc.tokens[s]
        for k in 0..<min(4, t) {
            if let m = people.mentions[s].first(where: { $0.token == k }) { return actor(s, before: min(t, m.tokenEnd)) }
            if toks[k].capitalized, countryStarting(toks, at: k) {
                var end = k + 1
                if end < toks.count, toks[k].hash == H.the { end += 1 }
                if end < toks.count, context.countryPairs[Tokenizer.combine(toks[end - 1].hash, toks[end].hash)] != nil { end += 1 }
                return actor(s, before: min(t, end))
            }
        }
        return nil
    }

    /// Whether the sentence places what comes before token `t` at another time: "months ago",
    /// "last year", "in 2019" (before the meeting's year), or opens in the past ("Previously, …").
    func toldAsOtherTime(_ s: Int, before t: Int) -> Bool {
        clues(s, before: t).firstOtherTime < t || opensInThePast(s, before: t)
    }

    static let pastOpeners = Words.set(["previously", "formerly"])
    static let half = Tokenizer.hash("half"), you = Tokenizer.hash("you"), nextWord = Tokenizer.hash("next")
    /// Events a date puts on the calendar: "will host the summit next month".
    static let eventNouns = Words.set(["summit", "conference", "forum", "session", "congress", "assembly", "games", "visit",
                                       "ceremony", "exhibition", "expo", "festival", "meeting", "talks", "olympics", "cup", "cop"])

    /// Whether sentence `s` opens with "Previously" or "Formerly" before token `t`.
    func opensInThePast(_ s: Int, before t: Int) -> Bool {
        let toks = doc.tokens[s]
        return t > 0 && !toks.isEmpty && AgreementFinder.pastOpeners.contains(toks[0].hash)
    }

    /// Whether an outcome with no object but a time ("announced in New Delhi in March 2022")
    /// is dated before the meeting's year: a preposition opens the object, and a year before
    /// the reference year follows within six words.
    func objectIsAnEarlierTime(_ s: Int, object: Int) -> Bool {
        let toks = doc.tokens[s]
        guard object < toks.count, AgreementFinder.placePrepositions.contains(toks[object].hash) || toks[object].hash == H.on,
              let reference = referenceYear else { return false }
        return (object..<min(toks.count, object + 7)).contains { k in
            guard toks[k].numeric, toks[k].end - toks[k].start == 4, let year = Int(doc.text(toks[k].start..<toks[k].end)) else { return false }
            return (1900...2100).contains(year) && year < reference
        }
    }

    /// The memo of sentence `s` with its words read up to token `t` for the first hope,
    /// preview and other-time words. Each word is read once however many triggers ask: a
    /// sentence of thousands of triggers (a list with no full stop) is read once, not once
    /// per trigger.
    func clues(_ s: Int, before t: Int) -> SentenceMemo {
        let m = memo(s)
        let toks = doc.tokens[s]
        let end = min(t, toks.count)
        guard m.read < end else { return m }
        let hopeWords = AgreementFinder.hopeWords, previewWords = AgreementFinder.previewWords, lastUnits = AgreementFinder.lastUnits
        let ago = AgreementFinder.ago, last = AgreementFinder.last
        while m.read < end {
            let k = m.read
            let h = toks[k].hash
            if m.firstHope == Int.max, hopeWords.contains(h) { m.firstHope = k }
            if m.firstPreview == Int.max, previewWords.contains(h) { m.firstPreview = k }
            if m.firstOtherTime == Int.max {
                if h == ago || (h == last && k + 1 < toks.count && lastUnits.contains(toks[k + 1].hash)) {
                    m.firstOtherTime = k
                } else if toks[k].numeric, toks[k].end - toks[k].start == 4, k > 0, toks[k - 1].hash == H.in,
                          let year = Int(doc.text(toks[k].start..<toks[k].end)), (1900...2100).contains(year),
                          let reference = referenceYear, year < reference {
                    m.firstOtherTime = k
                }
            }
            m.read += 1
        }
        return m
    }

    /// The last weekday, "meeting", "talks", month before a number or "next" before a unit
    /// of time ("next month") in sentence `s`, or
    /// -1: after the object of "will", a scheduled event. Read once per sentence.
    func lastSchedule(_ s: Int) -> Int {
        let m = memo(s)
        if let known = m.lastSchedule { return known }
        let toks = doc.tokens[s]
        let weekdays = DateResolver.weekdays, months = DateResolver.months
        let next = AgreementFinder.nextWord, units = AgreementFinder.lastUnits
        let last = toks.indices.last { k in
            let h = toks[k].hash
            return weekdays[h] != nil || h == H.meeting || h == H.talks || (months[h] != nil && k + 1 < toks.count && toks[k + 1].numeric)
                // "will host the climate summit next month": an event on the calendar.
                || (h == next && k + 1 < toks.count && units.contains(toks[k + 1].hash)
                    && (max(0, k - 8)..<k).contains { AgreementFinder.eventNouns.contains(toks[$0].hash) })
        } ?? -1
        m.lastSchedule = last
        return last
    }

    /// The last word of a demand ("should", "must") in sentence `s`, or -1. Read once per sentence.
    func lastDemand(_ s: Int) -> Int {
        let m = memo(s)
        if let known = m.lastDemand { return known }
        let toks = doc.tokens[s]
        let demandWords = AgreementFinder.demandWords
        let last = toks.indices.last { demandWords.contains(toks[$0].hash) } ?? -1
        m.lastDemand = last
        return last
    }

    /// Whether the clause before `t` counts its actors otherwise than the meeting has
    /// participants: "the three leaders agreed …" in a report of two leaders' talks.
    func otherCount(_ s: Int, before t: Int) -> Bool {
        guard participants.count >= 2 else { return false }
        let toks = doc.tokens[s]
        var k = t - 1
        while k > 0, t - k <= 6 {
            if AgreementFinder.leadersWords.contains(toks[k].hash), let n = Words.numbers[toks[k - 1].hash], n >= 2 {
                return n != participants.count
            }
            k -= 1
        }
        return false
    }

    static let agreedParticles = Words.set(["to", "on", "upon", "that", "with", "by", "in", "and", ","])
    static let dealVerbs: Set<String> = ["sealed", "hammered out", "mapped out", "struck", "clinched", "confirmed"]
    static let nounPledges: Set<String> = ["committed", "determined"]
    static let jointWords = Words.set(["they", "both", "sides", "two", "leaders", "countries"])
    static let willWords = Words.set(["will", "would", "shall"])

    static let clauseModals = Words.set(["will", "would", "shall", "should"])
    static let clauseStops = Words.set(["but", "although", "though", "while", "whereas"])

    /// Whether the clause from `from` ("that a decision shall be taken", "that their ministers
    /// would meet") turns on a modal within its first ten words.
    static func clauseModal(_ toks: [Token], from: Int) -> Bool {
        var k = from
        while k < min(toks.count, from + 10) {
            if clauseStops.contains(toks[k].hash) { return false }
            if clauseModals.contains(toks[k].hash) { return k > from }
            k += 1
        }
        return false
    }

    /// Whether tokens from `from` read "they will …", "the two sides will …", "both would …".
    static func jointFuture(_ toks: [Token], from: Int) -> Bool {
        var k = from
        var joint = false
        while k < min(toks.count, from + 5) {
            if jointWords.contains(toks[k].hash) { joint = true }
            if willWords.contains(toks[k].hash) { return joint }
            k += 1
        }
        return false
    }

    /// Words that make what follows a hope, an expectation or an opinion, not an outcome:
    /// "voiced hope that the meeting would be productive", "I am convinced that … will".
    static let hopeWords = Words.set([
        "hope", "hoped", "hopes", "hoping", "hopeful", "expect", "expects", "expected", "expecting", "expectation",
        "expectations", "anticipation", "anticipated", "looking", "convinced", "believe", "believes", "believed",
        "confident", "wish", "wishes", "wished", "optimistic", "likely", "might", "could", "if", "whether",
        "predicted", "insisted", "tweeted", "want", "wants",
    ])
    /// Objects that are the meeting itself or nothing: "will soon hold talks", "will discuss", "do so".
    static let emptyObjects = Words.set([
        "hold", "meet", "discuss", "visit", "take", "do", "be", "have", "seek", "talk", "arrive", "travel", "attend",
        "embark", "leave", "depart", "fly", "head", "call", "return", "stay", "tour", "address",
    ])
    /// After "will" or "would", what forecasts the meeting's outcome instead of telling it:
    /// "officials said the leaders would agree new guidelines", "Biden would likely offer".
    static let forecastObjects = Words.set(["agree", "sign", "announce", "unveil", "likely", "probably", "possibly", "perhaps", "expected"])
    /// Before a modal, words that place the sentence before the talks: "Earlier, the White House said Biden would …".
    static let previewWords = Words.set(["earlier", "ahead", "before", "previously", "beforehand", "advance"])
    /// After "asked", what is a question, not a request: "asked by reporters", "asked detailed questions".
    static let questionWords = Words.set(["by", "about", "whether", "if", "detailed", "questions", "question", "reporters", "what", "how", "why", "when", "where", "who"])
    static let notWords = Words.set(["not", "never", "no"])

    /// Whether the item whose trigger is token `trigger` and whose object starts at `object`
    /// is no outcome of the meeting: a hope or opinion before it in the sentence, a negated
    /// modal ("will not change"), or an empty object ("will soon hold talks", "do so").
    func notAnOutcome(_ s: Int, trigger: Int, object: Int) -> Bool {
        let toks = doc.tokens[s]
        guard object < toks.count else { return true }
        let clues = self.clues(s, before: trigger)
        if clues.firstHope < trigger { return true }
        // "By continuing to browse this site, you agree to …": the reader, not a side.
        if trigger > 0, toks[trigger - 1].hash == AgreementFinder.you { return true }
        var k = object
        while k < toks.count, AgreementFinder.modalAdverbs.contains(toks[k].hash) { k += 1 }
        guard k < toks.count else { return true }
        let modal = AgreementFinder.willWords.contains(toks[trigger].hash)
        if toks[trigger].hash == AgreementFinder.asked, AgreementFinder.questionWords.contains(toks[object].hash) { return true }
        // "It's an honour to be asked": asked of someone, no request of theirs.
        if toks[trigger].hash == AgreementFinder.asked, trigger > 0, AgreementFinder.passiveWords.contains(toks[trigger - 1].hash) { return true }
        // "called on President Xi during his visit" is a courtesy call; "called on both sides to …" a proposal.
        if toks[trigger].hash == AgreementFinder.called, trigger + 1 < toks.count, toks[trigger + 1].hash == H.on,
           !(object..<min(toks.count, object + 8)).contains(where: { toks[$0].hash == H.to }) {
            return true
        }
        if modal {
            if AgreementFinder.notWords.contains(toks[k].hash) { return true }
            if AgreementFinder.forecastObjects.contains(toks[k].hash) { return true }
            if clues.firstPreview < trigger { return true }
            if AgreementFinder.emptyObjects.contains(toks[k].hash), toks.count - k < 6 || toks[k].hash != Tokenizer.hash("be") { return true }
            if toks.count - object < 3 { return true }
            // "will address Congress on Thursday", "will showcase … during a state visit on Wednesday":
            // a scheduled event, not a commitment.
            if lastSchedule(s) >= object { return true }
        }
        return false
    }

    static let it = Tokenizer.hash("it")
    static let demandWords = Words.set(["should", "must", "needed", "needs", "ought"])
    static let asked = Tokenizer.hash("asked"), called = Tokenizer.hash("called")
    static let modalSubjects = Words.set(["he", "she", "we", "they", "both", "sides", "side", "leaders", "countries", "nations", "government"])

    /// Whether the word before a modal (adverbs skipped) can be the one who commits:
    /// a person, a country or its capital, a demonym's side ("the Chinese side"), a pronoun
    /// for people. "It will take months" commits no one.
    func modalSubject(_ s: Int, before t: Int) -> Bool {
        let toks = doc.tokens[s]
        var k = t - 1
        while k >= 0, AgreementFinder.modalAdverbs.contains(toks[k].hash) { k -= 1 }
        guard k >= 0 else { return false }
        if actorTables(s).mentionAt[k] >= 0 { return true }
        let h = toks[k].hash
        if AgreementFinder.modalSubjects.contains(h) { return true }
        // "Seoul said it would …": "it" stands for a country named before it.
        if h == AgreementFinder.it, k > 0, actor(s, before: k) != nil { return true }
        if countryEnding(toks, at: k) || context.demonyms[h] != nil || capitalCountry(s, k) != nil { return true }
        return false
    }

    /// Who acts with the verb at token `t`: the nearest person, joint phrase ("the two
    /// sides"), pronoun, or country (by its name, demonym or capital: "China", "Seoul",
    /// "Japan's trade ministry") in the same clause before it.
    ///
    /// Each word is judged once per sentence (``SentenceMemo``): the triggers of a sentence
    /// of thousands of items do not each read it back to its start.
    func actor(_ s: Int, before t: Int) -> Actor? {
        let memo = actorTables(s)
        var k = min(t, memo.actorFrom.count) - 1
        var passed: [Int] = []
        // -1: no one; an index into `memo.actors`.
        var found: Int32 = -1
        while k >= 0 {
            let known = memo.actorFrom[k]
            if known != SentenceMemo.unknown {
                found = known
                break
            }
            passed.append(k)
            if case .found(let a) = actorStep(s, k, memo: memo) {
                if let a {
                    found = Int32(memo.actors.count)
                    memo.actors.append(a)
                }
                break
            }
            k -= 1
        }
        for p in passed { memo.actorFrom[p] = found }
        return found >= 0 ? memo.actors[Int(found)] : nil
    }

    /// What token `k` of sentence `s` says of who acts with a verb after it, in ``actor(_:before:)``'s
    /// backward reading: an answer (an actor, or none when a `;` ends the clause or a pronoun
    /// names no one), or nothing, and the reading goes on.
    enum ActorStep { case found(Actor?), next }

    func actorStep(_ s: Int, _ k: Int, memo: SentenceMemo) -> ActorStep {
        let toks = doc.tokens[s]
        if k + 1 < toks.count, doc.gap(s, before: k + 1, contains: UInt8(ascii: ";")) { return .found(nil) }
        if memo.mentionAt[k] >= 0 {
            let m = people.mentions[s][Int(memo.mentionAt[k])]
            // "The leaders of Portugal and Brazil … pledged": both.
            return .found(m.kind == .plural ? .joint : .person(people.cast[m.person].ref))
        }
        let h = toks[k].hash
        if h == People.he || h == People.she {
            if case .person(let p)? = people.subjects[s] { return .found(.person(people.cast[p].ref)) }
            return .found(nil)
        }
        if h == H.they || h == H.sides || h == H.both || (h == H.leaders && k > 0 && toks[k - 1].hash == H.two) {
            return .found(.joint)
        }
        // "We will …" inside a quotation: the speaker the sentence names outside it.
        if h == AgreementFinder.we || h == AgreementFinder.i {
            return .found(quotationSpeaker(s, k).map { .person($0) })
        }
        // A place after "in", "at", "to" or "from" is where, not who: "met in Madrid and pledged …".
        let located = k > 0 && AgreementFinder.placePrepositions.contains(toks[k - 1].hash)
        // Read backwards, a two-word demonym ends here: "the North Korean side".
        let demonym = context.demonym(toks, at: k - 1).flatMap { $0.length == 2 ? $0.code : nil }
            ?? context.demonym(toks, at: k)?.code
        let pair = k > 0 ? context.countryPairs[Tokenizer.combine(toks[k - 1].hash, toks[k].hash)] : nil
        if toks[k].capitalized, !located, let code = pair ?? context.countryWords[h] ?? demonym ?? capitalCountry(s, k) {
            // "Finland and Sweden would …", "Japan and the United States will …": two sides named together act jointly.
            var first = pair == nil ? k : k - 1
            if first >= 3, toks[first - 1].hash == H.the { first -= 1 }
            let paired = (first >= 2 && toks[first - 1].hash == H.and && countryEnding(toks, at: first - 2)
                          && !doc.gap(s, before: first - 1, contains: UInt8(ascii: ",")))
                || (k + 2 < toks.count && toks[k + 1].hash == H.and && countryStarting(toks, at: k + 2)
                    && !doc.gap(s, before: k + 1, contains: UInt8(ascii: ",")))
            if paired { return .found(.joint) }
            if let p = participants.first(where: { $0.country == code }) { return .found(.person(p)) }
            // The meeting's people were not all found: the report's known leader of that country.
            if let m = people.cast.first(where: { $0.ref.country == code && $0.ref.known && !$0.historicalMention && $0.leader?.historical != true }) {
                return .found(.person(m.ref))
            }
        }
        return .next
    }

    /// What the finder has learnt of the sentence it is reading, each part read when first
    /// asked for and kept until the finder reads another sentence: the words that make a
    /// trigger no outcome, who acts from each word back, which mention covers each word.
    final class SentenceMemo {
        var sentence = -1
        /// How many tokens have been read for the first hope, preview and other-time words.
        var read = 0
        /// The first hope or opinion word (``AgreementFinder/hopeWords``) among those read, else `Int.max`.
        var firstHope = Int.max
        /// The first word placing the sentence before the talks (``AgreementFinder/previewWords``).
        var firstPreview = Int.max
        /// The first word placing what follows it at another time: "ago", "last year",
        /// "in 2019" (before the meeting's year).
        var firstOtherTime = Int.max
        /// See ``AgreementFinder/lastSchedule(_:)``, once asked for.
        var lastSchedule: Int?
        /// See ``AgreementFinder/lastDemand(_:)``, once asked for.
        var lastDemand: Int?
        /// Whether ``actorFrom`` and ``mentionAt`` are set up for this sentence.
        var actorsReady = false
        /// For each token, the answer of ``AgreementFinder/actor(_:before:)`` reading back
        /// from it: ``unknown``, -1 for no one, else an index into ``actors``.
        var actorFrom: [Int32] = []
        /// The actors found.
        var actors: [Actor] = []
        /// The index in the sentence's mentions of the last mention covering each token, or -1.
        var mentionAt: [Int32] = []
        /// The sentence's quotation marks, once asked for.
        var quotes: QuoteMarks?
        /// Where its first and last "he" or "she" start, once asked for.
        var pronouns: (first: Int, last: Int)?
        /// A token not read back from yet.
        static let unknown: Int32 = -2
    }

    /// The memo of sentence `s`, emptied when the finder has moved on to it (its tables
    /// keep their storage).
    func memo(_ s: Int) -> SentenceMemo {
        let memo = sentenceMemo
        guard memo.sentence != s else { return memo }
        memo.sentence = s
        memo.read = 0
        memo.firstHope = Int.max
        memo.firstPreview = Int.max
        memo.firstOtherTime = Int.max
        memo.lastSchedule = nil
        memo.lastDemand = nil
        memo.actorsReady = false
        memo.quotes = nil
        memo.pronouns = nil
        return memo
    }

    /// The memo of sentence `s` with its tables of actors and mentions set up.
    func actorTables(_ s: Int) -> SentenceMemo {
        let memo = self.memo(s)
        guard !memo.actorsReady else { return memo }
        let count = doc.tokens[s].count
        memo.actorsReady = true
        memo.actors.removeAll(keepingCapacity: true)
        memo.actorFrom.removeAll(keepingCapacity: true)
        memo.actorFrom.append(contentsOf: repeatElement(SentenceMemo.unknown, count: count))
        memo.mentionAt.removeAll(keepingCapacity: true)
        memo.mentionAt.append(contentsOf: repeatElement(-1, count: count))
        for (i, m) in people.mentions[s].enumerated() {
            var k = max(0, m.token)
            while k < min(count, m.tokenEnd) {
                memo.mentionAt[k] = Int32(i)
                k += 1
            }
        }
        return memo
    }

    /// Whether a country's name ends at token `k`: "Japan", "the United States".
    func countryEnding(_ toks: [Token], at k: Int) -> Bool {
        guard k >= 0, k < toks.count else { return false }
        if context.countryWords[toks[k].hash] != nil { return true }
        return k > 0 && context.countryPairs[Tokenizer.combine(toks[k - 1].hash, toks[k].hash)] != nil
    }

    /// Whether a country's name starts at token `k` (an article skipped): "Japan", "the United States".
    func countryStarting(_ toks: [Token], at k: Int) -> Bool {
        var k = k
        if k < toks.count, toks[k].hash == H.the { k += 1 }
        guard k < toks.count else { return false }
        if context.countryWords[toks[k].hash] != nil { return true }
        return k + 1 < toks.count && context.countryPairs[Tokenizer.combine(toks[k].hash, toks[k + 1].hash)] != nil
    }

    static let we = Tokenizer.hash("we"), i = Tokenizer.hash("i"), are = Tokenizer.hash("are")
    static let weAre = Tokenizer.phrase("we're").first ?? 0
    static let placePrepositions = Words.set(["in", "at", "to", "from", "into", "across", "throughout"])

    /// The speaker of the quotation that holds token `k` of sentence `s`: the one person
    /// the sentence names outside the quotation (`"…," Prabowo told reporters`,
    /// `Anwar said: "…"`), or the person a pronoun outside it stands for (`He added: "…"`).
    /// `nil` when the token is not quoted or no one is named outside.
    func quotationSpeaker(_ s: Int, _ k: Int) -> PersonRef? {
        let toks = doc.tokens[s]
        let sentence = doc.sentences[s]
        let at = toks[k].start
        // Quotation marks around `at`: straight ones alternate, curly ones say which way they face.
        let memo = self.memo(s)
        let marks = memo.quotes ?? QuoteMarks(doc, s)
        memo.quotes = marks
        guard let (o, close) = marks.quotation(around: at) else { return nil }
        let c = close ?? sentence.end
        // The attribution's subject: the first person named after the quotation closes
        // (`," the South African leader told Phuc`), else the first named before it opens.
        let outside = people.mentions[s].filter { $0.token < toks.count && (toks[$0.token].start < o || toks[$0.token].start > c) }
        var speaker = (outside.first { toks[$0.token].start > c } ?? outside.first)?.person
        // Where the first and last "he" or "she" of the sentence start.
        let pronouns = memo.pronouns ?? {
            let isPronoun: (Token) -> Bool = { $0.hash == People.he || $0.hash == People.she }
            return (toks.first(where: isPronoun)?.start ?? Int.max, toks.last(where: isPronoun)?.start ?? Int.min)
        }()
        memo.pronouns = pronouns
        if speaker == nil, case .person(let p)? = people.subjects[s], pronouns.first < o || pronouns.last > c {
            // "He added: "We will …"": the speaker is the sentence's subject, a pronoun outside the quotation.
            speaker = p
        }
        return speaker.map { people.cast[$0].ref }
    }

    static let modalAdverbs = Words.set(["also", "further", "always", "still", "soon", "then", "now", "continue", "certainly", "surely"])

    static let subjectPronouns = Words.set(["we", "i", "he", "she", "they", "it", "you"])
    static let subjectDeterminers = Words.set(["the", "a", "an", "its", "their", "his", "her", "our"])

    /// Whether the subject just before a modal (adverbs skipped) is a bare capitalised name
    /// that is not a person the report knows, a country, a demonym or a capital
    /// ("…, Putin will have …" in someone else's words). Pronouns, names of institutions
    /// ("the Vietnamese Party and State", "the White House") and sentence-initial words
    /// are not judged.
    func unknownNamedSubject(_ s: Int, before t: Int) -> Bool {
        let toks = doc.tokens[s]
        var k = t - 1
        while k > 0, AgreementFinder.modalAdverbs.contains(toks[k].hash) { k -= 1 }
        guard k > 0, toks[k].capitalized, !toks[k].numeric, !AgreementFinder.subjectPronouns.contains(toks[k].hash) else { return false }
        // The whole capitalised run: "Prime Minister Tran Luu Quang", "Party and State".
        var j = k
        while j > 0, toks[j - 1].capitalized || toks[j - 1].hash == H.and || toks[j - 1].hash == H.of { j -= 1 }
        for x in j...k {
            // Someone the report names only by a bare family name is judged like an unknown name.
            if let m = people.mentions[s].first(where: { $0.token <= x && x < $0.tokenEnd }), !people.cast[m.person].bareNameOnly { return false }
            let h = toks[x].hash
            if context.countryWords[h] != nil || context.demonyms[h] != nil || capitalCountry(s, x) != nil { return false }
        }
        if j > 0, AgreementFinder.subjectDeterminers.contains(toks[j - 1].hash) { return false }
        return j > 0
    }

    /// Whether sentence `s` opens with a name the report does not know (two or three
    /// capitalised words, no person, country or demonym among them) set off by a comma,
    /// and says before token `t` that this person spoke.
    func opensWithUnknownSpeaker(_ s: Int, before t: Int) -> Bool {
        let toks = doc.tokens[s]
        var k = 0
        while k < toks.count, k < 3, toks[k].capitalized, !toks[k].numeric { k += 1 }
        guard k >= 2, k < t, doc.gap(s, before: k, contains: UInt8(ascii: ",")) else { return false }
        for x in 0..<k {
            if people.mentions[s].contains(where: { $0.token <= x && x < $0.tokenEnd }) { return false }
            let h = toks[x].hash
            if context.countryWords[h] != nil || context.demonyms[h] != nil || capitalCountry(s, x) != nil
                || AgreementFinder.subjectDeterminers.contains(h) || AgreementFinder.subjectPronouns.contains(h) { return false }
        }
        return (k..<t).contains { AgreementFinder.attributionVerbs.contains(toks[$0].hash) }
    }

    func capitalCountry(_ s: Int, _ k: Int) -> String? {
        let toks = doc.tokens[s]
        guard let p = context.places.place(named: doc.text(toks[k].start..<toks[k].end)), p.kind == .city else { return nil }
        return context.places.country(code: p.country).flatMap { _ in p.country }
    }

    static let negations = Words.set(["not", "never", "no", "neither", "nor", "without", "refused", "declined", "failed"])

    /// "witnessed the signing of 45 cooperation documents", "signed 12 agreements",
    /// "the 14 agreements signed on Friday". A negated signing ("did not sign") is none.
    func signing(_ s: Int) -> [Agreement] {
        let toks = doc.tokens[s]
        let signingCues = AgreementFinder.signingCues
        guard let cue = toks.firstIndex(where: { signingCues.contains($0.hash) }) else { return [] }
        if (max(0, cue - 3)..<cue).contains(where: { AgreementFinder.negations.contains(toks[$0].hash) }) { return [] }
        // "to sign", "will sign", "plans to sign": a signing intended, not done.
        if toks[cue].hash == AgreementFinder.sign, (max(0, cue - 2)..<cue).contains(where: { AgreementFinder.intentWords.contains(toks[$0].hash) }) { return [] }
        // "is expected to be signed", "will be signed": a signing to come. "kept the two countries
        // from signing a treaty": one that did not happen.
        if cue > 0, toks[cue - 1].hash == MeetingFinder.beWord || toks[cue - 1].hash == MeetingFinder.fromWord { return [] }
        if isBackground(s, cue: cue) { return [] }
        guard let noun = toks[cue...].firstIndex(where: { AgreementFinder.documentNouns.contains($0.hash) }), noun - cue <= 8 else {
            // The documents named before the verb: "Among the 14 agreements signed …", "in a joint
            // statement issued after the meeting", "a number of … documents … were signed".
            let passive = cue > 0 && AgreementFinder.passiveWords.contains(toks[cue - 1].hash)
            let reach = passive ? 14 : 3
            guard let before = (max(0, cue - reach)..<cue).last(where: { AgreementFinder.documentNouns.contains(toks[$0].hash) }) else { return [] }
            var quantity: Int?
            for k in max(0, before - 3)..<before {
                if let n = Words.numbers[toks[k].hash] { quantity = n }
                if toks[k].numeric, let v = Int(doc.text(toks[k].start..<toks[k].end)) { quantity = v }
            }
            let statement = AgreementFinder.statementNouns.contains(toks[before].hash) && before > 0 && toks[before - 1].hash == AgreementFinder.joint
            guard quantity != nil || statement || passive else { return [] }
            var from = (max(0, before - 3)..<before).first { toks[$0].numeric || Words.numbers[toks[$0].hash] != nil } ?? before
            if passive || statement {
                // The whole noun phrase: "a number of intergovernmental … documents", "a joint statement".
                var k = before
                while k > 0, !doc.gap(s, before: k, contains: UInt8(ascii: ",")) || k > before - 5,
                      !AgreementFinder.nounPhraseStops.contains(toks[k - 1].hash), before - k < 10 { k -= 1 }
                from = min(from, k)
            }
            let end = passive ? toks[cue].end : doc.sentences[s].end
            return [item(doc.trimmed(toks[from].start..<end, punctuation: ".;,"), .signed, verb: "signed", by: nil, s: s, quantity: quantity)]
        }
        // "exchange" counts only with documents: "exchange of 12 agreements".
        var quantity: Int?
        for k in cue..<noun {
            // "three dozen agreements" is 36.
            // "half a dozen" is six.
            if toks[k].hash == AgreementFinder.dozen, k >= 2, toks[k - 2].hash == AgreementFinder.half { quantity = 6; continue }
            if toks[k].hash == AgreementFinder.dozen, let q = quantity, q < 12 { quantity = q * 12; continue }
            if let n = Words.numbers[toks[k].hash] { quantity = n }
            if toks[k].numeric, let v = Int(doc.text(toks[k].start..<toks[k].end)) { quantity = v }
        }
        // From the signing noun ("signing of 15 agreements, covering …") to the end of the sentence.
        let witnessed = H.witnessed
        let startTok = toks[cue].hash == witnessed ? (cue + 1..<noun).first { AgreementFinder.signingCues.contains(toks[$0].hash) } ?? cue + 1 : cue
        let verb = doc.text(toks[cue].start..<toks[cue].end).lowercased()
        // Several documents named one after another are several outcomes: "a Joint Statement on … and a
        // Joint Statement on …", "a statement on …, as well as several other documents".
        var cuts: [Int] = []
        var k = noun + 1
        // "signed nine deals and set a target of …": the signing ends where another outcome starts.
        var stop = toks.count
        while k + 1 < toks.count {
            if toks[k].hash == AgreementFinder.andWord, AgreementFinder.startsAnotherOutcome(toks, at: k + 1) { stop = k; break }
            k += 1
        }
        k = noun + 1
        while k + 2 < stop {
            let h = toks[k].hash
            let next = (k + 1..<min(toks.count, k + 6)).first { AgreementFinder.documentNouns.contains(toks[$0].hash) }
            if h == AgreementFinder.andWord, AgreementFinder.articles.contains(toks[k + 1].hash) || Words.numbers[toks[k + 1].hash] != nil, next != nil {
                cuts.append(k)
            } else if h == AgreementFinder.asWord, toks[k + 1].hash == AgreementFinder.wellWord, toks[k + 2].hash == AgreementFinder.asWord, next != nil {
                cuts.append(k)
            } else if h == AgreementFinder.andWord, toks[k + 1].hash == H.on, (noun + 1..<k).contains(where: { toks[$0].hash == H.on }) {
                cuts.append(k)
            }
            k += 1
        }
        var starts = [toks[startTok].start]
        var ends: [Int] = []
        for c in cuts {
            ends.append(toks[c - 1].end)
            let skip = toks[c].hash == AgreementFinder.asWord ? 3 : 1
            starts.append(toks[min(toks.count - 1, c + skip)].start)
        }
        ends.append(stop < toks.count ? toks[stop - 1].end : doc.sentences[s].end)
        return zip(starts, ends).enumerated().compactMap { n, r in
            guard r.0 < r.1 else { return nil }
            return item(doc.trimmed(r.0..<r.1, punctuation: ".;,", spaces: true), .signed, verb: verb, by: nil, s: s, quantity: n == 0 ? quantity : nil)
        }
    }
    static let dozen = Tokenizer.hash("dozen"), sign = Tokenizer.hash("sign")
    static let intentWords = Words.set(["to", "will", "would", "shall", "plans", "plan", "expected", "set", "scheduled", "could", "may", "might", "and"])
    static let joint = Tokenizer.hash("joint"), asWord = Tokenizer.hash("as"), wellWord = Tokenizer.hash("well")
    static let nounPhraseStops = Words.set(["in", "addition", "during", "after", "following", "including", "while", "that", "which"])

    static let pastPerfect = Words.set(["had", "previously", "formerly", "once"])
    static let lastUnits = Words.set(["year", "month", "week", "decade", "century", "summer", "autumn", "fall", "winter", "spring"])
    static let ago = Tokenizer.hash("ago")
    static let last = Tokenizer.hash("last")

    /// Whether the signing at `cue` is told as background: "had signed", "previously
    /// signed", "signed … years ago", "signed last year", or "signed … in 1981" (a year
    /// before the meeting's). Today's signings are told without such words.
    func isBackground(_ s: Int, cue: Int) -> Bool {
        let toks = doc.tokens[s]
        if (max(0, cue - 2)..<cue).contains(where: { AgreementFinder.pastPerfect.contains(toks[$0].hash) }) { return true }
        // "Previously, the two countries signed …".
        if opensInThePast(s, before: cue) { return true }
        // "The two leaders last met in Sochi a year ago, when they signed the … Agreement": the
        // signing of a time gone by, told in a clause about it.
        let other = clues(s, before: cue).firstOtherTime
        if other < cue, (other..<cue).contains(where: { toks[$0].hash == Extractor.whenWord || toks[$0].hash == Extractor.whereWord }) { return true }
        var k = cue + 1
        // Whether a day or a time to come stands between the signing and the word read: then a
        // month after it dates something else ("signed 12 agreements on Sunday, including one on
        // a supply chain to be completed in March").
        var daySaidOrToCome = false
        while k < toks.count {
            let h = toks[k].hash
            if h == AgreementFinder.ago { return true }
            if h == AgreementFinder.last, k + 1 < toks.count, AgreementFinder.lastUnits.contains(toks[k + 1].hash) { return true }
            // "signed a bilateral security agreement in Canberra in December": a month with no day,
            // right after the signing, the time of another meeting (today's signings are told by
            // their day, or by none).
            if h == H.in, !daySaidOrToCome, k - cue <= 10, k + 1 < toks.count, toks[k + 1].capitalized,
               DateResolver.months[toks[k + 1].hash] != nil, k + 2 >= toks.count || !toks[k + 2].numeric { return true }
            if DateResolver.weekdays[h] != nil || h == DateResolver.today || h == DateResolver.yesterday
                || h == H.to || DateResolver.planCues.contains(h) { daySaidOrToCome = true }
            // "in 1981", "in March 1981", "in March 12, 1981", "on August 29, 2024".
            if toks[k].numeric, toks[k].end - toks[k].start == 4, let year = Int(doc.text(toks[k].start..<toks[k].end)),
               (1900...2100).contains(year), let reference = referenceYear, year < reference,
               (max(cue, k - 4)..<k).contains(where: { toks[$0].hash == H.in || toks[$0].hash == H.on }) {
                return true
            }
            k += 1
        }
        return false
    }

    /// The outcome told by bytes `range` of sentence `s`: its text, quantity and topics read
    /// off those bytes and their tokens only, so that the work grows with the item, not
    /// with its sentence (a list with no full stop is one sentence of thousands of items).
    func item(_ range: Range<Int>, _ status: AgreementStatus, verb: String, by: PersonRef?, s: Int, quantity: Int? = nil) -> Agreement {
        let text = doc.text(range)
        let q = quantity ?? AgreementFinder.firstQuantity(text)
        let topics = AgreementFinder.topics(doc.tokens[s], doc.tokenRange(s, within: range))
        return Agreement(text: text, status: status, by: by, verb: verb, quantity: q, topics: topics,
                         evidence: doc.provenance(s, item: range), textRange: range)
    }

    /// The first number written in digits that stands alone (not a year, not part of a word).
    static func firstQuantity(_ text: String) -> Int? {
        let b = Array(text.utf8)
        var i = 0
        while i < b.count {
            guard TextScan.isDigit(b[i]), i == 0 || !TextScan.isWordByte(b[i - 1]) else { i += 1; continue }
            var j = i
            var v = 0
            while j < b.count, TextScan.isDigit(b[j]), j - i < 7 { v = v * 10 + Int(b[j] - 48); j += 1 }
            if j == b.count || !TextScan.isWordByte(b[j]), v > 0, v < 1_000_000, !(1900...2100).contains(v),
               !dayOrAmount(b, i, j) { return v }
            i = j + 1
        }
        return nil
    }

    static let scaleWords: Set<String> = ["million", "billion", "trillion", "percent", "per", "thousand", "hundred", "bn", "mn", "m"]

    /// Whether the number at `b[start..<end]` is a day of a month ("January 6", "6 January"),
    /// a scaled amount ("80 million", "5 percent"), money or a decimal: no count of things agreed.
    static func dayOrAmount(_ b: [UInt8], _ start: Int, _ end: Int) -> Bool {
        func word(from k: Int, forward: Bool) -> ArraySlice<UInt8> {
            var a = k, z = k
            if forward {
                while a < b.count, b[a] == UInt8(ascii: " ") || b[a] == UInt8(ascii: ",") { a += 1 }
                z = a
                while z < b.count, TextScan.isWordByte(b[z]) { z += 1 }
                return b[a..<z]
            }
            while z > 0, b[z - 1] == UInt8(ascii: " ") || b[z - 1] == UInt8(ascii: ",") { z -= 1 }
            a = z
            while a > 0, TextScan.isWordByte(b[a - 1]) { a -= 1 }
            return b[a..<z]
        }
        if end < b.count, b[end] == UInt8(ascii: "%") { return true }
        // "$67.6 billion", "1,200": a decimal or a thousands group; "$67", "€5": money.
        if end + 1 < b.count, b[end] == UInt8(ascii: ".") || b[end] == UInt8(ascii: ","), TextScan.isDigit(b[end + 1]) { return true }
        if start > 0, b[start - 1] == UInt8(ascii: "$") || b[start - 1] >= 0x80 { return true }
        if start > 1, b[start - 1] == UInt8(ascii: ".") || b[start - 1] == UInt8(ascii: ","), TextScan.isDigit(b[start - 2]) { return true }
        let next = word(from: end, forward: true), previous = word(from: start, forward: false)
        if MonthNames.number(bytes: next) != nil || MonthNames.number(bytes: previous) != nil { return true }
        return scaleWords.contains(String(decoding: next, as: UTF8.self).lowercased())
    }

    /// Topic phrases as token hashes, indexed by their first word.
    static let topicIndex: HashMap64<[(phrase: [UInt64], topic: Int)]> = {
        var index = HashMap64<[(phrase: [UInt64], topic: Int)]>()
        for (t, (_, words)) in topicWords.enumerated() {
            for w in words {
                let p = Tokenizer.phrase(w)
                guard let first = p.first else { continue }
                index[first, default: []].append((p, t))
                // Plurals: "railways", "ports".
                if p.count == 1 { index[Tokenizer.hash(w + "s"), default: []].append(([Tokenizer.hash(w + "s")], t)) }
            }
        }
        return index
    }()

    /// The topics a text touches, by the words it uses.
    static func topics(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        let toks = Tokenizer.tokens(bytes, 0..<bytes.count)
        return topics(toks, 0..<toks.count)
    }

    /// The topics that the tokens `toks[within]` touch.
    static func topics(_ toks: [Token], _ within: Range<Int>) -> [String] {
        // One bit per topic (there are fewer than 64).
        var hit: UInt64 = 0
        let topicIndex = AgreementFinder.topicIndex
        for i in within.clamped(to: toks.indices) {
            guard let candidates = topicIndex[toks[i].hash] else { continue }
            for c in candidates where c.topic < 64 && hit & (1 << UInt64(c.topic)) == 0 && c.phrase.count <= within.upperBound - i {
                if Tokenizer.matches(c.phrase, toks, at: i) { hit |= 1 << UInt64(c.topic) }
            }
        }
        guard hit != 0 else { return [] }
        return topicWords.indices.filter { hit & (1 << UInt64($0)) != 0 }.map { topicWords[$0].0 }
    }

    static let andWord = Tokenizer.hash("and")
    /// Verbs that open a second predicate after "and": "… and invited Spanish firms to bid".
    static let clauseVerbs = Words.set([
        "invited", "urged", "called", "asked", "proposed", "suggested", "pledged", "vowed", "promised", "requested",
        "recommended", "vowing", "pledging",
    ])
    static let whileWord = Tokenizer.hash("while")
    static let commitmentWords = Words.set(["commitment", "determination"])
    static let articles = Words.set(["a", "an", "the", "their", "its"])

    /// The index of the verb of "and VERB" or "while VERB" (a clause verb), or of the noun
    /// of "and a commitment to", from token `from` on, if any.
    static func coordinatedVerb(_ toks: [Token], from: Int) -> Int? {
        var k = max(from, 1)
        while k + 1 < toks.count {
            let h = toks[k].hash
            if h == andWord || h == whileWord {
                if clauseVerbs.contains(toks[k + 1].hash) { return k + 1 }
                // "… and signed six accords", "… and set a target of …": another outcome, told on its own.
                if h == andWord, startsAnotherOutcome(toks, at: k + 1) { return k + 1 }
                // "… and we're increasing …"
                if h == andWord, k + 2 < toks.count, toks[k + 1].hash == AgreementFinder.we || toks[k + 1].hash == AgreementFinder.weAre,
                   outcomeGerunds.contains(toks[k + 2].hash) || (k + 3 < toks.count && toks[k + 2].hash == AgreementFinder.are && outcomeGerunds.contains(toks[k + 3].hash)) {
                    return k + 1
                }
                if k + 3 < toks.count, articles.contains(toks[k + 1].hash), commitmentWords.contains(toks[k + 2].hash),
                   toks[k + 3].hash == H.to {
                    return k + 2
                }
            }
            k += 1
        }
        return nil
    }
    static let attributionVerbs = Words.set(["said", "noted", "added", "stressed", "affirmed", "told", "says", "stated"])
    /// Last words of a sentence that opens a list of outcomes with a colon: "the leaders agreed:",
    /// "the talks resulted in the following:".
    static let listOpeners: [(word: UInt64, status: AgreementStatus)] = {
        let table: [(String, AgreementStatus)] = [
            ("agreed", .agreed), ("decided", .agreed), ("following", .agreed), ("follows", .agreed), ("outcomes", .agreed),
            ("pledged", .pledged), ("committed", .pledged), ("proposed", .proposed),
        ]
        return table.map { (Tokenizer.hash($0.0), $0.1) }
    }()
    static let signingWords = Words.set(["signing", "signed", "signature"])

    /// Numbered lines after a sentence that opens a list of outcomes with a colon ("the
    /// leaders agreed:" then "1. To establish …", "2. To deepen …"): each line is an
    /// outcome, by both sides; a line that opens with a signing is a signing. Keyed by the
    /// line's sentence, with the line's text after its number.
    func numberedOutcomes() -> [Int: (Range<Int>, AgreementStatus)] {
        var out: [Int: (Range<Int>, AgreementStatus)] = [:]
        let b = doc.bytes
        for s in doc.sentences.indices {
            let toks = doc.tokens[s]
            guard let last = toks.last else { continue }
            var e = doc.sentences[s].end
            while e > last.end, b[e - 1] == UInt8(ascii: " ") || b[e - 1] == 0x0A { e -= 1 }
            guard e > last.end, b[e - 1] == UInt8(ascii: ":"),
                  let status = AgreementFinder.listOpeners.first(where: { $0.word == last.hash })?.status else { continue }
            var expected = 1
            var k = s + 1
            while k < doc.sentences.count, let (n, marked) = TextScan.numberedLine(b, at: doc.sentences[k].start, end: doc.sentences[k].end),
                  n == expected {
                // The number may stand as a sentence of its own ("1." then "To establish …").
                var line = k
                if marked >= doc.sentences[k].end || doc.tokens[k].count <= 1 {
                    line = k + 1
                    guard line < doc.sentences.count else { break }
                }
                let body = line == k ? marked : doc.sentences[line].start
                var from = body
                // "1. To establish …": the infinitive's marker is no part of the outcome.
                if let first = doc.tokens[line].first(where: { $0.start >= body }), first.hash == H.to, first.end < doc.sentences[line].end { from = first.end + 1 }
                let range = doc.trimmed(from..<doc.sentences[line].end, punctuation: ".;,")
                let opensWithSigning = doc.tokens[line].first(where: { $0.start >= body }).map { AgreementFinder.signingWords.contains($0.hash) } ?? false
                if !range.isEmpty { out[line] = (range, opensWithSigning ? .signed : status) }
                expected += 1
                k = line + 1
            }
        }
        return out
    }
    /// Past-tense verbs that open an outcome of their own after "and".
    static let outcomePasts = Words.set(["signed", "inked", "agreed", "announced", "adopted", "reached", "witnessed", "sealed", "clinched"])

    /// Whether an outcome of its own starts at token `k`: a past-tense outcome verb, or a
    /// trigger of two words or more ("set a target of", "stood ready to").
    static func startsAnotherOutcome(_ toks: [Token], at k: Int) -> Bool {
        guard k < toks.count else { return false }
        if outcomePasts.contains(toks[k].hash) { return true }
        guard let candidates = triggerIndex[toks[k].hash] else { return false }
        return candidates.contains { $0.phrase.count >= 3 && $0.phrase.count <= toks.count - k && Tokenizer.matches($0.phrase, toks, at: k) }
    }

    /// Splits what follows a trigger into conjuncts, on tokens: at semicolons, and at
    /// "and" before a verb ("upgrade …; strengthen …; and establish …"). A trailing
    /// attribution (", he said") is left out.
    /// The quotation marks of one sentence, read once, so that asking where the quotation
    /// around an offset closes costs a binary search, not a scan from the sentence start.
    /// Straight quotes toggle; `“` opens and `”` closes.
    struct QuoteMarks {
        /// Where each mark stands, in order.
        var offsets: [Int] = []
        /// Whether a quotation is open after each mark.
        var openAfter: [Bool] = []
        /// Whether each mark can close a quotation (`"` or `”`).
        var closes: [Bool] = []
        /// For each mark, the first mark at or after it that can close a quotation.
        var nextClosing: [Int] = []
        /// For each mark, where the quotation open after it opened, or -1, when straight
        /// quotes pair by their count (the first opens, the second closes, …) and curly
        /// ones say which way they face.
        var openedAt: [Int] = []

        init(_ doc: Document, _ s: Int) {
            let b = doc.bytes
            let end = doc.sentences[s].end
            var open = false
            var straight = 0
            var opened = -1
            b.withUnsafeBufferPointer { b in
                var i = doc.sentences[s].start
                while i < end {
                    let c = b[i]
                    if c == UInt8(ascii: "\"") {
                        open.toggle()
                        straight += 1
                        opened = straight % 2 == 1 ? i : -1
                        offsets.append(i); openAfter.append(open); closes.append(true); openedAt.append(opened)
                    } else if c == 0xE2, i + 2 < end, b[i + 1] == 0x80, b[i + 2] == 0x9C || b[i + 2] == 0x9D {
                        open = b[i + 2] == 0x9C
                        opened = open ? i : -1
                        offsets.append(i); openAfter.append(open); closes.append(!open); openedAt.append(opened)
                    }
                    i += 1
                }
            }
            nextClosing = [Int](repeating: offsets.count, count: offsets.count)
            var next = offsets.count
            for k in offsets.indices.reversed() {
                if closes[k] { next = k }
                nextClosing[k] = next
            }
        }

        /// Where the quotation that `offset` stands in closes (`"` or `”`), when it stands in one.
        func closing(after offset: Int) -> Int? {
            // The marks before `offset` say whether a quotation is open there.
            let k = TextScan.partition(offsets) { $0 >= offset }
            guard k > 0, openAfter[k - 1], k < offsets.count else { return nil }
            let c = nextClosing[k]
            return c < offsets.count ? offsets[c] : nil
        }

        /// The quotation that `offset` stands in, when it stands in one, under
        /// ``openedAt``'s pairing: where it opens, and where it closes (`nil`: it does not).
        func quotation(around offset: Int) -> (open: Int, close: Int?)? {
            let k = TextScan.partition(offsets) { $0 >= offset }
            guard k > 0, openedAt[k - 1] >= 0 else { return nil }
            let c = k < offsets.count ? nextClosing[k] : offsets.count
            return (openedAt[k - 1], c < offsets.count ? offsets[c] : nil)
        }
    }

    static let including = Tokenizer.hash("including")
    static let adverbs = Words.set(["firmly", "resolutely", "closely", "fully", "vigorously", "effectively", "actively", "jointly", "further", "properly"])

    /// Whether token `k` is an adverb not followed by a verb ("…, firmly and …").
    static func adverbOnly(_ toks: [Token], _ k: Int) -> Bool {
        guard adverbs.contains(toks[k].hash) else { return false }
        return !(k + 1 < toks.count && conjunctVerbs.contains(toks[k + 1].hash) && !adverbs.contains(toks[k + 1].hash))
    }

    static func conjuncts(_ doc: Document, _ s: Int, from: Int, quotes: QuoteMarks) -> [Range<Int>] {
        let all = doc.tokens[s]
        let first = TextScan.partition(all) { $0.start >= from }
        guard first < all.count else { return [] }
        var last = all.count
        // ", Xi said." / ", he added."
        if let c = (max(first, all.count - 4)..<all.count).last(where: { doc.gap(s, before: $0, contains: UInt8(ascii: ",")) }),
           all[c...].contains(where: { attributionVerbs.contains($0.hash) }) {
            last = c
        }
        // A pledge made inside a quotation ends with it: "We are committed to …," she said, and …
        // (A quotation that opens after the verb is part of the object: to join the “Red Tours”.)
        if first > 0, let close = quotes.closing(after: all[first - 1].start),
           case let past = TextScan.partition(all, by: { $0.start >= close }), past < all.count {
            last = min(last, past)
        }
        // "… and invited …": a second predicate is not part of this object.
        if let verb = coordinatedVerb(all, from: first + 1) {
            let cut = AgreementFinder.articles.contains(all[verb - 1].hash) ? verb - 2 : verb - 1
            if cut < last { last = cut }
        }
        var pieces: [Range<Int>] = []
        var pieceStart = first
        var k = first
        while k < last {
            if k > pieceStart, doc.gap(s, before: k, contains: UInt8(ascii: ";")) {
                pieces.append(pieceStart..<k)
                pieceStart = k
            }
            // "… and upgrade …", "… and to open …", "advancing … and strengthening …"
            let verbAt = k + 1 < last && all[k + 1].hash == H.to ? k + 2 : k + 1
            let gerunds = verbAt < last && conjunctGerunds.contains(all[verbAt].hash)
                && (pieceStart..<max(pieceStart, min(k, pieceStart + 4))).contains { conjunctGerunds.contains(all[$0].hash) }
            if all[k].hash == andWord, verbAt < last, conjunctVerbs.contains(all[verbAt].hash) || gerunds,
               k - pieceStart >= (verbAt == k + 2 ? 2 : 3), last - verbAt - 1 >= 2 {
                pieces.append(pieceStart..<k)
                pieceStart = verbAt
            } else if k > pieceStart + 2, all[k].hash == AgreementFinder.including, doc.gap(s, before: k, contains: UInt8(ascii: ",")),
                      k + 1 < last, conjunctGerunds.contains(all[k + 1].hash)
                        || (k + 2..<max(k + 2, min(last - 1, k + 4))).contains(where: { all[$0].hash == H.to && conjunctVerbs.contains(all[$0 + 1].hash) }) {
                // "70 agreements on defence, including moves to upgrade the command structure": an outcome of its own.
                pieces.append(pieceStart..<k)
                pieceStart = k + 1
            } else if k > pieceStart + 1, all[k].hash != andWord, doc.gap(s, before: k, contains: UInt8(ascii: ",")),
                      conjunctVerbs.contains(all[k].hash),
                      conjunctVerbs.contains(all[pieceStart].hash) || conjunctGerunds.contains(all[pieceStart].hash)
                        || (all[pieceStart].hash == H.to && pieceStart + 1 < k && conjunctVerbs.contains(all[pieceStart + 1].hash)),
                      !AgreementFinder.adverbOnly(all, k), last - k >= 3 {
                // A list of predicates: "synergize X with Y, carry out Z, and jointly develop W";
                // "pledged to hold X, extend Y and establish Z".
                pieces.append(pieceStart..<k)
                pieceStart = k
            }
            k += 1
        }
        if pieceStart < last { pieces.append(pieceStart..<last) }
        return pieces.compactMap { r in
            var lo = r.lowerBound
            if all[lo].hash == andWord { lo += 1 }
            guard r.upperBound - lo >= 2 else { return nil }
            let end = AgreementFinder.closingMarks(doc.bytes, from: all[lo].start, after: all[r.upperBound - 1].end, limit: doc.sentences[s].end)
            return doc.trimmed(all[lo].start..<end, punctuation: ".,;:", spaces: true)
        }
    }
}
