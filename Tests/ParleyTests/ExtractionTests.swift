import Foundation
import Testing
@testable import Parley

/// Compares names the way a reader would: folded, through the gazetteer's aliases.
func samePerson(_ a: String?, _ b: String?) -> Bool {
    guard let a, let b else { return a == nil && b == nil }
    if Fold.key(a) == Fold.key(b) { return true }
    let g = LeaderGazetteer.bundled
    guard let x = g.search(a).first, let y = g.search(b).first else { return false }
    return x.id == y.id
}

func folded(_ s: String?) -> String {
    Fold.key(s ?? "").filter { $0.isLetter || $0.isNumber }
}

/// One hand reading of a report, as in Fixtures/extraction/expected.json.
struct ExpectedReport: Decodable {
    struct ExpectedMeeting: Decodable {
        var date: String?
        var dateAccepted: [String]?
        var dateCertainty: String
        var place: String?
        var kind: String
        var participants: [String]
        var events: [[String: String]]?
    }
    struct ExpectedOrientation: Decodable { var name: String; var declaredCount: Int?; var items: Int; var proposer: String? }
    struct ExpectedAgreement: Decodable { var contains: String; var status: String; var by: String?; var quantity: Int? }
    var outlet: String?
    var published: String?
    var datelinePlace: String?
    var meeting: ExpectedMeeting
    var notParticipants: [String]?
    var orientations: [ExpectedOrientation]?
    var agreements: [ExpectedAgreement]?
    var mustBeGone: [String]?
    var mustRemain: [String]?
}

/// Checks one report's extraction against its hand reading; returns the failures.
func check(_ corpus: Corpus, file: String, _ e: ExpectedReport) -> [String] {
    var fails: [String] = []
    guard let report = corpus.reports.first(where: { $0.source == file }), let record = corpus.record(report: report.id),
          let meeting = corpus.meeting(ofReport: report.id) else { return ["\(file): not loaded"] }
    if let o = e.outlet {
        if !(report.outlet.map { folded($0).contains(folded(o)) } ?? false) { fails.append("outlet \(report.outlet ?? "nil") want \(o)") }
    } else if report.outlet != nil { fails.append("outlet \(report.outlet ?? "") want nil") }
    if report.published?.description != e.published { fails.append("published \(report.published?.description ?? "nil") want \(e.published ?? "nil")") }
    if folded(report.datelinePlace) != folded(e.datelinePlace) && !samePlace(report.datelinePlace, e.datelinePlace) {
        fails.append("dateline place \(report.datelinePlace ?? "nil") want \(e.datelinePlace ?? "nil")")
    }
    let accepted = Set((e.meeting.dateAccepted ?? []) + (e.meeting.date.map { [$0] } ?? []))
    if let d = meeting.date.day?.description, !accepted.contains(d) { fails.append("date \(d) want \(accepted.sorted())") }
    if meeting.date.day == nil && !accepted.isEmpty { fails.append("no date, want \(accepted.sorted())") }
    if e.meeting.date == nil && meeting.date.certainty == .stated { fails.append("date claimed stated") }
    if let p = e.meeting.place, !samePlace(meeting.place, p) { fails.append("place \(meeting.place ?? "nil") want \(p)") }
    if folded(meeting.kind) != folded(e.meeting.kind) { fails.append("kind \(meeting.kind) want \(e.meeting.kind)") }
    let names = record.participants.map(\.name)
    if names.count != e.meeting.participants.count || !e.meeting.participants.allSatisfy({ w in names.contains { samePerson($0, w) } }) {
        fails.append("participants \(names) want \(e.meeting.participants)")
    }
    for n in e.notParticipants ?? [] where names.contains(where: { samePerson($0, n) }) { fails.append("\(n) is a participant") }
    let kinds = Set(meeting.events.map { folded($0.kind) })
    for ev in e.meeting.events ?? [] where !kinds.contains(folded(ev["kind"])) { fails.append("event \(ev["kind"] ?? "") missing") }
    for o in e.orientations ?? [] {
        let ok = record.orientations.contains { x in
            x.items.count == o.items && (o.declaredCount == nil || x.declaredCount == o.declaredCount)
                && (o.proposer == nil || samePerson(x.proposer?.name, o.proposer))
        }
        if !ok { fails.append("orientation \(o.name) (\(o.declaredCount.map(String.init) ?? "-")/\(o.items)) missing: have \(record.orientations.map { "\($0.name) \($0.declaredCount ?? -1)/\($0.items.count) \($0.proposer?.name ?? "-")" })") }
    }
    for a in e.agreements ?? [] {
        let want = folded(a.contains)
        let ok = record.agreements.contains { x in
            folded(x.text).contains(want) && x.status.rawValue == a.status && (a.by == nil || samePerson(x.by?.name, a.by))
                && (a.quantity == nil || x.quantity == a.quantity)
        }
        if !ok { fails.append("agreement '\(a.contains)' \(a.status) \(a.by ?? "") missing") }
    }
    for s in e.mustBeGone ?? [] where report.text.contains(s) { fails.append("not cleaned: \(s)") }
    for s in e.mustRemain ?? [] where !report.text.contains(s) { fails.append("lost: \(s)") }
    return fails.map { "\(file): \($0)" }
}

