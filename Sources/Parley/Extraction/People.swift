/// Finds the people a report names and follows them through it: full names and
/// aliases from the gazetteer, short forms after a first full mention, people
/// introduced by a title who are not in the gazetteer, descriptions such as "the
/// Vietnamese leader" or "the latter", and sentence-initial pronouns.
struct People {
    /// How a person is named: in full, by a short form, a title, an office, a pronoun, or as one of
    /// several leaders an office in the plural names ("the presidents of A and B").
    enum MentionKind { case full, short, title, role, pronoun, plural }

    struct Mention {
        var person: Int
        var sentence: Int
        var token: Int
        var tokenEnd: Int
        var kind: MentionKind
    }

    struct Member {
        var ref: PersonRef
        var leader: Leader?
        var shortHashes: [UInt64]
        var fullMentions = 0
        var mentions = 0
        var firstSentence: Int
        /// Named as dead or as history in the report ("the late", "founding leader").
        var historicalMention = false
        /// Known only from a bare family name, never given in full or with a title.
        var bareNameOnly = false
        /// For someone not in the gazetteer, the role of the title that introduced them.
        var role: String?
        /// The titles, folded, written right before the name ("UAE President Sheikh Mohamed bin
        /// Zayed": "president"): the meeting falls in a term of an office of that title.
        var titledAs: Set<String> = []
        /// Named with "former" or "ex-" before the title ("former President Barack Obama").
        var formerTitle = false
    }

    /// The title written right before token `t` of sentence `s`, honorifics between allowed
    /// ("President Sheikh …", "Prime Minister Shri …"), folded; `nil` when there is none, or
    /// when it is an earlier office ("former President", "then Prime Minister").
    static func title(before t: Int, in s: Int, _ doc: Document, _ gazetteer: LeaderGazetteer, context: ExtractionContext) -> String? {
        let toks = doc.tokens[s]
        guard t > 0, t <= toks.count else { return nil }
        var e = t
        while e > 0, toks[e - 1].capitalized, context.honorifics.contains(toks[e - 1].hash) { e -= 1 }
        guard e > 0, !doc.gap(s, before: e, contains: UInt8(ascii: ",")) else { return nil }
        // The longest title first: "Vice President Harris" is no president.
        for b in max(0, e - gazetteer.longestTitle)..<e {
            guard toks[b].capitalized, gazetteer.titleStarts.contains(toks[b].hash) else { continue }
            var key: UInt64 = 0
            for k in b..<e { key = Tokenizer.combine(key, toks[k].hash) }
            guard gazetteer.titles[key] != nil else { continue }
            if b > 0, People.earlierOfficeWords.contains(toks[b - 1].hash) { return nil }
            return Fold.key(doc.span(s, b, e))
        }
        return nil
    }
    /// The first token from `k` on that is no capitalised honorific ("Mr.", "H.E.", "Shri").
    static func afterHonorifics(_ toks: [Token], from k: Int, context: ExtractionContext) -> Int {
        var e = k
        while e < toks.count, toks[e].capitalized, context.honorifics.contains(toks[e].hash) || isInitial(toks[e]) { e += 1 }
        return e
    }

    /// Whether token `t` of sentence `s` is the maker's prefix of a model's designation, a word
    /// joined by a hyphen to a number: the "Su" of "Su-35s", the "Il" of "Il-96". No name.
    static func designation(_ doc: Document, _ s: Int, _ t: Int) -> Bool {
        let toks = doc.tokens[s]
        guard t + 1 < toks.count, toks[t + 1].start == toks[t].end + 1, doc.bytes[toks[t].end] == UInt8(ascii: "-") else { return false }
        let b = doc.bytes[toks[t + 1].start]
        return b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")
    }

    /// Whether token `t` of sentence `s` stands in a list of bare family names of people who lead
    /// nothing: "(Lavrov, Novak, Dmitriev, …)", the members of a delegation, where the word
    /// before and the word after it are each such a name alone between commas.
    static func amongOthersNames(_ doc: Document, _ s: Int, _ t: Int, _ gazetteer: LeaderGazetteer, on day: Day?, context: ExtractionContext) -> Bool {
        let toks = doc.tokens[s]
        guard t > 0, t + 1 < toks.count, doc.gap(s, before: t, contains: UInt8(ascii: ",")),
              doc.gap(s, before: t + 1, contains: UInt8(ascii: ",")) else { return false }
        func otherName(_ k: Int) -> Bool {
            let w = toks[k]
            return w.capitalized && !w.numeric && gazetteer.leading(w.hash, on: day) == nil
                && context.countryWords[w.hash] == nil && !context.geoWords.contains(w.hash) && !context.nameStop.contains(w.hash)
        }
        func alone(_ k: Int) -> Bool {
            let before = k == 0 || doc.gap(s, before: k, contains: UInt8(ascii: ",")) || doc.gap(s, before: k, contains: UInt8(ascii: "("))
                || !toks[k - 1].capitalized
            let after = k + 1 >= toks.count || doc.gap(s, before: k + 1, contains: UInt8(ascii: ","))
                || doc.gap(s, before: k + 1, contains: UInt8(ascii: ")")) || !toks[k + 1].capitalized
            return before && after
        }
        return otherName(t - 1) && alone(t - 1) && otherName(t + 1) && alone(t + 1)
    }

    /// Whether a token is a capital letter alone, an initial: the "M" of "M Abdul Hamid".
    static func isInitial(_ t: Token) -> Bool { t.capitalized && !t.numeric && t.end - t.start == 1 }

    /// The token after the initials that start at token `k` ("K P Sharma Oli"), `k` when none do.
    static func afterInitials(_ toks: [Token], from k: Int) -> Int {
        var e = k
        while e < toks.count, e - k < 3, isInitial(toks[e]) { e += 1 }
        return e
    }
    static let earlierOfficeWords = Words.set(["former", "then", "ex", "late", "outgoing", "elect"])

    /// Who did or said what in a sentence.
    enum Subject: Equatable { case person(Int), joint }

    var cast: [Member] = []
    var mentions: [[Mention]]
    var subjects: [Subject?]
    /// For each sentence, the person an object pronoun after a verb of meeting stands for ("…
    /// where X met him at the entrance": the subject of the sentences before), when the
    /// sentence does not name them.
    var objects: [Int?]
    /// Where the object pronoun of ``objects`` stands in its sentence.
    var objectTokens: [Int?]

    static let leadingWords = Words.set([
        "at", "in", "on", "during", "following", "after", "before", "as", "with", "amid", "amidst", "under", "over",
        "besides", "regarding", "concerning", "upon", "to", "for", "from", "when", "while", "since", "although",
        "though", "despite", "according", "speaking", "highlighting", "pointing", "underlining", "welcoming", "noting",
        "stressing", "emphasising", "emphasizing", "reaffirming", "concluding", "appreciating", "highly", "expressing",
        "affirming", "recalling", "reviewing", "praising", "thanking", "briefing", "responding", "earlier", "later",
        "additionally", "moreover", "furthermore", "meanwhile", "also", "accordingly", "likewise", "similarly", "first",
        "second", "third", "fourth", "fifth", "sixth", "finally", "lastly", "notably", "particularly", "specifically",
    ])
    /// Prepositions that open a short phrase of place or time before a sentence's subject.
    static let shortOpenings = Words.set(["in", "on", "at"])
    static let jointStarts: [[UInt64]] = [
        "they", "both sides", "both leaders", "both countries", "both", "the two sides", "the two leaders",
        "the leaders", "the two countries", "the two nations", "the two parties", "the two presidents",
        "the two top leaders", "the sides", "the two general secretaries", "the two prime ministers", "the two heads",
        "the countries", "the two", "the delegations", "the two delegations",
    ].map(Tokenizer.phrase).sorted { $0.count > $1.count }
    /// Verbs of meeting before an object pronoun: "met him", "received her".
    static let meetingObjectVerbs = Words.set(["met", "meets", "received", "receives", "welcomed", "welcomes", "greeted", "greets", "hosted", "hosts"])
    /// Words after "her" that make it an object, not a possessive: "received her in Riyadh".
    static let afterObjectPronoun = Words.set(["at", "in", "on", "with", "for", "and", "upon", "to", "warmly", "yesterday", "today"])
    static let him = Tokenizer.hash("him"), pm = Tokenizer.hash("pm")
    static let he = Tokenizer.hash("he"), she = Tokenizer.hash("she"), his = Tokenizer.hash("his"), her = Tokenizer.hash("her")
    /// The end of a name outside the gazetteer starting at token `from` of sentence `s`: up to
    /// four capitalised words, none a place or a stop word, with no comma or bracket between them.
    static func nameRunEnd(_ doc: Document, _ s: Int, from: Int, context: ExtractionContext) -> Int {
        let toks = doc.tokens[s]
        var n = from
        var particles = 0
        while n < toks.count, n - from - particles < 4 {
            // "Ali al-Husseini al-Sistani", "Abdullah bin Zayed": a particle between two parts of the name.
            if n > from, !toks[n].capitalized, People.nameParticles.contains(toks[n].hash), n + 1 < toks.count, toks[n + 1].capitalized,
               !doc.gap(s, before: n, contains: UInt8(ascii: ",")), !doc.gap(s, before: n + 1, contains: UInt8(ascii: ",")) {
                n += 1
                particles += 1
                continue
            }
            guard toks[n].capitalized, !toks[n].numeric,
                  !context.nameStop.contains(toks[n].hash), !context.geoWords.contains(toks[n].hash),
                  n == from || !(doc.gap(s, before: n, contains: UInt8(ascii: ",")) || doc.gap(s, before: n, contains: UInt8(ascii: ")"))
                                 || doc.gap(s, before: n, contains: UInt8(ascii: "("))) else { break }
            n += 1
        }
        // A particle never ends the run.
        while n > from, !toks[n - 1].capitalized { n -= 1 }
        return n
    }

