/// Compares the values witnesses give after normalising them: the meeting's date,
/// place, kind and participants, and the counts they give.
struct ConflictFinder {
    let places: PlaceGazetteer
    let lexicon: Lexicon

    func conflicts(_ prepared: [PreparedWitness], facts: [Fact]) -> [ValueConflict] {
        var out: [ValueConflict] = []
        let records = prepared.compactMap { w in w.record.map { (w.report.id, $0) } }
        if let c = dates(records) { out.append(c) }
        if let c = placesConflict(records) { out.append(c) }
        if let c = kinds(records) { out.append(c) }
        if let c = participants(records) { out.append(c) }
        out += counts(prepared, facts: facts)
        return out
    }

    func dates(_ records: [(String, MeetingRecord)]) -> ValueConflict? {
        let dated = records.compactMap { r, rec in rec.date.day.map { (r, $0, rec.date.certainty) } }
        guard dated.count >= 2 else { return nil }
        var values: [String: String] = [:]
        var normalized: [String: String] = [:]
        for (r, d, c) in dated {
            values[r] = (rec(records, r)?.date.phrase).map { "\($0) (\(d))" } ?? d.description
            normalized[r] = c == .approximate ? "≤ \(d)" : d.description
        }
        let exact = dated.filter { $0.2 != .approximate }.map(\.1)
        let bounds = dated.filter { $0.2 == .approximate }.map(\.1)
        var type = ConflictKind.agree
        if Set(exact).count > 1 {
            type = .contradiction
        } else if let day = exact.first {
            // An approximate date is the latest possible day.
            if bounds.contains(where: { $0 < day }) { type = .contradiction } else if !bounds.isEmpty { type = .refinement }
        } else if Set(bounds).count > 1 {
            type = .refinement
        }
        return ValueConflict(field: "date", subject: nil, values: values, normalized: normalized, type: type, fact: nil)
    }

    func rec(_ records: [(String, MeetingRecord)], _ id: String) -> MeetingRecord? {
        records.first { $0.0 == id }?.1
    }

    func placesConflict(_ records: [(String, MeetingRecord)]) -> ValueConflict? {
        let placed = records.compactMap { r, rec in rec.place.map { (r, $0) } }
        guard placed.count >= 2 else { return nil }
        var values: [String: String] = [:]
        var normalized: [String: String] = [:]
        var cities = Set<String>()
        var countries: [String: String] = [:]
        for (r, p) in placed {
            values[r] = p
            let place = places.place(named: p)
            let name = place?.name ?? p
            normalized[r] = name
            if place?.kind == .country { countries[r] = place?.country } else { cities.insert(Fold.key(name)) }
        }
        var type = ConflictKind.agree
        if cities.count > 1 {
            type = .contradiction
        } else if !countries.isEmpty {
            // A country and a city in it: the city is more precise.
            let cityCountries = Set(placed.compactMap { r, p in countries[r] == nil ? places.place(named: p)?.country : nil })
            let countryCodes = Set(countries.values)
            type = countryCodes.count > 1 || (!cityCountries.isEmpty && cityCountries != countryCodes) ? .contradiction : (cities.isEmpty ? .agree : .refinement)
        }
        return ValueConflict(field: "place", subject: nil, values: values, normalized: normalized, type: type, fact: nil)
    }

    static let generic: Set<String> = ["meeting", "visit"]
    static let remote: Set<String> = ["phone call", "video call"]

    func kinds(_ records: [(String, MeetingRecord)]) -> ValueConflict? {
        guard records.count >= 2 else { return nil }
        var values: [String: String] = [:]
        for (r, rec) in records { values[r] = rec.kind }
        let set = Set(values.values)
        var type = ConflictKind.agree
        if set.count > 1 {
            let specific = set.subtracting(ConflictFinder.generic)
            let remoteCount = specific.intersection(ConflictFinder.remote).count
            // A call is not talks in person; "meeting" refines into anything.
            type = (remoteCount > 0 && remoteCount < specific.count) || remoteCount > 1 ? .contradiction : .refinement
        }
        return ValueConflict(field: "kind", subject: nil, values: values, normalized: values, type: type, fact: nil)
    }

