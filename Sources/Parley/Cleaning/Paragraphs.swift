/// Paragraph-level decisions of the cleaner: splitting, titles, furniture
/// (bylines, captions, links) and repeated paragraphs.
enum Paragraphs {
    struct Para {
        var bytes: [UInt8]
        /// Offset of the first byte in the cleaner's junk-free text.
        var offset: Int
    }

    /// Splits text into paragraphs. Blank lines always separate paragraphs. Inside
    /// a block, each line is its own paragraph when most lines end a sentence
    /// (one paragraph per line, as scraped pages come); otherwise the block is
    /// hard-wrapped prose and its lines are joined with spaces. Bullet lines always
    /// start a paragraph.
    static func split(_ bytes: [UInt8]) -> [Para] {
        var out: [Para] = []
        var block: [Range<Int>] = []
        var s = 0
        var i = 0
        let n = bytes.count
        while i <= n {
            if i == n || bytes[i] == 0x0A {
                let t = TextScan.trimmed(bytes, s..<i)
                if t.isEmpty {
                    flush(bytes, &block, into: &out)
                } else {
                    block.append(t)
                }
                s = i + 1
            }
            i += 1
        }
        flush(bytes, &block, into: &out)
        return out
    }

    /// Turns a block of non-blank lines into paragraphs and empties it.
    static func flush(_ bytes: [UInt8], _ block: inout [Range<Int>], into out: inout [Para]) {
        defer { block.removeAll(keepingCapacity: true) }
        guard let first = block.first else { return }
        if block.count == 1 {
            out.append(Para(bytes: Array(bytes[first]), offset: first.lowerBound))
            return
        }
        // Hard-wrapped prose: three or more lines of similar, moderate length that
        // mostly do not end a sentence. Anything else is one paragraph per line.
        var ends = 0
        var wrapLength = 0
        var longest = 0
        for r in block.dropLast() {
            if endsSentence(bytes, r) || isBullet(bytes, r) { ends += 1 }
            if r.count >= 40 && r.count <= 110 { wrapLength += 1 }
            longest = max(longest, r.count)
        }
        let inner = block.count - 1
        let wrapped = block.count >= 3 && longest <= 110 && wrapLength * 5 >= inner * 4 && ends * 5 < inner * 2
        var current: Para?
        for r in block {
            if !wrapped || isBullet(bytes, r) || current == nil {
                if let c = current { out.append(c) }
                current = Para(bytes: Array(bytes[r]), offset: r.lowerBound)
            } else if var c = current {
                c.bytes.append(0x20)
                c.bytes.append(contentsOf: bytes[r])
                current = c
            }
        }
        if let c = current { out.append(c) }
    }

