import Foundation
import Testing
@testable import Parley

/// Reports whose date cannot be anchored, and the links no signal may make.
@Suite struct UndatedMergeTests {
    func record(_ id: String, _ people: [String] = ["ruiz", "okafor"], day: String? = nil, place: String? = "Lagos",
                placeRule: String = "stated", occasion: String? = nil, weekday: Int? = nil, monthDay: MonthDay? = nil,
                certainty: DateCertainty? = nil, content: [UInt64] = []) -> MeetingRecord {
        let cert = certainty ?? (day == nil ? .approximate : .stated)
        var r = MeetingRecord(report: id, participants: people.map { PersonRef(id: $0, name: $0, country: nil, known: true) },
                              date: MeetingDate(day: day.flatMap { Day($0) }, certainty: cert, rule: "test", monthDay: monthDay, weekday: weekday),
                              place: place, placeRule: place == nil ? nil : placeRule, kind: "talks", occasion: occasion, events: [],
                              orientations: [], agreements: [], evidence: nil, emphasis: [:])
        r.fingerprint = content.sorted()
        return r
    }

    func meeting(of report: String, in meetings: [Meeting]) -> String? {
        meetings.first { $0.reports.contains(report) }?.id
    }

    /// Facts of one visit (say, an amount and an agreement's words) and of another.
    let visit2019: [UInt64] = [101, 102, 103, 104, 105, 106]
    let visit2021: [UInt64] = [201, 202, 203, 204, 205, 206]

    @Test func undatedReportJoinsTheMeetingItsFactsPointTo() {
        let records = [
            record("a", day: "2019-03-04", occasion: "Okafor's state visit to Nigeria", content: visit2019),
            record("b", day: "2021-06-10", occasion: "Okafor's state visit to Nigeria", content: visit2021),
            // "on Monday", no publication date: 2019-03-04 was a Monday, 2021-06-10 a Thursday.
            record("c", occasion: "Okafor's state visit to Nigeria", weekday: 1, content: [101, 102, 104, 105, 301]),
        ]
        let m = MeetingMerger().merge(records)
        #expect(m.count == 2)
        #expect(meeting(of: "c", in: m) == meeting(of: "a", in: m))
        #expect(m.first { $0.reports.contains("c") }?.reasons.contains { $0.contains("no usable date") } == true)
    }

    @Test func undatedReportWithNothingSpecificStaysApart() {
        // Same place and occasion as both meetings and no facts of its own: nothing tells them apart.
        let m = MeetingMerger().merge([
            record("a", day: "2019-03-04", occasion: "Okafor's state visit to Nigeria", content: visit2019),
            record("b", day: "2021-06-10", occasion: "Okafor's state visit to Nigeria", content: visit2021),
            record("c", occasion: "Okafor's state visit to Nigeria", content: [101, 201, 999]),
        ])
        #expect(m.count == 3)
    }

    @Test func sharedFactsAloneDoNotJoinAContradictedMeeting() {
        // The facts match, but the text states another city and another occasion.
        let m = MeetingMerger().merge([
            record("a", day: "2019-03-04", occasion: "on the sidelines of the G20 summit", content: visit2019),
            record("b", place: "Accra", occasion: "Ruiz's official visit to Ghana", content: visit2019),
            record("c", occasion: "Ruiz's official visit to Nigeria", content: visit2019),
        ])
        #expect(meeting(of: "b", in: m) != meeting(of: "a", in: m))
        #expect(meeting(of: "c", in: m) != meeting(of: "a", in: m))
    }

    @Test func aReportWithoutPlaceDoesNotBridgeTwoCities() {
        // The same leaders on the same day in two cities the texts name: a record with no
        // place fits both, but cannot make them one meeting.
        let m = MeetingMerger().merge([
            record("a", day: "2020-01-22", place: "Lagos"),
            record("b", day: "2020-01-22", place: nil),
            record("c", day: "2020-01-22", place: "Abuja"),
        ])
        #expect(meeting(of: "a", in: m) != meeting(of: "c", in: m))
    }

