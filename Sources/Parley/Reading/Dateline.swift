/// A dateline at the head of a story: `Hanoi (VNA) –`, `HANOI, April 15 (Xinhua) --`,
/// `Hanoi, April 15, 2025 — The Europe Today:`, `MOSCOW —`, `BERLIN:`.
public struct Dateline: Sendable, Hashable {
    /// The dateline exactly as it stood, including the dash or colon.
    public var raw: String
    /// The place as written, first segment only (`WOODSIDE` of `WOODSIDE, California`).
    public var place: String
    /// The month and day, when given.
    public var monthDay: MonthDay?
    /// The year, when given.
    public var year: Int?
    /// The agency tag in parentheses (`VNA`, `Xinhua`), when given.
    public var tag: String?
    /// An outlet named after the dash (`The Europe Today`), when given.
    public var outletName: String?
    /// How many UTF-8 bytes of the paragraph the dateline takes, including following spaces.
    public var length: Int
    /// For a date in digits that reads either way (`12/03/2019`), its two days, day first;
    /// ``monthDay`` and ``year`` hold the first until the cleaner decides. Empty otherwise.
    public var readings: [Day] = []

    /// The full date, when the dateline gives day, month and year.
    public var day: Day? {
        guard let md = monthDay, let y = year else { return nil }
        return Day(year: y, month: md.month, day: md.day)
    }

    /// A cheap byte test: a dateline has a dash (`–`, `—`, `-`) or a colon within
    /// its first 130 bytes, after an upper-case first letter (or a month and day closed
    /// by a full stop: `Bogotá, January 8. The …`).
    public static func mayStart(_ b: [UInt8]) -> Bool {
        guard let f = b.first, TextScan.isUpper(f) || f >= 0xC3 || f == UInt8(ascii: "(") else { return false }
        if closedByFullStop(b) { return true }
        let n = min(b.count, 130)
        var i = 1
        var inParens = false
        while i < n {
            let c = b[i]
            if c == UInt8(ascii: "(") { inParens = true }
            if c == UInt8(ascii: ")") {
                inParens = false
                // The wire style with no dash: `GENEVA, June 17 (IANS) The summit …`.
                if i + 2 < n, b[i + 1] == 0x20, TextScan.isUpper(b[i + 2]) { return true }
                // `MOSCOW, July 9 (RusInform). Russian …`: a full stop after the tag.
                if i + 3 < n, b[i + 1] == UInt8(ascii: "."), b[i + 2] == 0x20, TextScan.isUpper(b[i + 3]) { return true }
                // `Caracas, May 30, 2023 (VTV).- The President …`: a full stop and a dash.
                if i + 2 < n, b[i + 1] == UInt8(ascii: "."), b[i + 2] == 0x2D { return true }
            }
            // `VLADIVOSTOK, September 5. /TASS/. …`: the agency between slashes.
            if c == UInt8(ascii: "/"), i + 1 < n, TextScan.isUpper(b[i + 1]), b[..<i].contains(UInt8(ascii: ",")) { return true }
            // (`Tehran- IRNA- President …`, `Caracas, 06 Dic. AVN.- The …`: a hyphen with a space after it.)
            if c == UInt8(ascii: ":") || (c == 0x2D && (b[i - 1] == 0x20 || b[i - 1] == UInt8(ascii: ")") || (i + 1 < n && b[i + 1] == 0x20))) || (c == 0xE2 && i + 2 < n && b[i + 1] == 0x80 && (0x93...0x95).contains(b[i + 2])) { return true }
            // Every word before the dash starts with a capital or a digit (place, date), except inside the tag.
            // (An Arabic article in a Hijri month's name, "Dhu al-Qa'dah", is no such word; nor is a
            // particle of a place's name, "Rio de Janeiro", or a month in Spanish, "14 de marzo", or
            // one in English that a machine's translation left in lower case, "27 november 2024".)
            if c == 0x20, !inParens, i + 1 < n, TextScan.isLower(b[i + 1]),
               !(i + 3 < n && b[i + 3] == UInt8(ascii: "-") && TextScan.isLower(b[i + 2])) {
                var k = i + 1
                while k < n, b[k] >= 0x80 || TextScan.isLower(b[k]) { k += 1 }
                let word = b[(i + 1)..<k]
                guard DatelineScanner.isPlaceParticle(word) || ForeignMonthNames.number(bytes: word) != nil
                        || (word.count > 3 && MonthNames.number(bytes: word) != nil) else { return false }
            }
            i += 1
        }
        // `Nakhchivan, September 25, AZP`: a line of its own, no word in lower case.
        return n == b.count && b.contains(UInt8(ascii: ","))
    }

    /// Whether `b` opens with a place, a comma and a month and day closed by a full stop
    /// (`Bogotá, January 8. The President …`), a dateline with no dash.
    static func closedByFullStop(_ b: [UInt8]) -> Bool {
        var s = DatelineScanner(b, end: min(b.count, 80))
        guard let words = s.placeWords(), !words.isEmpty, words.count <= 3, s.peek(UInt8(ascii: ",")) else { return false }
        s.skipComma()
        // (`Caracas, 1 nov. The President …`, `Lima, 8 August. The …`: the day first, the month's
        // full stop or the dateline's closing it.)
        if let d = s.number(maxDigits: 2), (1...31).contains(d) {
            s.skipSpaces()
            guard let m = s.monthWord() ?? s.foreignMonthWord(), m > 0 else { return false }
            if s.index > 0, s.text[s.index - 1] == UInt8(ascii: ".") { s.index -= 1 }
            guard s.peek(UInt8(ascii: ".")) else { return false }
            return s.index + 2 < s.end && s.text[s.index + 1] == 0x20 && TextScan.isUpper(s.text[s.index + 2])
        }
        guard let m = s.monthWord(), m > 0 else { return false }
        s.skipSpaces()
        guard let d = s.number(maxDigits: 2), (1...31).contains(d), s.peek(UInt8(ascii: ".")) else { return false }
        return s.index + 2 < s.end && s.text[s.index + 1] == 0x20 && TextScan.isUpper(s.text[s.index + 2])
    }

