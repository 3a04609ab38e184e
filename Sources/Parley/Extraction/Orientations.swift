import Foundation

/// Finds named frameworks and their items: "six major orientations, namely …",
/// "a six-point initiative:" followed by bullets, "proposals …" followed by
/// "First, … Second, …", "the “Two Corridors, One Belt” framework".
struct OrientationFinder {
    let doc: Document
    let people: People
    let resolve: (People.Subject?) -> PersonRef?

    static let heads = Words.set([
        "orientations", "orientation", "directions", "direction", "principles", "pillars", "priorities", "proposals",
        "measures", "points", "initiative", "initiatives", "mores", "motto", "spirit", "goods", "guidelines",
        "tasks", "areas", "plan", "steps", "commitments", "noes", "nos", "no's", "consensus", "approaches",
        "framework", "paper", "agenda", "roadmap", "package", "proposal", "programme", "program", "strategy",
        "corridors", "fields", "sectors", "goals", "objectives", "suggestions",
    ])
    static let enumeratingHeads = Words.set(["orientations", "directions", "principles", "pillars", "priorities", "proposals", "measures", "points", "initiative", "mores", "guidelines", "tasks", "steps", "approaches", "areas", "commitments", "framework", "plan", "paper", "agenda", "roadmap", "package", "proposal", "programme", "program"])
    static let modifiers = Words.set(["major", "key", "main", "strategic", "guiding", "important", "big", "core", "specific", "concrete", "new", "fundamental", "point", "word", "good", "more", "no", "number", "of", "a", "several"])
    static let ordinals: HashMap64<Int> = Words.map([
        ("first", 1), ("firstly", 1), ("second", 2), ("secondly", 2), ("third", 3), ("thirdly", 3), ("fourth", 4),
        ("fourthly", 4), ("fifth", 5), ("fifthly", 5), ("sixth", 6), ("sixthly", 6), ("seventh", 7), ("eighth", 8),
        ("ninth", 9), ("tenth", 10), ("finally", 99), ("lastly", 99),
    ])
    static let namely = Words.set(["namely", "including", "which", "are"])
    static let countUnits = Words.set(["point", "points", "pillar", "word", "good", "goods", "major", "key", "main", "no", "more", "mores", "strategic", "guiding"])

    func find() -> [Orientation] {
        var out: [Orientation] = []
        var used = Set<Int>()
        let heads = OrientationFinder.heads
        for s in doc.sentences.indices {
            let toks = doc.tokens[s]
            for (i, t) in toks.enumerated() where heads.contains(t.hash) {
                guard let (start, count) = nameStart(s, head: i) else { continue }
                var name = doc.span(s, start, i + 1)
                // "proposals and major directions": keep the coordinated head.
                if i + 3 < toks.count, toks[i + 1].hash == H.and, let j = (i + 2..<min(toks.count, i + 5)).first(where: { OrientationFinder.heads.contains(toks[$0].hash) }) {
                    name = doc.span(s, start, j + 1)
                }
                var after = Array(doc.bytes[toks[i].end..<doc.sentences[s].end])
                // A list that a stray full stop cut in two: "… for growth, better life and innovation. , green development …".
                if s + 1 < doc.sentences.count, doc.sentences[s + 1].start < doc.bytes.count, doc.bytes[doc.sentences[s + 1].start] == UInt8(ascii: ",") {
                    while let l = after.last, l == UInt8(ascii: ".") || l == UInt8(ascii: " ") { after.removeLast() }
                    after += doc.bytes[doc.sentences[s + 1].start..<doc.sentences[s + 1].end]
                }
                var items = OrientationFinder.inlineItems(after, declared: count)
                var evidence = [doc.provenance(s)]
                if items.isEmpty, OrientationFinder.enumeratingHeads.contains(t.hash) {
                    let (listed, where_) = followingItems(after: s)
                    items = listed
                    evidence += where_.map { doc.provenance($0) }
                    where_.forEach { used.insert($0) }
                }
                if count == nil && items.isEmpty { continue }
                let proposer = resolve(people.subjects[s]).flatMap { p in proposes(s) ? p : nil }
                let cleaned = OrientationFinder.clean(name)
                // A framework named again without items is the same one.
                if items.isEmpty, out.contains(where: { Fold.key($0.name) == Fold.key(cleaned) }) { break }
                out.append(Orientation(name: cleaned, proposer: proposer, declaredCount: count, items: items, evidence: evidence))
                break
            }
            // Quoted frameworks: “Two Corridors, One Belt” framework, the “Belt and Road” initiative.
            let sb = doc.bytes[doc.sentences[s].start..<doc.sentences[s].end]
            guard sb.contains(UInt8(ascii: "\"")) || sb.contains(0x9C) else { continue }
            for q in quotedFrameworks(s) where !out.contains(where: { Fold.key($0.name) == Fold.key(q) }) {
                out.append(Orientation(name: q, proposer: nil, declaredCount: nil, items: [], evidence: [doc.provenance(s)]))
            }
        }
        return out
    }

