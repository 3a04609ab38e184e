import Foundation

/// Puts together the tellings of one outcome by the reports of one meeting.
///
/// Two tellings from different reports are one outcome when the content words they
/// share (stemmed, terminology folded: "Belt and Road" ≈ "BRI"), each weighted by how
/// rare it is among the meeting's outcomes, make a large part of both, or nearly all
/// of the shorter one. Candidate pairs come from an inverted index of the words, so the
/// work grows with the pairs that share something; the best pairs join first, and an
/// outcome never takes two tellings of one report.
struct AgreementGrouping {
    static let minimumDice = 0.42
    static let minimumCover = 0.62
    static let minimumShared = 2
    /// A word held by more tellings than this share of them is common and finds no candidates.
    static let commonShare = 0.5
    /// The least likeness of a pair that is each telling's best match in the other's report.
    static let mutualDice = 0.25
    /// How much a shared count weighs more than a shared word.
    static let countWeight = 2.5

    /// How much a likeness counts when the two tellings credit different people.
    static let otherActor = 0.6

    let lexicon: Lexicon

    /// Whether both tellings credit someone, and not the same person.
    static func otherCredit(_ a: Agreement, _ b: Agreement) -> Bool {
        guard let x = a.by, let y = b.by else { return false }
        return x.id != y.id
    }

    /// One outcome per group of tellings, in the order of their first telling.
    /// `tellings` are in report order.
    func group(_ tellings: [Agreement]) -> [MeetingAgreement] {
        guard !tellings.isEmpty else { return [] }
        let reports = Set(tellings.map(\.evidence.report))
        guard reports.count > 1 else { return tellings.map { MeetingAgreement.single($0) } }
        // Content concepts of each telling, without repeats.
        var words: [[UInt64]] = []
        words.reserveCapacity(tellings.count)
        var df: [UInt64: Int] = [:]
        var counts = Set<UInt64>()
        for t in tellings {
            var have = Set<UInt64>()
            var w: [UInt64] = []
            for tok in lexicon.tokens(t.text) where tok.concept != 0 && !tok.isStop && !tok.year {
                if have.insert(tok.concept).inserted { w.append(tok.concept) }
                if let v = tok.number, v >= 3, !tok.ordinal { counts.insert(tok.concept) }
            }
            for c in w { df[c, default: 0] += 1 }
            words.append(w)
        }
        let n = Double(tellings.count)
        // A shared count ("45 documents") weighs more than a shared word.
        func weight(_ c: UInt64) -> Double {
            log(1 + n / Double(max(1, df[c] ?? 1))) * (counts.contains(c) ? AgreementGrouping.countWeight : 1)
        }
        func plainWeight(_ c: UInt64) -> Double { log(1 + n / Double(max(1, df[c] ?? 1))) }
        let totals = words.map { $0.reduce(0) { $0 + plainWeight($1) } }
        let limit = max(3, Int(n * AgreementGrouping.commonShare))
        var postings: [UInt64: [Int]] = [:]
        for (i, w) in words.enumerated() { for c in w where (df[c] ?? 0) <= limit { postings[c, default: []].append(i) } }
        let report = tellings.map(\.evidence.report)
        struct Candidate { var i: Int, j: Int, dice: Double, cover: Double, words: Int, rare: Int }
        var candidates: [Candidate] = []
        var shared: [Int: (Double, Int)] = [:]
        for i in tellings.indices {
            shared.removeAll(keepingCapacity: true)
            for c in words[i] {
                guard let list = postings[c] else { continue }
                let w = weight(c)
                for j in list where j > i && report[j] != report[i] {
                    let old = shared[j] ?? (0, 0)
                    shared[j] = (old.0 + w, old.1 + 1)
                }
            }
            for (j, (s, rare)) in shared {
                // Common words count too once rare ones make the pair a candidate.
                var total = s
                var k = rare
                let other = Set(words[j])
                for c in words[i] where (df[c] ?? 0) > limit && other.contains(c) { total += weight(c); k += 1 }
                guard k >= AgreementGrouping.minimumShared, totals[i] > 0, totals[j] > 0 else { continue }
                if let a = tellings[i].quantity, let b = tellings[j].quantity, a != b { continue }
                // Two reports crediting two different people tell two things, unless the words say otherwise.
                let factor = AgreementGrouping.otherCredit(tellings[i], tellings[j]) ? AgreementGrouping.otherActor : 1
                candidates.append(Candidate(i: i, j: j, dice: min(1, 2 * total / (totals[i] + totals[j])) * factor,
                                            cover: min(1, total / min(totals[i], totals[j])) * factor, words: k, rare: factor < 1 ? 0 : rare))
            }
        }
        // Each telling's best likeness in each other report: a fair pair that is mutual is accepted too.
        var best: [String: Double] = [:]
        func key(_ i: Int, _ r: String) -> String { "\(i)\u{1}\(r)" }
        for c in candidates {
            best[key(c.i, report[c.j])] = max(best[key(c.i, report[c.j])] ?? 0, c.dice)
            best[key(c.j, report[c.i])] = max(best[key(c.j, report[c.i])] ?? 0, c.dice)
        }
        var pairs: [(Double, Int, Int)] = []
        for c in candidates {
            let strong = c.dice >= AgreementGrouping.minimumDice || (c.cover >= AgreementGrouping.minimumCover && c.words >= 3)
            let mutual = c.dice >= (best[key(c.i, report[c.j])] ?? 0) && c.dice >= (best[key(c.j, report[c.i])] ?? 0)
            let fair = mutual && c.words >= 3 && c.rare >= 2 && c.dice >= AgreementGrouping.mutualDice
            guard strong || fair else { continue }
            pairs.append((c.dice + 0.25 * c.cover, c.i, c.j))
        }
        pairs.sort { ($0.0, -$0.1, -$0.2) > ($1.0, -$1.1, -$1.2) }
        var parent = Array(tellings.indices)
        var held: [Set<String>] = report.map { [$0] }
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        for (_, i, j) in pairs {
            let a = find(i), b = find(j)
            guard a != b, held[a].isDisjoint(with: held[b]) else { continue }
            let (root, child) = a < b ? (a, b) : (b, a)
            parent[child] = root
            held[root].formUnion(held[child])
        }
        var members: [Int: [Int]] = [:]
        for i in tellings.indices { members[find(i), default: []].append(i) }
        return members.keys.sorted().compactMap { root in
            guard let group = members[root] else { return nil }
            return MeetingAgreement.combine(group.map { tellings[$0] }, words: group.map { words[$0].count })
        }
    }
}

