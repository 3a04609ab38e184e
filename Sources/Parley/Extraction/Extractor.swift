import Foundation

/// Turns a cleaned report into a ``MeetingRecord``: who met, when, where, what
/// kind of meeting on what occasion, the secondary events, orientations and
/// agreements, each with the sentence it comes from.
public struct Extractor: Sendable {
    /// The gazetteer, places and word lists.
    public var context: ExtractionContext

    /// Creates an extractor.
    public init(context: ExtractionContext = .bundled) {
        self.context = context
    }

    /// Extracts the report's principal meeting and what it says of it.
    public func extract(_ report: Report) -> MeetingRecord {
        let doc = Document(report)
        let people = People(doc, gazetteer: context.gazetteer, context: context)
        let finder = MeetingFinder(doc: doc, people: people, context: context)
        let resolve: (People.Subject?) -> PersonRef? = { subject in
            if case .person(let p) = subject { return people.cast[p].ref }
            return nil
        }
        let leadIndex = finder.leadSentence()
        let yearHint = DateResolver.yearHint(doc, published: report.published,
                                             leadParagraph: leadIndex.map { doc.sentences[$0].paragraph } ?? 0)
        var published = report.published
        var publishedRule = "publication date"
        let weak = DateResolver.weakYear(doc, published: report.published)
        // The latest year mentioned: a floor for the meeting's year, and, unless only told
        // after "since", a year near which to look for it.
        let weakHint = weak?.year
        let weakNear = weak?.sinceOnly == false ? weakHint : nil
        // The first day of the latest month and year the text tells as past ("in February 2020").
        let weakFloor = weak?.floor
        var weakPublished = false
        // The years of the pandemic, when the text tells it as under way: they settle a weekday
        // that fits several years of the leaders' terms.
        let era = DateResolver.pandemicYears(doc)
        // The dateline day in another year that the lead's weekday fits as well (the day after
        // it, or the same day): the merger may prefer it (see `MeetingDate.otherDay`).
        var otherPublished: Day?
        if published == nil, let d = headDate(doc, lead: leadIndex) {
            published = d
            publishedRule = "date line at the head of the page"
        }
        // "BUENOS AIRES DAILY | Miércoles 15 de octubre": a masthead's weekday, month and day,
        // in the one year they fall together while everyone the lead names held office.
        if published == nil, let lead = leadIndex, let (md, w) = Extractor.headWeekdayDay(doc, lead: lead),
           case let leaders = leadLeaders(people, finder: finder, lead: lead), leaders.count >= 2,
           case let years = officeYears(md, weekday: w, lag: 0, leaders: leaders, principal: true), years.count == 1,
           let d = Day(year: years[0], month: md.month, day: md.day) {
            published = d
            publishedRule = "weekday, month and day at the head of the page, in the only year they fit while everyone named held office"
        }
        // "EU-Central Asia summit, Samarkand, Uzbekistan, 4 April 2025": a release's headline
        // that gives a full date, when nothing else dates the page.
        if published == nil, let d = Extractor.titleDate(report) {
            published = d
            publishedRule = "full date in the headline"
        }
        // "Warsaw, 4 September (PAP) - X's meeting with Y in the White House on Wednesday confirmed
        // …, Z said on Thursday": a wire files the day of the statement it tells.
        if published == nil, yearHint == nil, let lead = leadIndex, let d = statementDatelineDay(doc, report, lead: lead, people: people, finder: finder) {
            published = d
            publishedRule = "dateline day, on the weekday of the statement it files, in the only year that fits while everyone named held office"
        }
        // A wire filed where the leaders met ("KINSHASA, March 4 (Agency) — … on Saturday"), its
        // weekday not late in the day: the dateline day is that weekday, in the one year since the
        // latest the text mentions in which it falls so while everyone the lead names held office.
        // (Before the year a passing mention suggests: "since late 2021" is only a floor.)
        if published == nil, yearHint == nil, let md = report.datelineMonthDay, let lead = leadIndex, let w = openingWeekday(doc),
           datelineAtMeeting(report, finder: finder, lead: lead), !lateInDay(doc) {
            let leaders = leadLeaders(people, finder: finder, lead: lead)
            if let only = onlySameDayYear(md, weekday: w, leaders: leaders, floor: weakHint, floorDay: weakFloor, era: era,
                                          others: titledOthers(people, finder: finder, lead: lead)) {
                published = Day(year: only, month: md.month, day: md.day)
                publishedRule = Extractor.sameDayRule
                otherPublished = dayAfterReading(md, weekday: w, leaders: leaders, floor: weakHint, besides: only)
            }
        }
        if published == nil, let md = report.datelineMonthDay, let y = yearHint ?? weakNear {
            // A weekday in the lead fixes the year: the dateline day falls on it or the day after.
            let weekday = openingWeekday(doc)
            // A year the text mentions is the meeting's only if everyone the lead names held
            // office then ("a relationship that collapsed in 2019", in a report of talks in 2022).
            let named = leadIndex.map { leadLeaders(people, finder: finder, lead: $0) } ?? []
            let inOffice = { (d: Day) in !named.contains { $0.heldOffice(on: d) == false } }
            // The dateline day is the weekday itself, else the day after it.
            // A year the text merely mentions is history: the meeting is not before it.
            let before = yearHint == nil ? 0 : 1
            // A year the text states ("the year 2019 marks …") in which the weekday falls up to
            // three days before the dateline day: a wire files a day or two after the talks.
            if let hint = yearHint, let w = weekday, let d = Day(year: hint, month: md.month, day: md.day), (d.weekday - w + 7) % 7 <= 3, inOffice(d) {
                published = d
                publishedRule = "dateline day with the year the text mentions, its weekday just before"
            } else if let w = weekday, let d = [DateResolver.year(of: md, onWeekday: w, near: y, before: before),
                                                DateResolver.year(of: md, onWeekday: w, near: y, lag: 1, before: before)]
                .lazy.compactMap({ $0.flatMap { Day(year: $0, month: md.month, day: md.day) } })
                .first(where: { d in weakFloor.map { d >= $0 } ?? true }) {
                published = d
                publishedRule = "dateline day, in the year its weekday matches"
                weakPublished = yearHint == nil
                // The year must also fit the offices of the people the lead names.
                let leaders = leadIndex.map { leadLeaders(people, finder: finder, lead: $0) } ?? []
                // ("Prague, 7 October (Agency) – … met late on Thursday", the latest year mentioned
                // 2020: the day after the weekday, in the one year the offices allow, over the same
                // day near that year.)
                let late = leadIndex.map { filedNextDay(doc, $0) } ?? false
                if late, yearHint == nil, d.weekday == w, leaders.count >= 2,
                   let reading = officeYearReading(md, weekday: w, leaders: leaders, late: true), reading.dayAfter, reading.year >= y,
                   let after = Day(year: reading.year, month: md.month, day: md.day) {
                    published = after
                    otherPublished = reading.other.flatMap { Day(year: $0, month: md.month, day: md.day) }
                    publishedRule = "dateline day, the day after a weekday told late in its day, in the only year that fits while everyone named held office"
                } else if leaders.contains(where: { $0.heldOffice(on: d) == false }) {
                    if let reading = officeYearReading(md, weekday: w, leaders: leaders, late: late) {
                        published = Day(year: reading.year, month: md.month, day: md.day)
                        otherPublished = reading.other.flatMap { Day(year: $0, month: md.month, day: md.day) }
                        publishedRule = reading.dayAfter
                            ? Extractor.dayAfterWeekdayRule
                            : "dateline day, in the only year its weekday matches while everyone named held office"
                    } else {
                        published = nil
                        otherPublished = nil
                    }
                }
            } else if yearHint != nil, let d = Day(year: y, month: md.month, day: md.day), inOffice(d) {
                published = d
                publishedRule = "dateline day with the year the text mentions"
            }
        }
        if published == nil, let md = report.datelineMonthDay, let lead = leadIndex, let w = openingWeekday(doc) {
            // No year anywhere: the dateline day and the lead's weekday fix it when only one
            // year fits the offices of the leaders the lead names.
            let leaders = leadLeaders(people, finder: finder, lead: lead)
            // (Read once, and only when a reading below needs them.)
            lazy var others = titledOthers(people, finder: finder, lead: lead)
            // A dateline may be written days after the meeting: every year in which the
            // weekday falls up to three days before the dateline day counts, and only one may fit.
            // The meeting is not before the latest year the text mentions (history told as background).
            let floor = weakHint ?? Int.min
            let years = Set((0...3).flatMap { officeYears(md, weekday: w, lag: $0, leaders: leaders, principal: true) }).filter { $0 >= floor }
            if leaders.count >= 2, years.count == 1, let only = years.first {
                published = Day(year: only, month: md.month, day: md.day)
                publishedRule = "dateline day, in the only year its weekday matches while everyone named held office"
            } else if let only = onlySameDayYear(md, weekday: w, leaders: leaders, floor: weakHint, floorDay: weakFloor, era: era, others: others),
                      weakHint != nil || (Extractor.filedDateline(report)
                        && (openingWeekdayMention(doc)?.local == true || weekdayHere(doc, lead) || !lateInDay(doc))) {
                // (A wire files the day it tells, unless the weekday is late in its day: "late
                // Sunday" is most often filed under Monday's dateline. A weekday told in the local
                // time of the place the report is filed from, or "here on Monday", is that day.)
                // A wire's dateline is the day it files: the one year, from the latest the text
                // mentions on, in which the dateline day is the weekday the lead gives.
                published = Day(year: only, month: md.month, day: md.day)
                publishedRule = Extractor.sameDayRule
                otherPublished = dayAfterReading(md, weekday: w, leaders: leaders, floor: weakHint, besides: only)
                // "… on Tuesday night": filed under the next day's dateline, when one year fits that.
                if filedNextDay(doc, lead), let after = otherPublished {
                    otherPublished = published
                    published = after
                    publishedRule = "dateline day, the day after a weekday told late in its day, in the only year that fits while everyone named held office"
                }
            } else if Extractor.filedDateline(report), !filedNextDay(doc, lead) || !lateInDay(doc, countingEvening: false),
                      let after = dayAfterReading(md, weekday: w, leaders: leaders, floor: weakHint, besides: Int.min),
                      others.count >= 2, others.allSatisfy({ $0.heldOffice(on: after) == true }),
                      officeYears(md, weekday: w, lag: 0, leaders: leaders, principal: true).contains(where: { y in
                          Day(year: y, month: md.month, day: md.day).map { Extractor.titledOutOfOffice(others, on: $0) } ?? false
                      }) {
                // The same-day reading's year is one in which the others the text titles did not
                // hold their offices, and the day-after reading's fits them all: a wire filed the
                // day after the weekday it tells.
                published = after
                publishedRule = Extractor.dayAfterWeekdayRule
            } else if Extractor.filedDateline(report), filedNextDay(doc, lead), lateInDay(doc, countingEvening: false),
                      let after = dayAfterReading(md, weekday: w, leaders: leaders, floor: weakHint, besides: Int.min) {
                // "JOHANNESBURG, July 27 (Agency) — … met late on Thursday": the weekday is late in
                // its day, so the dateline is the day after it, in the one year that fits that
                // (though the same-day reading fits several). (Not "on Friday evening": a paper
                // in the meeting's city files that the same day.)
                published = after
                publishedRule = "dateline day, the day after a weekday told late in its day, in the only year that fits while everyone named held office"
            }
        }

        // A year read from the text's hints or the leaders' terms that puts the page in the
        // future is no reading at all (the other years it might be stay open).
        if report.published == nil, let p = published, p > DateResolver.latestDay {
            published = nil
            otherPublished = nil
        }

        guard let lead = leadIndex else {
            // No sentence tells the meeting, but the report may still tell what was agreed and proposed:
            // its frameworks and outcomes are read, credited to the people it names.
            let orientations = OrientationFinder(doc: doc, people: people, resolve: resolve).find()
            let agreements = AgreementFinder(doc: doc, people: people, context: context, resolve: resolve, participants: [],
                                             referenceYear: published?.year).find()
            var record = MeetingRecord(report: report.id, participants: titlePeople(report, on: published), date: approximateDate(published, rule: publishedRule),
                                       place: report.datelinePlace, placeRule: report.datelinePlace == nil ? nil : "dateline", kind: "meeting",
                                       occasion: nil, events: [], orientations: orientations, agreements: agreements, evidence: nil,
                                       emphasis: emphasis(doc, people, participants: []))
            record.fingerprint = fingerprint(doc, agreements: agreements, orientations: orientations)
            return record
        }

        // Date: the first day-level expression in the lead, else in the rest of its paragraph.
        var date: MeetingDate?
        // The lead, the rest of its paragraph, then the next sentences that tell the
        // meeting (a predicate or a participant) and are not background.
        var searched = [lead]
        let leadNamed = Set(finder.leadPeople(lead))
        var k = lead + 1
        while k < doc.sentences.count, searched.count < 5, k - lead <= 6 {
            let sameParagraph = doc.sentences[k].paragraph == doc.sentences[lead].paragraph
            let toks = doc.tokens[k]
            let cut = finder.backgroundCut(k)
            let tellsMeeting = toks[..<cut].contains { MeetingFinder.strongPredicates.contains($0.hash) || $0.hash == H.hosted }
                || people.mentions[k].contains { $0.token < cut }
                // "The two presidents spoke for about a quarter of an hour yesterday": the pair, as its subject.
                || (toks.count > 3 && toks[0].hash == People.the && MeetingFinder.namesPair(Array(toks.prefix(4))))
                // "The talk took place on the evening of July 7": a sentence about the meeting itself.
                // ("The event took place in the ancient city of Xian", "The banquet was held at …".)
                || (toks.count > 2 && Extractor.meetingSubjectDeterminers.contains(toks[0].hash)
                    && (MeetingFinder.meetingWords.contains(toks[1].hash) || toks[1].hash == MeetingFinder.eventWord || MeetingFinder.eventIndex[toks[1].hash] != nil))
            // A sentence that names a year of its own ("… met in Vladivostok in 2019", a
            // caption of an earlier meeting) tells another time, unless it gives a full date.
            let mentions = DateResolver.mentions(doc, k)
            let otherYear = finder.inBareYear(k, before: cut) || finder.toldInPastPerfect(k, before: mentions.first?.token ?? Int.max)
                || mentions.contains { $0.tokenEnd <= cut && Extractor.farFrom(published ?? report.published, $0) }
            // "On Friday, the delegation met President Zelensky in Kyiv", below a lead that names
            // both sides: a meeting with someone else, and its day, are another event's.
            // (Or one of them with someone else: "On Wednesday, the Indian leader met Chancellor Scholz
            // in Berlin"; not "The two met on Wednesday in the Chinese capital, where X – one of
            // Putin's closest allies – arrived": the other is named right after the verb.)
            var withOthers = false
            if leadNamed.count >= 2, let verb = toks[..<cut].firstIndex(where: { MeetingFinder.strongPredicates.contains($0.hash) }) {
                let named = Set(people.mentions[k].filter { $0.token < cut }.map(\.person))
                withOthers = named.intersection(leadNamed).count <= 1 && !MeetingFinder.namesPair(Array(toks.prefix(verb)))
                    && people.mentions[k].contains { m in !leadNamed.contains(m.person) && m.token > verb && m.token - verb <= 6 }
            }
            // ("It is to be recalled that in his speech on Martyrs Day, 20 June 2018, …": what an
            // agency recalls is background, with its own days.)
            if (sameParagraph || (tellsMeeting && cut > 2)) && !otherYear && !withOthers && !Extractor.opensWithRecall(toks) { searched.append(k) }
            k += 1
        }
        // The sentence that opens the story right above a lead told without a day ("Macron
        // took his tour to Ghana on Thursday, where Akufo-Addo told him …", then "Speaking
        // after their talks, …"), when it names someone the lead names: before the later ones.
        if lead > 0 {
            let b = lead - 1
            let leadPeople = Set(people.people(in: lead))
            if doc.sentences[b].paragraph >= doc.sentences[lead].paragraph - 1, people.people(in: b).contains(where: leadPeople.contains),
               !finder.toldInPastPerfect(b), !finder.inBareYear(b, before: finder.backgroundCut(b)) {
                let rest = searched.firstIndex { doc.sentences[$0].paragraph != doc.sentences[lead].paragraph } ?? searched.count
                searched.insert(b, at: rest)
            }
        }
        // Right after the lead, the story's opening sentences above a lead found further down
        // ("MOSCOW (AP) — Russia and China showcased … on Tuesday", then the sentence naming both
        // leaders), before the sentences after the lead: a news story gives its day in its first
        // sentence ("… in Abuja on Thursday", over "toured a solar plant … on Tuesday" below).
        // Only with no publication date, which would otherwise bound the day, or when the lead
        // gives no day and the sentence above names someone of it ("Fernández closed the Chinese
        // leg of his tour on Sunday by signing …", then "The meeting with President Xi took place
        // at the Great Hall").
        let leadPeople = Set(finder.leadPeople(lead))
        let leadUndated = DateResolver.mentions(doc, lead).isEmpty
        let opening = (max(0, lead - 4)..<max(0, lead)).filter { b in
            (published == nil || leadUndated && people.mentions[b].contains { leadPeople.contains($0.person) })
                && !finder.inBareYear(b, before: finder.backgroundCut(b)) && doc.tokens[b].count >= 4
        }
        // "Scholz said on Sunday …", then "Scholz made the remarks at a joint news conference with
        // Boric": the day of remarks the lead places at the meeting is the meeting's.
        let remarksAtMeeting = leadUndated && doc.tokens[lead].contains { Extractor.remarkNouns.contains($0.hash) }
            && doc.tokens[lead].contains { MeetingFinder.meetingWords.contains($0.hash) || $0.hash == H.conference }
        searched.removeAll { opening.contains($0) }
        searched.insert(contentsOf: opening, at: min(1, searched.count))
        /// The meeting date a mention of sentence `s` gives.
        // The page's month and day with no year: its dateline's, or a line above the story that
        // gives only them ("December 22", over a release).
        let head = published == nil && report.datelineMonthDay == nil ? Extractor.headMonthDay(doc, lead: lead) : nil
        let pageMonthDay: (MonthDay, String)? = report.datelineMonthDay.map { ($0, "dateline day") }
            ?? head.map { ($0.day, "month and day at the head of the page") }
        // The day a story was filed on: a wire's dateline, or a page's stamp with its clock
        // ("Nov. 16  20:31 JST").
        let filedOn = Extractor.filedDateline(report) ? report.datelineMonthDay : head.flatMap { $0.clocked ? $0.day : nil }
        func resolveDay(_ s: Int, _ m: DateMention) -> MeetingDate? {
            let phrase = doc.span(s, m.token, m.tokenEnd)
            var date: MeetingDate? = DateResolver.resolve(m, phrase: phrase, published: published, yearHint: yearHint, weakHint: weakNear)
            // No year anywhere, but a dateline day, or a month and day on a line of its own at
            // the head of the page: "yesterday" is the day before it.
            if date?.day == nil, date?.monthDay == nil, case .relative(let offset) = m.value, let (md, from) = pageMonthDay,
               let anchor = Day(year: 2024, month: md.month, day: md.day) {
                let d = anchor.adding(days: offset)
                date?.monthDay = MonthDay(month: d.month, day: d.day)
                date?.certainty = .inferred
                date?.rule = "relative to the \(from); year unknown"
            }
            // "BEIJING, May 16 (Agency) -- … held talks … on Thursday", with no year anywhere and
            // several years fitting: a wire files the day it tells, so the dateline's month and
            // day are the weekday's, when that weekday is not late in its day and the day falls on
            // it in some year in which the leaders the lead names all led.
            if date?.day == nil, date?.monthDay == nil, case .weekday(let w) = m.value, !m.zoned || m.localTime,
               let md = filedOn, openingWeekday(doc) == w,
               m.localTime || weekdayHere(doc, lead) || !lateInDay(doc) {
                let leaders = leadLeaders(people, finder: finder, lead: lead)
                if !leaders.isEmpty, !officeYears(md, weekday: w, lag: 0, leaders: leaders, principal: true).isEmpty {
                    date?.monthDay = md
                    date?.certainty = .inferred
                    date?.rule = "the dateline's month and day, on the lead's weekday; year unknown"
                }
            }
            // "Published March 6, 2024 11:48 PM EST", then talks "on Thursday": a page stamped in a
            // zone behind the meeting's (the Americas) tells a weekday that is already the day after
            // its stamp where they met, not one six days before.
            if case .weekday(let w) = m.value, !m.zoned, let p = published, (w - p.weekday + 7) % 7 == 1,
               date?.rule == DateResolver.recentWeekdayRule, Extractor.stampedBehind(doc, before: lead) {
                date?.day = p.adding(days: 1)
                date?.rule = "the day after a page stamp told in a time zone behind the meeting's: \u{201C}\(phrase)\u{201D}"
            }
            if date?.partOfDay == nil {
                // (Not the lead's when its day is a departure: "left Berlin on Tuesday morning", for talks
                // told below "on Monday", gives the talks no morning.)
                let departed = DateResolver.mentions(doc, lead).contains { Extractor.datesDeparture(doc.tokens[lead], $0) }
                // (Nor a part of the day someone is quoted saying: "even though it was a Friday evening".)
                let from = s == lead || !departed ? lead : s
                let quoted = doc.quoted(from)
                for (k, t) in doc.tokens[from].enumerated() where !(quoted.indices.contains(k) && quoted[k]) {
                    if let p = DateResolver.parts[t.hash] { date?.partOfDay = DateResolver.partNames[p]; break }
                }
            }
            return date
        }
        // A lead whose only day dates a statement ("The Ministry on Monday stressed that the
        // statement issued after the meeting …") gives it only if no later sentence gives the meeting's.
        var statementDay: (Int, DateMention)?
        // Below the lead, a full date before any office of someone the lead names is history:
        // "34 years after the historic visit of Pope John Paul II on August 19, 1985".
        let firstOffices = leadLeaders(people, finder: finder, lead: lead).compactMap { l in l.offices.compactMap(\.from).min() }
        var visitSpan: (Int, DateMention)?
        for s in searched {
            // Outside the lead, only what comes before a background clause ("… since 2022") counts.
            let cut = s == lead ? Int.max : finder.backgroundCut(s)
            // A day that dates a statement or a briefing ("according to a statement on Tuesday",
            // "the Kremlin said on Tuesday") is when it was said, not when the leaders met: the
            // lead's other days come first, and outside the lead it does not count.
            // (In the lead too, a day in a clause opened by "since" is history: "their second call
            // since Russia sent its troops into Ukraine on Feb. 24".)
            // ("Singapore and Malaysia will work together … under three agreements inked on Monday
            // (Jan 30) during …": past the "will", a day that dates what was signed or held.)
            let toks = doc.tokens[s]
            func datesDeed(_ m: DateMention) -> Bool {
                m.token >= 2 && toks[m.token - 1].hash == DateResolver.on
                    && (Extractor.agreementParticiples.contains(toks[m.token - 2].hash) || toks[m.token - 2].hash == H.held)
            }
            var all = DateResolver.mentions(doc, s).filter { m in
                (m.tokenEnd <= cut || s != lead && cut < toks.count && MeetingFinder.isFutureCue(toks, cut) && datesDeed(m))
                    && !(s == lead && (max(0, m.token - 8)..<m.token).contains { k in
                    doc.tokens[s][k].hash == Extractor.since && finder.sameClause(s, doc.tokens[s], k, m.token)
                })
            }
            // "a peace plan under which fighting is meant to stop on March 7", in a report of March 4:
            // a month and day just after publication is still to come, not last year's.
            all.removeAll { Extractor.soonAfter(published, $0) }
            // "liberated from occupation on 8 November last year": a month and day of an earlier year.
            all.removeAll { Extractor.inAnEarlierYear(doc.tokens[s], $0) }
            if s != lead, let start = firstOffices.max() {
                all.removeAll { m in if case .full(let d) = m.value { return d < start } else { return false } }
            }
            // ("The alliance is even stronger today," Nawrocki said; "There is a before and after
            // February 24," Andersson said: a day quoted below the lead is the speaker's, and often
            // another event's or no day at all.)
            if s != lead, !all.isEmpty {
                let quoted = doc.quoted(s)
                all.removeAll { m in quoted.indices.contains(m.token) && quoted[m.token] }
            }
            // ("'In the middle of a hurricane, even though it was a Friday evening, …,' Trump told
            // reporters at a joint news conference with …": in the lead too, a weekday or relative day
            // quoted in a sentence told partly outside the quote is the speaker's.)
            if s == lead, !all.isEmpty {
                let quoted = doc.quoted(s)
                if quoted.contains(false) {
                    all.removeAll { m in
                        switch m.value {
                        case .weekday, .relative: return quoted.indices.contains(m.token) && quoted[m.token]
                        default: return false
                        }
                    }
                }
            }
            // "agreed on a ceasefire starting at 00:01 on March 6 … following their talks on
            // Thursday": a day something takes effect is not the meeting's when another is given.
            let effects = all.filter { Extractor.datesEffect(doc.tokens[s], $0) }
            if !effects.isEmpty, effects.count < all.count {
                all.removeAll { Extractor.datesEffect(doc.tokens[s], $0) }
            }
            // "declared that today was agreed the Annex of the Basic Agreement reached in Brussels
            // on 27 February": the day an earlier agreement was reached, beside the story's own.
            let agreed = all.filter { Extractor.datesEarlierAgreement(doc.tokens[s], $0) }
            if !agreed.isEmpty, agreed.count < all.count {
                all.removeAll { Extractor.datesEarlierAgreement(doc.tokens[s], $0) }
            }
            // Outside the lead, a day tied to another event or a plan ("faces an election on
            // May 29", "is due to fly home on Wednesday") is not the meeting's either.
            // Nor is the day of the guest's arrival told after the lead ("Wong arrived in Kuala
            // Lumpur yesterday evening"), or one in a clause about someone ("Orbán, whose
            // country took over the presidency on Monday, …").
            // ("concluded on Thursday a two-day state visit, during which he held talks with …":
            // the day a visit ended, like a statement's, gives way to a day of the talks.)
            let ofMeetingOrWelcome = all.filter { !(DateResolver.datesStatement(doc.tokens[s], $0) && !Extractor.saidAtMeeting(doc.tokens[s], $0)
                                                     && !(remarksAtMeeting && opening.contains(s)))
                && !(s == lead && (Extractor.datesVisitEnd(doc.tokens[s], $0) || Extractor.datesDeparture(doc.tokens[s], $0)
                                   || Extractor.datesIncludedPart(doc.tokens[s], $0)))
                && (s == lead || !DateResolver.datesOtherEvent(doc.tokens[s], $0) && !Extractor.farFrom(published, $0)
                    && !Extractor.monthDayFarBefore(report.published, $0)
                    && !Extractor.afterPublication(published, $0)
                    && !Extractor.datesOnwardLeg(doc.tokens[s], $0)
                    && !Extractor.inAfterClause(doc, s, $0)
                    && !(s > lead && (Extractor.tellsArrival(doc, s) && !Extractor.datesMeetingBeforeArrival(doc.tokens[s], $0)
                                      || Extractor.tellsMeal(doc, s) && !Extractor.tellsMeal(doc, lead)))
                    && !(Extractor.inRelativeClause(doc, s, $0) && !Extractor.relativeClauseTellsMeeting(doc, s, $0))) }
            // "Netanyahu, who greeted Modi at the airport on Tuesday, … came out of their meeting":
            // the day of a welcome told in a relative clause of the lead is not the meeting's.
            func welcome(_ m: DateMention) -> Bool {
                s == lead && Extractor.inRelativeClause(doc, s, m)
                    && (max(0, m.token - 6)..<m.token).contains { Extractor.arrivalWords.contains(doc.tokens[s][$0].hash) || Extractor.arrivalVerbs.contains(doc.tokens[s][$0].hash) }
            }
            // "paid a State Visit to India from 5 to 8 September 2022": the days of a visit bound
            // the talks; a day a later sentence gives ("held talks … on 6 September") is theirs.
            // "Issoufou received his counterpart at the air base, where the cemetery holds the
            // soldiers who died when militants stormed their camp on December 10": in the lead, a
            // day told in a relative clause with no word of the meeting near it is another event's,
            // kept only for want of any other.
            func otherInClause(_ m: DateMention) -> Bool {
                guard s == lead else { return false }
                let toks = doc.tokens[s]
                var k = m.token - 1
                while k >= 0, m.token - k <= 16, !doc.gap(s, before: k + 1, contains: UInt8(ascii: ",")) {
                    let h = toks[k].hash
                    if MeetingFinder.strongPredicates.contains(h) || MeetingFinder.meetingWords.contains(h) || h == H.hosted { return false }
                    if Extractor.relativeWords.contains(h) || h == Extractor.whenWord {
                        // "his meeting with Netanyahu, which took place yesterday Monday in Entebbe":
                        // a clause that says when the meeting named before it happened.
                        return !Extractor.clauseDatesMeetingBefore(doc, s, k)
                    }
                    k -= 1
                }
                return false
            }
            // "After the huge rally at Homebush on Tuesday night, the two sat down for talks on
            // Wednesday": in the lead, a day in a clause of what came before gives way to another.
            let earlier = s == lead ? ofMeetingOrWelcome.filter { Extractor.inAfterClause(doc, s, $0) } : []
            let ofMeeting = ofMeetingOrWelcome.filter { m in
                guard !welcome(m), !otherInClause(m) else { return false }
                if earlier.count < ofMeetingOrWelcome.count, earlier.contains(where: { $0.token == m.token }) { return false }
                if Extractor.inSpan(doc, s, m) {
                    if visitSpan == nil { visitSpan = (s, m) }
                    return false
                }
                return true
            }
            // (So does the opening above an undated lead: "X said yesterday that Finland had reached
            // an agreement with Turkey", then "X, Y and Z held talks in Madrid in the afternoon".)
            if s == lead || opening.contains(s), ofMeeting.isEmpty, let first = all.first(where: { !welcome($0) }), statementDay == nil {
                statementDay = (s, first)
                // "… said on Monday that … after the two leaders spoke by phone in the morning": a
                // part of the day told after the statement's day, and no day of its own, is that day's.
                let toks = doc.tokens[s]
                if (min(first.tokenEnd + 2, toks.count)..<toks.count).contains(where: { k in
                    DateResolver.parts[toks[k].hash] != nil && toks[k - 1].hash == DateResolver.the && toks[k - 2].hash == MeetingFinder.inWord
                }) {
                    date = resolveDay(s, first)
                    break
                }
                continue
            }
            var chosen = ofMeeting.first
            // "flew into Jakarta on Wednesday night and met President X yesterday": the day of
            // the guest's arrival gives way to the day the sentence tells next.
            if let c = chosen, ofMeeting.count > 1, let next = ofMeeting.dropFirst().first,
               (max(0, c.token - 5)..<c.token).contains(where: { Extractor.arrivalVerbs.contains(doc.tokens[s][$0].hash) }) {
                chosen = next
            }
            // "on Thursday 05 Ramadan 1443 AH corresponding to 07 April 2022": a full date on the
            // weekday the sentence gives first is that day, written in full.
            if let c = chosen, case .weekday(let w) = c.value,
               let full = all.first(where: { if case .full(let d) = $0.value { return d.weekday == w } else { return false } }) {
                chosen = full
            }
            // "this afternoon (Wednesday, 18 October 2023)": a day told relatively, then in full
            // right after it, is the full date.
            if let c = chosen, case .relative = c.value,
               let full = all.first(where: { m in
                   guard case .full = m.value else { return false }
                   return m.token >= c.tokenEnd && m.token - c.tokenEnd <= 3
               }) {
                chosen = full
            }
            // "The talks of yesterday Wednesday": with no publication date to count from, the
            // weekday told right after a relative day is what dates it.
            if published == nil, let c = chosen, case .relative = c.value,
               let named = all.first(where: { m in
                   guard case .weekday = m.value else { return false }
                   return m.token >= c.tokenEnd && m.token - c.tokenEnd <= 1
               }) {
                chosen = named
            }
            if let m = chosen {
                date = resolveDay(s, m)
                // "X on Friday welcomed Y's decision …, a day after the two leaders spoke by
                // telephone": the lead's day is that of what followed; the meeting was before it.
                if s == lead, let (n, at) = finder.daysAfterMeeting(s, from: m.tokenEnd), var d = date {
                    d.day = d.day?.adding(days: -n)
                    d.otherDay = d.otherDay?.adding(days: -n)
                    d.weekday = d.weekday.map { ($0 - 1 - n % 7 + 7) % 7 + 1 }
                    if let md = d.monthDay, let shifted = Day(year: 2024, month: md.month, day: md.day)?.adding(days: -n) {
                        d.monthDay = MonthDay(month: shifted.month, day: shifted.day)
                    }
                    d.dayOfMonth = nil
                    d.rule += "; the meeting \(n == 1 ? "a day" : "\(n) days") before: \u{201C}\(doc.span(s, at, min(at + 3, doc.tokens[s].count)))\u{201D}"
                    date = d
                }
                break
            }
        }
        if date == nil, let (s, m) = visitSpan { date = resolveDay(s, m) }
        if date == nil, let (s, m) = statementDay { date = resolveDay(s, m) }
        var meetingDate = date ?? approximateDate(published, rule: publishedRule)
        // "VOJENS, Denmark, Aug 20 (Reuters) - …" on a page updated on 21 August: with no day in the
        // text, the latest possible day is the one the wire was filed on, up to a week before the page's.
        if date == nil, let p = published, let md = report.datelineMonthDay,
           let d = [p.year, p.year - 1].lazy.compactMap({ Day(year: $0, month: md.month, day: md.day) }).first(where: { $0 <= p }),
           d < p, d.days(to: p) <= 7 {
            meetingDate = approximateDate(d, rule: "dateline day, before the page's date")
        }
        // "MINSK, 19 December (Agency) – … have held negotiations": no day in the text, no year
        // anywhere, but the dateline's month and day, which the merger can match.
        if date == nil, published == nil, let (md, from) = pageMonthDay {
            meetingDate = MeetingDate(day: nil, certainty: .inferred, phrase: nil,
                                      rule: "no day in the text: the \(from), year unknown", monthDay: md)
        }
        if weakPublished, report.published == nil, let d = meetingDate.day, meetingDate.monthDay == nil {
            // The year came from a weak hint: the merger relies on the month and day only.
            meetingDate.monthDay = MonthDay(month: d.month, day: d.day)
        }

        meetingDate = fitInferredYear(meetingDate, to: people, finder: finder, lead: lead, published: report.published)
        meetingDate = yearFromOffices(meetingDate, leaders: leadLeaders(people, finder: finder, lead: lead))
        // A month and day no single year fits: the years that do, for the merger.
        if meetingDate.day == nil, let md = meetingDate.monthDay, meetingDate.weekday == nil {
            let leaders = leadLeaders(people, finder: finder, lead: lead)
            if leaders.count >= 2 {
                let years = officeYears(md, weekday: nil, lag: 0, leaders: leaders, principal: true)
                if (2...12).contains(years.count) { meetingDate.years = years }
            }
        }
        // The lead's weekday read against the other year's dateline day.
        if let other = otherPublished, let p = published, let d = meetingDate.day, meetingDate.monthDay == nil,
           meetingDate.rule == DateResolver.recentWeekdayRule, d <= p, d.days(to: p) <= 6 {
            let alternative = other.adding(days: -((other.weekday - d.weekday + 7) % 7))
            if alternative != d { meetingDate.otherDay = alternative }
        }

        var apart: [Int] = []
        let participants = orderedParticipants(people, lead: lead, finder: finder, day: meetingDate.day, apart: &apart)
        var refs = participants.map { people.cast[$0].ref }
        // A text that names none of them: the leaders its title names as meeting.
        if refs.isEmpty { refs = titlePeople(report, on: meetingDate.day ?? report.published) }
        // "Prime Minister X and I announced …", in a release signed by its author.
        if finder.withFirstPerson(lead) || finder.meetsInFirstPerson(lead), let author = finder.author().map({ people.cast[$0].ref })
            ?? furnitureAuthor(report, on: meetingDate.day ?? report.published)
            ?? furnitureOffice(report, on: meetingDate.day ?? report.published)
            ?? titleAuthor(report, on: meetingDate.day ?? report.published)
            ?? titleOfficeAuthor(report, on: meetingDate.day ?? report.published), !refs.contains(where: { $0.id == author.id }) {
            refs.insert(author, at: 0)
        }
        // "PRESIDENT AKUFO-ADDO: … glad we are to receive President Macron": the labelled speaker hosts.
        if let host = finder.labelSpeaker(lead), finder.speaksAsHost(lead), !refs.contains(where: { $0.id == people.cast[host].ref.id }) {
            refs.insert(people.cast[host].ref, at: 0)
        }

        var place: String?
        var placeRule: String?
        // A place stated in the lead; else the dateline's, when the story names it; else one stated nearby.
        // (Or the story says "here" of a venue: "at the Perdana Putra Complex here".)
        var datelineNamed = report.datelinePlace.map { dl in
            let phrase = Tokenizer.phrase(dl)
            return !phrase.isEmpty && (searched.contains { s in
                let toks = doc.tokens[s]
                // ("attended the seventh leaders' meeting here": "here" after the meeting's noun.)
                return Extractor.namesAsPlace(phrase, toks) || toks.indices.contains {
                    toks[$0].hash == Extractor.here && $0 > 0 && (toks[$0 - 1].capitalized || MeetingFinder.meetingWords.contains(toks[$0 - 1].hash))
                }
            }
            // (Or the lead tells the place by a common noun alone: "for a summit in the Red Sea resort".)
            || leadIndex.map { Extractor.inTheSettlement(doc.tokens[$0]) } == true
            // (Or the sentence after it, of the pair: "The two leaders met at a hotel in this
            // Vietnamese coastal city".)
            || leadIndex.map { l in
                l + 1 < doc.sentences.count && MeetingFinder.namesPair(doc.tokens[l + 1]) && Extractor.inTheSettlement(doc.tokens[l + 1])
            } == true
            // (Or the headline: "Trump joins PM at Houston mega event" over "Houston: …".)
            || Extractor.titleNames(report, phrase))
        } ?? false
        var stated = finder.cityLeftWhereMet(lead) ?? finder.cityOfMeetingDaysBefore(lead)
            ?? finder.statedPlace(lead, skippingBackground: true, visits: true)
        // "JOHANNESBURG (AFP) - X and his counterpart Y on Tuesday hailed …", then "Y received X …
        // at the Union Buildings, …, before the two held talks": the next sentence, telling the
        // same people meeting, says where, over a dateline the story names for another event.
        // (Not when that sentence names the dateline's city itself: "… met at the Presidential Palace
        // in central Warsaw, with the Polish leader praising Biden's visit to the Ukrainian capital".)
        if stated == nil, datelineNamed, let dl = report.datelinePlace, let next = Extractor.nextMeetingSentence(doc, lead, people: people, finder: finder),
           !Extractor.holds(Tokenizer.phrase(dl), doc.tokens[next]),
           let p = finder.statedPlace(next, skippingBackground: true), p.kind == .city, Fold.key(p.name) != Fold.key(dl) {
            stated = p
        }
        // "… as he hosted their leaders at the summit", then "Xi hosted the presidents of … in the
        // ancient city of Xian": the sentence naming the guests says where, over a dateline the
        // story names in passing ("Beijing's influence").
        if stated == nil, let g = finder.guestsBelow(lead), let p = finder.statedPlace(g, skippingBackground: true), p.kind == .city {
            stated = p
        }
        // "X and Y announced on Friday that … the crossing at Roxham Road in Quebec", then "The
        // announcement came after the two leaders held bilateral talks on Parliament Hill": a lead
        // that tells no meeting gives way to the next sentence, telling the pair's talks and where.
        // (Only a lead of what was said or announced: "attended the Leaders' Retreat … in
        // Singapore" tells its own place.)
        let after = lead + 1
        let leadToks = doc.tokens[lead]
        let reported = leadToks.indices.contains { k in
            leadToks[k].hash == H.that && (max(0, k - 4)..<k).contains { MeetingFinder.speechVerbs.contains(leadToks[$0].hash) }
        }
        if reported, !leadToks.contains(where: { MeetingFinder.meetingWords.contains($0.hash) }), after < doc.sentences.count,
           doc.sentences[after].paragraph <= doc.sentences[lead].paragraph + 1, MeetingFinder.namesPair(doc.tokens[after]),
           doc.tokens[after][..<finder.backgroundCut(after)].contains(where: { MeetingFinder.strongPredicates.contains($0.hash) }),
           !Extractor.tellsArrival(doc, after), !Extractor.tellsOnwardLeg(doc, after), !finder.toldInPastPerfect(after),
           // (Not one that places them in the dateline's city by a noun: "met at a hotel in this
           // Vietnamese coastal city …, following their first meeting in Berlin in July".)
           !Extractor.inTheSettlement(doc.tokens[after]), !finder.inOtherMonth(after),
           let p = finder.statedPlace(after, skippingBackground: true), p.kind == .city {
            stated = p
        }
        // "Jerusalem (AFP) – X made an unannounced visit to Jordan on Tuesday for talks with King Y":
        // a wire filed from home; the dateline, in another country, is not where they met. A city of
        // the country visited named below is ("met today in Amman"); failing one, what the other
        // sentences and the headline say; failing that, the country.
        // ("JAKARTA (Reuters) - Indonesia and the UAE signed … during a visit by President X to
        // Abu Dhabi", above "X and Sheikh Y witnessed the signing": the visit told just above
        // the lead, to a city.)
        var visited: Place?
        // (A country named in the lead, "Indonesia's presidential palace said", says less.)
        if stated == nil || stated?.kind == .country, let dl = report.datelinePlace, let home = context.places.datelinePlace(named: dl)?.country,
           let v = finder.visitedCountry(lead)
            ?? stride(from: lead - 1, through: max(0, lead - 2), by: -1).lazy.compactMap({ finder.visitedCountry($0, cities: true) }).first,
           v.country != home {
            visited = v
            datelineNamed = false
            stated = v.kind == .city ? v
                : searched.dropFirst().lazy.compactMap({ finder.statedPlace($0) }).first { $0.kind == .city && $0.country == v.country }
        }
        let meetingWeekday = meetingDate.day?.weekday ?? meetingDate.weekday
        if stated?.kind == .country && datelineNamed { stated = nil }
        var fromLaterSentence = false
        // "X received his counterpart … at the Government House on Monday": the host's seat, its
        // town unnamed, stands in the host's capital, over a city a later sentence names.
        if stated == nil, !datelineNamed, let c = finder.hostSeatCountry(lead),
           let capital = context.places.capital(ofCountry: c) {
            stated = capital
        }
        if stated == nil && !datelineNamed {
            fromLaterSentence = true
            // The sentences that open the story above a lead found further down ("… welcomed
            // President X with a ceremony at the Presidential Complex in Ankara", then "the two
            // presidents held talks"), then those after it.
            // ("The two leaders then travelled to the presidential palace in Bogor", above "Widodo and
            // Salman held talks at the palace": the pair, named as such.)
            let above = stride(from: lead - 1, through: max(0, lead - 3), by: -1).filter {
                doc.sentences[$0].paragraph >= doc.sentences[lead].paragraph - 2
                    && (people.mentions[$0].count >= 1 || (doc.tokens[$0].first?.hash == People.the && MeetingFinder.namesPair(Array(doc.tokens[$0].prefix(4)))))
                    && !finder.toldInPastPerfect($0) && !finder.inBareYear($0)
            }
            // (With a publication date the opening sentences above the lead are not searched for
            // its day, but one that tells the meeting still says where: "The leaders of the European
            // Union and of the five Central Asian countries met in Samarkand …".)
            let opening = published == nil ? [] : (max(0, lead - 4)..<lead).filter { b in
                doc.tokens[b].contains { MeetingFinder.meetingWords.contains($0.hash) } && !finder.inBareYear(b, before: finder.backgroundCut(b))
                    && !finder.toldInPastPerfect(b)
            }
            // ("… welcomed the Kishidas Tuesday evening at the White House's South Portico", three
            // sentences above "The Bidens then hosted the Kishidas to a dinner at a restaurant":
            // further up the opening, a sentence naming the lead's pair together.)
            let together = leadPeople.count >= 2 ? (max(0, lead - 6)..<max(0, lead - 3)).reversed().filter { b in
                leadPeople.isSubset(of: Set(people.people(in: b))) && !finder.toldInPastPerfect(b) && !finder.inBareYear(b)
                    && !finder.inOtherMonth(b) && !finder.tellsOnlyLaterMeeting(b)
            } : []
            // ("… after returning from Tokyo, where he and Suga agreed …": the city left, where they met.)
            // ("… said on Sunday …, as the two countries signed seven agreements during his official
            // visit to Kinshasa", above the talks: the city of the visit told.)
            let placeAbove: (Int) -> Place? = { b in finder.cityLeftWhereMet(b) ?? finder.statedPlace(b, skippingBackground: true, visits: true) }
            stated = above.lazy.compactMap(placeAbove).first { $0.kind == .city }
                ?? together.lazy.compactMap({ finder.statedPlace($0, skippingBackground: true) }).first { $0.kind == .city }
                ?? titleCapital(report)
                ?? opening.lazy.compactMap({ finder.statedPlace($0, skippingBackground: true) }).first { $0.kind == .city }
                // (Not a sentence of a later leg: "continues his tour this Friday (15) in Medellín".)
                // (Nor one of another day: "… the crowd at a rally in Houston on Sunday", in talks of Tuesday.)
                ?? searched.dropFirst().lazy.filter({ s in
                    !Extractor.tellsArrival(doc, s) && !Extractor.tellsOnwardLeg(doc, s) && !Extractor.tellsEarlierYear(doc.tokens[s])
                        && !finder.inOtherMonth(s, monthUnknown: meetingDate.day == nil && meetingDate.monthDay == nil)
                        && !finder.tellsOnlyLaterMeeting(s)
                        && !Extractor.doneFromAfar(doc.tokens[s])
                        && !DateResolver.mentions(doc, s).contains { Extractor.afterPublication(published, $0) }
                        && !Extractor.onlyOtherWeekdays(doc, s, meetingWeekday)
                        && !Extractor.onlyOtherDays(doc, s, meetingDate.day, before: finder.backgroundCut(s))
                })
                    .compactMap({ finder.statedPlace($0, skippingBackground: true, skippingSpeech: true) }).first
        }
        // ("the first visit of Merkel in Russia since two years", then "The talks took place in the
        // residence of the president in Sochi": a city of that country further on says more.)
        // (Also below a lead that gives only the country: "arrived in Israel on Sunday …", then
        // "The two leaders then travelled to Jerusalem, where they held a working meeting".)
        if let p = stated, p.kind == .country, fromLaterSentence || !datelineNamed {
            stated = searched.dropFirst().lazy.filter({
                !Extractor.tellsArrival(doc, $0) && !Extractor.tellsOnwardLeg(doc, $0) && !finder.tellsOnlyLaterMeeting($0)
            })
                .compactMap({ finder.statedPlace($0, skippingBackground: true, skippingSpeech: true) })
                .first(where: { $0.kind == .city && $0.country == p.country })
                // ("… signed an MoU during the visit to Georgetown by US Secretary of State Rubio on
                // Thursday", then "The agreement was signed following talks between X and Rubio, who
                // arrived in Guyana": the visit's city, of that country, in the opening just above.)
                ?? (max(0, lead - 2)..<lead).reversed().lazy.filter({ b in
                    doc.sentences[b].paragraph >= doc.sentences[lead].paragraph - 1 && people.mentions[b].contains { leadPeople.contains($0.person) }
                        && !finder.toldInPastPerfect(b) && !finder.inBareYear(b)
                })
                .compactMap({ finder.statedPlace($0, skippingBackground: true, visits: true) })
                .first(where: { $0.kind == .city && $0.country == p.country }) ?? p
        }
        if stated == nil, datelineNamed, let dl = report.datelinePlace {
            place = dl
            placeRule = Extractor.namedDatelineRule
        }
        // A country named only further down that is neither side's ("setbacks in Ukraine's
        // northeast") says less than a dateline the gazetteer knows: the dateline stands.
        // (Nor one side's country, when the dateline is a city of the other side's: "thousands of
        // German companies operate in Turkey", under a BERLIN dateline of Erdoğan–Merkel talks;
        // a city-state, "held summit talks in Singapore", is a city.)
        if let p = stated, p.kind == .country, fromLaterSentence, let dl = report.datelinePlace, let known = context.places.datelinePlace(named: dl),
           !refs.contains(where: { $0.country == p.country })
            || (known.country != p.country && refs.contains { $0.country == known.country } && finder.cityNamed(p.name) == nil) {
            stated = nil
        }
        if stated == nil, place == nil, let v = visited { stated = v }
        if let p = stated {
            if p.kind == .city {
                place = p.name
                placeRule = "stated"
            } else if let dl = report.datelinePlace, context.places.datelinePlace(named: dl)?.country == p.country {
                place = dl
                placeRule = "dateline, in the country the text names"
            } else {
                place = p.name
                placeRule = Extractor.countryOnlyRule
            }
        }
        if place == nil, let dl = report.datelinePlace {
            let known = context.places.datelinePlace(named: dl)
            place = known?.name ?? dl
            placeRule = known == nil ? Extractor.unplacedDateline : "dateline"
        }
        if place == nil, let head = headPlace(doc, lead: lead, finder: finder) {
            place = head.name
            placeRule = "city after the date at the head of the page"
        }
        // "President X hosted President Y with an official ceremony at the Presidential Complex":
        // the seat of the host's state, its town unnamed, stands in the host's capital.
        if place == nil, let c = finder.hostSeatCountry(lead), let capital = context.places.capital(ofCountry: c) {
            place = capital.name
            placeRule = "the host's seat, in its capital"
        }
        // "late Wednesday, Washington time", of talks at the White House: the zone is the meeting
        // place's own, so the weekday is its day.
        if meetingDate.rule == DateResolver.zonedWeekdayRule, let p = place, let day = meetingDate.day {
            let phrase = Tokenizer.phrase(p + " time")
            if searched.contains(where: { s in doc.tokens[s].indices.contains { Tokenizer.matches(phrase, doc.tokens[s], at: $0) } }) {
                meetingDate.day = day.adding(days: -1)
                meetingDate.certainty = .inferred
                meetingDate.rule = "the most recent such weekday on or before publication, told in the time of the place they met"
            }
        }
        var kind = finder.kind(lead: lead)
        // "Johnson and Modi seal trade boost in video summit": a page's headline may be all
        // that says the talks were held by video.
        // (Not when the text states where they met: "… hold talks in Lima, attend port
        // inauguration via video link" holds the talks in person.)
        if kind != "phone call", kind != "video call", placeRule != "stated", let title = report.title, title.utf8.count <= 300, Extractor.mayTellVideo(title),
           Document(Report(id: report.id, source: report.source, published: nil, title: nil, text: title)).tokens.contains(where: MeetingFinder.isVideoCall) {
            kind = "video call"
        }
        // "Carney, Starmer discuss U.S. tariffs in weekend call", then "Carney spoke with British
        // Prime Minister Keir Starmer on Sunday evening": a lead that only says they spoke, under a
        // headline that says it was a call.
        if kind != "phone call", kind != "video call", let title = report.title, title.utf8.count <= 300,
           Extractor.spokeWith(doc.tokens[lead]), Extractor.titleTellsCall(title) {
            kind = "phone call"
        }
        if kind == "phone call" || kind == "video call" {
            // A call has no one place: a dateline or a country says where it was reported from,
            // a city in a later sentence is another event's ("ahead of the summit in …"), and
            // one in the lead is what they spoke of ("the situation in Gaza") or where one
            // of them sat.
            place = nil
            placeRule = nil
        }
        let placeCountry = place.flatMap { context.places.place(named: $0)?.country }
        // "The Prime Minister welcomed President Zelenskyy to Downing Street": a host named by
        // office alone is whoever held that office, in the country where they met, on the day.
        if refs.count == 1, placeRule == "stated", let country = placeCountry, refs.first?.country != country,
           let day = meetingDate.day ?? report.published, let role = searched.lazy.compactMap({ finder.officeOnly($0) }).first,
           let host = context.gazetteer.holder(country: country, role: role, on: day) {
            refs.insert(PersonRef(id: host.id, name: host.name, country: host.country, known: true), at: 0)
        } else if refs.count == 1, placeRule == "stated", let country = placeCountry, let guest = refs.first, guest.country != country,
                  meetingDate.day == nil, report.published == nil, let visitor = context.gazetteer.leader(id: guest.id),
                  let office = searched.lazy.compactMap({ s in finder.officeOnly(s).map { (sentence: s, role: $0) } }).first,
                  let host = context.gazetteer.onlyHolder(country: country, role: office.role, during: visitor, gender: finder.titleGender(office.sentence)) {
            // "The King received President Zelensky at Buckingham Palace on Wednesday": with no
            // day, the one king of the country while the guest held office.
            refs.insert(PersonRef(id: host.id, name: host.name, country: host.country, known: true), at: 0)
        } else if refs.count == 1, let guestCountry = refs.first?.country, placeCountry == nil || placeCountry == guestCountry,
                  let day = meetingDate.day ?? report.published,
                  let role = ([lead] + searched + Array(lead + 1..<min(doc.sentences.count, lead + 3))).lazy.compactMap({ finder.officeMeets($0) }).first,
                  let home = finder.headerVenueCountry(excluding: guestCountry),
                  let host = context.gazetteer.holder(country: home, role: role, on: day) {
            // "The Prime Minister met Prime Minister Modi in Mumbai today", from "10 Downing
            // Street": an office named alone, visiting, is whoever held it where the release comes from.
            refs.insert(PersonRef(id: host.id, name: host.name, country: host.country, known: true), at: 0)
        } else if refs.count == 1, let country = placeCountry, let guest = refs.first, guest.country != country,
                  finder.meetsInFirstPerson(lead), let title = report.title, let role = Extractor.authorRole(inTitle: title),
                  let day = meetingDate.day ?? report.published,
                  let host = context.gazetteer.holder(country: country, role: role, on: day), host.id != guest.id {
            // "Press Statement by Prime Minister during the State Visit of President of Kenya to
            // India", then "I warmly welcome President Ruto …": the statement's author, named by
            // office in its headline, is whoever held that office where they met.
            refs.insert(PersonRef(id: host.id, name: host.name, country: host.country, known: true), at: 0)
        }
        let occasion = finder.occasion(lead: lead, participants: participants, placeCountry: placeCountry)
        let events = finder.events(lead: lead, date: meetingDate, place: place)
        let orientations = OrientationFinder(doc: doc, people: people, resolve: resolve).find()
        let agreements = AgreementFinder(doc: doc, people: people, context: context, resolve: resolve, participants: refs,
                                         referenceYear: meetingDate.day?.year ?? report.published?.year).find()
        var record = MeetingRecord(report: report.id, participants: refs, date: meetingDate, place: place, placeRule: placeRule,
                                   kind: kind, occasion: occasion, events: events, orientations: orientations,
                                   agreements: agreements, evidence: doc.provenance(lead),
                                   emphasis: emphasis(doc, people, participants: participants))
        record.fingerprint = fingerprint(doc, agreements: agreements, orientations: orientations)
        record.recalled = recalledSignings(doc, finder: finder)
        let apartIDs = apart.map { people.cast[$0].ref.id }.filter { id in !refs.contains { $0.id == id } }
        record.apart = apartIDs.isEmpty ? nil : apartIDs
        if placeRule == "stated" || placeRule == Extractor.namedDatelineRule || placeRule == Extractor.countryOnlyRule { record.placeCountry = placeCountry }
        record.relationsAge = DateResolver.relationsAge(doc)
        record.presentYears = era
        if refs.count == 2, Extractor.hasPhrase(Extractor.twoAlonePhrases, in: doc.tokens[lead][..<finder.backgroundCut(lead)]) {
            record.twoAlone = true
        }
        // "Issues of the agenda of the trilateral meeting …, which will take place later today,
        // were also discussed": a meeting of two told beside a three-way one before or after it
        // is not that one. (Not a summit told by two of its leaders: "The inaugural ASEAN-GCC-China
        // Summit …, said Anwar", then "the first time the three parties had convened".)
        if refs.count == 2, kind != "summit", !Extractor.hasPhrase(Extractor.threeWayPhrases, in: doc.tokens[lead]),
           doc.sentences.indices.contains(where: { s in
               s != lead && Extractor.hasPhrase(Extractor.threeWayPhrases, in: doc.tokens[s])
                   && doc.tokens[s].contains { Extractor.otherTimeWords.contains($0.hash) }
           }) {
            record.twoAlone = true
        }
        // The lead, or a sentence above it that opens the story ("… arrived in Washington on
        // Tuesday for the start of a state visit", then "… welcomed the guests Tuesday evening").
        // (Or the lead tells a meal the guest was hosted to, and no talks: "hosted Prime Minister X
        // for a private dinner at the Elysee Palace on Thursday evening", the eve of the talks.)
        record.tellsArrival = (max(0, lead - 2)...lead).contains { s in
            doc.tokens[s][..<finder.backgroundCut(s)].contains { Extractor.arrivalWords.contains($0.hash) }
        } || (Extractor.tellsMeal(doc, lead) && !doc.tokens[lead].contains { MeetingFinder.meetingWords.contains($0.hash) })
        return record
    }

