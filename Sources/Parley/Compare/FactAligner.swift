import Foundation

/// Groups units of different witnesses that say the same thing.
///
/// Two units are compared by the content words they share, each weighted by its
/// rarity among all the units compared (so the participants' names and "cooperation"
/// weigh little and "Martyrologist" or "durian" much), with a bonus for shared counts
/// and for shared phrases (two content words in a row). Candidate pairs come from an
/// inverted index of the rarer words, so the work grows with the pairs that share
/// something, not with the square of the units. A pair is accepted when its overlap
/// is high, or fair and mutual (each unit the other's best match in its witness).
/// The best pairs join first, and a fact never takes two units of one witness.
/// Tellings that the merged meeting holds as one outcome (``Meeting/agreements``) are
/// joined before anything else, so `compare` shows the grouping `meeting` shows.
struct FactAligner {
    let units: [Unit]
    let witnessCount: Int
    /// Per unit, dense ids of its rarer words, of its common words (sorted), and of its phrases (sorted).
    let rareIDs: [[Int32]]
    let commonIDs: [[Int32]]
    let phraseIDs: [[Int32]]
    /// Per id: its weight (rarity, with the bonus of counts), whether it is common.
    let weight: [Double]
    let isCommon: [Bool]
    /// Per unit: the sum of its words' weights.
    let totals: [Double]
    let witness: [Int]
    let hasPins: [Bool]
    /// Asked every few hundred units while pairs are sought; the search stops once it is requested.
    var cancellation = Cancellation.never

    /// The most units a word may be in and still propose candidate pairs.
    static let rareLimit = 128
    static let minimumDice = 0.34
    static let minimumCover = 0.5
    static let minimumShared = 2
    static let mutualDice = 0.25
    static let mutualWords = 3
    /// How much a shared count weighs more than a shared word.
    static let numberWeight = 2.5
    /// How much a match counts when the two units name different people as actors.
    static let otherActor = 0.6
    /// How much a shared phrase adds, relative to its rarity.
    static let phraseWeight = 0.5
    /// How much naming an event adds to a unit's likeness with the event.
    static let eventBonus = 0.15

    /// `meetingWords`: the participants' names and countries, which every account has
    /// and which therefore never count as rare.
    init(units: [Unit], witnessCount: Int, meetingWords: Set<UInt64> = []) {
        self.units = units
        self.witnessCount = witnessCount
        var ids: [UInt64: Int32] = [:]
        var df: [Int] = []
        var meeting: [Bool] = []
        var number: [Bool] = []
        func id(_ c: UInt64) -> Int32 {
            if let x = ids[c] { return x }
            let x = Int32(df.count)
            ids[c] = x
            df.append(0)
            meeting.append(meetingWords.contains(c))
            number.append(false)
            return x
        }
        var words: [[Int32]] = []
        var phrases: [[Int32]] = []
        words.reserveCapacity(units.count)
        phrases.reserveCapacity(units.count)
        for u in units {
            let w = u.concepts.map(id)
            for x in w { df[Int(x)] += 1 }
            for c in u.numbers { number[Int(id(c))] = true }
            words.append(w)
            let p = u.phrases.map(id).sorted()
            for x in p { df[Int(x)] += 1 }
            phrases.append(p)
        }
        let n = Double(max(1, units.count))
        // A word in more units than this is common: it counts in a pair's likeness but
        // proposes no pairs. Beyond 1,024 units a fixed bound keeps the candidate search
        // near-linear (a word in a fixed share of 40,000 units proposed a billion pairs).
        let limit = max(2, min(units.count / 8, FactAligner.rareLimit))
        var weight = [Double](repeating: 0, count: df.count)
        var common = [Bool](repeating: false, count: df.count)
        for x in df.indices {
            weight[x] = log(1 + n / Double(max(1, df[x]))) * (number[x] ? FactAligner.numberWeight : 1)
            common[x] = df[x] > limit || meeting[x]
        }
        self.weight = weight
        isCommon = common
        rareIDs = words.map { $0.filter { !common[Int($0)] } }
        commonIDs = words.map { $0.filter { common[Int($0)] }.sorted() }
        phraseIDs = phrases
        // Totals without the count bonus: a count only weighs more when both units have it.
        totals = words.map { w in w.reduce(0) { $0 + log(1 + n / Double(max(1, df[Int($1)]))) } }
        witness = units.map(\.witness)
        hasPins = units.map { !$0.pins.isEmpty }
    }

    /// A scored pair of units.
    struct Pair {
        var a: Int
        var b: Int
        var score: Double
    }

    /// The measures of one candidate pair.
    struct Measure {
        var dice: Double
        var cover: Double
        /// Words in common.
        var words: Int
        /// Words in common that few units have.
        var rare: Int
        /// Phrases in common.
        var phrases: Int
    }