    static func endsSentence(_ b: [UInt8], _ r: Range<Int>) -> Bool {
        guard let last = r.last else { return false }
        switch b[last] {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\""), UInt8(ascii: ":"),
             UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "'"), UInt8(ascii: ";"):
            return true
        case 0x9D, 0x99: // ” and ’ end in these bytes (E2 80 9D, E2 80 99)
            return last >= 2 && b[last - 2] == 0xE2 && b[last - 1] == 0x80
        default:
            // A line that does not end a sentence but is short (a heading) counts too.
            return r.count < 60 && !(b[last] == UInt8(ascii: ",") || b[last] == UInt8(ascii: "-"))
        }
    }

    static func isBullet(_ b: [UInt8], _ r: Range<Int>) -> Bool {
        guard let f = r.first else { return false }
        if (b[f] == UInt8(ascii: "-") || b[f] == UInt8(ascii: "*")) && r.count > 1 && b[f + 1] == 0x20 { return true }
        if TextScan.hasPrefix(b, at: f, "•") { return true }
        var i = f
        while i < r.upperBound, TextScan.isDigit(b[i]) { i += 1 }
        return i > f && i - f <= 2 && i + 1 < r.upperBound && (b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ")")) && b[i + 1] == 0x20
    }

    /// A first line that reads as a headline: short and not ending a sentence.
    static func looksLikeTitle(_ s: String) -> Bool {
        guard let last = s.last, !".,;:!?".contains(last) else { return false }
        let words = s.split(separator: " ").count
        return words >= 2 && words <= 25 && s.utf8.count <= 220 && !s.hasPrefix("-") && !s.hasPrefix("•")
    }

    /// A cheap byte test: only paragraphs that pass it can be furniture. Most story
    /// paragraphs end with a full stop and carry no credit, so they skip the string work.
    static func mayBeFurniture(_ b: [UInt8]) -> Bool {
        guard let last = b.last else { return false }
        if b.count < 400 && (TextScan.hasPrefix(b, at: 0, "By ") || TextScan.hasPrefix(b, at: 0, "Related") || TextScan.hasPrefix(b, at: 0, "Read ")
            || TextScan.hasPrefix(b, at: 0, "See ") || TextScan.hasPrefix(b, at: 0, "Also ") || TextScan.hasPrefix(b, at: 0, "RELATED")
            || TextScan.hasPrefix(b, at: 0, "READ ")) { return true }
        if last == UInt8(ascii: ")") || last == UInt8(ascii: "]") { return true }
        let tail = b.suffix(70)
        if tail.contains(UInt8(ascii: "/")) { return true }
        // "photo", "Photo", "PHOTO", "image", "Image", "IMAGE", "foto" anywhere near the end or at the start.
        func hasWord(_ s: ArraySlice<UInt8>) -> Bool {
            var i = s.startIndex
            while i + 4 <= s.endIndex {
                let a = s[i] | 0x20, c = s[i + 1] | 0x20, d = s[i + 2] | 0x20, e = s[i + 3] | 0x20
                if (a == 0x70 && c == 0x68 && d == 0x6F && e == 0x74) || (a == 0x69 && c == 0x6D && d == 0x61 && e == 0x67)
                    || (a == 0x66 && c == 0x6F && d == 0x74 && e == 0x6F) { return true }
                i += 1
            }
            return false
        }
        if hasWord(tail) || hasWord(b.prefix(12)) { return true }
        // "-- MNW" or "— Jane Doe" closing a short paragraph.
        if b.count < 400 {
            var i = tail.startIndex
            while i + 1 < tail.endIndex {
                if (tail[i] == 0x2D && tail[i + 1] == 0x2D) || (tail[i] == 0xE2 && tail[i + 1] == 0x80 && i + 2 < tail.endIndex && (0x93...0x95).contains(tail[i + 2])) { return true }
                i += 1
            }
        }
        return false
    }

    /// A paragraph that is page furniture rather than story: a byline, a photo
    /// caption, a link to another story.
    static func furniture(_ s: String, outlets: OutletRegistry) -> Noise.Kind? {
        // Furniture is short: a long paragraph is story, whatever its last words.
        if s.utf8.count > 700 { return nil }
        let words = s.split(separator: " ")
        if words.count <= 7, words.first == "By", words.count >= 3, s.last != ".",
           words.dropFirst().allSatisfy({ $0.first.map { $0.isUppercase || $0 == "a" || $0 == "i" } ?? false }) {
            return .byline
        }
        let lower = s.lowercased()
        for p in ["related:", "read more:", "see also:", "also read:", "related news:", "related stories:", "read also:"]
        where lower.hasPrefix(p) {
            return .relatedLink
        }
        if isCaption(s, lower: lower, wordCount: words.count, outlets: outlets) { return .caption }
        return nil
    }

    static let photoWords = ["photo", "photos", "image", "foto", "picture", "pool", "video", "file photo", "photograph"]
    static let captionCues: Set<String> = [
        "(right)", "(left)", "(center)", "(centre)", "(l)", "(r)", "(l-r)", "(r-l)", "(front)", "(middle)",
        "shakes", "shake", "reviews", "review", "witness", "witnesses", "speaks", "attends", "attend", "poses",
        "pose", "walks", "holds", "meets", "greets", "inspects", "listens", "signs", "welcomes", "arrives",
        "chairs", "receives", "hosts", "delivers", "addresses", "lays", "gestures", "waves", "smiles",
        "talk", "talks", "pictured", "photographed",
    ]

    static let captionCueHashes = Words.set(captionCues.filter { !$0.hasPrefix("(") })
    static let sideWords = Words.set(["right", "left", "center", "centre", "l", "r", "front", "middle"])
    static let atTheTalks = Tokenizer.phrase("at the talks")
    static let atTheMeeting = Tokenizer.phrase("at the meeting")

    static func isCaption(_ s: String, lower: String, wordCount: Int, outlets: OutletRegistry) -> Bool {
        if wordCount <= 60, lower.hasPrefix("photo:") || lower.hasPrefix("photo credit") || lower.hasPrefix("file photo")
            || lower.hasPrefix("photograph:") || lower.hasPrefix("image:") || lower.hasPrefix("photo by ") {
            return true
        }
        guard wordCount <= 70, let credit = trailingCredit(s) else { return false }
        let c = credit.lowercased()
        let strong = photoWords.contains { w in
            c.hasPrefix("(" + w) || c.hasPrefix("[" + w) || c.hasPrefix(w + ":") || c.hasPrefix(w + " by")
                || c.hasSuffix(" " + w + ")") || c.hasSuffix("/" + w + ")") || c.hasSuffix(" " + w + "]")
                || c.hasSuffix("/" + w + "]") || c.hasSuffix(" " + w) || c.hasSuffix("/" + w)
        }
        if strong { return true }
        guard wordCount <= 45 else { return false }
        // "(Agency/Photographer Name)" closing a one-sentence paragraph is a picture credit.
        if credit.hasPrefix("("), credit.contains("/") {
            let body = s.dropLast(credit.count).trimmingSpaces()
            let stops = body.dropLast().filter { $0 == "." || $0 == "!" || $0 == "?" }.count
            if stops == 0 { return true }
        }
        // A caption's cue: present-tense picture verbs, (left)/(right), "at the talks" — on token hashes.
        let bytes = Array(s.utf8)
        let toks = Tokenizer.tokens(bytes, 0..<bytes.count)
        var cue = toks.contains { captionCueHashes.contains($0.hash) }
        if !cue {
            cue = toks.indices.contains { i in
                Tokenizer.matches(Paragraphs.atTheTalks, toks, at: i) || Tokenizer.matches(Paragraphs.atTheMeeting, toks, at: i)
                    || (Paragraphs.sideWords.contains(toks[i].hash) && i > 0 && toks[i].start > 0 && bytes[toks[i].start - 1] == UInt8(ascii: "("))
            }
        }
        return cue
    }

    /// The credit that closes a caption: a final parenthesised or bracketed group
    /// (`(Photo: VNA)`, `[Photo/Xinhua]`, `(Xinhua/Li Xueren)`, `(EAN)`), or a
    /// final short segment after the last sentence end (`PHOTO: TSC`,
    /// `VNA/VNS Photo`, `Jane Doe/The Courier`, `-- MNW`).
    static func trailingCredit(_ s: String) -> String? {
        guard let last = s.last else { return nil }
        if last == ")" || last == "]" {
            let open: Character = last == ")" ? "(" : "["
            guard let o = s.lastIndex(of: open) else { return nil }
            let group = String(s[o...])
            let inner = group.dropFirst().dropLast()
            guard inner.count <= 70, !inner.isEmpty else { return nil }
            let lower = inner.lowercased()
            if photoWords.contains(where: { lower.contains($0) }) { return group }
            // (Agency/Name Name) or (CODE)
            if inner.contains("/") {
                let parts = inner.split(separator: "/")
                if parts.count == 2, parts.allSatisfy({ isNameLike($0, maxWords: 4) }) { return group }
                return nil
            }
            if isCode(inner) { return group }
            return nil
        }
        // Unparenthesised: the segment after the last sentence end.
        var tail = Substring(s)
        if let end = s.lastIndex(where: { $0 == "." || $0 == "!" || $0 == "?" }) {
            tail = s[s.index(after: end)...]
        }
        let t = tail.trimmingSpaces()
        guard !t.isEmpty, t.count <= 60, t.count < s.count else {
            return nil
        }
        var core = Substring(t)
        while let f = core.first, f == "-" || f == "—" || f == "–" || f == " " { core.removeFirst() }
        let lower = core.lowercased()
        if lower.hasPrefix("photo:") || lower.hasPrefix("photo by") { return t }
        if lower.hasSuffix(" photo") || lower.hasSuffix("/photo") || lower.hasSuffix("/pool") { return t }
        if core.contains("/") {
            let parts = core.split(separator: "/")
            if parts.count == 2, parts.allSatisfy({ isNameLike($0, maxWords: 4) || isCode($0) }) { return t }
        }
        if t.first == "-" || t.first == "—" || t.first == "–", isCode(core) { return t }
        return nil
    }

    static func isNameLike(_ s: Substring, maxWords: Int) -> Bool {
        let words = s.split(separator: " ")
        guard !words.isEmpty, words.count <= maxWords else { return false }
        return words.allSatisfy { w in
            guard let f = w.first else { return false }
            return f.isUppercase || w.allSatisfy { $0.isUppercase || $0 == "-" }
        }
    }

    /// An agency code: 2–12 letters with at least two capitals (`VNA`, `VNSv`, `EAN`).
    static func isCode(_ s: Substring) -> Bool {
        let t = s.trimmingSpaces()
        guard (2...12).contains(t.count), t.allSatisfy({ $0.isLetter || $0 == "-" }) else { return false }
        return t.filter(\.isUppercase).count >= 2
    }

    /// Marks repeated paragraphs. Exact repeats are found by a hash of the folded
    /// words; near repeats by 3-word shingles (Jaccard ≥ 0.8) among paragraphs of
    /// similar length (at most 400 paragraphs are compared, so a huge report stays linear).
    static func markDuplicates(_ paras: [Para], tokens: [[Token]], teaserZone: Int, leadKnown: Bool, state: inout [Noise.Kind?]) {
        var seen = HashMap64<Int>()
        var shingles: [(index: Int, set: [UInt64])] = []
        // Of a pair (a before b), a teaser above the body goes; otherwise the later copy.
        let dropFirst = { (a: Int, b: Int) -> Bool in a < teaserZone && (leadKnown || b > a + 1) }
        for i in paras.indices where state[i] == nil {
            let toks = tokens[i]
            guard !toks.isEmpty else { continue }
            var key = Tokenizer.fnvOffset
            for t in toks { key = Tokenizer.combine(key, t.hash) }
            if let first = seen[key] {
                state[dropFirst(first, i) ? first : i] = .duplicateParagraph
                continue
            }
            seen[key] = i
            guard toks.count >= 8 else { continue }
            let sh = shingleSet(toks)
            guard sh.count >= 6, shingles.count < 400 else { continue }
            for (j, other) in shingles where state[j] == nil {
                let ratio = Double(min(sh.count, other.count)) / Double(max(sh.count, other.count))
                guard ratio >= 0.7 else { continue }
                let inter = sortedIntersectionCount(sh, other)
                let jaccard = Double(inter) / Double(sh.count + other.count - inter)
                if jaccard >= 0.8 {
                    let (a, b) = (min(i, j), max(i, j))
                    state[dropFirst(a, b) ? a : b] = .duplicateParagraph
                    break
                }
            }
            if state[i] == nil { shingles.append((i, sh)) }
        }
    }

    /// Sorted, de-duplicated hashes of the word trigrams of a paragraph.
    static func shingleSet(_ toks: [Token]) -> [UInt64] {
        guard toks.count >= 3 else { return [] }
        var out: [UInt64] = []
        out.reserveCapacity(toks.count)
        for i in 0..<(toks.count - 2) { out.append(Tokenizer.combine(Tokenizer.combine(toks[i].hash, toks[i + 1].hash), toks[i + 2].hash)) }
        out.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(out.count)
        for v in out where unique.last != v { unique.append(v) }
        return unique
    }

    /// The number of values two sorted arrays share.
    static func sortedIntersectionCount(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var i = 0, j = 0, n = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { n += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return n
    }
}