    static let fingerprintStops = Words.set([
        "with", "that", "this", "their", "they", "from", "into", "both", "sides", "countries", "cooperation", "further",
        "between", "which", "will", "would", "also", "other", "such", "more", "most", "relations", "bilateral", "areas",
        "field", "fields", "including", "well", "the", "and", "two", "leaders",
    ])

    /// The capitalised words of documents a background clause tells as signed ("The two
    /// leaders last met in Sochi a year ago, when they signed the Comprehensive Partnership and
    /// Strategic Cooperation Agreement"), as hashes, sorted; `nil` when there are none.
    func recalledSignings(_ doc: Document, finder: MeetingFinder) -> [UInt64]? {
        var set = HashSet64(capacity: 16)
        let stops = Extractor.fingerprintStops, signed = Extractor.signedWords
        for s in doc.sentences.indices {
            let toks = doc.tokens[s]
            let cut = finder.backgroundCut(s)
            guard cut < toks.count, let cue = toks[cut...].firstIndex(where: { signed.contains($0.hash) }) else { continue }
            for t in toks[(cue + 1)..<min(toks.count, cue + 10)] where t.capitalized && t.end - t.start >= 4 && !stops.contains(t.hash) {
                set.insert(t.hash)
            }
        }
        return set.isEmpty ? nil : set.members.sorted()
    }
    static let signedWords = Words.set(["signed", "inked"])