    /// Words for "the late" before a title in a Malay or Arabic style ("ibni Al-Marhum Sultan …").
    static let lateWords = Words.set(["marhum", "almarhum", "marhumah", "allahyarham"])

    /// Lower-case words inside Arabic and other names ("al-Sistani", "bin Zayed", "ibn").
    /// The numerals of a monarch's regnal name ("Hassan II", "Mohammed VI").
    static let regnalNumerals = Words.set(["ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi"])
    static let nameParticles = Words.set(["al", "el", "bin", "ibn", "bint", "ul", "ad", "ash", "as", "az"])
    /// Honorifics of a knight or a dame, who is called by the given name after them ("Sir Keir").
    static let knighthoods = Words.set(["sir", "dame"])
    /// Particles of a name by the father's: "bin", "ibn", "bint".
    static let patronymics = Words.set(["bin", "ibn", "bint"])
    /// Whether a name's words hold `particle` right before `word`: "Mohammed bin Salman" holds "bin Salman".
    static func namesAfter(_ words: [UInt64], particle: UInt64, _ word: UInt64) -> Bool {
        guard words.count >= 2 else { return false }
        return (1..<words.count).contains { words[$0] == word && words[$0 - 1] == particle }
    }

    /// Whether sentence `s` closes with a full stop, a question or exclamation mark (perhaps
    /// inside a quotation): a headline does not.
    static func endsASentence(_ doc: Document, _ s: Int) -> Bool {
        var k = doc.sentences[s].end - 1
        while k >= doc.sentences[s].start, k < doc.bytes.count, TextScan.isSpace(doc.bytes[k]) || doc.bytes[k] == UInt8(ascii: "\"")
                || doc.bytes[k] == UInt8(ascii: "'") || doc.bytes[k] & 0xC0 == 0x80 || doc.bytes[k] == 0xE2 { k -= 1 }
        guard k >= doc.sentences[s].start, k < doc.bytes.count else { return false }
        return doc.bytes[k] == UInt8(ascii: ".") || doc.bytes[k] == UInt8(ascii: "!") || doc.bytes[k] == UInt8(ascii: "?")
    }

    static let then = Tokenizer.hash("then")
    static let formerWords = Words.set(["former", "ex"])
    /// Words of a state's formal name ("the Russian Federation", "the Kingdom of Saudi Arabia").
    static let stateWords = Words.set(["republic", "federation", "kingdom", "united", "states", "emirates", "islamic", "democratic",
                                       "people's", "socialist", "federal", "arab", "state", "of", "the"])
    /// Office words written in lower case before a name ("then prime minister Scott Morrison").
    static let titleWords = Words.set(["prime", "minister", "president", "chancellor", "premier", "foreign", "secretary", "vice", "deputy", "state"])
    static let the = Tokenizer.hash("the"), late = Tokenizer.hash("late"), former = Tokenizer.hash("former"), latter = Tokenizer.hash("latter")
    static let roleNouns = Words.set([
        "leader", "president", "counterpart", "premier", "chancellor", "guest", "host", "chief", "side", "minister",
        "head", "king", "monarch", "emir", "sultan", "chairman", "secretary", "majesty", "queen", "amir",
    ])
    /// Role nouns of a monarch, which alone stand for the one the text has named.
    static let monarchNouns = Words.set(["king", "monarch", "emir", "sultan", "majesty", "queen", "amir"])
    static let determiners = Words.set(["the", "his", "her", "their", "its"])
    static let side = Tokenizer.hash("side"), sidePrepositions = Words.set(["on", "from"])
    /// Offices only one state has, with its country: "the pope" needs no demonym.
    static let onlyOneState: HashMap64<String> = {
        var m = HashMap64<String>()
        for w in ["pope", "pontiff", "father"] { m[Tokenizer.hash(w)] = "VA" }
        return m
    }()
    static let father = Tokenizer.hash("father"), holy = Tokenizer.hash("holy")
    static let year = Tokenizer.hash("year"), old = Tokenizer.hash("old")

    /// Whether the word before token `t` is a given name of someone else: capitalised,
    /// written right before it, and no title, honorific, known name, place or function word.
    static func anotherGivenName(_ doc: Document, _ s: Int, before t: Int, _ g: LeaderGazetteer, context: ExtractionContext) -> Bool {
        let toks = doc.tokens[s]
        guard t > 0, toks[t - 1].capitalized, !toks[t - 1].numeric, !doc.gap(s, before: t, contains: UInt8(ascii: ",")) else { return false }
        // A sentence's first word is capitalised whatever it is ("Today Prabowo pledged …"):
        // there it counts as a given name only before an apposition ("Rahul Gandhi, leader of …").
        if t == 1, !(t + 1 < toks.count && doc.gap(s, before: t + 1, contains: UInt8(ascii: ","))) { return false }
        let h = toks[t - 1].hash
        if context.nameStop.contains(h) || context.honorifics.contains(h) || context.geoWords.contains(h)
            || g.titleStarts.contains(h) || determiners.contains(h) || People.leadingWords.contains(h) { return false }
        // A title ending right before the name: "Prime Minister Modi".
        var key: UInt64 = 0
        for n in 1...max(1, g.longestTitle) where t - n >= 0 {
            key = 0
            for x in (t - n)..<t { key = Tokenizer.combine(key, toks[x].hash) }
            if g.titles[key] != nil { return false }
        }
        // Part of a known full name ("Narendra Modi" read from "Narendra").
        if People.fullName(doc, s, at: t - 1, g) != nil { return false }
        return true
    }
    /// Words that make a capitalised run the name of a place or an institution named after
    /// someone: "Jomo Kenyatta International Airport", "Kim Il Sung Square".
    static let facilityWords = Words.set([
        "airport", "international", "university", "stadium", "centre", "center", "hospital", "street", "avenue", "road",
        "boulevard", "square", "bridge", "foundation", "institute", "mausoleum", "memorial", "station", "library",
        "museum", "highway", "expressway", "prize", "award", "school", "college", "academy", "convention", "dam",
        "arena", "terminal",
    ])

