import Foundation

/// A date expression found in a sentence.
struct DateMention {
    enum Value {
        /// Day, month and year.
        case full(Day)
        /// Month and day, no year.
        case monthDay(MonthDay)
        /// A weekday, 1 = Monday.
        case weekday(Int)
        /// Days relative to publication: 0 today, -1 yesterday.
        case relative(Int)
        /// A day of the month alone, as translated copy writes it: "on the 12th (local time)".
        case dayOfMonth(Int)
    }
    var value: Value
    var token: Int
    var tokenEnd: Int
    var partOfDay: String?
    /// A weekday named with a month and day ("Friday, September 15").
    var weekday: Int?
    /// The weekday is told in another place's time ("Tuesday (Manila time)"): the day
    /// where the meeting was may be the one before or after.
    var zoned = false
    /// A weekday told as "last Saturday": a day of the week before, never the day it is said.
    var past = false
    /// Told in the time of the place it happened ("Monday afternoon local time"): the
    /// meeting's own weekday, though perhaps not the publication's.
    var localTime = false
}

/// Finds date expressions and resolves them against a report's publication date,
/// dateline and the years the text mentions.
///
/// - An explicit day, month and year is `stated`.
/// - A month and day takes its year from the publication date (the latest such day
///   on or before publication, a day's grace for time zones), else from the years
///   the text mentions; it is `inferred`.
/// - A weekday is the most recent such day on or before publication; "yesterday"
///   and "today" count from publication; both are `inferred`.
/// - With no day in the text the date is `approximate`: the publication date, the
///   latest day the meeting can have been.
enum DateResolver {
    static let weekdays = Words.map([("monday", 1), ("tuesday", 2), ("wednesday", 3), ("thursday", 4), ("friday", 5), ("saturday", 6), ("sunday", 7)])
    static let months: HashMap64<Int> = {
        var m = HashMap64<Int>()
        for (name, v) in MonthNames.table { m[Tokenizer.hash(name)] = v }
        return m
    }()
    static let parts = Words.map([("morning", 1), ("afternoon", 2), ("evening", 3), ("night", 4), ("tonight", 4), ("noon", 2)])
    static let partNames = [1: "morning", 2: "afternoon", 3: "evening", 4: "night"]
    static let yesterday = Tokenizer.hash("yesterday"), today = Tokenizer.hash("today"), tonight = Tokenizer.hash("tonight")
    static let this = Tokenizer.hash("this"), last = Tokenizer.hash("last"), earlier = Tokenizer.hash("earlier")
    static let on = Tokenizer.hash("on"), the = Tokenizer.hash("the"), of = Tokenizer.hash("of")
    /// Nouns an ordinal counts ("on the 12th floor", "the 27th round"): no day of the month.
    static let ordinalNouns = Words.set(["floor", "round", "day", "anniversary", "century", "summit", "meeting", "session",
                                         "edition", "time", "annual", "year", "congress", "plenum", "birthday", "hole", "minute"])
    static let anniversary = Tokenizer.hash("anniversary")
    /// The latest year a text can be dated in: the year after the current one.
    static let latestYear = Calendar(identifier: .gregorian).component(.year, from: Date()) + 1
    /// The latest day a meeting the text does not date in full can be read on: tomorrow (a
    /// place ahead in time). A year inferred from a month and day never puts the meeting later.
    static let latestDay: Day = {
        let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC") ?? .current, from: Date())
        return (Day(year: c.year ?? 2100, month: c.month ?? 12, day: c.day ?? 31) ?? Day(ordinal: 47_482)).adding(days: 1)
    }()
    /// Verbs that make a year the one an anniversary falls in ("2019 marks the 70th anniversary").
    static let markWords = Words.set(["marks", "marked", "mark", "marking", "is", "was", "sees", "saw"])
    static let time = Tokenizer.hash("time"), local = Tokenizer.hash("local")
    static let yearWord = Tokenizer.hash("year")
    /// Abbreviations of time zones written after a day ("this morning (AEDT)").
    static let zoneNames = Words.set(["aedt", "aest", "acdt", "acst", "awst", "nzdt", "nzst", "ist", "pkt", "jst", "kst", "wib", "sgt",
                                      "hkt", "est", "edt", "cst", "cdt", "pst", "pdt", "cet", "cest", "eet", "eest", "gmt", "bst",
                                      "utc", "msk", "sast", "eat", "wat", "ict", "pht"])
    /// The rule of a weekday told in another place's time, with a publication date.
    static let zonedWeekdayRule = "a weekday told in another place's time: the latest day it can be where they met"
    /// Whether the year at token `i` names an event still to come: "as Tokyo prepares for the
    /// 2020 Olympics", "ahead of the 2024 election".
    static func namesEventAhead(_ toks: [Token], _ i: Int) -> Bool {
        guard i > 1, toks[i - 1].hash == H.the else { return false }
        return DateResolver.aheadCues.contains(toks[i - 2].hash)
            || (i > 2 && toks[i - 2].hash == H.of && toks[i - 3].hash == DateResolver.aheadWord)
    }
    static let aheadWord = Tokenizer.hash("ahead"), aheadCues = Words.set(["for", "towards", "toward"])
    static let futureCues = Words.set(["by", "until", "till", "through", "towards", "toward", "to", "beyond", "vision", "before", "next", "designate", "designated", "as", "from", "since",
                                       // "wheat for 2019", "the budget for the year 2019": what a year is set aside for.
                                       "for"])

    /// The months of the Solar Hijri calendar, as English texts spell them.
    static let solarHijriMonths = Words.map([("farvardin", 1), ("ordibehesht", 2), ("khordad", 3), ("tir", 4), ("mordad", 5), ("amordad", 5),
                                             ("shahrivar", 6), ("mehr", 7), ("aban", 8), ("azar", 9), ("dey", 10), ("bahman", 11),
                                             ("esfand", 12), ("espand", 12)])

