import Foundation
import Testing
@testable import Parley

@Suite(.enabled(if: TestPaths.haveSeeds, "the seed reports are not beside the project (../shared/seeds)"))
struct SeedMergeTests {
    @Test func seedsFormFourMeetingsWithTheRightReports() {
        var corpus = Corpus()
        corpus.load(paths: [TestPaths.seeds.path])
        #expect(corpus.meetings.count == 4)
        let m0 = corpus.meeting(ofReport: "000_b1bcd55deb635a6c")
        #expect(m0 != nil && m0?.id == corpus.meeting(ofReport: "001_74184a8e2df2f2d3")?.id)
        let others = ["002_86fc9ab02abecadd", "003_a5266ca7b85631b7", "004_cb0a324dc029f2d6"].compactMap { corpus.meeting(ofReport: $0)?.id }
        #expect(Set(others).count == 3 && !others.contains(m0?.id ?? ""))
        #expect(m0?.reasons.isEmpty == false)
    }

    @Test func meetingIDsDoNotDependOnLoadOrder() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: TestPaths.seeds.path).sorted().map { TestPaths.seeds.appendingPathComponent($0).path }
        var forward = Corpus()
        forward.load(paths: files)
        var backward = Corpus()
        for f in files.reversed() { backward.load(paths: [f]) }
        #expect(forward.meetings.map(\.id).sorted() == backward.meetings.map(\.id).sorted())
        for r in forward.reports {
            #expect(forward.meeting(ofReport: r.id)?.id == backward.meeting(ofReport: r.id)?.id)
        }
    }
}

@Suite struct MergeTests {
    @Test func permutingInPlaceGivesWhatCopyingInOrderGives() {
        var generator = SystemRandomNumberGenerator()
        for n in [0, 1, 2, 3, 7, 64, 501] {
            let items = (0..<n).map { "m\($0)" }
            for _ in 0..<5 {
                let order = Array(items.indices).shuffled(using: &generator)
                var permuted = items
                MeetingMerger.permute(&permuted, into: order)
                #expect(permuted == order.map { items[$0] })
            }
        }
        // An order that is not a permutation of the indices leaves the values whole.
        var kept = ["a", "b", "c"]
        MeetingMerger.permute(&kept, into: [0, 0, 1])
        #expect(kept.sorted() == ["a", "b", "c"])
    }

    @Test func collectingOnAllCoresKeepsEveryValueInOrderOrNoneWhenStopped() {
        for n in [0, 1, 63, 64, 65, 1000] {
            let made = Slots<String>.collect(count: n, chunk: 16) { "v\($0)" }
            #expect(made == (0..<n).map { "v\($0)" })
        }
        // Stopped after some chunks have run: nothing is returned, and the values made are released.
        let started = Flag()
        let stopped = Slots<[Int]>.collect(count: 200, chunk: 8, skip: {
            defer { started.set() }
            return started.isSet
        }) { [$0] }
        #expect(stopped == nil)
    }

    /// A wire report whose dateline gives no year and a paper filed in the guest's capital
    /// that names the host city only as "the Indonesian capital": one meeting, in Jakarta.
    @Test func aHostCityNamedByItsRoleJoinsAReportDatelinedThere() throws {
        let folder = try TempFolder()
        defer { folder.cleanup() }
        try folder.write("wire.txt", """
        Prabowo and Anwar agree to settle maritime boundary

        JAKARTA, January 27 (Southeast Wire) - Indonesian President Prabowo Subianto and Malaysian Prime Minister \
        Anwar Ibrahim held talks at the Merdeka Palace on Monday and agreed to settle the Ambalat maritime boundary.

        The two leaders also witnessed the signing of four memorandums on halal certification and border trade.
        """)
        try folder.write("paper.txt", """
        Anwar, Prabowo seal deals on halal trade

        Kuala Lumpur, 28 January: Prime Minister Anwar Ibrahim held talks with President Prabowo Subianto in the \
        Indonesian capital on Monday, January 27, 2025, where the two sides agreed to settle the Ambalat boundary.

        Four memorandums on halal certification and border trade were signed.
        """)
        var corpus = Corpus()
        corpus.load(paths: [folder.path])
        #expect(corpus.reports.count == 2)
        #expect(corpus.meetings.count == 1)
        let meeting = try #require(corpus.meetings.first)
        #expect(meeting.place == "Jakarta")
        #expect(meeting.date.day?.description == "2025-01-27")
        // The paper itself places the talks in Jakarta, not where it was filed.
        let paper = try #require(corpus.reports.first { $0.id == "paper" })
        #expect(corpus.record(report: paper.id)?.place == "Jakarta")
    }

    func record(_ id: String, _ people: [String], _ day: String?, _ place: String?, kind: String = "talks",
                certainty: DateCertainty = .stated, monthDay: MonthDay? = nil) -> MeetingRecord {
        MeetingRecord(report: id, participants: people.map { PersonRef(id: $0, name: $0, country: nil, known: true) },
                      date: MeetingDate(day: day.flatMap { Day($0) }, certainty: certainty, rule: "test", monthDay: monthDay),
                      place: place, placeRule: place == nil ? nil : "stated", kind: kind, occasion: nil, events: [],
                      orientations: [], agreements: [], evidence: nil, emphasis: [:])
    }

    @Test func sameParticipantsAndDayMergeAcrossTimeZones() {
        let m = MeetingMerger().merge([
            record("a", ["xi", "lam"], "2025-04-14", "Hanoi"),
            record("b", ["lam", "xi"], "2025-04-15", "Hanoi"),
        ])
        #expect(m.count == 1)
        #expect(m.first?.reports == ["a", "b"])
    }

