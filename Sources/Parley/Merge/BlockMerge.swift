import Foundation

/// The union-find state of one merge, with what each group of records already says
/// (the place its texts state, its occasions, whether it is a call) so that no link
/// joins two groups that contradict each other, however the link was found.
struct MergeState {
    let records: [MeetingRecord]
    /// The participants of the records whose unknown people were given a fuller name, by index.
    let renamed: [Int: [PersonRef]]
    let merger = MeetingMerger()
    let weights: ContentWeights
    let occasions: [OccasionKey?]
    private var parent: [Int]
    /// Why groups were joined, by the group's root.
    private(set) var reasons: [Int: [String]] = [:]
    private var statedPlace: [String?]
    private var groupOccasions: [[OccasionKey]]
    /// Each record's kind family (a meeting, a call, a banquet…): groups of two families are two events.
    private let family: [String]
    /// Each record's place, folded once: pairs are compared many times over. (Two places
    /// of one country stated for the same day take one key: `sharePlaceWithinCountry`.)
    private var placeKey: [String?]
    /// What each group's reports call it, by root: a summit of several leaders in every report,
    /// or talks of two in every report; with the leaders those reports name.
    private var shape: [GroupShape]

    /// A group's kind as all its reports tell it, for ``canJoin(_:_:)``.
    struct GroupShape {
        /// Every report calls it a summit.
        var summit: Bool
        /// Every report calls it talks, between two leaders.
        var talksOfTwo: Bool
        /// The leaders the group's reports name.
        var people: Set<String>
    }


    init(_ records: [MeetingRecord], renamed: [Int: [PersonRef]] = [:]) {
        self.records = records
        self.renamed = renamed
        weights = ContentWeights(records)
        // By index: iterating the records would copy each one whole.
        occasions = records.indices.map { OccasionKey(records[$0]) }
        parent = Array(records.indices)
        let placeKey = records.indices.map { records[$0].place.map { Fold.key($0) } }
        self.placeKey = placeKey
        statedPlace = records.indices.map { records[$0].placeRule == "stated" ? placeKey[$0] : nil }
        groupOccasions = occasions.map { $0.map { [$0] } ?? [] }
        family = records.indices.map { MeetingMerger.family(records[$0].kind) }
        shape = records.indices.map { i in
            GroupShape(summit: records[i].kind == "summit", talksOfTwo: records[i].kind == "talks" && records[i].participants.count == 2,
                       people: Set(records[i].participants.map(\.id)))
        }
    }

    /// Whether the places and kinds of records `i` and `j` allow one meeting.
    func placeAndKindAgree(_ i: Int, _ j: Int) -> Bool {
        if let p = placeKey[i], let q = placeKey[j], p != q, records[i].placeRule == "stated", records[j].placeRule == "stated" { return false }
        return family[i] == family[j]
    }

    /// Why records `i` and `j` are one meeting, or `nil` when they are not. Everything is
    /// checked before a word of the reason is written: most pairs asked are not.
    func compatible(_ i: Int, _ j: Int) -> String? {
        let (a, b) = (records[i].date, records[j].date)
        guard !records[i].participants.isEmpty, let x = a.day, let y = b.day, family[i] == family[j] else { return nil }
        // A year resting on weak evidence: only the month and day count.
        if a.monthDay != nil || b.monthDay != nil {
            let close = (-1...1).contains { x.adding(days: $0).month == y.month && x.adding(days: $0).day == y.day }
            guard close, placeAndKindAgree(i, j) else { return nil }
            return "same participants, same month and day \(y.month)-\(y.day) (a year uncertain)"
        }
        let gap = abs(x.days(to: y))
        let approx = a.certainty == .approximate || b.certainty == .approximate
        if approx {
            // An approximate date is the latest possible day: the other must be on or shortly before it.
            let (exact, bound) = a.certainty == .approximate ? (y, x) : (x, y)
            if a.certainty == .approximate && b.certainty == .approximate {
                guard gap <= 3 else { return nil }
            } else {
                guard exact <= bound.adding(days: 1), exact.days(to: bound) <= 7 else { return nil }
            }
        } else {
            // A day apart is a time zone or a weekday read from another anchor (the block
            // merge joins it only to a report alone on its day).
            guard gap <= 1 else { return nil }
        }
        var samePlace: Bool?
        if let p = placeKey[i], let q = placeKey[j] {
            samePlace = p == q
            // Two places the texts state are two meetings; a dateline only says where a report was filed.
            guard p == q || records[i].placeRule != "stated" || records[j].placeRule != "stated" else { return nil }
        }
        var why = ["same participants"]
        if approx {
            why.append("date \(x) ~ \(y) (one approximate)")
        } else {
            why.append(gap == 0 ? "same date \(x)" : "dates a day apart (\(x), \(y))")
        }
        if let same = samePlace, let p = records[i].place, let q = records[j].place {
            why.append(same ? "same place \(p)" : "places \(p) / \(q), one from a dateline")
        }
        return why.joined(separator: ", ")
    }

    mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
        return x
    }

    /// Whether two groups (by root) may be one meeting: no two places their texts state,
    /// no two occasions that exclude each other, not two kinds of event (a call and a
    /// meeting in person, talks and a banquet).
    func canJoin(_ a: Int, _ b: Int) -> Bool {
        if let p = statedPlace[a], let q = statedPlace[b], p != q { return false }
        if family[a] != family[b] { return false }
        for x in groupOccasions[a] { for y in groupOccasions[b] where !x.agrees(with: y) { return false } }
        // "The third summit of the Forum …, co-hosted by Modi and Marape" and "Modi and Marape held
        // bilateral talks before the summit": a summit of three or more leaders, so called by every
        // report, and talks of two of them, so called by every report, are two events of the day.
        if MergeState.summitAndTalks(shape[a], shape[b]) || MergeState.summitAndTalks(shape[b], shape[a]) { return false }
        return true
    }

    /// Whether `summit` is a summit of three or more leaders and `talks` the talks of two of them.
    static func summitAndTalks(_ summit: GroupShape, _ talks: GroupShape) -> Bool {
        summit.summit && talks.talksOfTwo && summit.people.count >= 3 && talks.people.isSubset(of: summit.people)
    }

    /// Joins the groups of `i` and `j` unless they contradict each other.
    @discardableResult
    mutating func union(_ i: Int, _ j: Int, _ why: String) -> Bool {
        let (ri, rj) = (find(i), find(j))
        guard ri != rj else { return true }
        guard canJoin(ri, rj) else { return false }
        let (to, from) = (min(ri, rj), max(ri, rj))
        parent[from] = to
        if statedPlace[to] == nil { statedPlace[to] = statedPlace[from] }
        for o in groupOccasions[from] where !groupOccasions[to].contains(o) { groupOccasions[to].append(o) }
        groupOccasions[from] = []
        shape[to] = GroupShape(summit: shape[to].summit && shape[from].summit, talksOfTwo: shape[to].talksOfTwo && shape[from].talksOfTwo,
                               people: shape[to].people.union(shape[from].people))
        shape[from].people = []
        reasons[to, default: []].append("\(records[i].report) + \(records[j].report): \(why)")
        if let moved = reasons.removeValue(forKey: from) { reasons[to, default: []] += moved }
        return true
    }

    /// Merges the records of one block (the same participants).
    mutating func mergeBlock(_ members: [Int]) {
        let recs = records
        let byReport = { (a: Int, b: Int) in recs[a].report < recs[b].report }
        // Dated records whose year is sure: compare each with the ones shortly after it in date order.
        let firm = members.filter { records[$0].date.day != nil && records[$0].date.monthDay == nil }
            .sorted { (records[$0].date.day?.ordinal ?? 0, records[$0].report) < (records[$1].date.day?.ordinal ?? 0, records[$1].report) }
        // Days a report gives exactly first; a day apart (a time zone, a weekday read from
        // another anchor) only for a report that stands alone on its day: two groups of
        // reports that each agree on a day, a day apart, tell two meetings (a dinner on the
        // eve and the talks the next day).
        // Publication dates standing in for the day (approximate) only bound the meeting:
        // such a report joins one meeting in its window, never links two.
        let exact = firm.filter { records[$0].date.certainty != .approximate }
        sharePlaceWithinCountry(exact)
        var dayApart: [(Int, Int, String)] = []
        for (a, i) in exact.enumerated() {
            var b = a + 1
            while b < exact.count {
                let j = exact[b]
                // Two days a report gives exactly are one meeting at most a day apart.
                if let di = records[i].date.day, let dj = records[j].date.day, dj.ordinal - di.ordinal > 1 { break }
                if let why = compatible(i, j) {
                    if let di = records[i].date.day, let dj = records[j].date.day, di != dj {
                        dayApart.append((i, j, why))
                    } else {
                        union(i, j, why)
                    }
                }
                b += 1
            }
        }
        // Reports that give the month and day without a year support their day too.
        var size: [Int: Int] = [:]
        for i in exact { size[find(i), default: 0] += 1 }
        var onMonthDay: [MonthDay: Int] = [:]
        for m in members { if records[m].date.day == nil, let md = records[m].date.monthDay { onMonthDay[md, default: 0] += 1 } }
        func support(_ i: Int) -> Int {
            let md = records[i].date.day.map { MonthDay(month: $0.month, day: $0.day) }
            return (size[find(i)] ?? 0) + (md.flatMap { onMonthDay[$0] } ?? 0)
        }
        // A report alone on the day before, of another place than the other's ("Ahmedabad: …
        // addressed the rally at the stadium on Monday", then talks stated in New Delhi on
        // Tuesday), tells an earlier event of the visit: a time zone or a late filing moves a
        // report's day later, not earlier. (A day later from another city is a filing: the
        // summit's second day, written from where the leaders went on.)
        func earlierElsewhere(_ a: Int, _ b: Int) -> Bool {
            guard let da = records[a].date.day, let db = records[b].date.day, da < db else { return false }
            return (records[a].placeRule == "stated" || records[b].placeRule == "stated")
                && placeKey[a] != nil && placeKey[b] != nil && placeKey[a] != placeKey[b]
        }
        // A lone report whose text gives its own day ("on the 19th", "September 19") does not
        // move to a day that two reports agree on: it tells the next day's event (the talks,
        // then the signing), not the same one read across a time zone.
        func joins(_ lone: Int, _ other: Int) -> Bool {
            support(lone) == 1 && !earlierElsewhere(lone, other) && !(DateResolver.givesItsOwnDay(records[lone].date) && support(other) >= 2)
        }
        for (i, j, why) in dayApart where find(i) != find(j) {
            // A report of the guest's arrival dated the day before the talks tells the eve (the
            // welcome, a dinner), not the talks: a time zone moves a day later, an arrival earlier.
            if let di = records[i].date.day, let dj = records[j].date.day,
               di < dj ? records[i].tellsArrival == true && support(i) == 1 : records[j].tellsArrival == true && support(j) == 1 { continue }
            if joins(i, j) || joins(j, i) { union(i, j, why) }
        }
        assignApproximate(firm.filter { records[$0].date.certainty == .approximate }, exact: exact)
        mergeMisdated(firm)
        mergeMonthDays(members.filter { records[$0].date.monthDay != nil }.sorted(by: byReport), firm: firm)
        mergeUndated(members.filter { records[$0].date.day == nil && records[$0].date.monthDay == nil }.sorted(by: byReport), members: members)
    }

    /// The same people, the same day, the same kind of event, and two places their texts state
    /// in one country ("in Bali, Indonesia" and "in Nusa Dua on the island of Bali"; "at Camp
    /// David" and "near Washington"): a region and a town in it, or a resort and the city
    /// nearby, told by outlets at two scales, not two meetings. Such records take one place
    /// key (the one most of them state) and are joined, the reason naming both places.
    /// `exact` are the block's records with a day of their own (not approximate), in date order.
    private mutating func sharePlaceWithinCountry(_ exact: [Int]) {
        var start = 0
        while start < exact.count {
            var end = start + 1
            let day = records[exact[start]].date.day
            while end < exact.count, records[exact[end]].date.day == day { end += 1 }
            defer { start = end }
            let stated = exact[start..<end].filter { records[$0].placeRule == "stated" && records[$0].placeCountry != nil }
            guard stated.count >= 2 else { continue }
            var byCountry: [String: [Int]] = [:]
            for i in stated { byCountry["\(records[i].placeCountry ?? "")|\(family[i])", default: []].append(i) }
            for key in byCountry.keys.sorted() {
                guard let group = byCountry[key] else { continue }
                var count: [String: Int] = [:]
                for i in group { if let p = placeKey[i] { count[p, default: 0] += 1 } }
                guard count.count >= 2 else { continue }
                // The place most of them state; on a tie, the first in key order.
                guard let shared = count.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else { continue }
                let names = Set(group.compactMap { records[$0].place }).sorted().joined(separator: " / ")
                for i in group where placeKey[i] != shared {
                    let old = placeKey[i]
                    placeKey[i] = shared
                    if statedPlace[i] == old { statedPlace[i] = shared }
                    let r = find(i)
                    if statedPlace[r] == old { statedPlace[r] = shared }
                }
                guard let first = group.first else { continue }
                for i in group.dropFirst() {
                    union(first, i, "same participants, same date \(day?.description ?? ""), places \(names) in one country")
                }
            }
        }
    }

    /// Records dated only by their publication (the latest day the meeting can have been)
    /// join the one meeting of the block in the week before that day; with several, the
    /// one their place, weekday and content point to clearly. Those with no such meeting
    /// form meetings together when their bounds are close.
    private mutating func assignApproximate(_ approx: [Int], exact: [Int]) {
        guard !approx.isEmpty else { return }
        var groups: [Int: [Int]] = [:]
        for j in exact { groups[find(j), default: []].append(j) }
        var profiles: [Int: GroupProfile] = [:]
        var decisions: [(Int, Int, String)] = []
        var left: [Int] = []
        for i in approx {
            guard let bound = records[i].date.day else { continue }
            let own = find(i)
            let lo = bound.adding(days: -7).ordinal, hi = bound.adding(days: 1).ordinal
            // The first exact record on or after the window's start (exact is in date order).
            var a = 0, b = exact.count
            while a < b {
                let mid = (a + b) / 2
                if (records[exact[mid]].date.day?.ordinal ?? Int.min) < lo { a = mid + 1 } else { b = mid }
            }
            var roots = Set<Int>()
            // (A report of the guest's arrival published the day before the talks tells the eve:
            // the day's grace after its publication is for time zones, not for the next day's talks.)
            let eve = records[i].tellsArrival == true
            while a < exact.count, let d = records[exact[a]].date.day, d.ordinal <= hi {
                if !(eve && d > bound), compatible(i, exact[a]) != nil { roots.insert(find(exact[a])) }
                a += 1
            }
            if roots.contains(own) { continue }
            let candidates = roots.filter { canJoin(own, $0) }.sorted()
            if candidates.count == 1, let r = candidates.first {
                decisions.append((r, i, "same participants, the one meeting in the week before its publication (\(bound))"))
                continue
            }
            guard candidates.count > 1 else { left.append(i); continue }
            let clues = Clues(records[i], occasion: occasions[i])
            var scored: [(root: Int, score: Double)] = []
            for r in candidates {
                let g = profiles[r] ?? GroupProfile(root: r, members: groups[r] ?? [], records: records, occasions: occasions, placeKeys: placeKey)
                profiles[r] = g
                if let w = clues.weekday, !g.weekdays.isEmpty, !g.weekdays.contains(w) { continue }
                scored.append((r, weights.share(of: records[i].fingerprint, in: g.content) + evidence(clues, g)))
            }
            scored.sort { ($0.score, -$0.root) > ($1.score, -$1.root) }
            let second = scored.count > 1 ? scored[1].score : 0
            if let best = scored.first, best.score >= 0.3, best.score - second >= 0.2 {
                decisions.append((best.root, i, "same participants, in the week before its publication (\(bound)); place, weekday and content point to this meeting"))
            } else if records[i].tellsArrival == true,
                      let first = scored.min(by: { (earliest(groups[$0.root]) ?? Int.max, $0.root) < (earliest(groups[$1.root]) ?? Int.max, $1.root) }) {
                // Nothing tells the meetings apart, but the report tells the guest's arrival:
                // it is of the visit's first meeting.
                decisions.append((first.root, i, "same participants, in the week before its publication (\(bound)); it tells the guest's arrival, so the visit's first meeting"))
            } else if scored.isEmpty {
                left.append(i)
            }
        }
        for (g, i, why) in decisions { union(g, i, why) }
        // No dated meeting in reach: reports published within three days of each other.
        left.sort { (records[$0].date.day?.ordinal ?? 0, records[$0].report) < (records[$1].date.day?.ordinal ?? 0, records[$1].report) }
        for (a, i) in left.enumerated() {
            for j in left[(a + 1)...] {
                if let x = records[i].date.day, let y = records[j].date.day, x.days(to: y) > 3 { break }
                if let why = compatible(i, j) { union(i, j, why) }
            }
        }
    }

    /// The earliest day (as an ordinal) among the records of a group.
    func earliest(_ members: [Int]?) -> Int? {
        members?.compactMap { records[$0].date.day?.ordinal }.min()
    }

    /// How many content hashes a misdated record must share with a meeting to join it.
    static let minimumSharedFacts = 4

    /// A dated record left alone joins a meeting of its block a few days away when the
    /// texts state the same place, the occasions agree and the record shares clearly more
    /// of its weighted content with that meeting's reports than with any other: a report
    /// may give the day of a later event of the same visit. Months apart is never close.
    private mutating func mergeMisdated(_ firm: [Int]) {
        var size: [Int: Int] = [:]
        for j in firm { size[find(j), default: 0] += 1 }
        guard size.count > 1 else { return }
        var groups: [Int: [Int]] = [:]
        for j in firm { groups[find(j), default: []].append(j) }
        var content: [Int: HashSet64] = [:]
        var decisions: [(Int, Int, String)] = []
        for (a, i) in firm.enumerated() where size[find(i)] == 1 {
            let r = records[i]
            guard r.date.certainty != .approximate, r.placeRule == "stated", let place = r.place.map({ Fold.key($0) }),
                  let day = r.date.day else { continue }
            var near = Set<Int>()
            for j in firm[max(0, a - 40)..<min(firm.count, a + 40)] where j != i {
                guard let d = records[j].date.day, abs(d.days(to: day)) <= 7, records[j].date.certainty != .approximate else { continue }
                let root = find(j)
                if root != find(i), records[j].place.map({ Fold.key($0) }) == place { near.insert(root) }
            }
            var scored: [(root: Int, share: Double)] = []
            // Roots first: a mutating `find` inside the arguments of a call on `self` copies the whole state.
            let own = find(i)
            for root in near.sorted() where canJoin(own, root) {
                if content[root] == nil { content[root] = MergeState.union(groups[root, default: []].map { records[$0].fingerprint }) }
                scored.append((root, weights.share(of: r.fingerprint, in: content[root] ?? HashSet64())))
            }
            scored.sort { ($0.share, -$0.root) > ($1.share, -$1.root) }
            guard let best = scored.first, best.share >= 0.5 else { continue }
            if scored.count > 1, best.share - scored[1].share < 0.2 { continue }
            // A share of a handful of words is no evidence: the eve's informal dinner and the
            // next day's talks may share a quotation and little else.
            guard let shared = content[best.root], r.fingerprint.lazy.filter({ shared.contains($0) }).count >= MergeState.minimumSharedFacts else { continue }
            decisions.append((best.root, i, "same participants and place, \(day) within a week of \(records[best.root].date.day?.description ?? ""), sharing \(Int(best.share * 100))% of its weighted content"))
        }
        for (g, i, why) in decisions { union(g, i, why) }
    }

    /// Whether record `i`, which gives month and day `md` and a weekday, tells another day than
    /// record `j`'s (a day the text gives, not a publication bound): in `j`'s year `md` falls on
    /// that weekday, so the day is `md` itself, not the day either side that `j` gives ("Paris,
    /// Jul 13 — … on Thursday" is not the talks of Friday, July 14, 2023).
    func weekdayPinsOtherDay(_ i: Int, _ md: MonthDay, _ j: Int) -> Bool {
        guard let w = records[i].date.weekday, records[j].date.certainty != .approximate,
              let d = records[j].date.day, d.month != md.month || d.day != md.day,
              let own = Day(year: d.year, month: md.month, day: md.day) else { return false }
        return own.weekday == w
    }

    /// Records with a month and day but no sure year join the one meeting of the block on
    /// that day (a day either side for time zones); with several, the one whose reports
    /// share clearly more of the record's content. With none, records of the same month
    /// and day form a meeting together.
    private mutating func mergeMonthDays(_ partial: [Int], firm: [Int]) {
        guard !partial.isEmpty else { return }
        var groups: [Int: [Int]] = [:]
        for j in firm { groups[find(j), default: []].append(j) }
        // A copy of a dated report is placed already.
        var placed = Set<Int>()
        for i in partial where groups[find(i)] != nil { placed.insert(i) }
        let partial = partial.filter { !placed.contains($0) }
        // The dated records by month and day, each also under the days either side (time zones).
        // Exact days first; a day either side only when no meeting falls on the day itself.
        var onDay: [MonthDay: [Int]] = [:]
        var nearDay: [MonthDay: [Int]] = [:]
        // Reports dated only by a publication on that very month and day ("MINSK, 24 May" beside a
        // wire of May 24 that gives no day of its own): the same day, after those that give it.
        var onBound: [MonthDay: [Int]] = [:]
        for j in firm {
            guard let d = records[j].date.day else { continue }
            // A publication date bounds the meeting from above: the week before it.
            let range = records[j].date.certainty == .approximate ? -7...1 : -1...1
            for k in range {
                let x = d.adding(days: k)
                if k == 0 && records[j].date.certainty != .approximate {
                    onDay[MonthDay(month: x.month, day: x.day), default: []].append(j)
                } else if k == 0 {
                    onBound[MonthDay(month: x.month, day: x.day), default: []].append(j)
                    nearDay[MonthDay(month: x.month, day: x.day), default: []].append(j)
                } else {
                    nearDay[MonthDay(month: x.month, day: x.day), default: []].append(j)
                }
            }
        }
        // Two reports that agree on a month and day tell their day: like dated reports, they
        // do not move a day to another meeting (the talks and the next day's signing).
        var told: [MonthDay: Int] = [:]
        for i in partial { if let md = records[i].date.monthDay { told[md, default: 0] += 1 } }
        var content: [Int: HashSet64] = [:]
        var decisions: [(Int, Int, String)] = []
        var unplaced: [Int] = []
        for i in partial {
            guard let md = records[i].date.monthDay else { continue }
            let own = find(i)
            var candidates: [Int] = []
            for (n, table) in [onDay, onBound, nearDay].enumerated() where n <= 1 || told[md] == 1 {
                var roots = Set<Int>()
                for j in table[md] ?? [] where placeAndKindAgree(i, j) && !(n == 2 && weekdayPinsOtherDay(i, md, j)) { roots.insert(find(j)) }
                candidates = roots.filter { canJoin(own, $0) }.sorted()
                if !candidates.isEmpty { break }
            }
            // With several meetings that day (two places the texts state), the one in its place.
            let inItsPlace = placeKey[i].map { p in candidates.filter { r in groups[r, default: []].contains { placeKey[$0] == p } } } ?? []
            if candidates.count == 1, let r = candidates.first {
                decisions.append((r, i, "same participants, \(md) matches \(records[r].date.day?.description ?? ""); year completed from the other reports"))
            } else if candidates.count > 1, inItsPlace.count == 1, let r = inItsPlace.first {
                decisions.append((r, i, "same participants, \(md) matches \(records[r].date.day?.description ?? "") in the same place \(records[i].place ?? ""); year completed from the other reports"))
            } else if candidates.count > 1 {
                var scored: [(root: Int, share: Double)] = []
                for r in candidates {
                    if content[r] == nil { content[r] = MergeState.union(groups[r, default: []].map { records[$0].fingerprint }) }
                    scored.append((r, weights.share(of: records[i].fingerprint, in: content[r] ?? HashSet64())))
                }
                scored.sort { ($0.share, -$0.root) > ($1.share, -$1.root) }
                if let best = scored.first, best.share >= 0.3, best.share - scored[1].share >= 0.2 {
                    decisions.append((best.root, i, "same participants, \(md) matches \(records[best.root].date.day?.description ?? "") and shares \(Int(best.share * 100))% of its weighted content"))
                }
            } else if candidates.isEmpty {
                unplaced.append(i)
            }
        }
        for (r, i, why) in decisions { union(r, i, why) }
        for (a, i) in unplaced.enumerated() {
            guard let md = records[i].date.monthDay else { continue }
            for j in unplaced[(a + 1)...] where records[j].date.monthDay == md && placeAndKindAgree(i, j) {
                union(i, j, "same participants, same month and day \(md), year unknown")
            }
        }
    }

    /// Records with no usable date (a weekday or "yesterday" that nothing anchors, or no day
    /// at all) join the meeting of their block that the rest of their content points to:
    /// the place, the occasion, the weekday, the part of the day and the specific facts
    /// (amounts, agreements) they share with its reports. Content alone never decides:
    /// the candidate must also not contradict the record, and win clearly.
    private mutating func mergeUndated(_ weak: [Int], members: [Int]) {
        guard !weak.isEmpty else { return }
        let weakSet = Set(weak)
        var groups: [Int: [Int]] = [:]
        for m in members where !weakSet.contains(m) { groups[find(m), default: []].append(m) }
        // A copy of a dated report is placed already.
        var placed = Set<Int>()
        for i in weak where groups[find(i)] != nil { placed.insert(i) }
        let weak = weak.filter { !placed.contains($0) }
        let profiles = groups.keys.sorted().map { GroupProfile(root: $0, members: groups[$0] ?? [], records: records, occasions: occasions, placeKeys: placeKey) }
        // By weekday: a record that gives one is scored only against the meetings on it (and
        // those that give none), in a block where the same leaders met many times.
        var onWeekday: [Int: [Int]] = [:]
        var anyWeekday: [Int] = []
        for (k, g) in profiles.enumerated() {
            if g.weekdays.isEmpty { anyWeekday.append(k) } else { for w in g.weekdays { onWeekday[w, default: []].append(k) } }
        }
        // The groups holding each hash of the undated records' fingerprints: a record's share
        // with every group comes from one pass over its own hashes, where a set per group
        // would be built and probed for each record and group of a busy block.
        var slotOf = HashMap64<Int32>(capacity: 64)
        var holders: [[Int32]] = []
        for i in weak {
            for h in records[i].fingerprint where slotOf[h] == nil {
                slotOf[h] = Int32(holders.count)
                holders.append([])
            }
        }
        if !holders.isEmpty {
            for (k, g) in profiles.enumerated() {
                for m in g.members {
                    for h in records[m].fingerprint {
                        guard let s = slotOf[h].map(Int.init), holders[s].last != Int32(k) else { continue }
                        holders[s].append(Int32(k))
                    }
                }
            }
        }
        var shared = [Double](repeating: 0, count: profiles.count)
        var decisions: [(Int, Int, String)] = []
        var left: [Int] = []
        for i in weak {
            let r = records[i]
            let clues = Clues(r, occasion: occasions[i])
            // The weighted share of its content each group holds, summed in the order of its hashes.
            var all = 0.0
            for (h, w) in zip(r.fingerprint, weights.weights(of: r.fingerprint)) {
                all += w
                guard let s = slotOf[h].map(Int.init) else { continue }
                for k in holders[s] { shared[Int(k)] += w }
            }
            // The two best candidates and how many there are: a busy block has many, and
            // only the first two decide.
            var best: (root: Int, score: Double, share: Double, profile: GroupProfile)?
            var second = -Double.infinity
            var candidates = 0
            let own = find(i)
            // Read in place: joining the lists would copy a busy block's groups for every record.
            let lists = r.date.weekday.map { [onWeekday[$0] ?? [], anyWeekday] } ?? [Array(profiles.indices)]
            for list in lists {
                for k in list {
                    let g = profiles[k]
                    guard canJoin(own, g.root), !outsidePresent(clues, g), !otherDayOfMonth(clues, g), !recalls(r, g) else { continue }
                    let share = all > 0 ? shared[k] / all : 0
                    let score = share + evidence(clues, g)
                    candidates += 1
                    // Ties go to the earlier group.
                    if let b = best, (score, -g.root) <= (b.score, -b.root) {
                        second = max(second, score)
                    } else {
                        if let b = best { second = max(second, b.score) }
                        best = (g.root, score, share, g)
                    }
                }
            }
            for h in r.fingerprint {
                guard let s = slotOf[h].map(Int.init) else { continue }
                for k in holders[s] { shared[Int(k)] = 0 }
            }
            if candidates < 2 { second = 0 }
            // Shared content, or signals of its own (a weekday that matches, the place and the occasion).
            if let best, best.share >= 0.1 || best.score - best.share >= 0.3, best.score >= 0.4, best.score - second >= 0.2 {
                let others = candidates - 1
                decisions.append((best.root, i, "same participants, no usable date; \(agreeing(clues, best.profile, share: best.share)) point to this meeting"
                                  + (others > 0 ? " over \(others) other\(others == 1 ? "" : "s") of theirs" : "")))
            } else if candidates == 1, let only = best, !contradicts(clues, only.profile) {
                // The one meeting of these people that nothing in the report contradicts.
                decisions.append((only.root, i, "same participants, no usable date; the only meeting of theirs that nothing in it contradicts"
                                  + " (\(agreeing(clues, only.profile, share: only.share)))"))
            } else {
                left.append(i)
            }
        }
        for (g, i, why) in decisions { union(g, i, why) }
        // What is left: undated records that tell the same meeting as each other.
        // Each record's profile and clues are made once, however many others it is scored against.
        var single: [Int: GroupProfile] = [:]
        for (a, i) in left.enumerated() {
            let clues = Clues(records[i], occasion: occasions[i])
            for j in left[(a + 1)...] {
                let (ri, rj) = (find(i), find(j))
                guard ri != rj, canJoin(ri, rj), placeAndKindAgree(i, j) else { continue }
                if let w = records[i].date.weekday, let v = records[j].date.weekday, w != v { continue }
                let g = single[j] ?? GroupProfile(root: j, members: [j], records: records, occasions: occasions, placeKeys: placeKey)
                single[j] = g
                let share = min(weights.share(of: records[i].fingerprint, inSorted: records[j].fingerprint),
                                weights.share(of: records[j].fingerprint, inSorted: records[i].fingerprint))
                let score = share + evidence(clues, g)
                if share >= 0.2 && score >= 0.5 {
                    union(i, j, "same participants, neither dated; place, occasion and \(Int(share * 100))% of their weighted content agree")
                } else if let w = clues.weekday, records[j].date.weekday == w, let p = clues.place, placeKey[j] == p,
                          records[j].placeRule != Extractor.unplacedDateline, !contradicts(clues, g) {
                    // Texts written apart share little wording: the same weekday and the same
                    // place, with nothing against them, tell one meeting of the same people.
                    union(i, j, "same participants, neither dated; \(agreeing(clues, g, share: share)) agree")
                }
            }
        }
    }

    /// Whether anything an undated record says disagrees with a group: another place or a
    /// framework of another size, another count of years of relations, or a day outside the
    /// years it tells as its present. (Parts of the day differ between reports of one meeting:
    /// an arrival in the morning, talks in the afternoon.)
    func contradicts(_ r: Clues, _ g: GroupProfile) -> Bool {
        if outsidePresent(r, g) || otherDayOfMonth(r, g) { return true }
        if let p = r.place, !g.places.isEmpty, !g.places.contains(p) { return true }
        if r.otherCountry(g) { return true }
        if !r.frameworkCounts.isEmpty, !g.frameworkCounts.isEmpty, r.frameworkCounts.isDisjoint(with: g.frameworkCounts) { return true }
        if let age = r.relationsAge, !g.relationsAges.isEmpty, !g.relationsAges.contains(age) { return true }
        return false
    }

    /// Whether a group's days all fall outside the years an undated record tells as its
    /// present ("amid the coronavirus pandemic" is not of a meeting in 2023).
    func outsidePresent(_ r: Clues, _ g: GroupProfile) -> Bool {
        guard let era = r.presentYears, !g.years.isEmpty else { return false }
        return !g.years.contains { era.contains($0) }
    }

    /// Whether an undated record gives a day of the month alone ("on the 30th") and every day
    /// its group's records give falls on another one: the same people the day before or after.
    /// (A month and day with no year is placed by `mergeMonthDays`, not here.)
    func otherDayOfMonth(_ r: Clues, _ g: GroupProfile) -> Bool {
        guard let d = r.dayOfMonth, !g.daysOfMonth.isEmpty else { return false }
        return !g.daysOfMonth.contains(d)
    }

    /// Whether an undated record tells as signed at an earlier meeting a document the group's
    /// reports tell (three words of its name or more): the group is that earlier meeting.
    func recalls(_ r: MeetingRecord, _ g: GroupProfile) -> Bool {
        guard let recalled = r.recalled, recalled.count >= 3 else { return false }
        var shared = 0
        for h in recalled where g.content.contains(h) {
            shared += 1
            if shared >= 3 { return true }
        }
        return false
    }

    /// The signals of an undated record that agree with a group, for the merge's reasons:
    /// "weekday, place and 12% of its weighted content".
    func agreeing(_ r: Clues, _ g: GroupProfile, share: Double) -> String {
        var parts: [String] = []
        if let w = r.weekday, g.weekdays.contains(w) { parts.append("weekday") } else if let w = r.weekday, g.boundWeekdays.contains(w) {
            parts.append("weekday of the publication day or the day before")
        }
        if let p = r.place, g.places.contains(p) { parts.append("place") }
        if let o = r.occasion, o.isSpecific, g.occasions.contains(where: { $0.isSpecific && $0.agrees(with: o) }) { parts.append("occasion") }
        if let pod = r.partOfDay, g.partsOfDay.contains(pod) { parts.append("part of the day") }
        if !r.frameworkCounts.isEmpty, !r.frameworkCounts.isDisjoint(with: g.frameworkCounts) { parts.append("framework size") }
        parts.append("\(Int(share * 100))% of its weighted content")
        guard parts.count > 1, let last = parts.last else { return parts.joined() }
        return parts.dropLast().joined(separator: ", ") + " and " + last
    }

    /// Support beyond shared content for an undated record joining a group: each signal
    /// that agrees adds, each that disagrees takes away.
    func evidence(_ r: Clues, _ g: GroupProfile) -> Double {
        var e = 0.0
        if let o = r.occasion, o.isSpecific, g.occasions.contains(where: { $0.isSpecific && $0.agrees(with: o) }) { e += 0.15 }
        if let p = r.place, g.places.contains(p) {
            e += 0.2
        } else if r.place != nil && !g.places.isEmpty || r.otherCountry(g) {
            e -= 0.15
        }
        // A weekday falls on the group's day one time in seven by chance.
        if let w = r.weekday, g.weekdays.contains(w) { e += 0.3 } else if let w = r.weekday, g.boundWeekdays.contains(w) { e += 0.15 }
        if let pod = r.partOfDay, !g.partsOfDay.isEmpty { e += g.partsOfDay.contains(pod) ? 0.1 : -0.1 }
        // One meeting's framework has one number of points ("six major orientations").
        if !r.frameworkCounts.isEmpty, !g.frameworkCounts.isEmpty { e += r.frameworkCounts.isDisjoint(with: g.frameworkCounts) ? -0.4 : 0.15 }
        // Years of relations counted differently ("20 years of diplomatic relations", "the 25th
        // anniversary"): another year.
        if let age = r.relationsAge, !g.relationsAges.isEmpty, !g.relationsAges.contains(age) { e -= 0.6 }
        return e
    }

    static func union(_ lists: [[UInt64]]) -> HashSet64 {
        var set = HashSet64(capacity: lists.reduce(0) { $0 + $1.count })
        for l in lists { for h in l { set.insert(h) } }
        return set
    }
}