    /// A Solar Hijri month, day and year at token `t` ("21 Shahrivar 1403", "Shahrivar 21, 1403"):
    /// the month, day, year and the token after them. Without a year in 1300–1499 it is not read.
    static func solarHijri(_ toks: [Token], _ t: Int, _ number: (Int) -> Int?) -> (Int, Int, Int, Int)? {
        guard t + 2 < toks.count else { return nil }
        if let d = number(t), (1...31).contains(d), toks[t].numeric, let m = solarHijriMonths[toks[t + 1].hash], toks[t + 1].capitalized,
           let y = number(t + 2), (1300...1499).contains(y) {
            return (m, d, y, t + 3)
        }
        if let m = solarHijriMonths[toks[t].hash], toks[t].capitalized, let d = number(t + 1), (1...31).contains(d),
           let y = number(t + 2), (1300...1499).contains(y) {
            return (m, d, y, t + 3)
        }
        return nil
    }

    /// "today's era", "today's world": a possessive "today's" (token `t` of sentence `s`)
    /// before anything but an event ("today's talks") speaks of the present age, not of a day.
    /// Holidays kept on the same month and day every year, tokenised as the text is.
    static let fixedHolidays: [(words: [UInt64], day: MonthDay)] = [
        ("St Patrick's Day", 3, 17), ("Saint Patrick's Day", 3, 17), ("Christmas Day", 12, 25), ("Christmas Eve", 12, 24),
        ("New Year's Day", 1, 1), ("New Year's Eve", 12, 31), ("Boxing Day", 12, 26), ("Valentine's Day", 2, 14),
        ("Halloween", 10, 31), ("Bastille Day", 7, 14), ("Armistice Day", 11, 11), ("International Women's Day", 3, 8),
    ].map { phrase, month, day in (Tokenizer.phrase(phrase), MonthDay(month: month, day: day)) }

    /// The first words of ``fixedHolidays``, checked before the phrases are.
    static let holidayStarts = HashSet64(fixedHolidays.compactMap(\.words.first))

    /// The fixed holiday named at token `t`, and the token after its name.
    static func fixedHoliday(_ toks: [Token], at t: Int) -> (MonthDay, Int)? {
        for (words, day) in fixedHolidays where Tokenizer.matches(words, toks, at: t) { return (day, t + words.count) }
        return nil
    }

    static func possessiveOfAge(_ doc: Document, _ s: Int, _ t: Int) -> Bool {
        guard let next = doc.afterPossessive(s, t) else { return false }
        let toks = doc.tokens[s]
        return next >= toks.count || !eventNouns.contains(toks[next].hash)
    }

    /// What "today's" may date: the meeting and what happens at it.
    static let eventNouns = Words.set([
        "talks", "meeting", "meetings", "summit", "session", "sessions", "visit", "call", "ceremony", "signing", "event",
        "events", "discussions", "negotiations", "dinner", "banquet", "lunch", "luncheon", "conversation", "consultations",
        "conference", "forum", "program", "programme", "engagements", "exchange", "talk", "dialogue", "round", "bilateral",
        "bilaterals", "audience", "reception", "welcome", "press", "joint", "official", "historic", "productive", "fruitful",
        "important", "very", "sideline", "sidelines", "working", "video",
        // The first word of "one-on-one", "face-to-face", "in-person": a hyphen splits words.
        "one", "face", "in",
    ])

    /// Years between the Buddhist Era and the Common Era (2568 B.E. is 2025).
    static let buddhistEraOffset = 543

