/// A word of a text as comparison sees it: where it stands, its folded and
/// normalised forms as hashes, and what kind of number it is, if any.
struct WordToken: Sendable {
    /// Start byte offset in the text.
    var start: Int
    /// End byte offset (exclusive).
    var end: Int
    /// Hash of the folded word (`Tokenizer.wordHash`, the same as `Tokenizer.hash`).
    var hash: UInt64
    /// The hash of the word after British spellings are folded to American ones and a light stemming.
    var stem: UInt64
    /// What the word stands for when comparing: its stem, or a terminology referent
    /// for the first word of a term (`0` for the other words of the term).
    var concept: UInt64
    /// A function word or a reporting verb: no weight when comparing content.
    var isStop: Bool
    /// Starts with a capital letter.
    var capitalized: Bool
    /// Written in capitals only (`DOC`, `BRI`).
    var allCaps: Bool
    /// The value of a number written in digits or words.
    var number: Double?
    /// `75th`, `second`: an ordinal, which must agree for two texts to tell the same thing.
    var ordinal: Bool
    /// A year (four digits from 1800 to 2100).
    var year: Bool
}

extension Tokenizer {
    /// The hashes of folded words, for building sets.
    static func hashes(_ words: [String]) -> [UInt64] { words.map { hash($0) } }
}

/// Turns text into ``WordToken``s on UTF-8 bytes, folding case, diacritics and British
/// and American spellings, stemming lightly, and mapping terminology to referents.
struct Lexicon: Sendable {
    /// Folded British spelling hash → folded American bytes.
    let spelling: [UInt64: [UInt8]]
    /// Function words and reporting verbs, by folded hash.
    let stops: Set<UInt64>
    /// Terms from the terminology groups.
    let terms: TermMatcher
    /// The terminology it was built from.
    let terminology: Terminology

    /// Stem hash → the concept of its family of near-synonyms (``paraphraseFamilies``).
    let paraphrase: [UInt64: UInt64]

    static let bundled = Lexicon(terminology: .bundled, spellings: .bundled)

    init(terminology: Terminology, spellings: Spellings) {
        var map: [UInt64: [UInt8]] = [:]
        for p in spellings.pairs {
            map[Tokenizer.hash(p[0])] = Array(Fold.key(p[1]).utf8)
        }
        spelling = map
        stops = Set(Lexicon.stopWords.map { Tokenizer.hash($0) })
        self.terminology = terminology
        terms = TermMatcher(terminology: terminology, spelling: map, stops: stops)
        var families: [UInt64: UInt64] = [:]
        for family in Lexicon.paraphraseFamilies {
            guard let head = family.first else { continue }
            let concept = Lexicon.hash(Array(("~" + head).utf8))
            for word in family {
                let folded = Array(Fold.key(word).utf8)
                families[Lexicon.stemmed(map[Lexicon.hash(folded)] ?? folded)] = concept
            }
        }
        paraphrase = families
    }

    /// Words that outlets use for one another when they tell the same outcome
    /// ("bolster" / "strengthen" / "deepen" ties; "upgrade" / "modernize" a structure;
    /// "12 documents" / "12 agreements"). Only for deciding whether two tellings are one
    /// outcome: comparison and terminology keep the words apart.
    static let paraphraseFamilies: [[String]] = [
        ["strengthen", "bolster", "reinforce", "enhance", "boost", "deepen", "intensify", "consolidate", "solidify", "fortify"],
        ["improve", "improvement", "upgrade", "modernize", "modernization", "update", "revamp", "overhaul", "refine"],
        ["structure", "framework", "architecture", "mechanism"],
        ["expand", "expansion", "broaden", "widen", "enlarge"],
        ["cooperation", "cooperate", "collaboration", "collaborate"],
        ["defense", "military"],
        ["relations", "relationship", "ties"],
        ["document", "agreement", "deal", "accord", "pact", "instrument"],
        ["establish", "establishment", "create", "creation", "launch"],
        ["dialogue", "talks", "consultation", "consultations"],
        ["resume", "resumption", "restore", "restoration", "reopen", "restart"],
        ["trade", "commerce", "commercial"],
        ["promote", "promotion", "advance", "foster", "facilitate", "spur"],
        ["support", "assist", "assistance", "help", "aid"],
        ["capability", "capacity", "capabilities", "capacities"],
        ["economic", "economy", "economies"],
        ["ceasefire", "truce", "armistice"],
        ["war", "conflict", "hostilities", "fighting"],
        ["visit", "trip", "tour"],
        ["sign", "ink"],
        ["partnership", "partner"],
        ["level", "tier", "rank"],
    ]