    @Test func aYearFromWeakEvidenceCountsOnlyForItsMonthAndDay() {
        // A year guessed from a weekday and a stray year in the text is decades off; the month
        // and day still find the meeting.
        let m = MeetingMerger().merge([
            record("a", day: "2022-10-09", content: visit2019),
            record("b", day: "1977-10-09", monthDay: MonthDay(month: 10, day: 9), certainty: .inferred, content: visit2019),
            record("c", day: "2021-10-09", place: "Abuja", content: visit2021),
        ])
        #expect(m.count == 2)
        #expect(meeting(of: "b", in: m) == meeting(of: "a", in: m))
    }

    @Test func aReportDatedLaterInTheSameVisitJoinsIt() {
        // A report giving the day of a later event of the visit, with the visit's facts.
        let m = MeetingMerger().merge([
            record("a", day: "2023-05-14", occasion: "Ruiz's official visit to Nigeria", content: visit2019),
            record("b", day: "2023-05-14", occasion: "Ruiz's official visit to Nigeria", content: [101, 102, 107]),
            record("c", day: "2023-05-18", occasion: "Ruiz's official visit to Nigeria", content: [101, 102, 103, 105]),
            // Months later, the same city and occasion: another meeting.
            record("d", day: "2023-09-18", occasion: "Ruiz's official visit to Nigeria", content: [101, 102, 103, 105]),
        ])
        #expect(meeting(of: "c", in: m) == meeting(of: "a", in: m))
        #expect(meeting(of: "d", in: m) != meeting(of: "a", in: m))
    }

    @Test func theNumberOfPointsOfAFrameworkTellsMeetingsApart() {
        func framework(_ r: MeetingRecord, points: Int) -> MeetingRecord {
            var r = r
            r.orientations = [Orientation(name: "\(points) major orientations", proposer: nil, declaredCount: points, items: [], evidence: [])]
            return r
        }
        // Two visits alike in place, occasion and the facts an undated report shares with
        // them; only the size of the framework the leaders set out differs.
        let m = MeetingMerger().merge([
            framework(record("a", day: "2019-03-04", occasion: "Okafor's state visit to Nigeria", content: [101, 102, 103]), points: 6),
            framework(record("b", day: "2021-06-10", occasion: "Okafor's state visit to Nigeria", content: [101, 102, 104]), points: 5),
            framework(record("c", occasion: "Okafor's state visit to Nigeria", content: [101, 102]), points: 5),
        ])
        #expect(meeting(of: "c", in: m) == meeting(of: "b", in: m))
        #expect(meeting(of: "a", in: m) != meeting(of: "b", in: m))
    }

    @Test func undatedReportsOfOneMeetingGroupTogether() {
        let m = MeetingMerger().merge([
            record("a", occasion: "on the sidelines of the G20 summit", weekday: 3, content: visit2021),
            record("b", occasion: "on the sidelines of the G20 summit at the State House", weekday: 3, content: [201, 202, 203, 204, 207]),
            record("c", place: "Accra", occasion: "on the sidelines of the G20 summit", weekday: 3, content: visit2021),
        ])
        #expect(meeting(of: "a", in: m) == meeting(of: "b", in: m))
        #expect(meeting(of: "c", in: m) != meeting(of: "a", in: m))
    }

    @Test func undatedMergingDoesNotDependOnOrder() {
        let records = [
            record("a", day: "2019-03-04", occasion: "Okafor's state visit to Nigeria", content: visit2019),
            record("b", day: "2021-06-10", occasion: "Okafor's state visit to Nigeria", content: visit2021),
            record("c", occasion: "Okafor's state visit to Nigeria", weekday: 1, content: [101, 102, 104, 105]),
            record("d", occasion: "Okafor's state visit to Nigeria", weekday: 4, content: [201, 202, 203]),
            record("e", monthDay: MonthDay(month: 6, day: 10), certainty: .inferred, content: [201, 204]),
        ]
        let forward = MeetingMerger().merge(records).map { $0.id + ":" + $0.reports.joined(separator: ",") }
        let backward = MeetingMerger().merge(records.reversed()).map { $0.id + ":" + $0.reports.joined(separator: ",") }
        #expect(forward == backward)
        #expect(forward.count == 2)
    }