    /// The date expressions of sentence `s`.
    static func mentions(_ doc: Document, _ s: Int) -> [DateMention] {
        // Read once: a static read inside the token loop costs a lazy-initialisation check each time.
        let months = DateResolver.months, weekdays = DateResolver.weekdays, parts = DateResolver.parts
        let partNames = DateResolver.partNames, this = DateResolver.this, yesterday = DateResolver.yesterday
        let today = DateResolver.today, tonight = DateResolver.tonight, last = DateResolver.last
        let holidayStarts = DateResolver.holidayStarts
        let toks = doc.tokens[s]
        var out: [DateMention] = []
        var t = 0
        // A number written in digits, with an optional ordinal suffix ("14", "14th"), read from the bytes.
        let bytes = doc.bytes
        func number(_ i: Int) -> Int? {
            guard i < toks.count else { return nil }
            var k = toks[i].start
            let end = toks[i].end
            var v = 0
            var digits = 0
            while k < end, TextScan.isDigit(bytes[k]), digits < 9 {
                v = v * 10 + Int(bytes[k] - 48)
                digits += 1
                k += 1
            }
            guard digits > 0 else { return nil }
            if k == end { return v }
            // st, nd, rd, th
            guard end - k == 2 else { return nil }
            let a = bytes[k] | 0x20, b = bytes[k + 1] | 0x20
            let ok = (a == UInt8(ascii: "s") && b == UInt8(ascii: "t")) || (a == UInt8(ascii: "n") && b == UInt8(ascii: "d"))
                || (a == UInt8(ascii: "r") && b == UInt8(ascii: "d")) || (a == UInt8(ascii: "t") && b == UInt8(ascii: "h"))
            return ok ? v : nil
        }
        // "(26)", "(30/6)", "(30/6/2022)" from token `i`: a day of the month in brackets, with
        // its month (day first, unless the day cannot be a month: "(6/30)") and year; and the
        // token after the bracket.
        func bracketedDay(_ i: Int) -> (DateMention.Value, Int)? {
            guard let a = number(i), i < toks.count, toks[i].numeric, doc.gap(s, before: i, contains: UInt8(ascii: "(")) else { return nil }
            if doc.gap(s, before: i + 1, contains: UInt8(ascii: ")")) {
                return (1...31).contains(a) ? (.dayOfMonth(a), i + 1) : nil
            }
            guard let b = number(i + 1), toks[i + 1].numeric, doc.gap(s, before: i + 1, contains: UInt8(ascii: "/")) else { return nil }
            let (d, mo) = b > 12 && a <= 12 ? (b, a) : (a, b)
            var end = i + 2
            var year: Int?
            if let y = number(i + 2), toks[i + 2].numeric, doc.gap(s, before: i + 2, contains: UInt8(ascii: "/")), (1900...2100).contains(y) {
                year = y
                end = i + 3
            }
            guard doc.gap(s, before: end, contains: UInt8(ascii: ")")), (1...12).contains(mo), (1...31).contains(d) else { return nil }
            return (year.flatMap { Day(year: $0, month: mo, day: d) }.map { .full($0) } ?? .monthDay(MonthDay(month: mo, day: d)), end)
        }
        while t < toks.count {
            let h = toks[t].hash
            // "April 14[, 2025]" or "14 April[ 2025]": a month and day, and the year when one follows.
            var monthDay: (month: Int, day: Int)?
            if let m = months[h], toks[t].capitalized, let d = number(t + 1), (1...31).contains(d) {
                monthDay = (m, d)
            } else if let d = number(t), (1...31).contains(d), t + 1 < toks.count, let m = months[toks[t + 1].hash], toks[t + 1].capitalized {
                monthDay = (m, d)
            }
            // "21 Shahrivar 1403", "Bahman 4, 1402": a Solar Hijri date, read only with its year.
            if monthDay == nil, let (m, d, y, end) = DateResolver.solarHijri(toks, t, number), let day = Day(solarHijriYear: y, month: m, day: d) {
                out.append(DateMention(value: .full(day), token: t, tokenEnd: end, partOfDay: nil))
                t = end
                continue
            }
            if let (m, d) = monthDay {
                var end = t + 2
                var value = DateMention.Value.monthDay(MonthDay(month: m, day: d))
                if let y = number(t + 2), (1900...2100).contains(y), let day = Day(year: y, month: m, day: d) {
                    value = .full(day)
                    end = t + 3
                } else if let y = number(t + 2), (2443...2643).contains(y), let day = Day(year: y - DateResolver.buddhistEraOffset, month: m, day: d) {
                    // "4 April 2568 B.E.": a year of the Buddhist Era, as Thai pages write it.
                    value = .full(day)
                    end = t + 3
                } else if months[h] != nil, t > 0, toks[t - 1].numeric, let y = number(t - 1), (1900...2100).contains(y),
                          doc.gap(s, before: t, contains: UInt8(ascii: ".")), let day = Day(year: y, month: m, day: d) {
                    // "2025. november 8., szombat": the year first, as Hungarian pages write it.
                    value = .full(day)
                    out.append(DateMention(value: value, token: t - 1, tokenEnd: end, partOfDay: nil))
                    t = end
                    continue
                }
                out.append(DateMention(value: value, token: t, tokenEnd: end, partOfDay: nil))
                t = end
                continue
            }
            // "2021-06-18" read as one token, or "09/13/23" (month first, as in US usage, only
            // when the day cannot be a month).
            if let day = DateResolver.compactDate(bytes, toks[t].start, toks[t].end) {
                out.append(DateMention(value: .full(day), token: t, tokenEnd: t + 1, partOfDay: nil))
                t += 1
                continue
            }
            // The same, read as three numbers split at the slashes.
            if toks[t].numeric, t + 2 < toks.count, toks[t + 2].end - toks[t].start <= 10,
               let day = DateResolver.compactDate(bytes, toks[t].start, toks[t + 2].end) {
                out.append(DateMention(value: .full(day), token: t, tokenEnd: t + 3, partOfDay: nil))
                t += 3
                continue
            }
            // "2023-09-10" split in three (not "2023 - 09:10", a year and a time).
            if toks[t].numeric, let y = number(t), (1900...2100).contains(y), let mo = number(t + 1), let d = number(t + 2),
               doc.gap(s, before: t + 1, contains: UInt8(ascii: "-")), doc.gap(s, before: t + 2, contains: UInt8(ascii: "-")),
               !doc.gap(s, before: t + 1, contains: UInt8(ascii: " ")), let day = Day(year: y, month: mo, day: d) {
                out.append(DateMention(value: .full(day), token: t, tokenEnd: t + 3, partOfDay: nil))
                t += 3
                continue
            }
            // "on the 14th (local time)": a day of the month with no month, not "on the 12th floor".
            if h == DateResolver.on, t + 2 < toks.count, toks[t + 1].hash == DateResolver.the, let d = number(t + 2), (1...31).contains(d),
               toks[t + 2].end - toks[t + 2].start > (d >= 10 ? 2 : 1),
               t + 3 >= toks.count || (!toks[t + 3].capitalized && months[toks[t + 3].hash] == nil && toks[t + 3].hash != DateResolver.of
                                       && !DateResolver.ordinalNouns.contains(toks[t + 3].hash)) {
                out.append(DateMention(value: .dayOfMonth(d), token: t, tokenEnd: t + 3, partOfDay: nil))
                t += 3
                continue
            }
            // "on the afternoon of the 26th": the same, with the part of the day first. (Or "On the
            // afternoon of 6th", as copy translated from Chinese writes it.)
            if h == DateResolver.on, t + 4 < toks.count, toks[t + 1].hash == DateResolver.the, let part = parts[toks[t + 2].hash],
               toks[t + 3].hash == DateResolver.of, case let n = toks[t + 4].hash == DateResolver.the ? t + 5 : t + 4,
               let d = number(n), (1...31).contains(d), toks[n].end - toks[n].start > (d >= 10 ? 2 : 1),
               n + 1 >= toks.count || doc.gap(s, before: n + 1, contains: UInt8(ascii: ","))
                || (!toks[n + 1].capitalized && months[toks[n + 1].hash] == nil && toks[n + 1].hash != DateResolver.of
                    && !DateResolver.ordinalNouns.contains(toks[n + 1].hash)) {
                out.append(DateMention(value: .dayOfMonth(d), token: t, tokenEnd: n + 1, partOfDay: DateResolver.partNames[part]))
                t = n + 1
                continue
            }
            // "on Christmas Eve", "on Friday, St Patrick's Day": a holiday kept on one day of
            // every year dates what happened on it, like the month and day it stands for.
            if toks[t].capitalized, holidayStarts.contains(h), let (md, end) = DateResolver.fixedHoliday(toks, at: t) {
                let afterWeekday = out.last.map { m in
                    if case .weekday = m.value { return m.tokenEnd == t } else { return false }
                } ?? false
                if afterWeekday || (t > 0 && toks[t - 1].hash == DateResolver.on) {
                    out.append(DateMention(value: .monthDay(md), token: t, tokenEnd: end, partOfDay: nil))
                    t = end
                    continue
                }
            }
            // "this Tuesday (26)", "Thursday (30/6)", "Kamis (30/6/2022)": a weekday with its day
            // (and month, and year) in brackets.
            if let w = weekdays[h], toks[t].capitalized, let (value, end) = bracketedDay(t + 1) {
                var m = DateMention(value: value, token: t, tokenEnd: end, partOfDay: nil)
                m.weekday = w
                out.append(m)
                t = end
                continue
            }
            if let w = weekdays[h], toks[t].capitalized {
                // "Monday, April 14": the month and day that follow take precedence.
                var m = DateMention(value: .weekday(w), token: t, tokenEnd: t + 1, partOfDay: nil)
                m.past = t > 0 && toks[t - 1].hash == last
                // "Tuesday (Manila time)", "Monday, US time", "Wednesday local time".
                if let z = (t + 1..<min(toks.count, t + 5)).first(where: { toks[$0].hash == DateResolver.time }), z > t + 1,
                   toks[z - 1].capitalized || toks[z - 1].hash == DateResolver.local {
                    m.zoned = true
                    m.localTime = toks[z - 1].hash == DateResolver.local
                }
                out.append(m)
                t += 1
                continue
            }
            // "today (21)", "yesterday (20/6)": the day the bracket gives is the day meant.
            if h == yesterday || h == today || h == tonight, let (value, end) = bracketedDay(t + 1) {
                out.append(DateMention(value: value, token: t, tokenEnd: end, partOfDay: h == tonight ? "night" : nil))
                t = end
                continue
            }
            if h == yesterday {
                out.append(DateMention(value: .relative(-1), token: t, tokenEnd: t + 1, partOfDay: nil))
            } else if h == today || h == tonight, !DateResolver.possessiveOfAge(doc, s, t) {
                out.append(DateMention(value: .relative(0), token: t, tokenEnd: t + 1, partOfDay: h == tonight ? "night" : nil))
            } else if h == this, t + 1 < toks.count, let p = parts[toks[t + 1].hash] {
                out.append(DateMention(value: .relative(0), token: t, tokenEnd: t + 2, partOfDay: partNames[p]))
            } else if h == last, t + 1 < toks.count, toks[t + 1].hash == tonight || parts[toks[t + 1].hash] == 4 {
                out.append(DateMention(value: .relative(-1), token: t, tokenEnd: t + 2, partOfDay: "night"))
            }
            // "this morning (AEDT)": a day told by the clock of a zone named right after it.
            if case .relative = out.last?.value, out.last?.token == t || out.last?.tokenEnd == t + 1,
               let last = out.last, (last.tokenEnd..<min(toks.count, last.tokenEnd + 2)).contains(where: { zoneNames.contains(toks[$0].hash) && !toks[$0].numeric }) {
                out[out.count - 1].zoned = true
            }
            t += 1
        }
        // A weekday right before a month-day is the same day: keep the month-day, noting the weekday.
        var merged: [DateMention] = []
        for m in out {
            if case .weekday(let w) = merged.last?.value, let last = merged.last, m.token - last.tokenEnd <= 1 {
                switch m.value {
                case .monthDay, .full:
                    var x = m
                    x.weekday = w
                    x.token = last.token
                    merged[merged.count - 1] = x
                    continue
                default: break
                }
            }
            merged.append(m)
        }
        out = merged
        // Part of day within three tokens.
        for i in out.indices where out[i].partOfDay == nil {
            let lo = max(0, out[i].token - 3), hi = min(toks.count, out[i].tokenEnd + 3)
            for k in lo..<hi where k < out[i].token || k >= out[i].tokenEnd {
                if let p = parts[toks[k].hash] { out[i].partOfDay = partNames[p]; break }
            }
        }
        return out
    }