    /// Words of a masthead or a page's label in capitals (`NORDIC TONIGHT —`, `JOINT PRESS
    /// REMARKS —`): a run holding one is no place unless it is a known one.
    /// Words that open a speaker's label in a transcript ("QUESTION:", "MODERATOR:",
    /// "PRIME MINISTER X:"), never a dateline's place.
    static let speakerWords: Set<String> = [
        "QUESTION", "ANSWER", "Q", "A", "MODERATOR", "JOURNALIST", "REPORTER", "INTERPRETER", "PARTICIPANT", "SPEAKER",
        "AUDIENCE", "ANCHOR", "HOST", "CORRESPONDENT", "PRESENTER", "NARRATOR", "INTERVIEWER", "MC", "CHAIR", "VOICE",
        // Offices that label a speaker ("PRIME MINISTER KISHIDA (via interpreter):").
        "PRESIDENT", "PRIME", "MINISTER", "CHANCELLOR", "PREMIER", "KING", "QUEEN", "SECRETARY", "MR", "MS", "MRS", "DR",
    ]
    /// Words of a page's stamp or label ("Published 04/10/2016 - 09:12", "PUBLICIDAD — Viajá a
    /// Río …", "Advertisement -"), never a dateline's place.
    static let pageLabelWords: Set<String> = [
        "PUBLISHED", "UPDATED", "POSTED", "MODIFIED", "ISSUED", "PRINTED", "LAST", "ADVERTISEMENT", "ADVERTISING",
        "SPONSORED", "PUBLICIDAD", "PUBLICITÉ", "PUBLICITE", "PUBBLICITÀ", "PUBBLICITA", "ANZEIGE", "WERBUNG", "REKLAMA",
        "PUBLICIDADE", "COMMENTS", "COMMENTAIRES", "COMENTARIOS", "KOMMENTARE",
    ]
    static let mastheadWords: Set<String> = [
        "NEWS", "TONIGHT", "TODAY", "LIVE", "DAILY", "WEEKLY", "REMARKS", "PRESS", "TRANSCRIPT", "BRIEF", "BRIEFING",
        "UPDATE", "UPDATES", "REPORT", "EDITION", "TIMES", "POST", "HERALD", "JOURNAL", "TRIBUNE", "WIRE", "CHRONICLE",
        "GAZETTE", "OBSERVER", "EXPRESS", "LEDGER", "MAIL", "ONLINE", "EXCLUSIVE", "ANALYSIS", "OPINION", "STATEMENT",
        "READOUT", "RELEASE", "FACT", "SHEET", "VIDEO", "WATCH", "BREAKING", "NEWSWIRE", "SERVICE", "AGENCY", "NETWORK",
        "CHANNEL", "RADIO", "TV", "ENGLISH",
    ]

    /// A dateline of a date alone: `April 9 (UPI) —`, `Jun 23:`. The place is empty.
    static func dateOnly(_ s: inout DatelineScanner) -> Dateline? {
        // `(AseanAll) —`: an agency's tag alone.
        if s.peek(UInt8(ascii: "(")) {
            guard let t = s.parenthesised(), !t.isEmpty, t.count <= 40 else { return nil }
            s.skipSpaces()
            guard s.dash() else { return nil }
            s.skipSpaces()
            let raw = String(decoding: s.text[0..<s.index], as: UTF8.self).trimmingSpaces()
            return Dateline(raw: raw, place: "", monthDay: nil, year: nil, tag: t, outletName: nil, length: s.index)
        }
        guard let (md, year) = s.date() else { return nil }
        s.skipSpaces()
        var tag: String?
        if s.peek(UInt8(ascii: "(")) {
            guard let t = s.parenthesised(), !t.isEmpty, t.count <= 40 else { return nil }
            tag = t
            s.skipSpaces()
        }
        if s.peek(UInt8(ascii: ":")) {
            s.index += 1
        } else if !s.dash() {
            return nil
        }
        s.skipSpaces()
        let raw = String(decoding: s.text[0..<s.index], as: UTF8.self).trimmingSpaces()
        return Dateline(raw: raw, place: "", monthDay: md, year: year, tag: tag, outletName: nil, length: s.index)
    }

    /// A short line of an agency's name with its desk, a dash and a known city alone
    /// (`EFE/Redacción — Rabat`, `AFP/Bureau – Nairobi`): the city filed from, the agency its tag.
    static func agencyThenCity(_ b: [UInt8], isKnownCity: (String) -> Bool) -> Dateline? {
        guard b.count <= 60, let slash = b.firstIndex(of: UInt8(ascii: "/")) else { return nil }
        var k = slash
        while k < b.count, !(b[k] == 0x2D || b[k] == 0xE2) { k += 1 }
        guard k < b.count, k > slash else { return nil }
        var s = DatelineScanner(b, end: b.count)
        s.index = k
        guard s.dash() else { return nil }
        s.skipSpaces()
        let city = String(decoding: b[s.index...], as: UTF8.self).trimmingSpaces()
        let agency = String(decoding: b[..<k], as: UTF8.self).trimmingSpaces()
        guard !city.isEmpty, city.utf8.count <= 30, isKnownCity(city), agency.split(separator: " ").count <= 3 else { return nil }
        return Dateline(raw: String(decoding: b, as: UTF8.self).trimmingSpaces(), place: city, monthDay: nil, year: nil,
                        tag: agency, outletName: nil, length: b.count)
    }

    /// Parses a dateline at the start of `paragraph`. `isKnownPlace` validates a
    /// place written in title case when nothing else (a tag, a date) vouches for it.
    /// `isKnownCity`, when given, lets a city written in title case stand before a colon
    /// (`Moscow: Prime Minister …`).
    public static func parse(_ paragraph: Substring, isKnownPlace: (String) -> Bool, isKnownCity: (String) -> Bool = { _ in false }) -> Dateline? {
        parse(bytes: Array(paragraph.utf8), isKnownPlace: isKnownPlace, isKnownCity: isKnownCity)
    }