    static let stopWords: [String] = [
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "with", "by", "from", "into",
        "onto", "upon", "about", "as", "than", "that", "this", "these", "those", "which", "who", "whom", "whose", "what",
        "when", "where", "while", "whether", "it", "its", "he", "she", "him", "her", "his", "hers", "they", "them",
        "their", "theirs", "we", "us", "our", "you", "your", "i", "me", "my", "is", "are", "was", "were", "be", "been",
        "being", "has", "have", "had", "having", "do", "does", "did", "will", "would", "shall", "should", "can", "could",
        "may", "might", "must", "not", "no", "so", "also", "very", "such", "there", "here", "then", "thus", "both",
        "each", "other", "others", "all", "any", "some", "more", "most", "over", "under", "after", "before", "during",
        "since", "until", "between", "among", "against", "through", "via", "per", "within", "without", "including",
        "said", "says", "say", "told", "tell", "noted", "note", "added", "add", "stated", "state's", "stressed",
        "emphasised", "emphasized", "affirmed", "reaffirmed", "expressed", "highlighted", "underlined", "according",
        "mr", "ms", "mrs", "dr", "s", "t", "just", "only", "well", "further", "furthermore", "additionally", "however",
        "meanwhile", "moreover", "earlier", "later", "yet", "still", "even", "because", "if", "though", "although",
        "up", "out", "off", "down", "same", "own", "too", "again", "once", "how", "why", "whereas", "which", "first",
        "across", "toward", "towards", "beyond", "despite", "amid", "along", "around", "behind", "near", "throughout",
    ]

    /// Folded bytes of `b[range]`, appended to `out` after clearing it.
    @inline(__always)
    static func fold(_ b: [UInt8], _ range: Range<Int>, into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        Fold.append(b, range, to: &out)
    }

    @inline(__always)
    static func hash(_ bytes: [UInt8]) -> UInt64 { Tokenizer.wordHash(bytes) }