func samePlace(_ a: String?, _ b: String?) -> Bool {
    guard let a, let b else { return a == nil && b == nil }
    if folded(a) == folded(b) { return true }
    let places = ReferenceData.bundled.places
    return places.place(named: a).map { $0.name } == places.place(named: b).map { $0.name } && places.place(named: a) != nil
}

@Suite struct ExtractionFixtureTests {
    static let folder = TestPaths.fixtures.appendingPathComponent("extraction")

    static func load() throws -> (Corpus, [String: ExpectedReport]) {
        struct File: Decodable { var reports: [String: ExpectedReport] }
        let data = try Data(contentsOf: folder.appendingPathComponent("expected.json"))
        let expected = try JSONDecoder().decode(File.self, from: data).reports
        var corpus = Corpus()
        corpus.load(paths: [folder.path])
        return (corpus, expected)
    }

    @Test func everySelfWrittenReportReadsAsByHand() throws {
        let (corpus, expected) = try ExtractionFixtureTests.load()
        #expect(expected.count >= 12)
        var failures: [String] = []
        for (file, e) in expected.sorted(by: { $0.key < $1.key }) { failures += check(corpus, file: file, e) }
        #expect(failures.isEmpty, "\(failures.count) checks fall short:\n\(failures.joined(separator: "\n"))")
    }
}

@Suite(.enabled(if: TestPaths.haveSeeds, "the seed reports are not beside the project (../shared/seeds)"))
struct SeedExtractionTests {
    static func corpus() -> Corpus {
        var c = Corpus()
        c.load(paths: [TestPaths.seeds.path])
        return c
    }

    static func goldMeetings() throws -> [[String: Any]] {
        try #require(try seedsGold()["meetings"] as? [[String: Any]])
    }