/// End-of-article markers: `./.`, `(END)`, `###`, a sign-off such as
/// `— VNA/VNS` or `-- MNW`, and a `(Reporting by …)` credit.
enum EndMarker {
    struct Match {
        /// Where the marker starts in the paragraph (0 for a whole paragraph).
        var start: Int
        var wholeParagraph: Bool
        var kind: Noise.Kind
        /// Outlet names or codes of a sign-off.
        var signOff: [String]
    }

    /// A cheap byte test: only paragraphs that pass it can hold an end marker or sign-off.
    static func mayEnd(_ b: [UInt8]) -> Bool {
        guard let last = b.last else { return false }
        if last == UInt8(ascii: ".") { return b.count >= 3 && b[b.count - 2] == UInt8(ascii: "/") }
        if last == UInt8(ascii: ")") || last == UInt8(ascii: "#") || last == UInt8(ascii: "-") { return true }
        if let f = b.first, f == UInt8(ascii: "(") || f == UInt8(ascii: "=") || f == UInt8(ascii: "-") || (f == 0xE2 && b.count > 2 && (0x93...0x95).contains(b[2])) || (f == UInt8(ascii: "R") && TextScan.hasPrefix(b, at: 0, "Reporting")) { return true }
        // A dash (—, –, --) in the last 45 bytes, before a short sign-off.
        let tail = b.suffix(45)
        var i = tail.startIndex
        while i + 1 < tail.endIndex {
            if tail[i] == 0x2D && tail[i + 1] == 0x2D { return true }
            if tail[i] == 0xE2 && tail[i + 1] == 0x80 && i + 2 < tail.endIndex && (0x93...0x95).contains(tail[i + 2]) { return true }
            i += 1
        }
        return false
    }