    /// Parses a dateline at the start of a paragraph given as UTF-8 bytes.
    static func parse(bytes paragraph: [UInt8], isKnownPlace: (String) -> Bool, isKnownCity: (String) -> Bool = { _ in false }) -> Dateline? {
        // A dateline is short: look at the first 300 bytes, cut at a scalar boundary.
        var limit = min(paragraph.count, 300)
        while limit < paragraph.count, limit > 0, paragraph[limit] & 0xC0 == 0x80 { limit -= 1 }
        var s = DatelineScanner(paragraph, end: limit)
        // `(ANSA) - ROME, FEB 12 - Premier …`: the agency's tag first, then the dateline.
        if s.peek(UInt8(ascii: "(")), let t = s.parenthesised(), (2...30).contains(t.utf8.count) {
            s.skipSpaces()
            if s.dash() {
                s.skipSpaces()
                let offset = s.index
                if var d = parse(bytes: Array(paragraph[offset...]), isKnownPlace: isKnownPlace, isKnownCity: isKnownCity), !d.place.isEmpty {
                    if d.tag == nil { d.tag = t }
                    d.raw = String(decoding: paragraph[0..<offset], as: UTF8.self) + d.raw
                    d.length += offset
                    return d
                }
            }
            s.index = 0
        }
        // `EFE/Redacción — Rabat` on a line of its own: the agency and its desk, then the city.
        if let d = agencyThenCity(paragraph, isKnownCity: isKnownCity) { return d }
        s.takesEitherWay = true
        if var d = dateOnly(&s) {
            if d.monthDay != nil { d.readings = s.eitherWay }
            return d
        }
        s.eitherWay = []
        s.index = 0
        guard let placeWords = s.placeWords(), !placeWords.isEmpty else { return nil }
        // `Wilmington (Delaware) [US], September 22 :`: a region and a country in brackets.
        s.skipSpaces()
        if s.peek(UInt8(ascii: "(")) {
            // A region only when a bracketed country or a comma follows; else it is the agency's tag.
            let save = s.index
            if s.parenthesised() == nil { s.index = save } else { s.skipSpaces() }
            // (`Bogor (Indonesia) (AFP) -`: a second bracket, the agency's, after the region.)
            if !s.peek(UInt8(ascii: "[")) && !s.peek(UInt8(ascii: ",")) && !s.peek(UInt8(ascii: "(")) { s.index = save }
        }
        if s.peek(UInt8(ascii: "[")) {
            let save = s.index
            if s.bracketed() == nil { s.index = save }
        }
        let place = placeWords.joined(separator: " ")
        // `Tuesday, 21 October 2025 — 8:55am`: a page's stamp, not a place and a date.
        if placeWords.count == 1, DatelineScanner.weekdayNames.contains(place.lowercased()) { return nil }
        let allCaps = place.unicodeScalars.allSatisfy { !CharacterClass.isLowercaseLetter($0) }
            && place.unicodeScalars.contains { CharacterClass.isLetter($0) }
        var monthDay: MonthDay?
        var year: Int?
        var tag: String?
        // `ASTANA. September 13. KAZINFORM –`, `XI'AN. KAZINFORM –`: the place in capitals, perhaps
        // a date, then the agency's name in capitals, each closed by a full stop.
        if allCaps, s.peek(UInt8(ascii: ".")) {
            let save = s.index
            s.index += 1
            s.skipSpaces()
            var md: MonthDay?, y: Int?
            let beforeDate = s.index
            if let (d, dy) = s.date(), s.peek(UInt8(ascii: ".")) {
                md = d
                y = dy
                s.index += 1
                s.skipSpaces()
            } else {
                s.index = beforeDate
            }
            if let t = s.agencyBeforeDash(capitalsOnly: true) {
                tag = t
                monthDay = md
                year = y
            } else {
                s.index = save
            }
        }
        // `, Region` and `, Date` segments.
        var segments = 0
        var lastRegion: [String]?
        // `Addis Ababa September 17/2018 (ENA)`: the date right after the place, no comma between.
        s.skipSpaces()
        if !s.peek(UInt8(ascii: ",")) {
            let save = s.index
            if let (md, y) = s.date() { monthDay = md; year = y } else { s.index = save }
        }
        while segments < 3, s.peek(UInt8(ascii: ",")) {
            let save = s.index
            s.skipComma()
            // `Hanoi, (VNA) –`: the agency's tag after the comma.
            if s.peek(UInt8(ascii: "(")) { break }
            // `Ankara, Dhu al-Qa'dah 23, 1443, June 22, 2022`: a Hijri date beside the Gregorian one.
            if s.hijriDate() { segments += 1; continue }
            if let (md, y) = s.date() {
                monthDay = md
                year = y
                lastRegion = nil
                // `Budapest, July 3, 2024 Wednesday –`: the weekday after the date.
                let afterDate = s.index
                s.skipSpaces()
                if !s.weekdayWord() { s.index = afterDate }
            } else if let region = s.placeWords(), !region.isEmpty, monthDay == nil {
                lastRegion = region
                // `WILMINGTON, Del. (AP) —`, `NAGATO, Yamaguchi Pref. –`: a region abbreviated, its
                // full stop part of it.
                if s.peek(UInt8(ascii: ".")), let last = region.last, (1...6).contains(last.utf8.count) { s.index += 1 }
            } else {
                s.index = save
                break
            }
            segments += 1
        }
        // `Rome, 30 Jul 08:41 - (Agenzia Nova) - The Prime Minister …`: the time of filing after
        // the date, then the agency's tag between dashes.
        if monthDay != nil {
            let save = s.index
            s.skipSpaces()
            if s.clockTime() {
                let afterTime = s.index
                s.skipSpaces()
                if s.dash() {
                    s.skipSpaces()
                    if s.peek(UInt8(ascii: "(")), let t = s.parenthesised(), (2...40).contains(t.utf8.count) {
                        tag = t
                    } else {
                        s.index = afterTime
                    }
                } else {
                    s.index = afterTime
                }
            } else {
                s.index = save
            }
        }
        // `Riyadh, June 22, 2022, SPA --`: the agency's tag after the date and a comma.
        if monthDay != nil, s.peek(UInt8(ascii: ",")) {
            let save = s.index
            s.skipComma()
            let start = s.index
            while s.index < s.end, s.index - start <= 8, TextScan.isUpper(s.text[s.index]) { s.index += 1 }
            let word = String(decoding: s.text[start..<s.index], as: UTF8.self)
            s.skipSpaces()
            let beforeDash = s.index
            // (`Nakhchivan, September 25, AZP` on a line of its own: nothing after the tag.)
            if word.utf8.count >= 2, word.utf8.count <= 8, s.atEnd || s.dash() {
                tag = word
                s.index = beforeDash
            } else {
                s.index = save
            }
        }
        s.skipSpaces()
        // `VLADIVOSTOK, September 5. /TASS/.`: a full stop after the date, the agency between slashes.
        // (`Bishkek, September 5 /Kabar/.`: or none.)
        if tag == nil, monthDay != nil {
            let save = s.index
            if s.peek(UInt8(ascii: ".")) { s.index += 1; s.skipSpaces() }
            if let t = s.slashed() { tag = t } else { s.index = save }
        }
        // `SEOUL, May 26 Kyodo - Prime Minister …`: the agency's name alone between the date and the dash.
        // (`Caracas, 06 Dic. AVN.- The …`: a full stop before the dash.)
        if tag == nil, monthDay != nil, let t = s.agencyBeforeDash(capitalsOnly: false) { tag = t }
        if tag == nil, s.peek(UInt8(ascii: "(")) {
            let save = s.index
            // (`Commentaires (3) —`: a count in brackets, under a page, is no agency's tag.)
            if let t = s.parenthesised(), t.count <= 40, t.unicodeScalars.contains(where: CharacterClass.isLetter) {
                tag = t
            } else {
                s.index = save
            }
        }
        // `MOSCOW, July 9 (RusInform). Russian …`: a full stop closes a dateline with a date and a tag.
        if tag != nil, monthDay != nil, s.peek(UInt8(ascii: ".")), s.index + 1 >= s.end || s.text[s.index + 1] == 0x20 { s.index += 1 }
        // `(VTV).-`: a full stop, then the dash.
        if tag != nil, s.peek(UInt8(ascii: ".")), s.index + 1 < s.end, s.text[s.index + 1] == 0x2D { s.index += 1 }
        s.skipSpaces()
        var outletName: String?
        if s.dash() {
            s.skipSpaces()
            let save = s.index
            if let name = s.outletBeforeColon() {
                outletName = name
            } else if tag == nil, s.restoring(save), let t = s.agencyBeforeDash(capitalsOnly: true) {
                // `Tehran- IRNA- President …`: the agency's name in capitals, then a second dash.
                tag = t
                _ = s.dash()
                s.skipSpaces()
            } else {
                s.index = save
            }
        } else if allCaps || monthDay != nil || (lastRegion == nil && isKnownCity(place)), s.peek(UInt8(ascii: ":")) {
            // `WATCH:`, `BREAKING:`, `UPDATE:`: a page's label before a colon is no place. With
            // nothing else to vouch for it, a word in capitals before a colon must be a known place.
            if monthDay == nil, tag == nil, !isKnownPlace(place) { return nil }
            s.index += 1
        } else if s.peek(UInt8(ascii: ":")), let region = lastRegion, region.first == "The" || !isKnownPlace(region.joined(separator: " ")),
                  isKnownPlace(place) {
            // `Hanoi, The Gulf Observer:`: a known place, then the outlet's name.
            s.index += 1
            s.skipSpaces()
            let raw = String(decoding: paragraph[0..<s.index], as: UTF8.self).trimmingSpaces()
            return Dateline(raw: raw, place: place, monthDay: nil, year: nil, tag: tag, outletName: region.joined(separator: " "), length: s.index)
        } else if tag == nil, monthDay != nil, isKnownCity(place), s.peek(UInt8(ascii: ".")), s.index + 2 < s.end,
                  s.text[s.index + 1] == 0x20, TextScan.isUpper(s.text[s.index + 2]) {
            // `Bogotá, January 8. The President …`: a known city and a date, closed by a full stop.
            s.index += 1
        } else if tag == nil, monthDay != nil, isKnownCity(place), s.index < s.end, TextScan.isUpper(s.text[s.index]),
                  let b = s.text[..<s.index].lastIndex(where: { $0 != 0x20 }), b < s.index - 1, s.text[b] == UInt8(ascii: ".") {
            // `Caracas, 1 nov. The President …`: the month's own full stop closes it.
        } else if tag == nil, monthDay != nil, isKnownCity(place), s.atEnd || (s.peek(UInt8(ascii: ".")) && s.index + 1 >= s.end) {
            // `Tunis, 11 June 2023` on a line of its own under a release's headline, or `BEIRUT,
            // September 2` above a foreign paper's story: a known city and a date are where and
            // when it was filed. (`Mexico City, 27 November 2024.`: a full stop may close the line.)
            if !s.atEnd { s.index += 1 }
        } else if tag == nil || monthDay == nil {
            // With no dash or colon, only a place, a date and an agency's tag make a dateline.
            return nil
        }
        guard allCaps || tag != nil || monthDay != nil || isKnownPlace(place) else { return nil }
        // `LE POTENTIEL (English edition) — Kinshasa, 21 February 2022`: a paper's name in
        // capitals that is no known place, then a known city and a date after the dash: those
        // are where and when the story was filed.
        if allCaps, monthDay == nil, !isKnownPlace(place) {
            var rest = s
            rest.skipSpaces()
            if rest.index < paragraph.count,
               let inner = Dateline.parse(bytes: Array(paragraph[rest.index...]), isKnownPlace: isKnownPlace, isKnownCity: isKnownCity),
               inner.monthDay != nil, isKnownCity(inner.place) {
                var dateline = inner
                if dateline.outletName == nil, dateline.tag == nil { dateline.outletName = place }
                dateline.length = rest.index + inner.length
                dateline.raw = String(decoding: paragraph[0..<dateline.length], as: UTF8.self).trimmingSpaces()
                return dateline
            }
        }
        // `QUESTION (Ghanaian broadcaster):`: a transcript's speaker, not a place and an agency.
        if let first = placeWords.first, Dateline.speakerWords.contains(first.uppercased()), !isKnownPlace(place) { return nil }
        // `Published 04/10/2016 - 09:12`, `PUBLICIDAD —`: a page's stamp or label.
        if let first = placeWords.first, Dateline.pageLabelWords.contains(first.uppercased()), !isKnownPlace(place) { return nil }
        // `THE DAILY LEDGER - LIVE`: a name in capitals that opens with an article is a
        // masthead, not a place, unless it is a known one (`THE HAGUE`).
        if allCaps, tag == nil, monthDay == nil, let first = placeWords.first, !isKnownPlace(place),
           ["THE", "A", "AN"].contains(first) || placeWords.count >= 3 || placeWords.contains(where: { Dateline.mastheadWords.contains($0) }) {
            return nil
        }
        // `ITALPRESS NEWSWIRE - ENGLISH SERVICE`: a line in capitals to its end is a masthead.
        if allCaps, tag == nil, monthDay == nil, !isKnownPlace(place), paragraph.count <= 80,
           paragraph.contains(where: TextScan.isUpper), !paragraph.contains(where: TextScan.isLower) {
            return nil
        }
        s.skipSpaces()
        // `VGP -`: a short acronym that is no known place is an agency's tag, not a place.
        if allCaps, tag == nil, monthDay == nil, placeWords.count == 1, place.utf8.count <= 4, !isKnownPlace(place) {
            let raw = String(decoding: paragraph[0..<s.index], as: UTF8.self).trimmingSpaces()
            return Dateline(raw: raw, place: "", monthDay: nil, year: nil, tag: place, outletName: nil, length: s.index)
        }
        let raw = String(decoding: paragraph[0..<s.index], as: UTF8.self).trimmingSpaces()
        var dateline = Dateline(raw: raw, place: place, monthDay: monthDay, year: year, tag: tag,
                                outletName: outletName, length: s.index)
        if let md = monthDay, let y = year, s.eitherWay.first == Day(year: y, month: md.month, day: md.day) { dateline.readings = s.eitherWay }
        return dateline
    }
}