    static let statementCues = Words.set([
        "statement", "statements", "said", "says", "announced", "reported", "told", "briefing", "interview", "tweeted",
        "posted", "published", "released", "report", "according", "confirmed", "readout", "speech", "address", "remarks",
        "stressed", "clarified", "insisted", "denied", "explained", "emphasised", "emphasized", "underlined", "warned",
        "acknowledged", "disclosed", "revealed", "admitted", "informed", "declared", "indicated",
        // The day of the coverage: "dominated Ukrainian media on Sunday".
        "media", "headlines", "newspapers", "coverage", "commentators", "broadcasts",
    ])
    /// Verbs of speaking that date a statement when they follow the day: "The ministry on Monday stressed that …".
    static let statementVerbsAfter = Words.set(["said", "says", "stressed", "clarified", "insisted", "denied", "explained",
                                                "emphasised", "emphasized", "underlined", "warned", "announced", "told", "confirmed",
                                                "acknowledged", "disclosed", "revealed", "admitted",
                                                // "The embassy on Tuesday expressed strong dissatisfaction with a statement issued
                                                // after talks … on Monday."
                                                "expressed", "voiced", "condemned", "criticised", "criticized", "protested", "rejected", "slammed"])

    /// Words that tie a day to another event or to a plan: "faces an election on May 29",
    /// "is due to fly home on Wednesday", "will travel to Paris on Friday".
    /// Words that open a clause of history: a year after them is not the story's.
    static let historyCues = Words.set(["since", "until", "ago", "previous", "previously", "earlier", "former", "last", "first", "before"])
    static let otherEventCues = Words.set(["election", "elections", "vote", "polls", "referendum", "due", "will", "scheduled",
                                           "expected", "deadline", "upcoming", "later", "next", "planned", "set", "shall",
                                           "earthquake", "earthquakes", "quake", "attack", "attacks", "floods", "disaster",
                                           "invasion", "coup", "war", "bombing", "explosion", "crash", "fire", "hurricane",
                                           "cyclone", "typhoon", "tsunami", "uprising", "riots", "massacre",
                                           // "The Nato summit continues today and tomorrow": an event going on.
                                           "continues", "resumes", "reconvenes"])