    /// Numbers anywhere in the report and the content words of its agreements and frameworks.
    func fingerprint(_ doc: Document, agreements: [Agreement], orientations: [Orientation]) -> [UInt64] {
        var set = HashSet64(capacity: 64)
        for toks in doc.tokens {
            for t in toks where t.numeric && t.end - t.start <= 6 { set.insert(t.hash) }
        }
        let stops = Extractor.fingerprintStops
        var texts: [String] = []
        for a in agreements {
            // An agreement's words stand in its sentence: take its tokens from there, and
            // only its own, so that a sentence of thousands of items is read once.
            let s = a.evidence.sentence
            if s < doc.sentences.count, let range = a.textRange {
                let toks = doc.tokens[s]
                for t in toks[doc.tokenRange(s, within: range)] where t.end - t.start >= 4 && !stops.contains(t.hash) {
                    set.insert(t.hash)
                }
            } else {
                texts.append(a.text)
            }
        }
        for o in orientations { texts.append(o.name); texts += o.items }
        for text in texts {
            let bytes = Array(text.utf8)
            Tokenizer.forEachToken(bytes, 0..<bytes.count) { t in
                if t.end - t.start >= 4 && !stops.contains(t.hash) { set.insert(t.hash) }
            }
        }
        return set.members.sorted()
    }