/// Month names and their abbreviations, shared by datelines and date extraction.
public enum MonthNames {
    /// The month number (1–12) a word names: `April`, `Apr`, `Apr.`, `Sept`.
    public static func number(_ word: some StringProtocol) -> Int? {
        var w = word.lowercased()
        if w.hasSuffix(".") { w.removeLast() }
        return table[w]
    }

    /// The month number a word given as UTF-8 bytes names, without making a `String`.
    static func number(bytes: ArraySlice<UInt8>) -> Int? {
        var w = bytes
        if w.last == UInt8(ascii: ".") { w = w.dropLast() }
        guard (3...9).contains(w.count) else { return nil }
        var h = Tokenizer.fnvOffset
        for c in w {
            guard c < 0x80 else { return nil }
            h = (h ^ UInt64(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)) &* Tokenizer.fnvPrime
        }
        return byteTable[h]
    }

    static let byteTable: HashMap64<Int> = {
        var m = HashMap64<Int>(capacity: table.count)
        for (name, v) in table { m[Tokenizer.fnv(Array(name.utf8))] = v }
        return m
    }()

    static let table: [String: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december"]
        var t: [String: Int] = [:]
        for (i, n) in names.enumerated() {
            t[n] = i + 1
            t[String(n.prefix(3))] = i + 1
        }
        t["sept"] = 9
        return t
    }()
}

/// Months named in full in Spanish, Portuguese, French and Italian, read in datelines only
/// (`Bogotá, 14 de marzo de 2024`): in running English text words such as "mars" or "mai"
/// are not dates.
enum ForeignMonthNames {
    /// The month number (1–12) a word given as UTF-8 bytes names, in any case.
    static func number(bytes: ArraySlice<UInt8>) -> Int? {
        guard (3...10).contains(bytes.count) else { return nil }
        return table[String(decoding: bytes, as: UTF8.self).lowercased()]
    }