    func participants(_ records: [(String, MeetingRecord)]) -> ValueConflict? {
        let sets = records.filter { !$0.1.participants.isEmpty }
        guard sets.count >= 2 else { return nil }
        var values: [String: String] = [:]
        var normalized: [String: String] = [:]
        var idSets: [Set<String>] = []
        for (r, rec) in sets {
            values[r] = rec.participants.map(\.name).joined(separator: ", ")
            normalized[r] = rec.participants.map(\.id).sorted().joined(separator: ", ")
            idSets.append(Set(rec.participants.map(\.id)))
        }
        var type = ConflictKind.agree
        for i in idSets.indices {
            for j in idSets.indices where j > i && idSets[i] != idSets[j] {
                if idSets[i].isSubset(of: idSets[j]) || idSets[j].isSubset(of: idSets[i]) {
                    if type == .agree { type = .refinement }
                } else {
                    type = .contradiction
                }
            }
        }
        return ValueConflict(field: "participants", subject: nil, values: values, normalized: normalized, type: type, fact: nil)
    }

    /// Counts of the same thing: inside one fact, and across the reports for things
    /// each report counts once (the documents signed, the ministers travelling).
    func counts(_ prepared: [PreparedWitness], facts: [Fact]) -> [ValueConflict] {
        var out: [ValueConflict] = []
        // Every count of every witness, by sentence.
        var all: [[CountedThing]] = []
        var bySentence: [[Int: [CountedThing]]] = []
        for w in prepared {
            var list: [CountedThing] = []
            var map: [Int: [CountedThing]] = [:]
            for (s, toks) in w.tokens.enumerated() {
                let found = Quantity.counts(toks, w.doc.bytes)
                list += found
                if !found.isEmpty { map[s] = found }
            }
            all.append(list)
            bySentence.append(map)
        }
        let index = Dictionary(uniqueKeysWithValues: prepared.map { ($0.report.id, $0.index) })
        var covered = Set<String>()
        // Inside facts.
        for f in facts where f.reports.count > 1 {
            var byNoun: [UInt64: [(String, CountedThing)]] = [:]
            for v in f.variants {
                guard let w = index[v.report] else { continue }
                // The counts of the sentence are in text order: those of this wording are found
                // by binary search, not by reading every count of a long sentence.
                let counts = bySentence[w][v.evidence.sentence] ?? []
                let from = TextScan.partition(counts) { $0.start >= v.evidence.start }
                for c in counts[from...].prefix(while: { $0.start < v.evidence.end }) where c.end <= v.evidence.end {
                    if !(byNoun[c.nounKey]?.contains { $0.0 == v.report } ?? false) { byNoun[c.nounKey, default: []].append((v.report, c)) }
                }
            }
            for (key, list) in byNoun.sorted(by: { $0.key < $1.key }) where list.count > 1 {
                // The same words in every wording of one fact say nothing new.
                guard Set(list.map { $0.1.quantity.text.lowercased() }).count > 1 else { continue }
                let c = conflict(list, fact: f.index)
                if covered.insert(signature(key, c.values)).inserted { out.append(c) }
            }
        }
        // Across reports: things each report counts with one value only.
        var byNoun: [UInt64: [(String, CountedThing)]] = [:]
        for w in prepared {
            var perNoun: [UInt64: [CountedThing]] = [:]
            for c in all[w.index] where !c.isTime { perNoun[c.nounKey, default: []].append(c) }
            for (key, list) in perNoun {
                guard let first = list.first, list.allSatisfy({ $0.quantity.low == first.quantity.low && $0.quantity.high == first.quantity.high }) else { continue }
                byNoun[key, default: []].append((w.report.id, first))
            }
        }
        for (key, list) in byNoun.sorted(by: { $0.key < $1.key }) where list.count > 1 {
            let c = conflict(list, fact: nil)
            if covered.insert(signature(key, c.values)).inserted { out.append(c) }
        }
        return out
    }

    func signature(_ key: UInt64, _ values: [String: String]) -> String {
        String(key) + values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ";")
    }

    func conflict(_ list: [(String, CountedThing)], fact: Int?) -> ValueConflict {
        var values: [String: String] = [:]
        var normalized: [String: String] = [:]
        for (r, c) in list {
            values[r] = c.quantity.text
            normalized[r] = c.quantity.range
        }
        return ValueConflict(field: "count", subject: list.first?.1.noun, values: values, normalized: normalized,
                             type: Quantity.compare(list.map(\.1.quantity)), fact: fact)
    }
}