    @Test func aReportDaysOffJoinsTheMeetingItSharesManyFactsWithButNotAFew() {
        // Two reports of the talks on the 9th; one report dated two days later (the day of a
        // later event of the visit) that shares their facts.
        let talks = [
            record("a", day: "2024-07-09", place: "Moscow", content: visit2019),
            record("b", day: "2024-07-09", place: "Moscow", content: visit2019),
        ]
        let misdated = record("c", day: "2024-07-11", place: "Moscow", content: Array(visit2019.prefix(5)))
        let joined = MeetingMerger().merge(talks + [misdated])
        #expect(meeting(of: "c", in: joined) == meeting(of: "a", in: joined))
        // Another meeting two days before, sharing two words with the talks and nothing else.
        let other = record("d", day: "2024-07-07", place: "Moscow", content: Array(visit2019.prefix(2)))
        let apart = MeetingMerger().merge(talks + [other])
        #expect(meeting(of: "d", in: apart) != meeting(of: "a", in: apart))
    }

    @Test func aMonthAndDayWithSeveralMeetingsThatDayJoinsTheOneInItsPlace() {
        let records = [
            record("a", day: "2022-11-14", place: "Nusa Dua"),
            record("b", day: "2022-11-14", place: "Bali"),
            record("c", place: "Nusa Dua", placeRule: "dateline, named in the story", monthDay: MonthDay(month: 11, day: 14), certainty: .inferred),
        ]
        let ms = MeetingMerger().merge(records)
        #expect(meeting(of: "c", in: ms) == meeting(of: "a", in: ms))
        #expect(meeting(of: "b", in: ms) != meeting(of: "a", in: ms))
    }

    @Test func occasionsAgreeOnlyOnTheSameGatheringOrVisit() throws {
        let g20 = try #require(OccasionKey("on the sidelines of the G20 summit at the State House"))
        #expect(OccasionKey("on the sidelines of the G20 summit").map(g20.agrees) == true)
        #expect(OccasionKey("on the sidelines of the BRICS summit").map(g20.agrees) == false)
        let state = try #require(OccasionKey("Okafor's state visit to Nigeria"))
        #expect(OccasionKey("state visit").map(state.agrees) == true)
        // Outlets name one visit's level differently: the country visited decides, and
        // without it the level must match.
        #expect(OccasionKey("Okafor's working visit to Nigeria").map(state.agrees) == true)
        #expect(OccasionKey("working visit").map { OccasionKey("state visit")?.agrees(with: $0) } == false)
        #expect(OccasionKey("Okafor's state visit to Ghana").map(state.agrees) == false)
        // A country taken from a dateline is not the place of the visit.
        #expect(OccasionKey("Okafor's state visit to Ghana", placeStated: false).map(state.agrees) == true)
        #expect(state.agrees(with: g20) == false)
        #expect(OccasionKey("a historic occasion") == nil)
    }
}

/// Two places stated for one meeting at two scales (a region and a town in it).
@Suite struct PlaceScaleMergeTests {
    func record(_ id: String, day: String, place: String, country: String?, kind: String = "talks") -> MeetingRecord {
        var r = MeetingRecord(report: id, participants: ["ruiz", "okafor"].map { PersonRef(id: $0, name: $0, country: nil, known: true) },
                              date: MeetingDate(day: Day(day), certainty: .stated, rule: "test"),
                              place: place, placeRule: "stated", kind: kind, occasion: nil, events: [],
                              orientations: [], agreements: [], evidence: nil, emphasis: [:])
        r.placeCountry = country
        return r
    }