    /// The month an abbreviation of Spanish or Portuguese names, read only after a day and
    /// before a full stop (`Caracas, 06 Dic. AVN.-`, `Brasília, 17 dez.`).
    static func abbreviation(bytes: ArraySlice<UInt8>) -> Int? {
        guard bytes.count == 3 else { return nil }
        return abbreviations[String(decoding: bytes, as: UTF8.self).lowercased()]
    }

    static let abbreviations: [String: Int] = [
        "ene": 1, "fev": 2, "abr": 4, "ago": 8, "set": 9, "out": 10, "dic": 12, "dez": 12,
    ]

    static let table: [String: Int] = {
        // Spanish, Portuguese, French, Italian; then Malay and Indonesian ("30 Januari 2023").
        let months = [
            ["enero", "janeiro", "janvier", "gennaio", "januari"],
            ["febrero", "fevereiro", "février", "fevrier", "febbraio", "februari"],
            ["marzo", "março", "marco", "mars", "mac", "maret"],
            ["abril", "avril", "aprile"],
            ["mayo", "maio", "mai", "maggio", "mei"],
            ["junio", "junho", "juin", "giugno", "jun", "juni"],
            ["julio", "julho", "juillet", "luglio", "julai", "juli"],
            ["agosto", "août", "aout", "ogos", "agustus"],
            ["septiembre", "setiembre", "setembro", "septembre", "settembre"],
            ["octubre", "outubro", "octobre", "ottobre", "oktober"],
            ["noviembre", "novembro", "novembre"],
            ["diciembre", "dezembro", "décembre", "decembre", "dicembre", "disember", "desember"],
        ]
        var t: [String: Int] = [:]
        for (i, names) in months.enumerated() {
            for n in names { t[n] = i + 1 }
        }
        return t
    }()
}

/// Unicode letter classes the dateline and extraction scanners need.
/// ASCII is answered without the Unicode property tables (the same answers, faster).
enum CharacterClass {
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? (UInt8(truncatingIfNeeded: s.value) | 0x20) &- 0x61 < 26 : s.properties.isAlphabetic
    }
    static func isUppercaseLetter(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? UInt8(truncatingIfNeeded: s.value) &- 0x41 < 26 : s.properties.isUppercase
    }
    static func isLowercaseLetter(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? UInt8(truncatingIfNeeded: s.value) &- 0x61 < 26 : s.properties.isLowercase
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        // On UTF-8: spaces and tabs are ASCII, so the trimmed bounds are character boundaries.
        let sub = Substring(self)
        let u = sub.utf8
        var lo = u.startIndex, hi = u.endIndex
        while lo < hi, u[lo] == 0x20 || u[lo] == 0x09 { lo = u.index(after: lo) }
        while lo < hi {
            let before = u.index(before: hi)
            guard u[before] == 0x20 || u[before] == 0x09 else { break }
            hi = before
        }
        return String(sub[lo..<hi])
    }

    /// The number of words between single spaces (`split(separator: " ").count`), on UTF-8.
    var spaceSeparatedCount: Int {
        var n = 0
        var previous: UInt8 = 0x20
        for c in utf8 {
            if c != 0x20 && previous == 0x20 { n += 1 }
            previous = c
        }
        return n
    }
}

/// A cursor over the first bytes of a paragraph, reading the parts of a dateline.
struct DatelineScanner {
    let text: [UInt8]
    let end: Int
    var index = 0
    /// Whether a date in digits that reads either way (`12/03/2019`) is taken, day first,
    /// with both readings kept in ``eitherWay``: for a dateline, whose reader decides later.
    var takesEitherWay = false
    /// The two readings of the last such date taken.
    var eitherWay: [Day] = []

    init(_ text: [UInt8], end: Int) {
        self.text = text
        self.end = min(end, text.count)
    }

    var atEnd: Bool { index >= end }

    func peek(_ c: UInt8) -> Bool { index < end && text[index] == c }

    /// The scalar at the cursor and its length; `nil` at the end.
    func scalar(at i: Int) -> (value: Unicode.Scalar, length: Int)? {
        guard i < end else { return nil }
        let (v, len) = TextScan.scalar(text, at: i)
        guard let u = Unicode.Scalar(v) else { return nil }
        return (u, len)
    }

    mutating func skipSpaces() {
        while index < end {
            if text[index] == 0x20 { index += 1; continue }
            if text[index] == 0xC2, index + 1 < end, text[index + 1] == 0xA0 { index += 2; continue }
            break
        }
    }

    /// Skips a date of the Hijri calendar at the cursor ("Dhu al-Qa'dah 23, 1443",
    /// "23 Shawwal 1443H"), if there is one: a month's name, a day and a year of the 1400s.
    mutating func hijriDate() -> Bool {
        var k = index
        while k < end, k - index < 40, text[k] != UInt8(ascii: ","), text[k] != UInt8(ascii: "(") { k += 1 }
        guard k < end, text[index..<k].contains(where: TextScan.isDigit) else { return false }
        let words = String(decoding: text[index..<k], as: UTF8.self).lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" })
        guard words.prefix(2).contains(where: { w in DatelineScanner.hijriMonths.contains { w.hasPrefix($0) } }) else { return false }
        index = k
        // The year, when a comma parts it from the day: "Dhu al-Qa'dah 23, 1443".
        let afterSegment = index
        index += 1
        skipSpaces()
        if let y = number(maxDigits: 4), (1300...1600).contains(y) {
            if index < end, text[index] == UInt8(ascii: "H") || text[index] == UInt8(ascii: "h") { index += 1 }
            return true
        }
        index = afterSegment
        return true
    }

    static let hijriMonths = ["muharram", "safar", "rabi", "jumad", "rajab", "sha'ban", "shaban", "ramadan", "shawwal", "dhu", "dhul", "zul"]

    /// Skips a weekday's name at the cursor ("Tuesday", "tuesday"), if there is one.
    mutating func weekdayWord() -> Bool {
        var k = index
        while k < end, TextScan.isUpper(text[k]) || TextScan.isLower(text[k]) { k += 1 }
        guard k - index >= 3, k - index <= 9 else { return false }
        let word = String(decoding: text[index..<k], as: UTF8.self).lowercased()
        // In full, or cut short: "Tue", "Thurs".
        guard DatelineScanner.weekdayNames.contains(word) || (word.count <= 5 && DatelineScanner.weekdayNames.contains { $0.hasPrefix(word) }) else { return false }
        index = k
        if word.count < 6, peek(UInt8(ascii: ".")) { index += 1 }
        return true
    }

