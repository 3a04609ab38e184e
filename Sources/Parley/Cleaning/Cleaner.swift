/// Removes scraping noise from a report and records every removal with its reason.
///
/// The steps, in order: the ` date YYYY-MM-DD ` prefix is read; junk characters
/// go; lines become paragraphs; a title, bylines, captions and links to other
/// stories are set aside; the dateline is read; an end-of-article marker cuts
/// everything after it; repeated paragraphs are kept once; trailing paragraphs
/// that share nothing with the story go. Nothing is silently dropped: each
/// removal is a ``Noise`` record on the result.
public struct Cleaner: Sendable {
    /// The outlets and places used to recognise datelines, tags and sign-offs.
    public var reference: ReferenceData

    /// The fewest words of story a sign-off must close to end it.
    static let storyBeforeSignOff = 8

    /// Creates a cleaner over reference data.
    public init(reference: ReferenceData = .bundled) {
        self.reference = reference
    }

    /// What cleaning produced for one report.
    public struct Result: Sendable {
        /// The cleaned text: paragraphs separated by a blank line.
        public var text: String
        /// The title line, when the text opened with one.
        public var title: String?
        /// The dateline, when the story had one.
        public var dateline: Dateline?
        /// The date from a ` date YYYY-MM-DD ` prefix.
        public var prefixDate: Day?
        /// The date a line of page furniture above the story gives ("Updated: 2025-04-14 15:01").
        public var pageDate: Day?
        /// The city on a line of its own beside the date that closes a release ("16 May 2022",
        /// then "Ankara"): where it was issued, when the story has no dateline.
        public var footPlace: String?
        /// Outlet names or tags from a sign-off such as `— VNA/VNS`.
        public var signOff: [String]
        /// Every removal, in text order.
        public var noise: [Noise]
    }