    static func find(in b: [UInt8], outlets: OutletRegistry) -> Match? {
        let n = b.count
        guard n > 0 else { return nil }
        // "./." closing a paragraph keeps the sentence's own full stop.
        if n >= 3, b[n - 3] == UInt8(ascii: "."), b[n - 2] == UInt8(ascii: "/"), b[n - 1] == UInt8(ascii: ".") {
            return Match(start: n - 2, wholeParagraph: n <= 3, kind: .endMarker, signOff: [])
        }
        // Work on the tail only: a sign-off is short, and the string work must not scale with the paragraph.
        let cut = n > 120 ? n - 120 : 0
        var from = cut
        while from < n, b[from] & 0xC0 == 0x80 { from += 1 }
        let s = String(decoding: b[from...], as: UTF8.self)
        let offset = from
        for m in ["(END)", "(end)", "-END-", "- END -", "###", "(ends)", "-ends-"] where s.hasSuffix(m) {
            let start = n - m.utf8.count
            return Match(start: start, wholeParagraph: cut == 0 && s.dropLast(m.count).trimmingSpaces().isEmpty, kind: .endMarker, signOff: [])
        }
        if TextScan.hasPrefix(b, at: 0, "(Reporting by") || TextScan.hasPrefix(b, at: 0, "(Writing by") || TextScan.hasPrefix(b, at: 0, "(Editing by")
            || TextScan.hasPrefix(b, at: 0, "Reporting by ") || TextScan.hasPrefix(b, at: 0, "(Additional reporting") {
            return Match(start: 0, wholeParagraph: true, kind: .byline, signOff: [])
        }
        // A paragraph that is only an outlet's name: "(Bosporus Evening Mail)", "— The Spree Gazette".
        if cut == 0, n <= 80, let name = wholeSignOff(s, outlets: outlets) {
            return Match(start: 0, wholeParagraph: true, kind: .endMarker, signOff: [name])
        }
        // A sign-off: a dash or "==", then one to three outlet codes separated by "/".
        guard let dash = lastDash(s) else { return nil }
        let codes = s[dash.after...].trimmingSpaces()
        guard !codes.isEmpty, codes.count <= 40 else { return nil }
        let parts = codes.split(separator: "/").map { $0.trimmingSpaces() }
        guard (1...3).contains(parts.count),
              parts.allSatisfy({ Paragraphs.isCode(Substring($0)) || outlets.outlet(named: $0) != nil })
        else { return nil }
        let before = s[..<dash.at].trimmingSpaces()
        let start = offset + s.utf8.distance(from: s.startIndex, to: dash.at)
        let whole = cut == 0 && before.isEmpty
        return Match(start: whole ? 0 : start, wholeParagraph: whole, kind: .endMarker, signOff: parts)
    }

