import Foundation

/// What one group of records (after the merge within blocks) says, for matching groups
/// whose participant sets differ because a report missed one of the leaders.
/// A class, so that reading a candidate does not retain each of its fields.
final class GroupSummary {
    let root: Int
    let members: [Int]
    let participants: Set<String>
    /// The participants as sorted dense numbers (`number`), for a subset test without hashing.
    let ids: [Int]
    /// Days the texts give with a sure year, and whether any of them is an explicit date.
    let days: [Day]
    let hasExplicitDay: Bool
    /// The earliest approximate bound (a publication date standing in for the day).
    let bound: Day?
    let monthDays: Set<MonthDay>
    let weekdays: Set<Int>
    let places: Set<String>
    /// People a member's lead names as at another event: not at this one.
    let apart: Set<String>
    /// Whether a member's lead calls the meeting one of its two participants alone.
    let twoAlone: Bool
    /// Whether a member tells the meeting as held on the sidelines of a gathering.
    let sideline: Bool
    /// Whether a member tells the meeting as a summit.
    let summit: Bool
    /// Whether it gives no day at all: neither a day with a sure year, nor a bound, nor a month and day.
    var undated: Bool { days.isEmpty && bound == nil && monthDays.isEmpty }

    /// Reads each member's fields in place: copying a whole record costs a retain of every field.
    /// `number` gives each participant a dense number, shared by all the summaries of a merge;
    /// `renamed` holds the participants of records whose unknown people have a fuller name.
    init(root: Int, members: [Int], records: [MeetingRecord], renamed: [Int: [PersonRef]], number: inout [String: Int]) {
        self.root = root
        self.members = members
        var participants = Set<String>()
        var days: [Day] = []
        var explicit = false
        var bound: Day?
        var monthDays = Set<MonthDay>()
        var weekdays = Set<Int>()
        var places = Set<String>()
        var apart = Set<String>()
        var twoAlone = false
        var sideline = false
        var summit = false
        for m in members {
            if records[m].kind == "summit" { summit = true }
            if let key = OccasionKey(records[m]), case .sidelines = key.kind { sideline = true }
            for id in records[m].apart ?? [] { apart.insert(id) }
            if records[m].twoAlone == true { twoAlone = true }
            for p in renamed[m] ?? records[m].participants { participants.insert(p.id) }
            let date = records[m].date
            if let md = date.monthDay { monthDays.insert(md) }
            if let d = date.day {
                if date.certainty == .approximate {
                    bound = min(bound ?? d, d)
                } else if date.monthDay == nil {
                    days.append(d)
                    if date.certainty == .stated { explicit = true }
                    weekdays.insert(d.weekday)
                }
            }
            if date.certainty == .approximate || date.day == nil, let w = date.weekday { weekdays.insert(w) }
            if let p = records[m].place.map({ Fold.key($0) }) { places.insert(p) }
        }
        self.participants = participants
        self.days = days
        hasExplicitDay = explicit
        self.bound = bound
        self.monthDays = monthDays
        self.weekdays = weekdays
        self.places = places
        self.apart = apart
        self.twoAlone = twoAlone
        self.sideline = sideline
        self.summit = summit
        ids = participants.map { p in
            if let n = number[p] { return n }
            number[p] = number.count
            return number.count - 1
        }.sorted()
    }
}

extension GroupSummary {
    /// Whether sorted `a` is a subset of sorted `b`.
    static func isSubset(_ a: [Int], of b: [Int]) -> Bool {
        var j = 0
        for x in a {
            while j < b.count, b[j] < x { j += 1 }
            guard j < b.count, b[j] == x else { return false }
            j += 1
        }
        return true
    }

    /// Whether sorted `a` is all but one of its people in sorted `b`, with four or more
    /// shared: two reports of a summit of many leaders that each missed someone.
    static func isNearSubset(_ a: [Int], of b: [Int]) -> Bool {
        guard a.count >= 5 else { return false }
        var j = 0, shared = 0
        for x in a {
            while j < b.count, b[j] < x { j += 1 }
            if j < b.count, b[j] == x { shared += 1; j += 1 }
        }
        return shared >= a.count - 1
    }
}

