import Foundation

/// Puts together the tellings of one outcome by the reports of one meeting.
///
/// Two tellings from different reports are one outcome when the content words they
/// share (stemmed, near-synonyms folded: "bolster" ≈ "deepen"), each weighted by how
/// rare it is among the meeting's outcomes, make a large part of both, or nearly all
/// of the shorter one. Candidate pairs come from an inverted index of the words, so the
/// work grows with the pairs that share something; the best pairs join first. An
/// outcome takes one sentence of each report (one telling, or clauses that another
/// report tells as one and no second report tells apart), and two sentences only when
/// the report tells it twice.
struct AgreementGrouping {
    static let minimumDice = 0.42
    static let minimumCover = 0.62
    static let minimumShared = 2
    /// A word held by more tellings than this share of them is common and finds no candidates.
    static let commonShare = 0.5
    /// Nor does a word held by more tellings than this, whatever their share: the pairs a
    /// word proposes grow with the square of the tellings that hold it, and a meeting of
    /// thousands of outcomes (a list with no full stop told by two reports) would otherwise
    /// pair nearly every telling with every other.
    static let commonCount = 64
    /// How much of the shorter of two tellings of one report the longer must hold for the
    /// two to be one outcome told twice.
    static let retellingCover = 0.8
    /// How many words a clause must share with a telling, beyond those its better-matched
    /// sibling clause shares, to join that telling too.
    static let clauseWords = 3
    /// The least likeness of a pair that is each telling's best match in the other's report.
    static let mutualDice = 0.25
    /// How much a shared count weighs more than a shared word.
    static let countWeight = 2.5

    /// How much a likeness counts when the two tellings credit different people.
    static let otherActor = 0.6

    let lexicon: Lexicon