    /// The end of a capitalised run from `from` (two to six words) that names a facility:
    /// a name, then one of ``facilityWords`` last. `nil` when the run names no facility.
    /// ("Park" and "Hall", also family names, are not among them.)
    static func facilityNameEnd(_ doc: Document, _ s: Int, from: Int) -> Int? {
        let toks = doc.tokens[s]
        var k = from
        // (Not across a bracket: "Prime Minister Jüri Ratas (Centre)" names a party after him.)
        while k < toks.count, k - from < 6, toks[k].capitalized, k == from || !doc.gap(s, before: k, contains: UInt8(ascii: "(")) { k += 1 }
        // The run ends in a facility word, and a name comes first: "International Airport"
        // alone names no one, and "President Park Geun-hye" is a person.
        guard k - from >= 2, facilityWords.contains(toks[k - 1].hash), !facilityWords.contains(toks[from].hash) else { return nil }
        return k
    }
    static let historicalCues = Words.set(["late", "founding", "founder", "beloved", "legendary", "revolutionary", "memory", "legacy", "mausoleum", "tomb", "passing", "deceased", "predecessor"])

    init(_ doc: Document, gazetteer: LeaderGazetteer, context: ExtractionContext) {
        mentions = Array(repeating: [], count: doc.sentences.count)
        subjects = Array(repeating: nil, count: doc.sentences.count)
        objects = Array(repeating: nil, count: doc.sentences.count)
        objectTokens = Array(repeating: nil, count: doc.sentences.count)
        var byLeader: [Int: Int] = [:]
        var byName: [String: Int] = [:]
        // Tokens already taken by a name, flat over the document: sentence s starts at tokenBase[s].
        var tokenBase = [Int](repeating: 0, count: doc.sentences.count + 1)
        for s in doc.sentences.indices { tokenBase[s + 1] = tokenBase[s] + doc.tokens[s].count }
        var consumed = [Bool](repeating: false, count: tokenBase[doc.sentences.count])

        /// Someone outside the gazetteer named by tokens `name` of sentence `s`, introduced by the
        /// words from token `phrase` on (a title, "the Finnish president,"), all consumed.
        func addUnknown(_ s: Int, name: Range<Int>, phrase: Int, country: String?, role: String?) {
            // ("Secretariat of President (BPMI Setpres)": an office's initials in brackets, no name.)
            if doc.gap(s, before: name.lowerBound, contains: UInt8(ascii: "(")) { return }
            let text = doc.span(s, name.lowerBound, name.upperBound)
            let key = Fold.key(text)
            let p: Int
            if let existing = byName[key] { p = existing } else {
                p = cast.count
                byName[key] = p
                let slug = String(decoding: key.utf8.map { $0 == 0x20 ? UInt8(ascii: "-") : $0 }, as: UTF8.self)
                cast.append(Member(ref: PersonRef(id: slug, name: text, country: country, known: false), leader: nil,
                                   shortHashes: [doc.tokens[s][name.upperBound - 1].hash], firstSentence: s, role: role))
            }
            cast[p].fullMentions += 1
            mentions[s].append(Mention(person: p, sentence: s, token: name.lowerBound, tokenEnd: name.upperBound, kind: .title))
            for x in phrase..<name.upperBound { consumed[tokenBase[s] + x] = true }
        }

        // Pass 1: full names and aliases; people introduced by a title.
        for s in doc.sentences.indices {
            let toks = doc.tokens[s]
            // A headline in title case ("The President Secures Historic Economic …") capitalises
            // every word: its capitalised runs after a title are no names.
            let titleCased = toks.count >= 5 && toks.lazy.filter(\.capitalized).count * 10 >= toks.count * 7
                && !People.endsASentence(doc, s)
            var t = 0
            while t < toks.count {
                // "Jomo Kenyatta International Airport", "Narendra Modi Stadium": a place named
                // after someone, not a mention of them.
                if toks[t].capitalized, let end = People.facilityNameEnd(doc, s, from: t) {
                    for x in t..<end { consumed[tokenBase[s] + x] = true }
                    t = end
                    continue
                }
                // "Rahul Gandhi" is not the Gandhi of the gazetteer: a one-word name right after
                // a capitalised word that is no title, honorific or known name is someone else's.
                if let (end, _) = People.fullName(doc, s, at: t, gazetteer), end - t == 1,
                   People.anotherGivenName(doc, s, before: t, gazetteer, context: context) {
                    for x in (t - 1)..<end { consumed[tokenBase[s] + x] = true }
                    t = end
                    continue
                }
                // "his father, the late politician Iván Duque Escobar": a namesake of the past, another
                // family name after the leader's name, is no mention of the leader.
                // (The cheap test of the cue first: most tokens follow none.)
                if t > 0, People.historicalCues.contains(toks[t - 1].hash) || (t > 1 && People.historicalCues.contains(toks[t - 2].hash)),
                   let (end, _) = People.fullName(doc, s, at: t, gazetteer), end < toks.count, toks[end].capitalized, !toks[end].numeric,
                   !doc.gap(s, before: end, contains: UInt8(ascii: ",")) {
                    for x in t..<(end + 1) { consumed[tokenBase[s] + x] = true }
                    t = end + 1
                    continue
                }
                // "his counterpart M Abdul Hamid": initials before a known full name are part of it.
                if People.isInitial(toks[t]), case let a = People.afterInitials(toks, from: t), a < toks.count,
                   !(t..<a).contains(where: { doc.gap(s, before: $0 + 1, contains: UInt8(ascii: ",")) }),
                   People.fullName(doc, s, at: a, gazetteer) != nil {
                    t = a
                    continue
                }
                if let (end, hits) = People.fullName(doc, s, at: t, gazetteer) {
                    // Several people share the name: prefer one who could meet on the publication date.
                    let li = hits.first { gazetteer.leader(at: $0).couldMeet(on: doc.report.published) } ?? hits[0]
                    let p = People.member(li, sentence: s, gazetteer, cast: &cast, byLeader: &byLeader)
                    cast[p].fullMentions += 1
                    if t > 0, People.historicalCues.contains(toks[t - 1].hash) || (t > 1 && People.historicalCues.contains(toks[t - 2].hash)) {
                        cast[p].historicalMention = true
                    }
                    // "then Prime Minister Boris Johnson", "then-President Obama": who held the office before.
                    var b = t - 1
                    while b >= 0, t - b <= 5, toks[b].capitalized || People.titleWords.contains(toks[b].hash),
                          doc.gap(s, before: b + 1, contains: UInt8(ascii: ",")) == false { b -= 1 }
                    if b >= 0, b < t - 1, toks[b].hash == People.then { cast[p].historicalMention = true }
                    if b >= 0, b < t - 1, People.formerWords.contains(toks[b].hash) { cast[p].formerTitle = true }
                    if let title = People.title(before: t, in: s, doc, gazetteer, context: context) { cast[p].titledAs.insert(title) }
                    mentions[s].append(Mention(person: p, sentence: s, token: t, tokenEnd: end, kind: .full))
                    for x in t..<end { consumed[tokenBase[s] + x] = true }
                    t = end
                    continue
                }
                // "the Finnish president, Sauli Niinistö": someone outside the gazetteer named in
                // apposition to an office and a nationality.
                // (Or "his Finnish counterpart Sauli Niinisto".)
                if People.determiners.contains(toks[t].hash), let (country, length) = context.demonym(toks, at: t + 1),
                   let (role, roleEnd) = People.roleWords.lazy.compactMap({ w -> (String?, Int)? in
                       let at = t + 1 + length
                       return w.phrase.count <= toks.count - at && Tokenizer.matches(w.phrase, toks, at: at) ? (w.role, at + w.phrase.count) : nil
                   }).first ?? (t + 1 + length < toks.count && toks[t + 1 + length].hash == H.counterpart ? (nil, t + 2 + length) : nil),
                   roleEnd < toks.count, toks[roleEnd].capitalized,
                   // An office in apposition takes a comma; "counterpart", the other's own office, may not.
                   role == nil || doc.gap(s, before: roleEnd, contains: UInt8(ascii: ",")),
                   People.fullName(doc, s, at: roleEnd, gazetteer) == nil,
                   // ("his French counterpart, Mr. Emmanuel Macron": a known name after an honorific.)
                   People.fullName(doc, s, at: People.afterHonorifics(toks, from: roleEnd, context: context), gazetteer) == nil {
                    let n = People.nameRunEnd(doc, s, from: roleEnd, context: context)
                    if n - roleEnd >= 2 {
                        addUnknown(s, name: roleEnd..<n, phrase: t, country: country, role: role)
                        t = n
                        continue
                    }
                }
                // "His Excellency Mark Brown, Prime Minister of the Cook Islands,": someone outside
                // the gazetteer named before an office of a country, in apposition.
                if toks[t].capitalized, t == 0 || !toks[t - 1].capitalized || context.honorifics.contains(toks[t - 1].hash),
                   let (name, role, country) = People.nameBeforeOffice(doc, s, at: t, gazetteer, context: context) {
                    addUnknown(s, name: name, phrase: t, country: country, role: role)
                    t = name.upperBound
                    continue
                }
                // A title followed by a capitalised name not in the gazetteer.
                // (Not a title's word after "bin", "ibn": "Zayed bin Sultan Al Nahyan" is named for
                // his father Sultan.)
                // (Nor "PM" after a clock's time: "Updated 4:15 PM ET".)
                if toks[t].capitalized, gazetteer.titleStarts.contains(toks[t].hash),
                   !(t > 0 && People.patronymics.contains(toks[t - 1].hash)),
                   !(t > 0 && toks[t - 1].numeric && toks[t].hash == People.pm) {
                    var key: UInt64 = 0
                    var titleEnd: Int?
                    var titleRole: String?
                    var k = t
                    while k < toks.count, k - t < gazetteer.longestTitle {
                        key = Tokenizer.combine(key, toks[k].hash)
                        if let role = gazetteer.titles[key] { titleEnd = k + 1; titleRole = role }
                        k += 1
                    }
                    // "President of the Republic of Finland Sauli Niinistö": the country after the title.
                    if let e = titleEnd, e + 1 < toks.count, toks[e].hash == MeetingFinder.ofWord {
                        var k = e + 1
                        if k < toks.count, toks[k].hash == People.the { k += 1 }
                        var countryAt: Int?
                        while k < toks.count, k - e <= 5, toks[k].capitalized, !toks[k].numeric,
                              context.countryWords[toks[k].hash] != nil || context.geoWords.contains(toks[k].hash) || People.stateWords.contains(toks[k].hash) {
                            if context.countryWords[toks[k].hash] != nil { countryAt = k }
                            k += 1
                        }
                        if countryAt != nil, k < toks.count, toks[k].capitalized { titleEnd = k }
                    }
                    // Honorifics between the title and the name ("Prime Minister Shri …").
                    if var e = titleEnd {
                        while e < toks.count, context.honorifics.contains(toks[e].hash), toks[e].capitalized { e += 1 }
                        if e > (titleEnd ?? e) && People.fullName(doc, s, at: e, gazetteer) != nil {
                            t = e
                            continue
                        }
                        titleEnd = e
                    }
                    // A title and one known name ("President Trump", "PM Kishida"), with no full
                    // mention needed: the one leader of that name the title and the date allow.
                    // ("Prime Minister Borissov": the name spelt another way, by its consonants.)
                    // ("the late King Hassan II": a regnal name the gazetteer lacks is no one's
                    // family name.)
                    if let te = titleEnd, te < toks.count, toks[te].capitalized, !toks[te].numeric,
                       !(te + 1 < toks.count && People.regnalNumerals.contains(toks[te + 1].hash)),
                       People.fullName(doc, s, at: te, gazetteer) == nil,
                       let li = gazetteer.titled(toks[te].hash, role: titleRole, on: doc.report.published)
                        ?? (te + 1 < toks.count && toks[te + 1].capitalized && !doc.gap(s, before: te + 1, contains: UInt8(ascii: ",")) ? nil
                            : gazetteer.titledVariant(doc.bytes, toks[te], role: titleRole, on: doc.report.published)) {
                        let p = People.member(li, sentence: s, gazetteer, cast: &cast, byLeader: &byLeader)
                        cast[p].fullMentions += 1
                        if let title = People.title(before: te, in: s, doc, gazetteer, context: context) { cast[p].titledAs.insert(title) }
                        mentions[s].append(Mention(person: p, sentence: s, token: te, tokenEnd: te + 1, kind: .title))
                        for x in t..<(te + 1) { consumed[tokenBase[s] + x] = true }
                        t = te + 1
                        continue
                    }
                    // A known name a word or two into the run ("President Matamela Cyril Ramaphosa",
                    // "Chairman of the National Assembly (NA) Trần Thanh Mẫn"): the known name it is.
                    if let te = titleEnd, te + 1 < toks.count, People.fullName(doc, s, at: te, gazetteer) == nil,
                       let known = (te + 1..<min(toks.count, te + 3)).first(where: { k in
                        (te..<k).allSatisfy { toks[$0].capitalized } && People.fullName(doc, s, at: k, gazetteer) != nil
                    }) {
                        t = known
                        continue
                    }
                    if let te = titleEnd, People.fullName(doc, s, at: te, gazetteer) == nil {
                        let n = People.nameRunEnd(doc, s, from: te, context: context)
                        // "President Ferdinand Romualdez Marcos": a middle name spelled out between the
                        // given and family names of the one leader the title and the family name allow.
                        if (3...4).contains(n - te), !titleCased,
                           let li = gazetteer.titled(toks[n - 1].hash, role: titleRole, on: doc.report.published),
                           Tokenizer.phrase(gazetteer.leader(at: li).name).first == toks[te].hash {
                            let p = People.member(li, sentence: s, gazetteer, cast: &cast, byLeader: &byLeader)
                            cast[p].fullMentions += 1
                            mentions[s].append(Mention(person: p, sentence: s, token: te, tokenEnd: n, kind: .full))
                            for x in t..<n { consumed[tokenBase[s] + x] = true }
                            t = n
                            continue
                        }
                        // "ibni Al-Marhum Sultan Haji Omar …": the late father named in a royal's style.
                        if t > 0, (max(0, t - 2)..<t).contains(where: { People.lateWords.contains(toks[$0].hash) }) {
                            t = n
                            continue
                        }
                        // ("His Majesty King Abdullah": a style, then a title and a name: the title's.)
                        if te > t, te < toks.count, gazetteer.titleStarts.contains(toks[te].hash) {
                            t = te
                            continue
                        }
                        if n - te >= 2, !titleCased {
                            addUnknown(s, name: te..<n, phrase: t, country: nil, role: titleRole)
                            t = n
                            continue
                        }
                    }
                }
                t += 1
            }
        }

        // Pass 2: short forms of people already in the cast, and descriptions.
        var shortIndex = HashMap64<[Int]>()
        for (i, m) in cast.enumerated() { for h in m.shortHashes { shortIndex[h, default: []].append(i) } }
        // The cast's one-word short forms by their consonants, and the letters they start with:
        // "Kadhemi", after "Mustafa al-Kadhimi" named in full.
        var shortSkeletons = HashMap64<Int>()
        // (The first two letters, lowercased: most capitalised words are ruled out before their
        // consonants are read.)
        var skeletonInitials = Set<UInt16>()
        for (i, m) in cast.enumerated() {
            guard let leader = m.leader else { continue }
            for (k, initials) in gazetteer.shortConsonants(of: leader) where shortSkeletons[k] == nil {
                shortSkeletons[k] = i
                skeletonInitials.insert(initials)
            }
        }
        var lastSubject: Int?
        var lastMentioned: [Int] = []
        let determiners = People.determiners
        // The day an office is held on when the page has no publication date: the first full
        // date of the story's opening ("Saturday, 13 May 2023 – … the Holy Father received …"),
        // read only when an office named without a name needs it.
        var openingDay: Day??
        func officeDay() -> Day? {
            if let d = doc.report.published { return d }
            if let d = openingDay { return d }
            let d = (0..<min(3, doc.sentences.count)).lazy.flatMap { DateResolver.mentions(doc, $0) }
                .compactMap { m -> Day? in if case .full(let d) = m.value { return d } else { return nil } }.first
            openingDay = .some(d)
            return d
        }
        // The person an office of a country stands for: the one of that country the report names
        // most, or (with the holder and a predecessor both named: "the American president", with
        // Trump and, in a line of background, Biden) whoever held the office on the day; when none
        // is named, the holder on the day, added to the cast.
        func officeHolder(country: String, role: String?, sentence s: Int) -> Int? {
            let ofCountry = cast.indices.filter { cast[$0].ref.country == country && !cast[$0].historicalMention }
            var person = ofCountry.max { cast[$0].fullMentions < cast[$1].fullMentions }
            if ofCountry.count > 1, let role, let day = officeDay(),
               let holder = gazetteer.holder(country: country, role: role, on: day),
               let p = ofCountry.first(where: { cast[$0].ref.id == holder.id }) {
                person = p
            }
            if person == nil, let role, let day = officeDay(), let leader = gazetteer.holder(country: country, role: role, on: day) {
                if let existing = cast.firstIndex(where: { $0.ref.id == leader.id }) {
                    person = existing
                } else {
                    person = cast.count
                    cast.append(Member(ref: PersonRef(id: leader.id, name: leader.name, country: leader.country, known: true),
                                       leader: leader, shortHashes: gazetteer.shortHashes(of: leader), firstSentence: s))
                    for h in cast[cast.count - 1].shortHashes { shortIndex[h, default: []].append(cast.count - 1) }
                }
            }
            return person
        }
        for s in doc.sentences.indices {
            let toks = doc.tokens[s]
            var t = 0
            // Where "the presidents of A and B" and the like start: a subject of both.
            var pluralAt: [Int] = []
            while t < toks.count {
                if consumed[tokenBase[s] + t] { t += 1; continue }
                let h = toks[t].hash
                // "Juan Carlos Varela Rodríguez", "Nicolás Maduro Moros": a second family name
                // right after a full name is part of it, not a leader of that family name.
                if toks[t].capitalized, t > 0, !doc.gap(s, before: t, contains: UInt8(ascii: ",")),
                   mentions[s].contains(where: { $0.kind == .full && $0.tokenEnd == t }),
                   t + 1 >= toks.count || !toks[t + 1].capitalized {
                    t += 1
                    continue
                }
                // "bin Salman", after "Mohammed bin Salman": the son named by his father's name is the
                // one already named so, not the leader who bears that name.
                if toks[t].capitalized, t > 0, People.patronymics.contains(toks[t - 1].hash),
                   let p = cast.indices.first(where: { i in
                       cast[i].firstSentence <= s && People.namesAfter(Tokenizer.phrase(cast[i].ref.name), particle: toks[t - 1].hash, h)
                   }) {
                    mentions[s].append(Mention(person: p, sentence: s, token: t - 1, tokenEnd: t + 1, kind: .short))
                    t += 1
                    continue
                }
                // "Sir Keir", after "Keir Starmer": a knight or dame is called by the given name.
                if toks[t].capitalized, t > 0, People.knighthoods.contains(toks[t - 1].hash),
                   let p = cast.indices.first(where: { i in
                       guard cast[i].firstSentence <= s else { return false }
                       let name = Tokenizer.phrase(cast[i].ref.name)
                       return name.count >= 2 && name.first == h
                   }) {
                    mentions[s].append(Mention(person: p, sentence: s, token: t - 1, tokenEnd: t + 1, kind: .short))
                    t += 1
                    continue
                }
                // "South Korea's President", "Ghana's president": a country's office in the
                // possessive, with no name after it.
                if toks[t].capitalized, let (country, roleAt) = People.possessiveCountry(doc, s, t, context: context), roleAt < toks.count,
                   People.roleNouns.contains(toks[roleAt].hash) {
                    var end = roleAt + 1
                    if end < toks.count, People.roleNouns.contains(toks[end].hash) { end += 1 }
                    if end >= toks.count || !toks[end].capitalized,
                       let p = officeHolder(country: country, role: People.roleOf(toks, from: roleAt, to: end), sentence: s) {
                        mentions[s].append(Mention(person: p, sentence: s, token: t, tokenEnd: end, kind: .role))
                        t = end
                        continue
                    }
                }
                // "the Obamas hosted Prime Minister X": a couple by the family name of someone named,
                // the leader among them.
                // (Or the one leader of that family name in office on the day. "the Marcoses": the
                // plural of a name that ends in "s".)
                if toks[t].capitalized, t > 0, toks[t - 1].hash == People.the, toks[t].end - toks[t].start >= 5,
                   doc.bytes[toks[t].end - 1] == UInt8(ascii: "s"), shortIndex[h] == nil, !context.nameStop.contains(h) {
                    let word = doc.bytes[toks[t].start..<toks[t].end]
                    var stems = [Tokenizer.hash(String(decoding: word.dropLast(), as: UTF8.self))]
                    if word.count > 5, word[word.endIndex - 2] | 0x20 == UInt8(ascii: "e") {
                        stems.append(Tokenizer.hash(String(decoding: word.dropLast(2), as: UTF8.self)))
                    }
                    var found: Int?
                    for stem in stems where found == nil {
                        found = shortIndex[stem]?.first { cast[$0].leader != nil && cast[$0].firstSentence <= s }
                    }
                    if found == nil, let li = stems.compactMap({ gazetteer.leading($0, on: doc.report.published) }).first {
                        let p = People.member(li, sentence: s, gazetteer, cast: &cast, byLeader: &byLeader)
                        for x in cast[p].shortHashes where !(shortIndex[x]?.contains(p) ?? false) { shortIndex[x, default: []].append(p) }
                        found = p
                    }
                    if let p = found {
                        mentions[s].append(Mention(person: p, sentence: s, token: t, tokenEnd: t + 1, kind: .short))
                        t += 1
                        continue
                    }
                }
                // ("Sheikh Ahmad Al-Abdullah", with "Sheikh Mishal" named: a style before another
                // name is that one's, not the short form of someone else styled so.)
                if toks[t].capitalized, let candidates = shortIndex[h], !People.designation(doc, s, t),
                   !(LeaderGazetteer.styles.contains(h) && People.styleBeforeAnotherName(doc, s, t, candidates.map { cast[$0].leader?.short ?? [] })) {
                    // Prefer someone already mentioned fully before this sentence.
                    let p = candidates.first { cast[$0].firstSentence <= s } ?? candidates[0]
                    mentions[s].append(Mention(person: p, sentence: s, token: t, tokenEnd: t + 1, kind: .short))
                    t += 1
                    continue
                }
                // A family name spelt another way than the full name given before it.
                if toks[t].capitalized, toks[t].end - toks[t].start >= 5,
                   skeletonInitials.contains(UInt16(doc.bytes[toks[t].start] | 0x20) << 8 | UInt16(doc.bytes[toks[t].start + 1] | 0x20)),
                   !context.nameStop.contains(h), let (k, n) = LeaderGazetteer.skeleton(doc.bytes, toks[t].start..<toks[t].end),
                   n >= LeaderGazetteer.shortSkeletonMinimum, let p = shortSkeletons[k], cast[p].firstSentence <= s {
                    mentions[s].append(Mention(person: p, sentence: s, token: t, tokenEnd: t + 1, kind: .short))
                    t += 1
                    continue
                }
                // A bare family name never given in full ("PM Modi and Biden hailed …"): the one
                // leader of that name in a leading office on the day.
                // ("Felipe Ángeles International Airport", "Reporter Lee Seo-yeon": a family name
                // run into other capitalised words names something or someone else.)
                if toks[t].capitalized, !toks[t].numeric, !context.nameStop.contains(h), !People.designation(doc, s, t),
                   !(t + 1 < toks.count && toks[t + 1].capitalized && !toks[t + 1].numeric && !doc.gap(s, before: t + 1, contains: UInt8(ascii: ","))
                     && DateResolver.months[toks[t + 1].hash] == nil && DateResolver.weekdays[toks[t + 1].hash] == nil),
                   // ("Al Haram Al Sharif": nor after a particle of a name.)
                   !(t > 0 && toks[t - 1].capitalized && People.nameParticles.contains(toks[t - 1].hash)),
                   // ("in the Phoenix Park": nor after another capitalised word that is no title.)
                   !People.anotherGivenName(doc, s, before: t, gazetteer, context: context),
                   // ("Khan el-Khalili": nor into a particle and another capitalised word.)
                   !(t + 2 < toks.count && People.nameParticles.contains(toks[t + 1].hash) && toks[t + 2].capitalized
                     && !doc.gap(s, before: t + 1, contains: UInt8(ascii: ","))),
                   // ("the delegation (Lavrov, Novak, Dmitriev)": nor amid others' bare names.)
                   !People.amongOthersNames(doc, s, t, gazetteer, on: doc.report.published, context: context),
                   let li = gazetteer.leading(h, on: doc.report.published) {
                    let p = People.member(li, sentence: s, gazetteer, cast: &cast, byLeader: &byLeader)
                    cast[p].bareNameOnly = true
                    for x in cast[p].shortHashes { shortIndex[x, default: []].append(p) }
                    mentions[s].append(Mention(person: p, sentence: s, token: t, tokenEnd: t + 1, kind: .short))
                    t += 1
                    continue
                }
                // "1. Prime Minister Shri Narendra Modi paid a State Visit …", then "Prime Minister held
                // talks with President Sisi": a release calls its own leader by the title alone, as the
                // subject. The one named with that title first.
                if toks[t].capitalized, t == 0 || doc.gap(s, before: t, contains: UInt8(ascii: ",")), gazetteer.titleStarts.contains(h) {
                    var key: UInt64 = 0
                    var end: Int?
                    var k = t
                    while k < toks.count, k - t < gazetteer.longestTitle, toks[k].capitalized {
                        key = Tokenizer.combine(key, toks[k].hash)
                        if gazetteer.titles[key] != nil { end = k + 1 }
                        k += 1
                    }
                    if let e = end, e < toks.count, !toks[e].capitalized, toks[e].hash != MeetingFinder.ofWord,
                       !doc.gap(s, before: e, contains: UInt8(ascii: ",")) {
                        let title = Fold.key(doc.span(s, t, e))
                        if let p = cast.indices.filter({ cast[$0].titledAs.contains(title) && cast[$0].firstSentence < s && !cast[$0].historicalMention })
                            .min(by: { cast[$0].firstSentence < cast[$1].firstSentence }) {
                            mentions[s].append(Mention(person: p, sentence: s, token: t, tokenEnd: e, kind: .role))
                            t = e
                            continue
                        }
                    }
                }
                // "the Vietnamese leader", "his Chinese counterpart", "the Party chief", "the latter".
                // "hosted the presidents of Kazakhstan, Kyrgyzstan and Uzbekistan", "the leaders of
                // Armenia and Azerbaijan": one office of several countries, each its holder.
                if determiners.contains(h), let (role, countries, end) = People.pluralOffice(doc, s, at: t + 1, context: context) {
                    pluralAt.append(t)
                    for c in countries {
                        // ("the leaders of": whoever of that country the text names most.)
                        if let p = officeHolder(country: c.country, role: role, sentence: s) {
                            mentions[s].append(Mention(person: p, sentence: s, token: c.start, tokenEnd: c.end, kind: .plural))
                        }
                    }
                    t = end
                    continue
                }
                if determiners.contains(h), t + 1 < toks.count {
                    if toks[t + 1].hash == People.latter {
                        if let p = lastMentioned.last(where: { $0 != lastSubject }) ?? lastMentioned.last {
                            mentions[s].append(Mention(person: p, sentence: s, token: t, tokenEnd: t + 2, kind: .role))
                        }
                        t += 2
                        continue
                    }
                    var k = t + 1
                    var country: String?
                    // "the 86-year-old pope": an age does not count in the description's length.
                    var reach = 3
                    if t + 3 < toks.count, toks[t + 1].numeric, toks[t + 2].hash == People.year, toks[t + 3].hash == People.old {
                        reach += 3
                    }
                    while k < toks.count, k - t <= reach {
                        // "the pope", "the pontiff", "the Holy Father": an office only one state has.
                        if let c = People.onlyOneState[toks[k].hash], toks[k].hash != People.father || toks[k - 1].hash == People.holy {
                            country = c
                            break
                        }
                        if let (c, length) = context.demonym(toks, at: k) {
                            // "the North Korean leader": the pair decides, not "Korean" alone.
                            country = c
                            if length == 2 {
                                k += 2
                                continue
                            }
                        }
                        if People.roleNouns.contains(toks[k].hash) { break }
                        k += 1
                    }
                    // "the Coptic Pope Tawadros II": the title of the name after it, not the office alone.
                    if k + 1 < toks.count, k - t <= reach, People.onlyOneState[toks[k].hash] != nil, toks[k + 1].capitalized,
                       !doc.gap(s, before: k + 1, contains: UInt8(ascii: ",")) {
                        t = k
                        continue
                    }
                    if k < toks.count, k - t <= reach, People.roleNouns.contains(toks[k].hash) || (People.onlyOneState[toks[k].hash] != nil && country != nil) {
                        var end = k + 1
                        // "Party chief", "head of state", "prime minister"
                        if end < toks.count, People.roleNouns.contains(toks[end].hash) { end += 1 }
                        // "the President of Senegal", "the president of the French Republic", "the
                        // President of the Republic of Kenya": the country after the office.
                        if country == nil, People.roleOf(toks, from: t + 1, to: end) != nil,
                           let (c, after) = People.countryAfterOffice(doc, s, at: end, context: context) {
                            country = c
                            end = after
                        }
                        var person: Int?
                        if let country {
                            person = officeHolder(country: country, role: People.roleOf(toks, from: t + 1, to: end), sentence: s)
                        } else if toks[k].hash == H.host || toks[k].hash == H.guest
                                    || toks[k].hash == H.counterpart {
                            person = lastMentioned.last { $0 != lastSubject }
                        } else if toks[k].hash == H.chief {
                            person = lastSubject
                        } else if People.monarchNouns.contains(toks[k].hash), end >= toks.count || !toks[end].capitalized {
                            // "the King said", "His Majesty said": the monarch the text has named.
                            person = lastMentioned.last { p in cast[p].leader?.offices.contains { $0.role == "monarch" } == true }
                        } else if toks[k].capitalized, end >= toks.count || !toks[end].capitalized, let role = People.roleOf(toks, from: t + 1, to: end) {
                            // "Boris Johnson has held talks …", then "The Prime Minister met …": the one
                            // named so far who has held that office, written as its title.
                            let holders = Set(lastMentioned.filter { p in cast[p].leader?.offices.contains { $0.role == role } == true })
                            if holders.count == 1 { person = holders.first }
                        }
                        // ("… sat in on the talks on the Russian side", "from the Indonesian side, the
                        // talks were attended by …": a delegation, not its leader.)
                        let delegation = toks[k].hash == People.side && t > 0 && People.sidePrepositions.contains(toks[t - 1].hash)
                        if let person, !delegation {
                            mentions[s].append(Mention(person: person, sentence: s, token: t, tokenEnd: end, kind: .role))
                        }
                        t = end
                        continue
                    }
                }
                t += 1
            }
            mentions[s].sort { $0.token < $1.token }
            for m in mentions[s] { cast[m.person].mentions += 1 }

            // The subject: at the start of the sentence or of its main clause.
            var subject: Subject?
            var starts = [0]
            for k in 1..<max(1, toks.count) where doc.gap(s, before: k, contains: UInt8(ascii: ",")) { starts.append(k) }
            let skipFirst = !toks.isEmpty && People.leadingWords.contains(toks[0].hash) || (toks.first.map { doc.text($0.start..<$0.end).hasSuffix("ing") } ?? false)
            for (ci, p) in starts.enumerated() {
                if p >= toks.count { break }
                // "In New Delhi he was received …", "On Saturday she met …": a short opening of
                // place or time with no comma, then the pronoun.
                if ci == 0, People.shortOpenings.contains(toks[0].hash),
                   let k = (1..<min(toks.count, 5)).first(where: { toks[$0].hash == People.he || toks[$0].hash == People.she }),
                   (1..<k).allSatisfy({ toks[$0].capitalized || toks[$0].hash == People.the }),
                   !mentions[s].contains(where: { $0.token < k }) {
                    if let last = lastSubject { subject = .person(last) }
                    break
                }
                if ci == 0 && skipFirst { continue }
                if let m = mentions[s].first(where: { $0.token == p || ($0.token == p + 1 && People.determiners.contains(toks[p].hash)) }) {
                    subject = .person(m.person)
                    break
                }
                if toks[p].hash == People.he || toks[p].hash == People.she {
                    if let last = lastSubject { subject = .person(last) }
                    break
                }
                if pluralAt.contains(p) || People.jointStarts.contains(where: { phrase in
                    phrase.count <= toks.count - p && Tokenizer.matches(phrase, toks, at: p)
                }) {
                    subject = .joint
                    break
                }
                // A title before a name: "President Xi said", "General Secretary Lam".
                if let m = mentions[s].first(where: { $0.token > p && $0.token <= p + 4 }),
                   (p..<m.token).allSatisfy({ toks[$0].capitalized }) {
                    subject = .person(m.person)
                    break
                }
            }
            if subject == nil, let first = mentions[s].first { subject = .person(first.person) }
            subjects[s] = subject
            // "X met him at the entrance": the one the sentences before were about.
            if let last = lastSubject, subject != .person(last), !mentions[s].contains(where: { $0.person == last }),
               let k = toks.indices.dropFirst().first(where: { k in
                   People.meetingObjectVerbs.contains(toks[k - 1].hash)
                       && (toks[k].hash == People.him || toks[k].hash == People.her
                           && (k + 1 >= toks.count || People.afterObjectPronoun.contains(toks[k + 1].hash) || doc.gap(s, before: k + 1, contains: UInt8(ascii: ","))))
               }), !doc.quoted(s)[k] {
                objects[s] = last
                objectTokens[s] = k
            }
            if case .person(let p) = subject { lastSubject = p }
            let named = mentions[s].map(\.person)
            if !named.isEmpty { lastMentioned = named }
        }
        // "U.S. President Donald Trump …", then "the administration of former President Barack
        // Obama": someone named by a former office, beside a leader of the same country named by
        // no such word, is history.
        let holdersCountries = Set(cast.filter { $0.leader != nil && !$0.formerTitle && !$0.historicalMention }.compactMap(\.ref.country))
        for i in cast.indices where cast[i].formerTitle && !cast[i].historicalMention {
            if let c = cast[i].ref.country, holdersCountries.contains(c) { cast[i].historicalMention = true }
        }
    }