/// What an undated record says besides its content, prepared once for scoring.
struct Clues {
    let occasion: OccasionKey?
    let place: String?
    let weekday: Int?
    let partOfDay: String?
    let frameworkCounts: Set<Int>
    let relationsAge: Int?
    let presentYears: ClosedRange<Int>?
    /// The day of the month the text gives alone (see ``MeetingDate/dayOfMonth``).
    let dayOfMonth: Int?
    /// The country of the place the text states, a city or a country alone.
    let country: String?

    init(_ r: MeetingRecord, occasion: OccasionKey?) {
        self.occasion = occasion
        // (A country alone, "to India", neither agrees with a city nor contradicts one.)
        place = r.placeRule == Extractor.unplacedDateline || r.placeRule == Extractor.countryOnlyRule ? nil : r.place.map { Fold.key($0) }
        weekday = r.date.weekday
        partOfDay = r.date.partOfDay
        frameworkCounts = Set(r.orientations.compactMap(\.declaredCount))
        relationsAge = r.relationsAge
        presentYears = r.presentYears
        dayOfMonth = r.date.dayOfMonth
        country = r.placeCountry
    }

    /// Whether the record states a place in another country than every place the group's
    /// records state, when one side gives only a country ("India" against "Colombo"): two
    /// cities are compared by name instead.
    func otherCountry(_ g: GroupProfile) -> Bool {
        guard let c = country, !g.countries.isEmpty, place == nil || g.places.isEmpty else { return false }
        return !g.countries.contains(c)
    }
}