    /// With no publication date, a year inferred from the text (the years it mentions, with
    /// the weekday of the day) must fit the people the lead names: when one of them held no
    /// office on that day ("diplomatic ties since 1956" is no clue to a summit of today's
    /// presidents), the year becomes the only one in which the day (on the same weekday,
    /// when a weekday was given) falls while everyone held office, or unknown when no
    /// single year fits. Terms still running count up to a year past the gazetteer's latest
    /// recorded date. The month and day stay on the date for the merger.
    func fitInferredYear(_ date: MeetingDate, to people: People, finder: MeetingFinder, lead: Int, published: Day?) -> MeetingDate {
        guard published == nil, date.certainty == .inferred, let day = date.day else { return date }
        let leaders = leadLeaders(people, finder: finder, lead: lead)
        guard leaders.contains(where: { $0.heldOffice(on: day) == false }) else { return date }
        let md = date.monthDay ?? MonthDay(month: day.month, day: day.day)
        let fitting = officeYears(md, weekday: date.rule.contains("weekday") ? day.weekday : nil, lag: 0, leaders: leaders)
        var out = date
        out.monthDay = md
        if fitting.count == 1, let only = fitting.first, Day(year: only, month: md.month, day: md.day).map({ $0 <= DateResolver.latestDay }) ?? false {
            out.day = Day(year: only, month: md.month, day: md.day)
            out.rule += "; moved to the only year in which everyone named held office"
        } else {
            out.day = nil
            out.rule = "month and day given; no single year fits the offices of everyone named"
        }
        return out
    }

    /// A month and day with no year: the year is the only one in which everyone the lead
    /// names held office and, when the text gives a weekday ("Wednesday (Apr 10)"), the
    /// day falls on it. A weekday pins the year down to one in about six, and two
    /// leaders' shared years in office rarely hold more than one of them.
    func yearFromOffices(_ date: MeetingDate, leaders: [Leader]) -> MeetingDate {
        guard date.day == nil, let md = date.monthDay, leaders.count >= 2 || (leaders.count == 1 && date.weekday != nil) else { return date }
        // Years when each held a leading office (head of state or government, party
        // leader, monarch) come first: a summit is of leaders, not of their earlier posts.
        var fitting = officeYears(md, weekday: date.weekday, lag: 0, leaders: leaders, principal: true)
        if fitting.isEmpty { fitting = officeYears(md, weekday: date.weekday, lag: 0, leaders: leaders) }
        guard fitting.count == 1, let year = fitting.first, let day = Day(year: year, month: md.month, day: md.day),
              day <= DateResolver.latestDay else { return date }
        var out = date
        out.day = day
        out.monthDay = nil
        out.rule = date.weekday == nil
            ? "month and day given; \(year) is the only year in which everyone named held office"
            : "month and day given with a weekday; \(year) is the only year it fits while everyone named held office"
        return out
    }

    /// The one year, not before `floor`, in which the dateline day `md` falls on `weekday` while
    /// every one of `leaders` (two or more) led; `nil` when none or several fit.
    /// When several years fit, the one in which every leader of `others` (see
    /// ``titledOthers(_:finder:lead:)``) held the office the text titles them with. (So too
    /// for one leader, the host of a summit the lead tells, with others titled below: "hosted
    /// by Prime Minister X", then "European Council President Y welcomed …".)
    func onlySameDayYear(_ md: MonthDay, weekday: Int, leaders: [Leader], floor: Int?, floorDay: Day? = nil, era: ClosedRange<Int>? = nil,
                         others: [Leader] = []) -> Int? {
        guard leaders.count >= 2 || leaders.count == 1 && others.count >= 2 else { return nil }
        let years = officeYears(md, weekday: weekday, lag: 0, leaders: leaders, principal: true).filter { y in
            y >= floor ?? Int.min && (floorDay.map { f in Day(year: y, month: md.month, day: md.day).map { $0 >= f } ?? false } ?? true)
        }
        if leaders.count >= 2, let only = Extractor.onlyYear(years, era: era) {
            // ("MOSCOW, August 19. /TASS/. … at his meeting with X and a group of European leaders
            // at the White House on Monday, …, joined by … German Chancellor Friedrich Merz, British
            // Prime Minister Keir Starmer …": two or more others titled in offices they did not
            // hold that year say the dateline is not the weekday's day.)
            guard let d = Day(year: only, month: md.month, day: md.day), !Extractor.titledOutOfOffice(others, on: d) else { return nil }
            return only
        }
        guard years.count > 1 || leaders.count == 1, !others.isEmpty else { return nil }
        let fitting = years.filter { y in
            Day(year: y, month: md.month, day: md.day).map { d in others.allSatisfy { $0.heldOffice(on: d) == true } } ?? false
        }
        return fitting.count == 1 ? fitting.first : nil
    }

    /// Whether two or more of `others` (see ``titledOthers(_:finder:lead:)``) held no office
    /// of their title on day `d`: the text's present is not that day's year.
    static func titledOutOfOffice(_ others: [Leader], on d: Day) -> Bool {
        others.filter { $0.heldOffice(on: d) == false }.count >= 2
    }

    /// Words that put a sentence in a time gone by: "last met", "two years ago".
    static let pastTimeWords = Words.set(["ago", "last", "previous", "previously", "earlier", "former", "past"])

    /// Leaders the text names with the title of a leading office they hold ("… be signed by
    /// President Donald Trump"), outside the lead's people and outside sentences of history:
    /// the text's present falls in one of their terms of that office. Only their terms of
    /// such an office are kept.
    func titledOthers(_ people: People, finder: MeetingFinder, lead: Int) -> [Leader] {
        let doc = finder.doc
        let leadPeople = Set(finder.leadPeople(lead))
        var out: [Leader] = []
        var seen = Set<Int>()
        for s in doc.sentences.indices {
            // (A plan still names today's office holders: "… be signed by President Trump".)
            guard !finder.inBareYear(s), !finder.toldInPastPerfect(s),
                  !doc.tokens[s].contains(where: { Extractor.pastTimeWords.contains($0.hash) }) else { continue }
            for m in people.mentions[s] where !leadPeople.contains(m.person) && !seen.contains(m.person) {
                let member = people.cast[m.person]
                guard !member.historicalMention, var leader = member.leader, !leader.historical,
                      let title = People.title(before: m.token, in: s, doc, context.gazetteer, context: context) else { continue }
                let held = leader.offices.filter { $0.isLeading && Fold.key($0.title).hasPrefix(title) }
                guard !held.isEmpty else { continue }
                seen.insert(m.person)
                leader.offices = held
                out.append(leader)
            }
        }
        return out
    }
    /// The one year of `years`, else the one of them inside `era` (the years a text tells as
    /// its present, see ``DateResolver/pandemicYears(_:)``); `nil` when none or several.
    static func onlyYear(_ years: some Collection<Int>, era: ClosedRange<Int>?) -> Int? {
        if years.count == 1 { return years.first }
        guard let era else { return nil }
        let inside = years.filter { era.contains($0) }
        return inside.count == 1 ? inside.first : nil
    }
    /// The one year, other than `besides` and not before `floor`, in which the dateline day `md`
    /// falls the day after `weekday` while every one of `leaders` (two or more) led: the reading
    /// of a wire filed the day after the talks (across time zones, or from home).
    func dayAfterReading(_ md: MonthDay, weekday: Int, leaders: [Leader], floor: Int?, besides: Int) -> Day? {
        guard leaders.count >= 2 else { return nil }
        let years = officeYears(md, weekday: weekday, lag: 1, leaders: leaders, principal: true).filter { $0 >= floor ?? Int.min && $0 != besides }
        return years.count == 1 ? Day(year: years[0], month: md.month, day: md.day) : nil
    }
    /// The place rule of a place the text gives only as a country.
    static let countryOnlyRule = "stated (country only)"

    /// Whether a sentence tells a place by a settlement noun alone, the dateline's city: "in the
    /// Red Sea resort", "at the capital", "in this Amazon river town" (not "in the city of Sochi",
    /// nor "the resort town Sochi").
    static func inTheSettlement(_ toks: [Token]) -> Bool {
        toks.indices.contains { i in
            guard toks[i].hash == MeetingFinder.inWord || toks[i].hash == MeetingFinder.atWord, i + 2 < toks.count,
                  toks[i + 1].hash == People.the || toks[i + 1].hash == DateResolver.this,
                  let noun = (i + 2..<min(toks.count, i + 6)).first(where: { MeetingFinder.settlementWords.contains(toks[$0].hash) }) else { return false }
            return noun + 1 == toks.count || (!toks[noun + 1].capitalized && toks[noun + 1].hash != MeetingFinder.ofWord)
        }
    }
    static let sameDayRule = "dateline day, in the only year since the latest the text mentions that it falls on the lead's weekday while everyone named held office"
    static let dayAfterWeekdayRule = "dateline day, the day after its weekday, in the only year that fits while everyone named held office"

    /// Whether a report's dateline is a wire's filing line: a place (`KYIV, May 22 —`), or a
    /// month and day with an agency's tag and no place (`May 22 (UPI) --`, a wire's style
    /// when the city stands elsewhere on the page). Either way the wire files the day it tells.
    static func filedDateline(_ report: Report) -> Bool {
        if report.datelinePlace != nil { return true }
        guard report.datelineMonthDay != nil, let raw = report.dateline else { return false }
        return raw.utf8.contains(UInt8(ascii: "("))
    }

    /// Whether a report's dateline is where the meeting was: the lead states no other place
    /// (a city of another name, a country the dateline is not in).
    func datelineAtMeeting(_ report: Report, finder: MeetingFinder, lead: Int) -> Bool {
        guard let dl = report.datelinePlace else { return false }
        guard let stated = finder.statedPlace(lead, skippingBackground: true) else { return true }
        if Fold.key(stated.name) == Fold.key(dl) { return true }
        return stated.kind == .country && context.places.datelinePlace(named: dl)?.country == stated.country
    }

    /// Whether the opening weekday is told late in its day ("late Sunday", "on Sunday night",
    /// "Sunday evening", unless `countingEvening` is false): a wire may file it under the next
    /// day's dateline.
    func lateInDay(_ doc: Document, countingEvening: Bool = true) -> Bool {
        for s in 0..<min(3, doc.sentences.count) {
            for m in DateResolver.mentions(doc, s) {
                guard case .weekday = m.value, !m.zoned || m.localTime else { continue }
                let toks = doc.tokens[s]
                let late = (max(0, m.token - 2)..<m.token).contains { toks[$0].hash == Extractor.lateWord }
                return late || (countingEvening && m.partOfDay == "evening") || m.partOfDay == "night"
            }
        }
        return false
    }
    static let lateWord = Tokenizer.hash("late")

    /// Whether the lead gives its weekday as the dateline place's own ("held talks with … here
    /// on Monday"): the wire files from where the meeting was, on that day.
    func weekdayHere(_ doc: Document, _ lead: Int) -> Bool {
        let toks = doc.tokens[lead]
        return DateResolver.mentions(doc, lead).contains { m in
            guard case .weekday = m.value else { return false }
            var i = m.token - 1
            if i >= 0, toks[i].hash == DateResolver.on { i -= 1 }
            return i >= 0 && toks[i].hash == Extractor.here
        }
    }

    /// The first weekday the opening sentences give, unless told in another place's time.
    func openingWeekday(_ doc: Document) -> Int? {
        openingWeekdayMention(doc).map(\.weekday)
    }

    /// The first weekday the opening sentences give, unless told in another place's time, and
    /// whether it is told in the time of the place itself ("Monday afternoon local time").
    /// (Not a day to come: "wished Lula a happy birthday ahead of his 80th on Monday".)
    func openingWeekdayMention(_ doc: Document) -> (weekday: Int, local: Bool)? {
        (0..<min(3, doc.sentences.count)).lazy.flatMap { s in DateResolver.mentions(doc, s).lazy.map { (s, $0) } }.compactMap { (s, m) -> (Int, Bool)? in
            // (Not "last Saturday": the dateline day is not that weekday or the day after it.)
            guard case .weekday(let w) = m.value, !m.zoned || m.localTime, !m.past else { return nil }
            let toks = doc.tokens[s]
            if (max(0, m.token - 7)..<m.token).contains(where: { Extractor.toComeCues.contains(toks[$0].hash) }) { return nil }
            // (Nor one of what came before: "…, after the two appeared together at the arena on Tuesday night".)
            if Extractor.inAfterClause(doc, s, m) { return nil }
            // (Nor one of a clause about something else: "the blockade, which on Thursday was
            // once again condemned by the General Assembly".)
            if Extractor.inRelativeClause(doc, s, m) && !Extractor.relativeClauseTellsMeeting(doc, s, m) { return nil }
            return (w, m.localTime)
        }.first
    }
    /// Words before a day that make it one to come: "ahead of his birthday on Monday", "will
    /// travel on Sunday".
    static let toComeCues = Words.set(["ahead", "will", "upcoming", "next"])

    /// A full date standing in a short line above the story (a byline's "Friday, 28 February
    /// 2025, 20:33", a page's "Updated: 2025-04-14 15:01"): the page's own date, which
    /// anchors "on Friday" when the report came with no publication date.
    /// Whether a short line above sentence `lead` is a page's stamp told in a zone of the
    /// Americas ("Updated: 9:41 PM EST Nov 27, 2024", "11:48 PM ET"): a clock time followed,
    /// within two words, by the zone.
    static func stampedBehind(_ doc: Document, before lead: Int) -> Bool {
        for s in 0..<min(lead, doc.sentences.count) where doc.tokens[s].count <= 16 {
            let toks = doc.tokens[s]
            for (k, t) in toks.enumerated() where behindZones.contains(t.hash) && t.end - t.start <= 3
                && doc.text(t.start..<t.end).utf8.allSatisfy(TextScan.isUpper) {
                if (max(0, k - 3)..<k).contains(where: { toks[$0].numeric }) { return true }
            }
        }
        return false
    }
    static let behindZones = Words.set(ZoneAbbreviations.americas.sorted())

    /// Whether every day sentence `s` gives by its month is more than three days from the
    /// meeting's `day`: "Lee and Ishiba first met on June 17 on the sidelines of the G7 summit in
    /// Kananaskis", in a report of talks on August 23, tells another meeting's place. `false`
    /// when the sentence gives no such day or the meeting has none.
    /// Only the days before token `cut` count: "…, the first since the start of the war on
    /// February 24, 2022" tells history after its "since", not another day of the sentence.
    static func onlyOtherDays(_ doc: Document, _ s: Int, _ day: Day?, before cut: Int = Int.max) -> Bool {
        guard let day else { return false }
        let days = DateResolver.mentions(doc, s).compactMap { m -> Day? in
            guard m.tokenEnd <= cut else { return nil }
            switch m.value {
            case .full(let d): return d
            case .monthDay(let md): return Day(year: day.year, month: md.month, day: md.day)
            default: return nil
            }
        }
        return !days.isEmpty && days.allSatisfy { abs($0.days(to: day)) > 3 }
    }

    /// Whether sentence `s` gives weekdays and none of them is `weekday`: it tells another day.
    static func onlyOtherWeekdays(_ doc: Document, _ s: Int, _ weekday: Int?) -> Bool {
        guard let weekday else { return false }
        let days = DateResolver.mentions(doc, s).compactMap { m -> Int? in
            if case .weekday(let w) = m.value { return w }
            return nil
        }
        return !days.isEmpty && !days.contains(weekday)
    }

    /// Whether a report's headline holds a phrase (a place's tokens).
    static func titleNames(_ report: Report, _ phrase: [UInt64]) -> Bool {
        guard let title = report.title, title.utf8.count <= 300, !phrase.isEmpty else { return false }
        let b = Array(title.utf8)
        let toks = Tokenizer.tokens(b, 0..<b.count)
        return toks.indices.contains { Tokenizer.matches(phrase, toks, at: $0) }
    }

    /// The one full date (day, month and year) a report's headline gives, if any.
    static func titleDate(_ report: Report) -> Day? {
        guard let title = report.title, title.utf8.count <= 300, title.utf8.contains(where: TextScan.isDigit) else { return nil }
        let doc = Document(Report(id: report.id, source: report.source, published: nil, title: nil, text: title))
        let days = Set(doc.sentences.indices.flatMap { s in
            DateResolver.mentions(doc, s).compactMap { m -> Day? in
                if case .full(let d) = m.value { return d }
                return nil
            }
        })
        return days.count == 1 ? days.first : nil
    }