    /// The concepts two sorted lists share.
    static func shared(_ a: ArraySlice<Int32>, _ b: ArraySlice<Int32>) -> [Int32] {
        var out: [Int32] = []
        var x = a.startIndex, y = b.startIndex
        while x < a.endIndex, y < b.endIndex {
            if a[x] < b[y] { x += 1 } else if a[x] > b[y] { y += 1 } else {
                out.append(a[x])
                x += 1
                y += 1
            }
        }
        return out
    }

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
        // Content concepts of each telling as dense ids, without repeats, sorted; all lists
        // of a meeting share one buffer, so a meeting costs a few allocations, not a few
        // per telling and per word.
        var ids = HashMap64<Int32>(capacity: tellings.count * 8)
        var df: [Int] = []
        var isCount: [Bool] = []
        var words = FlatLists(lists: tellings.count, values: tellings.count * 8)
        // Years each telling names: two tellings naming years, none the same, tell different things.
        var years = FlatLists(lists: tellings.count, values: 0)
        var scratch: [Int32] = []
        for t in tellings {
            scratch.removeAll(keepingCapacity: true)
            for tok in lexicon.tokens(t.text) where tok.concept != 0 && !tok.isStop {
                // Near-synonyms ("bolster" / "deepen", "upgrade" / "modernize") are one concept here.
                let concept = tok.number == nil ? lexicon.paraphrase[tok.concept] ?? tok.concept : tok.concept
                let id: Int32
                if let x = ids[concept] {
                    id = x
                } else {
                    id = Int32(df.count)
                    ids[concept] = id
                    df.append(0)
                    isCount.append(false)
                }
                // A shared year or count ("until 2030", "45 documents") weighs more than a shared word.
                if tok.year { years.values.append(id) }
                if let v = tok.number, v >= 3, !tok.ordinal { isCount[Int(id)] = true }
                scratch.append(id)
            }
            years.close()
            scratch.sort()
            for x in scratch where words.values.count == words.start[words.count] || words.values.last != x {
                words.values.append(x)
                df[Int(x)] += 1
            }
            words.close()
        }
        let n = Double(tellings.count)
        let plain = df.map { log(1 + n / Double(max(1, $0))) }
        // A shared count ("45 documents") weighs more than a shared word.
        let weight = plain.indices.map { plain[$0] * (isCount[$0] ? AgreementGrouping.countWeight : 1) }
        let totals = (0..<tellings.count).map { words[$0].reduce(0) { $0 + plain[Int($1)] } }
        let limit = max(3, min(Int(n * AgreementGrouping.commonShare), AgreementGrouping.commonCount))
        let common = df.map { $0 > limit }
        // The tellings that hold each word, but for common words: an inverted index in one buffer.
        var postings = FlatLists(lists: df.count, values: 0)
        postings.start.removeAll(keepingCapacity: true)
        var offset = 0
        for x in df.indices {
            postings.start.append(offset)
            if !common[x] { offset += df[x] }
        }
        postings.start.append(offset)
        postings.values = [Int32](repeating: 0, count: offset)
        var fill = postings.start
        for i in 0..<tellings.count {
            for x in words[i] where !common[Int(x)] {
                postings.values[fill[Int(x)]] = Int32(i)
                fill[Int(x)] += 1
            }
        }
        let report = tellings.map(\.evidence.report)
        struct Candidate { var i: Int, j: Int, dice: Double, cover: Double, words: Int, rare: Int }
        var candidates: [Candidate] = []
        var sharedWeight = [Double](repeating: 0, count: tellings.count)
        var sharedRare = [Int](repeating: 0, count: tellings.count)
        var touched: [Int] = []
        for i in tellings.indices {
            touched.removeAll(keepingCapacity: true)
            for x in words[i] where !common[Int(x)] {
                let w = weight[Int(x)]
                for j32 in postings[Int(x)] {
                    let j = Int(j32)
                    // Tellings of one report are paired only across sentences, as retellings.
                    guard j > i, report[j] != report[i] || tellings[j].evidence.sentence != tellings[i].evidence.sentence else { continue }
                    if sharedRare[j] == 0 { touched.append(j) }
                    sharedWeight[j] += w
                    sharedRare[j] += 1
                }
            }
            for j in touched {
                let rare = sharedRare[j]
                var total = sharedWeight[j]
                sharedWeight[j] = 0
                sharedRare[j] = 0
                // Common words count too once rare ones make the pair a candidate (both lists are sorted).
                var k = rare
                let wi = words[i], wj = words[j]
                var a = wi.startIndex, b = wj.startIndex
                while a < wi.endIndex, b < wj.endIndex {
                    if wi[a] < wj[b] { a += 1 } else if wi[a] > wj[b] { b += 1 } else {
                        if common[Int(wi[a])] { total += weight[Int(wi[a])]; k += 1 }
                        a += 1
                        b += 1
                    }
                }
                guard k >= AgreementGrouping.minimumShared, totals[i] > 0, totals[j] > 0 else { continue }
                let yi = years[i], yj = years[j]
                if !yi.isEmpty, !yj.isEmpty, !yi.contains(where: { yj.contains($0) }) { continue }
                // Two reports crediting two different people tell two things, unless the words say otherwise.
                let factor = AgreementGrouping.otherCredit(tellings[i], tellings[j]) ? AgreementGrouping.otherActor : 1
                // Two signings of the same number of documents are one signing, whatever else the reports list.
                let sameSigning = tellings[i].status == .signed && tellings[j].status == .signed
                    && tellings[i].quantity.map { $0 >= 3 && $0 == tellings[j].quantity } == true
                candidates.append(Candidate(i: i, j: j, dice: max(sameSigning ? AgreementGrouping.minimumDice : 0, min(1, 2 * total / (totals[i] + totals[j])) * factor),
                                            cover: min(1, total / min(totals[i], totals[j])) * factor, words: k, rare: factor < 1 ? 0 : rare))
            }
        }
        // Each telling's best match in each other report: a fair pair is accepted too when
        // it is mutual, or when each lies in the sentence of the other's best match (a clause
        // of a sentence whose other clause is the better match).
        var reportIndex: [String: Int] = [:]
        for r in report where reportIndex[r] == nil { reportIndex[r] = reportIndex.count }
        let reportOf = report.map { reportIndex[$0] ?? 0 }
        let sentence = tellings.map(\.evidence.sentence)
        let stride = max(1, reportIndex.count)
        var best: [Int: (dice: Double, telling: Int)] = [:]
        func key(_ i: Int, _ r: Int) -> Int { i * stride + r }
        func offer(_ i: Int, _ j: Int, _ dice: Double) {
            let k = key(i, reportOf[j])
            if let b = best[k], b.dice >= dice { return }
            best[k] = (dice, j)
        }
        for c in candidates where reportOf[c.i] != reportOf[c.j] {
            offer(c.i, c.j, c.dice)
            offer(c.j, c.i, c.dice)
        }
        var pairs: [(Double, Int, Int)] = []
        for c in candidates {
            if reportOf[c.i] == reportOf[c.j] {
                // A report that tells one outcome twice (in its lead and again below, or in its
                // headline and its story: "sign 7 pacts", "inked seven memorandums") lists it once.
                let sameSigning = tellings[c.i].status == .signed && tellings[c.j].status == .signed
                    && tellings[c.i].quantity.map { $0 >= 3 && $0 == tellings[c.j].quantity } == true
                if tellings[c.i].status == tellings[c.j].status,
                   sameSigning || (c.cover >= AgreementGrouping.retellingCover && c.words >= 3),
                   c.dice >= AgreementGrouping.minimumDice {
                    pairs.append((c.dice + 0.25 * c.cover, c.i, c.j))
                }
                continue
            }
            let strong = c.dice >= AgreementGrouping.minimumDice || (c.cover >= AgreementGrouping.minimumCover && c.words >= 3)
            let bestI = best[key(c.i, reportOf[c.j])], bestJ = best[key(c.j, reportOf[c.i])]
            let bestOfI = bestI?.telling ?? -1, bestOfJ = bestJ?.telling ?? -1
            // Ties count as mutual: two equally good matches are both accepted, the first to join wins.
            let mutual = c.dice >= (bestI?.dice ?? 0) && c.dice >= (bestJ?.dice ?? 0)
            // Each lies in the sentence of the other's best match, and what they share is not
            // what that better-matched clause already shares: one telling that holds what
            // another report tells in two clauses of one sentence.
            var clauseMutual = false
            if !mutual, bestOfI >= 0, bestOfJ >= 0, sentence[bestOfI] == sentence[c.j], sentence[bestOfJ] == sentence[c.i] {
                var siblings: [Int] = []
                if bestOfI != c.j { siblings.append(bestOfI) }
                if bestOfJ != c.i { siblings.append(bestOfJ) }
                let fresh = AgreementGrouping.shared(words[c.i], words[c.j]).filter { x in siblings.allSatisfy { !words[$0].contains(x) } }
                clauseMutual = fresh.count >= AgreementGrouping.clauseWords
            }
            let fair = (mutual || clauseMutual) && c.words >= 3 && c.rare >= 2 && c.dice >= AgreementGrouping.mutualDice
            guard strong || fair else { continue }
            pairs.append((c.dice + 0.25 * c.cover, c.i, c.j))
        }
        pairs.sort { ($0.0, -$0.1, -$0.2) > ($1.0, -$1.1, -$1.2) }
        var parent = Array(tellings.indices)
        // An outcome takes one sentence of each report: one telling, or the clauses of one
        // sentence that another report tells as one ("modernizing the command structure and
        // increasing interoperability" against "increase interoperability, including the
        // improvement of command frameworks").
        // The sentences each group holds, by report; a telling alone holds its own sentence,
        // and its entry is made only when it first joins another.
        var held = [[String: Set<Int>]?](repeating: nil, count: tellings.count)
        func holding(_ x: Int) -> [String: Set<Int>] {
            held[x] ?? [tellings[x].evidence.report: [tellings[x].evidence.sentence]]
        }
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        for (_, i, j) in pairs {
            let a = find(i), b = find(j)
            guard a != b else { continue }
            // Reports in both groups: a retelling joins its own report's tellings only; two
            // clauses of one sentence join when their report alone tells them apart (a second
            // report splitting them too says they are two outcomes).
            let (ha, hb) = (holding(a), holding(b))
            let (fewer, more) = ha.count <= hb.count ? (ha, hb) : (hb, ha)
            let common = fewer.keys.filter { more[$0] != nil }
            if report[i] == report[j] {
                guard common.allSatisfy({ $0 == report[i] }) else { continue }
            } else {
                guard common.count <= 1, common.allSatisfy({ ha[$0] == hb[$0] }) else { continue }
            }
            let (root, child) = a < b ? (a, b) : (b, a)
            parent[child] = root
            // The smaller into the larger: the work stays near-linear in the tellings.
            let (larger, smaller) = ha.count >= hb.count ? (ha, hb) : (hb, ha)
            held[root] = nil
            held[child] = [:]
            var into = larger
            into.merge(smaller) { $0.union($1) }
            held[root] = into
        }
        var members: [Int: [Int]] = [:]
        for i in tellings.indices { members[find(i), default: []].append(i) }
        return members.keys.sorted().compactMap { root in
            guard let group = members[root] else { return nil }
            return MeetingAgreement.combine(group.map { tellings[$0] }, centrality: centrality(of: group, words: words, weight: plain, totals: totals),
                                            words: group.map { words[$0].count })
        }
    }

    /// The most tellings of one outcome whose closeness to one another is measured; a
    /// larger outcome takes its fullest wording.
    static let centralLimit = 64

    /// How close each telling of `group` is to the others: its summed weighted likeness
    /// to them (all zero for a group of two or one over ``centralLimit``).
    func centrality(of group: [Int], words: FlatLists, weight: [Double], totals: [Double]) -> [Double] {
        guard group.count > 2, group.count <= AgreementGrouping.centralLimit else { return group.map { _ in 0 } }
        return group.map { a in
            var score = 0.0
            for b in group where b != a {
                let shared = AgreementGrouping.shared(words[a], words[b]).reduce(0) { $0 + weight[Int($1)] }
                let sum = totals[a] + totals[b]
                if sum > 0 { score += 2 * shared / sum }
            }
            return score
        }
    }
}