    @Test func hardNegativesStayApart() {
        let m = MeetingMerger().merge([
            record("a", ["xi", "lam"], "2025-04-14", "Hanoi"),
            record("b", ["xi", "lam"], "2024-08-19", "Beijing"),          // the same two leaders months apart
            record("c", ["xi", "cuong"], "2025-04-15", "Hanoi"),          // next day, other counterpart
            record("d", ["xi", "lam"], "2025-04-14", "Hanoi", kind: "phone call"),  // a call is not talks in person
            record("e", ["xi", "lam"], "2025-04-14", "Moscow"),           // another stated place
        ])
        #expect(m.count == 5)
    }

    @Test func missingYearIsCompletedFromTheMeeting() {
        let m = MeetingMerger().merge([
            record("a", ["xi", "lam"], "2025-04-14", "Hanoi"),
            record("b", ["xi", "lam"], nil, "Hanoi", certainty: .inferred, monthDay: MonthDay(month: 4, day: 14)),
            record("c", ["xi", "lam"], "2024-04-14", "Hanoi"),
        ])
        // b fits both days; with two candidate meetings it must not be guessed.
        #expect(m.count == 3)
        let single = MeetingMerger().merge([
            record("a", ["xi", "lam"], "2025-04-14", "Hanoi"),
            record("b", ["xi", "lam"], nil, "Hanoi", certainty: .inferred, monthDay: MonthDay(month: 4, day: 14)),
        ])
        #expect(single.count == 1)
        #expect(single.first?.date.day?.description == "2025-04-14")
        #expect(single.first?.reasons.contains { $0.contains("year completed") } == true)
    }

    @Test func approximateDateBoundsTheMeetingFromAbove() {
        let m = MeetingMerger().merge([
            record("a", ["xi", "lam"], "2025-05-09", "Moscow"),
            record("b", ["xi", "lam"], "2025-05-10", "Moscow", certainty: .approximate),
            record("c", ["xi", "lam"], "2025-04-01", "Moscow", certainty: .approximate),
        ])
        #expect(m.count == 2)
        #expect(m.contains { $0.reports == ["a", "b"] })
    }

    @Test func mergingIsDeterministicWhateverTheOrder() {
        let records = [
            record("a", ["xi", "lam"], "2025-04-14", "Hanoi"), record("b", ["xi", "lam"], "2025-04-14", nil),
            record("c", ["xi", "cuong"], "2025-04-15", "Hanoi"), record("d", ["xi", "lam"], "2024-08-19", "Beijing"),
        ]
        let ids = MeetingMerger().merge(records).map(\.id)
        #expect(MeetingMerger().merge(records.reversed()).map(\.id) == ids)
        #expect(Set(ids).count == ids.count)
    }

    @Test func syndicatedCopiesBecomeOneWitness() {
        let story = """
        CANBERRA — Prime Minister Anthony Albanese held talks with Vietnamese Prime Minister Pham Minh Chinh in Canberra on Thursday, \
        and the two leaders agreed to raise relations to a comprehensive strategic partnership. They also agreed to expand trade in \
        critical minerals, to open more direct flights and to deepen cooperation in education, energy and climate change response.
        """
        let copy = story.replacingOccurrences(of: "Thursday", with: "Thursday (March 7)") + "\n— Harbour Times"
        let other = "HANOI — A different story about rice exports, fishing quotas and a new bridge over the Red River, told in other words entirely by another outlet."
        let reports = [
            Report(id: "orig", source: "orig.txt", published: Day("2024-03-07"), text: story),
            Report(id: "copy", source: "copy.txt", published: Day("2024-03-08"), text: copy),
            Report(id: "other", source: "other.txt", text: other),
        ]
        let groups = WitnessFinder().groups(reports)
        #expect(groups.count == 1)
        #expect(groups.first?.original == "orig")
        #expect(groups.first?.copies == ["copy"])
        var corpus = Corpus()
        corpus.add(reports)
        #expect(corpus.report(id: "copy")?.duplicateOf == "orig")
        #expect(corpus.report(id: "other")?.duplicateOf == nil)
    }
}

@Suite struct OverrideTests {
    @Test func splitAndJoinHoldOverLaterLoads() throws {
        var corpus = Corpus()
        corpus.load(paths: [TestPaths.examples.path])
        let hanoi = try #require(corpus.meetings.first { $0.place == "Hanoi" && $0.reports.count >= 3 })
        let moved = try #require(hanoi.reports.last)
        try corpus.split(meeting: hanoi.id, reports: [moved])
        let apart = try #require(corpus.meeting(ofReport: moved))
        #expect(apart.reports == [moved])
        #expect(apart.reasons.contains { $0.contains("split off by hand") })
        // A later load keeps the split.
        let t = try TempFolder()
        defer { t.cleanup() }
        try t.write("extra.txt", "BERLIN — Chancellor Olaf Scholz met Prime Minister Narendra Modi in Berlin on May 2, 2022.")
        corpus.load(paths: [t.path])
        #expect(corpus.meeting(ofReport: moved)?.reports == [moved])
        // Joining puts it back.
        let other = try #require(hanoi.reports.first)
        let a = try #require(corpus.meeting(ofReport: other)?.id)
        try corpus.join(a, apart.id)
        #expect(corpus.meeting(ofReport: moved)?.id == corpus.meeting(ofReport: other)?.id)
        #expect(throws: CorpusError.self) { try corpus.join("no-such-meeting", a) }
    }
}
