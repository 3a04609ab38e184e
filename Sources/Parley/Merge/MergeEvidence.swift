import Foundation

/// What a record's occasion says, reduced to what can be compared across outlets:
/// the gathering a meeting was on the sidelines of, or the level of a visit and the
/// country visited. Two reports of one meeting never disagree on these; two meetings
/// of the same people often do (a state visit one year, a summit's sidelines the next).
struct OccasionKey: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// On the sidelines of a gathering: hashes of its name's folded words, venue dropped.
        case sidelines([UInt64])
        /// A visit of a given level, and (a hash of) the country visited when the text says.
        case visit(level: Int, country: UInt64?)
    }
    let kind: Kind
    /// Hashes of the initials of runs of the gathering's words ("asia-pacific economic
    /// cooperation" gives "apec"), three letters or more: an acronym another outlet may use.
    let acronyms: Set<UInt64>

    static let visitLevels = ["official friendship visit", "official goodwill visit", "state-level visit", "state visit", "official visit", "working visit"]
    static let sidelineCues = ["sidelines of ", "sideline of ", "margins of "]
    /// The level of a working visit in ``visitLevels``: the one level not a formal visit's.
    static let workingLevel = visitLevels.firstIndex(of: "working visit") ?? -1

    /// Parses a record's occasion; `nil` when it is neither form. The country of a visit
    /// counts only when the text states the place: otherwise it may come from a dateline,
    /// which says where the report was filed, not where the leaders met.
    init?(_ record: MeetingRecord) {
        self.init(record.occasion, placeStated: record.placeRule == "stated")
    }

    /// Parses an occasion as the extractor writes it; `nil` when it is neither form.
    init?(_ occasion: String?, placeStated: Bool = true) {
        guard let occasion else { return nil }
        let k = Array(Fold.key(occasion).utf8)
        if let cue = OccasionKey.sidelineCueBytes.lazy.compactMap({ OccasionKey.end(of: $0, in: k) }).first {
            // Words without their brackets and commas: "(APEC)" is "apec".
            var spelled = k[cue...].split(separator: UInt8(ascii: " ")).map { w in
                w.filter { TextScan.isDigit($0) || TextScan.isLower($0) || $0 == UInt8(ascii: "-") || $0 >= 0x80 }
            }
            if spelled.first.map({ OccasionKey.hash($0[...]) }) == OccasionKey.the { spelled.removeFirst() }
            // "the 22nd meeting of the Council of Heads of State": a gathering's number names no
            // gathering of its own; the words around it do.
            spelled.removeAll(where: OccasionKey.isOrdinal)
            // "… summit at the Presidential Complex": the venue is not the gathering's name.
            if let at = spelled.firstIndex(where: { OccasionKey.hash($0[...]) == OccasionKey.at }) { spelled = Array(spelled[..<at]) }
            guard !spelled.isEmpty else { return nil }
            kind = .sidelines(spelled.map { OccasionKey.hash($0[...]) })
            acronyms = OccasionKey.acronyms(of: spelled)
            return
        }
        for (level, bytes) in OccasionKey.levelBytes.enumerated() {
            guard let end = OccasionKey.end(of: bytes, in: k) else { continue }
            var country: UInt64?
            if placeStated, let to = OccasionKey.end(of: OccasionKey.toBytes, in: k, from: end) {
                let name = k[to...].split(separator: UInt8(ascii: " "))
                if !name.isEmpty { country = OccasionKey.hash(Array(name.joined(separator: [UInt8(ascii: " ")]))[...]) }
            }
            kind = .visit(level: level, country: country)
            acronyms = []
            return
        }
        return nil
    }

    /// The initials of every run of up to eight words, each part of a hyphenated word counted
    /// and the small words of a name skipped ("Shanghai Cooperation Organisation" gives "sco"),
    /// three letters or more.
    static func acronyms(of words: [[UInt8]]) -> Set<UInt64> {
        var found = Set<UInt64>()
        for i in words.indices {
            var letters: [UInt8] = []
            for w in words[i..<min(words.count, i + 8)] {
                for part in w.split(separator: UInt8(ascii: "-")) where !OccasionKey.smallWords.contains(OccasionKey.hash(part)) {
                    if let first = part.first, TextScan.isLower(first) { letters.append(first) }
                }
                if letters.count >= 3 { found.insert(hash(letters[...])) }
            }
        }
        return found
    }
    static let smallWords: Set<UInt64> = Set(["of", "and", "the", "for", "on", "in"].map { hash(Array($0.utf8)[...]) })

    /// Whether a word is a number in figures with an ordinal's ending: "22nd", "15th", "1st".
    static func isOrdinal(_ word: [UInt8]) -> Bool {
        guard word.count >= 3, let first = word.first, TextScan.isDigit(first) else { return false }
        let ending = word.suffix(2)
        return word.dropLast(2).allSatisfy(TextScan.isDigit) && OccasionKey.ordinalEndings.contains(Array(ending))
    }
    static let ordinalEndings: [[UInt8]] = ["st", "nd", "rd", "th"].map { Array($0.utf8) }

    /// FNV-1a over a word's bytes.
    static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }
    static let the = hash(Array("the".utf8)[...])
    /// Words many gatherings' names share: no sign that two names are one gathering's.
    static let genericWords: Set<UInt64> = Set([
        "the", "of", "and", "a", "an", "in", "on", "at", "for", "to", "with", "summit", "meeting", "meetings", "leaders",
        "leaders'", "economic", "cooperation", "annual", "conference", "forum", "session", "general", "high-level", "week",
        "un", "united", "nations", "world", "international", "global", "heads", "state", "government", "council",
        "here", "which", "that", "was", "were", "is", "lasted", "held", "under", "an", "hour", "minutes", "its", "their",
        "first", "second", "third", "this", "year", "year's", "day", "days", "last", "next", "new", "group",
    ].map { hash(Array($0.utf8)[...]) })
    static let at = hash(Array("at".utf8)[...])
    /// Words that describe a gathering without naming it, beside ``genericWords`` ("a regional
    /// summit"). (Not words that also stand in names: "security" in "UN Security Council".)
    static let descriptiveWords: Set<UInt64> = Set(["regional", "multilateral", "gathering", "bloc", "bloc's", "grouping",
                                                    "major", "big", "key", "two-day", "three-day"].map { hash(Array($0.utf8)[...]) })

    /// Whether a gathering's words describe it rather than name it: made only of words many
    /// names share ("a regional summit", "the summit").
    static func described(_ words: [UInt64]) -> Bool {
        words.allSatisfy { genericWords.contains($0) || descriptiveWords.contains($0) }
    }

    static let sidelineCueBytes = sidelineCues.map { Array($0.utf8) }
    static let levelBytes = visitLevels.map { Array($0.utf8) }
    static let toBytes = Array(" to ".utf8)

    /// The index just past the first occurrence of `needle` in `hay` at or after `from`.
    static func end(of needle: [UInt8], in hay: [UInt8], from: Int = 0) -> Int? {
        TextScan.range(of: needle, in: hay, within: from..<hay.count)?.upperBound
    }


    /// Whether two occasions can be the same meeting's: the same gathering (one name may
    /// be a shortened form of the other) or a visit to the same country, whatever level
    /// each outlet gives it (of the same level when one does not name the country).
    func agrees(with other: OccasionKey) -> Bool {
        switch (kind, other.kind) {
        case let (.sidelines(a), .sidelines(b)):
            let n = min(a.count, b.count)
            if a.prefix(n) == b.prefix(n) { return true }
            // "APEC", "the 29th APEC Economic Leaders' Meeting", "the Asia-Pacific Economic
            // Cooperation (APEC) summit": one gathering when they share a word of its own name.
            // "a regional summit", "the summit": a gathering described, not named, is no sign
            // against any name.
            if OccasionKey.described(a) || OccasionKey.described(b) { return true }
            let own = Set(a).subtracting(OccasionKey.genericWords)
            if b.contains(where: { own.contains($0) }) { return true }
            // "the Asia-Pacific Economic Cooperation forum" and "the 32nd APEC Economic Leaders'
            // Meeting": one name written out, the other by its initials.
            // (Not a common word the initials happen to spell: "new", "the".)
            return b.contains { acronyms.contains($0) && !OccasionKey.genericWords.contains($0) }
                || a.contains { other.acronyms.contains($0) && !OccasionKey.genericWords.contains($0) }
        case let (.visit(l1, c1), .visit(l2, c2)):
            // Outlets name one visit's level differently ("state visit", "official visit", a
            // translation's "official visit of two days"): where both name the country visited,
            // it decides; otherwise a formal visit of any level is one, a working visit another.
            if let c1, let c2 { return c1 == c2 }
            return l1 == l2 || (l1 != OccasionKey.workingLevel && l2 != OccasionKey.workingLevel)
        default:
            return false
        }
    }

    /// Whether the occasion names something specific (a gathering, or a visit to a named country).
    var isSpecific: Bool {
        switch kind {
        case .sidelines: return true
        case .visit(_, let country): return country != nil
        }
    }
}