    @Test func townAndRegionOfOneCountryOnTheSameDayAreOneMeeting() {
        let m = MeetingMerger().merge([
            record("a", day: "2022-11-14", place: "Bali", country: "ID"),
            record("b", day: "2022-11-14", place: "Nusa Dua", country: "ID"),
            record("c", day: "2022-11-14", place: "Nusa Dua", country: "ID", kind: "meeting"),
        ])
        #expect(m.count == 1)
        #expect(m.first?.place == "Nusa Dua")
        #expect(m.first?.reasons.contains { $0.contains("Bali / Nusa Dua in one country") } == true)
    }

    @Test func placesInTwoCountriesOrOnTwoDaysStayApart() {
        let m = MeetingMerger().merge([
            record("a", day: "2022-11-14", place: "Lagos", country: "NG"),
            record("b", day: "2022-11-14", place: "Accra", country: "GH"),
            record("c", day: "2022-11-16", place: "Abuja", country: "NG"),
            // The same day and country, but a banquet is another event than the talks.
            record("d", day: "2022-11-14", place: "Abuja", country: "NG", kind: "state banquet"),
            // No country known for the place: nothing says the two are near each other.
            record("e", day: "2022-11-14", place: "Somewhere", country: nil),
        ])
        #expect(m.count == 5)
    }
}

/// One person outside the gazetteer, spelled two ways.
@Suite struct TransliterationMergeTests {
    @Test func fullNamesThatDifferOnlyInsideAreOnePerson() {
        func record(_ id: String, _ other: String) -> MeetingRecord {
            MeetingRecord(report: id, participants: [PersonRef(id: "pope-francis", name: "Pope Francis", country: "VA", known: true),
                                                     PersonRef(id: other.lowercased().replacingOccurrences(of: " ", with: "-"), name: other, country: nil, known: false)],
                          date: MeetingDate(day: Day("2021-03-06"), certainty: .stated, rule: "test"),
                          place: "Najaf", placeRule: "stated", kind: "meeting", occasion: nil, events: [],
                          orientations: [], agreements: [], evidence: nil, emphasis: [:])
        }
        let m = MeetingMerger().merge([record("a", "Ali al-Husseini al-Sistani"), record("b", "Ali al-Husayni al-Sistani")])
        #expect(m.count == 1)
        // Two people who share only a given name and a family name's first word stay two.
        let n = MeetingMerger().merge([record("a", "Ali Hassan"), record("b", "Ali Reza")])
        #expect(n.count == 2)
    }
}

/// A record of a meeting in Lagos between `people`, on `day`, for the suites below.
private func lagosRecord(_ id: String, _ people: [String] = ["ruiz", "okafor"], day: String,
                         certainty: DateCertainty = .inferred) -> MeetingRecord {
    MeetingRecord(report: id, participants: people.map { PersonRef(id: $0, name: $0, country: nil, known: true) },
                  date: MeetingDate(day: Day(day), certainty: certainty, rule: "test"),
                  place: "Lagos", placeRule: "stated", kind: "meeting", occasion: nil, events: [],
                  orientations: [], agreements: [], evidence: nil, emphasis: [:])
}

/// A meeting told as one of two alone, beside a larger meeting of the same day.
@Suite struct TwoAloneMergeTests {
    func record(_ id: String, _ people: [String], twoAlone: Bool? = nil) -> MeetingRecord {
        var r = lagosRecord(id, people, day: "2023-11-08", certainty: .stated)
        r.twoAlone = twoAlone
        return r
    }

    @Test func aOneOnOneMeetingIsNotTheTrilateralOfItsDay() {
        let m = MeetingMerger().merge([
            record("a", ["ruiz", "okafor", "mensah"]),
            record("b", ["ruiz", "okafor", "mensah"]),
            record("c", ["ruiz", "okafor"], twoAlone: true),
        ])
        #expect(m.count == 2)
        #expect(m.first { $0.reports.contains("c") }?.reports == ["c"])
    }

