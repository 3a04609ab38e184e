import Foundation

/// What a record's occasion says, reduced to what can be compared across outlets:
/// the gathering a meeting was on the sidelines of, or the level of a visit and the
/// country visited. Two reports of one meeting never disagree on these; two meetings
/// of the same people often do (a state visit one year, a summit's sidelines the next).
struct OccasionKey: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// On the sidelines of a gathering: its name's folded words, venue dropped.
        case sidelines([Substring])
        /// A visit of a given level, and the country visited when the text says.
        case visit(level: String, country: String?)
    }
    let kind: Kind

    static let visitLevels = ["official friendship visit", "official goodwill visit", "state-level visit", "state visit", "official visit", "working visit"]
    static let sidelineCues = ["sidelines of ", "sideline of ", "margins of "]

    /// Parses a record's occasion; `nil` when it is neither form. The country of a visit
    /// counts only when the text states the place: otherwise it may come from a dateline,
    /// which says where the report was filed, not where the leaders met.
    init?(_ record: MeetingRecord) {
        self.init(record.occasion, placeStated: record.placeRule == "stated")
    }

    /// Parses an occasion as the extractor writes it; `nil` when it is neither form.
    init?(_ occasion: String?, placeStated: Bool = true) {
        guard let occasion else { return nil }
        let k = Fold.key(occasion)
        if let cue = OccasionKey.sidelineCues.lazy.compactMap({ k.range(of: $0) }).first {
            var words = k[cue.upperBound...].split(separator: " ")
            if words.first == "the" { words.removeFirst() }
            // "… summit at the Presidential Complex": the venue is not the gathering's name.
            if let at = words.firstIndex(of: "at") { words = Array(words[..<at]) }
            guard !words.isEmpty else { return nil }
            kind = .sidelines(words)
            return
        }
        for level in OccasionKey.visitLevels {
            guard let r = k.range(of: level) else { continue }
            let rest = k[r.upperBound...]
            var country: String?
            if let to = rest.range(of: " to ") {
                let c = rest[to.upperBound...].trimmingCharacters(in: .whitespaces)
                if !c.isEmpty { country = c }
            }
            kind = .visit(level: level, country: placeStated ? country : nil)
            return
        }
        return nil
    }

    /// Whether two occasions can be the same meeting's: the same gathering (one name may
    /// be a shortened form of the other) or a visit of the same level to the same country.
    func agrees(with other: OccasionKey) -> Bool {
        switch (kind, other.kind) {
        case let (.sidelines(a), .sidelines(b)):
            let n = min(a.count, b.count)
            return a.prefix(n) == b.prefix(n)
        case let (.visit(l1, c1), .visit(l2, c2)):
            guard l1 == l2 else { return false }
            if let c1, let c2 { return c1 == c2 }
            return true
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
struct ContentWeights: Sendable {
    private var frequency = HashMap64<Int32>(capacity: 1024)
    private let total: Double

    init(_ records: [MeetingRecord]) {
        total = Double(records.count + 1)
        for r in records {
            for h in r.fingerprint { frequency[h] = (frequency[h] ?? 0) + 1 }
        }
    }

    /// The weight of one hash: the log of how rare it is among the records.
    func weight(_ h: UInt64) -> Double {
        let df = Double(frequency[h] ?? 0)
        return log(total / (df + 1)) + 0.1
    }

    /// The share of `fingerprint`'s weight found in `content` (both sorted).
    func share(of fingerprint: [UInt64], in content: [UInt64]) -> Double {
        var i = 0, j = 0
        var shared = 0.0, all = 0.0
        while i < fingerprint.count {
            let h = fingerprint[i]
            let w = weight(h)
            all += w
            while j < content.count && content[j] < h { j += 1 }
            if j < content.count && content[j] == h { shared += w }
            i += 1
        }
        return all > 0 ? shared / all : 0
    }
}