    static let roleWords: [(phrase: [UInt64], role: String)] = [
        ("prime minister", "head-of-government"), ("premier", "head-of-government"), ("chancellor", "head-of-government"),
        ("president", "head-of-state"), ("general secretary", "party-leader"), ("party chief", "party-leader"),
        ("party leader", "party-leader"), ("king", "monarch"), ("emir", "monarch"), ("sultan", "monarch"),
        ("foreign minister", "foreign-minister"), ("top legislator", "legislature-chair"), ("pope", "head-of-state"),
        ("pontiff", "head-of-state"), ("holy father", "head-of-state"),
    ].map { (Tokenizer.phrase($0.0), $0.1) }

    /// The country an office's "of" names at token `k` of sentence `s` ("of Senegal", "of the
    /// French Republic", "of the United Republic of Tanzania", "of South Africa") and the token
    /// after it; `nil` when none, or when the name runs on into another capitalised word ("of
    /// Kenya Airways").
    static func countryAfterOffice(_ doc: Document, _ s: Int, at k: Int, context: ExtractionContext) -> (String, Int)? {
        let toks = doc.tokens[s]
        guard k < toks.count, toks[k].hash == H.of else { return nil }
        var j = k + 1
        if j < toks.count, toks[j].hash == People.the { j += 1 }
        guard j < toks.count, toks[j].capitalized else { return nil }
        // A country's name, its formal one first ("the Democratic Republic of the Congo").
        func country(from j: Int) -> (String, Int)? {
            for n in stride(from: min(6, toks.count - j), through: 1, by: -1) where toks[j + n - 1].capitalized {
                if let p = context.places.place(named: doc.span(s, j, j + n)), p.kind == .country { return (p.country, j + n) }
            }
            return nil
        }
        var found = country(from: j)
        // "the United Republic of Tanzania", "the Islamic Republic of Iran": the formal words, then the name.
        if found == nil, let of = (j + 1..<min(toks.count, j + 4)).first(where: { toks[$0].hash == H.of }),
           (j..<of).allSatisfy({ toks[$0].capitalized && People.stateWords.contains(toks[$0].hash) }) {
            var e = of + 1
            if e < toks.count, toks[e].hash == People.the { e += 1 }
            if e < toks.count, toks[e].capitalized { found = country(from: e) }
        }
        // "the French Republic", "the Russian Federation".
        if found == nil, let (c, length) = context.demonym(toks, at: j), j + length < toks.count,
           People.stateNouns.contains(toks[j + length].hash) {
            found = (c, j + length + 1)
        }
        guard let (c, after) = found, after >= toks.count || !toks[after].capitalized else { return nil }
        return (c, after)
    }
    /// A name outside the gazetteer from token `t` of sentence `s` (past any honorifics), set
    /// off by a comma before an office of a country: "His Excellency Mark Brown, Prime Minister
    /// of the Cook Islands". The name's tokens, the office's role and the country.
    static func nameBeforeOffice(_ doc: Document, _ s: Int, at t: Int, _ gazetteer: LeaderGazetteer,
                                 context: ExtractionContext) -> (Range<Int>, String?, String)? {
        let toks = doc.tokens[s]
        let start = afterHonorifics(toks, from: t, context: context)
        let n = nameRunEnd(doc, s, from: start, context: context)
        guard (2...4).contains(n - start), n + 1 < toks.count, gazetteer.titleStarts.contains(toks[n].hash),
              doc.gap(s, before: n, contains: UInt8(ascii: ",")),
              // (Not a known name, with its initials: "Rt. Hon. Mr. K.P. Sharma Oli, Prime Minister of Nepal".)
              !(t..<n).contains(where: { fullName(doc, s, at: $0, gazetteer) != nil }) else { return nil }
        var key: UInt64 = 0
        var found: (end: Int, role: String?)?
        var k = n
        while k < toks.count, k - n < gazetteer.longestTitle {
            key = Tokenizer.combine(key, toks[k].hash)
            if let role = gazetteer.titles[key] { found = (k + 1, role) }
            k += 1
        }
        guard let (end, role) = found, let (country, _) = countryAfterOffice(doc, s, at: end, context: context) else { return nil }
        return (start..<n, role, country)
    }