    @Test func aReportThatMissedTheThirdLeaderStillJoins() {
        let m = MeetingMerger().merge([
            record("a", ["ruiz", "okafor", "mensah"]),
            record("b", ["ruiz", "okafor", "mensah"]),
            record("c", ["ruiz", "okafor"]),
        ])
        #expect(m.count == 1)
    }
}

/// A report naming part of the participants, dated the day another report of all of them was published.
@Suite struct PublicationDayPartialMergeTests {
    func record(_ id: String, _ people: [String], day: String, approximate: Bool) -> MeetingRecord {
        lagosRecord(id, people, day: day, certainty: approximate ? .approximate : .inferred)
    }

    @Test func aPartOfTheLeadersOnThePublicationDayJoins() {
        let m = MeetingMerger().merge([
            record("a", ["ruiz", "okafor", "mensah", "diallo"], day: "2024-12-04", approximate: true),
            record("b", ["ruiz", "okafor"], day: "2024-12-04", approximate: false),
        ])
        #expect(m.count == 1)
        #expect(m.first?.reasons.contains { $0.contains("on or just before the other's publication") } == true)
    }

    @Test func aPartOfTheLeadersDaysBeforeThePublicationStaysApart() {
        let m = MeetingMerger().merge([
            record("a", ["ruiz", "okafor", "mensah", "diallo"], day: "2024-12-04", approximate: true),
            record("b", ["ruiz", "okafor"], day: "2024-11-29", approximate: false),
        ])
        #expect(m.count == 2)
    }
}

/// A report of the guest's arrival, published the day before the talks.
@Suite struct ArrivalEveMergeTests {
    func record(_ id: String, day: String, approximate: Bool, arrival: Bool) -> MeetingRecord {
        var r = lagosRecord(id, day: day, certainty: approximate ? .approximate : .inferred)
        r.tellsArrival = arrival
        return r
    }

    @Test func anArrivalPublishedTheDayBeforeTheTalksIsTheEve() {
        let m = MeetingMerger().merge([
            record("talks", day: "2025-11-12", approximate: false, arrival: false),
            record("eve", day: "2025-11-11", approximate: true, arrival: true),
        ])
        #expect(m.count == 2)
    }

    @Test func anyOtherReportPublishedTheDayBeforeStillJoins() {
        let m = MeetingMerger().merge([
            record("talks", day: "2025-11-12", approximate: false, arrival: false),
            record("other", day: "2025-11-11", approximate: true, arrival: false),
        ])
        #expect(m.count == 1)
    }
}

/// Reports that give a month and day without a year, beside a dated meeting a day away.
@Suite struct MonthDayNeighbourTests {
    func record(_ id: String, day: String? = nil, monthDay: MonthDay? = nil) -> MeetingRecord {
        var r = lagosRecord(id, day: day ?? "2019-01-01")
        if let md = monthDay { r.date = MeetingDate(day: nil, certainty: .inferred, rule: "test", monthDay: md) }
        return r
    }

    @Test func twoReportsAgreeingOnADayDoNotMoveToTheNextDaysMeeting() {
        let m = MeetingMerger().merge([
            record("signing", day: "2018-09-19"),
            record("talks1", monthDay: MonthDay(month: 9, day: 18)),
            record("talks2", monthDay: MonthDay(month: 9, day: 18)),
        ])
        #expect(m.count == 2)
        #expect(m.first { $0.reports.contains("talks1") }?.reports == ["talks1", "talks2"])
    }

    @Test func aLoneMonthDayADayAwayStillJoins() {
        let m = MeetingMerger().merge([
            record("signing", day: "2018-09-19"),
            record("talks1", monthDay: MonthDay(month: 9, day: 18)),
        ])
        #expect(m.count == 1)
    }
}

