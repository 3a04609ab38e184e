/// Groups the meeting records of many reports into meetings.
///
/// Reports are blocked by their participant set (after alias resolution), so the
/// work grows with the corpus, not its square. Inside a block two records are the
/// same meeting when their dates are compatible (equal or a day apart for time
/// zones; an approximate date only bounds the meeting from above), their places
/// agree or one is unknown, and their kinds do not exclude each other (a phone
/// call is not talks in person). No link ever joins two groups whose texts state
/// different places or occasions that exclude each other (a state visit and a
/// summit's sidelines, visits to two countries).
///
/// Records whose date cannot be anchored (a weekday or "yesterday" with no
/// publication date, a month and day with no year) join the meeting their other
/// signals point to: place, occasion, weekday, part of the day, and the specific
/// facts (amounts, agreements) they share with its reports, weighted by how rare
/// each is. Shared content supports a link but never makes one alone: the
/// candidate must not contradict the record and must win clearly over the block's
/// other meetings.
public struct MeetingMerger: Sendable {
    /// Creates a merger.
    public init() {}

    /// A user's correction of the merge: reports split off into a meeting of their
    /// own, or two meetings forced together. Kept by report id, so it survives later loads.
    public enum Override: Sendable, Hashable, Codable {
        /// These reports form a meeting apart from the others they were merged with.
        case split([String])
        /// The meetings of these two reports are one.
        case join(String, String)
    }

    /// Merges records into meetings, sorted by date then id.
    public func merge(_ records: [MeetingRecord]) -> [Meeting] {
        merge(records, overrides: [])
    }

    /// Merges records, then applies the user's overrides in order.
    ///
    /// `copies` are groups of reports found to be copies of one another (syndicated
    /// or scraped twice, see ``WitnessFinder``): one text tells one meeting, so each
    /// group is merged first, and what one copy says (a publication date its twin
    /// lost, say) places them all.
    public func merge(_ records: [MeetingRecord], overrides: [Override], copies: [WitnessFinder.Group] = []) -> [Meeting] {
        // `.never` never stops it.
        (try? merge(records, overrides: overrides, copies: copies, cancellation: .never)) ?? []
    }