    /// The weekdays' names, Monday first.
    static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// A weekday's name in Malay, Indonesian, Spanish or French, in full ("Isnin", "Senin",
    /// "Lunes", "Lundi"), as pages in those languages stamp an English story: only in a line
    /// that is a date.
    mutating func foreignWeekdayWord() -> Bool {
        var k = index
        while k < end, TextScan.isUpper(text[k]) || TextScan.isLower(text[k]) || text[k] >= 0x80 { k += 1 }
        guard k - index >= 3, k - index <= 10 else { return false }
        let word = String(decoding: text[index..<k], as: UTF8.self).lowercased()
        guard DatelineScanner.foreignWeekdayNames.contains(word) else { return false }
        index = k
        return true
    }

    static let foreignWeekdayNames = Set(foreignWeekdays.keys)

    /// The weekdays of ``foreignWeekdayNames`` by number, 1 = Monday … 7 = Sunday.
    static let foreignWeekdays: [String: Int] = [
        "isnin": 1, "selasa": 2, "rabu": 3, "khamis": 4, "jumaat": 5, "sabtu": 6, "ahad": 7,
        "senin": 1, "kamis": 4, "jumat": 5, "minggu": 7,
        "lunes": 1, "martes": 2, "miércoles": 3, "miercoles": 3, "jueves": 4, "viernes": 5, "sábado": 6, "sabado": 6, "domingo": 7,
        "lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6, "dimanche": 7,
    ]

    /// Skips a time of day at the cursor ("08:41", "8:41"), if there is one.
    mutating func clockTime() -> Bool {
        var k = index
        var hours = 0
        while k < end, TextScan.isDigit(text[k]), hours < 3 { k += 1; hours += 1 }
        guard (1...2).contains(hours), k + 2 < end, text[k] == UInt8(ascii: ":"),
              TextScan.isDigit(text[k + 1]), TextScan.isDigit(text[k + 2]) else { return false }
        k += 3
        guard k >= end || !TextScan.isDigit(text[k]) else { return false }
        index = k
        return true
    }

    mutating func skipComma() {
        if !atEnd { index += 1 }
        skipSpaces()
    }

    func startsUpper(at i: Int) -> Bool {
        guard i < end else { return false }
        if text[i] < 0x80 { return TextScan.isUpper(text[i]) }
        guard let (u, _) = scalar(at: i) else { return false }
        return CharacterClass.isUppercaseLetter(u)
    }

    /// The length of the word character at `i` (a letter, combining mark, apostrophe,
    /// hyphen or dot), or `nil`.
    func wordCharacter(at i: Int) -> Int? {
        guard i < end else { return nil }
        let c = text[i]
        if c < 0x80 {
            return (c | 0x20) &- 0x61 < 26 || c == UInt8(ascii: "'") || c == UInt8(ascii: "-") || c == UInt8(ascii: ".") ? 1 : nil
        }
        guard let (u, len) = scalar(at: i) else { return nil }
        return CharacterClass.isLetter(u) || (0x300...0x36F).contains(u.value) || u == "\u{2019}" ? len : nil
    }

    /// One to four capitalised words (letters, apostrophes, hyphens, inner dots).
    mutating func placeWords() -> [String]? {
        var words: [String] = []
        let start = index
        var particles = 0
        while words.count - particles < 5 {
            skipSpaces()
            var wordStart = index
            // A particle inside a place's name: `Rio de Janeiro`, `Dar es Salaam`, `Frankfurt am Main`.
            if !words.isEmpty, !startsUpper(at: index) {
                var k = index
                while k < end, TextScan.isLower(text[k]) { k += 1 }
                guard k < end, text[k] == 0x20, DatelineScanner.isPlaceParticle(text[index..<k]), startsUpper(at: k + 1) else { break }
                words.append(String(decoding: text[index..<k], as: UTF8.self))
                particles += 1
                index = k + 1
                wordStart = index
            }
            guard startsUpper(at: index) else { break }
            // A combining mark belongs to the letter before it.
            while let len = wordCharacter(at: index) { index += len }
            var wordEnd = index
            if text[wordEnd - 1] == UInt8(ascii: "."), wordEnd - wordStart > 3 { wordEnd -= 1; index = wordEnd }
            // `Tehran- IRNA-`: a hyphen with a space after it is the dateline's dash.
            if text[wordEnd - 1] == UInt8(ascii: "-"), wordEnd - wordStart > 1, wordEnd >= end || text[wordEnd] == 0x20 { wordEnd -= 1; index = wordEnd }
            if !words.isEmpty, MonthNames.number(bytes: text[wordStart..<wordEnd]) != nil { index = wordStart; break }
            words.append(String(decoding: text[wordStart..<wordEnd], as: UTF8.self))
            // `PYONGYANG/SEOUL, Sept. 18 (Yonhap)`: filed from two places, the first where it happened.
            if index + 1 < end, text[index] == UInt8(ascii: "/"), startsUpper(at: index + 1) {
                index += 1
                while let len = wordCharacter(at: index) { index += len }
                break
            }
            // Stop before a following comma, parenthesis or dash.
            let save = index
            skipSpaces()
            let more = startsUpper(at: index) || (index < end && TextScan.isLower(text[index]))
            index = save
            if !more { break }
        }
        if words.isEmpty || words.count - particles > 4 { index = start; return nil }
        return words
    }

    /// The lower-case words that join the parts of a place's name (`Rio de Janeiro`,
    /// `Dar es Salaam`, `Frankfurt am Main`, `Castel del Monte`).
    static func isPlaceParticle(_ word: ArraySlice<UInt8>) -> Bool {
        guard (2...4).contains(word.count) else { return false }
        return placeParticles.contains(String(decoding: word, as: UTF8.self))
    }

    /// (Not "on": "WASHINGTON on Tuesday" is a place and a day.)
    static let placeParticles: Set<String> = ["de", "da", "do", "dos", "das", "del", "della", "di", "du", "des", "es", "el", "la", "am", "an", "der", "sur", "upon"]

    /// `April 15`, `Aug. 19`, `April 15, 2025`, `15 April 2025`, `15 April`, `14/5/2024`.
    /// Skips an English ordinal's letters after a day (`17th`, `3rd`, `1st`, `22nd`).
    mutating func skipOrdinalSuffix() {
        guard index + 2 <= end else { return }
        let a = text[index] | 0x20, b = text[index + 1] | 0x20
        let suffix = (a == UInt8(ascii: "s") && b == UInt8(ascii: "t")) || (a == UInt8(ascii: "n") && b == UInt8(ascii: "d"))
            || (a == UInt8(ascii: "r") && b == UInt8(ascii: "d")) || (a == UInt8(ascii: "t") && b == UInt8(ascii: "h"))
        guard suffix, index + 2 == end || !(TextScan.isUpper(text[index + 2]) || TextScan.isLower(text[index + 2])) else { return }
        index += 2
    }