/// What a group of records says together, for scoring an undated record against it.
/// A class, so that scoring many records against the same groups does not copy them.
final class GroupProfile {
    let root: Int
    let members: [Int]
    /// The hashes of its records' fingerprints: gathered only when a score asks for them.
    private(set) lazy var content: HashSet64 = MergeState.union(members.map { records[$0].fingerprint })
    let places: Set<String>
    let occasions: [OccasionKey]
    let weekdays: Set<Int>
    /// The weekdays of the day a publication date bounds and of the day before it, of
    /// records whose text gives no day: a report filed the day of the meeting or the next.
    let boundWeekdays: Set<Int>
    let partsOfDay: Set<String>
    let frameworkCounts: Set<Int>
    /// The years of relations its records count (see ``MeetingRecord/relationsAge``).
    let relationsAges: Set<Int>
    /// The years of the days its records give (not a publication date standing in for one).
    let years: Set<Int>
    /// The days of the month its records give (not a publication date standing in for one).
    let daysOfMonth: Set<Int>
    /// The countries of the places its records state (see ``MeetingRecord/placeCountry``).
    let countries: Set<String>
    private let records: [MeetingRecord]

    /// `placeKeys` are the records' places, folded.
    init(root: Int, members: [Int], records: [MeetingRecord], occasions all: [OccasionKey?], placeKeys: [String?]) {
        self.root = root
        self.members = members
        self.records = records
        places = Set(members.compactMap { m in
            placeKeys.indices.contains(m) && records[m].placeRule != Extractor.countryOnlyRule ? placeKeys[m] : nil
        })
        occasions = members.compactMap { all.indices.contains($0) ? all[$0] : nil }
        // Days the texts give (not a publication date standing in for one).
        weekdays = Set(members.compactMap { m in
            records[m].date.certainty == .approximate ? records[m].date.weekday : records[m].date.day?.weekday ?? records[m].date.weekday
        })
        boundWeekdays = Set(members.flatMap { m -> [Int] in
            guard records[m].date.certainty == .approximate, records[m].date.weekday == nil, let d = records[m].date.day else { return [] }
            return [d.weekday, d.adding(days: -1).weekday]
        })
        partsOfDay = Set(members.compactMap { records[$0].date.partOfDay })
        frameworkCounts = Set(members.flatMap { records[$0].orientations.compactMap(\.declaredCount) })
        relationsAges = Set(members.compactMap { records[$0].relationsAge })
        years = Set(members.compactMap { records[$0].date.certainty == .approximate ? nil : records[$0].date.day?.year })
        countries = Set(members.compactMap { records[$0].placeCountry })
        daysOfMonth = Set(members.compactMap { m in
            records[m].date.certainty == .approximate ? records[m].date.dayOfMonth : records[m].date.day?.day ?? records[m].date.monthDay?.day
        })
    }
}