    /// The office of several countries named from token `k` of sentence `s`: "presidents of
    /// Kazakhstan, Kyrgyzstan and Uzbekistan", "prime ministers of India and Japan", "leaders of
    /// Armenia and Azerbaijan" (no role: the office each country's leader holds). The countries,
    /// two or more, and the token after them; `nil` when a name runs on into another capitalised
    /// word ("leaders of Russia and China Daily").
    static func pluralOffice(_ doc: Document, _ s: Int, at k: Int, context: ExtractionContext)
        -> (role: String?, countries: [(country: String, start: Int, end: Int)], end: Int)? {
        let toks = doc.tokens[s]
        guard k + 2 < toks.count else { return nil }
        var role: String?
        var of = k + 1
        switch toks[k].hash {
        case People.presidentsWord: role = "head-of-state"
        case People.premiersWord: role = "head-of-government"
        case People.leadersWord: role = nil
        case People.primeWord where toks[k + 1].hash == People.ministersWord:
            role = "head-of-government"
            of = k + 2
        default: return nil
        }
        guard of < toks.count, toks[of].hash == H.of else { return nil }
        var countries: [(country: String, start: Int, end: Int)] = []
        var j = of + 1
        while j < toks.count {
            if toks[j].hash == People.the { j += 1 }
            guard j < toks.count, toks[j].capitalized,
                  let n = stride(from: min(4, toks.count - j), through: 1, by: -1).first(where: { n in
                      toks[j + n - 1].capitalized && context.places.place(named: doc.span(s, j, j + n))?.kind == .country
                  }),
                  let country = context.places.place(named: doc.span(s, j, j + n))?.country else { break }
            countries.append((country, j, j + n))
            j += n
            // "Kazakhstan, Kyrgyzstan and Uzbekistan": a comma or "and" before the next.
            if j < toks.count, toks[j].hash == H.and { j += 1; continue }
            if j < toks.count, doc.gap(s, before: j, contains: UInt8(ascii: ",")) {
                if toks[j].hash == H.and { j += 1 }
                continue
            }
            break
        }
        guard countries.count >= 2, Set(countries.map(\.country)).count == countries.count,
              let last = countries.last, last.end >= toks.count || !toks[last.end].capitalized
                || doc.gap(s, before: last.end, contains: UInt8(ascii: ",")) else { return nil }
        return (role, countries, last.end)
    }
    static let presidentsWord = Tokenizer.hash("presidents"), premiersWord = Tokenizer.hash("premiers")
    static let leadersWord = Tokenizer.hash("leaders"), primeWord = Tokenizer.hash("prime"), ministersWord = Tokenizer.hash("ministers")

