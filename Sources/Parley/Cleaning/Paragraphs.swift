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
        let n = bytes.count
        while s <= n {
            let i = nextLineFeed(bytes, from: s)
            let t = TextScan.trimmed(bytes, s..<i)
            if t.isEmpty {
                flush(bytes, &block, into: &out)
            } else {
                block.append(t)
            }
            s = i + 1
        }
        flush(bytes, &block, into: &out)
        return out
    }

    /// The index of the first line feed at or after `from`, or the count: eight bytes at a time.
    static func nextLineFeed(_ bytes: [UInt8], from: Int) -> Int {
        bytes.withUnsafeBufferPointer { p in
            let n = p.count
            var i = from
            if let base = p.baseAddress {
                let ones: UInt64 = 0x0101_0101_0101_0101
                while i + 8 <= n {
                    let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) ^ (0x0A &* ones)
                    if (x &- ones) & ~x & (0x80 &* ones) != 0 { break }
                    i += 8
                }
            }
            while i < n, p[i] != 0x0A { i += 1 }
            return i
        }
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
    /// How many paragraphs at the top are page furniture: a run of four or more menu
    /// items (one to three words, no sentence), breadcrumbs (`Home > World`,
    /// `Location: …`) and lines mostly in another script than the rest of the page.
    static func pageFurnitureCount(_ paras: [Para]) -> Int {
        guard paras.count > 2 else { return 0 }
        // Whether the page is mostly Latin, read only when a line in another script is met.
        var latinPage: Bool?
        func isLatinPage() -> Bool {
            if let known = latinPage { return known }
            var latin = 0, other = 0
            for p in paras.prefix(60) { for b in p.bytes { if b < 0x80 { if TextScan.isUpper(b) || TextScan.isLower(b) { latin += 1 } } else if b >= 0xC0 { other += 1 } } }
            latinPage = latin > 4 * other
            return latin > 4 * other
        }
        var i = 0
        var menuRun = 0
        while i < paras.count - 1, i < 200 {
            let b = paras[i].bytes
            if isBreadcrumb(b) || (isForeignScript(b) && isLatinPage()) {
                menuRun = 0
                i += 1
                continue
            }
            if isMenuItem(b) {
                menuRun += 1
                i += 1
                continue
            }
            break
        }
        // A short run of short lines may be a title and a byline: only a real menu counts.
        if menuRun > 0 && menuRun < 4 {
            var k = i
            var run = 0
            while k > 0, isMenuItem(paras[k - 1].bytes) { k -= 1; run += 1 }
            if run == menuRun && run < 4 { i = k }
        }
        return i
    }

    /// A cookie notice: a short paragraph about cookies that asks for consent.
    static func isCookieNotice(_ b: [UInt8]) -> Bool {
        guard b.count <= 700 else { return false }
        let lower = b.map { TextScan.isUpper($0) ? $0 | 0x20 : $0 }
        guard TextScan.range(of: cookie, in: lower, within: 0..<lower.count) != nil else { return false }
        return consentWords.contains { TextScan.range(of: $0, in: lower, within: 0..<lower.count) != nil }
    }
    static let cookie = Array("cookie".utf8)
    static let consentWords = ["accept", "consent", "partners", "privacy", "preferences", "agree"].map { Array($0.utf8) }

    /// A menu written on one line: `Home | Politics | Economy | Sport`, three bars or
    /// more between items of a few words; or `Home  News  Politics  Business`, four items
    /// or more of one or two capitalised words set apart by runs of spaces.
    static func isPipeMenu(_ b: [UInt8]) -> Bool {
        // A line with digits may be the page's stamp ("POLITICS | 18:05 | 10.07.2025 | Views: 3 417").
        guard b.count <= 300, !b.contains(where: TextScan.isDigit) else { return false }
        let items = b.split(separator: UInt8(ascii: "|"))
        if items.count >= 4 {
            return items.allSatisfy { item in item.split(separator: 0x20).count <= 4 && item.last != UInt8(ascii: ".") }
        }
        return isSpacedMenu(b)
    }

    /// The end of a translator's note in brackets that opens a line ("[English translation
    /// provided for reference]", "[Translated from German]"): the byte after its `]`. `nil`
    /// when the line opens with no such note.
    static func translationNoteEnd(_ b: [UInt8]) -> Int? {
        guard b.first == UInt8(ascii: "["), let close = b.prefix(100).firstIndex(of: UInt8(ascii: "]")) else { return nil }
        let lower = b[1..<close].map { TextScan.isUpper($0) ? $0 | 0x20 : $0 }
        return TextScan.range(of: Array("translat".utf8), in: lower, within: 0..<lower.count) == nil ? nil : close + 1
    }

    /// `Home  News  Politics  Business  Sports`: four items or more, each one or two words
    /// opening with a capital, with two spaces or more between items and no punctuation.
    static func isSpacedMenu(_ line: [UInt8]) -> Bool {
        // ("☰  Home  Politics  World   🔍": a menu's and a search button's glyphs at its ends.)
        var lo = 0, hi = line.count
        var k = lo
        while k < hi, line[k] >= 0x80 { k += 1 }
        if k > lo, k < hi, line[k] == 0x20 { lo = k }
        while lo < hi, line[lo] == 0x20 { lo += 1 }
        k = hi
        while k > lo, line[k - 1] >= 0x80 { k -= 1 }
        if k < hi, k > lo, line[k - 1] == 0x20 { hi = k }
        while hi > lo, line[hi - 1] == 0x20 { hi -= 1 }
        let b = Array(line[lo..<hi])
        guard b.count <= 160, b.allSatisfy({ TextScan.isUpper($0) || TextScan.isLower($0) || $0 == 0x20 || $0 == UInt8(ascii: "&") }) else { return false }
        var items: [ArraySlice<UInt8>] = []
        var start = 0, i = 0
        while i < b.count {
            if b[i] == 0x20, i + 1 < b.count, b[i + 1] == 0x20 {
                if i > start { items.append(b[start..<i]) }
                while i < b.count, b[i] == 0x20 { i += 1 }
                start = i
                continue
            }
            i += 1
        }
        if start < b.count { items.append(b[start...]) }
        guard items.count >= 4 else { return false }
        return items.allSatisfy { item in
            let words = item.split(separator: 0x20)
            return words.count <= 2 && words.allSatisfy { $0.first.map(TextScan.isUpper) ?? false }
        }
    }

    /// A row of buttons: `ACCEPT ALL   REJECT ALL   SETTINGS`, `Share f X in ✉ WhatsApp` —
    /// short, no sentence, and mostly words of one or two letters or all capitals with
    /// gaps of several spaces between them.
    static func isButtonRow(_ b: [UInt8]) -> Bool {
        guard b.count <= 80, let last = b.last, last != UInt8(ascii: "."), TextScan.range(of: Array("   ".utf8), in: b, within: 0..<b.count) != nil else { return false }
        let words = b.split(separator: 0x20)
        guard words.count >= 3 else { return false }
        let short = words.filter { w in w.count <= 2 || w.allSatisfy { $0 >= 0x80 } }.count
        let capitals = b.allSatisfy { !TextScan.isLower($0) }
        return capitals || 2 * short >= words.count
    }

    /// A label in capitals of one to four words: `POLITICS`, `ASIA PACIFIC`, `THE CEYLON SENTINEL`.
    static func isCapitalsLabel(_ b: [UInt8]) -> Bool {
        guard b.count <= 50, b.contains(where: TextScan.isUpper), !b.contains(where: TextScan.isLower) else { return false }
        return b.split(separator: 0x20).count <= 4 && !b.contains(UInt8(ascii: "."))
    }

    /// A short label of a page's head: `Search…`, `Topics: Foreign affairs, Economy`,
    /// `Share on Facebook Share on X`, `Staff Correspondent | Dhaka`.
    static func isHeadLabel(_ b: [UInt8]) -> Bool {
        guard b.count <= 120 else { return false }
        let words = b.split(separator: 0x20)
        if words.count <= 2, b.last == UInt8(ascii: ".") || b.suffix(3) == [0xE2, 0x80, 0xA6] { return true }
        let lower = b.map { TextScan.isUpper($0) ? $0 | 0x20 : $0 }
        if headLabelOpeners.contains(where: { lower.starts(with: $0) }) { return true }
        return words.count <= 6 && bylineWords.contains { w in words.contains { Array($0.map { TextScan.isUpper($0) ? $0 | 0x20 : $0 }) == w } }
    }
    static let headLabelOpeners = ["share ", "share:", "from:", "topics:", "tags:", "tag:", "category:", "categories:", "section:", "filed under",
                                   "keywords:", "listen to", "print ", "follow us", "sign in", "subscribe", "skip to",
                                   // A news ticker: "Breaking: Lira weakens as …".
                                   "breaking:", "breaking news", "trending:", "just in:"].map { Array($0.utf8) }
    static let bylineWords = ["correspondent", "reporter", "staff", "desk", "bureau", "editor", "editors"].map { Array($0.utf8) }

    /// A release's author line: `The Hon Anthony Albanese MP`, `Leo Varadkar TD`.
    static func isAuthorLine(_ b: [UInt8]) -> Bool {
        guard b.count <= 80 else { return false }
        let words = b.split(separator: 0x20)
        guard words.count <= 7, let last = words.last, let first = words.first else { return false }
        return ["MP", "TD", "MEP", "MLA", "MPP", "MHA", "MSP", "QC", "KC"].contains(String(decoding: last, as: UTF8.self))
            || ["Hon", "Hon.", "H.E.", "HE"].contains(String(decoding: words.count > 1 && ["The", "Rt"].contains(String(decoding: first, as: UTF8.self)) ? words[1] : first, as: UTF8.self))
    }

    /// Whether a line is a page's stamp, however it is written: it holds a time (`12:58`,
    /// `14:27`), or a month's name beside a year among words that are mostly about the date
    /// (`Wednesday, June 5, 2024 · 3 min read`).
    static func holdsDateOrTime(_ b: [UInt8]) -> Bool {
        guard b.count <= 120 else { return false }
        var i = 0
        while i + 4 < b.count {
            if TextScan.isDigit(b[i]), b[i + 1] == UInt8(ascii: ":") || (TextScan.isDigit(b[i + 1]) && b[i + 2] == UInt8(ascii: ":")) {
                let c = b[i + 1] == UInt8(ascii: ":") ? i + 2 : i + 3
                if c + 1 < b.count, TextScan.isDigit(b[c]), TextScan.isDigit(b[c + 1]) { return true }
            }
            i += 1
        }
        let words = b.split(separator: 0x20).map { w in w.filter { !",.|·".utf8.contains($0) } }.filter { !$0.isEmpty }
        let month = words.contains { MonthNames.number(bytes: $0[...]) != nil }
        let year = words.contains { $0.count == 4 && $0.allSatisfy(TextScan.isDigit) && ($0.first == UInt8(ascii: "1") || $0.first == UInt8(ascii: "2")) }
        guard month && year else { return false }
        let dateWords = words.filter { w in
            w.first.map(TextScan.isDigit) ?? false || MonthNames.number(bytes: w[...]) != nil || Paragraphs.weekdayWord(w)
        }.count
        return 2 * dateWords >= words.count
    }

    /// Whether a word (no punctuation) names a weekday, in full or as three letters.
    static func weekdayWord(_ w: [UInt8]) -> Bool {
        let lower = String(decoding: w.map { TextScan.isUpper($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
        return weekdayNames.contains(lower) || weekdayNames.contains { $0.hasPrefix(lower) && lower.utf8.count == 3 }
    }
    static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// How many words of three letters or more a line holds (letters of any script).
    static func longWords(_ b: [UInt8]) -> Int {
        b.split(separator: 0x20).filter { w in w.filter { TextScan.isUpper($0) || TextScan.isLower($0) || $0 >= 0x80 }.count >= 3 }.count
    }

    /// One to three words and no sentence: `Home`, `-`, `World News`.
    static func isMenuItem(_ b: [UInt8]) -> Bool {
        guard b.count <= 40 else { return false }
        var words = 0
        var previous: UInt8 = 0x20
        for c in b {
            if c != 0x20 && previous == 0x20 { words += 1 }
            previous = c
        }
        guard words <= 3, let last = b.last else { return words == 0 }
        return last != UInt8(ascii: ".") && last != UInt8(ascii: ":") && last != UInt8(ascii: "?") && last != UInt8(ascii: "!")
    }

    /// `Home > World > Asia`, `Location: 首页>Top Stories`, `szdaily -> World ->`,
    /// `Home  /  World  /  Zelensky, Trump hold phone talks` (a path of two slashes or more
    /// set off by spaces, which prose does not write).
    static func isBreadcrumb(_ b: [UInt8]) -> Bool {
        guard b.count <= 200 else { return false }
        if slashPath(b) { return true }
        guard b.contains(where: { $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: ":") || $0 == 0xC2 || $0 == 0xE2 }) else { return false }
        if TextScan.range(of: Array("Location:".utf8), in: b, within: 0..<b.count) != nil { return true }
        var arrows = 0
        var i = 0
        while i < b.count {
            if b[i] == UInt8(ascii: ">") { arrows += 1 }
            // » ›
            if b[i] == 0xC2, i + 1 < b.count, b[i + 1] == 0xBB { arrows += 1 }
            if b[i] == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0xBA { arrows += 1 }
            i += 1
        }
        return arrows >= 1 && !b.contains(UInt8(ascii: "."))
    }

    /// Whether a line is a path of sections set off by slashes with spaces around them
    /// (`Home / World / Asia`): two such slashes or more, the first part a word or two,
    /// and no full stop at its end.
    static func slashPath(_ b: [UInt8]) -> Bool {
        guard let last = b.last, last != UInt8(ascii: "."), let first = b.first, TextScan.isUpper(first) else { return false }
        var slashes: [Int] = []
        for i in b.indices.dropFirst().dropLast() where b[i] == UInt8(ascii: "/") && b[i - 1] == 0x20 && b[i + 1] == 0x20 {
            slashes.append(i)
        }
        guard slashes.count >= 2, let cut = slashes.first else { return false }
        let head = b[..<cut].split(separator: 0x20)
        return (1...2).contains(head.count)
    }

    /// A line written mostly in a script other than Latin (on a page that is mostly Latin).
    static func isForeignScript(_ b: [UInt8]) -> Bool {
        guard b.count <= 2000 else { return false }
        var latin = 0, other = 0
        for c in b { if c < 0x80 { if TextScan.isUpper(c) || TextScan.isLower(c) { latin += 1 } } else if c >= 0xC0 { other += 1 } }
        return other >= 2 && other * 2 > latin
    }

    /// The date a short line of page furniture gives: a cue (`Updated`, `Published`,
    /// `Posted`, `Date`) and a date, or an ISO date followed by a time (`2021-06-18 08:53`).
    static func pageDate(_ b: [UInt8]) -> Day? {
        guard b.count <= 120 else { return nil }
        let lower = b.map { TextScan.isUpper($0) ? $0 | 0x20 : $0 }
        let cued = isCued(lower)
        var i = 0
        while i + 10 <= b.count {
            if TextScan.isDigit(b[i]), i == 0 || !TextScan.isDigit(b[i - 1]), b[i + 4] == UInt8(ascii: "-"), b[i + 7] == UInt8(ascii: "-"),
               let d = Day(String(decoding: b[i..<(i + 10)], as: UTF8.self)) {
                // A time right after makes a page stamp even without a cue word.
                if cued || timeFollows(b, i + 10) { return d }
            }
            i += 1
        }
        if let d = standaloneDate(b) ?? writtenDateLine(b) ?? arabicDateLine(b) ?? yearFirstDateLine(b) ?? dottedMonthDate(b) { return d }
        // "24/05/2024 06:15 EAT", "Updated 14.04.2025": a date in digits that reads one way only.
        // ("NEWS | 24.01.2024": the last field of a short line of sections set off by bars.)
        if let (lo, hi) = firstNumericDate(b), cued || timeFollows(b, hi) || labelled(lower, lo) || lastAfterBar(b, lo, hi),
           let d = NumericDate.day(b, lo, hi) { return d }
        // "By a staff writer | March 11, 2016": a byline and the page's date on one line.
        let byline = lower.starts(with: "by ".utf8) && lower.contains(UInt8(ascii: "|"))
        // "Updated: April 14, 2025", "Published 14 April 2025"; uncued, "March 11, 2016 at
        // 12:02 a.m.": a written date with the time of filing after it.
        var s = DatelineScanner(b, end: b.count)
        var k = 0
        while k < b.count {
            if k == 0 || b[k - 1] == 0x20 {
                s.index = k
                if let (md, year) = s.date(), let y = year, let d = Day(year: y, month: md.month, day: md.day),
                   cued || byline || timeFollows(b, Paragraphs.pastAt(lower, s.index)) { return d }
            }
            guard cued || byline || k < 4 else { return nil }
            k += 1
        }
        return nil
    }

    /// Position `k` of a lowercased line, past " at " if it stands there: "March 11, 2016 at 12:02".
    static func pastAt(_ lower: [UInt8], _ k: Int) -> Int {
        var k = k
        while k < lower.count, lower[k] == 0x20 || lower[k] == UInt8(ascii: ",") { k += 1 }
        if k + 2 < lower.count, lower[k] == UInt8(ascii: "a"), lower[k + 1] == UInt8(ascii: "t"), lower[k + 2] == 0x20 { return k + 3 }
        return k
    }

    /// Whether a lowercased furniture line holds a word that marks a page's own date
    /// ("Updated", "Published", "Posted", "Date:", "Modified"; "Atualizado", "Actualizado",
    /// "Publicado", "Publié", "Mis à jour", "Aktualisiert" on pages in other languages).
    static func isCued(_ lower: [UInt8]) -> Bool {
        cueWords.contains { TextScan.range(of: $0, in: lower, within: 0..<lower.count) != nil }
    }

    static let cueWords: [[UInt8]] = [
        "updated", "published", "posted", "date:", "modified", "atualizado", "actualizado", "publicado",
        "publi\u{E9}", "mis \u{E0} jour", "aktualisiert", "ver\u{F6}ffentlicht",
    ].map { Array($0.utf8) }

    /// Whether `b[lo..<hi]` ends a line of at most 40 bytes after a bar: "NEWS | 24.01.2024".
    static func lastAfterBar(_ b: [UInt8], _ lo: Int, _ hi: Int) -> Bool {
        guard b.count <= 40 else { return false }
        var e = hi
        while e < b.count, b[e] == 0x20 { e += 1 }
        guard e == b.count else { return false }
        var k = lo
        while k > 0, b[k - 1] == 0x20 { k -= 1 }
        return k > 0 && b[k - 1] == UInt8(ascii: "|")
    }

    /// Whether the word right before position `k` of a lowercased line is "date" or
    /// "dated" ("| Date 9/1/2023 |").
    static func labelled(_ lower: [UInt8], _ k: Int) -> Bool {
        var e = k
        while e > 0, lower[e - 1] == 0x20 || lower[e - 1] == UInt8(ascii: ":") { e -= 1 }
        var a = e
        while a > 0, TextScan.isLower(lower[a - 1]) { a -= 1 }
        let word = lower[a..<e]
        return word.elementsEqual("date".utf8) || word.elementsEqual("dated".utf8)
    }

    /// Whether a stamp line gives a time before six in the morning ("07-08-2020 | 00:41",
    /// "2:10 AM"): a page filed in the small hours, often on the night's story.
    static func smallHours(_ b: [UInt8]) -> Bool {
        var k = 0
        while k + 2 < b.count {
            // "HH:MM" or "H:MM", not inside a longer number.
            if b[k] == UInt8(ascii: ":"), k >= 1, TextScan.isDigit(b[k - 1]), TextScan.isDigit(b[k + 1]), TextScan.isDigit(b[k + 2]) {
                var start = k - 1
                if start >= 1, TextScan.isDigit(b[start - 1]) { start -= 1 }
                guard start == 0 || !TextScan.isDigit(b[start - 1]) else { return false }
                let hour = b[start..<k].reduce(0) { $0 * 10 + Int($1 - 48) }
                var e = k + 3
                while e < b.count, b[e] == 0x20 { e += 1 }
                let pm = e + 1 < b.count && (b[e] | 0x20) == UInt8(ascii: "p") && (b[e + 1] | 0x20) == UInt8(ascii: "m")
                return hour < 6 && !pm
            }
            k += 1
        }
        return false
    }

    /// Whether a time of day follows position `k` after spaces: `19:12`, `9:05`, `19h12`,
    /// `06.15`. A date with a time after it on a short line is a page's stamp.
    static func timeFollows(_ b: [UInt8], _ k: Int) -> Bool {
        var k = k
        // "09-07-2024 | 21:15 IST": a bar or a middle dot may stand between them.
        while k < b.count, b[k] == 0x20 || b[k] == UInt8(ascii: ",") || b[k] == UInt8(ascii: "|") || (b[k] == 0xC2 && k + 1 < b.count && b[k + 1] == 0xB7) || b[k] == 0xB7 { k += 1 }
        var digits = 0
        while k < b.count, TextScan.isDigit(b[k]), digits < 3 { digits += 1; k += 1 }
        guard (1...2).contains(digits), k < b.count,
              b[k] == UInt8(ascii: ":") || b[k] == UInt8(ascii: "h") || b[k] == UInt8(ascii: ".") else { return false }
        let m = k + 1
        guard m + 1 < b.count, TextScan.isDigit(b[m]), TextScan.isDigit(b[m + 1]) else { return false }
        return m + 2 == b.count || !TextScan.isDigit(b[m + 2])
    }

    /// The first run of digits and separators (`/`, `.`, `-`) on a line that is 8 to 10
    /// bytes long and starts a word: where a date in digits may be.
    static func firstNumericDate(_ b: [UInt8]) -> (Int, Int)? {
        var i = 0
        while i < b.count {
            guard TextScan.isDigit(b[i]), i == 0 || !TextScan.isDigit(b[i - 1]) else { i += 1; continue }
            var e = i
            while e < b.count, TextScan.isDigit(b[e]) || b[e] == UInt8(ascii: "/") || b[e] == UInt8(ascii: ".") || b[e] == UInt8(ascii: "-") { e += 1 }
            // A sentence's full stop after the date is not part of it.
            var end = e
            while end > i, !TextScan.isDigit(b[end - 1]) { end -= 1 }
            if (8...10).contains(end - i) { return (i, end) }
            i = e
        }
        return nil
    }

    /// Whether a paragraph opens with a transcript's speaker label: up to five words in
    /// capitals, perhaps with a note in brackets, then a colon ("PRIME MINISTER:",
    /// "PRESIDENT AKUFO-ADDO:", "QUESTION (Ghanaian broadcaster):").
    static func opensWithSpeakerLabel(_ b: [UInt8]) -> Bool {
        var i = 0, words = 0, letters = 0
        while i < b.count, i < 60 {
            let c = b[i]
            if c == UInt8(ascii: ":") { return words >= 1 && letters >= 2 && words <= 5 }
            if c == UInt8(ascii: "(") {
                // A note in brackets after the label.
                guard let close = b[i...].prefix(60).firstIndex(of: UInt8(ascii: ")")) else { return false }
                i = close + 1
                continue
            }
            if TextScan.isLower(c) { return false }
            if TextScan.isUpper(c) {
                letters += 1
                if i == 0 || b[i - 1] == 0x20 { words += 1 }
            } else if c != 0x20 && c != UInt8(ascii: "-") && c != UInt8(ascii: ".") && c != UInt8(ascii: "'") && c < 0x80 {
                return false
            }
            i += 1
        }
        return false
    }

    /// Whether a paragraph is a live blog entry's time alone: `14:48`, `9.05`, `14:48 GMT`.
    static func isTimestamp(_ b: [UInt8]) -> Bool {
        guard b.count <= 12 else { return false }
        var i = 0
        while i < b.count, TextScan.isSpace(b[i]) { i += 1 }
        var digits = 0
        while i < b.count, TextScan.isDigit(b[i]) { digits += 1; i += 1 }
        guard (1...2).contains(digits), i < b.count, b[i] == UInt8(ascii: ":") || b[i] == UInt8(ascii: ".") else { return false }
        i += 1
        var minutes = 0
        while i < b.count, TextScan.isDigit(b[i]) { minutes += 1; i += 1 }
        guard minutes == 2 else { return false }
        // An optional zone or am/pm in letters.
        while i < b.count, TextScan.isSpace(b[i]) || TextScan.isUpper(b[i]) || TextScan.isLower(b[i]) { i += 1 }
        return i == b.count
    }

    /// The day of a compact stamp with the month's abbreviation between dots, as Brazilian
    /// and Spanish-language pages print them: "WORLD | 21.set.2023 às 7h00", "03.Mar.2024".
    static func dottedMonthDate(_ b: [UInt8]) -> Day? {
        var i = 0
        while i < b.count {
            guard TextScan.isDigit(b[i]), i == 0 || !TextScan.isDigit(b[i - 1]) && b[i - 1] != UInt8(ascii: ".") else { i += 1; continue }
            var k = i
            var day = 0
            while k < b.count, TextScan.isDigit(b[k]), k - i < 3 { day = day * 10 + Int(b[k] - 48); k += 1 }
            guard k - i <= 2, k < b.count, b[k] == UInt8(ascii: ".") else { i = k; continue }
            let m0 = k + 1
            var m1 = m0
            while m1 < b.count, TextScan.isUpper(b[m1]) || TextScan.isLower(b[m1]) { m1 += 1 }
            guard (3...4).contains(m1 - m0), m1 < b.count, b[m1] == UInt8(ascii: "."),
                  let month = MonthNames.number(bytes: b[m0..<m1]) ?? ForeignMonthNames.abbreviation(bytes: b[m0..<m1]) else { i = m1; continue }
            var y1 = m1 + 1
            var year = 0
            while y1 < b.count, TextScan.isDigit(b[y1]), y1 - m1 <= 4 { year = year * 10 + Int(b[y1] - 48); y1 += 1 }
            if y1 - m1 - 1 == 4, y1 == b.count || !TextScan.isDigit(b[y1]), let d = Day(year: year, month: month, day: day) { return d }
            i = y1
        }
        return nil
    }

    /// The day a line that holds a date in digits and nothing else gives (`08/02/2023` under
    /// a headline): a page's date.
    static func standaloneDate(_ b: [UInt8]) -> Day? {
        var lo = 0, hi = b.count
        while lo < hi, TextScan.isSpace(b[lo]) { lo += 1 }
        while hi > lo, TextScan.isSpace(b[hi - 1]) { hi -= 1 }
        return NumericDate.day(b, lo, hi)
    }

    /// The day a line that holds a date in words and nothing else gives, perhaps after its
    /// weekday: "Tuesday 28 February 2023", "Monday, March 4, 2024". A page's date.
    static func writtenDateLine(_ b: [UInt8]) -> Day? {
        guard b.count <= 120 else { return nil }
        var s = DatelineScanner(b, end: b.count)
        s.skipSpaces()
        // An optional weekday and comma first ("Isnin, 30 Januari 2023" on a Malay page).
        if s.weekdayWord() || s.foreignWeekdayWord() {
            if s.peek(UInt8(ascii: ",")) { s.skipComma() }
            s.skipSpaces()
        }
        guard let (md, year) = s.date(), let y = year else { return nil }
        s.skipSpaces()
        // "Tue 28 Jun 2022, 6:10 PM": a time after it. Or a separator, as a page's stamp line
        // goes on ("13 March 2019 • 4 min read • [Share]"); alone, the line stays short.
        let separated = s.index < b.count && (b[s.index] == UInt8(ascii: "|") || TextScan.hasPrefix(b, at: s.index, "•") || TextScan.hasPrefix(b, at: s.index, "·"))
        guard b.count <= 40 && (s.atEnd || timeFollows(b, s.index)) || separated else { return nil }
        return Day(year: y, month: md.month, day: md.day)
    }

    /// A line that opens with a date written year first, as Hungarian pages stamp a story
    /// ("2025. november 8., szombat 09:14"): the year and a full stop, the month's name, the day
    /// and a full stop, then at most a weekday's name and a time.
    static func yearFirstDateLine(_ b: [UInt8]) -> Day? {
        guard b.count <= 60, b.count >= 10, b[0..<4].allSatisfy(TextScan.isDigit), b[4] == UInt8(ascii: "."), b[5] == 0x20,
              let y = Int(String(decoding: b[0..<4], as: UTF8.self)) else { return nil }
        var k = 6
        let monthStart = k
        while k < b.count, TextScan.isLower(b[k]) || TextScan.isUpper(b[k]) { k += 1 }
        guard let m = MonthNames.number(bytes: b[monthStart..<k]), k < b.count, b[k] == 0x20 else { return nil }
        k += 1
        let dayStart = k
        while k < b.count, TextScan.isDigit(b[k]), k - dayStart < 2 { k += 1 }
        guard k > dayStart, k < b.count, b[k] == UInt8(ascii: "."), let d = Int(String(decoding: b[dayStart..<k], as: UTF8.self)) else { return nil }
        k += 1
        // A weekday's name in any language, then a time; or nothing more.
        if k < b.count, b[k] == UInt8(ascii: ",") { k += 1 }
        while k < b.count, b[k] == 0x20 { k += 1 }
        while k < b.count, b[k] != 0x20, !TextScan.isDigit(b[k]) { k += 1 }
        guard k >= b.count || timeFollows(b, k) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    /// A line that is a date written in Arabic, as pages in Egypt, the Gulf and the Levant
    /// stamp their stories ("الاثنين 7 أبريل 2025"): a day, a month's name and a year, in
    /// Western or Arabic-Indic digits, with at most a weekday's name besides.
    static func arabicDateLine(_ b: [UInt8]) -> Day? {
        guard b.count <= 80, b.contains(where: { $0 >= 0xD8 && $0 <= 0xDB }) else { return nil }
        let words = String(decoding: b, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "," || $0 == "،" || $0 == "-" || $0 == "/" })
        guard words.count <= 5 else { return nil }
        func number(_ w: Substring) -> Int? {
            var v = 0
            for u in w.unicodeScalars {
                if (0x30...0x39).contains(u.value) { v = v * 10 + Int(u.value - 0x30) }
                else if (0x660...0x669).contains(u.value) { v = v * 10 + Int(u.value - 0x660) }
                else { return nil }
            }
            return w.isEmpty ? nil : v
        }
        for (k, w) in words.enumerated() {
            guard let month = arabicMonths[String(w)], k > 0, k + 1 < words.count,
                  let day = number(words[k - 1]), let year = number(words[k + 1]), (1900...2100).contains(year) else { continue }
            // Nothing else on the line but a weekday's name before the day.
            guard words.indices.allSatisfy({ $0 == k || $0 == k - 1 || $0 == k + 1 || ($0 < k - 1 && arabicWeekdays.contains(String(words[$0]))) }) else { return nil }
            return Day(year: year, month: month, day: day)
        }
        return nil
    }

    /// Months' names in Arabic: those of Egypt and the Gulf, and the Levant's one-word names.
    static let arabicMonths: [String: Int] = [
        "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
        "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
        "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9,
    ]
    static let arabicWeekdays: Set<String> = ["الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الاربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "الاحد"]

    /// The weekday a text's opening tells an event on after `cue` ("on Monday"; "reported this
    /// Monday", as copy from agencies writing in Spanish and Portuguese tells the day it is
    /// written), within its first 600 bytes, as 1 = Monday … 7 = Sunday.
    static func firstWeekday(_ b: [UInt8], after cue: String = "on") -> Int? {
        let cue = Array((cue + " ").utf8)
        let n = min(b.count, 600)
        var i = 0
        while i < n {
            guard TextScan.isUpper(b[i]), i == 0 || !(TextScan.isUpper(b[i - 1]) || TextScan.isLower(b[i - 1])) else { i += 1; continue }
            var e = i + 1
            while e < b.count, TextScan.isLower(b[e]) { e += 1 }
            let word = String(decoding: b[i..<e], as: UTF8.self).lowercased()
            if i >= cue.count, b[(i - cue.count)..<i].elementsEqual(cue), i == cue.count || !TextScan.isLower(b[i - cue.count - 1]),
               let k = DatelineScanner.weekdayNames.firstIndex(of: word) { return k + 1 }
            i = e
        }
        return nil
    }

    /// A weekday with its day of the month in brackets in a text's first 1,500 bytes ("this
    /// Friday (10)", as agencies in Portuguese and Spanish write), as (1 = Monday … 7, day).
    static func bracketedWeekdayDay(_ b: [UInt8]) -> (Int, Int)? {
        let n = min(b.count, 1500)
        var i = 0
        while i < n {
            guard TextScan.isUpper(b[i]), i == 0 || !(TextScan.isUpper(b[i - 1]) || TextScan.isLower(b[i - 1])) else { i += 1; continue }
            var e = i + 1
            while e < n, TextScan.isLower(b[e]) { e += 1 }
            defer { i = e }
            guard e - i >= 6, let k = DatelineScanner.weekdayNames.firstIndex(of: String(decoding: b[i..<e], as: UTF8.self).lowercased()),
                  let day = dayInBrackets(b, after: e, limit: n) else { continue }
            return (k + 1, day)
        }
        return nil
    }

    /// The day of the month in brackets right after a word ending at `e`: " (10)". `nil` when
    /// there is none before `limit`.
    static func dayInBrackets(_ b: [UInt8], after e: Int, limit n: Int) -> Int? {
        guard e + 3 < n, b[e] == 0x20, b[e + 1] == UInt8(ascii: "(") else { return nil }
        var j = e + 2
        var day = 0
        while j < n, j - e - 2 < 2, TextScan.isDigit(b[j]) { day = day * 10 + Int(b[j] - 48); j += 1 }
        return j < n && j > e + 2 && b[j] == UInt8(ascii: ")") && (1...31).contains(day) ? day : nil
    }

    /// The first "yesterday (3)" or "today (4)" in the first 1,500 bytes, as the Brazilian
    /// press writes a day of the month: the days back from the page's day (1 or 0), and the day.
    static func bracketedRelativeDay(_ b: [UInt8]) -> (back: Int, day: Int)? {
        let n = min(b.count, 1500)
        var i = 0
        while i < n {
            guard b[i] | 0x20 == UInt8(ascii: "y") || b[i] | 0x20 == UInt8(ascii: "t"), i == 0 || !(TextScan.isUpper(b[i - 1]) || TextScan.isLower(b[i - 1])) else { i += 1; continue }
            var e = i + 1
            while e < n, TextScan.isLower(b[e]) || TextScan.isUpper(b[e]) { e += 1 }
            defer { i = e }
            let word = String(decoding: b[i..<e], as: UTF8.self).lowercased()
            guard let back = word == "yesterday" ? 1 : word == "today" ? 0 : nil, let day = dayInBrackets(b, after: e, limit: n) else { continue }
            return (back, day)
        }
        return nil
    }

    /// The days a date in digits on a short line of page furniture may be, when it can be
    /// read either way (`Published the 09/02/2023 at 06h12`, or `08/02/2023` alone).
    static func ambiguousPageDates(_ b: [UInt8]) -> [Day] {
        guard b.count <= 120 else { return [] }
        let lower = b.map { TextScan.isUpper($0) ? $0 | 0x20 : $0 }
        let cued = isCued(lower)
        var i = 0
        while i < b.count {
            guard TextScan.isDigit(b[i]), i == 0 || !TextScan.isDigit(b[i - 1]) && b[i - 1] != UInt8(ascii: "/") && b[i - 1] != UInt8(ascii: "-") else { i += 1; continue }
            var e = i
            while e < b.count, TextScan.isDigit(b[e]) || b[e] == UInt8(ascii: "/") || b[e] == UInt8(ascii: "-") { e += 1 }
            let readings = NumericDate.readings(b, i, e)
            if !readings.isEmpty {
                let alone = b[..<i].allSatisfy(TextScan.isSpace) && b[e...].allSatisfy(TextScan.isSpace)
                // At the line's start with a time after it: "08/07/2023 19h12 - Updated …".
                // Or after a bar: "By Web Desk | 09-07-2024 | 21:15 IST".
                // Or after an agency's name alone on a short line: "AVN 06/12/2018 14:20".
                // Or after a byline and a dash: "BY STAFF - 07/12/22 3:41 PM ET".
                let before = b[..<i].reversed().first(where: { !TextScan.isSpace($0) })
                let byline = lower.starts(with: "by ".utf8) && (before == UInt8(ascii: "-") || before == UInt8(ascii: "|"))
                let stamped = (b[..<i].allSatisfy(TextScan.isSpace) || before == UInt8(ascii: "|") || byline
                               || (b.count <= 40 && b[..<i].split(separator: 0x20).count == 1 && b.first.map(TextScan.isUpper) == true)) && timeFollows(b, e)
                // Or after a bar, ending the line: "Nacionales | 01/11/2022".
                let sectionStamp = before == UInt8(ascii: "|") && b[e...].allSatisfy(TextScan.isSpace)
                return cued || alone || stamped || sectionStamp || labelled(lower, i) ? readings : []
            }
            i = e
        }
        return []
    }

    static func looksLikeTitle(_ s: String) -> Bool {
        guard s.utf8.count <= 220, let last = s.utf8.last, !".,;:!?".utf8.contains(last) else { return false }
        var words = 0
        var previous: UInt8 = 0x20
        for c in s.utf8 {
            if c != 0x20 && previous == 0x20 { words += 1 }
            previous = c
        }
        return words >= 2 && words <= 25 && !s.hasPrefix("-") && !s.hasPrefix("•")
    }

    /// A cheap byte test: only paragraphs that pass it can be furniture. Most story
    /// paragraphs end a sentence and carry no credit, so they skip the string work.
    ///
    /// Furniture opens with a byline or link word (`By`, `Related`, `Photo:`), closes
    /// with a parenthesised or bracketed credit, or closes with a short credit after
    /// its last sentence end (`PHOTO: TSC`, `Jane Doe/The Courier`, `-- MNW`). A
    /// paragraph with no letter after its last `.`, `!` or `?` has no such credit.
    static func mayBeFurniture(_ b: [UInt8]) -> Bool {
        b.withUnsafeBufferPointer { p in
            let n = p.count
            guard n > 0 else { return false }
            let f = p[0]
            if n < 400, f == 0x42 || f == 0x52 || f == 0x53 || f == 0x41, // B R S A
               TextScan.hasPrefix(b, at: 0, "By ") || TextScan.hasPrefix(b, at: 0, "Related") || TextScan.hasPrefix(b, at: 0, "Read ")
                || TextScan.hasPrefix(b, at: 0, "See ") || TextScan.hasPrefix(b, at: 0, "Also ") || TextScan.hasPrefix(b, at: 0, "RELATED")
                || TextScan.hasPrefix(b, at: 0, "READ ") || TextScan.hasPrefix(b, at: 0, "ADVERTIS") || TextScan.hasPrefix(b, at: 0, "Advertis")
                || TextScan.hasPrefix(b, at: 0, "Sponsored") || TextScan.hasPrefix(b, at: 0, "SPONSORED") { return true }
            if hasPictureWord(p, 0, min(n, 12)) { return true }
            let last = p[n - 1]
            if last == UInt8(ascii: ")") || last == UInt8(ascii: "]") { return true }
            // The segment after the last sentence end, within the final 70 bytes.
            let tailStart = max(0, n - 70)
            var segment = tailStart
            var k = n - 1
            while k >= tailStart {
                let c = p[k]
                if c == UInt8(ascii: ".") || c == UInt8(ascii: "!") || c == UInt8(ascii: "?") { segment = k + 1; break }
                k -= 1
            }
            var hasLetter = false
            var slash = false
            var dash = false
            var j = segment
            while j < n {
                let c = p[j]
                if (c | 0x20) &- 0x61 < 26 || c >= 0xC3 { hasLetter = true }
                if c == UInt8(ascii: "/") { slash = true }
                if c == 0x2D, j + 1 < n, p[j + 1] == 0x2D { dash = true }
                if c == 0xE2, j + 2 < n, p[j + 1] == 0x80, p[j + 2] &- 0x93 < 3 { dash = true }
                j += 1
            }
            guard hasLetter else { return false }
            if slash { return true }
            if hasPictureWord(p, segment, n) { return true }
            // "-- MNW" or "— Jane Doe" closing a short paragraph.
            return dash && n < 400
        }
    }

    /// Whether `phot`, `imag` or `foto` (any case) starts anywhere in `p[from..<to]`:
    /// four bytes compared at a time.
    @inline(__always)
    static func hasPictureWord(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        guard let base = p.baseAddress, from >= 0, to <= p.count else { return false }
        // "phot", "imag", "foto" as little-endian words, lower-cased.
        let phot: UInt32 = 0x746F_6870, imag: UInt32 = 0x6761_6D69, foto: UInt32 = 0x6F74_6F66
        var i = from
        while i + 4 <= to {
            let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt32.self) | 0x2020_2020
            if w == phot || w == imag || w == foto { return true }
            i += 1
        }
        return false
    }

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

    /// Marks repeated paragraphs. Exact repeats are found by a hash of the folded
    /// words; near repeats by 3-word shingles (Jaccard ≥ 0.8 of their distinct
    /// shingles, at least six each) among paragraphs of at least eight words. At most
    /// 400 paragraphs are compared, so a huge report stays linear.
    ///
    /// Pairs are screened with a 256-bit sketch of each paragraph's shingles before
    /// any set is built. The screen never loses a pair: bits set in one sketch and not
    /// the other come from shingles the paragraphs do not share, and a Jaccard of 0.8
    /// allows at most a quarter of the smaller paragraph's shingles to be unshared.
    static func markDuplicates(_ words: inout ParagraphWords, teaserZone: Int, leadKnown: Bool, state: inout [Noise.Kind?]) {
        let n = words.paragraphs.count
        var seen = HashMap64<Int>(capacity: n)
        // Of a pair (a before b), a teaser above the body goes; otherwise the later copy.
        let dropFirst = { (a: Int, b: Int) -> Bool in a < teaserZone && (leadKnown || b > a + 1) }
        /// Paragraphs open to near-repeat tests, in order, with their sketches and shingle counts.
        var listed: [(index: Int, sketch: ShingleSketch, shingles: Int)] = []
        listed.reserveCapacity(n)
        /// Sorted distinct shingles, built only for pairs that pass the screen (rare: none
        /// is allocated for most reports).
        var sets: [Int: [UInt64]] = [:]
        for i in 0..<n where state[i] == nil {
            let span = words.span(i)
            guard !span.isEmpty else { continue }
            var key = Tokenizer.fnvOffset
            var sketch = ShingleSketch()
            var h1: UInt64 = 0, h2: UInt64 = 0
            let all = words.words
            var k = span.lowerBound
            // The first two words open no shingle.
            while k < min(span.lowerBound + 2, span.upperBound) {
                key = Tokenizer.combine(key, all[k].hash)
                h2 = h1
                h1 = all[k].hash
                k += 1
            }
            while k < span.upperBound {
                let h = all[k].hash
                key = Tokenizer.combine(key, h)
                sketch.insert(Tokenizer.combine(Tokenizer.combine(h2, h1), h))
                h2 = h1
                h1 = h
                k += 1
            }
            if let first = seen[key] {
                state[dropFirst(first, i) ? first : i] = .duplicateParagraph
                continue
            }
            seen[key] = i
            guard span.count >= 8, listed.count < 400 else { continue }
            let shingles = span.count - 2
            var eligible = true
            for (j, other, otherShingles) in listed where state[j] == nil {
                guard !sketch.differs(from: other, byMoreThan: min(shingles, otherShingles) / 4) else { continue }
                let a = shingleSet(i, &sets, words), b = shingleSet(j, &sets, words)
                guard a.count >= 6 else { eligible = false; break }
                guard b.count >= 6 else { continue }
                let ratio = Double(min(a.count, b.count)) / Double(max(a.count, b.count))
                guard ratio >= 0.7 else { continue }
                let inter = sortedIntersectionCount(a, b)
                let jaccard = Double(inter) / Double(a.count + b.count - inter)
                if jaccard >= 0.8 {
                    let (x, y) = (min(i, j), max(i, j))
                    state[dropFirst(x, y) ? x : y] = .duplicateParagraph
                    break
                }
            }
            if eligible && state[i] == nil { listed.append((i, sketch, shingles)) }
        }
    }

    /// A 256-bit sketch of a set of shingle hashes: one bit per shingle.
    struct ShingleSketch {
        var w0: UInt64 = 0, w1: UInt64 = 0, w2: UInt64 = 0, w3: UInt64 = 0

        @inline(__always)
        mutating func insert(_ h: UInt64) {
            // Branch-free: a switch on the word compiles to a jump the processor cannot predict.
            let bit: UInt64 = 1 &<< (h & 63)
            let low = ((h >> 62) & 1) &- 1, high = (h >> 63) &- 1   // all ones when the bit is 0
            w0 |= bit & low & high
            w1 |= bit & ~low & high
            w2 |= bit & low & ~high
            w3 |= bit & ~low & ~high
        }

        /// Whether more than `limit` bits are set in one sketch and not the other; most
        /// pairs of unrelated paragraphs tell after the first word.
        @inline(__always)
        func differs(from o: ShingleSketch, byMoreThan limit: Int) -> Bool {
            var d = (w0 ^ o.w0).nonzeroBitCount
            if d > limit { return true }
            d += (w1 ^ o.w1).nonzeroBitCount
            if d > limit { return true }
            d += (w2 ^ o.w2).nonzeroBitCount
            if d > limit { return true }
            return d + (w3 ^ o.w3).nonzeroBitCount > limit
        }

        /// The number of bits set in one sketch and not the other (the plain count that
        /// `differs(from:byMoreThan:)` stops early; the tests hold one to the other).
        func differingBits(_ o: ShingleSketch) -> Int {
            (w0 ^ o.w0).nonzeroBitCount + (w1 ^ o.w1).nonzeroBitCount + (w2 ^ o.w2).nonzeroBitCount + (w3 ^ o.w3).nonzeroBitCount
        }
    }

    /// The sorted distinct shingles of paragraph `i` (already tokenised), built once.
    static func shingleSet(_ i: Int, _ sets: inout [Int: [UInt64]], _ words: ParagraphWords) -> [UInt64] {
        if let s = sets[i] { return s }
        let span = words.span(tokenised: i)
        var out: [UInt64] = []
        out.reserveCapacity(max(0, span.count - 2))
        let w = words.words
        var k = span.lowerBound + 2
        while k < span.upperBound {
            out.append(Tokenizer.combine(Tokenizer.combine(w[k - 2].hash, w[k - 1].hash), w[k].hash))
            k += 1
        }
        out.sort()
        var unique = 0
        for v in out where unique == 0 || out[unique - 1] != v {
            out[unique] = v
            unique += 1
        }
        out.removeSubrange(unique...)
        sets[i] = out
        return out
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
        // A dash (—, –, ―, --) in the last 45 bytes, before a short sign-off.
        return hasDash(b, from: b.count - 45)
    }

    static let closingMarkers: [[UInt8]] = ["(END)", "(end)", "-END-", "- END -", "###", "(ends)", "-ends-"].map { Array($0.utf8) }

    static func find(in b: [UInt8], outlets: OutletRegistry) -> Match? {
        let n = b.count
        guard n > 0 else { return nil }
        // "./." closing a paragraph keeps the sentence's own full stop.
        if n >= 3, b[n - 3] == UInt8(ascii: "."), b[n - 2] == UInt8(ascii: "/"), b[n - 1] == UInt8(ascii: ".") {
            return Match(start: n - 2, wholeParagraph: n <= 3, kind: .endMarker, signOff: [])
        }
        for m in closingMarkers where m.count <= n && b[(n - m.count)...].elementsEqual(m) {
            let start = n - m.count
            var k = start
            while k > 0, TextScan.isSpace(b[k - 1]) { k -= 1 }
            return Match(start: start, wholeParagraph: n <= 120 && k == 0, kind: .endMarker, signOff: [])
        }
        if TextScan.hasPrefix(b, at: 0, "(Reporting by") || TextScan.hasPrefix(b, at: 0, "(Writing by") || TextScan.hasPrefix(b, at: 0, "(Editing by")
            || TextScan.hasPrefix(b, at: 0, "Reporting by ") || TextScan.hasPrefix(b, at: 0, "(Additional reporting") {
            return Match(start: 0, wholeParagraph: true, kind: .byline, signOff: [])
        }
        // Work on the tail only: a sign-off is short, and the string work must not scale with the paragraph.
        let cut = n > 120 ? n - 120 : 0
        var from = cut
        while from < n, b[from] & 0xC0 == 0x80 { from += 1 }
        // A sign-off needs a dash near the end or a leading "==", and a whole-paragraph one
        // a short paragraph opening with a mark; anything else is story.
        let f = b[0]
        let marked = f == UInt8(ascii: "(") || f == UInt8(ascii: "-") || f == UInt8(ascii: "=") || f == 0x20 || f == 0xE2
        let wholeCandidate = cut == 0 && n <= 80 && marked && opensLikeName(b)
        guard wholeCandidate || TextScan.hasPrefix(b, at: from, "==") || hasDash(b, from: max(from, n - 140)) else { return nil }
        let s = String(decoding: b[from...], as: UTF8.self)
        let offset = from
        // A paragraph that is only an outlet's name: "(Bosporus Evening Mail)", "— The Spree Gazette".
        if wholeCandidate, let name = wholeSignOff(s, outlets: outlets) {
            return Match(start: 0, wholeParagraph: true, kind: .endMarker, signOff: [name])
        }
        // A sign-off: a dash or "==", then one to three outlet codes separated by "/".
        guard let dash = lastDash(s) else { return nil }
        let codes = s[dash.after...].trimmingSpaces()
        guard !codes.isEmpty, codes.count <= 40 else { return nil }
        let parts = codes.split(separator: "/").map { $0.trimmingSpaces() }
        guard (1...3).contains(parts.count),
              parts.allSatisfy({ Furniture.isCode(Array($0.utf8), 0..<$0.utf8.count) || outlets.outlet(named: $0) != nil })
        else { return nil }
        let before = s[..<dash.at].trimmingSpaces()
        let start = offset + s.utf8.distance(from: s.startIndex, to: dash.at)
        let whole = cut == 0 && before.isEmpty
        return Match(start: whole ? 0 : start, wholeParagraph: whole, kind: .endMarker, signOff: parts)
    }

    /// Whether the words after a sign-off's opening marks (`(`, dashes, `=`) start like a
    /// name: a capital, a non-ASCII letter, or one of the small words names contain.
    static func opensLikeName(_ b: [UInt8]) -> Bool {
        var i = 0
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "(") || c == UInt8(ascii: "-") || c == UInt8(ascii: "=") || c == 0x20 { i += 1; continue }
            if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, (0x93...0x95).contains(b[i + 2]) { i += 3; continue }
            break
        }
        guard i < b.count else { return false }
        // A capital, a non-ASCII letter, or a single word (a lower-case outlet tag).
        if TextScan.isUpper(b[i]) || b[i] >= 0xC3 || !b[i...].contains(0x20) { return true }
        for w in ["of ", "the ", "and ", "de ", "du ", "la ", "el "] where b[i...].starts(with: w.utf8) { return true }
        return false
    }

    /// Whether `b[from...]` holds a dash that can open a sign-off: `--`, `–`, `—` or `―`.
    static func hasDash(_ b: [UInt8], from: Int) -> Bool {
        b.withUnsafeBufferPointer { p in
            var i = max(0, from)
            while i + 1 < p.count {
                if p[i] == 0x2D && p[i + 1] == 0x2D { return true }
                if p[i] == 0xE2, i + 2 < p.count, p[i + 1] == 0x80, p[i + 2] &- 0x93 < 3 { return true }
                i += 1
            }
            return false
        }
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
        // ("- Joint Declaration: Canada-Mexico Action Plan", a link under "Associated Links": a
        // title, not a name.)
        guard words.allSatisfy({ w in small.contains(w) || (w.first?.isUppercase ?? false) }),
              words.contains(where: { $0.count > 1 }), !name.hasSuffix("."), !name.contains(":") else { return nil }
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