    /// Whether the sentence has its subject put the framework forward.
    static let proposingWords = Words.set([
        "proposed", "proposes", "propose", "proposal", "proposals", "suggested", "suggests", "unveiled", "presented",
        "raised", "made", "urged", "offered", "announced", "outlined", "put", "laid", "called",
    ])

    func proposes(_ s: Int) -> Bool {
        doc.tokens[s].contains { OrientationFinder.proposingWords.contains($0.hash) }
    }

    /// Whether the number at token `k` is a day of the month: "March 6", "6 March".
    static func dayOfMonth(_ toks: [Token], _ k: Int) -> Bool {
        (k > 0 && DateResolver.months[toks[k - 1].hash] != nil) || (k + 1 < toks.count && DateResolver.months[toks[k + 1].hash] != nil)
    }

    /// Where the framework's name starts, and the count it declares.
    func nameStart(_ s: Int, head: Int) -> (Int, Int?)? {
        let toks = doc.tokens[s]
        // "an eight-point economic cooperation plan": a count a few words before the head.
        for k in stride(from: head - 1, through: max(0, head - 5), by: -1) {
            let h = toks[k].hash
            var n: Int? = Words.numbers[h]
            if n == nil, toks[k].numeric { n = Int(doc.text(toks[k].start..<toks[k].end)) }
            // A capitalised number word inside a name ("Two Corridors, One Belt") is no count.
            if n != nil, toks[k].capitalized, !toks[k].numeric, k > 0 { n = nil }
            // "the announcement on March 6 of a plan": a day of the month is no count.
            if n != nil, toks[k].numeric, OrientationFinder.dayOfMonth(toks, k) { break }
            if let n, n > 0, n < 100, k + 1 < toks.count, OrientationFinder.countUnits.contains(toks[k + 1].hash) || k + 1 == head
                || OrientationFinder.modifiers.contains(toks[k + 1].hash) {
                return (k, n)
            }
            if h == H.the || h == H.a || h == H.an || h == H.its || h == H.his { break }
        }
        var k = head - 1
        var count: Int?
        while k >= 0, head - k <= 4 {
            let h = toks[k].hash
            if let n = Words.numbers[h] {
                if !(toks[k].capitalized && k > 0) { count = n }
                k -= 1
                continue
            }
            if toks[k].numeric, OrientationFinder.dayOfMonth(toks, k) { break }
            if toks[k].numeric, let v = Int(doc.text(toks[k].start..<toks[k].end)), v > 0, v < 100 { count = v; k -= 1; continue }
            if OrientationFinder.modifiers.contains(h) { k -= 1; continue }
            if toks[k].capitalized && k > 0 && OrientationFinder.ordinals[h] == nil { k -= 1; continue }
            break
        }
        let start = k + 1
        // "a number of proposals" declares no count but is a named list; a bare "directions" is not.
        if count == nil {
            let words = (start..<head).map { toks[$0].hash }
            let isList = words.contains(H.number) || words.contains(H.several) || words.contains(H.major)
            if !isList { return start < head && toks[start].capitalized ? (start, nil) : nil }
            // Skip "a number of".
            var st = start
            while st < head, [H.a, H.number, H.of, H.several].contains(toks[st].hash) { st += 1 }
            return (st, nil)
        }
        return (start, count)
    }