/// A report alone on its day, a day from a meeting told elsewhere.
@Suite struct DayApartElsewhereTests {
    func record(_ id: String, day: String, place: String, stated: Bool) -> MeetingRecord {
        var r = lagosRecord(id, day: day)
        r.place = place
        r.placeRule = stated ? "stated" : "dateline"
        return r
    }

    @Test func aReportTheDayBeforeFromAnotherCityIsAnEarlierEvent() {
        let m = MeetingMerger().merge([
            record("talks1", day: "2020-02-25", place: "New Delhi", stated: true),
            record("talks2", day: "2020-02-25", place: "New Delhi", stated: true),
            record("rally", day: "2020-02-24", place: "Ahmedabad", stated: false),
        ])
        #expect(m.count == 2)
    }

    @Test func aReportTheDayAfterFromAnotherCityIsAFiling() {
        let m = MeetingMerger().merge([
            record("talks1", day: "2019-12-03", place: "London", stated: true),
            record("talks2", day: "2019-12-03", place: "London", stated: true),
            record("later", day: "2019-12-04", place: "Watford", stated: false),
        ])
        #expect(m.count == 1)
    }
}

/// A lone report whose text gives its own day, a day after a day two reports agree on.
@Suite struct ToldDayApartTests {
    func record(_ id: String, day: String, rule: String) -> MeetingRecord {
        var r = lagosRecord(id, day: day)
        r.date.rule = rule
        return r
    }

    @Test func aDayTheTextGivesDoesNotMoveToTheDayBefore() {
        let m = MeetingMerger().merge([
            record("talks1", day: "2018-09-18", rule: "test"),
            record("talks2", day: "2018-09-18", rule: "test"),
            record("signing", day: "2018-09-19", rule: "day of the month, in the month of publication or the one before"),
        ])
        #expect(m.count == 2)
    }

    @Test func aDayReadFromAWeekdayStillMoves() {
        let m = MeetingMerger().merge([
            record("talks1", day: "2018-09-18", rule: "test"),
            record("talks2", day: "2018-09-18", rule: "test"),
            record("late", day: "2018-09-19", rule: "the most recent such weekday on or before publication"),
        ])
        #expect(m.count == 1)
    }
}

/// Two reports of a summit of many leaders that each missed someone.
@Suite struct ManyLeadersMergeTests {
    let six = ["ruiz", "okafor", "mensah", "diallo", "kone", "sow"]

    func undated(_ id: String, _ people: [String], place: String = "Lagos") -> MeetingRecord {
        MeetingRecord(report: id, participants: people.map { PersonRef(id: $0, name: $0, country: nil, known: true) },
                      date: MeetingDate(day: nil, certainty: .approximate, rule: "test"),
                      place: place, placeRule: "stated", kind: "summit", occasion: nil, events: [],
                      orientations: [], agreements: [], evidence: nil, emphasis: [:])
    }

    /// A summit of the first five, dated only by its publication.
    func datedSummit() -> MeetingRecord {
        var dated = lagosRecord("a", Array(six.prefix(5)), day: "2025-04-04", certainty: .approximate)
        dated.kind = "summit"
        return dated
    }

    @Test func allButOneOfFiveLeadersAtTheSamePlaceJoin() {
        // One report names the five but not the sixth; the other misses the fifth ("kone").
        let m = MeetingMerger().merge([datedSummit(), undated("b", ["ruiz", "okafor", "mensah", "diallo", "sow", "ba"])])
        #expect(m.count == 1)
        #expect(m.first?.reasons.contains { $0.contains("leaders in common") } == true)
    }

    @Test func anotherPlaceKeepsThemApart() {
        let m = MeetingMerger().merge([datedSummit(), undated("b", ["ruiz", "okafor", "mensah", "diallo", "sow", "ba"], place: "Accra")])
        #expect(m.count == 2)
    }