extension MergeState {
    /// Groups whose participants are a part of another group's (a report that recognised
    /// only one of the two leaders, or missed a third; of a summit of five or more, all but
    /// one of them) join that group when their dates,
    /// places and kinds agree and it is the clear best of the candidates that share a
    /// participant with them. Candidates come from indexes by participant, week and
    /// month-day, so the work grows with the groups of each leader near each day, not with
    /// the corpus squared.
    /// Two groups of fewer than five that each name a principal the other lacks (the same day with another
    /// counterpart) are never joined here, nor a meeting told as one of two alone ("a
    /// one-on-one meeting") with a larger one.
    /// `cancellation` is asked every few hundred groups.
    mutating func mergePartialParticipants(cancellation: Cancellation = .never) throws {
        var groups: [Int: [Int]] = [:]
        for i in records.indices where !records[i].participants.isEmpty { groups[find(i), default: []].append(i) }
        guard groups.count > 1 else { return }
        var number: [String: Int] = [:]
        let summaries = groups.keys.sorted().map { GroupSummary(root: $0, members: groups[$0] ?? [], records: records, renamed: renamed, number: &number) }
        // Each candidate is scored once per small group: a stamp per group instead of a set.
        var seenBy = [Int](repeating: -1, count: summaries.count)
        // Candidates by participant and time: a dated group looks only at the groups of the
        // same leader on the days its dates allow, and at those giving the same month and
        // day; one with no day at all looks at every group of the leader, unless the leader
        // has very many.
        // `tier` 2 holds the groups of two participants or more, 3 those of three or more:
        // a group looks only among those larger than itself, so the pairs of one busy
        // pair of leaders never scan each other.
        // People by their dense number (`GroupSummary.ids`): hashing a string for every
        // lookup cost more than the lookups' work in a large corpus.
        struct Key: Hashable { let person: Int; let day: Int; let tier: Int }
        struct DayKey: Hashable { let person: Int; let monthDay: MonthDay; let tier: Int }
        // By each day a group gives, and by its publication bound: only the days that
        // `partialScore` can accept are looked up, not whole weeks of a busy leader.
        var byDay: [Key: [Int]] = [:]
        var byBound: [Key: [Int]] = [:]
        var byMonthDay: [DayKey: [Int]] = [:]
        var byParticipant: [Int: [Int]] = [:]
        // Groups of five or more with no day at all, by participant: a dated report of a summit of
        // many can belong to an undated one that named someone it missed.
        var undatedMany: [Int: [Int]] = [:]
        for (k, g) in summaries.enumerated() {
            if g.undated, g.ids.count >= 5 { for p in g.ids { undatedMany[p, default: []].append(k) } }
            let days = Set(g.days.map(\.ordinal))
            // Month-days without a year, and those of its days: a group with no year is found by its day.
            var mds = g.monthDays
            for d in g.days { mds.insert(MonthDay(month: d.month, day: d.day)) }
            for p in g.ids {
                byParticipant[p, default: []].append(k)
                for tier in 2...3 where g.ids.count >= tier {
                    for d in days { byDay[Key(person: p, day: d, tier: tier), default: []].append(k) }
                    if let b = g.bound { byBound[Key(person: p, day: b.ordinal, tier: tier), default: []].append(k) }
                    for md in mds { byMonthDay[DayKey(person: p, monthDay: md, tier: tier), default: []].append(k) }
                }
            }
        }
        // Only a group naming more people can take a smaller one: the largest first, so a
        // scan stops where the groups become as small as the one placed.
        let most = summaries.map(\.ids.count).max() ?? 0
        for key in byParticipant.keys { byParticipant[key]?.sort { summaries[$0].ids.count > summaries[$1].ids.count } }
        var decisions: [(Int, Int, String)] = []
        // A group's content is gathered only when it is a candidate.
        var content: [Int: HashSet64] = [:]
        // One buffer for every group's candidates: a list built per lookup would allocate each time.
        var list: [Int] = []
        for (a, small) in summaries.enumerated() where small.ids.count < most {
            if a & 255 == 0 { try cancellation.checkpoint() }
            var scored: [(k: Int, score: Double)] = []
            let days = Set(small.days.map(\.ordinal))
            var monthDays = small.monthDays
            for d in small.days { for k in -1...1 { let x = d.adding(days: k); monthDays.insert(MonthDay(month: x.month, day: x.day)) } }
            for p in small.ids {
                list.removeAll(keepingCapacity: true)
                if small.undated {
                    // No day at all: every group of the leader, unless the leader has very many.
                    guard let all = byParticipant[p], all.count <= 400 else { continue }
                    list += all.prefix { summaries[$0].ids.count > small.ids.count }
                } else {
                    // The groups whose dates `partialScore` can accept: a day either side of its days,
                    // a bound up to a week after a day, days in the week before its bound, bounds
                    // three days either side of its own; and those giving the same month and day.
                    let tier = min(small.ids.count + 1, 3)
                    for d in days {
                        for k in -1...1 { list += byDay[Key(person: p, day: d + k, tier: tier)] ?? [] }
                        for k in -1...7 { list += byBound[Key(person: p, day: d + k, tier: tier)] ?? [] }
                    }
                    if let b = small.bound?.ordinal {
                        for k in -7...1 { list += byDay[Key(person: p, day: b + k, tier: tier)] ?? [] }
                        for k in -3...3 { list += byBound[Key(person: p, day: b + k, tier: tier)] ?? [] }
                    }
                    for md in monthDays { list += byMonthDay[DayKey(person: p, monthDay: md, tier: tier)] ?? [] }
                    if small.ids.count >= 5, let many = undatedMany[p], many.count <= 400 { list += many }
                }
                for b in list where b != a && seenBy[b] != a {
                    seenBy[b] = a
                    let big = summaries[b]
                    guard small.ids.count < big.ids.count,
                          GroupSummary.isSubset(small.ids, of: big.ids) || GroupSummary.isNearSubset(small.ids, of: big.ids),
                          small.apart.isDisjoint(with: big.participants),
                          // "a one-on-one meeting" of two is not the trilateral of their day.
                          !(small.twoAlone && big.ids.count >= 3) else { continue }
                    // Roots first: a mutating `find` inside the arguments of a call on `self` copies the whole state.
                    let (rs, rb) = (find(small.root), find(big.root))
                    guard canJoin(rs, rb) else { continue }
                    if content[b] == nil { content[b] = MergeState.union(big.members.map { records[$0].fingerprint }) }
                    var none: [String]? = nil
                    if let score = partialScore(small, big, content: content[b] ?? HashSet64(), why: &none) { scored.append((b, score)) }
                }
            }
            scored.sort { ($0.score, -$0.k) > ($1.score, -$1.k) }
            guard let best = scored.first, best.score >= 0.6 else { continue }
            if scored.count > 1, best.score - scored[1].score < 0.2 { continue }
            // The reasons are written for the group that joins only.
            var why: [String]? = []
            _ = partialScore(small, summaries[best.k], content: content[best.k] ?? HashSet64(), why: &why)
            decisions.append((summaries[best.k].root, small.root, (why ?? []).joined(separator: ", ")))
        }
        for (g, i, why) in decisions { union(g, i, why) }
    }