    /// Whether both units name who acts and name different people (unless both
    /// sentences name both people, as the leads of a meeting do).
    func otherActors(_ i: Int, _ j: Int) -> Bool {
        guard let x = units[i].actor, let y = units[j].actor, x != "joint", y != "joint", x != y else { return false }
        if x.hasPrefix("other:") || y.hasPrefix("other:") { return true }
        return !(units[i].mentioned.contains(y) && units[j].mentioned.contains(x))
    }

    func compatible(_ i: Int, _ j: Int) -> Bool {
        if witness[i] == witness[j] { return false }
        let a = units[i].kind, b = units[j].kind
        if (a == .orientation) != (b == .orientation) { return false }
        if a == .event, b == .event { return units[i].event == units[j].event }
        return true
    }

    /// Pins (years, digit ordinals) that both units have and that never agree.
    func pinsClash(_ i: Int, _ j: Int) -> Bool {
        guard hasPins[i], hasPins[j] else { return false }
        for p in units[i].pins where units[j].pins.contains(p) { return false }
        return true
    }

    /// Whether unit `i` is an event and unit `j` names it ("had lunch" for a lunch).
    func namesEvent(_ i: Int, _ j: Int) -> Bool {
        guard units[i].kind == .event, units[j].kind != .event else { return false }
        return units[i].eventStems.contains { units[j].concepts.contains($0) }
    }