extension MeetingAgreement {
    /// An outcome told once.
    static func single(_ a: Agreement) -> MeetingAgreement {
        MeetingAgreement(text: a.text, status: a.status, by: a.by, quantity: a.quantity, topics: a.topics, tellings: [a], disagreements: [])
    }

    /// One outcome from its tellings (`words`: how many content words each has).
    static func combine(_ tellings: [Agreement], words: [Int]) -> MeetingAgreement {
        guard let first = tellings.first else {
            return MeetingAgreement(text: "", status: .agreed, by: nil, quantity: nil, topics: [], tellings: [], disagreements: [])
        }
        guard tellings.count > 1 else { return single(first) }
        // The status most tellings give; on a tie, the earliest report's.
        var count: [AgreementStatus: Int] = [:]
        for t in tellings { count[t.status, default: 0] += 1 }
        let top = count.values.max() ?? 0
        let status = tellings.first { count[$0.status] == top }?.status ?? first.status
        var credit: [String: Int] = [:]
        for t in tellings where t.status == status { credit[t.by?.id ?? "", default: 0] += 1 }
        let best = credit.values.max() ?? 0
        let by = tellings.first { $0.status == status && credit[$0.by?.id ?? ""] == best }?.by
        // The fullest wording stands for all.
        let fullest = tellings.indices.max { (words.indices.contains($0) ? words[$0] : 0, -$0) < (words.indices.contains($1) ? words[$1] : 0, -$1) } ?? 0
        var topics: [String] = []
        for t in tellings { for x in t.topics where !topics.contains(x) { topics.append(x) } }
        var disagreements: [Conflict] = []
        if Set(tellings.map(\.status)).count > 1 {
            var values: [String: String] = [:]
            for t in tellings where values[t.evidence.report] == nil { values[t.evidence.report] = t.status.rawValue }
            disagreements.append(Conflict(field: "status", values: values, type: "contradiction"))
        }
        if Set(tellings.map { $0.by?.id ?? "" }).count > 1 {
            var values: [String: String] = [:]
            for t in tellings where values[t.evidence.report] == nil { values[t.evidence.report] = t.by?.name ?? "both sides" }
            disagreements.append(Conflict(field: "by", values: values, type: "contradiction"))
        }
        return MeetingAgreement(text: tellings[fullest].text, status: status, by: by,
                                quantity: tellings.lazy.compactMap(\.quantity).first, topics: topics,
                                tellings: tellings, disagreements: disagreements)
    }
}