    /// Whether the scalar at `i` is a letter or digit (part of a word).
    @inline(__always)
    static func isWordScalar(_ b: [UInt8], _ i: Int) -> (Bool, Int) {
        let c = b[i]
        if c < 0x80 {
            return ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || (c >= 0x30 && c <= 0x39), 1)
        }
        let (v, n) = TextScan.scalar(b, at: i)
        guard let s = Unicode.Scalar(v) else { return (false, n) }
        return (s.properties.isAlphabetic || s.properties.numericType != nil, n)
    }

    /// The words of `b[range]`. Hyphens, slashes and typographic punctuation split
    /// words; a possessive `'s` is dropped; digits joined by `.` or `,` make one number.
    func tokens(_ b: [UInt8], _ range: Range<Int>) -> [WordToken] {
        var out: [WordToken] = []
        out.reserveCapacity(range.count / 5)
        var folded = [UInt8]()
        var i = range.lowerBound
        let end = min(range.upperBound, b.count)
        while i < end {
            let (isWord, n) = Lexicon.isWordScalar(b, i)
            guard isWord else { i += n; continue }
            let start = i
            var j = i
            var allDigits = true
            var upperCount = 0
            var letterCount = 0
            while j < end {
                let d = b[j]
                if d < 0x80 {
                    if (d | 0x20) >= 0x61 && (d | 0x20) <= 0x7A {
                        allDigits = false
                        letterCount += 1
                        if d < 0x61 { upperCount += 1 }
                        j += 1
                        continue
                    }
                    if d >= 0x30 && d <= 0x39 { j += 1; continue }
                    // 22.8, 1,000: digits on both sides.
                    if (d == 0x2E || d == 0x2C), allDigits, j > start, j + 1 < end, TextScan.isDigit(b[j + 1]) { j += 1; continue }
                    if d == 0x27, j + 1 < end, !allDigits {
                        if (b[j + 1] | 0x20) == 0x73, j + 2 >= end || !Lexicon.isWordScalar(b, j + 2).0 { break }
                        if (b[j + 1] | 0x20) >= 0x61 && (b[j + 1] | 0x20) <= 0x7A { j += 1; continue }
                    }
                    break
                }
                // ’ (U+2019) inside a word: possessive or elision.
                if d == 0xE2, j + 2 < end, b[j + 1] == 0x80, b[j + 2] == 0x99, !allDigits {
                    if j + 3 < end, (b[j + 3] | 0x20) == 0x73, j + 4 >= end || !Lexicon.isWordScalar(b, j + 4).0 { break }
                    if j + 3 < end, (b[j + 3] | 0x20) >= 0x61 && (b[j + 3] | 0x20) <= 0x7A { j += 3; continue }
                    break
                }
                let (w, len) = Lexicon.isWordScalar(b, j)
                guard w else { break }
                allDigits = false
                letterCount += 1
                j += len
            }
            Lexicon.fold(b, start..<j, into: &folded)
            let hash = Lexicon.hash(folded)
            var token = WordToken(start: start, end: j, hash: hash, stem: hash, concept: hash, isStop: stops.contains(hash),
                                  capitalized: Lexicon.isUpperStart(b, start), allCaps: letterCount >= 2 && upperCount == letterCount,
                                  number: nil, ordinal: false, year: false)
            if allDigits {
                var digits = folded
                digits.removeAll { $0 == 0x2C }
                if let v = Double(String(decoding: digits, as: UTF8.self)) {
                    token.number = v
                    token.year = folded.count == 4 && v >= 1800 && v <= 2100
                }
                token.isStop = false
            } else if let v = Words.numbers[hash] {
                token.number = Double(v)
                // "one", "two": in every report of a bilateral meeting ("the two sides").
                token.isStop = v < 3
            } else if let v = Lexicon.ordinalWords[hash] {
                token.number = Double(v)
                token.ordinal = true
            } else if let v = Lexicon.digitOrdinal(folded) {
                token.number = Double(v)
                token.ordinal = true
                token.isStop = false
            }
            let s = stem(folded, hash: hash)
            token.stem = s
            if let v = token.number {
                let written = v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
                token.concept = Lexicon.hash(Array(((token.ordinal ? "#" : "=") + written).utf8))
            } else {
                token.concept = s
            }
            out.append(token)
            // Skip a possessive 's (or ’s) after the word.
            var next = j
            if j + 1 < end, b[j] == 0x27, (b[j + 1] | 0x20) == 0x73 { next = j + 2 }
            if j + 3 < end, b[j] == 0xE2, b[j + 1] == 0x80, b[j + 2] == 0x99, (b[j + 3] | 0x20) == 0x73 { next = j + 4 }
            i = max(next, i + 1)
        }
        return out
    }

    static func isUpperStart(_ b: [UInt8], _ i: Int) -> Bool {
        let c = b[i]
        if c < 0x80 { return c >= 0x41 && c <= 0x5A }
        return Unicode.Scalar(TextScan.scalar(b, at: i).value)?.properties.isUppercase ?? false
    }

    static let ordinalWords: [UInt64: Int] = Dictionary(uniqueKeysWithValues: [
        ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6), ("seventh", 7),
        ("eighth", 8), ("ninth", 9), ("tenth", 10), ("eleventh", 11), ("twelfth", 12), ("twentieth", 20),
    ].map { (Tokenizer.hash($0.0), $0.1) })

    /// `75th`, `1st`, `22nd`, `3rd`.
    static func digitOrdinal(_ f: [UInt8]) -> Int? {
        guard f.count >= 3 else { return nil }
        let suffix = f.suffix(2)
        guard suffix == [0x74, 0x68] || suffix == [0x73, 0x74] || suffix == [0x6E, 0x64] || suffix == [0x72, 0x64] else { return nil }
        var v = 0
        for d in f.dropLast(2) {
            guard d >= 0x30 && d <= 0x39 else { return nil }
            v = v * 10 + Int(d - 0x30)
            if v > 100_000 { return nil }
        }
        return v
    }

    /// The hash of a word's normal form: American spelling, a light suffix stemming
    /// (`exchanges` → `exchang`, `elevating` → `elevat`, `cooperation` → `cooper`).
    func stem(_ folded: [UInt8], hash: UInt64) -> UInt64 {
        Lexicon.stemmed(spelling[hash] ?? folded)
    }

    /// The hash of folded, American-spelled bytes after the light stemming.
    static func stemmed(_ word: [UInt8]) -> UInt64 {
        var w = word
        guard w.count > 3, w.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return hash(w) }
        stemInPlace(&w)
        return hash(w)
    }

    static func stemInPlace(_ w: inout [UInt8]) {
        func ends(_ s: StaticString) -> Bool {
            let n = s.utf8CodeUnitCount
            guard w.count >= n else { return false }
            return s.withUTF8Buffer { p in
                for k in 0..<n where w[w.count - n + k] != p[k] { return false }
                return true
            }
        }
        func drop(_ n: Int, keeping min: Int = 3) -> Bool {
            guard w.count - n >= min else { return false }
            w.removeLast(n)
            return true
        }
        // Plurals and third persons.
        if ends("ies"), w.count > 4 {
            w.removeLast(3); w.append(0x79)
        } else if ends("ied"), w.count > 4 {
            w.removeLast(3); w.append(0x79)
        } else if ends("s"), !ends("ss"), !ends("us"), !ends("is"), w.count > 3 {
            w.removeLast()
        }
        // Derivations and tenses.
        var cut = false
        if ends("ation") { cut = drop(5) }
        if !cut, ends("ating") { cut = drop(5) }
        if !cut, ends("ated") { cut = drop(4) }
        if !cut, ends("ate") { cut = drop(3) }
        if !cut, ends("ing") { cut = drop(3) }
        if !cut, ends("ed") { cut = drop(2) }
        if cut, w.count >= 4, let last = w.last, w[w.count - 2] == last,
           last != UInt8(ascii: "l"), last != UInt8(ascii: "s"), last != UInt8(ascii: "z"),
           !"aeiou".utf8.contains(last) {
            w.removeLast()
        }
        if ends("e"), w.count > 3 { w.removeLast() }
    }

    /// Tokens with terminology applied: the first word of each term found takes the
    /// referent's concept and the term's other words are absorbed (concept `0`).
    /// `countries` decides terms whose sense depends on the outlet (`East Sea`).
    func conceptTokens(_ b: [UInt8], _ range: Range<Int>, countries: Set<String>) -> ([WordToken], [TermMatch]) {
        var toks = tokens(b, range)
        let found = terms.matches(toks, countries: countries, nested: false)
        for m in found {
            toks[m.tokens.lowerBound].concept = terms.referentConcept[m.group]
            toks[m.tokens.lowerBound].isStop = false
            for k in m.tokens.dropFirst() { toks[k].concept = 0 }
        }
        return (toks, found)
    }

    /// The words of a string, without terminology.
    func tokens(_ text: String) -> [WordToken] {
        let b = Array(text.utf8)
        return tokens(b, 0..<b.count)
    }
}