    /// Nouns a demonym names a state with: "the French Republic", "the Russian Federation".
    static let stateNouns = Words.set(["republic", "federation", "confederation", "kingdom"])

    /// The office role a description's words name ("prime minister" → head of government).
    /// A country named in the possessive at token `t` ("South Korea's", "Ghana's"): its code and
    /// the token after the possessive.
    static func possessiveCountry(_ doc: Document, _ s: Int, _ t: Int, context: ExtractionContext) -> (String, Int)? {
        let toks = doc.tokens[s]
        for n in stride(from: 3, through: 1, by: -1) where t + n <= toks.count {
            guard (t..<t + n).allSatisfy({ toks[$0].capitalized }), let next = doc.afterPossessive(s, t + n - 1),
                  let p = context.places.place(named: doc.span(s, t, t + n)), p.kind == .country else { continue }
            return (p.country, next)
        }
        return nil
    }

    static func roleOf(_ toks: [Token], from: Int, to: Int) -> String? {
        for i in from..<min(to, toks.count) {
            for r in roleWords where r.phrase.count <= toks.count - i && Tokenizer.matches(r.phrase, toks, at: i) {
                return r.role
            }
        }
        return nil
    }

    /// The cast index of gazetteer leader `li`, added (first seen in sentence `s`) when new.
    static func member(_ li: Int, sentence s: Int, _ gazetteer: LeaderGazetteer, cast: inout [Member], byLeader: inout [Int: Int]) -> Int {
        if let existing = byLeader[li] { return existing }
        let leader = gazetteer.leader(at: li)
        byLeader[li] = cast.count
        // ("Joseph Aoun", then "Aoun": the family name of someone named in full.)
        var shorts = gazetteer.shortHashes(of: leader)
        if let family = gazetteer.familyNameInText(of: leader) { shorts.append(family) }
        cast.append(Member(ref: PersonRef(id: leader.id, name: leader.name, country: leader.country, known: true),
                           leader: leader, shortHashes: shorts, firstSentence: s))
        return cast.count - 1
    }