/// How telling each content hash is: rare hashes (an amount, an agreement's own words)
/// weigh more than common ones (a year many reports mention). Counted over the records
/// merged together, so the weights depend only on the set of records, not their order.
/// Only the frequencies are kept: a weight is computed when a record is scored, which
/// only the few records that need content to be placed ever are.
struct ContentWeights: Sendable {
    private let frequency: HashMap64<Int32>
    private let total: Double

    init(_ records: [MeetingRecord]) {
        var frequency = HashMap64<Int32>(capacity: 1024)
        for i in records.indices {
            for h in records[i].fingerprint { frequency[h] = (frequency[h] ?? 0) + 1 }
        }
        self.frequency = frequency
        total = Double(records.count + 1)
    }

    private func weight(_ h: UInt64) -> Double { log(total / (Double(frequency[h] ?? 0) + 1)) + 0.1 }

    /// The weight of each hash of a fingerprint, in its order.
    func weights(of fingerprint: [UInt64]) -> [Double] { fingerprint.map(weight) }

    /// The share of a record's weighted fingerprint found in `content`.
    func share(of fingerprint: [UInt64], in content: HashSet64) -> Double {
        var shared = 0.0, all = 0.0
        for h in fingerprint {
            let w = weight(h)
            all += w
            if content.contains(h) { shared += w }
        }
        return all > 0 ? shared / all : 0
    }

    /// The share of a record's weighted fingerprint found in another sorted fingerprint.
    func share(of fingerprint: [UInt64], inSorted other: [UInt64]) -> Double {
        var j = 0
        var shared = 0.0, all = 0.0
        for h in fingerprint {
            let w = weight(h)
            all += w
            while j < other.count && other[j] < h { j += 1 }
            if j < other.count && other[j] == h { shared += w }
        }
        return all > 0 ? shared / all : 0
    }
}