    /// Words of a plan that may follow the day they date: "On Saturday, Biden is due to …".
    static let planCues = Words.set(["due", "scheduled", "expected", "slated", "set", "will", "plans"])

    /// Events a date written right before names ("the 24 March presidential election",
    /// "the 6 February earthquakes").
    static let otherEventNouns = Words.set(["election", "elections", "vote", "polls", "referendum", "earthquake", "earthquakes",
                                            "quake", "attack", "attacks", "floods", "disaster", "invasion", "coup", "bombing",
                                            "explosion", "crash", "hurricane", "cyclone", "typhoon", "tsunami", "uprising",
                                            "riots", "massacre", "runoff", "ballot"])

    /// Whether a date mention outside the lead tells another event or a plan: one of
    /// ``otherEventCues`` within the five tokens before it, or one of ``otherEventNouns``
    /// within the three after it.
    static func datesOtherEvent(_ toks: [Token], _ m: DateMention) -> Bool {
        let cues = otherEventCues, nouns = otherEventNouns
        // "On Saturday, Biden is due to attend a summit": a plan told right after the day.
        if (m.tokenEnd..<min(toks.count, m.tokenEnd + 4)).contains(where: { planCues.contains(toks[$0].hash) }) { return true }
        // "May must convince the deputies to adopt on Tuesday the agreement": a day after a modal
        // is one still to come.
        if (max(0, m.token - 8)..<m.token).contains(where: { MeetingFinder.modalWords.contains(toks[$0].hash) }) { return true }
        // "the attack on Saudi oil facilities on Saturday": an event's noun six tokens back.
        return (max(0, m.token - 5)..<m.token).contains { toks.indices.contains($0) && cues.contains(toks[$0].hash) }
            || (max(0, m.token - 6)..<m.token).contains { toks.indices.contains($0) && nouns.contains(toks[$0].hash) }
            || (m.tokenEnd..<min(toks.count, m.tokenEnd + 3)).contains { nouns.contains(toks[$0].hash) }
    }

    /// Whether a date mention dates a statement, not an event: a reporting word stands
    /// within the three tokens before it ("a statement on Tuesday", "said on Tuesday").
    /// (Not the day of a meeting that is the subject of the verb after it: "X's meeting with Y in
    /// the White House on Wednesday confirmed that …".)
    static func datesStatement(_ toks: [Token], _ m: DateMention) -> Bool {
        if statementCueBefore(toks, m) { return true }
        guard m.tokenEnd < toks.count, statementVerbsAfter.contains(toks[m.tokenEnd].hash) else { return false }
        return !(max(0, m.token - 10)..<m.token).contains { toks.indices.contains($0) && meetingSubjects.contains(toks[$0].hash) }
    }
    /// Whether a reporting word stands within the three tokens before a date: "said on Thursday".
    static func statementCueBefore(_ toks: [Token], _ m: DateMention) -> Bool {
        let cues = statementCues
        return (max(0, m.token - 3)..<m.token).contains { toks.indices.contains($0) && cues.contains(toks[$0].hash) }
    }
    /// Nouns of a meeting that may be a sentence's subject: "X's meeting with Y … confirmed".
    static let meetingSubjects = Words.set(["meeting", "talks", "summit", "visit", "conversation", "call"])