    @Test func principalMeetingsMatchTheReading() throws {
        let corpus = SeedExtractionTests.corpus()
        let gold = try seedsGold()
        let goldReports = try #require(gold["reports"] as? [String: [String: Any]])
        for gm in try SeedExtractionTests.goldMeetings() {
            for file in gm["reports"] as? [String] ?? [] {
                let id = String(file.dropLast(4))
                let m = try #require(corpus.meeting(ofReport: id), "\(file) in no meeting")
                var accepted = Set(gm["date_accepted"] as? [String] ?? [])
                if let d = gm["date"] as? String { accepted.insert(d) }
                #expect(accepted.contains(m.date.day?.description ?? "-"), "\(file): date \(m.date.day?.description ?? "nil")")
                if gm["date"] == nil || gm["date"] is NSNull { #expect(m.date.certainty != .stated, "\(file): no day given, yet stated") }
                #expect(samePlace(m.place, gm["place"] as? String), "\(file): place \(m.place ?? "nil")")
                #expect(m.kind == gm["kind"] as? String, "\(file): kind \(m.kind)")
                let want = gm["participants"] as? [String] ?? []
                #expect(m.participants.count == want.count && want.allSatisfy { w in m.participants.contains { samePerson($0.name, w) } },
                        "\(file): participants \(m.participants.map(\.name))")
                let g = goldReports[file] ?? [:]
                for np in g["not_participants"] as? [String] ?? [] {
                    #expect(!m.participants.contains { samePerson($0.name, np) }, "\(file): \(np) taken as a participant")
                }
                for ev in g["other_events"] as? [[String: Any]] ?? [] {
                    let kind = ev["kind"] as? String ?? ""
                    #expect(m.events.contains { $0.kind == kind }, "\(file): event \(kind) missing")
                }
            }
        }
    }

    @Test func orientationsWithTheirItemsAndProposers() throws {
        let corpus = SeedExtractionTests.corpus()
        func orientations(_ id: String) -> [Orientation] { corpus.record(report: id)?.orientations ?? [] }
        let initiative = try #require(orientations("001_74184a8e2df2f2d3").first { folded($0.name).contains("sixpoint") })
        #expect(initiative.items.count == 6)
        #expect(samePerson(initiative.proposer?.name, "Xi Jinping"))
        let six = try #require(orientations("003_a5266ca7b85631b7").first { folded($0.name).contains("sixmajororientations") })
        #expect(six.declaredCount == 6 && six.items.count == 5 && six.countMismatch)
        let proposals = try #require(orientations("002_86fc9ab02abecadd").first { $0.items.count == 5 })
        #expect(samePerson(proposals.proposer?.name, "Luong Cuong"))
    }

    @Test func agreementsWithStatusAndActor() throws {
        let corpus = SeedExtractionTests.corpus()
        func has(_ id: String, _ words: String, _ status: AgreementStatus, by: String? = nil, quantity: Int? = nil) -> Bool {
            (corpus.record(report: id)?.agreements ?? []).contains { a in
                folded(a.text).contains(words) && a.status == status && (by == nil || samePerson(a.by?.name, by))
                    && (quantity == nil || a.quantity == quantity)
            }
        }
        let r0 = "000_b1bcd55deb635a6c", r1 = "001_74184a8e2df2f2d3", r3 = "003_a5266ca7b85631b7"
        #expect(has(r0, "ministerial", .agreed))
        #expect(has(r0, "railwaycooperationcommittee", .agreed))
        #expect(has(r0, "laocai", .proposed, by: "To Lam"))
        #expect(has(r0, "theorysymposium", .proposed, by: "To Lam"))
        #expect(has(r0, "documents", .signed, quantity: 45))
        #expect(has(r0, "redjourney", .pledged, by: "Xi Jinping"))
        #expect(has(r1, "onechina", .pledged, by: "To Lam"))
        #expect(has(r1, "ministerial", .agreed))
        #expect(has(r3, "humanisticexchange", .agreed))
        #expect(has(r3, "agricultural", .pledged, by: "Xi Jinping"))
    }

    @Test func everyItemCarriesEvidence() {
        let corpus = SeedExtractionTests.corpus()
        for r in corpus.records {
            let text = Array((corpus.report(id: r.report)?.text ?? "").utf8)
            for a in r.agreements {
                #expect(a.evidence.report == r.report)
                #expect(a.evidence.start >= 0 && a.evidence.end <= text.count && a.evidence.start < a.evidence.end)
            }
            #expect(r.evidence != nil, "\(r.report) has no lead sentence")
        }
    }