    /// ``merge(_:overrides:copies:)`` that asks `cancellation` between its steps, between
    /// blocks and every few hundred groups and meetings, and throws ``CancelledError``
    /// soon after it is requested.
    public func merge(_ records: [MeetingRecord], overrides: [Override], copies: [WitnessFinder.Group] = [],
                      cancellation: Cancellation) throws -> [Meeting] {
        let records = MeetingMerger.takingOtherDays(records)
        let renamed = MeetingMerger.unknownPeopleRenamed(records)
        // Block by participant set.
        // Records are read in place, never copied whole: a copy retains every field of a record.
        var blocks: [String: [Int]] = [:]
        var position: [String: Int] = [:]
        position.reserveCapacity(records.count)
        for i in records.indices {
            let key = (renamed[i] ?? records[i].participants).map(\.id).sorted().joined(separator: "|")
            blocks[key, default: []].append(i)
            if position[records[i].report] == nil { position[records[i].report] = i }
        }
        var state = MergeState(records, renamed: renamed)
        if !copies.isEmpty {
            for g in copies.sorted(by: { $0.original < $1.original }) {
                guard let o = position[g.original], !records[o].participants.isEmpty else { continue }
                for c in g.copies.sorted() {
                    guard let i = position[c], !records[i].participants.isEmpty else { continue }
                    state.union(o, i, "copies of one report")
                }
            }
        }
        try cancellation.checkpoint()
        // In the order of their keys: a copy links two blocks now and then (one copy lost a
        // leader's name), and the merge must not depend on the order a dictionary lists them.
        for key in blocks.keys.sorted() where !key.isEmpty {
            guard let members = blocks[key], members.count > 1 else { continue }
            try cancellation.checkpoint()
            state.mergeBlock(members)
        }
        try state.mergePartialParticipants(cancellation: cancellation)
        var reasons = state.reasons
        // The user's overrides: a split makes its reports a group of their own; a join unites two groups.
        var label: [Int] = []
        label.reserveCapacity(records.count)
        for i in records.indices { label.append(state.find(i)) }
        var next = records.count
        // For each split, the group its reports left: one of the two keeps the meeting's id.
        var splitFrom: [Int: Int] = [:]
        for o in overrides {
            switch o {
            case .split(let ids):
                let members = ids.compactMap { position[$0] }
                guard let first = members.first else { continue }
                splitFrom[next] = label[first]
                for m in members { label[m] = next }
                next += 1
                for m in members { reasons[next - 1, default: []].append("split off by hand: \(records[m].report)") }
            case .join(let a, let b):
                guard let i = position[a], let j = position[b], label[i] != label[j] else { continue }
                let (from, to) = (label[j], label[i])
                for k in label.indices where label[k] == from { label[k] = to }
                reasons[to, default: []].append("joined by hand: \(a) + \(b)")
            }
        }
        var groups: [Int: [Int]] = [:]
        for i in records.indices { groups[label[i], default: []].append(i) }
        // In the order of their first records: the records of neighbouring meetings are read
        // from nearby memory, where the dictionary's order would hop across the whole corpus.
        let keys = groups.keys.sorted()
        let (groupsByKey, reasonsByKey) = (groups, reasons)
        // Each meeting is built from its own records alone: on all cores, in order. Each chunk
        // asks first; once one is told to stop, the rest are skipped and the merge throws.
        let latch = CancellationLatch(cancellation)
        let built = Slots<Meeting>.collect(count: keys.count, skip: { latch.shouldStop }) { k in
            let members = groupsByKey[keys[k]] ?? []
            return build(records, renamed: renamed, members: members,
                         reasons: members.flatMap { reasonsByKey[$0] ?? [] } + (keys[k] >= records.count ? reasonsByKey[keys[k]] ?? [] : []))
        }
        try latch.rethrow()
        var meetings = built ?? []
        // Of a meeting split in two, the part with more reports (then the earlier, then the
        // one whose first report sorts first) keeps the meeting's id; only the other is new.
        var newcomers = Set<Int>()
        let meetingOfKey = Dictionary(keys.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        for (new, old) in splitFrom.sorted(by: { $0.key < $1.key }) {
            guard let n = meetingOfKey[new], let o = meetingOfKey[old] else { continue }
            func rank(_ m: Meeting) -> (Int, Int, String) { (-m.reports.count, m.date.day?.ordinal ?? Int.max, m.reports.min() ?? "") }
            newcomers.insert(rank(meetings[o]) <= rank(meetings[n]) ? n : o)
        }
        assignIDs(&meetings, newcomers: newcomers)
        // Sorted through their indices: moving whole meetings about in a sort is slow.
        let order = meetings.indices.sorted { a, b in
            let (x, y) = (meetings[a].date.day?.ordinal ?? Int.max, meetings[b].date.day?.ordinal ?? Int.max)
            return x != y ? x < y : meetings[a].id < meetings[b].id
        }
        MeetingMerger.permute(&meetings, into: order)
        return meetings
    }

    /// People outside the gazetteer named in full by one report and by their family name alone
    /// by another ("Nana Akufo-Addo", "President Akufo-Addo") are one person: the shorter id
    /// takes the longer when exactly one longer id ends with it word for word. Full names that
    /// share their first and last words and differ inside are one person too.
    static func unifyUnknownPeople(_ records: [MeetingRecord]) -> [MeetingRecord] {
        var out = records
        for (i, participants) in unknownPeopleRenamed(records) { out[i].participants = participants }
        return out
    }

    /// The participants of each record that ``unifyUnknownPeople(_:)`` would change, by the
    /// record's index: the merge reads these beside the records, so that the records
    /// themselves are never copied (a copy of a corpus's records retains every field of each).
    static func unknownPeopleRenamed(_ records: [MeetingRecord]) -> [Int: [PersonRef]] {
        var unknown = Set<String>()
        for i in records.indices { for p in records[i].participants where !p.known { unknown.insert(p.id) } }
        guard unknown.count > 1 else { return [:] }
        var canon: [String: String] = [:]
        // Names of three words or more that differ only inside ("Ali al-Husseini al-Sistani",
        // "Ali al-Husayni al-Sistani": a transliteration) are one person: the first in order
        // stands for the others.
        var byEnds: [String: [String]] = [:]
        for id in unknown {
            let words = id.split(separator: "-")
            guard words.count >= 3, let first = words.first, let last = words.last else { continue }
            byEnds["\(first)|\(last)", default: []].append(id)
        }
        for ids in byEnds.values where ids.count > 1 {
            let sorted = ids.sorted()
            for id in sorted.dropFirst() { canon[id] = sorted[0]; unknown.remove(id) }
        }
        // Indexed by each word-boundary suffix of the longer ids, so the test is not pairwise.
        var bySuffix: [String: [String]] = [:]
        for id in unknown {
            var rest = Substring(id)
            while let dash = rest.firstIndex(of: "-") {
                rest = rest[rest.index(after: dash)...]
                bySuffix[String(rest), default: []].append(id)
            }
        }
        for id in unknown {
            guard let longer = bySuffix[id], longer.count == 1, let only = longer.first else { continue }
            canon[id] = only
        }
        guard !canon.isEmpty else { return [:] }
        func resolve(_ id: String) -> String {
            var id = id
            var seen = 0
            while let next = canon[id], seen < 8 { id = next; seen += 1 }
            return id
        }
        var renamed: [Int: [PersonRef]] = [:]
        for i in records.indices where records[i].participants.contains(where: { !$0.known && canon[$0.id] != nil }) {
            var participants = records[i].participants
            for k in participants.indices where !participants[k].known { participants[k].id = resolve(participants[k].id) }
            renamed[i] = participants
        }
        return renamed
    }

    /// Puts `items[order[k]]` at position `k`, following each cycle of the permutation with
    /// swaps: a swap moves two values, where building a new array copies every one of them.
    static func permute<T>(_ items: inout [T], into order: [Int]) {
        guard order.count == items.count else { return }
        var placed = [Bool](repeating: false, count: items.count)
        for start in items.indices where !placed[start] {
            var k = start
            while true {
                placed[k] = true
                let from = order[k]
                guard from != start, items.indices.contains(from), !placed[from] else { break }
                items.swapAt(k, from)
                k = from
            }
        }
    }

    /// Records whose date reads as well on another day (``MeetingDate/otherDay``: a yearless
    /// dateline that fits the lead's weekday in two years) move to it when another report, with
    /// a date of its own (or a publication date, the day of the meeting or the one after), has
    /// the same people meeting on that day, none on or beside the first reading, and none of
    /// them placing that meeting in another country than the record's own place. The array
    /// is returned as is when no record has such a day.
    static func takingOtherDays(_ records: [MeetingRecord]) -> [MeetingRecord] {
        let pending = records.indices.filter { records[$0].date.otherDay != nil && records[$0].date.day != nil }
        guard !pending.isEmpty else { return records }
        func key(_ r: MeetingRecord) -> String { r.participants.map(\.id).sorted().joined(separator: "|") }
        let wanted = Set(pending.map { key(records[$0]) })
        var days: [String: Set<Day>] = [:]
        // The countries those reports place each day in: a report placed in another keeps its
        // reading ("Tokyo, May 24: … on Tuesday" is not the Tuesday in Sydney a year later; a
        // dateline of another city of the country may be a stop of the same tour).
        var places: [String: [Day: Set<String>]] = [:]
        for r in records where r.date.otherDay == nil && r.date.monthDay == nil && r.participants.count >= 2 {
            guard let d = r.date.day else { continue }
            let k = key(r)
            guard wanted.contains(k) else { continue }
            var told = [d]
            // A report dated only by its publication tells a meeting that day or the day before.
            if r.date.certainty == .approximate { told.append(d.adding(days: -1)) }
            for t in told {
                days[k, default: []].insert(t)
                if let c = r.placeCountry { places[k, default: [:]][t, default: []].insert(c) }
            }
        }
        var out = records
        for i in pending {
            guard let other = out[i].date.otherDay, let day = out[i].date.day, let known = days[key(out[i])], known.contains(other),
                  !(-1...1).contains(where: { known.contains(day.adding(days: $0)) }) else { continue }
            if let c = out[i].placeCountry, let there = places[key(out[i])]?[other], !there.isEmpty, !there.contains(c) { continue }
            out[i].date.day = other
            out[i].date.otherDay = day
            out[i].date.rule += "; read in the other year its dateline fits, when other reports have the same leaders meeting"
        }
        return out
    }

    /// Kinds that can be one meeting: talks, a meeting and a summit are told of one event
    /// in other words, and so are a banquet and a reception; a call is not a meeting in person;
    /// a banquet, tea or a lunch, a welcome at the airport is an event of its own beside the talks.
    static func family(_ kind: String) -> String {
        switch kind {
        case "phone call", "video call": return "call"
        case "talks", "meeting", "summit": return "meeting"
        // (An evening's "official reception" and "state banquet" for the same guests are one meal.)
        case "banquet", "reception": return "banquet"
        default: return kind
        }
    }

    /// The meeting the records `members` (indices into `all`) tell together. The records are
    /// read in place: copying one retains every array and string it holds.
    func build(_ all: [MeetingRecord], renamed: [Int: [PersonRef]] = [:], members: [Int], reasons: [String]) -> Meeting {
        let sorted = members.sorted { all[$0].report < all[$1].report }
        let rank: [DateCertainty: Int] = [.stated: 0, .inferred: 1, .approximate: 2]
        // The day most reports give (with a sure year) first: one report a day off (a time
        // zone, an eve) does not move the meeting. Then the surest date.
        var support: [Day: Int] = [:]
        for i in sorted where all[i].date.certainty != .approximate && all[i].date.monthDay == nil {
            if let d = all[i].date.day { support[d, default: 0] += 1 }
        }
        // A report that gives only a weekday supports the days that fall on it.
        for i in sorted where all[i].date.day == nil {
            guard let w = all[i].date.weekday else { continue }
            for d in Array(support.keys) where d.weekday == w { support[d, default: 0] += 1 }
        }
        func votes(_ date: MeetingDate) -> Int {
            guard date.certainty != .approximate, date.monthDay == nil, let d = date.day else { return 0 }
            return support[d] ?? 0
        }
        func key(_ i: Int) -> (Int, Int, Int) {
            let date = all[i].date
            return (-votes(date), rank[date.certainty] ?? 3, date.day == nil ? 1 : 0)
        }
        let best = sorted.min { key($0) < key($1) } ?? sorted[0]
        var date = all[best].date
        // "Starmer arrived in Kyiv on Jan. 16", with no year, beside a report published on
        // 2025-01-17 that gives no day: the month and day in the week before that publication.
        if date.day == nil, let md = date.monthDay,
           let bound = sorted.compactMap({ all[$0].date.certainty == .approximate ? all[$0].date.day : nil }).min(),
           let day = [bound.year, bound.year - 1].lazy.compactMap({ Day(year: $0, month: md.month, day: md.day) })
               .first(where: { $0 <= bound && $0.days(to: bound) <= 7 }),
           date.years.map({ $0.contains(day.year) }) ?? true, date.weekday.map({ $0 == day.weekday }) ?? true {
            date.day = day
            date.monthDay = nil
            date.years = nil
            date.certainty = .inferred
            date.rule = "month and day from one report, the year from another's publication in the week after"
        }
        if date.day == nil, let withDay = sorted.first(where: { all[$0].date.day != nil }) { date = all[withDay].date }
        // "Tehran, May 12 (Agency) – … today", with no year, and another report's "on Thursday":
        // the one year, of those in which everyone named held office, when May 12 was a Thursday.
        if date.day == nil, let md = date.monthDay {
            var years: Set<Int>?
            for i in sorted where all[i].date.monthDay == md {
                guard let ys = all[i].date.years else { continue }
                years = years.map { $0.intersection(ys) } ?? Set(ys)
            }
            let weekdays = Set(sorted.compactMap { all[$0].date.day == nil && all[$0].date.monthDay == nil ? all[$0].date.weekday : nil })
            if let years, weekdays.count == 1, let w = weekdays.first {
                let fits = years.sorted().compactMap { Day(year: $0, month: md.month, day: md.day) }.filter { $0.weekday == w }
                if fits.count == 1, let day = fits.first {
                    date.day = day
                    date.monthDay = nil
                    date.years = nil
                    date.certainty = .inferred
                    date.rule = "month and day from one report, weekday from another: the only year in which they agree while everyone named held office"
                }
            }
        }
        if date.certainty == .approximate, date.day != nil {
            // Several approximate dates: the earliest publication bounds the meeting.
            date.day = sorted.compactMap { all[$0].date.certainty == .approximate ? all[$0].date.day : nil }.min()
            // "Thursday" in a report with no date, beside one published on Friday that gives no
            // day: the most recent Thursday on or before that publication, as if one report told both.
            let weekdays = Set(sorted.compactMap { all[$0].date.day == nil && all[$0].date.monthDay == nil ? all[$0].date.weekday : nil })
            if let bound = date.day, weekdays.count == 1, let w = weekdays.first,
               date.rule.hasPrefix("no day in the text") {
                date.day = bound.adding(days: -((bound.weekday - w + 7) % 7))
                date.certainty = .inferred
                date.rule = "weekday from one report, the most recent such day on or before another's publication"
            }
        }
        func majority(_ values: [String?]) -> String? {
            var counts: [String: Int] = [:]
            for v in values.compactMap({ $0 }) { counts[v, default: 0] += 1 }
            return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        }
        let statedPlaces = sorted.filter { all[$0].placeRule == "stated" }.map { all[$0].place }
        // A country a text names says less than a city another gives ("who is in Russia", beside
        // "VLADIVOSTOK, Sept. 6"): a city first.
        let cities = sorted.filter { all[$0].placeRule != Extractor.countryOnlyRule }.map { all[$0].place }
        let place = majority(statedPlaces) ?? majority(cities) ?? majority(sorted.map { all[$0].place })
        let kindOrder = ["talks", "summit", "phone call", "video call", "meeting", "banquet", "reception", "tea", "lunch", "airport welcome"]
        let kind = sorted.map { all[$0].kind }.min { (kindOrder.firstIndex(of: $0) ?? 9) < (kindOrder.firstIndex(of: $1) ?? 9) } ?? "meeting"
        var events: [MeetingEvent] = []
        for i in sorted { for e in all[i].events where !events.contains(where: { $0.kind == e.kind }) { events.append(e) } }
        var conflicts: [Conflict] = []
        let days = Dictionary(uniqueKeysWithValues: sorted.compactMap { i in all[i].date.day.map { (all[i].report, $0.description) } })
        if Set(days.values).count > 1 {
            let approx = sorted.contains { all[$0].date.certainty == .approximate }
            conflicts.append(Conflict(field: "date", values: days, type: approx ? "refinement" : "contradiction"))
        }
        let places = Dictionary(uniqueKeysWithValues: sorted.compactMap { i in all[i].place.map { (all[i].report, $0) } })
        if Set(places.values.map { Fold.key($0) }).count > 1 {
            // Places the texts state disagree: a contradiction. A dateline's place only says where a report was filed.
            let stated = Set(sorted.filter { all[$0].placeRule == "stated" }.compactMap { all[$0].place.map(Fold.key) })
            conflicts.append(Conflict(field: "place", values: places, type: stated.count > 1 ? "contradiction" : "refinement"))
        }
        let kinds = Dictionary(uniqueKeysWithValues: sorted.map { (all[$0].report, all[$0].kind) })
        if Set(kinds.values).count > 1 { conflicts.append(Conflict(field: "kind", values: kinds, type: "refinement")) }
        var agreements: [Agreement] = []
        agreements.reserveCapacity(sorted.reduce(0) { $0 + all[$1].agreements.count })
        for i in sorted { agreements.append(contentsOf: all[i].agreements) }
        return Meeting(id: "", date: date, place: place, kind: kind, occasion: sorted.lazy.compactMap { all[$0].occasion }.first,
                       participants: participants(all, renamed: renamed, sorted, best: best), reports: sorted.map { all[$0].report }, events: events,
                       reasons: reasons, conflicts: conflicts,
                       agreements: AgreementGrouping(lexicon: .bundled).group(agreements),
                       orientations: MeetingMerger.orientations(sorted.flatMap { all[$0].orientations }))
    }

    /// One framework per name and declared count, with the longest list any report gives,
    /// the first proposer named, and the evidence of every report.
    static func orientations(_ all: [Orientation]) -> [Orientation] {
        var out: [Orientation] = []
        var index: [String: Int] = [:]
        for o in all {
            let key = Fold.key(o.name) + "#" + (o.declaredCount.map(String.init) ?? "")
            guard let i = index[key] else {
                index[key] = out.count
                out.append(o)
                continue
            }
            if o.items.count > out[i].items.count { out[i].items = o.items }
            if out[i].proposer == nil { out[i].proposer = o.proposer }
            out[i].evidence += o.evidence
        }
        return out
    }

    /// The meeting's participants: those named by at least half of the reports that name
    /// anyone (a report that missed a leader does not drop them; one that added an aide
    /// does not add them), in the order the best-dated report gives them.
    func participants(_ all: [MeetingRecord], renamed: [Int: [PersonRef]] = [:], _ members: [Int], best: Int) -> [PersonRef] {
        func of(_ i: Int) -> [PersonRef] { renamed[i] ?? all[i].participants }
        let naming = members.filter { !all[$0].participants.isEmpty }
        guard naming.count > 1 else {
            return of(best).isEmpty ? naming.first.map(of) ?? [] : of(best)
        }
        var count: [String: Int] = [:]
        var first: [String: PersonRef] = [:]
        var order: [String] = []
        for i in [best] + naming {
            for p in of(i) where first[p.id] == nil {
                first[p.id] = p
                order.append(p.id)
            }
        }
        for i in naming { for id in Set(of(i).map(\.id)) { count[id, default: 0] += 1 } }
        let kept = order.filter { 2 * (count[$0] ?? 0) >= naming.count }.compactMap { first[$0] }
        return kept.isEmpty ? of(best) : kept
    }

    /// Ids from content: `date-place-kind`, with the participants' names added when
    /// two meetings would share one, and a short hash of the reports after that.
    ///
    /// `newcomers` (indices into `meetings`) are parts split off a meeting: the others get
    /// their ids first, as if the newcomers were not there, so the part that stays keeps
    /// its id; a newcomer then takes the first free one of base, base with names, and that
    /// with a hash.
    func assignIDs(_ meetings: inout [Meeting], newcomers: Set<Int> = []) {
        func slug(_ s: String) -> String {
            let k = Fold.key(s)
            var out = ""
            var dash = false
            for c in k {
                if c.isLetter || c.isNumber { out.append(c); dash = false } else if !dash && !out.isEmpty { out.append("-"); dash = true }
            }
            while out.hasSuffix("-") { out.removeLast() }
            return out
        }
        func base(_ m: Meeting) -> String {
            ([m.date.day?.description ?? m.date.monthDay.map { "undated-\($0)" } ?? "undated"] + (m.place.map { [slug($0)] } ?? []) + [slug(m.kind)]).joined(separator: "-")
        }
        func names(_ m: Meeting) -> String {
            m.participants.map { p in slug(p.name.split(separator: " ").last.map(String.init) ?? p.name) }.sorted().joined(separator: "-")
        }
        func hash(_ m: Meeting) -> String {
            var h: UInt64 = 1469598103934665603
            for b in m.reports.joined(separator: ",").utf8 { h = (h ^ UInt64(b)) &* 1099511628211 }
            // The low digits: the leading base-36 digits of a 64-bit hash vary little.
            return String(String(h % 1_679_616, radix: 36).leftPadded(to: 4))
        }
        var byBase: [String: [Int]] = [:]
        for i in meetings.indices where !newcomers.contains(i) { byBase[base(meetings[i]), default: []].append(i) }
        defer {
            var taken = Set(meetings.indices.filter { !newcomers.contains($0) }.map { meetings[$0].id })
            for i in newcomers.sorted(by: { meetings[$0].reports.min() ?? "" < meetings[$1].reports.min() ?? "" }) {
                let b = base(meetings[i])
                let n = names(meetings[i])
                let named = b + (n.isEmpty ? "" : "-" + n)
                let id = [b, named, named + "-" + hash(meetings[i])].first { !taken.contains($0) } ?? named + "-" + hash(meetings[i]) + "-\(i)"
                meetings[i].id = id
                taken.insert(id)
            }
        }
        for (b, idx) in byBase {
            if idx.count == 1 { meetings[idx[0]].id = b; continue }
            var withNames: [String: [Int]] = [:]
            for i in idx {
                let names = names(meetings[i])
                withNames[b + (names.isEmpty ? "" : "-" + names), default: []].append(i)
            }
            for (n, ids) in withNames {
                if ids.count == 1 { meetings[ids[0]].id = n; continue }
                for i in ids { meetings[i].id = n + "-" + hash(meetings[i]) }
            }
        }
        // An id names one meeting: should two still coincide, the later in report order
        // takes a numbered suffix.
        var taken: [String: Int] = [:]
        let reportLists = meetings.map(\.reports)
        for i in meetings.indices.filter({ !newcomers.contains($0) }).sorted(by: { reportLists[$0].lexicographicallyPrecedes(reportLists[$1]) }) {
            let id = meetings[i].id
            guard let n = taken[id] else { taken[id] = 1; continue }
            var k = n + 1
            while taken["\(id)-\(k)"] != nil { k += 1 }
            taken[id] = k
            meetings[i].id = "\(id)-\(k)"
            taken[meetings[i].id] = 1
        }
    }
}

extension String {
    /// The string with zeros in front up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