    /// Whether the style at token `t` of sentence `s` ("Sheikh", "King") comes before a
    /// capitalised word that is not the next word of any of `shorts` ("Sheikh Mishal").
    static func styleBeforeAnotherName(_ doc: Document, _ s: Int, _ t: Int, _ shorts: [[String]]) -> Bool {
        let toks = doc.tokens[s]
        guard t + 1 < toks.count, toks[t + 1].capitalized, !toks[t + 1].numeric, !doc.gap(s, before: t + 1, contains: UInt8(ascii: ",")) else { return false }
        let next = toks[t + 1].hash
        return !shorts.joined().contains { short in
            let phrase = Tokenizer.phrase(short)
            return phrase.count >= 2 && phrase[0] == toks[t].hash && phrase[1] == next
        }
    }

    /// Whether token `k` of sentence `s` stands alone in quotation marks.
    static func quoted(_ doc: Document, _ s: Int, _ k: Int) -> Bool {
        let toks = doc.tokens[s]
        guard k > 0, k + 1 < toks.count else { return false }
        func hasQuote(_ from: Int, _ to: Int) -> Bool {
            guard from < to, from >= 0, to <= doc.bytes.count else { return false }
            var i = from
            while i < to {
                let b = doc.bytes[i]
                if b == 0x22 || b == 0x27 { return true }
                // ‘ ’ “ ”
                if b == 0xE2, i + 2 < to, doc.bytes[i + 1] == 0x80, (0x98...0x9D).contains(doc.bytes[i + 2]) { return true }
                i += 1
            }
            return false
        }
        return hasQuote(toks[k - 1].end, toks[k].start) && hasQuote(toks[k].end, toks[k + 1].start)
    }