    /// Cleans decoded UTF-8 (see ``InputDecoding``). `knownTitle` is a title the
    /// record carried; a first paragraph repeating it is dropped from the text.
    public func clean(_ input: [UInt8], knownTitle: String? = nil) -> Result {
        var noise: [Noise] = []
        let prefix = Cleaner.datePrefix(input)
        let prefixDate = prefix?.0
        let start = prefix?.1 ?? 0
        let body = start == 0 ? input : Array(input[start...])
        let junk = JunkCharacters.remove(from: body)
        for r in junk.removed { noise.append(Noise(kind: .junkCharacter, text: r.text, offset: r.offset + start)) }
        let bytes = junk.bytes
        let original = { (offset: Int) -> Int in junk.originalOffset(offset) + start }

        var paras = Paragraphs.split(bytes)
        // "[English translation provided for reference] Results of the summit": a translator's
        // note in brackets opening a line near the top is the page's, not the line's.
        for i in paras.indices.prefix(8) {
            guard let end = Paragraphs.translationNoteEnd(paras[i].bytes) else { continue }
            var rest = end
            while rest < paras[i].bytes.count, paras[i].bytes[rest] == 0x20 { rest += 1 }
            guard rest < paras[i].bytes.count else { continue }
            noise.append(Noise(kind: .pageFurniture, text: String(decoding: paras[i].bytes[..<end], as: UTF8.self), offset: original(paras[i].offset)))
            paras[i].bytes.removeFirst(rest)
            paras[i].offset += rest
        }
        var state = [Noise.Kind?](repeating: nil, count: paras.count)
        /// Where an end marker cuts a paragraph short.
        var cutAt: [Int: Int] = [:]
        // Paragraph strings are made only where string work is needed.
        let string = { (i: Int) -> String in String(decoding: paras[i].bytes, as: UTF8.self) }

        // Page furniture above the story: a menu, breadcrumbs, lines in another script.
        let top = Paragraphs.pageFurnitureCount(paras)
        for i in 0..<top { state[i] = .pageFurniture }

        // Title: a known one, or a short first line without closing punctuation.
        var title: String?
        var titleIndex: Int?
        if top < paras.count {
            let first = string(top)
            if let known = knownTitle, Fold.key(known) == Fold.key(first) {
                title = first
                titleIndex = top
                state[top] = .duplicateParagraph
            } else if knownTitle == nil, paras.count > top + 1, Paragraphs.looksLikeTitle(first),
                      !Dateline.mayStart(paras[top].bytes) || Dateline.parse(bytes: paras[top].bytes, isKnownPlace: isKnownPlace, isKnownCity: isKnownCity) == nil {
                title = first
                titleIndex = top
            }
            // A scraped page's head: a cookie notice, a masthead, menus, a section label
            // ("POLITICS"), a stamp and share buttons around the headline. The headline is
            // the last line there that reads as one; what stands above it is the page's.
            if knownTitle == nil, let head = headline(paras, from: top), head.index != titleIndex {
                if head.index > top || titleIndex == nil {
                    title = string(head.index)
                    titleIndex = head.index
                }
            }
            if let t = titleIndex, let head = headline(paras, from: top) {
                // A line with digits stays: the page's date may be written over two lines ("10 Jul", "2025").
                for i in top..<t where state[i] == nil && !paras[i].bytes.contains(where: TextScan.isDigit) { state[i] = .pageFurniture }
                for i in head.furniture where state[i] == nil { state[i] = .pageFurniture }
            }
        }
        let firstBody = titleIndex.map { $0 + 1 } ?? top

        // Bylines, captions, links to other stories.
        for i in paras.indices where state[i] == nil && Paragraphs.mayBeFurniture(paras[i].bytes) {
            if let kind = Furniture.kind(paras[i].bytes) { state[i] = kind }
        }
        // "Read also" on a line of its own: the headlines of other stories below it, short lines
        // that end no sentence, go with it.
        for i in paras.indices where state[i] == .relatedLink && Furniture.isLinkHeading(paras[i].bytes) {
            var j = i + 1
            while j < paras.count, state[j] == nil, Furniture.isHeadlineLine(paras[j].bytes) {
                state[j] = .relatedLink
                j += 1
            }
        }

        // The dateline: in the first few paragraphs that are not furniture.
        var dateline: Dateline?
        var lead = firstBody
        var looked = 0
        for i in firstBody..<paras.count where state[i] == nil {
            if Dateline.mayStart(paras[i].bytes), let d = Dateline.parse(bytes: paras[i].bytes, isKnownPlace: isKnownPlace, isKnownCity: isKnownCity) {
                // "IRNA - Islamic Republic News Agency" over "Tehran, IRNA - President …": an agency's
                // tag alone on a short masthead line gives way to a dateline with a place below it.
                // (So does a name no gazetteer knows: "BERNAMA - Malaysian National News Agency"
                // over "BERLIN, March 11 (Bernama) --", a place it knows.)
                if d.place.isEmpty || !isKnownPlace(d.place), d.monthDay == nil, paras[i].bytes.count <= 80, dateline == nil,
                   let (j, better) = (i + 1..<min(paras.count, i + 6)).lazy.compactMap({ j -> (Int, Dateline)? in
                       guard state[j] == nil, Dateline.mayStart(paras[j].bytes),
                             let b = Dateline.parse(bytes: paras[j].bytes, isKnownPlace: isKnownPlace, isKnownCity: isKnownCity), !b.place.isEmpty,
                             d.place.isEmpty || isKnownPlace(b.place) else { return nil }
                       return (j, b)
                   }).first {
                    dateline = better
                    lead = j
                    break
                }
                dateline = d
                lead = i
                break
            }
            // "NEW DELHI" (or "Doha") on a line of its own, then the story: a city alone is its dateline.
            let b = paras[i].bytes
            if b.count <= 30, let first = b.first, TextScan.isUpper(first),
               b.allSatisfy({ TextScan.isUpper($0) || TextScan.isLower($0) || $0 == 0x20 || $0 == UInt8(ascii: "-") || $0 >= 0x80 }),
               b.indices.allSatisfy({ $0 == 0 || b[$0 - 1] != 0x20 || TextScan.isUpper(b[$0]) }),
               let next = (i + 1..<paras.count).first(where: { state[$0] == nil }), paras[next].bytes.count >= 120 {
                let place = InputDecoding.string(b).trimmingCharacters(in: .whitespaces)
                if isKnownCity(place) {
                    dateline = Dateline(raw: place, place: place, monthDay: nil, year: nil, tag: nil, outletName: nil, length: 0)
                    state[i] = .pageFurniture
                    lead = next
                    break
                }
            }
            looked += 1
            // A page's menus, notices and labels can stand above it: ten paragraphs are looked at.
            if looked >= 10 { break }
        }
        if dateline == nil { lead = (firstBody..<paras.count).first { state[$0] == nil } ?? firstBody }
        // "September 6, 2017", then "Vladivostok", each on a line of its own above a release: a
        // known city beside a line that is only a date is where it was issued. (Also below a
        // summary paragraph, and after a venue: "August 21, 2024", then "The Kremlin, Moscow".)
        if dateline == nil, max(0, firstBody - 1) < min(lead + 3, paras.count) {
            for i in max(0, firstBody - 1)..<min(lead + 3, paras.count) where paras[i].bytes.count <= 40 {
                let line = InputDecoding.string(paras[i].bytes).trimmingCharacters(in: .whitespaces)
                // "Ottawa, Ontario" or "Region, Ottawa": whichever part is a known city.
                let parts = line.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
                guard let place = parts.reversed().first(where: { place in
                    !place.isEmpty && place.count <= 30 && place.unicodeScalars.allSatisfy({ CharacterClass.isLetter($0) || $0 == " " || $0 == "-" })
                        && isKnownCity(place)
                }) else { continue }
                let beside = [i - 1, i + 1].filter { paras.indices.contains($0) && paras[$0].bytes.count <= 40 }
                guard beside.contains(where: { Cleaner.dateOnly(paras[$0].bytes) }) else { continue }
                dateline = Dateline(raw: place, place: place, monthDay: nil, year: nil, tag: nil, outletName: nil, length: 0)
                state[i] = .pageFurniture
                break
            }
        }

        // End-of-article marker: everything after it is scraped material.
        var signOff: [String] = []
        var markerIndex: Int?
        // A sign-off closes a story: one with no story above it ("Baghdad – INA" on a line of its
        // own, the agency of a dateline) is not where the story ends.
        var storyWords = 0
        for i in lead..<paras.count where state[i] == nil {
            if EndMarker.mayEnd(paras[i].bytes), let m = EndMarker.find(in: paras[i].bytes, outlets: reference.outlets) {
                // "- North American Leaders' Summit" between other "- " lines: an item of a list
                // of links, not an outlet signing off.
                if m.wholeParagraph, TextScan.bulleted(paras[i].bytes),
                   [i - 1, i + 1].contains(where: { paras.indices.contains($0) && TextScan.bulleted(paras[$0].bytes) }) {
                    storyWords += TextScan.wordCount(paras[i].bytes)
                    continue
                }
                if storyWords + TextScan.wordCount(paras[i].bytes[..<m.start]) < Cleaner.storyBeforeSignOff {
                    storyWords += TextScan.wordCount(paras[i].bytes)
                    continue
                }
                markerIndex = i
                signOff = m.signOff
                if m.wholeParagraph {
                    state[i] = m.kind
                } else {
                    let markerText = String(decoding: paras[i].bytes[m.start...], as: UTF8.self)
                    noise.append(Noise(kind: .endMarker, text: markerText, offset: original(paras[i].offset + m.start)))
                    var end = m.start
                    while end > 0, TextScan.isSpace(paras[i].bytes[end - 1]) { end -= 1 }
                    cutAt[i] = end
                }
                break
            }
            storyWords += TextScan.wordCount(paras[i].bytes)
        }
        if let m = markerIndex {
            for j in (m + 1)..<paras.count where state[j] == nil { state[j] = .afterEndMarker }
        }

        // Repeated paragraphs: a teaser above the lead goes, else the later copy.
        // Without a dateline the lead is not known for sure: a copy among the first two
        // body paragraphs of a later one is taken as a teaser.
        // Both tests read the same words, tokenised once.
        var words = ParagraphWords(paras)
        Paragraphs.markDuplicates(&words, teaserZone: dateline != nil ? lead : firstBody + 2, leadKnown: dateline != nil, state: &state)

        // Trailing paragraphs unrelated to the story (only when no marker closed it).
        // The title is the first paragraph's text, so its words are that paragraph's.
        // A live blog's entries, each under its time ("14:48"), stand on their own: its last
        // entries are no other story's snippets.
        let timed = paras.lazy.filter { Paragraphs.isTimestamp($0.bytes) }.prefix(2).count
        // So do a transcript's turns, each under its speaker's label ("PRESIDENT X:", "QUESTION:").
        let turns = paras.lazy.filter { Paragraphs.opensWithSpeakerLabel($0.bytes) }.prefix(2).count
        if markerIndex == nil, timed < 2, turns < 2 {
            Coherence(places: reference.places).markUnrelatedTail(&words, title: titleIndex, lead: lead, state: &state)
        }

        // Assemble.
        var text = [UInt8]()
        text.reserveCapacity(bytes.count)
        for (i, p) in paras.enumerated() {
            if let kind = state[i] {
                if i == titleIndex, kind == .duplicateParagraph, knownTitle != nil { continue }
                noise.append(Noise(kind: kind, text: string(i), offset: original(p.offset)))
                continue
            }
            if i == titleIndex { continue }
            let end = cutAt[i] ?? p.bytes.count
            var slice = p.bytes[..<end]
            if i == lead, let d = dateline { slice = p.bytes[min(d.length, end)..<end] }
            if slice.isEmpty { continue }
            if !text.isEmpty { text.append(0x0A); text.append(0x0A) }
            text.append(contentsOf: slice)
        }
        noise.sort { $0.offset < $1.offset }
        // The page's own date, from a short line above the lead ("Xinhua | Updated: 2025-04-14 15:01").
        var pageDate: Day?
        var pageDateAt = 0
        var ambiguous: [Day] = []
        var ambiguousLine: [UInt8] = []
        // Above the lead, and in the short lines right after a lead that is one itself ("05/03/2024").
        var i = 0
        while i < paras.count, i <= lead || paras[i].bytes.count <= 120 {
            defer { i += 1 }
            if i == lead, let d = dateline, d.length > 0 { continue }
            if let d = Paragraphs.pageDate(paras[i].bytes) { pageDate = d; pageDateAt = i; break }
            if ambiguous.isEmpty {
                ambiguous = Paragraphs.ambiguousPageDates(paras[i].bytes)
                if !ambiguous.isEmpty { ambiguousLine = paras[i].bytes }
            }
        }
        // Else a line at the foot of the page holding only its date ("Writing by …", then
        // "16.09.2019"), or among the short lines that close it ("Published: 21 March 2018",
        // then "Saudi Gazette report").
        if pageDate == nil, ambiguous.isEmpty {
            var j = paras.count - 1
            while j > lead, j >= paras.count - 3, paras[j].bytes.count <= 40 {
                if let d = Paragraphs.pageDate(paras[j].bytes) { pageDate = d; pageDateAt = j; break }
                ambiguous = Paragraphs.ambiguousPageDates(paras[j].bytes)
                if !ambiguous.isEmpty { ambiguousLine = paras[j].bytes; break }
                j -= 1
            }
        }
        // ("16 May 2022", then "Ankara", below the story: a release's date and place of issue.)
        let footPlace = dateline != nil || pageDateAt <= lead ? nil
            : [pageDateAt + 1, pageDateAt - 1].lazy.filter { $0 > lead && $0 < paras.count }.map { paras[$0].bytes }
                .first { $0.count <= 30 && $0.split(separator: 0x20).count <= 3 && self.isKnownCity(String(decoding: $0, as: UTF8.self)) }
                .map { String(decoding: $0, as: UTF8.self) }
        // A date that reads either way ("08/02/2023") above the page's stamp: the reading
        // within a month of the stamp; with no stamp, the order in which the text writes its
        // other dates ("9 February" or "February 9").
        if ambiguous.count == 2 {
            if let stamp = pageDate {
                let near = ambiguous.filter { abs($0.days(to: stamp)) <= 31 }
                if near.count == 1, let d = near.first, d <= stamp { pageDate = d }
            } else if let md = dateline?.monthDay, dateline?.readings.isEmpty ?? true,
                      let only = ambiguous.first(where: { $0.month == md.month && $0.day == md.day }) {
                // ("Caracas, 06 Dic. AVN.-", then "AVN 06/12/2018 14:20" at the foot: the dateline's day.)
                pageDate = only
            } else if let dayFirst = Cleaner.dayFirstByZone(ambiguousLine) {
                // ("Updated: 06-07-2024 09:48 IST": India writes the day first; "EDT", the month.)
                pageDate = dayFirst ? ambiguous[0] : ambiguous[1]
            } else {
                pageDate = Cleaner.reading(of: ambiguous, in: text, afterMidnight: Paragraphs.smallHours(ambiguousLine))
                    // ("CANBERRA: …" under "Published on 08/02/2024", nothing else to tell: a page whose
                    // dateline is in a country that writes the day first.)
                    ?? dateline.flatMap { reference.places.datelinePlace(named: $0.place) }.flatMap { place in
                        Cleaner.monthFirstCountries.contains(place.country) ? nil : ambiguous[0]
                    }
            }
        }
        // A dateline's date in digits that reads either way (`Djibouti, 12/03/2019 (ADI) – …
        // this Monday`): the reading near the page's stamp, else the one the text points to,
        // else day first, as datelines written in digits are outside the United States.
        if var d = dateline, d.readings.count == 2 {
            let near = pageDate.map { stamp in d.readings.filter { $0 <= stamp && stamp.ordinal - $0.ordinal <= 31 } } ?? []
            let chosen = (near.count == 1 ? near.first : nil) ?? Cleaner.reading(of: d.readings, in: text) ?? d.readings[0]
            d.monthDay = MonthDay(month: chosen.month, day: chosen.day)
            d.year = chosen.year
            dateline = d
        }
        return Result(text: InputDecoding.string(text), title: title, dateline: dateline,
                      prefixDate: prefixDate, pageDate: pageDate, footPlace: footPlace, signOff: signOff, noise: noise)
    }