/// A term of a terminology group found in a text.
struct TermMatch: Sendable {
    /// The group.
    var group: Int
    /// The token indices the term covers.
    var tokens: Range<Int>
    /// Byte range of the term in the text.
    var bytes: Range<Int>
}

/// Finds terminology terms in token streams: in order, and for terms of two or
/// more content words also with the words reordered around a preposition
/// (`Russia's war against Ukraine` for `Russia-Ukraine war`).
struct TermMatcher: Sendable {
    struct Entry: Sendable {
        var group: Int
        var stems: [UInt64]
        var content: Set<UInt64>
        var acronym: Bool
        var countries: Set<String>?
    }

    var entries: [Entry] = []
    var byFirst: [UInt64: [Int]] = [:]
    var byContent: [UInt64: [Int]] = [:]
    var referentConcept: [UInt64] = []
    static let fillers = Words.set(["of", "in", "against", "on", "the", "with", "over", "for"])

    init(terminology: Terminology, spelling: [UInt64: [UInt8]], stops: Set<UInt64>) {
        let plain = Lexicon(spellingOnly: spelling, stops: stops)
        for (g, group) in terminology.groups.enumerated() {
            referentConcept.append(Lexicon.hash(Array(("§" + Fold.key(group.referent)).utf8)))
            var contexts: [String: Set<String>] = [:]
            for (term, codes) in group.context ?? [:] { contexts[Fold.key(term)] = Set(codes) }
            for term in group.terms {
                let toks = plain.tokens(term)
                guard !toks.isEmpty else { continue }
                let letters = term.unicodeScalars.filter { $0.properties.isAlphabetic }
                let acronym = letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase } && toks.count == 1
                let entry = Entry(group: g, stems: toks.map(\.stem), content: Set(toks.filter { !$0.isStop }.map(\.stem)),
                                  acronym: acronym, countries: contexts[Fold.key(term)])
                let index = entries.count
                entries.append(entry)
                if let first = entry.stems.first { byFirst[first, default: []].append(index) }
                if entry.content.count >= 2 { for c in entry.content { byContent[c, default: []].append(index) } }
            }
        }
    }

    /// Countries that let every term count, whatever its context (for queries).
    static let anyCountry: Set<String> = ["*"]

    func allowed(_ e: Entry, _ countries: Set<String>) -> Bool {
        guard let c = e.countries, !countries.contains("*") else { return true }
        return !c.isDisjoint(with: countries)
    }

    /// The terms in `toks`, longest first at each position, not overlapping, with the
    /// terms nested one level inside them (`East Sea` inside `Declaration on the
    /// Conduct of Parties in the East Sea`) when `nested` is set.
    func matches(_ toks: [WordToken], countries: Set<String>, nested: Bool) -> [TermMatch] {
        let outer = matches(toks, countries: countries, in: 0..<toks.count, maxLength: Int.max)
        guard nested else { return outer }
        var out: [TermMatch] = []
        for m in outer {
            out.append(m)
            if m.tokens.count >= 2 {
                out += matches(toks, countries: countries, in: m.tokens, maxLength: m.tokens.count - 1).filter { $0.group != m.group }
            }
        }
        return out
    }

    /// The terms in `toks[range]` no longer than `maxLength` words, longest first at each position.
    func matches(_ toks: [WordToken], countries: Set<String>, in range: Range<Int>, maxLength: Int) -> [TermMatch] {
        var out: [TermMatch] = []
        var i = range.lowerBound
        let end = min(range.upperBound, toks.count)
        while i < end {
            var best: (len: Int, group: Int)?
            if let candidates = byFirst[toks[i].stem] {
                for c in candidates {
                    let e = entries[c]
                    guard e.stems.count <= end - i, e.stems.count <= maxLength, e.stems.count > (best?.len ?? 0) else { continue }
                    var ok = true
                    for k in 0..<e.stems.count where toks[i + k].stem != e.stems[k] { ok = false; break }
                    if ok, e.acronym, !toks[i].allCaps { ok = false }
                    if ok, allowed(e, countries) { best = (e.stems.count, e.group) }
                }
            }
            if let candidates = byContent[toks[i].stem] {
                for c in candidates {
                    let e = entries[c]
                    var seen = Set<UInt64>()
                    var j = i
                    let limit = min(end, i + min(e.stems.count + 2, maxLength))
                    while j < limit {
                        let s = toks[j].stem
                        if e.content.contains(s) { seen.insert(s) } else if !TermMatcher.fillers.contains(toks[j].hash) { break }
                        j += 1
                        if seen.count == e.content.count { break }
                    }
                    if seen.count == e.content.count, j - i > (best?.len ?? 0), allowed(e, countries) { best = (j - i, e.group) }
                }
            }
            if let b = best {
                out.append(TermMatch(group: b.group, tokens: i..<(i + b.len), bytes: toks[i].start..<toks[i + b.len - 1].end))
                i += b.len
            } else {
                i += 1
            }
        }
        return out
    }
}

extension Lexicon {
    /// A lexicon without terminology, used to read the terms themselves.
    init(spellingOnly: [UInt64: [UInt8]], stops: Set<UInt64>) {
        spelling = spellingOnly
        self.stops = stops
        terminology = Terminology(groups: [])
        terms = TermMatcher()
        paraphrase = [:]
    }
}

extension TermMatcher {
    init() {}
}