    /// The month and day a short line above the lead gives and nothing else ("December 22",
    /// "Sunday, 22 December"): the page's day, its year unknown; `clocked` when a time of day
    /// follows it, as a page's stamp gives ("Nov. 16  20:31 JST").
    static func headMonthDay(_ doc: Document, lead: Int) -> (day: MonthDay, clocked: Bool)? {
        for s in Extractor.headLines(doc, lead: lead) where s < lead {
            let ms = DateResolver.mentions(doc, s)
            // ("Nov. 16  20:31 JST": the clock and its zone may follow.)
            guard ms.count == 1, case .monthDay(let md) = ms[0].value, ms[0].token == 0,
                  doc.tokens[s][ms[0].tokenEnd...].allSatisfy({ $0.numeric || DateResolver.zoneNames.contains($0.hash) }) else { continue }
            return (md, ms[0].tokenEnd < doc.tokens[s].count)
        }
        return nil
    }

    func headDate(_ doc: Document, lead: Int?) -> Day? {
        // A line with two stamps ("26.05.2024 / 27.05.2024": posted, then updated) is the page
        // as of the later one.
        for s in Extractor.headLines(doc, lead: lead) {
            let days = DateResolver.mentions(doc, s).compactMap { m -> Day? in
                if case .full(let d) = m.value { return d }
                return nil
            }
            if let latest = days.max() { return latest }
            // ("25 novembre 2021 ore 21:47", "3 de março de 2023": a stamp in the page's own language.)
            if let d = Extractor.foreignStamp(doc, s) { return d }
        }
        return nil
    }

    /// A full date with its month named in Spanish, Portuguese, French or Italian on a short
    /// line: "25 novembre 2021", "3 de março de 2023". Read only in the lines above a story,
    /// where such words are no English ones ("mars", "mai").
    static func foreignStamp(_ doc: Document, _ s: Int) -> Day? {
        let toks = doc.tokens[s]
        func value(_ k: Int) -> Int? {
            guard k < toks.count, toks[k].numeric else { return nil }
            return Int(doc.text(toks[k].start..<toks[k].end))
        }
        for k in toks.indices {
            guard let d = value(k), (1...31).contains(d) else { continue }
            var m = k + 1
            if m < toks.count, toks[m].hash == Extractor.deWord { m += 1 }
            guard m < toks.count, let month = ForeignMonthNames.number(bytes: doc.bytes[toks[m].start..<toks[m].end]) else { continue }
            var y = m + 1
            if y < toks.count, toks[y].hash == Extractor.deWord { y += 1 }
            guard let year = value(y), (1900...2100).contains(year), let day = Day(year: year, month: month, day: d) else { continue }
            return day
        }
        return nil
    }
    static let deWord = Tokenizer.hash("de")

    /// A weekday with a month and day and no year on a line above the lead, as a page's
    /// masthead stamps the day ("Wednesday, October 15", "Miércoles 15 de octubre"): the
    /// month and day, and the weekday that fixes their year.
    static func headWeekdayDay(_ doc: Document, lead: Int) -> (MonthDay, Int)? {
        for s in Extractor.headLines(doc, lead: lead) where s < lead {
            let toks = doc.tokens[s]
            let mentions = DateResolver.mentions(doc, s)
            for k in toks.indices where toks[k].capitalized {
                let word = doc.text(toks[k].start..<toks[k].end).lowercased()
                guard let w = DateResolver.weekdays[toks[k].hash] ?? DatelineScanner.foreignWeekdays[word] else { continue }
                if let m = mentions.first(where: { $0.token >= k && $0.token <= k + 2 }), case .monthDay(let md) = m.value { return (md, m.weekday ?? w) }
                // "Miércoles 15 de octubre": the day, then the month in the page's language.
                guard k + 2 < toks.count, toks[k + 1].numeric, let d = Int(doc.text(toks[k + 1].start..<toks[k + 1].end)), (1...31).contains(d) else { continue }
                var m = k + 2
                if toks[m].hash == Extractor.deWord { m += 1 }
                guard m < toks.count, let month = ForeignMonthNames.number(bytes: doc.bytes[toks[m].start..<toks[m].end]),
                      m + 1 >= toks.count || !toks[m + 1].numeric && toks[m + 1].hash != Extractor.deWord else { continue }
                return (MonthDay(month: month, day: d), w)
            }
        }
        return nil
    }

    /// Whether a headline ends with its speaker after a dash: "… zone in Idlib — Putin", "… – Lavrov".
    static func endsWithSpeaker(_ title: String) -> Bool {
        guard let dash = title.range(of: " — ", options: .backwards) ?? title.range(of: " – ", options: .backwards) else { return false }
        let speaker = title[dash.upperBound...].split(separator: " ")
        return (1...3).contains(speaker.count) && speaker.allSatisfy { $0.first?.isUppercase == true }
    }

    /// The short lines (fourteen tokens at most) above the story, or just after a headline that
    /// serves as its lead: where a page puts its date line.
    static func headLines(_ doc: Document, lead: Int?) -> [Int] {
        let end = min(doc.sentences.count, (lead ?? 2) + 3, 200)
        return (0..<end).filter { doc.tokens[$0].count <= 14 }
    }

    /// The city a head line gives after its full date, as a government's transcript page does
    /// ("October 14, 2019, Riyadh", "14 October 2019 / 15:00 / Riyadh"), or before it, as a
    /// release's place line does ("Kananaskis, Alberta, Canada, June 17, 2025."): where the event was.
    func headPlace(_ doc: Document, lead: Int?, finder: MeetingFinder) -> Place? {
        for s in Extractor.headLines(doc, lead: lead) {
            guard let m = DateResolver.mentions(doc, s).first(where: { if case .full = $0.value { return true } else { return false } }) else { continue }
            let toks = doc.tokens[s]
            // "Kananaskis, Alberta, Canada, June 17, 2025.": a release's place line, the city first
            // and nothing after the date.
            if m.token > 0, m.token <= 5, m.tokenEnd == toks.count || (m.tokenEnd..<toks.count).allSatisfy({ toks[$0].numeric }),
               (0..<m.token).allSatisfy({ toks[$0].capitalized }),
               let city = (1...min(3, m.token)).reversed().lazy.compactMap({ n in finder.cityNamed(doc.span(s, 0, n)) }).first {
                return city
            }
            var k = m.tokenEnd
            while k < toks.count, toks[k].numeric { k += 1 }
            guard k < toks.count, toks.count - k <= 3, (k..<toks.count).allSatisfy({ toks[$0].capitalized }) else { continue }
            return finder.cityNamed(doc.span(s, k, toks.count))
        }
        return nil
    }

    /// Words that tell another meeting of the same day: "held separate talks with".
    static let separateWords = Words.set(["separate", "separately"])
    static let attendedWord = Tokenizer.hash("attended"), namelyWord = Tokenizer.hash("namely")

    /// Of `named`, those the lead names before its first subordinate clause after the first
    /// person ("… met Sunak, ahead of the joint announcement with Albanese"; "…, since a trip
    /// by Gentiloni in 2017"; "…, and later held a separate meeting with Abela"; "…, in a meeting
    /// also attended by Diab"), when two or more; `nil` when there is no such clause or fewer remain.
    static func namedBeforeSubordinate(_ named: [Int], lead: Int, people: People, doc: Document) -> [Int]? {
        let toks = doc.tokens[lead]
        let firstPerson = people.mentions[lead].first?.tokenEnd ?? 0
        // ("… and later held a separate meeting with Prime Minister X": another meeting.)
        // ("…, in a meeting also attended by Prime Minister X": others in the room. Not "in the
        // presence of": ministers sign in the presence of their leaders.)
        guard let cut = toks.indices.first(where: { k in
            k > firstPerson && (MeetingFinder.subordinate.contains(toks[k].hash) || Extractor.separateWords.contains(toks[k].hash)
                || (k + 1 < toks.count && toks[k].hash == Extractor.attendedWord && toks[k + 1].hash == Extractor.byWord
                    // (A summit's attendees are its members: "… for the fourth quadripartite summit, also
                    // attended by Angola's President X and DR Congo President Y".)
                    && !toks[..<k].contains { $0.hash == MeetingFinder.summitWord }))
        }) else { return nil }
        var before = Set(people.mentions[lead].filter { $0.tokenEnd <= cut }.map(\.person))
        // (Whoever hosted or mediated the talks the clause tells took part in them.)
        before.formUnion(Extractor.mediators(lead, people: people, doc: doc))
        // A subject told by a pronoun ("He met President X …") comes before any clause.
        if case .person(let p) = people.subjects[lead], !people.mentions[lead].contains(where: { $0.person == p }) { before.insert(p) }
        let kept = named.filter { before.contains($0) }
        return kept.count >= 2 ? kept : nil
    }

    /// The people sentence `s` names as hosting or mediating the talks it tells ("…, following
    /// talks facilitated by the President of Türkiye, Recep Tayyip Erdoğan"), and, when
    /// `attending`, as attending them ("… and attended by President X").
    static func mediators(_ s: Int, people: People, doc: Document, attending: Bool = false) -> Set<Int> {
        let toks = doc.tokens[s]
        var out = Set<Int>()
        for m in people.mentions[s] {
            guard let b = (max(0, m.token - 12)..<m.token).last(where: { toks[$0].hash == Extractor.byWord }), b > 0 else { continue }
            let verb = toks[b - 1].hash
            // ("The launch was presided over by the Kenyan President, William Ruto".)
            let presided = verb == Extractor.overWord && b > 1 && toks[b - 2].hash == Extractor.presidedWord
            if Extractor.mediationWords.contains(verb) || presided || attending && verb == Extractor.attendedWord { out.insert(m.person) }
        }
        // "…, Malaysian Prime Minister Anwar Ibrahim said after hosting a special meeting between
        // the two leaders": who hosted the meeting, named before the verb.
        for m in people.mentions[s] where !out.contains(m.person) {
            let end = min(toks.count, m.tokenEnd + 4)
            guard let v = (m.tokenEnd..<end).first(where: { Extractor.hostingGerunds.contains(toks[$0].hash) }),
                  !people.mentions[s].contains(where: { $0.token > m.token && $0.token < v }),
                  (v + 1..<min(toks.count, v + 5)).contains(where: { MeetingFinder.plannedNouns.contains(toks[$0].hash) }) else { continue }
            out.insert(m.person)
        }
        return out
    }
    /// Verbs of hosting a meeting, after its host's name: "X said after hosting a meeting between …".
    static let hostingGerunds = Words.set(["hosting", "chairing", "convening", "mediating", "brokering"])

    static let overWord = Tokenizer.hash("over"), presidedWord = Tokenizer.hash("presided")
    static let accompaniedWord = Tokenizer.hash("accompanied")
    /// Words that open a sentence about someone named above: "He was accompanied by …".
    static let companionSubjects = Words.set(["he", "she", "the"])

    /// Participles of hosting or mediating talks, before "by" and who did it.
    static let mediationWords = Words.set(["facilitated", "mediated", "brokered", "hosted", "chaired", "convened", "moderated"])