    /// How strongly a group naming fewer participants belongs to one naming more; `nil`
    /// when something excludes it (dates too far apart, another stated place, another weekday).
    /// The reasons are appended to `why` when it is not `nil`, and not even written otherwise.
    func partialScore(_ small: GroupSummary, _ big: GroupSummary, content: HashSet64, why: inout [String]?) -> Double? {
        // "Modi and Yunus met on the sidelines of the BIMSTEC summit": a meeting beside a summit
        // is not the summit.
        if small.sideline, !big.sideline, big.summit, small.participants.count < big.participants.count { return nil }
        var score = 0.3 * Double(small.participants.count) / Double(big.participants.count)
        var samePlace = false
        why?.append("participants \(small.participants.count) of \(big.participants.count) named")
        // Four leaders or more in common: a summit of many, which no other meeting shares.
        let shared = small.participants.intersection(big.participants).count
        if shared >= 4 {
            score += 0.2
            why?.append("\(shared) leaders in common")
        }
        // Dates.
        var dateScore: Double?
        if !small.days.isEmpty && !big.days.isEmpty {
            var gap = Int.max
            for x in small.days { for y in big.days { gap = min(gap, abs(x.days(to: y))) } }
            if gap == 0 {
                dateScore = 0.5
                why?.append("same date")
            } else if gap == 1 && !(small.hasExplicitDay && big.hasExplicitDay) {
                // A day apart: a weekday or a dateline read across time zones, never two explicit dates.
                dateScore = 0.25
                why?.append("dates a day apart")
            } else {
                return nil
            }
        } else if let d = small.days.first ?? big.days.first, let b = small.days.isEmpty ? small.bound : big.bound {
            guard d <= b.adding(days: 1), d.days(to: b) <= 7 else { return nil }
            // On the publication day, or the day before it: as near as an approximate date gets.
            if (0...1).contains(d.days(to: b)) {
                dateScore = 0.25
                why?.append("date on or just before the other's publication")
            } else {
                dateScore = 0.1
                why?.append("date within the other's publication bound")
            }
        }
        if dateScore == nil, !small.monthDays.isEmpty || !big.monthDays.isEmpty {
            let mds = small.monthDays.isEmpty ? big.monthDays : small.monthDays
            let other = small.monthDays.isEmpty ? Set(small.days.map { MonthDay(month: $0.month, day: $0.day) })
                : big.monthDays.union(big.days.map { MonthDay(month: $0.month, day: $0.day) })
            if !other.isEmpty {
                guard mds.contains(where: { md in other.contains(md) }) else { return nil }
                dateScore = 0.35
                why?.append("same month and day")
            }
        }
        if dateScore == nil, let x = small.bound, let y = big.bound {
            guard abs(x.days(to: y)) <= 3 else { return nil }
            dateScore = 0.05
        }
        score += dateScore ?? 0
        if !small.weekdays.isEmpty && !big.weekdays.isEmpty {
            if small.weekdays.isDisjoint(with: big.weekdays) { return nil }
            if dateScore == nil || dateScore ?? 0 < 0.2 { score += 0.2; why?.append("same weekday") }
        }
        // Places.
        if !small.places.isEmpty && !big.places.isEmpty {
            if !small.places.isDisjoint(with: big.places) {
                score += 0.2
                samePlace = true
                why?.append("same place")
            } else {
                score -= 0.15
            }
        }
        // No day at all, and two or more leaders all named among those of a gathering of four or
        // more at the same place: "Issoufou returned to Niamey after taking part in Bamako in the
        // extraordinary summit …, in the presence of Macron" and the summit's own report. (Two
        // such gatherings score alike, and the margin keeps the report apart.)
        if small.undated, samePlace, small.participants.count >= 2, big.participants.count >= 4 {
            score += 0.3
            why?.append("no date, and its leaders among those of a gathering of \(big.participants.count) at the same place")
        }
        // No day, but the weekday and the place of the meeting both agree: the members of a
        // presidency receiving a guest on the day, told by one of them.
        if dateScore == nil, samePlace, !small.weekdays.isEmpty, !big.weekdays.isEmpty { score += 0.05 }
        // Shared specific content (amounts, agreements), weighted by rarity.
        var total = 0.0
        for m in small.members { total += weights.share(of: records[m].fingerprint, in: content) }
        let share = small.members.isEmpty ? 0 : total / Double(small.members.count)
        score += share
        if share >= 0.05 { why?.append("sharing \(Int(share * 100))% of its weighted content") }
        // An undated group needs more than a shared leader.
        if dateScore == nil && share < 0.15 && !samePlace { return nil }
        return score
    }
}