    mutating func date() -> (MonthDay, Int?)? {
        let save = index
        // `14/5/2024`, `03.10.2024`, `2024-05-14`.
        if index < end, TextScan.isDigit(text[index]) {
            var k = index
            while k < end, k - index < 10, TextScan.isDigit(text[k]) || text[k] == UInt8(ascii: "/") || text[k] == UInt8(ascii: ".") || text[k] == UInt8(ascii: "-") {
                k += 1
            }
            // A full stop may end the dateline's date: "Abuja, 14.5.2024." is read without it.
            var last = k
            if last > index, text[last - 1] == UInt8(ascii: ".") { last -= 1 }
            if let day = NumericDate.day(text, index, last) {
                index = last
                return (MonthDay(month: day.month, day: day.day), day.year)
            }
            // `Djibouti, 12/03/2019 (ADI) –`: a date that reads either way, day first for now.
            let readings = takesEitherWay ? NumericDate.readings(text, index, last) : []
            if let dayFirst = readings.first {
                eitherWay = readings
                index = last
                return (MonthDay(month: dayFirst.month, day: dayFirst.day), dayFirst.year)
            }
        }
        if let m = monthWord() {
            skipSpaces()
            if let d = number(maxDigits: 2), (1...31).contains(d) {
                // (`September 24th, 2019`.)
                skipOrdinalSuffix()
                let afterDay = index
                var year: Int?
                // (`September 17/2018`: a slash before the year.)
                if peek(UInt8(ascii: ",")) || peek(UInt8(ascii: "/")) {
                    index += 1; skipSpaces()
                    if let y = number(maxDigits: 4), y >= 1900 { year = y } else { index = afterDay }
                } else {
                    skipSpaces()
                    if let y = number(maxDigits: 4), y >= 1900 { year = y } else { index = afterDay }
                }
                return (MonthDay(month: m, day: d), year)
            }
        } else if let d = number(maxDigits: 2), (1...31).contains(d) {
            skipOrdinalSuffix()
            skipSpaces()
            // `16-Jun-2025 21:08`: the parts joined by hyphens.
            let hyphenated = peek(UInt8(ascii: "-")) && index + 1 < end && TextScan.isUpper(text[index + 1])
            if hyphenated { index += 1 }
            if let m = monthWord() {
                let afterMonth = index
                // (`3rd February, 2019`: a comma before the year.)
                if peek(UInt8(ascii: ",")) || (hyphenated && peek(UInt8(ascii: "-"))) { index += 1 }
                skipSpaces()
                var year: Int?
                if let y = number(maxDigits: 4), y >= 1900 { year = y } else { index = afterMonth }
                return (MonthDay(month: m, day: d), year)
            }
            // `14 de marzo de 2024`, `14 de março, 2024`, `14 mars 2024`: a month in Spanish,
            // Portuguese, French or Italian, as agencies writing in those languages date copy.
            let beforeMonth = index
            if connective() { skipSpaces() }
            if let m = foreignMonthWord() {
                let afterMonth = index
                var year: Int?
                if peek(UInt8(ascii: ",")) { index += 1 }
                skipSpaces()
                if connective() { skipSpaces() }
                if let y = number(maxDigits: 4), y >= 1900 { year = y } else { index = afterMonth }
                return (MonthDay(month: m, day: d), year)
            }
            index = beforeMonth
        }
        index = save
        return nil
    }

    /// Skips `de` or `del` at the cursor (`14 de marzo de 2024`), if there is one.
    mutating func connective() -> Bool {
        for word in ["de ", "del "] where index + word.utf8.count <= end && text[index..<(index + word.utf8.count)].elementsEqual(word.utf8) {
            index += word.utf8.count
            return true
        }
        return false
    }

    /// A month named in Spanish, Portuguese, French or Italian at the cursor.
    mutating func foreignMonthWord() -> Int? {
        let start = index
        while let (u, len) = scalar(at: index), CharacterClass.isLetter(u) { index += len }
        if index > start, let m = ForeignMonthNames.number(bytes: text[start..<index]) { return m }
        if index > start, peek(UInt8(ascii: ".")), let m = ForeignMonthNames.abbreviation(bytes: text[start..<index]) {
            index += 1
            return m
        }
        index = start
        return nil
    }

    mutating func monthWord() -> Int? {
        let start = index
        while let (u, len) = scalar(at: index), CharacterClass.isLetter(u) { index += len }
        if peek(UInt8(ascii: ".")) { index += 1 }
        if index > start, let m = MonthNames.number(bytes: text[start..<index]) { return m }
        index = start
        return nil
    }

    mutating func number(maxDigits: Int) -> Int? {
        let start = index
        var v = 0
        var n = 0
        while index < end, TextScan.isDigit(text[index]), n < maxDigits {
            v = v * 10 + Int(text[index] - 0x30)
            n += 1
            index += 1
        }
        if n == 0 || (index < end && TextScan.isDigit(text[index])) { index = start; return nil }
        return v
    }

    /// `/TASS/`, `/TASS/.`, `/Kabar/`, `/NIAT “Khovar”/`: an agency's name between slashes.
    mutating func slashed() -> String? {
        guard peek(UInt8(ascii: "/")), index + 1 < end, TextScan.isUpper(text[index + 1]) else { return nil }
        let start = index + 1
        var i = start
        while i < end, i - start <= 30, TextScan.isUpper(text[i]) || TextScan.isLower(text[i]) || TextScan.isDigit(text[i])
                || text[i] == UInt8(ascii: "-") || text[i] == 0x20 || text[i] == UInt8(ascii: "\"") || text[i] >= 0x80 { i += 1 }
        guard i > start + 1, i < end, text[i] == UInt8(ascii: "/") else { return nil }
        index = i + 1
        if peek(UInt8(ascii: ".")) { index += 1 }
        return String(decoding: text[start..<i], as: UTF8.self)
    }

    /// `[US]`: a short bracketed country after a place.
    mutating func bracketed() -> String? {
        guard peek(UInt8(ascii: "[")) else { return nil }
        let start = index + 1
        var i = start
        while i < end, i - start <= 30, text[i] != UInt8(ascii: "]") {
            if text[i] == 0x0A { return nil }
            i += 1
        }
        guard i < end, text[i] == UInt8(ascii: "]") else { return nil }
        index = i + 1
        return String(decoding: text[start..<i], as: UTF8.self)
    }

    mutating func parenthesised() -> String? {
        guard peek(UInt8(ascii: "(")) else { return nil }
        index += 1
        let start = index
        while index < end, text[index] != UInt8(ascii: ")") {
            if text[index] == 0x0A || text[index] == UInt8(ascii: "(") { return nil }
            index += 1
        }
        guard index < end else { return nil }
        let inner = String(decoding: text[start..<index], as: UTF8.self)
        index += 1
        return inner.trimmingSpaces()
    }

    /// `–`, `—`, `―`, `-` or `--`, with a space before or after.
    mutating func dash() -> Bool {
        guard index < end else { return false }
        if text[index] == 0xE2, index + 2 < end, text[index + 1] == 0x80, (0x93...0x95).contains(text[index + 2]) {
            index += 3
            return true
        }
        if text[index] == UInt8(ascii: "-") {
            index += 1
            if peek(UInt8(ascii: "-")) {
                index += 1
                // `(Jiji Press)--Japanese …`: a double dash needs no space after it.
                return true
            }
            return peek(0x20) || atEnd
        }
        return false
    }

    /// Moves the cursor back to `index`; always true, for use in a condition list.
    mutating func restoring(_ index: Int) -> Bool {
        self.index = index
        return true
    }