    @Test func twoLeadersEachMissingAnotherStayApart() {
        // Pairs are never near subsets: the same day with another counterpart is another meeting.
        let m = MeetingMerger().merge([
            lagosRecord("a", ["ruiz", "okafor", "mensah"], day: "2025-04-04"),
            lagosRecord("b", ["ruiz", "okafor", "diallo", "kone"], day: "2025-04-04"),
        ])
        #expect(m.count == 2)
    }
}

/// Reports that agree on a month and day, and a report dated only by its publication that day.
@Suite struct MonthDayOnPublicationDayTests {
    func monthDay(_ id: String) -> MeetingRecord {
        var r = lagosRecord(id, day: "2024-05-24")
        r.date = MeetingDate(day: nil, certainty: .inferred, rule: "test", monthDay: MonthDay(month: 5, day: 24))
        return r
    }

    @Test func agreeingMonthDaysJoinAReportPublishedThatDay() {
        let m = MeetingMerger().merge([monthDay("a"), monthDay("b"), lagosRecord("c", day: "2024-05-24", certainty: .approximate)])
        #expect(m.count == 1)
        #expect(m.first?.date.day == Day("2024-05-24"))
    }

    @Test func agreeingMonthDaysDoNotJoinAReportPublishedTheDayAfter() {
        let m = MeetingMerger().merge([monthDay("a"), monthDay("b"), lagosRecord("c", day: "2024-05-25", certainty: .approximate)])
        #expect(m.count == 2)
    }
}

/// A month and day with no year in one report and a weekday in another: the one year in
/// which both hold while everyone named held office.
@Suite struct MonthDayAndWeekdayTogetherTests {
    @Test func aYearlessMonthDayAndAnotherReportsWeekdayDateTheMeeting() throws {
        let folder = try TempFolder()
        defer { folder.cleanup() }
        try folder.write("a.txt", """
        Iraqi Prime Minister, Iranian President hold official talks

        Baghdad, Sept 11 (Agency) - Iraqi Prime Minister Mohammed Shia al-Sudani and Iranian President Masoud Pezeshkian held official talks at the Government Palace in Baghdad today on trade, energy and border security.
        """)
        try folder.write("b.txt", """
        Pezeshkian picks Iraq for first trip abroad

        Iranian President Masoud Pezeshkian held talks with Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad on Wednesday, on his first foreign trip since taking office, as the two neighbours discussed trade, energy and border security.
        """)
        var corpus = Corpus()
        _ = corpus.load(paths: [folder.path])
        let ms = corpus.meetings.filter { $0.participants.contains { $0.id == "masoud-pezeshkian" } }
        #expect(ms.count == 1)
        #expect(ms.first?.date.day == Day("2024-09-11"))
    }
}

/// A home agency's yearless dateline that fits the lead's weekday in one year, and the day
/// after it in another, takes the other when a report dated only by its publication has the
/// same leaders meeting then.
@Suite struct OtherReadingByPublicationDateTests {
    @Test func aReportDatedOnlyByPublicationDecidesTheYear() throws {
        let folder = try TempFolder()
        defer { folder.cleanup() }
        try folder.write("a.txt", """
        Merkel and Erdoğan discuss migration on farewell visit

        Berlin, Oct 17

        Chancellor Angela Merkel held talks with Turkish President Recep Tayyip Erdoğan in Istanbul on Saturday, government spokesman Steffen Seibert said.

        The two leaders discussed migration, the situation in Afghanistan and relations between Turkey and the European Union, which have been strained since 2016.
        """)
        try folder.write("b.txt", """
        Presidential Communications Office

        Published: 16.10.2021

        President Erdoğan meets Chancellor Merkel in Istanbul

        President Recep Tayyip Erdoğan met Federal Chancellor of Germany Angela Merkel at Vahdettin Pavilion in Istanbul. The two leaders discussed bilateral relations as well as regional issues, the presidency said.
        """)
        var corpus = Corpus()
        _ = corpus.load(paths: [folder.path])
        #expect(corpus.meetings.count == 1)
        #expect(corpus.meetings.first?.date.day == Day("2021-10-16"))
    }
}