    static func clean(_ name: String) -> String {
        // Quote marks go, on UTF-8: `"`, and “ ” (E2 80 9C, E2 80 9D).
        let u = Array(name.utf8)
        guard u.contains(UInt8(ascii: "\"")) || u.contains(0xE2) else { return name.trimmingSpaces() }
        var out = [UInt8]()
        out.reserveCapacity(u.count)
        var i = 0
        while i < u.count {
            if u[i] == UInt8(ascii: "\"") { i += 1; continue }
            if u[i] == 0xE2, i + 2 < u.count, u[i + 1] == 0x80, u[i + 2] == 0x9C || u[i + 2] == 0x9D { i += 3; continue }
            out.append(u[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self).trimmingSpaces()
    }

    /// "…, namely a, b, and c." or "…: a, b and c."
    static let listCues: [[UInt8]] = ["namely ", ", including ", " covering ", " comprising "].map { Array($0.utf8) }

    /// The items of an inline list in `b` (the text after a framework's head), split
    /// once on `, ` — linear in the text.
    /// Words after a framework's head that introduce its items directly: "five corridors for growth, …".
    static let directCues: [[UInt8]] = [" for ", " of ", " on ", " in "].map { Array($0.utf8) }
    /// Words that end a list when an item starts with them: ", with emphasis on …".
    static let listEnders: [String] = ["with ", "which ", "while ", "as ", "so ", "to ", "in order ", "he ", "she ", "they "]

    static func inlineItems(_ b: [UInt8], declared: Int? = nil) -> [String] {
        // Cheap test first: a list needs a cue, a colon, or a count and commas.
        let direct = declared != nil && directCues.contains { b.starts(with: $0) }
            && TextScan.contains(b, ", ")
        guard direct || b.contains(UInt8(ascii: ":")) || TextScan.contains(b, "namely") || TextScan.contains(b, ", including")
                || TextScan.contains(b, " covering ") || TextScan.contains(b, " comprising ") else { return [] }
        var start: Int
        let colon = b.firstIndex(of: UInt8(ascii: ":")).flatMap { hasMoreThan(10, charactersAfter: $0 + 1, in: b) ? $0 : nil }
        let cue = listCues.lazy.compactMap({ TextScan.range(of: $0, in: b, within: 0..<b.count) }).first
        if let cue, colon.map({ cue.lowerBound < $0 }) ?? true {
            start = cue.upperBound
        } else if let c = colon {
            // A colon before any cue opens the list: "three priorities: a; b, including c; and d".
            start = c + 1
        } else if direct, let cue = directCues.first(where: { b.starts(with: $0) }) {
            start = cue.count
        } else {
            return []
        }
        var stop = b.count
        while stop > start, b[stop - 1] == UInt8(ascii: ".") || b[stop - 1] == UInt8(ascii: ";") { stop -= 1 }
        start = min(start, stop)
        var raw: [String] = []
        var from = start
        // Semicolons separate items that hold commas of their own.
        let separator = TextScan.range(of: Array("; ".utf8), in: b, within: start..<stop) != nil ? Array("; ".utf8) : Array(", ".utf8)
        while let next = TextScan.range(of: separator, in: b, within: from..<stop)?.upperBound {
            raw.append(String(decoding: b[from..<(next - 2)], as: UTF8.self))
            from = next
        }
        raw.append(String(decoding: b[from..<stop], as: UTF8.self))
        // The list ends where an item opens a clause: ", with emphasis on …".
        if let end = raw.indices.dropFirst().first(where: { k in listEnders.contains { raw[k].trimmingSpaces().hasPrefix($0) } }) {
            raw.removeSubrange(end...)
        }
        let serialComma = raw.dropFirst().contains { $0.hasPrefix("and ") || $0.hasPrefix("or ") }
        var parts = raw.map { p -> String in
            p.hasPrefix("and ") ? String(p.dropFirst(4)) : (p.hasPrefix("or ") ? String(p.dropFirst(3)) : p)
        }
        // "b and c" at the end without a serial comma.
        if !serialComma, let last = parts.last, parts.count >= 2, let afterAnd = OrientationFinder.end(of: " and ", in: last), !last.contains(",") {
            let a = String(last[..<last.index(afterAnd, offsetBy: -5)]), b = String(last[afterAnd...])
            if a.spaceSeparatedCount <= 6 && b.spaceSeparatedCount <= 6 && parts.count >= 3 {
                parts.removeLast()
                parts += [a, b]
            }
        }
        var items = parts.map { p -> String in
            var t = p.trimmingSpaces()
            while let l = t.last, ".;:".contains(l) { t.removeLast() }
            return t.trimmingSpaces()
        }.filter { !$0.isEmpty && $0.spaceSeparatedCount <= 14 }
        // Fewer items than the name declares: short pairs joined by "and" are two ("better life and innovation").
        if direct, let declared, items.count < declared {
            var k = 0
            while k < items.count, items.count < declared {
                if let afterAnd = OrientationFinder.end(of: " and ", in: items[k]), !items[k].contains(",") {
                    let a = String(items[k][..<items[k].index(afterAnd, offsetBy: -5)]).trimmingSpaces()
                    let b = String(items[k][afterAnd...]).trimmingSpaces()
                    if !a.isEmpty, !b.isEmpty, a.spaceSeparatedCount <= 4, b.spaceSeparatedCount <= 4 {
                        items.replaceSubrange(k...k, with: [a, b])
                        k += 2
                        continue
                    }
                }
                k += 1
            }
        }
        return items.count >= 2 ? items : []
    }

    /// Whether more than `n` characters stand in `b[from...]` once spaces and tabs are trimmed.
    static func hasMoreThan(_ n: Int, charactersAfter from: Int, in b: [UInt8]) -> Bool {
        String(decoding: b[min(from, b.count)...], as: UTF8.self).trimmingSpaces().prefix(n + 1).count > n
    }

    /// The index just past the first occurrence of `needle` in `text`, found on bytes.
    static func end(of needle: String, in text: String) -> String.Index? {
        TextScan.range(of: Array(needle.utf8), in: Array(text.utf8), within: 0..<text.utf8.count)
            .map { text.utf8.index(text.utf8.startIndex, offsetBy: $0.upperBound) }
    }


    /// Items in the sentences after `s`: bullets, or "First, … Second, …".
    func followingItems(after s: Int) -> ([String], [Int]) {
        var items: [String] = []
        var at: [Int] = []
        var k = s + 1
        var expected = 1
        while k < doc.sentences.count {
            let start = doc.sentences[k].start
            if TextScan.hasPrefix(doc.bytes, at: start, "- ") || TextScan.hasPrefix(doc.bytes, at: start, "• ")
                || TextScan.hasPrefix(doc.bytes, at: start, "* ") {
                var item = String(doc.text(k).dropFirst(2))
                if let c = item.utf8.firstIndex(of: UInt8(ascii: ":")), item[..<c].split(separator: " ").count <= 8 { item = String(item[..<c]) }
                items.append(OrientationFinder.firstClause(item))
                at.append(k)
                k += 1
                // Sentences that continue a bullet's paragraph belong to it.
                while k < doc.sentences.count, doc.sentences[k].paragraph == doc.sentences[k - 1].paragraph { k += 1 }
                continue
            }
            // Numbered lines: "1. …", "2) …", "(3) …".
            if let (n, bodyStart) = TextScan.numberedLine(doc.bytes, at: start, end: doc.sentences[k].end), n == expected {
                var item = doc.text(bodyStart..<doc.sentences[k].end)
                if let c = item.utf8.firstIndex(of: UInt8(ascii: ":")), item[..<c].split(separator: " ").count <= 8 { item = String(item[..<c]) }
                items.append(OrientationFinder.firstClause(item))
                at.append(k)
                expected += 1
                k += 1
                // A numeral alone ("1.") may stand as a sentence of its own before its text.
                if item.trimmingSpaces().isEmpty, k < doc.sentences.count {
                    items[items.count - 1] = OrientationFinder.firstClause(doc.text(k))
                    at.append(k)
                    k += 1
                }
                continue
            }
            let toks = doc.tokens[k]
            if toks.count > 1, let first = toks.first, let n = OrientationFinder.ordinals[first.hash], n == expected || (n == 99 && expected > 2), doc.gap(k, before: 1, contains: UInt8(ascii: ",")) {
                let body = doc.text(toks[1].start..<doc.sentences[k].end)
                items.append(OrientationFinder.firstClause(body))
                at.append(k)
                expected += 1
                k += 1
                // Other sentences of the same paragraph elaborate the item.
                while k < doc.sentences.count, doc.sentences[k].paragraph == doc.sentences[k - 1].paragraph,
                      !(doc.tokens[k].first.map { OrientationFinder.ordinals[$0.hash] != nil } ?? false) { k += 1 }
                continue
            }
            if items.isEmpty && k == s + 1 { k += 1; if k - s > 2 { break }; continue }
            break
        }
        return items.count >= 2 ? (items, at) : ([], [])
    }

    static func firstClause(_ s: String) -> String {
        var t = Substring(s)
        while let l = t.last, ".;".contains(l) { t.removeLast() }
        return t.trimmingSpaces()
    }

    /// Quoted names followed by framework, initiative, motto, spirit, strategy or policy.
    static let frameworkHeads = Words.set(["framework", "initiative", "initiatives", "motto", "spirit", "strategy", "policy", "vision", "programme", "program"])

    /// Quoted names followed by framework, initiative, motto, spirit, strategy or policy,
    /// found on the sentence's bytes and tokens.
    func quotedFrameworks(_ s: Int) -> [String] {
        let b = doc.bytes
        let toks = doc.tokens[s]
        let end = doc.sentences[s].end
        var out: [String] = []
        var i = doc.sentences[s].start
        // The length of a quote mark at k: " or “ opening, " or ” closing.
        func quote(_ k: Int, opening: Bool) -> Int {
            if b[k] == UInt8(ascii: "\"") { return 1 }
            if b[k] == 0xE2, k + 2 < end, b[k + 1] == 0x80, b[k + 2] == (opening ? 0x9C : 0x9D) { return 3 }
            return 0
        }
        while i < end {
            let open = quote(i, opening: true)
            guard open > 0 else { i += 1; continue }
            var j = i + open
            var close = 0
            while j < end {
                close = quote(j, opening: false)
                if close > 0 { break }
                j += 1
            }
            guard close > 0 else { break }
            // The word after the closing mark (a comma may stand between).
            if j - (i + open) <= 180, let next = toks.first(where: { $0.start >= j + close }), next.start - (j + close) <= 2,
               OrientationFinder.frameworkHeads.contains(next.hash) {
                var inner = doc.text((i + open)..<j)
                while let f = inner.first, f.isPunctuation || f == " " { inner.removeFirst() }
                while let l = inner.last, l.isPunctuation || l == " " { inner.removeLast() }
                if !inner.isEmpty { out.append(inner + " " + doc.text(next.start..<next.end).lowercased()) }
            }
            i = j + close
        }
        return out
    }
}