    /// Which of a date's two readings (`08/02/2023`, day first then month first) the text points
    /// to: the weekday and day a bracket gives ("this Friday (10)"), a day a bracket gives after
    /// "yesterday" or "today" ("met yesterday (3)"), the weekday the copy is written
    /// on ("reported this Monday"), for a stamp `afterMidnight`, the one reading on the story's
    /// first weekday or the day after it, the order in which it writes its other dates ("9
    /// February" or "February 9"), or the one reading on the story's first weekday. `nil` when
    /// nothing decides.
    static func reading(of ambiguous: [Day], in text: [UInt8], afterMidnight: Bool = false) -> Day? {
        if let (w, d) = Paragraphs.bracketedWeekdayDay(text),
           let only = ambiguous.first(where: { $0.weekday == w && $0.day == d }) {
            return only
        }
        // ("Published 04/10/2016", then "where he met yesterday (3) with …": the 4th of October.)
        if let (back, d) = Paragraphs.bracketedRelativeDay(text) {
            let fits = ambiguous.filter { $0.adding(days: -back).day == d }
            if fits.count == 1 { return fits.first }
        }
        if let w = Paragraphs.firstWeekday(text, after: "this"), ambiguous.filter({ $0.weekday == w }).count == 1 {
            return ambiguous.first { $0.weekday == w }
        }
        // A stamp in the small hours, on the story's first weekday or the day after it ("Updated:
        // 07-08-2020 | 00:41" on talks "on Thursday", 6 August): when only one reading does so,
        // the weekday decides before the order of the text's other dates does.
        if afterMidnight, let w = Paragraphs.firstWeekday(text) {
            let fits = ambiguous.filter { $0.weekday == w || $0.adding(days: -1).weekday == w }
            if fits.count == 1 { return fits.first }
        }
        let votes = NumericDate.dayFirstVotes(text)
        if votes != 0, ambiguous.count == 2 { return votes > 0 ? ambiguous[0] : ambiguous[1] }
        // A release is most often dated the day it tells: the one reading on its first weekday.
        if let w = Paragraphs.firstWeekday(text) {
            let same = ambiguous.filter { $0.weekday == w }
            if same.count == 1 { return same.first }
        }
        return nil
    }