extension MeetingAgreement {
    /// An outcome told once.
    static func single(_ a: Agreement) -> MeetingAgreement {
        MeetingAgreement(text: a.text, status: a.status, by: a.by, quantity: a.quantity, topics: a.topics, tellings: [a], disagreements: [])
    }

    /// One outcome from its tellings. Its status is the one most tellings give, its credit
    /// the one most of those give; its wording is that of a telling with that status, the
    /// one closest to the others (`centrality`), then the fullest (`words`: content words
    /// of each), so that the wording and the status shown read as one report's telling.
    static func combine(_ tellings: [Agreement], centrality: [Double], words: [Int]) -> MeetingAgreement {
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
        func rank(_ i: Int) -> (Int, Double, Int, Int) {
            (tellings[i].status == status ? 1 : 0, centrality.indices.contains(i) ? centrality[i] : 0, words.indices.contains(i) ? words[i] : 0, -i)
        }
        let chosen = tellings.indices.max { rank($0) < rank($1) } ?? 0
        var topics: [String] = []
        for t in tellings { for x in t.topics where !topics.contains(x) { topics.append(x) } }
        var disagreements: [Conflict] = []
        if Set(tellings.map(\.status)).count > 1 {
            var values: [String: String] = [:]
            for t in tellings where values[t.evidence.report] == nil { values[t.evidence.report] = t.status.rawValue }
            disagreements.append(Conflict(field: "status", values: values, type: "contradiction"))
        }
        // "36 documents" in one report, "more than 30" in another: the counts told.
        if Set(tellings.compactMap(\.quantity)).count > 1 {
            var values: [String: String] = [:]
            for t in tellings where values[t.evidence.report] == nil { values[t.evidence.report] = t.quantity.map(String.init) ?? "-" }
            disagreements.append(Conflict(field: "quantity", values: values, type: "contradiction"))
        }
        if Set(tellings.map { $0.by?.id ?? "" }).count > 1 {
            var values: [String: String] = [:]
            for t in tellings where values[t.evidence.report] == nil { values[t.evidence.report] = t.by?.name ?? "both sides" }
            disagreements.append(Conflict(field: "by", values: values, type: "contradiction"))
        }
        return MeetingAgreement(text: tellings[chosen].text, status: status, by: by,
                                quantity: tellings.lazy.compactMap(\.quantity).first, topics: topics,
                                tellings: tellings, disagreements: disagreements)
    }
}

/// Lists of concept ids kept in one buffer: list `i` is `values[start[i] ..< start[i + 1]]`.
/// Append a list's values to `values`, then ``close()`` it.
struct FlatLists {
    var values: [Int32]
    var start: [Int]

    /// An empty set of lists, with room for `lists` lists of `values` values in all.
    init(lists: Int, values: Int) {
        self.values = []
        self.values.reserveCapacity(values)
        start = [0]
        start.reserveCapacity(lists + 1)
    }

    /// The number of closed lists.
    var count: Int { start.count - 1 }

    /// Ends the list being appended: the values appended since the last close.
    mutating func close() { start.append(values.count) }

    /// List `i`.
    subscript(i: Int) -> ArraySlice<Int32> { values[start[i]..<start[i + 1]] }
}