    /// The weight and number of ids two sorted lists share.
    @inline(__always)
    func intersect(_ a: [Int32], _ b: [Int32]) -> (Double, Int) {
        // One list far longer than the other (a unit holding a long enumeration): look each
        // id of the short one up in the long one, so the work follows the short list.
        if a.count > 16 * b.count || b.count > 16 * a.count {
            let (short, long) = a.count < b.count ? (a, b) : (b, a)
            var w = 0.0, n = 0
            for x in short {
                var lo = 0, hi = long.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if long[mid] < x { lo = mid + 1 } else { hi = mid }
                }
                if lo < long.count, long[lo] == x {
                    w += weight[Int(x)]
                    n += 1
                }
            }
            return (w, n)
        }
        var i = 0, j = 0, w = 0.0, n = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                w += weight[Int(a[i])]
                n += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return (w, n)
    }

    /// The full measures of two units whose rarer words in common weigh `rareWeight`.
    func measure(_ i: Int, _ j: Int, rareWeight: Double, rare: Int) -> Measure {
        let (cw, cn) = intersect(commonIDs[i], commonIDs[j])
        let (pw, pn) = intersect(phraseIDs[i], phraseIDs[j])
        let shared = rareWeight + cw + pw * FactAligner.phraseWeight
        let a = totals[i], b = totals[j]
        guard a > 0, b > 0 else { return Measure(dice: 0, cover: 0, words: rare + cn, rare: rare, phrases: pn) }
        let factor = otherActors(i, j) ? FactAligner.otherActor : 1
        var m = Measure(dice: min(1, 2 * shared / (a + b)) * factor, cover: min(1, shared / min(a, b)) * factor,
                        words: rare + cn, rare: rare, phrases: pn)
        if namesEvent(i, j) || namesEvent(j, i) {
            m.dice += FactAligner.eventBonus
            m.cover += FactAligner.eventBonus
        }
        return m
    }

    /// Every acceptable pair, best first.
    func pairs() -> [Pair] {
        let count = units.count
        var postings = [[Int32]](repeating: [], count: weight.count)
        for (i, ids) in rareIDs.enumerated() { for x in ids { postings[Int(x)].append(Int32(i)) } }
        var shared = [Double](repeating: 0, count: count)
        var rare = [Int](repeating: 0, count: count)
        var touched: [Int] = []
        var candidates: [(Int, Int, Measure)] = []
        let stride = max(1, witnessCount)
        var best = [Double](repeating: 0, count: count * stride)
        for i in 0..<count {
            if i & 255 == 0, cancellation.isRequested { break }
            touched.removeAll(keepingCapacity: true)
            let wi = witness[i]
            for x in rareIDs[i] {
                let w = weight[Int(x)]
                for j32 in postings[Int(x)] {
                    let j = Int(j32)
                    guard j > i, witness[j] != wi else { continue }
                    if rare[j] == 0 { touched.append(j) }
                    shared[j] += w
                    rare[j] += 1
                }
            }
            for j in touched {
                let s = shared[j], r = rare[j]
                shared[j] = 0
                rare[j] = 0
                guard compatible(i, j), !pinsClash(i, j) else { continue }
                let m = measure(i, j, rareWeight: s, rare: r)
                candidates.append((i, j, m))
                let wj = witness[j]
                if wj < stride, wi < stride {
                    best[i * stride + wj] = max(best[i * stride + wj], m.dice)
                    best[j * stride + wi] = max(best[j * stride + wi], m.dice)
                }
            }
        }
        var out: [Pair] = []
        for (i, j, m) in candidates {
            let wi = witness[i], wj = witness[j]
            let mutual = wi < stride && wj < stride && m.dice >= best[i * stride + wj] && m.dice >= best[j * stride + wi]
            if let score = score(i, m, mutual: mutual) { out.append(Pair(a: i, b: j, score: score)) }
        }
        var seen = Set(out.map { $0.a * count + $0.b })
        // Tellings of one outcome of the merged meeting are one fact, as `meeting` shows them.
        var byOutcome: [Int: [Int]] = [:]
        for i in units.indices { if let o = units[i].outcome { byOutcome[o, default: []].append(i) } }
        for (_, members) in byOutcome where members.count > 1 {
            for (x, i) in members.enumerated() {
                for j in members[(x + 1)...] where witness[i] != witness[j] && seen.insert(i * count + j).inserted {
                    out.append(Pair(a: i, b: j, score: 2))
                }
            }
        }
        out += orientationPairs(seen: &seen)
        // Events of the same kind are the same event even in different words.
        let events = units.indices.filter { units[$0].kind == .event }
        for (x, i) in events.enumerated() {
            for j in events[(x + 1)...] where compatible(i, j) && seen.insert(i * count + j).inserted {
                out.append(Pair(a: i, b: j, score: 0.9))
            }
        }
        out.sort { ($0.score, -$0.a, -$0.b) > ($1.score, -$1.a, -$1.b) }
        return out
    }

    /// Frameworks with other names but the same items ("six major directions", "six proposals").
    func orientationPairs(seen: inout Set<Int>) -> [Pair] {
        var out: [Pair] = []
        let orientations = units.indices.filter { units[$0].kind == .orientation && units[$0].items.count >= 2 }
        var itemWeight: [UInt64: Double] = [:]
        for i in orientations { for c in units[i].items { itemWeight[c, default: 0] += 1 } }
        let n = Double(max(1, orientations.count))
        for (c, d) in itemWeight { itemWeight[c] = log(1 + n / d) }
        var itemSets: [Int: Set<UInt64>] = [:]
        for i in orientations { itemSets[i] = Set(units[i].items) }
        for (x, i) in orientations.enumerated() {
            for j in orientations[(x + 1)...] where compatible(i, j) {
                let a = units[i], b = units[j]
                if let p = a.declared, let q = b.declared, p != q { continue }
                let ta = a.items.reduce(0) { $0 + (itemWeight[$1] ?? 0) }, tb = b.items.reduce(0) { $0 + (itemWeight[$1] ?? 0) }
                let shared = a.items.filter { itemSets[j]?.contains($0) == true }.reduce(0) { $0 + (itemWeight[$1] ?? 0) }
                guard ta + tb > 0 else { continue }
                let dice = 2 * shared / (ta + tb)
                let cover = shared / max(0.001, min(ta, tb))
                // The same declared count makes a cover of the shorter list enough.
                let sameCount = a.declared != nil && a.declared == b.declared
                if dice >= 0.3 || (sameCount && cover >= 0.4), seen.insert(i * units.count + j).inserted {
                    out.append(Pair(a: i, b: j, score: 0.5 + dice / 2))
                }
            }
        }
        return out
    }

    /// The similarity of two units, or `nil` when they do not tell the same thing.
    func score(_ i: Int, _ m: Measure, mutual: Bool) -> Double? {
        if units[i].kind == .orientation {
            return m.dice >= 0.5 ? m.dice : nil
        }
        let covered = m.cover >= FactAligner.minimumCover && m.words >= 3 && (m.rare >= 3 || (m.rare >= 2 && m.phrases >= 1))
        let strong = m.words >= FactAligner.minimumShared && m.rare >= 1 && (m.dice >= FactAligner.minimumDice || covered)
        let fair = mutual && m.words >= FactAligner.mutualWords && m.rare >= 2 && m.phrases >= 1 && m.dice >= FactAligner.mutualDice
        guard strong || fair else { return nil }
        return m.dice + 0.25 * m.cover
    }

    /// Groups of unit indices; every unit is in exactly one group.
    func align() -> [[Int]] {
        var parent = Array(units.indices)
        var members: [[Int]] = units.indices.map { [$0] }
        var witnesses: [Set<Int>] = units.map { [$0.witness] }
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        for p in pairs() {
            let ra = find(p.a), rb = find(p.b)
            guard ra != rb, witnesses[ra].isDisjoint(with: witnesses[rb]) else { continue }
            let (root, child) = ra < rb ? (ra, rb) : (rb, ra)
            parent[child] = root
            members[root] += members[child]
            witnesses[root].formUnion(witnesses[child])
            members[child] = []
            witnesses[child] = []
        }
        return units.indices.compactMap { find($0) == $0 ? members[$0].sorted() : nil }
    }
}