    /// The headline among the short lines that open a page (from paragraph `from` up to
    /// the first paragraph of prose or a dateline, at most twelve besides menu items): the longest line that
    /// reads as a headline, passing over cookie notices, menus, labels in capitals, the
    /// page's stamp, bylines and share buttons. `furniture` lists the notices, menus and
    /// button rows met on the way. `nil` when fewer than two lines were looked at (the
    /// first line is the title, as it always was) or none reads as a headline.
    func headline(_ paras: [Paragraphs.Para], from: Int) -> (index: Int, furniture: [Int])? {
        var best: Int?
        var most = 0
        var furniture: [Int] = []
        var looked = 0
        // A site's menu, one item a line, does not use up the twelve: up to forty lines in all.
        var items = 0
        var i = from
        while i < paras.count, i < from + 12 + items, i < from + 40 {
            let b = paras[i].bytes
            defer { i += 1 }
            if Paragraphs.isCookieNotice(b) || Paragraphs.isPipeMenu(b) || Paragraphs.isButtonRow(b) {
                furniture.append(i)
                continue
            }
            let menuItem = Paragraphs.isMenuItem(b)
            if menuItem { items += 1 }
            if menuItem || Paragraphs.isBreadcrumb(b) || Paragraphs.isForeignScript(b) || Paragraphs.isHeadLabel(b)
                || Paragraphs.isCapitalsLabel(b) || Paragraphs.pageDate(b) != nil || !Paragraphs.ambiguousPageDates(b).isEmpty
                || Paragraphs.holdsDateOrTime(b) || (Paragraphs.mayBeFurniture(b) && Furniture.kind(b) != nil) {
                looked += 1
                continue
            }
            if Dateline.mayStart(b), Dateline.parse(bytes: b, isKnownPlace: isKnownPlace, isKnownCity: isKnownCity) != nil { break }
            let text = String(decoding: b, as: UTF8.self)
            guard Paragraphs.looksLikeTitle(text) else { break }
            looked += 1
            // A headline opens with a letter, a digit or a quotation mark ("🔊 Listen to this
            // article" is a button), and "By our correspondent" is a byline.
            let opens = b.first.map { TextScan.isUpper($0) || TextScan.isLower($0) || TextScan.isDigit($0) || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") || ($0 >= 0xC3 && $0 < 0xE0) || b.starts(with: [0xE2, 0x80]) } ?? false
            // The line with the most words wins: a masthead, a promotion or a button is shorter.
            let words = Paragraphs.longWords(b)
            if opens, !TextScan.hasPrefix(b, at: 0, "By "), !Paragraphs.isAuthorLine(b), words >= 3, words >= most { best = i; most = words }
        }
        guard looked >= 2, let best else { return nil }
        return (best, furniture)
    }

    /// Countries that write a date in digits month first, or both ways (Canada): a dateline in
    /// any other says a page's date in digits is day first.
    static let monthFirstCountries: Set<String> = ["US", "PH", "CA", "FM", "MH", "PW", "BZ", "PR", "GU"]

    func isKnownPlace(_ name: String) -> Bool { reference.places.place(named: name) != nil }
    /// Whether `name` is a city the gazetteer knows (not a country or a region).
    func isKnownCity(_ name: String) -> Bool { reference.places.place(named: name)?.kind == .city }

    /// Reads a leading ` date YYYY-MM-DD ` and returns the day and the bytes it takes.
    static func datePrefix(_ b: [UInt8]) -> (Day, Int)? {
        var i = 0
        while i < b.count, i < 8, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A { i += 1 }
        guard TextScan.hasPrefix(b, at: i, "date "), i + 15 <= b.count else { return nil }
        i += 5
        while i < b.count, b[i] == 0x20 { i += 1 }
        guard i + 10 <= b.count, let day = Day(String(decoding: b[i..<(i + 10)], as: UTF8.self)) else { return nil }
        i += 10
        guard i == b.count || TextScan.isSpace(b[i]) else { return nil }
        while i < b.count, TextScan.isSpace(b[i]) { i += 1 }
        return (day, i)
    }
}

extension Cleaner {
    /// Whether a line holds a date and nothing else ("September 6, 2017", "11 June 2023").
    static func dateOnly(_ b: [UInt8]) -> Bool {
        guard Dateline.mayStart(b) || b.first.map(TextScan.isDigit) == true else { return false }
        var s = DatelineScanner(b, end: b.count)
        s.skipSpaces()
        guard s.date() != nil else { return false }
        s.skipSpaces()
        // ("January 19, 2022, 17:30": the time of filing after it.)
        return s.atEnd || (b.count - s.index <= 14 && Paragraphs.timeFollows(b, s.index))
    }