    @Test func historicalFiguresAreNeverParticipants() {
        let corpus = SeedExtractionTests.corpus()
        for m in corpus.meetings {
            for p in m.participants {
                #expect(!["Ho Chi Minh", "Mao Zedong", "Nguyen Phu Trong"].contains { samePerson(p.name, $0) })
            }
        }
    }
}

@Suite struct DateResolutionTests {
    func record(_ text: String) -> MeetingRecord? {
        guard let r = cleanReport(text) else { return nil }
        return Extractor().extract(r)
    }

    @Test func weekdayIsTheLatestOnOrBeforePublication() throws {
        let r = try #require(record(" date 2025-04-14 HANOI — Prime Minister Pham Minh Chinh held talks with Singaporean Prime Minister Lawrence Wong on Monday."))
        #expect(r.date.day?.description == "2025-04-14")
        #expect(r.date.certainty == .inferred)
        let y = try #require(record(" date 2025-04-14 HANOI — Prime Minister Pham Minh Chinh met Singaporean Prime Minister Lawrence Wong yesterday."))
        #expect(y.date.day?.description == "2025-04-13")
    }

    @Test func datesWrittenInDigitsAreRead() throws {
        // Day first when the first number cannot be a month; dots are day first.
        let slash = try #require(record("""
        Abuja, 14/5/2024 (NAN) - President Bola Tinubu received President Cyril Ramaphosa at the State House in Abuja.
        """))
        #expect(slash.date.day?.description == "2024-05-14")
        let dots = try #require(record("""
        Erdogan and Aliyev meet in Ankara

        03.10.2024

        President Recep Tayyip Erdogan held talks with President Ilham Aliyev in Ankara on Thursday.
        """))
        #expect(dots.date.day?.description == "2024-10-03")
        // Month first when the second number cannot be a month.
        #expect(NumericDate.day(Array("09/13/2023".utf8), 0, 10)?.description == "2023-09-13")
        // Either could be the month: not read.
        #expect(NumericDate.day(Array("05/06/2024".utf8), 0, 10) == nil)
        #expect(NumericDate.day(Array("3.5.12".utf8), 0, 6) == nil)
    }

    /// A year the text mentions as history does not date the meeting before it: with a
    /// wire dateline's day and the lead's weekday, the meeting is in the one later year
    /// that fits while both leaders held office.
    @Test func aBackgroundYearIsAFloorNotTheMeetingsYear() throws {
        let r = try #require(record("""
        ANKARA, Oct 3 (Reuters) - Turkish President Tayyip Erdogan and Azerbaijani President Ilham Aliyev held \
        talks in Ankara on Thursday and signed nine agreements.

        The two countries have been close allies since Azerbaijan fought its 2020 war with Armenia.
        """))
        #expect(r.date.day?.description == "2024-10-03")
    }

    @Test func aDayOfAnotherEventOrAPlanIsNotTheMeetingsDay() throws {
        let r = try #require(record("""
        ABUJA (AFP) - Nigeria and South Africa on Tuesday agreed to revive a joint commission.

        Ramaphosa and his Nigerian counterpart Bola Tinubu met at the presidential villa before a signing ceremony.

        Ramaphosa, whose party faces a general election on May 29, is due to fly home on Wednesday.
        """))
        #expect(r.date.monthDay == nil)
        #expect(r.date.weekday == 2)
    }

    /// A place named after a leader is no mention of them, and the guest's welcome at the
    /// airport by an official is not the meeting the report tells.
    @Test func anAirportNamedAfterALeaderAndTheWelcomeThereAreNotTheMeeting() throws {
        let r = try #require(record("""
        NAIROBI, March 3, 2025 (KNA) - Prime Minister Abiy Ahmed of Ethiopia arrived in Nairobi on Monday and was \
        received at the Jomo Kenyatta International Airport by Prime Cabinet Secretary Musalia Mudavadi.

        President William Ruto held talks with Prime Minister Abiy Ahmed at State House, Nairobi, on Monday.
        """))
        #expect(Set(r.participants.map(\.id)) == ["william-ruto", "abiy-ahmed"])
        #expect(r.place == "Nairobi")
        #expect(r.date.day?.description == "2025-03-03")
        // A family name that is also a facility word is still a person.
        let park = try #require(record("""
        SEOUL, March 13, 2015 (Yonhap) -- President Park Geun-hye held talks with Prime Minister Shinzo Abe at \
        the Blue House on Thursday, after Abe landed at Incheon International Airport.
        """))
        #expect(park.participants.contains { $0.name == "Park Geun-hye" })
    }

    /// An earlier meeting told in the past perfect, or a later one the leaders are on their
    /// way to, gives neither the day nor the place.
    @Test func anEarlierOrALaterMeetingGivesNeitherDayNorPlace() throws {
        let later = try #require(record("""
        Seoul, Sept. 1, 2025 (Yonhap) -- President Lee Jae-myung and Prime Minister Shigeru Ishiba held a summit at \
        the presidential office, ahead of a trilateral summit with China in Busan later this week.
        """))
        #expect(later.place == "Seoul")
        let earlier = try #require(record("""
        BUSAN, Sept 3, 2025 (Reuters) - South Korea, Japan and China agreed on Wednesday to resume trade talks.

        President Lee Jae-myung, Prime Minister Shigeru Ishiba and Premier Li Qiang met at the BEXCO convention hall.

        Lee and Ishiba had held a separate summit in Seoul on Monday.
        """))
        #expect(earlier.date.day?.description == "2025-09-03")
    }

    @Test func fullDateIsStated() throws {
        let r = try #require(record("President Joe Biden met President Xi Jinping in Woodside on November 15, 2023."))
        #expect(r.date.day?.description == "2023-11-15" && r.date.certainty == .stated)
        #expect(r.place == "Woodside")
    }

    @Test func noDayIsApproximateNotInvented() throws {
        let r = try #require(record(" date 2024-07-10 MOSCOW — Prime Minister Narendra Modi held talks with President Vladimir Putin."))
        #expect(r.date.certainty == .approximate)
        #expect(r.date.day?.description == "2024-07-10")
        let none = try #require(record("Prime Minister Narendra Modi held talks with President Vladimir Putin."))
        #expect(none.date.day == nil)
    }

    @Test func twoLeadersActingTogetherMakeALeadWithoutAMeetingVerb() throws {
        let r = try #require(record("""
        LISBON, June 11 (Atlantic Desk) - Portuguese Prime Minister Luís Montenegro and Brazilian President Luiz Inácio Lula da Silva agreed on Wednesday to open a direct ferry route between Lisbon and Fortaleza.

        Lula, on his first trip abroad since 2003 as a student, said the route would carry both goods and passengers.
        """))
        #expect(Set(r.participants.map(\.id)) == ["luis-montenegro", "luiz-inacio-lula-da-silva"])
        // No year of the meeting anywhere, and 2003 is a student's trip: only a floor. June 11
        // falls on a Wednesday in one year after it while both held office (Montenegro from 2024).
        #expect(r.date.day?.description == "2025-06-11")
    }

    @Test func aLeadNamingCountriesTakesTheirLeadersFromTheReport() throws {
        let r = try #require(record("""
         date 2025-06-12 The leaders of Portugal and Brazil met in Lisbon on Wednesday, June 11, 2025, and pledged to double trade.

        Prime Minister Luís Montenegro said Portugal wanted more Brazilian students. President Lula said the two governments would meet every year.
        """))
        #expect(Set(r.participants.map(\.id)) == ["luis-montenegro", "luiz-inacio-lula-da-silva"])
        #expect(r.date.day?.description == "2025-06-11" && r.date.certainty == .stated)
        #expect(r.place == "Lisbon")
        // Met in Lisbon and pledged: the two leaders together (a pledge of both, credited to neither), not Portugal's because of the city.
        let pledge = r.agreements.first { $0.text.contains("double trade") }
        #expect(pledge?.status == .pledged && pledge?.by == nil)
    }

    @Test func yearFromTheTextWhenThereIsNoPublicationDate() throws {
        let r = try #require(record("Prime Minister Pham Minh Chinh held talks with Prime Minister Anthony Albanese in Canberra on March 7. The two countries mark the 50th anniversary of ties established in 1973."))
        #expect(r.date.day?.description == "2023-03-07")
        #expect(r.date.certainty == .inferred)
    }

    @Test func aBackgroundYearDoesNotDateASummitOfLeadersNotYetInOffice() throws {
        // No publication date; the only year in the text is history. Near it, 7 November fell
        // on a Thursday in 1991, when neither leader held office; 2024 is the only such year
        // in both terms. The same holds when the history stands in a later paragraph.
        for gap in [" ", "\n\n"] {
            let r = try #require(record("CANBERRA (EWR) – Prime Minister Anthony Albanese received President Prabowo Subianto of Indonesia on Thursday (November 7).\(gap)The two neighbours first signed a security pact in 1992."))
            #expect(r.date.day?.description == "2024-11-07")
            #expect(r.date.rule.contains("everyone named held office"))
            #expect(r.date.monthDay == MonthDay(month: 11, day: 7))
        }
    }

    @Test func aDatelineDayTakesTheYearInWhichItsWeekdayFitsTheLeadersTerms() throws {
        // The only year the text offers without a cue is history (1981), where 12 February
        // is no Wednesday; in Ishiba's term it fell on a Wednesday in 2025 alone.
        let r = try #require(record("""
        MANILA, Feb. 12 (Pacific Desk) -- Philippine President Ferdinand Marcos Jr. held talks with Japanese Prime Minister Shigeru Ishiba on Wednesday.

        The two sides first signed an access arrangement in 1981, a Japanese official said, though the current pact dates from 2024.
        """))
        #expect(r.date.day?.description == "2025-02-12")
        #expect(r.participants.map(\.id).sorted() == ["ferdinand-marcos-jr", "shigeru-ishiba"])
    }

    @Test func noSingleFittingYearLeavesTheYearUnknown() throws {
        // Xi Jinping's and Vladimir Putin's terms overlap for over a decade: 8 May falls on a
        // Wednesday in several of those years (2013, 2019, 2024), so none is chosen; near the
        // background year it fell on a Wednesday in 2002, before Xi held office.
        let r = try #require(record("MOSCOW (EWR) – President Vladimir Putin held talks with President Xi Jinping on Wednesday (May 8). Their countries signed a treaty of good-neighbourliness in 2001."))
        #expect(r.date.day == nil)
        #expect(r.date.monthDay == MonthDay(month: 5, day: 8))
    }

    @Test func weekdayAndDatelineFixTheYear() throws {
        let r = try #require(record("HANOI, December 12 (EWR) — President Xi Jinping held talks with General Secretary Nguyen Phu Trong on Tuesday. Their partnership was set up in 2008, and its 15th anniversary falls this year."))
        #expect(r.date.day?.description == "2023-12-12")
    }
}

@Suite struct PeopleTests {
    @Test func shortFormsTitlesAndDescriptionsResolve() throws {
        let text = """
        BEIJING — Chinese President Xi Jinping held talks with Brazilian President Luiz Inácio Lula da Silva on Friday.
        Lula thanked his host for the welcome. The Chinese leader proposed a joint satellite programme.
        Minister of Finance Fernando Haddad joined the talks.
        """
        let r = try #require(cleanReport(text))
        let record = Extractor().extract(r)
        #expect(record.participants.map(\.id).sorted() == ["luiz-inacio-lula-da-silva", "xi-jinping"])
        let proposal = try #require(record.agreements.first { $0.status == .proposed })
        #expect(proposal.by?.id == "xi-jinping")
        let doc = Document(r)
        let people = People(doc, gazetteer: .bundled, context: .bundled)
        #expect(people.cast.contains { !$0.ref.known && $0.ref.name == "Fernando Haddad" })
    }
}

@Suite struct TitleOnlyTests {
    @Test func aTitleAloneNamesWhoeverHeldTheOfficeThatDay() throws {
        let r = try #require(cleanReport(" date 2024-08-19 BEIJING — The Chinese President held talks with the visiting Vietnamese President in Beijing on Monday."))
        let record = Extractor().extract(r)
        #expect(Set(record.participants.map(\.id)) == ["xi-jinping", "to-lam"])
        let later = try #require(cleanReport(" date 2025-04-15 HANOI — The Vietnamese President received the Chinese President in Hanoi on Tuesday."))
        #expect(Set(Extractor().extract(later).participants.map(\.id)) == ["xi-jinping", "luong-cuong"])
    }
}

@Suite struct WireStyleTests {
    /// A wire-style report unlike the fixtures: relative day against a dateline, a caption
    /// with a photographer credit, a bare agency sign-off, and two countries acting together.
    @Test func aNordicWireReportReadsRight() throws {
        let text = """
         date 2024-03-08 Nordic leaders pledge joint push on Arctic research
        STOCKHOLM, March 7 (Baltic Courier Wire) — Swedish Prime Minister Ulf Kristersson hosted Finnish President Alexander Stubb in Stockholm yesterday, with the two leaders agreeing to deepen defence cooperation and to open a joint Arctic research station by 2026.
        Kristersson (left) and Stubb at Rosenbad. (Photo: BCW/Anna Lind)
        Stubb said Finland and Sweden would coordinate their contributions to northern defence plans. The Swedish leader proposed a common fund for dual-use technology start-ups.
        The two sides also signed three agreements on energy, rail links and border policing.
        — BCW
        Stock markets in Oslo closed lower on Thursday as oil prices fell.
        """
        let r = try #require(cleanReport(text))
        #expect(r.outlet == "Baltic Courier Wire" && r.datelinePlace == "Stockholm")
        #expect(!r.text.contains("Rosenbad") && !r.text.contains("Stock markets"))
        let m = Extractor().extract(r)
        #expect(Set(m.participants.map(\.id)) == ["ulf-kristersson", "alexander-stubb"])
        #expect(m.date.day?.description == "2024-03-07")
        let agreed = m.agreements.filter { $0.status == .agreed }.map(\.text)
        #expect(agreed.contains("deepen defence cooperation") && agreed.contains { $0.hasPrefix("open a joint Arctic research station") })
        // "Finland and Sweden would …" is both sides, not one side's pledge.
        #expect(!m.agreements.contains { $0.status == .pledged && $0.text.contains("coordinate") })
        #expect(m.agreements.contains { $0.status == .proposed && $0.by?.id == "ulf-kristersson" })
        #expect(m.agreements.contains { $0.status == .signed && $0.quantity == 3 })
    }
}

@Suite struct QuotedPledgeTests {
    func agreements(_ text: String) throws -> [Agreement] {
        let r = try #require(cleanReport(text))
        return Extractor().extract(r).agreements
    }

    @Test func aPledgeInsideAQuotationEndsWithIt() throws {
        let items = try agreements("""
        BEIJING (EWR) – Chinese Premier Li Qiang held talks with Australian Prime Minister Anthony Albanese on Monday.
        "We are committed to a stable and constructive relationship," Albanese told reporters after the talks, and Li said China was ready to do more.
        """)
        let pledge = try #require(items.first { $0.status == .pledged && $0.by?.id == "anthony-albanese" })
        #expect(pledge.text == "a stable and constructive relationship")
    }

    @Test func aModalAfterSomeoneElsesNameIsNoPledge() throws {
        let items = try agreements("""
        KYIV (EWR) – Indian Prime Minister Narendra Modi held talks with President Volodymyr Zelensky on Friday.
        "If India buys less oil, Putin will have serious trouble," Zelensky told reporters. Modi said: "We will always stand with our friends."
        """)
        #expect(!items.contains { $0.text.contains("serious trouble") })
        #expect(items.contains { $0.status == .pledged && $0.text.contains("stand with our friends") })
    }

    @Test func weInAQuotationIsItsSpeaker() throws {
        let items = try agreements("""
         date 2025-03-04 JAKARTA (EWR) – Indonesian President Prabowo Subianto held talks with Malaysian Prime Minister Anwar Ibrahim on Tuesday.
        "We will open two new border crossings in Kalimantan before the end of the year," Prabowo told a joint news conference.
        Anwar spoke of trade. He added: "We will buy more palm oil refining equipment from Indonesian makers."
        """)
        let pledges = items.filter { $0.status == .pledged }
        #expect(pledges.first { $0.text.contains("border crossings") }?.by?.id == "prabowo-subianto")
        #expect(pledges.first { $0.text.contains("palm oil") }?.by?.id == "anwar-ibrahim")
    }

    @Test func theSpeakerIsWhoeverSpeaksNotWhoIsSpokenTo() throws {
        let items = try agreements("""
         date 2023-01-14 HANOI (EWR) – President Nguyen Xuan Phuc held talks with South African President Cyril Ramaphosa on Saturday.
        “We will send a trade mission to Hanoi next spring,” the South African leader told Phuc.
        """)
        #expect(items.first { $0.text.contains("trade mission") }?.by?.id == "cyril-ramaphosa")
    }

    @Test func aSecondPredicateAfterAndIsAnItemOfItsOwn() throws {
        let items = try agreements("""
         date 2025-03-06 MADRID (EWR) – President Luiz Inácio Lula da Silva held talks with Prime Minister Pedro Sánchez on Wednesday.
        Lula said Brazil was ready to buy more Spanish railway equipment and invited Spanish companies to bid for port concessions.
        """)
        let buy = try #require(items.first { $0.text.contains("railway equipment") })
        #expect(buy.text == "buy more Spanish railway equipment")
        let invited = try #require(items.first { $0.text.contains("port concessions") })
        #expect(invited.status == .proposed && invited.by?.id == "luiz-inacio-lula-da-silva")
    }

    @Test func aSigningToldAsBackgroundIsNotThisMeetings() throws {
        let items = try agreements("""
         date 2025-02-12 MANILA (EWR) – President Ferdinand Marcos Jr. held talks with Prime Minister Shigeru Ishiba on Wednesday.
        The two sides signed an agreement on coast guard training and a memorandum on rice trade.
        The countries signed a friendship treaty in 1956, an official recalled, and had signed a visa accord before that.
        They also signed a fisheries agreement three years ago.
        """)
        let signed = items.filter { $0.status == .signed }
        // Two documents of this meeting, each an outcome; none of the earlier ones.
        #expect(signed.count == 2)
        #expect(signed.first?.text.contains("coast guard training") == true)
        #expect(signed.last?.text.contains("rice trade") == true)
    }

    @Test func aSigningWithThisYearOrAFutureYearStays() throws {
        let items = try agreements("""
         date 2025-02-12 MANILA (EWR) – President Ferdinand Marcos Jr. held talks with Prime Minister Shigeru Ishiba on Wednesday.
        They signed a deal on port upgrades that runs until 2032 in 2025, with an action plan for 2025 to 2030.
        """)
        #expect(items.filter { $0.status == .signed }.count == 1)
    }

    @Test func aQuotationOpeningAfterTheVerbBelongsToTheObject() throws {
        let items = try agreements("""
        HANOI (EWR) – Prime Minister Pham Minh Chinh held talks with Premier Li Qiang on Tuesday.
        The two sides agreed to launch the “Green Corridor” programme for farm exports next year.
        """)
        let agreed = try #require(items.first { $0.status == .agreed })
        #expect(agreed.text.contains("“Green Corridor” programme for farm exports"))
    }
}