    /// `Kyodo -`, `IRNA-`, `AVN.-`: an agency's name (two to eleven letters, starting with a
    /// capital; all capitals when `capitalsOnly`), perhaps a full stop, then a dash. The cursor
    /// stops before the dash; it does not move when there is no such name.
    mutating func agencyBeforeDash(capitalsOnly: Bool) -> String? {
        let start = index
        guard index < end, TextScan.isUpper(text[index]) else { return nil }
        while index < end, index - start < 12, TextScan.isUpper(text[index]) || (!capitalsOnly && TextScan.isLower(text[index])) { index += 1 }
        let length = index - start
        if peek(UInt8(ascii: ".")) { index += 1 }
        skipSpaces()
        let beforeDash = index
        guard (2...11).contains(length), dash() else { index = start; return nil }
        index = beforeDash
        return String(decoding: text[start..<start + length], as: UTF8.self)
    }

    /// `The Europe Today:`: up to six words, the first capitalised, then a colon.
    mutating func outletBeforeColon() -> String? {
        let start = index
        var words = 0
        while index < end, words <= 6 {
            let c = text[index]
            if c == UInt8(ascii: ":") {
                let name = String(decoding: text[start..<index], as: UTF8.self).trimmingSpaces()
                index += 1
                guard let f = name.unicodeScalars.first, CharacterClass.isUppercaseLetter(f), !name.isEmpty else { return nil }
                return name
            }
            if c == 0x20 { words += 1 }
            if c == UInt8(ascii: ".") || c == UInt8(ascii: ",") || c == 0x0A { return nil }
            index += 1
        }
        return nil
    }
}

/// Days written in digits, shared by datelines and the date extraction.
enum NumericDate {
    /// A day written in digits in `bytes[start..<end]`: `2021-06-18` (or with dots or
    /// slashes, year first; `1403/06/21`, a year from 1300 to 1499, is Solar Hijri); `14/5/2024` or
    /// `09/13/23`, read day first or month first by whichever part cannot be a month
    /// (`5/6/2024` could be either and is not read); `03.10.2024`, day first, as dates
    /// written with dots are; `03/03/2023`, the same either way.
    static func day(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Day? {
        let n = end - start
        guard n >= 8, n <= 10, start >= 0, end <= bytes.count, TextScan.isDigit(bytes[start]) else { return nil }
        var parts: [Int] = []
        var widths: [Int] = []
        var v = 0, w = 0
        var sep: UInt8 = 0
        for k in start..<end {
            let c = bytes[k]
            if TextScan.isDigit(c) {
                v = v * 10 + Int(c - 48)
                w += 1
            } else if c == UInt8(ascii: "-") || c == UInt8(ascii: "/") || c == UInt8(ascii: ".") {
                guard sep == 0 || sep == c, w > 0 else { return nil }
                sep = c
                parts.append(v); widths.append(w)
                v = 0; w = 0
            } else {
                return nil
            }
        }
        guard w > 0 else { return nil }
        parts.append(v); widths.append(w)
        guard parts.count == 3 else { return nil }
        // `2021-06-18`, and `2023.03.16` or `2023/03/17` as East Asian pages write them.
        if widths == [4, 2, 2] {
            // `1403/06/21`: a Solar Hijri date, as Iranian pages stamp them.
            if (1300...1499).contains(parts[0]) { return Day(solarHijriYear: parts[0], month: parts[1], day: parts[2]) }
            return Day(year: parts[0], month: parts[1], day: parts[2])
        }
        guard widths[0] <= 2, widths[1] <= 2, widths[2] == 2 || widths[2] == 4 else { return nil }
        let year = widths[2] == 2 ? 2000 + parts[2] : parts[2]
        if sep == UInt8(ascii: "."), widths[2] == 4 {
            return Day(year: year, month: parts[1], day: parts[0])
        }
        // `14/5/2024`, and `14-05-2024` as many pages write it.
        guard sep == UInt8(ascii: "/") || sep == UInt8(ascii: "-") && widths[2] == 4 else { return nil }
        if parts[0] >= 1, parts[0] <= 12, parts[1] > 12 {
            return Day(year: year, month: parts[0], day: parts[1])
        }
        if parts[1] >= 1, parts[1] <= 12, parts[0] > 12 {
            return Day(year: year, month: parts[1], day: parts[0])
        }
        // `03/03/2023`: both readings are the same day.
        if parts[0] == parts[1] {
            return Day(year: year, month: parts[0], day: parts[1])
        }
        return nil
    }

    /// The two days a slash date such as `09/02/2023` (or `09-02-2023`) may be, day first then month first,
    /// when both are real days and they differ; empty otherwise (see ``day(_:_:_:)``).
    static func readings(_ bytes: [UInt8], _ start: Int, _ end: Int) -> [Day] {
        guard day(bytes, start, end) == nil, end - start >= 8, end - start <= 10, start >= 0, end <= bytes.count else { return [] }
        let sep = bytes[start..<end].contains(UInt8(ascii: "/")) ? UInt8(ascii: "/") : UInt8(ascii: "-")
        let parts = bytes[start..<end].split(separator: sep, omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(TextScan.isDigit) }),
              parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4 || parts[2].count == 2 && sep == UInt8(ascii: "/") else { return [] }
        let n = parts.map { $0.reduce(0) { $0 * 10 + Int($1 - 48) } }
        let year = parts[2].count == 2 ? 2000 + n[2] : n[2]
        guard let dayFirst = Day(year: year, month: n[1], day: n[0]), let monthFirst = Day(year: year, month: n[0], day: n[1]),
              dayFirst != monthFirst else { return [] }
        return [dayFirst, monthFirst]
    }

    /// How a text writes its dates: the number of days written before their month ("9
    /// February") less those written after it ("February 9"). Positive for a text that
    /// writes day first, as most of the world does outside the United States.
    static func dayFirstVotes(_ b: [UInt8]) -> Int {
        var votes = 0
        var i = 0
        while i < b.count {
            guard TextScan.isUpper(b[i]), i == 0 || !TextScan.isLower(b[i - 1]) && !TextScan.isUpper(b[i - 1]) else { i += 1; continue }
            var e = i + 1
            while e < b.count, TextScan.isLower(b[e]) { e += 1 }
            defer { i = e }
            guard e - i >= 3, MonthNames.number(bytes: b[i..<e]) != nil else { continue }
            // A number of one or two digits right before the month, or right after it.
            var k = i - 1
            while k >= 0, b[k] == 0x20 { k -= 1 }
            var digits = 0
            while k >= 0, TextScan.isDigit(b[k]) { digits += 1; k -= 1 }
            if (1...2).contains(digits), k < 0 || !TextScan.isDigit(b[k]) { votes += 1; continue }
            var a = e
            while a < b.count, b[a] == 0x20 { a += 1 }
            var after = 0
            while a < b.count, TextScan.isDigit(b[a]) { after += 1; a += 1 }
            if (1...2).contains(after) { votes -= 1 }
        }
        return votes
    }
}