    /// A date written in digits (see ``NumericDate/day(_:_:_:)``). `nil` for anything else.
    static func compactDate(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Day? {
        NumericDate.day(bytes, start, end)
    }

    /// The year the text points to when it gives a day without one, from strong
    /// signals only: anniversary arithmetic ("established in 2008, whose 15th
    /// anniversary falls this year"), a named year ("the Year of … Exchange 2025"),
    /// or a year in the lead paragraph that is not a target ("by 2030"). A bare
    /// year elsewhere (a date in history, a plan) is no evidence of the meeting's year.
    /// The latest year the text mentions anywhere (not a target, not after
    /// publication): weak evidence, used only together with a weekday, which
    /// pins the year down within a dozen years.
    static func weakYearHint(_ doc: Document, published: Day?) -> Int? {
        weakYear(doc, published: published)?.year
    }

    /// The latest year the text mentions (see ``weakYearHint(_:published:)``), and whether
    /// every mention of it follows "since": then it is only a floor ("her first visit since
    /// 2011" is years later), no year near which to look for the meeting's.
    static func weakYear(_ doc: Document, published: Day?) -> (year: Int, sinceOnly: Bool, floor: Day)? {
        // "the first since 2021": a year after "since" is past, and the story is not before it.
        let since = Tokenizer.hash("since")
        var best: (year: Int, sinceOnly: Bool, floor: Day)?
        for s in doc.sentences.indices {
            let toks = doc.tokens[s]
            for (i, t) in toks.enumerated() where t.numeric && t.end - t.start == 4 {
                guard let y = Int(doc.text(t.start..<t.end)), (1900...2100).contains(y) else { continue }
                if i > 0, futureCues.contains(toks[i - 1].hash), toks[i - 1].hash != since { continue }
                if DateResolver.namesEventAhead(toks, i) { continue }
                if DateResolver.afterTargetYearWords(toks, i) { continue }
                // ("2024 will mark 50 years of ties": a year still to come.)
                if i + 1 < toks.count, toks[i + 1].hash == DateResolver.willWord { continue }
                if let p = published, y > p.year { continue }
                // ("since the creation of the Organization of African Unity in 1963": "since" a few
                // words back in the same clause, the year the landmark's own "in".)
                let afterSince = i > 0 && (toks[i - 1].hash == since || toks[i - 1].hash == MeetingFinder.inWord && (max(0, i - 10)..<(i - 1)).contains { k in
                    toks[k].hash == since && !(k + 1...i).contains { doc.gap(s, before: $0, contains: UInt8(ascii: ",")) }
                })
                if let b = best, b.year > y { continue }
                // "addressed a rally in Ahmedabad in February 2020", told as past: the story is not
                // before that month. (Not a plan: "is due to visit in February 2020".)
                var floor = Day(year: y, month: 1, day: 1) ?? Day(ordinal: 0)
                if i > 0, let m = MonthNames.number(doc.text(toks[i - 1].start..<toks[i - 1].end)),
                   !(max(0, i - 6)..<(i - 1)).contains(where: { futureCues.contains(toks[$0].hash) }),
                   let d = Day(year: y, month: m, day: 1) {
                    floor = d
                }
                if let b = best, b.year == y {
                    best = (y, b.sinceOnly && afterSince, max(b.floor, floor))
                } else {
                    best = (y, afterSince, floor)
                }
            }
        }
        return best
    }

    /// The years of the coronavirus pandemic, when the text tells it as under way ("as visits
    /// remain on hold due to the COVID-19 pandemic", "the fight against the novel coronavirus"):
    /// among the years a weekday and the leaders' terms leave open, the one inside them is the
    /// meeting's. Not told as over or as a landmark ("since the COVID-19 pandemic", "after
    /// COVID", "post-pandemic", "during the pandemic" looking back); `nil` when the text does
    /// not name it so.
    static func pandemicYears(_ doc: Document) -> ClosedRange<Int>? {
        for s in doc.sentences.indices {
            let toks = doc.tokens[s]
            for (i, t) in toks.enumerated() where pandemicWords.contains(t.hash) {
                if (max(0, i - 4)..<i).contains(where: { pandemicOverCues.contains(toks[$0].hash) }) { continue }
                return pandemicEra
            }
        }
        return nil
    }
    /// The years the coronavirus pandemic was under way, as reports of meetings told it.
    static let pandemicEra = 2020...2022
    /// Names of the coronavirus pandemic.
    static let pandemicWords = Words.set(["coronavirus", "covid"])
    /// Words that tell the pandemic as past or as a landmark of time.
    static let pandemicOverCues = Words.set(["since", "after", "before", "post", "pre", "during", "until", "end", "ended", "last"])

    /// How many years of diplomatic relations the text counts at the time it tells: "the 25th
    /// anniversary of the establishment of diplomatic relations", "this year we celebrate 20
    /// years of diplomatic relations". Two reports of one pair that count differently tell
    /// meetings of different years. Not a count in a sentence of another time ("next year marks
    /// the 30th anniversary", "in 2019 they celebrated …": a year written out is read by
    /// ``yearHint(_:published:leadParagraph:)``); `nil` when the text gives none, or two.
    static func relationsAge(_ doc: Document) -> Int? {
        var found: Int?
        for s in doc.sentences.indices {
            let toks = doc.tokens[s]
            guard toks.contains(where: { relationsWords.contains($0.hash) }),
                  !toks.contains(where: { otherTimeCues.contains($0.hash) || ($0.numeric && $0.end - $0.start == 4) }) else { continue }
            for (i, t) in toks.enumerated() {
                var n: Int?
                if i + 1 < toks.count, toks[i + 1].hash == anniversary {
                    // "25th", "70th": digits and an ordinal ending.
                    let word = doc.text(t.start..<t.end).lowercased()
                    let digits = word.prefix { $0.isNumber }
                    if !digits.isEmpty, ["st", "nd", "rd", "th"].contains(String(word.dropFirst(digits.count))) { n = Int(digits) }
                } else if t.numeric, i + 2 < toks.count, yearsWords.contains(toks[i + 1].hash), toks[i + 2].hash == of || toks[i + 2].hash == sinceWord {
                    n = Int(doc.text(t.start..<t.end))
                }
                guard let n, (1...300).contains(n),
                      (i + 1..<min(toks.count, i + 10)).contains(where: { relationsWords.contains(toks[$0].hash) }) else { continue }
                if let f = found, f != n { return nil }
                found = n
            }
        }
        return found
    }
    /// Nouns of two countries' ties.
    static let relationsWords = Words.set(["relations", "ties"])
    /// Words that put a sentence in another year than the one told.
    static let otherTimeCues = Words.set(["next", "last", "previous", "ago", "will", "upcoming", "coming", "approaching", "ahead", "would"])

    /// The year a sentence counts to: "the first … to visit Iran in 41 years, since Takeo
    /// Fukuda in 1978" is 2019. A span of years ("in 41 years") and a year after "since"
    /// close together ("since a trip by Paolo Gentiloni in 2017": nine words after "since"); `nil` when the sentence has not both.
    static func yearsSince(_ doc: Document, _ s: Int) -> Int? {
        let toks = doc.tokens[s]
        guard toks.count >= 5 else { return nil }
        for i in 1..<(toks.count - 1) where toks[i].numeric && toks[i - 1].hash == inWord && yearsWords.contains(toks[i + 1].hash) {
            guard let n = Int(doc.text(toks[i].start..<toks[i].end)), (2...150).contains(n) else { continue }
            for k in max(0, i - 8)..<min(toks.count, i + 10) where toks[k].hash == sinceWord {
                guard let y = (k + 1..<min(toks.count, k + 10)).lazy.compactMap({ j -> Int? in
                    let t = toks[j]
                    guard t.numeric, t.end - t.start == 4, let v = Int(doc.text(t.start..<t.end)), (1800...2100).contains(v) else { return nil }
                    return v
                }).first else { continue }
                return y + n
            }
        }
        return nil
    }
    /// Whether the year at token `i` follows "for the year", "by the year", or "will" within
    /// six words (ten, when no other clause opens between): a target, or a time still to come.
    static func afterTargetYearWords(_ toks: [Token], _ i: Int) -> Bool {
        if i >= 3 && toks[i - 1].hash == yearWord && toks[i - 2].hash == the && futureCues.contains(toks[i - 3].hash) { return true }
        // "a meeting of the commission will be held in 2019", "production is expected to start in
        // 2026": a year in a clause of the future or of a plan.
        // ("Italy will take over the G7 presidency from Japan in 2024": the clause's "will" may
        // stand further back, up to a word that opens another clause.)
        // ("Modi noted that the two would mark 100 years of sporting ties in 2026": the future of
        // what was said.)
        var k = i - 1
        while k >= 0, i - k <= 10 {
            let h = toks[k].hash
            if h == willWord || h == shallWord || h == wouldWord || planWords.contains(h) { return true }
            if i - k > 6, clauseOpeners.contains(h) { return false }
            k -= 1
        }
        return false
    }
    /// Words that open a clause of their own: a "will" before them is not the year's.
    static let clauseOpeners = Words.set(["which", "who", "whose", "that", "when", "where", "since", "after", "last", "ago", "and", "but"])
    /// Words of a plan or forecast before a year ("expected to start in 2026", "scheduled for completion in 2027").
    static let planWords = Words.set(["expected", "scheduled", "slated", "planned"])
    static let shallWord = Tokenizer.hash("shall"), wouldWord = Tokenizer.hash("would")

    static let inWord = Tokenizer.hash("in"), sinceWord = Tokenizer.hash("since"), willWord = Tokenizer.hash("will")
    static let yearsWords = Words.set(["years", "year"])

    /// The year from `hint - before` to `hint + span` in which `md` falls on `weekday` (1 = Monday).
    static func year(of md: MonthDay, onWeekday weekday: Int, near hint: Int, lag: Int = 0, span: Int = 1, before: Int = 1) -> Int? {
        (hint - before...hint + span).first { y in
            Day(year: y, month: md.month, day: md.day).map { ($0.weekday - weekday + 7) % 7 == lag } ?? false
        }
    }

    static func yearHint(_ doc: Document, published: Day?, leadParagraph: Int = 0) -> Int? {
        // Read once: a static read inside the token loops costs a lazy-initialisation check each time.
        let anniversary = DateResolver.anniversary, yearWord = DateResolver.yearWord, futureCues = DateResolver.futureCues
        var best: Int?
        func consider(_ y: Int) {
            if let p = published, y > p.year { return }
            // No report is dated after the year after this one.
            if y > DateResolver.latestYear { return }
            best = max(best ?? y, y)
        }
        for s in doc.sentences.indices {
            let toks = doc.tokens[s]
            if let a = toks.firstIndex(where: { $0.hash == anniversary }), a > 0,
               let n = Int(doc.text(toks[a - 1].start..<toks[a - 1].end).filter(\.isNumber)), n > 0, n < 500,
               let (k, y) = toks.indices.lazy.compactMap({ k -> (Int, Int)? in
                   let t = toks[k]
                   guard t.numeric, t.end - t.start == 4, let v = Int(doc.text(t.start..<t.end)), (1800...2100).contains(v) else { return nil }
                   return (k, v)
               }).first {
                // "the year 2019 marks the 70th anniversary": the year of the anniversary itself,
                // not the one it counts from.
                let marks = (k + 1..<min(toks.count, k + 3)).contains { DateResolver.markWords.contains(toks[$0].hash) }
                    || (k > 0 && toks[k - 1].hash == yearWord)
                consider(marks ? y : y + n)
            }
            if let y = DateResolver.yearsSince(doc, s) { consider(y) }
            for (i, t) in toks.enumerated() where t.numeric && t.end - t.start == 4 {
                guard let y = Int(doc.text(t.start..<t.end)), (1900...2100).contains(y) else { continue }
                if i > 0, futureCues.contains(toks[i - 1].hash) { continue }
                if DateResolver.namesEventAhead(toks, i) { continue }
                if DateResolver.afterTargetYearWords(toks, i) { continue }
                if i + 1 < toks.count, toks[i + 1].hash == DateResolver.willWord { continue }
                let namedYear = (max(0, i - 8)..<i).contains { toks[$0].hash == yearWord && toks[$0].capitalized }
                    || (i + 1 < toks.count && toks[i + 1].hash == yearWord && toks[i + 1].capitalized)
                // A year in the lead paragraph counts unless a clause of history carries it ("who
                // has not left China since a visit to Myanmar in January 2020").
                let inLead = doc.sentences[s].paragraph == leadParagraph
                    && !(max(0, i - 8)..<i).contains { DateResolver.historyCues.contains(toks[$0].hash) }
                if namedYear || inLead { consider(y) }
            }
        }
        return best
    }

    /// Rules of a date whose month and day the text itself gives ("on the 19th", "September 19"),
    /// only the year or month inferred.
    static let yearFromPublicationRule = "year from the publication date"
    static let yearFromTextRule = "year from the years the text mentions"
    static let dayWithWeekdayRule = "day of the month with its weekday, in the month around publication"
    static let dayOfMonthRule = "day of the month, in the month of publication or the one before"
    static let recentWeekdayRule = "the most recent such weekday on or before publication"

    /// Whether the text itself gives the date's day (stated in full, or a month and day, or a
    /// day of the month), rather than a weekday, a relative day or a publication date standing in.
    static func givesItsOwnDay(_ date: MeetingDate) -> Bool {
        date.certainty == .stated || date.rule == yearFromPublicationRule || date.rule.hasPrefix(yearFromTextRule)
            || date.rule == dayWithWeekdayRule || date.rule == dayOfMonthRule
    }

    /// Resolves a mention to a meeting date.
    static func resolve(_ m: DateMention, phrase: String, published: Day?, yearHint: Int?, weakHint: Int? = nil) -> MeetingDate {
        switch m.value {
        case .full(let d):
            return MeetingDate(day: d, certainty: .stated, phrase: phrase, rule: "explicit date", partOfDay: m.partOfDay)
        case .monthDay(let md):
            if let p = published {
                for y in [p.year, p.year - 1] {
                    if let d = Day(year: y, month: md.month, day: md.day), d <= p.adding(days: 1) {
                        return MeetingDate(day: d, certainty: .inferred, phrase: phrase, rule: DateResolver.yearFromPublicationRule, partOfDay: m.partOfDay)
                    }
                }
            }
            if let w = m.weekday, let hint = yearHint ?? weakHint, let y = year(of: md, onWeekday: w, near: hint),
               let d = Day(year: y, month: md.month, day: md.day) {
                // The year rests on weak evidence: keep the month and day for the merger to rely on.
                return MeetingDate(day: d, certainty: .inferred, phrase: phrase, rule: "the year in which the month and day fall on the weekday given",
                                   partOfDay: m.partOfDay, monthDay: yearHint == nil ? md : nil)
            }
            if let y = yearHint, let d = Day(year: y, month: md.month, day: md.day) {
                return MeetingDate(day: d, certainty: .inferred, phrase: phrase, rule: "\(DateResolver.yearFromTextRule) (\(y))", partOfDay: m.partOfDay)
            }
            return MeetingDate(day: nil, certainty: .inferred, phrase: phrase, rule: "month and day given, year unknown", partOfDay: m.partOfDay,
                               monthDay: md, weekday: m.weekday)
        case .weekday(let w):
            guard let p = published else {
                // A weekday told in another place's time says nothing sure of the local day.
                return MeetingDate(day: nil, certainty: .approximate, phrase: phrase,
                                   rule: m.zoned ? "weekday in another time zone, without a publication date" : "weekday without a publication date",
                                   partOfDay: m.partOfDay, weekday: m.zoned && !m.localTime ? nil : w)
            }
            // ("Last Saturday, in the golden salons of the palace, …", in a paper of a Saturday:
            // the Saturday before.)
            let back = m.past && p.weekday == w ? 7 : (p.weekday - w + 7) % 7
            if m.zoned && !m.localTime {
                // "talks Thursday (Beijing time)" on a page posted on Wednesday, US time: the
                // weekday told in a zone ahead of the publisher's is the day after publication.
                if back == 6 {
                    return MeetingDate(day: p.adding(days: 1), certainty: .inferred, phrase: phrase,
                                       rule: "the day after publication, told in the time of a zone ahead", partOfDay: m.partOfDay)
                }
                // "late Wednesday night, Washington time": where the leaders met it may already
                // have been the next day, so the day after only bounds the meeting.
                return MeetingDate(day: p.adding(days: 1 - back), certainty: .approximate, phrase: phrase,
                                   rule: zonedWeekdayRule, partOfDay: m.partOfDay)
            }
            return MeetingDate(day: p.adding(days: -back), certainty: .inferred, phrase: phrase,
                               rule: recentWeekdayRule, partOfDay: m.partOfDay)
        case .relative(let offset):
            guard let p = published else {
                return MeetingDate(day: nil, certainty: .approximate, phrase: phrase, rule: "relative day without a publication date", partOfDay: m.partOfDay)
            }
            if m.zoned {
                // Told by the clock of the outlet's zone: where the leaders met it may still be
                // the day before, so the day only bounds the meeting.
                return MeetingDate(day: p.adding(days: offset), certainty: .approximate, phrase: phrase,
                                   rule: "relative to the publication day, told in a named time zone", partOfDay: m.partOfDay)
            }
            return MeetingDate(day: p.adding(days: offset), certainty: .inferred, phrase: phrase,
                               rule: offset == 0 ? "the publication day" : "the day before publication", partOfDay: m.partOfDay)
        case .dayOfMonth(let d):
            // The last such day on or before publication: this month's, else last month's.
            guard let p = published else {
                // ("this Tuesday (8)": the weekday stays, for the merger to match.)
                var date = MeetingDate(day: nil, certainty: .approximate, phrase: phrase, rule: "day of the month without a publication date", partOfDay: m.partOfDay)
                date.weekday = m.weekday
                date.dayOfMonth = d
                return date
            }
            // With its weekday ("Wednesday (27)"): the month around publication in which the day
            // falls on it, which may be a day still to come.
            if let w = m.weekday {
                let near = [0, -1, 1].compactMap { shift -> Day? in
                    let (y, mo) = p.month + shift < 1 ? (p.year - 1, 12) : p.month + shift > 12 ? (p.year + 1, 1) : (p.year, p.month + shift)
                    guard let day = Day(year: y, month: mo, day: d), day.weekday == w else { return nil }
                    return day
                }
                if let day = near.first {
                    return MeetingDate(day: day, certainty: .inferred, phrase: phrase, rule: DateResolver.dayWithWeekdayRule,
                                       partOfDay: m.partOfDay)
                }
            }
            let month = d <= p.day ? (p.year, p.month) : (p.month == 1 ? (p.year - 1, 12) : (p.year, p.month - 1))
            guard let day = Day(year: month.0, month: month.1, day: d) else {
                return MeetingDate(day: nil, certainty: .approximate, phrase: phrase, rule: "day of the month that the month before publication lacks", partOfDay: m.partOfDay)
            }
            return MeetingDate(day: day, certainty: .inferred, phrase: phrase, rule: DateResolver.dayOfMonthRule, partOfDay: m.partOfDay)
        }
    }
}