    /// The outlet named by a paragraph that is nothing but a sign-off.
    static func wholeSignOff(_ s: String, outlets: OutletRegistry) -> String? {
        var core = Substring(s)
        var marked = false
        if core.hasPrefix("("), core.hasSuffix(")") { core = core.dropFirst().dropLast(); marked = true }
        while let f = core.first, f == "—" || f == "–" || f == "-" || f == "=" || f == " " { core.removeFirst(); marked = true }
        guard marked else { return nil }
        var name = core.trimmingSpaces()
        // "— Orinoco Daily, Beijing bureau"
        if let comma = name.firstIndex(of: ","), name[comma...].lowercased().contains("bureau") || name[comma...].lowercased().contains("desk") {
            name = String(name[..<comma])
        }
        let words = name.split(separator: " ")
        guard (1...6).contains(words.count), !name.contains("/") || words.count <= 2 else { return nil }
        if outlets.outlet(named: name) != nil { return name }
        let small: Set<Substring> = ["of", "the", "and", "de", "du", "la", "el"]
        guard words.allSatisfy({ w in small.contains(w) || (w.first?.isUppercase ?? false) }),
              words.contains(where: { $0.count > 1 }), !name.hasSuffix(".") else { return nil }
        return name
    }

    /// The last " — ", " – ", " -- " or leading "==" in the string, if what follows it is short.
    static func lastDash(_ s: String) -> (at: String.Index, after: String.Index)? {
        if s.hasPrefix("==") { return (s.startIndex, s.index(s.startIndex, offsetBy: 2)) }
        var i = s.endIndex
        var steps = 0
        while i > s.startIndex, steps < 45 {
            i = s.index(before: i)
            steps += 1
            let c = s[i]
            if c == "—" || c == "–" || c == "―" {
                let beforeOK = i == s.startIndex || s[s.index(before: i)] == " "
                if beforeOK { return (i, s.index(after: i)) }
            }
            if c == "-", i > s.startIndex, s[s.index(before: i)] == "-" {
                let at = s.index(before: i)
                let beforeOK = at == s.startIndex || s[s.index(before: at)] == " "
                if beforeOK { return (at, s.index(after: i)) }
            }
        }
        return nil
    }
}