    /// Whether the tokens hold a place's name other than as a landmark for another place: "in
    /// Bogor, south of Jakarta", "40 km from Jakarta" do not name Jakarta as where anything happened.
    /// ("… before flying back to Ottawa": the city someone went home to is not named as where
    /// they met.)
    static func namesAsPlace(_ phrase: [UInt64], _ toks: [Token]) -> Bool {
        !phrase.isEmpty && toks.indices.contains { k in
            Tokenizer.matches(phrase, toks, at: k)
                && !(k >= 2 && (toks[k - 1].hash == MeetingFinder.ofWord || toks[k - 1].hash == MeetingFinder.fromWord)
                     && Extractor.compassWords.contains(toks[k - 2].hash))
                && !(k >= 2 && toks[k - 1].hash == MeetingFinder.toWord && Extractor.homewardWords.contains(toks[k - 2].hash))
        }
    }
    static let homewardWords = Words.set(["back", "home", "return", "returning", "returned", "returns"])
    static let compassWords = Words.set(["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                                         "kilometres", "kilometers", "km", "miles"])

    /// Whether the tokens hold a phrase ("Warsaw" in "… in central Warsaw").
    static func holds(_ phrase: [UInt64], _ toks: [Token]) -> Bool {
        !phrase.isEmpty && toks.indices.contains { Tokenizer.matches(phrase, toks, at: $0) }
    }

    /// The sentence right after the lead, in its paragraph or the next, when it tells two of
    /// the lead's people meeting ("Ramaphosa received Xi with a guard of honour at …") and
    /// tells neither an arrival, an onward leg nor an earlier event.
    static func nextMeetingSentence(_ doc: Document, _ lead: Int, people: People, finder: MeetingFinder) -> Int? {
        let next = lead + 1
        guard next < doc.sentences.count, doc.sentences[next].paragraph <= doc.sentences[lead].paragraph + 1 else { return nil }
        let toks = doc.tokens[next]
        let ours = Set(finder.leadPeople(lead))
        guard Set(people.mentions[next].map(\.person)).intersection(ours).count >= 2,
              toks[..<finder.backgroundCut(next)].contains(where: { MeetingFinder.strongPredicates.contains($0.hash) }),
              !Extractor.tellsArrival(doc, next), !Extractor.tellsOnwardLeg(doc, next),
              !finder.toldInPastPerfect(next), !finder.inBareYear(next) else { return nil }
        // (Not a sentence dated in full or by month: "paid a visit to the Kingdom on 28-29 April
        // 2022, during which he held talks … in Jeddah" is another visit.)
        let dated = DateResolver.mentions(doc, next).contains { m in
            switch m.value {
            case .weekday, .relative: return false
            default: return true
            }
        }
        return dated ? nil : next
    }

    /// The dateline's day of a wire that files a statement about the meeting: the lead gives
    /// the meeting's weekday and, a day to three later, the statement's ("… in the White House on
    /// Wednesday confirmed …, Z said on Thursday"); the dateline day falls on the statement's
    /// weekday in one year only while the leaders the lead names held office.
    func statementDatelineDay(_ doc: Document, _ report: Report, lead: Int, people: People, finder: MeetingFinder) -> Day? {
        guard let md = report.datelineMonthDay else { return nil }
        let toks = doc.tokens[lead]
        var said: Int?, met: Int?
        for m in DateResolver.mentions(doc, lead) {
            guard case .weekday(let w) = m.value, !m.zoned else { continue }
            // (A statement's day has its verb before it, "said on Thursday"; "… in the White House
            // on Wednesday confirmed that …" is the meeting's day, whatever verb follows it.)
            if DateResolver.statementCueBefore(toks, m) { if said == nil { said = w } } else if met == nil { met = w }
        }
        guard let sw = said, let mw = met, (1...3).contains((sw - mw + 7) % 7) else { return nil }
        let leaders = leadLeaders(people, finder: finder, lead: lead)
        guard leaders.count >= 2 else { return nil }
        let years = officeYears(md, weekday: sw, lag: 0, leaders: leaders, principal: true)
        guard years.count == 1, let y = years.first else { return nil }
        return Day(year: y, month: md.month, day: md.day)
    }

    /// Whether a month and day is told as one of an earlier year: "on 8 November last year",
    /// "on March 3 the previous year".
    static func inAnEarlierYear(_ toks: [Token], _ m: DateMention) -> Bool {
        guard case .monthDay = m.value else { return false }
        let k = m.tokenEnd
        if k + 1 < toks.count, toks[k].hash == DateResolver.last, toks[k + 1].hash == DateResolver.yearWord { return true }
        return k + 2 < toks.count && toks[k].hash == DateResolver.the && toks[k + 1].hash == MeetingFinder.previousWord
            && toks[k + 2].hash == DateResolver.yearWord
    }

    /// Whether a sentence counts its people as two ("after the two met", "the two leaders")
    /// and tells of no third side ("the three leaders", "trilateral").
    static func countsTwo(_ toks: [Token]) -> Bool {
        guard !toks.contains(where: { Extractor.moreThanTwo.contains($0.hash) }) else { return false }
        return toks.indices.contains { k in
            guard k + 1 < toks.count, toks[k].hash == People.the, toks[k + 1].hash == H.two else { return false }
            // ("conflict between the two former Soviet republics": countries, not the pair.)
            let noun = (k + 2..<min(toks.count, k + 5)).first { Extractor.twoOfCountries.contains(toks[$0].hash) || Extractor.twoOfPeople.contains(toks[$0].hash) }
            return noun.map { Extractor.twoOfPeople.contains(toks[$0].hash) } ?? true
        }
    }
    static let moreThanTwo = Words.set(["three", "four", "trilateral", "all", "tripartite"])
    /// Nouns after "the two" that count states, not people: "the two countries", "the two former
    /// Soviet republics".
    static let twoOfCountries = Words.set(["countries", "nations", "republics", "states", "governments", "economies", "peoples", "capitals"])
    /// Nouns after "the two" that count people: "the two leaders", "the two sides".
    static let twoOfPeople = Words.set(["leaders", "men", "women", "presidents", "sides", "heads", "premiers", "ministers", "chancellors"])

    /// Whether a sentence tells something of an earlier time: "Our conversation in Buenos Aires
    /// last year laid the foundation for today's talks", "… met there two years ago", "the rally
    /// he attended in Houston a day earlier" (see ``MeetingFinder/tellsEarlierPeriod(_:)``).
    static func tellsEarlierYear(_ toks: [Token]) -> Bool {
        MeetingFinder.tellsEarlierPeriod(toks) || toks.contains { $0.hash == Extractor.agoWord }
            || toks.indices.dropFirst().contains { k in
                toks[k].hash == MeetingFinder.earlierWord && MeetingFinder.spanNouns.contains(toks[k - 1].hash)
            }
    }
    static let agoWord = Tokenizer.hash("ago")
    /// Nouns of a route, after which "to CITY" names where it goes: "rail line to Kathmandu".
    static let routeNouns = Words.set(["line", "link", "railway", "rail", "road", "route", "pipeline", "corridor", "highway",
                                       "flights", "flight", "train", "trains", "bridge", "connection", "connectivity"])
    /// Words right after a place that put what happens there at another time: "in Beijing next
    /// month", "in Seoul last year".
    static let placeAtOtherTime = Words.set(["next", "last", "ago", "upcoming", "later"])
    /// The rule of a place taken from a dateline whose city the story also names.
    static let namedDatelineRule = "dateline, named in the story"

    /// Whether a sentence tells something done from afar: "The two leaders also virtually
    /// inaugurated the solar power project in Trincomalee".
    static func doneFromAfar(_ toks: [Token]) -> Bool {
        toks.contains { Extractor.fromAfarWords.contains($0.hash) }
    }
    static let fromAfarWords = Words.set(["virtually", "remotely"])

    /// The gazetteer's living leaders with known offices among the people the lead names.
    func leadLeaders(_ people: People, finder: MeetingFinder, lead: Int) -> [Leader] {
        // Not someone named only in a clause of history ("…, since a trip by Paolo Gentiloni in
        // 2017"), as the participants leave them out: their years are not the meeting's.
        let all = finder.leadPeople(lead)
        let named = Extractor.namedBeforeSubordinate(all, lead: lead, people: people, doc: finder.doc) ?? all
        return named.compactMap { p -> Leader? in
            let member = people.cast[p]
            guard !member.historicalMention, var leader = member.leader, !leader.historical, !leader.offices.isEmpty else { return nil }
            // "UAE President Sheikh Mohamed bin Zayed": only the terms of an office of the title
            // the text gives fit the meeting (not his years as crown prince), when the data has one.
            let titled = leader.offices.filter { o in member.titledAs.contains { Fold.key(o.title).hasPrefix($0) } }
            if !titled.isEmpty { leader.offices = titled }
            return leader
        }
    }

    /// The one year in which the dateline day `md` falls on `weekday` (else, failing any,
    /// the day after it) while all of `leaders` held office; `nil` when none or several.
    /// A weekday told late in its day ("on Tuesday night") is filed under the next day's
    /// dateline: the day after comes first when one year fits it. `other` is the one year
    /// of the reading not taken, when one fits it (see `MeetingDate.otherDay`).
    func officeYearReading(_ md: MonthDay, weekday: Int, leaders: [Leader], late: Bool) -> (year: Int, dayAfter: Bool, other: Int?)? {
        let same = officeYears(md, weekday: weekday, lag: 0, leaders: leaders)
        let after = officeYears(md, weekday: weekday, lag: 1, leaders: leaders)
        let sameOnly = same.count == 1 ? same.first : nil, afterOnly = after.count == 1 ? after.first : nil
        if late, let a = afterOnly { return (a, true, sameOnly) }
        if let x = sameOnly { return (x, false, afterOnly) }
        if same.isEmpty, let a = afterOnly { return (a, true, nil) }
        return nil
    }

    /// Whether the lead's weekday is told late in its day and not from the place itself
    /// ("on Tuesday night", not "here on Tuesday night" or "Tuesday night local time"): a
    /// wire most often files it under the next day's dateline.
    func filedNextDay(_ doc: Document, _ lead: Int) -> Bool {
        lateInDay(doc) && !weekdayHere(doc, lead) && openingWeekdayMention(doc)?.local != true
    }

    /// The years in which `md` falls `lag` days after `weekday` (any weekday when `nil`)
    /// while every one of `leaders` held office. Terms still running count up to a year
    /// past the gazetteer's latest recorded date.
    func officeYears(_ md: MonthDay, weekday: Int?, lag: Int, leaders: [Leader], principal: Bool = false) -> [Int] {
        let lastYear = max(1900, (context.gazetteer.horizon?.year ?? 2100) + 1)
        return (1900...lastYear).filter { y in
            guard let d = Day(year: y, month: md.month, day: md.day) else { return false }
            if let w = weekday, (d.weekday - w + 7) % 7 != lag { return false }
            return leaders.allSatisfy { l in
                guard principal, l.offices.contains(where: \.isLeading) else { return l.heldOffice(on: d) != false }
                // (The head of a union of states, "European Council President Donald Tusk", is a
                // principal in the years of that office, whatever national office came before or after.)
                return Extractor.leadsOrIsHeir(l, on: d) || Extractor.headsOrganisation(l, on: d)
            }
        }
    }

    func approximateDate(_ published: Day?, rule: String) -> MeetingDate {
        MeetingDate(day: published, certainty: .approximate, phrase: nil,
                    rule: published == nil ? "no day in the text and no publication date" : "no day in the text: the latest possible day, the \(rule)")
    }

    /// The lead's eligible people, the sentence subject first.
    /// `apart` receives those named only in a clause of another event.
    func orderedParticipants(_ people: People, lead: Int, finder: MeetingFinder, day: Day?, apart: inout [Int]) -> [Int] {
        let doc = finder.doc
        var named = finder.leadPeople(lead).filter { finder.eligible($0, on: day) }
        // Those of `mentions` that `keep` takes who lead on the day and may take part, not yet named.
        // (With `organisations`, the heads of international organisations too: "co-chaired by
        // European Council President Charles Michel".)
        func addLeaders(_ mentions: [People.Mention], organisations: Bool = false, where keep: (People.Mention) -> Bool = { _ in true }) {
            for m in mentions where keep(m) && !named.contains(m.person) && finder.eligible(m.person, on: day)
                && people.cast[m.person].leader.map({ l in Extractor.leads(l, on: day) || organisations && Extractor.headsOrganisation(l, on: day) }) == true {
                named.append(m.person)
            }
        }
        // "since the collapse of the Sheikh Hasina government": a name that only qualifies a
        // government is no participant.
        let qualifying = named.filter { p in
            let own = people.mentions[lead].filter { $0.person == p }
            return !own.isEmpty && own.allSatisfy { finder.qualifiesGovernment(lead, $0) }
        }
        if !qualifying.isEmpty, named.count - qualifying.count >= 2 {
            apart += qualifying
            named.removeAll { qualifying.contains($0) }
        }
        // "met … with Prime Minister Sunak, ahead of the leaders' joint announcement with Prime
        // Minister Albanese": someone named only in a clause of another event is no participant.
        if let kept = Extractor.namedBeforeSubordinate(named, lead: lead, people: people, doc: doc) {
            apart = named.filter { !kept.contains($0) }
            named = kept
        }
        // "… when he sits down with President Xi at the G20 summit next week": someone named only
        // in a clause of a later event is no participant either.
        if let later = finder.futureSpan(lead) {
            let outside = Set(people.mentions[lead].filter { !later.contains($0.token) }.map(\.person))
            let kept = named.filter { outside.contains($0) }
            if kept.count >= 2 {
                apart += named.filter { !outside.contains($0) }
                named = kept
            }
        }
        // "Only the second state dinner of the Trump presidency - the first, for French President
        // Emmanuel Macron, was held more than a year ago - unfolded on Friday": someone named only in
        // an aside between dashes that tells another time is no participant.
        let otherTimes = finder.dashAsides(lead).filter { r in
            r.contains { MeetingFinder.isBackgroundCue(doc.tokens[lead], $0) || doc.tokens[lead][$0].hash == Extractor.agoWord }
        }
        if !otherTimes.isEmpty {
            let outside = Set(people.mentions[lead].filter { m in !otherTimes.contains { $0.contains(m.token) } }.map(\.person))
            let kept = named.filter { outside.contains($0) }
            if kept.count >= 2 {
                apart += named.filter { !outside.contains($0) }
                named = kept
            }
        }
        // "conveyed the message from President of Ukraine Volodymyr Zelenskyy to President Putin":
        // someone named only as a message's sender is not there.
        if named.count >= 3 {
            let toks = doc.tokens[lead]
            func sent(_ m: People.Mention) -> Bool {
                for k in max(1, m.token - 6)..<max(1, m.token) where toks[k].hash == MeetingFinder.fromWord {
                    guard Extractor.messageNouns.contains(toks[k - 1].hash) else { continue }
                    let between = (k + 1)..<m.token
                    if between.allSatisfy({ toks[$0].capitalized || toks[$0].hash == MeetingFinder.ofWord }) { return true }
                }
                return false
            }
            let kept = named.filter { p in
                let own = people.mentions[lead].filter { $0.person == p }
                return own.isEmpty || own.contains { !sent($0) }
            }
            if kept.count >= 2, kept.count < named.count {
                apart += named.filter { !kept.contains($0) }
                named = kept
            }
        }
        // "… said he had encouraged Xi to speak with Zelenskiy, after the two met in Beijing": a
        // lead that counts two keeps the first two it names.
        if named.count >= 3, Extractor.countsTwo(doc.tokens[lead]) {
            let order = people.mentions[lead].map(\.person)
            let firstTwo = order.reduce(into: [Int]()) { acc, p in if named.contains(p), !acc.contains(p), acc.count < 2 { acc.append(p) } }
            // (The two sides, and whoever mediated between them: "… reached an agreement to end the
            // tension between the two countries, following talks facilitated by …".)
            let mediators = Extractor.mediators(lead, people: people, doc: doc)
            if firstTwo.count == 2 {
                apart += named.filter { !firstTwo.contains($0) && !mediators.contains($0) }
                named = named.filter { firstTwo.contains($0) || mediators.contains($0) }
            }
        }
        if case .person(let p) = people.subjects[lead], let i = named.firstIndex(of: p), i > 0 {
            named.remove(at: i)
            named.insert(p, at: 0)
        }
        // "… signed a Memorandum of Understanding in Luanda", then "The signing took place during a
        // quadripartite summit convened by Angolan President X, and attended by President Y": the
        // summit's host and guests were there too. (Not the guests of a ceremony: "The signing
        // ceremony … was also attended by the Secretary-General".)
        let next = lead + 1
        if next < doc.sentences.count, doc.sentences[next].paragraph <= doc.sentences[lead].paragraph + 1,
           MeetingFinder.setsActAbove(doc.tokens[next]), doc.tokens[next].contains(where: { $0.hash == MeetingFinder.summitWord }) {
            let setting = Extractor.mediators(next, people: people, doc: doc, attending: true)
            for m in people.mentions[next] where setting.contains(m.person) && !named.contains(m.person) && finder.eligible(m.person, on: day) {
                named.append(m.person)
            }
        }
        // "President Salva Kiir on Thursday attended the official launch of the Tumaini Initiative in
        // Nairobi", then "The launch was presided over by the Kenyan President, William Ruto": one
        // leader named, and the host of what he attended, told in the sentence below.
        if named.count == 1, next < doc.sentences.count, doc.sentences[next].paragraph <= doc.sentences[lead].paragraph + 1,
           doc.tokens[next].first?.hash == People.the {
            let hosts = Extractor.mediators(next, people: people, doc: doc)
            if let host = people.mentions[next].first(where: { m in
                hosts.contains(m.person) && m.person != named[0] && finder.eligible(m.person, on: day)
                    && people.cast[m.person].leader.map { Extractor.leads($0, on: day) } == true
            })?.person {
                named.append(host)
            }
        }
        // "President X on Friday led a delegation back to Banjul for talks with President Y", then
        // "The President … was accompanied by Nigeria's President Z": who came with a participant
        // took part.
        // (Not an earlier welcome: "The President had earlier received his counterpart at the
        // airport, accompanied by the Prime Minister" names the host's escort.)
        if next < doc.sentences.count, doc.sentences[next].paragraph <= doc.sentences[lead].paragraph + 1, !finder.toldInPastPerfect(next),
           let acc = doc.tokens[next].indices.dropLast().first(where: { doc.tokens[next][$0].hash == Extractor.accompaniedWord && doc.tokens[next][$0 + 1].hash == Extractor.byWord }) {
            // (The subject is one of ours, or "He", "The President" not named, whom a reading of the
            // passive may take for the companion after "by".)
            var subjectIsOurs = doc.tokens[next].first.map { Extractor.companionSubjects.contains($0.hash) } ?? false
            if case .person(let p) = people.subjects[next] {
                subjectIsOurs = named.contains(p) || subjectIsOurs && people.mentions[next].contains { $0.person == p && $0.token > acc }
            }
            if subjectIsOurs {
                addLeaders(people.mentions[next]) { $0.token > acc }
            }
        }
        // "X hosted a welcome banquet for the Central Asian heads of state", then "Presidents A, B
        // and C attended the event": the guests the sentence below names took part.
        if named.count == 1, let g = finder.guestsBelow(lead) {
            addLeaders(people.mentions[g])
        }
        // "President X, together with other African Heads of State, has held talks with President
        // Y", then "The delegation included President Z of Senegal, …": a lead that tells a group
        // of leaders, and the sentence below that names who was in it.
        if named.count >= 2, Extractor.tellsGroup(doc.tokens[lead]) {
            for b in (lead + 1)..<min(doc.sentences.count, lead + 6) where doc.sentences[b].paragraph <= doc.sentences[lead].paragraph + 4 {
                let toks = doc.tokens[b]
                guard toks.contains(where: { Extractor.groupNouns.contains($0.hash) }),
                      toks.contains(where: { Extractor.memberVerbs.contains($0.hash) }) else { continue }
                addLeaders(people.mentions[b])
                break
            }
        }
        // "Prime Minister X presided over the Sixth BIMSTEC Summit", then "The Summit was attended
        // by the leaders of all seven member states …, namely:" over a list, a leader a line: the
        // leaders of the list took part.
        // (Or "The Summit was attended by the following Heads of State:" below a lead of the
        // session itself.)
        if let b = (lead + 1..<min(doc.sentences.count, lead + 4)).first(where: { b in
               let toks = doc.tokens[b]
               return doc.sentences[b].paragraph <= doc.sentences[lead].paragraph + 2 && finder.opensList(b)
                   && (doc.tokens[lead].contains(where: { $0.hash == MeetingFinder.summitWord })
                       && toks.indices.dropLast().contains { toks[$0].hash == Extractor.attendedWord && toks[$0 + 1].hash == Extractor.byWord }
                       || finder.attendedBy(b) != nil)
           }) {
            var c = b + 1
            while c < doc.sentences.count, c - b <= 40, doc.sentences[c].paragraph > doc.sentences[c - 1].paragraph {
                let leaders = people.mentions[c].map(\.person).filter { p in
                    finder.eligible(p, on: day) && people.cast[p].leader.map({ Extractor.leads($0, on: day) }) == true
                }
                // (A line of the list whose leader the gazetteer lacks does not end it.)
                if let first = leaders.first {
                    if !named.contains(first) { named.append(first) }
                } else if !TextScan.bulleted(doc.bytes[doc.sentences[c].start..<doc.sentences[c].end]) {
                    break
                }
                c += 1
            }
        }
        // "X took part in the first China–Central Asia Summit", then "The summit was attended by
        // President of Kazakhstan A, … and President of Turkmenistan D" (or "the meeting was
        // attended by"): those it names after "by".
        if doc.tokens[lead].contains(where: { $0.hash == MeetingFinder.summitWord }), finder.kind(lead: lead) == "summit" {
            for b in (lead + 1)..<min(doc.sentences.count, lead + 8) where doc.sentences[b].paragraph <= doc.sentences[lead].paragraph + 4 {
                let toks = doc.tokens[b]
                guard toks.last?.hash != Extractor.namelyWord, !finder.toldInPastPerfect(b), !finder.inBareYear(b),
                      let by = finder.attendedBy(b) else { continue }
                // ("Apart from Biden and Finnish President Niinisto, the meeting was attended by …":
                // those set apart took part too.)
                let besides = toks.first.map { Extractor.besidesWords.contains($0.hash) } ?? false
                // (Up to a clause of another time: "brought together kings, presidents and emirs, one
                // week after US President X announced …".)
                // (Not "as well as", which goes on with the list.)
                let end = (by + 1..<toks.count).first { j in
                    MeetingFinder.clauseOpeners.contains(toks[j].hash)
                        && !(j + 1 < toks.count && toks[j + 1].hash == AgreementFinder.wellWord || toks[j - 1].hash == AgreementFinder.wellWord)
                        || MeetingFinder.isBackgroundCue(toks, j)
                } ?? toks.count
                addLeaders(people.mentions[b], organisations: true) { ($0.token > by && $0.token < end) || besides }
            }
        }
        // "The summit was co-chaired by X and Y", then "Z, Chairperson of the African Union
        // Commission, participated in the summit": a leader told below as taking part in the
        // summit the lead tells was there too.
        // (Only below a lead of the summit itself, not of talks on its sidelines; and "the summit",
        // not "a summit session".)
        if doc.tokens[lead].contains(where: { $0.hash == MeetingFinder.summitWord }), finder.kind(lead: lead) == "summit" {
            for s in (lead + 1)..<min(doc.sentences.count, lead + 30) where !finder.toldInPastPerfect(s) && !finder.inBareYear(s) {
                guard let k = finder.tookPartInTheGathering(s) else { continue }
                addLeaders(people.mentions[s], organisations: true) { $0.token < k }
            }
        }
        // "Chinese President Xi Jinping on Friday chaired the first China-Central Asia Summit",
        // then "Attending the summit were …" or "The summit with the leaders of Kazakhstan, …":
        // the host named just above a lead that lists the guests is one of them.
        if let host = Extractor.hostAbove(lead, people: people, finder: finder, day: day, named: named) {
            named.insert(host, at: 0)
        }
        // "Assad was later given an official welcome at the palace, … before the two leaders held
        // talks": one named, and the pair; the other is the leader of another country named
        // last in the sentence just above ("UAE President Sheikh Mohamed greeted the couple …").
        if named.count == 1, MeetingFinder.namesPair(doc.tokens[lead]), lead > 0,
           doc.sentences[lead - 1].paragraph >= doc.sentences[lead].paragraph - 1,
           let other = people.mentions[lead - 1].last(where: { m in
               m.person != named[0] && people.cast[m.person].ref.country != people.cast[named[0]].ref.country
                   && finder.eligible(m.person, on: day) && people.cast[m.person].leader.map { Extractor.leads($0, on: day) } == true
           })?.person {
            named.append(other)
        }
        // "The leaders of South Korea and the United States sat down for summit talks …, the first
        // stop of U.S. President Donald Trump's state visit": one named, and the leader of the
        // other country the pair is told by, named elsewhere in the report.
        if named.count == 1, MeetingFinder.namesPair(doc.tokens[lead]), let first = people.mentions[lead].first?.token {
            let country = people.cast[named[0]].ref.country
            let others = finder.countryLeaders(lead, before: first).filter { p in
                p != named[0] && people.cast[p].ref.country != country && finder.eligible(p, on: day)
                    && people.cast[p].leader.map { Extractor.leads($0, on: day) } == true
            }
            if others.count == 1 { named.append(others[0]) }
        }
        // Three or more named: one named as the host of the visit ("on a visit at the
        // invitation of General Secretary …") is no party to this meeting.
        // (The host of a summit is: "the summit of the OIC, held in Istanbul at the invitation
        // of President X".)
        if named.count >= 3, finder.kind(lead: lead) != "summit" {
            let toks = doc.tokens[lead]
            let invited = people.mentions[lead].filter { m in
                (max(0, m.token - 6)..<m.token).contains { toks.indices.contains($0) && toks[$0].hash == Extractor.invitation }
            }.map(\.person)
            let kept = named.filter { !invited.contains($0) }
            if kept.count >= 2 { named = kept }
        }
        // Three or more named, two or more of them leaders (head of state or government,
        // party leader, monarch, the head of an international organisation; someone outside
        // the gazetteer by the title that introduced them): the others are aides, deputies
        // and ministers around them.
        // (Not when the lead tells a meeting of three: "X, Y and Z held a tripartite meeting".)
        if named.count >= 3, !(named.count == 3 && Extractor.hasPhrase(Extractor.threeWayPhrases, in: doc.tokens[lead])) {
            let known = named.compactMap { people.cast[$0].leader }
            let leading = named.filter { p in
                guard let l = people.cast[p].leader else {
                    // Outside the gazetteer: a leader by the title that introduced them, unless the
                    // name is a known leader's run together with the next word ("President Vladimir
                    // Vladimirovich Putinat Vostochny").
                    return (people.cast[p].role.map { Office.leadingRoles.contains($0) } ?? false)
                        && !known.contains { Extractor.sharesAWord(people.cast[p].ref.name, with: $0.name) }
                }
                return Extractor.leads(l, on: day) || Extractor.headsOrganisation(l, on: day)
            }
            if leading.count >= 2 { named = named.filter { leading.contains($0) } }
        }
        return named
    }

    /// Whether a lead tells a group of leaders on one side: "together with other African Heads
    /// of State", "joined fellow heads of state", "led a delegation of African leaders".
    static func tellsGroup(_ toks: [Token]) -> Bool {
        for (k, t) in toks.enumerated() where groupOpeners.contains(t.hash) {
            if (k + 1..<min(toks.count, k + 4)).contains(where: { groupHeads.contains(toks[$0].hash) }) { return true }
        }
        return false
    }
    static let groupOpeners = Words.set(["other", "fellow", "delegation", "mission"])
    static let groupHeads = Words.set(["leaders", "heads", "presidents"])
    /// Nouns of a group of leaders travelling together, and the verbs that list its members.
    /// (Not "group": "The Group of Seven, which includes …" lists members of another kind.)
    static let groupNouns = Words.set(["delegation", "mission"])
    static let memberVerbs = Words.set(["included", "includes", "including", "comprised", "comprising", "led"])

    /// The one leader named in one of the two sentences above `lead` (in its paragraph or the
    /// one before) that tells them hosting or chairing a meeting, when the lead names two or
    /// more others and no one of the host's country.
    static func hostAbove(_ lead: Int, people: People, finder: MeetingFinder, day: Day?, named: [Int]) -> Int? {
        let doc = finder.doc
        guard named.count >= 2 else { return nil }
        for b in stride(from: lead - 1, through: max(0, lead - 2), by: -1) where doc.sentences[b].paragraph >= doc.sentences[lead].paragraph - 1 {
            let toks = doc.tokens[b]
            guard let verb = toks.firstIndex(where: { Extractor.hostingWords.contains($0.hash) }),
                  toks.contains(where: { MeetingFinder.meetingWords.contains($0.hash) || $0.hash == MeetingFinder.summitWord })
                    || toks[(verb + 1)...].prefix(4).contains(where: { Extractor.guestNouns.contains($0.hash) }) else { continue }
            let before = people.mentions[b].filter { $0.tokenEnd <= verb }.map(\.person)
            guard Set(before).count == 1, let h = before.first, !named.contains(h), finder.eligible(h, on: day),
                  let leader = people.cast[h].leader, Extractor.leads(leader, on: day) else { return nil }
            let country = people.cast[h].ref.country
            if country != nil, named.contains(where: { people.cast[$0].ref.country == country }) { return nil }
            return h
        }
        return nil
    }
    /// Guests hosted: "hosted the presidents of five Central Asian nations".
    static let guestNouns = Words.set(["presidents", "leaders", "heads", "counterparts", "guests", "premiers", "monarchs"])
    static let hostingWords = Words.set(["hosted", "hosts", "chaired", "chairs", "presided", "welcomed", "welcomes", "received", "receives"])

    /// Whether two names share a word, or one's word begins with a word of four letters or
    /// more of the other ("Putinat" and "Putin"), folding case and diacritics.
    static func sharesAWord(_ a: String, with b: String) -> Bool {
        let x = Fold.key(a).split(separator: " "), y = Fold.key(b).split(separator: " ")
        return x.contains { u in y.contains { v in u == v || (min(u.count, v.count) >= 4 && (u.hasPrefix(v) || v.hasPrefix(u))) } }
    }

    /// Words of a title that tell a meeting or the remarks made at one.
    static let titleMeetingWords = Words.set([
        "meets", "meet", "met", "meeting", "talks", "remarks", "call", "calls", "summit", "hosts", "hosted", "receives",
        "received", "welcomes", "welcomed", "visit", "joint", "press", "conference", "statement", "discuss", "discussed",
        "holds", "held", "bilateral", "sign", "signs", "signed",
    ])

    /// The leaders a report's title names together when it tells a meeting ("REMARKS BY
    /// PRESIDENT BIDEN, PRIME MINISTER ALBANESE OF AUSTRALIA, AND PRIME MINISTER SUNAK"):
    /// two or more people in the gazetteer in a leading office on `day`; none otherwise.
    /// Whether a day that dates a statement dates it at the meeting: "Rouhani said on Monday
    /// at the tripartite summit", "told reporters on Tuesday after the talks".
    /// ("late Tuesday, Washington time, during a joint appearance … following their talks").
    static func saidAtMeeting(_ toks: [Token], _ m: DateMention) -> Bool {
        guard let link = (m.tokenEnd..<min(toks.count, m.tokenEnd + 4)).first(where: { Extractor.atMeetingLinks.contains(toks[$0].hash) }) else { return false }
        return (link + 1..<min(toks.count, link + 15)).contains { MeetingFinder.meetingWords.contains(toks[$0].hash) }
    }
    static let atMeetingLinks = Words.set(["at", "during", "after", "following"])
    static let arrivalVerbs = Words.set(["arrived", "landed", "flew", "arriving", "landing", "touched"])

    /// A cheap test before a title is read for a meeting by video: it holds "video", "virtual" or "online".
    /// Whether tokens say two people spoke with or to each other ("spoke with", "talked to"),
    /// with no word of meeting in person.
    static func spokeWith(_ toks: [Token]) -> Bool {
        guard !toks.contains(where: { MeetingFinder.formalMeetingWords.contains($0.hash) && $0.hash != MeetingFinder.talks }) else { return false }
        return toks.indices.contains { k in
            k + 1 < toks.count && (toks[k].hash == Extractor.spokeWord || toks[k].hash == Extractor.talkedWord)
                && (toks[k + 1].hash == MeetingFinder.withWord || toks[k + 1].hash == MeetingFinder.toWord)
        }
    }
    static let spokeWord = Tokenizer.hash("spoke"), talkedWord = Tokenizer.hash("talked")

    /// Whether a headline calls the event a call: "… in weekend call", "phone call", "Carney, Starmer hold call".
    static func titleTellsCall(_ title: String) -> Bool {
        let words = title.lowercased().split(whereSeparator: { !$0.isLetter })
        return words.contains("call") || words.contains("phone") || words.contains("telephone") || words.contains("phoned")
    }

    static func mayTellVideo(_ title: String) -> Bool {
        let lower = Array(title.lowercased().utf8)
        return ["video", "virtual", "online"].contains { TextScan.range(of: Array($0.utf8), in: lower, within: 0..<lower.count) != nil }
    }

    func titlePeople(_ report: Report, on day: Day?) -> [PersonRef] {
        guard let title = report.title, title.utf8.count <= 300,
              let (doc, people) = line(title, of: report, on: day), let toks = doc.tokens.first,
              toks.contains(where: { Extractor.titleMeetingWords.contains($0.hash) }) else { return [] }
        let leaders = people.cast.compactMap { m -> PersonRef? in
            guard let l = m.leader, !m.historicalMention, l.offices.contains(where: { o in o.isLeading && (day.map(o.held(on:)) ?? true) }) else { return nil }
            return m.ref
        }
        return leaders.count >= 2 ? leaders : []
    }

    /// A line of a report read on its own (its title, a line cleaning removed): its one
    /// sentence and the people it names; `nil` when it holds more than one sentence.
    func line(_ text: String, of report: Report, on day: Day?) -> (Document, People)? {
        let doc = Document(Report(id: report.id, source: report.source, published: day, title: nil, text: text))
        guard doc.sentences.count == 1 else { return nil }
        return (doc, People(doc, gazetteer: context.gazetteer, context: context))
    }

    /// The speaker a release's headline names after "by" ("Press Statement by Prime Minister
    /// Kishida at the … Summit Meeting", "Remarks by President X"): one known leader.
    func titleAuthor(_ report: Report, on day: Day?) -> PersonRef? {
        guard let title = report.title, title.utf8.count <= 300,
              let (doc, people) = line(title, of: report, on: day), let toks = doc.tokens.first,
              let by = toks.firstIndex(where: { $0.hash == Extractor.byWord }), by <= 4 else { return nil }
        // The first person named after "by", its titles standing between.
        guard let m = people.mentions[0].first(where: { $0.token > by }), m.token - by <= 4,
              people.cast[m.person].leader != nil else { return nil }
        return people.cast[m.person].ref
    }
    static let byWord = Tokenizer.hash("by")

    /// The leading role a headline names as the author of a statement, by office alone:
    /// "Press Statement by Prime Minister during …", "Remarks by the President at …".
    /// `nil` when the office is followed by a name (the name says who) or none is named.
    static func authorRole(inTitle title: String) -> String? {
        guard title.utf8.count <= 300 else { return nil }
        let toks = Document(Report(id: "", source: "", published: nil, title: nil, text: title)).tokens.first ?? []
        for k in toks.indices where toks[k].hash == byWord {
            let at = k + 1 < toks.count && toks[k + 1].hash == People.the ? k + 2 : k + 1
            guard let (phrase, role) = People.roleWords.first(where: { w in
                w.phrase.count <= toks.count - at && Tokenizer.matches(w.phrase, toks, at: at)
            }), Office.leadingRoles.contains(role) else { continue }
            let end = at + phrase.count
            if end < toks.count, toks[end].capitalized { return nil }
            return role
        }
        return nil
    }

    /// The author of a release whose headline names an office after "by" with no name ("Press
    /// Statement by Prime Minister during the State Visit of … to India") and whose page names
    /// its government in a line of furniture ("Government of India"): whoever held that office
    /// there on the day.
    func titleOfficeAuthor(_ report: Report, on day: Day?) -> PersonRef? {
        guard let day, let title = report.title, let role = Extractor.authorRole(inTitle: title) else { return nil }
        for n in report.noise.prefix(8) where n.kind == .pageFurniture && n.text.utf8.count <= 60 {
            guard let (line, _) = line(n.text, of: report, on: day), let words = line.tokens.first, words.count >= 3, words.count <= 6,
                  words[0].hash == Extractor.governmentWord, words[1].hash == MeetingFinder.ofWord,
                  let country = context.places.place(named: line.span(0, 2, words.count)), country.kind == .country,
                  let leader = context.gazetteer.holder(country: country.country, role: role, on: day) else { continue }
            return PersonRef(id: leader.id, name: leader.name, country: leader.country, known: true)
        }
        return nil
    }
    static let governmentWord = Tokenizer.hash("government")

    /// The author of a release whose line of name and styles ("Leo Varadkar TD") cleaning
    /// removed as page furniture above the story: a line that names one known person and
    /// holds only capitalised words.
    func furnitureAuthor(_ report: Report, on day: Day?) -> PersonRef? {
        for n in report.noise.prefix(8) where n.kind == .pageFurniture && n.text.utf8.count <= 60 {
            guard let (doc, people) = line(n.text, of: report, on: day), let toks = doc.tokens.first, toks.count <= 8,
                  toks.allSatisfy(\.capitalized), people.cast.count == 1, let m = people.cast.first, m.leader != nil else { continue }
            return m.ref
        }
        return nil
    }

    /// The author of a release whose page names only an office ("Prime Minister of Australia"
    /// above "Today I met President X"): whoever held it in that country on the day.
    func furnitureOffice(_ report: Report, on day: Day?) -> PersonRef? {
        guard let day else { return nil }
        for n in report.noise.prefix(8) where n.kind == .pageFurniture && n.text.utf8.count <= 60 {
            guard let (doc, _) = line(n.text, of: report, on: day), let toks = doc.tokens.first, toks.count <= 7,
                  let of = toks.firstIndex(where: { $0.hash == MeetingFinder.ofWord }), of > 0, of + 1 < toks.count,
                  let role = People.roleOf(toks, from: 0, to: of), Office.leadingRoles.contains(role),
                  let country = context.places.place(named: doc.span(0, of + 1, toks.count)), country.kind == .country,
                  let leader = context.gazetteer.holder(country: country.country, role: role, on: day) else { continue }
            return PersonRef(id: leader.id, name: leader.name, country: leader.country, known: true)
        }
        return nil
    }

    /// Whether a title's word is a verb in the present ("reaffirms", "Warns"): a word of four
    /// letters or more ending in "s", not a meeting noun ("talks", "visits").
    static func actsInTitle(_ bytes: [UInt8], _ t: Token) -> Bool {
        guard t.end - t.start >= 4, !t.numeric, bytes[t.end - 1] | 0x20 == UInt8(ascii: "s"), bytes[t.end - 2] | 0x20 != UInt8(ascii: "s") else { return false }
        return !MeetingFinder.meetingWords.contains(t.hash) && !titleNouns.contains(t.hash)
    }
    /// Nouns a capital names its state's government with, written after it: "Kyiv leader", "Beijing officials".
    static let governmentNouns = Words.set(["leader", "leaders", "government", "officials", "regime", "authorities", "envoy", "envoys"])
    static let titleNouns = Words.set(["visits", "ties", "relations", "sidelines", "leaders", "presidents", "ministers", "news", "affairs", "calls"])

    /// The one capital city a report's title names ("… overshadows Canberra visit"), for a lead
    /// that names no place: a headline names where the story happens before later sentences
    /// tell where the guest goes next. Only capitals: a title in title case capitalises every
    /// word, and smaller towns share their names with common words.
    func titleCapital(_ report: Report) -> Place? {
        guard let title = report.title, title.utf8.count <= 300 else { return nil }
        let doc = Document(Report(id: report.id, source: report.source, published: nil, title: nil, text: title))
        // A headline of what someone said names what was said, not where: "Hungarian engineers
        // will join the Belgrade line, the prime minister said", "… in Idlib — Putin".
        if let last = doc.tokens.last?.last, MeetingFinder.sayingVerbs.contains(last.hash) { return nil }
        if Extractor.endsWithSpeaker(title) { return nil }
        var found: Place?
        for s in doc.sentences.indices {
            let toks = doc.tokens[s]
            var k = 0
            while k < toks.count {
                guard toks[k].capitalized, !toks[k].numeric,
                      let (p, n) = (1...3).reversed().lazy.compactMap({ n -> (Place, Int)? in
                          guard k + n <= toks.count, let p = self.context.places.place(named: doc.span(s, k, k + n)), p.kind == .city,
                                let capital = self.context.places.country(code: p.country)?.capital, Fold.key(capital) == Fold.key(p.name) else { return nil }
                          return (p, n)
                      }).first else { k += 1; continue }
                // "Male reaffirms 'India First' policy": a capital that acts speaks for its
                // government, and says nothing of where the story happens.
                if k + n < toks.count, Extractor.actsInTitle(doc.bytes, toks[k + n]) { k += n; continue }
                // ("…, says Ankara ready to support …": a capital after a verb of saying is what is said.)
                if k > 0, MeetingFinder.speechVerbs.contains(toks[k - 1].hash) || MeetingFinder.sayingVerbs.contains(toks[k - 1].hash) { k += n; continue }
                // ("…; Kyiv leader also sees Vance": a capital before an office noun is its state.)
                if k + n < toks.count, People.roleNouns.contains(toks[k + n].hash) || Extractor.governmentNouns.contains(toks[k + n].hash) { k += n; continue }
                // ("… as U.S. frets over Beijing's reach": a capital in the possessive is its government.)
                if doc.afterPossessive(s, k + n - 1) != nil { k += n; continue }
                // ("India to build rail line to Kathmandu", "Raxaul-Kathmandu rail link": the end of a
                // route, not where the leaders are.)
                let hyphen = UInt8(ascii: "-")
                if k >= 2, toks[k - 1].hash == H.to, Extractor.routeNouns.contains(toks[k - 2].hash) { k += n; continue }
                if k >= 1, toks[k - 1].capitalized, doc.gap(s, before: k, contains: hyphen) { k += n; continue }
                if k + n < toks.count, toks[k + n].capitalized, doc.gap(s, before: k + n, contains: hyphen) { k += n; continue }
                // ("… hold summit in Beijing next month": a meeting of another time.)
                if (k + n..<min(toks.count, k + n + 2)).contains(where: { Extractor.placeAtOtherTime.contains(toks[$0].hash) }) { k += n; continue }
                // ("step up security ties, pressure on Pyongyang", "rift with Moscow": a capital after
                // a preposition of what is aimed at or dealt with is its government.)
                // (Not "talks on Male visit": the capital before a visit's noun is where it went.)
                if k >= 1, Extractor.governmentPrepositions.contains(toks[k - 1].hash),
                   !(k + n < toks.count && (MeetingFinder.visitNouns.contains(toks[k + n].hash) || MeetingFinder.plannedNouns.contains(toks[k + n].hash))) {
                    k += n
                    continue
                }
                if let f = found, f.name != p.name { return nil }
                found = p
                k += n
            }
        }
        return found
    }

    static let governmentPrepositions = Words.set(["on", "against", "with", "toward", "towards", "over", "from"])

    /// Whether month-day mention `m` falls in the two months after publication (more than a
    /// day's grace after it): a date still to come, which the year before would misread.
    static func soonAfter(_ published: Day?, _ m: DateMention) -> Bool {
        guard let p = published, case .monthDay(let md) = m.value, let d = Day(year: p.year, month: md.month, day: md.day) else { return false }
        return d > p.adding(days: 1) && d <= p.adding(days: 60)
    }

    /// Whether a day of the month given with its weekday falls after publication: "Macron
    /// continues his agenda on Wednesday (27) in Rio", told on the 26th, is a plan.
    static func afterPublication(_ published: Day?, _ m: DateMention) -> Bool {
        guard let p = published, case .dayOfMonth = m.value, m.weekday != nil,
              let d = DateResolver.resolve(m, phrase: "", published: p, yearHint: nil).day else { return false }
        return d > p
    }

    /// Whether date mention `m` of sentence `s` opens or closes a span of days: "from 5 to
    /// 8 September 2022", "05-08 September", "September 5-8".
    static func inSpan(_ doc: Document, _ s: Int, _ m: DateMention) -> Bool {
        let toks = doc.tokens[s]
        func dash(_ k: Int) -> Bool {
            doc.gap(s, before: k, contains: UInt8(ascii: "-")) || doc.gap(s, before: k, contains: 0xE2)
        }
        func day(_ k: Int) -> Bool { toks.indices.contains(k) && toks[k].numeric && toks[k].end - toks[k].start <= 2 }
        let k = m.token, e = m.tokenEnd
        if day(k - 1), dash(k) { return true }
        if day(k - 2), toks.indices.contains(k - 1), spanWords.contains(toks[k - 1].hash) { return true }
        if day(e), toks[e - 1].numeric, dash(e) { return true }
        if day(e + 1), spanWords.contains(toks[e].hash) { return true }
        return false
    }
    static let spanWords = Words.set(["to", "until", "till", "through"])

    /// The place rule of a dateline's place that the gazetteer does not know ("JOINT BASE
    /// ELMENDORF-RICHARDSON, Alaska"): where the report was filed, which may or may not be
    /// the city of the meeting, so it neither supports nor contradicts an undated report's match.
    public static let unplacedDateline = "dateline, a place the gazetteer lacks"

    /// Whether a full date is far from the day a report was published: over a month before
    /// it (history: "the memorandum signed on 28 June 2022") or after it (a plan).
    static func farFrom(_ published: Day?, _ m: DateMention) -> Bool {
        guard let p = published, case .full(let d) = m.value else { return false }
        return d.days(to: p) > 31 || p.days(to: d) > 1
    }

    /// Whether a month and day without a year lies over a month before publication (in its
    /// year, or the year before when later in the year than publication): "the aggression
    /// unleashed on September 13", in a release of 31 October, is another event's day.
    /// (Not one up to two months after publication: "the October 26 midterm elections", told on
    /// 14 October, is still to come; see ``soonAfter(_:_:)``.)
    static func monthDayFarBefore(_ published: Day?, _ m: DateMention) -> Bool {
        guard !soonAfter(published, m), let p = published, case .monthDay(let md) = m.value,
              let d = [p.year, p.year - 1].lazy.compactMap({ Day(year: $0, month: md.month, day: md.day) }).first(where: { $0 <= p.adding(days: 1) })
        else { return false }
        return d.days(to: p) > 31
    }

    static let invitation = Tokenizer.hash("invitation")
    /// Verbs of taking part in a summit: "participated in the summit", "took part in the summit".
    /// Words that open a sentence by setting some apart before naming others: "Apart from X, …".
    static let besidesWords = Words.set(["apart", "besides", "beside", "alongside"])
    static let tookPartVerbs = Words.set(["participated", "attended", "took", "joined", "addressed"])
    /// Parts of a summit someone may attend alone: "the summit session", "the summit's outreach".
    static let summitParts = Words.set(["session", "sessions", "dinner", "outreach", "retreat", "lunch"])
    static let arrivalWords = Words.set(["arrival", "arrived", "arriving", "landed", "landing", "airport", "tarmac", "jetted"])
    static let here = Tokenizer.hash("here")
    static let relativeWords = Words.set(["whose", "who", "which", "where"])
    static let whenWord = Tokenizer.hash("when"), whereWord = Tokenizer.hash("where")
    /// Words after which "that" opens what was said or known, not a relative clause.
    static let complementVerbs = Words.set([
        "said", "says", "say", "announced", "stressed", "noted", "agreed", "added", "confirmed", "reported", "reporters",
        "stated", "declared", "explained", "warned", "insisted", "clarified", "revealed", "indicated", "recalled",
        "reiterated", "affirmed", "out", "emphasized", "emphasised", "underlined", "believes", "believe", "hopes", "hope",
        "expressed", "learned", "learnt", "showed", "shows", "so", "now", "such", "know", "knows", "knew", "told", "him", "her",
        "them", "us", "me", "assured", "reminded", "informed", "acknowledged", "admitted", "argued", "claimed", "suggested",
    ])

    /// Whether sentence `s` tells a guest's arrival ("arrived", "landed").
    static func tellsArrival(_ doc: Document, _ s: Int) -> Bool {
        doc.tokens[s].contains { arrivalWords.contains($0.hash) }
    }

    /// Whether a day is told with the meeting's verb, before the arrival the sentence goes on to
    /// tell: "The two met on Wednesday in the Chinese capital, where X arrived on Tuesday".
    static func datesMeetingBeforeArrival(_ toks: [Token], _ m: DateMention) -> Bool {
        guard let a = toks.firstIndex(where: { arrivalWords.contains($0.hash) }), m.token < a else { return false }
        return (0..<m.token).contains { MeetingFinder.strongPredicates.contains(toks[$0].hash) }
    }

    static let onwardWords = Words.set(["left", "leaves", "leave", "leaving", "departed", "departs", "departing",
                                        "onward", "heading", "headed", "proceed", "proceeds", "proceeded"])
    /// Words of a plan that tell a next leg when a verb of going or of another event follows
    /// them ("will travel to", "is expected to attend").
    static let planOfLegWords = Words.set(["will", "expected"])
    static let legVerbs = Words.set(["travel", "fly", "head", "go", "visit", "leave", "proceed", "continue", "move", "depart",
                                     "attend", "arrive", "return", "tour", "stop"])

    /// Whether sentence `s` tells the guest's next leg ("later left for South Africa, where he is
    /// expected to attend the summit in Johannesburg"): its place is not the meeting's. (Not a
    /// plan of another kind: "agreed that Japan will extend yen loans".)
    static func tellsOnwardLeg(_ doc: Document, _ s: Int) -> Bool {
        let toks = doc.tokens[s]
        return toks.indices.contains { onwardCue(toks, at: $0) }
    }

    /// Whether token `k` tells a next leg: a word of leaving ("left", "onward"), a plan with a verb
    /// of going ("will travel to"), or "flew on to" ("After the visit Johnson flew on to Helsinki").
    static func onwardCue(_ toks: [Token], at k: Int) -> Bool {
        onwardWords.contains(toks[k].hash)
            || planOfLegWords.contains(toks[k].hash) && (k + 1..<min(toks.count, k + 4)).contains { legVerbs.contains(toks[$0].hash) }
            || MeetingFinder.travelsOnTo(toks, at: k)
    }

    /// Whether a sentence opens by recalling what came before: "It is to be recalled that …", "It
    /// will be recalled …", "It is worth recalling …", "Recall that …".
    static func opensWithRecall(_ toks: [Token]) -> Bool {
        guard let first = toks.first else { return false }
        if first.hash == recallWord { return true }
        return first.hash == itWord && toks.dropFirst().prefix(5).contains { recallWords.contains($0.hash) }
    }
    static let recallWords = Words.set(["recalled", "recalling", "recall", "remembered"])
    static let recallWord = Tokenizer.hash("recall"), itWord = Tokenizer.hash("it")

    /// Whether mention `m` stands in a clause of what came before, opened by "after" with no
    /// meeting word in it: "is on his second full day in Sydney, after he and Y appeared together
    /// before the diaspora at the arena on Tuesday night". (Not "after their talks on Monday",
    /// nor "after Wednesday's conversation".)
    static func inAfterClause(_ doc: Document, _ s: Int, _ m: DateMention) -> Bool {
        let toks = doc.tokens[s]
        // (A comma inside a number, "20,000", ends no clause.)
        guard let k = (max(0, m.token - 30)..<m.token).last(where: { toks[$0].hash == MeetingFinder.afterWord }),
              !(k + 1...m.token).contains(where: { j in
                  doc.gap(s, before: j, contains: UInt8(ascii: ",")) && !(toks[j].numeric && toks[j - 1].numeric)
              }) else { return false }
        // ("posted on X after Wednesday's conversation": the meeting's own noun right after the day.)
        return !(k + 1..<min(toks.count, m.tokenEnd + 3)).contains {
            MeetingFinder.meetingWords.contains(toks[$0].hash) || MeetingFinder.strongPredicates.contains(toks[$0].hash)
        }
    }

    /// Whether mention `m` dates the guest's next leg, told by a verb of going on shortly before
    /// it with no meeting between: "Macron flies on to Papua New Guinea on Friday", "leaves for
    /// Tokyo on Sunday". (Not "after talks on Monday, Modi will travel to …": the day comes first.)
    static func datesOnwardLeg(_ toks: [Token], _ m: DateMention) -> Bool {
        guard let cue = (max(0, m.token - 10)..<m.token).last(where: { onwardCue(toks, at: $0) }) else { return false }
        return !(cue + 1..<m.token).contains { MeetingFinder.meetingWords.contains(toks[$0].hash) || MeetingFinder.strongPredicates.contains(toks[$0].hash) }
    }

    /// Phrases that make a meeting one of two alone: "a one-on-one meeting", "a tête-à-tête".
    /// ("Bilateral" is not one: "discussed bilateral relations".) A hyphen splits words.
    static let twoAlonePhrases = ["one-on-one", "one-to-one", "tete-a-tete"].map(Tokenizer.phrase)
    /// Words that open a sentence whose subject is the meeting: "The talk took place …".
    static let meetingSubjectDeterminers = Words.set(["the", "their", "this"])
    /// Words that set an event before or after another: "will take place later today", "ahead of".
    static let otherTimeWords = Words.set(["will", "later", "ahead", "before", "after", "following", "preceded", "followed", "tomorrow"])
    /// Phrases that make a meeting one of three: "a tripartite meeting", "three-way talks".
    static let threeWayPhrases = ["trilateral", "tripartite", "trilaterally", "three-way", "three-party"].map(Tokenizer.phrase)

    /// Whether `toks` hold one of `phrases` (each from ``Tokenizer/phrase(_:)``).
    static func hasPhrase(_ phrases: [[UInt64]], in toks: some RandomAccessCollection<Token>) -> Bool {
        let all = Array(toks)
        return all.indices.contains { k in phrases.contains { Tokenizer.matches($0, all, at: k) } }
    }

    /// Whether a date mention dates one part of a longer programme: "for two days of events that
    /// included a lavish welcome banquet on Thursday evening", where the day is the banquet's.
    /// (Only an event of its own is such a part: "a visit including talks with Modi on Tuesday"
    /// dates the talks.)
    static func datesIncludedPart(_ toks: [Token], _ m: DateMention) -> Bool {
        guard let k = (max(0, m.token - 7)..<m.token).last(where: { Extractor.includedWords.contains(toks[$0].hash) }) else { return false }
        return (k + 1..<m.token).contains { MeetingFinder.eventNoun(toks, at: $0) != nil }
    }
    static let includedWords = Words.set(["included", "including", "includes", "include"])

    /// Whether mention `m` dates the end of a visit that the sentence goes on to tell talks
    /// within: a verb of ending right before the day and a visit after it ("concluded on
    /// Thursday a two-day state visit …, during which he held talks"), or the visit between
    /// the verb and the day ("wrapped up his visit to Tunisia on Thursday, during which …"), or
    /// with talks after it ("wrapped up a visit to Japan on Sunday, after a summit … on Saturday").
    static func datesVisitEnd(_ toks: [Token], _ m: DateMention) -> Bool {
        let before = (max(0, m.token - 10)..<m.token).filter { toks.indices.contains($0) && endVerbs.contains(toks[$0].hash) }
        guard let verb = before.last else { return false }
        let visitAt = (verb + 1..<min(toks.count, m.tokenEnd + 6)).first { MeetingFinder.visitNouns.contains(toks[$0].hash) }
        guard let v = visitAt else { return false }
        // "wrapped up a two-day visit to Japan on Sunday and flew on to Washington, after a summit
        // with Prime Minister Ishiba … on Saturday": the talks after it, with a day of their own.
        if v < m.token, (m.tokenEnd..<toks.count).contains(where: { k in
            toks[k].hash == MeetingFinder.afterWord
                && (k + 1..<min(toks.count, k + 4)).contains { MeetingFinder.plannedNouns.contains(toks[$0].hash) }
        }) { return true }
        guard v > m.token || m.token - verb <= 2 else { return false }
        // The talks inside it: "during which", "in the course of which".
        return (v + 1..<toks.count).contains { k in
            toks[k].hash == Extractor.whichWord && k > 0 && (toks[k - 1].hash == Extractor.duringWord || toks[k - 1].hash == MeetingFinder.ofWord)
        }
    }
    /// Whether mention `m` dates a departure the sentence tells before the meeting it looks
    /// back on: "left Berlin for Copenhagen on Tuesday morning after a packed day during which
    /// he and Chancellor Scholz launched …". A verb of leaving shortly before the day, with no
    /// word of the meeting between them, and the meeting told after it ("after", "during which").
    static func datesDeparture(_ toks: [Token], _ m: DateMention) -> Bool {
        guard let verb = (max(0, m.token - 6)..<m.token).last(where: { toks.indices.contains($0) && departureVerbs.contains(toks[$0].hash) }),
              !(verb + 1..<m.token).contains(where: { MeetingFinder.meetingWords.contains(toks[$0].hash) }) else { return false }
        return (m.tokenEnd..<toks.count).contains { k in
            toks[k].hash == MeetingFinder.afterWord || (toks[k].hash == Extractor.whichWord && k > 0 && toks[k - 1].hash == Extractor.duringWord)
        }
    }
    static let departureVerbs = Words.set(["left", "leaves", "departed", "departs", "flew"])
    static let messageNouns = Words.set(["message", "letter", "greetings", "regards", "invitation", "note", "messages", "letters"])
    static let remarkNouns = Words.set(["remarks", "comments", "statement", "statements"])
    static let endVerbs = Words.set(["concluded", "concludes", "wrapped", "wraps", "ended", "ends", "completed", "completes", "rounded", "rounds"])
    static let whichWord = Tokenizer.hash("which"), duringWord = Tokenizer.hash("during")

    static let effectWords = Words.set(["starting", "effective", "beginning", "until", "till", "deadline", "starts", "begins", "expires", "expiring"])

    /// Whether date mention `m` dates when something takes effect or ends ("a ceasefire starting
    /// at 00:01 on March 6", "effective from Monday", "until Friday"): a cue within six tokens before.
    /// ("… will lift the visa requirement as of December 1": "as of" right before the day.)
    static func datesEffect(_ toks: [Token], _ m: DateMention) -> Bool {
        if m.token >= 2, m.token <= toks.count, toks[m.token - 2].hash == asWord, toks[m.token - 1].hash == MeetingFinder.ofWord { return true }
        return (max(0, m.token - 6)..<m.token).contains { toks.indices.contains($0) && effectWords.contains(toks[$0].hash) }
    }
    static let asWord = Tokenizer.hash("as")

    /// Whether a date closes a clause naming an agreement and the verb that made it: "the Basic
    /// Agreement reached in Brussels on 27 February", "the deal signed in Beijing on March 10".
    static func datesEarlierAgreement(_ toks: [Token], _ m: DateMention) -> Bool {
        let from = max(1, m.token - 6)
        guard from < m.token else { return false }
        return (from..<m.token).contains { k in
            toks.indices.contains(k) && agreementParticiples.contains(toks[k].hash) && agreementNouns.contains(toks[k - 1].hash)
        }
    }
    static let agreementParticiples = Words.set(["reached", "signed", "concluded", "adopted", "struck", "inked"])
    static let agreementNouns = Words.set(["agreement", "agreements", "deal", "deals", "accord", "accords", "treaty", "declaration",
                                           "pact", "memorandum", "annex", "protocol"])

    static let mealWords = Words.set(["dinner", "banquet", "luncheon", "lunch", "breakfast", "reception", "tea"])

    static let since = Tokenizer.hash("since")

    /// Whether sentence `s` tells a meal or a reception ("hosted him to dinner on Monday
    /// night"): an event of its own beside the talks.
    static func tellsMeal(_ doc: Document, _ s: Int) -> Bool {
        doc.tokens[s].contains { mealWords.contains($0.hash) }
    }

    static let pastMeetingVerbs = Words.set(["held", "met", "hosted", "received", "conferred", "huddled", "dined", "phoned",
                                             "telephoned", "spoke", "talked"])

    /// Whether the relative clause a date mention stands in tells the meeting itself, in the
    /// past: "The two leaders, who held talks at State House on Monday, …".
    static func relativeClauseTellsMeeting(_ doc: Document, _ s: Int, _ m: DateMention) -> Bool {
        let toks = doc.tokens[s]
        var k = m.token - 1
        while k >= 0, k >= m.token - 12 {
            if relativeWords.contains(toks[k].hash) || toks[k].hash == H.that { return clauseDatesMeetingBefore(doc, s, k) }
            // (Told as past: "who meets Putin on Friday" is a plan.)
            if Extractor.pastMeetingVerbs.contains(toks[k].hash) { return true }
            k -= 1
        }
        return false
    }

    /// Whether the relative clause opened at token `k` of sentence `s` tells when a meeting
    /// named just before it happened: "his meeting with Netanyahu, which took place yesterday
    /// Monday", "the talks, which were held on Tuesday". (Not "Orbán, whose country took over
    /// the presidency on Monday": the clause's verb is not one of an event taking place.)
    static func clauseDatesMeetingBefore(_ doc: Document, _ s: Int, _ k: Int) -> Bool {
        let toks = doc.tokens[s]
        guard k + 2 < toks.count else { return false }
        let (a, b) = (toks[k + 1].hash, toks[k + 2].hash)
        let happened = (tookWords.contains(a) && b == placeWord) || (beWords.contains(a) && b == H.held)
        guard happened else { return false }
        return (max(0, k - 14)..<k).contains { MeetingFinder.meetingWords.contains(toks[$0].hash) }
    }
    static let tookWords = Words.set(["took", "takes"]), placeWord = Tokenizer.hash("place")
    static let beWords = Words.set(["was", "were", "is", "are", "had", "has"])

    /// Whether date mention `m` of sentence `s` stands in a relative clause opened within
    /// the twelve tokens before it with no comma between ("Orbán, whose country took over the
    /// presidency on Monday, …"): it dates what the clause tells, not the sentence's event.
    static func inRelativeClause(_ doc: Document, _ s: Int, _ m: DateMention) -> Bool {
        let toks = doc.tokens[s]
        var k = m.token - 1
        while k >= 0, k >= m.token - 12 {
            if doc.gap(s, before: k + 1, contains: UInt8(ascii: ",")) { return false }
            if relativeWords.contains(toks[k].hash) { return true }
            // "the exchange that they began during their conversation on February 12": a "that"
            // after a noun, not after a verb of saying ("said that they met on Monday").
            // ("told Xi that …": a name between the verb and "that".)
            if toks[k].hash == H.that, k > 0, !complementVerbs.contains(toks[k - 1].hash),
               !(k > 1 && toks[k - 1].capitalized && complementVerbs.contains(toks[k - 2].hash)) { return true }
            k -= 1
        }
        return false
    }

    /// Whether a leader held a leading office on `day` (any time, when the day is unknown).
    static func leads(_ l: Leader, on day: Day?) -> Bool {
        l.offices.contains { o in o.isLeading && (day.map { o.held(on: $0) } ?? true) }
    }

    /// Whether `l` led on `day` or was the heir who met leaders as one ("Crown Prince of Abu
    /// Dhabi"): the years in which a meeting of principals can fall.
    /// The role of an international organisation's office in the data files.
    static let organisationRole = "international-organisation"

    /// Whether `l` held an international organisation's office on `day` (any day when unknown):
    /// "European Council President Charles Michel" is a principal of the meetings he chairs.
    static func headsOrganisation(_ l: Leader, on day: Day?) -> Bool {
        l.offices.contains { $0.role == organisationRole && (day.map($0.held(on:)) ?? true) }
    }

    static func leadsOrIsHeir(_ l: Leader, on day: Day) -> Bool {
        l.offices.contains { o in (o.isLeading || o.isHeir) && o.held(on: day) }
    }

    /// The share of the report's sentences whose subject is each person.
    func emphasis(_ doc: Document, _ people: People, participants: [Int]) -> [String: Double] {
        let total = max(1, doc.sentences.count)
        var counts: [Int: Int] = [:]
        for s in people.subjects { if case .person(let p) = s { counts[p, default: 0] += 1 } }
        var out: [String: Double] = [:]
        for p in Set(participants).union(counts.keys) {
            let share = Double(counts[p] ?? 0) / Double(total)
            if share > 0 || participants.contains(p) { out[people.cast[p].ref.id] = (share * 1000).rounded() / 1000 }
        }
        return out
    }
}