    /// The longest gazetteer name starting at token `t` of sentence `s`, as the tokens end
    /// there and the leaders it may be; failing that, the one leader whose name it is in
    /// another spelling (``LeaderGazetteer/skeletonName(_:_:at:breaks:)``). A name does not run
    /// over a comma; a nickname in quotes inside it is passed over ("Ferdinand 'Bongbong' Marcos Jr.").
    static func fullName(_ doc: Document, _ s: Int, at t: Int, _ g: LeaderGazetteer) -> (end: Int, hits: [Int])? {
        let toks = doc.tokens[s]
        guard t < toks.count, toks[t].capitalized else { return nil }
        // (A local function, not a closure in a constant: one would copy the document at every call.)
        func breaks(_ k: Int) -> Bool { doc.gap(s, before: k, contains: UInt8(ascii: ",")) }
        guard g.fullNameStarts.contains(toks[t].hash) else {
            // ("Massoud Pezeshkian": a given name spelt one letter off.)
            // ("Aleksis Cipras": every word in another transliteration.)
            let bytes = doc.bytes
            if let v = g.variantName(bytes, toks, at: t, breaks: breaks) { return (v.end, [v.leader]) }
            return g.soundName(bytes, toks, at: t, breaks: breaks).map { ($0.end, [$0.leader]) }
        }
        var key: UInt64 = 0
        var best: (end: Int, hits: [Int])?
        var k = t
        while k < toks.count, k - t < g.longestName + 1 {
            if k > t, doc.gap(s, before: k, contains: UInt8(ascii: ",")) { break }
            if k > t, k + 1 < toks.count, People.quoted(doc, s, k) {
                k += 1
                continue
            }
            key = Tokenizer.combine(key, toks[k].hash)
            if let hit = g.fullNames[key] { best = (k + 1, hit) }
            k += 1
        }
        // "Xi Jin Ping", "Li Ke Qiang": a given name of two syllables written as two words, where
        // the gazetteer writes it as one ("Jinping"). (A hyphenated one, "Jae-in", is two tokens
        // already.)
        if best == nil, t + 2 < toks.count, toks[t + 1].capitalized, toks[t + 2].capitalized, !breaks(t + 1), !breaks(t + 2),
           t + 3 >= toks.count || !toks[t + 3].capitalized || breaks(t + 3) {
            var joined: [UInt8] = []
            Fold.append(doc.bytes, toks[t + 1].start..<toks[t + 1].end, to: &joined)
            Fold.append(doc.bytes, toks[t + 2].start..<toks[t + 2].end, to: &joined)
            if let hit = g.fullNames[Tokenizer.combine(Tokenizer.combine(0, toks[t].hash), Tokenizer.wordHash(joined))] { return (t + 3, hit) }
        }
        // (Also when the name found runs on: "Abdul Hamid Al-Dbaiba" is not Bangladesh's Abdul Hamid.)
        if best.map({ $0.end < toks.count && toks[$0.end].capitalized && !breaks($0.end) }) ?? true,
           case let bytes = doc.bytes,
           let (end, leader) = g.skeletonName(bytes, toks, at: t, breaks: breaks) ?? g.soundName(bytes, toks, at: t, breaks: breaks),
           end > best?.end ?? t {
            return (end, [leader])
        }
        return best
    }

    /// The people of sentence `s` with its subject first when a pronoun stands for them
    /// ("He had talks with President Biden": the "he" of the sentence before).
    /// (And the one an object pronoun stands for: "where X met him".)
    func peopleWithSubject(in s: Int) -> [Int] {
        var named = people(in: s)
        if s < objects.count, let o = objects[s], !named.contains(o) { named.append(o) }
        guard s < subjects.count, case .person(let p) = subjects[s], !named.contains(p) else { return named }
        return [p] + named
    }

    /// The people mentioned in sentence `s`, in order, without repeats.
    func people(in s: Int) -> [Int] {
        var seen = Set<Int>()
        return mentions[s].compactMap { seen.insert($0.person).inserted ? $0.person : nil }
    }
}