    /// Whether a stamp's time zone says how its date is written: the day first in zones
    /// outside the Americas ("09:48 IST", "14:20 CET"), the month first in those of the United
    /// States ("11:02 AM EDT"); the day first too beside a clock written "18h20"; `nil` when
    /// the line names no such zone.
    static func dayFirstByZone(_ line: [UInt8]) -> Bool? {
        guard line.count <= 120 else { return nil }
        // "Published on 09/05/2025 18h20": a clock written with an "h" is written so where the
        // day comes first (Portuguese, French, Spanish), never in the United States.
        if line.indices.dropFirst().contains(where: { k in
            line[k] == UInt8(ascii: "h") && TextScan.isDigit(line[k - 1]) && k + 2 < line.count
                && TextScan.isDigit(line[k + 1]) && TextScan.isDigit(line[k + 2]) && (k + 3 == line.count || !TextScan.isDigit(line[k + 3]))
        }) { return true }
        var i = 0
        while i < line.count {
            guard TextScan.isUpper(line[i]), i == 0 || !TextScan.isUpper(line[i - 1]) && !TextScan.isLower(line[i - 1]) else { i += 1; continue }
            var e = i
            while e < line.count, TextScan.isUpper(line[e]) { e += 1 }
            defer { i = e }
            guard e - i >= 2, e - i <= 4, e == line.count || !TextScan.isLower(line[e]) else { continue }
            let zone = String(decoding: line[i..<e], as: UTF8.self)
            if zone == "CST" { continue }
            if ZoneAbbreviations.americas.contains(zone) { return false }
            if ZoneAbbreviations.dayFirst.contains(zone) { return true }
        }
        return nil
    }
}
