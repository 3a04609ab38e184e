import Foundation
import Testing
@testable import Parley

/// Outcomes (agreed, signed, proposed, pledged) as agency, wire and newspaper reports word them.
@Suite struct OutcomeFindingTests {
    func agreements(_ text: String) throws -> [Agreement] {
        let r = try #require(cleanReport(text))
        return Extractor().extract(r).agreements
    }

    static let lead = " date 2025-10-08 SEOUL (EWR) – President Lee Jae-myung held talks with Prime Minister Anthony Albanese in Seoul on Tuesday.\n\n"

    @Test func aSigningToComeOrKeptFromIsNoneSigned() throws {
        let items = try agreements(OutcomeFindingTests.lead + """
        The dispute has kept the two countries from signing a fisheries treaty for a decade.

        On Wednesday in Busan, a package of trade documents is expected to be signed, officials said.
        """)
        #expect(!items.contains { $0.status == .signed })
    }

    @Test func agreedWithATimeBetweenVerbAndObjectGivesEachInfinitive() throws {
        let items = try agreements(OutcomeFindingTests.lead + """
        Lee and Albanese agreed at their first summit on Tuesday to resume defence talks and to reopen the trade office in Busan.
        """)
        #expect(items.contains { $0.status == .agreed && $0.text.hasPrefix("resume defence talks") })
        #expect(items.contains { $0.status == .agreed && $0.text.hasPrefix("reopen the trade office") })
    }

    @Test func targetsTasksOffersAndCommitmentsAreOutcomes() throws {
        let items = try agreements(OutcomeFindingTests.lead + """
        The two sides set the task of bringing mutual trade to 40 billion dollars. Albanese committed a further \
        500 million dollars to the critical minerals fund. Lee said Seoul stood ready to send more engineers to the \
        Pilbara. Albanese put forward the idea of a student visa corridor. Lee offered to host the next round of the \
        dialogue in Busan. The two leaders have committed to resolving the beef tariff dispute by December. They \
        agreed that a decision on the next phase shall be taken before the end of the year.
        """)
        #expect(items.contains { $0.status == .agreed && $0.text.hasPrefix("bringing mutual trade to 40 billion") })
        #expect(items.contains { $0.status == .pledged && $0.by?.id == "anthony-albanese" && $0.text.contains("500 million dollars") })
        #expect(items.contains { $0.status == .pledged && $0.by?.id == "lee-jae-myung" && $0.text.hasPrefix("send more engineers") })
        #expect(items.contains { $0.status == .proposed && $0.by?.id == "anthony-albanese" && $0.text.contains("student visa corridor") })
        #expect(items.contains { $0.status == .pledged && $0.by?.id == "lee-jae-myung" && $0.text.hasPrefix("host the next round") })
        #expect(items.contains { $0.status == .pledged && $0.text.hasPrefix("resolving the beef tariff dispute") })
        #expect(items.contains { $0.status == .agreed && $0.text.hasPrefix("a decision on the next phase shall be taken") })
    }

    @Test func whatWasDoneBeforeOrByTheReaderIsNoOutcome() throws {
        let items = try agreements(OutcomeFindingTests.lead + """
        Previously, Korea and Australia signed a defence industry agreement in Canberra on August 29, 2024. The \
        goal builds on a target that Lee's predecessor announced in Sydney in March 2022. The two leaders agreed \
        that relations have made strides. Crimes committed during the war were not discussed. By continuing to \
        browse this site, you agree to this use.
        """)
        #expect(items.isEmpty, "\(items.map(\.text))")
    }

    @Test func aDayOfTheMonthOrAnAmountIsNoCount() {
        #expect(AgreementFinder.firstQuantity("invite dairy producers to the free meals programme launched on January 6, 2025") == nil)
        #expect(AgreementFinder.firstQuantity("feed 80 million children") == nil)
        #expect(AgreementFinder.firstQuantity("cut tariffs by 5% on 6 May") == nil)
        #expect(AgreementFinder.firstQuantity("invest 10 trillion yen ($67.6 billion) in India") == nil)
        #expect(AgreementFinder.firstQuantity("a fund of €500 for each of 1,200 students") == nil)
        #expect(AgreementFinder.firstQuantity("sign 12 agreements for 80 million dollars") == 12)
    }

    @Test func anEventOnTheCalendarIsNoPledgeButAWorkWithADeadlineIs() throws {
        let items = try agreements(OutcomeFindingTests.lead + """
        Lee said Korea will host the climate summit in Busan next month. Albanese said Australia will build ten \
        new schools in Busan next year.
        """)
        #expect(!items.contains { $0.text.contains("summit") })
        #expect(items.contains { $0.status == .pledged && $0.by?.id == "anthony-albanese" && $0.text.hasPrefix("build ten new schools") })
    }

    @Test func anotherOutcomeAfterAndEndsTheFirst() throws {
        let items = try agreements(OutcomeFindingTests.lead + """
        The two countries agreed to revive a dormant joint commission and signed half a dozen cooperation accords. \
        The two sides signed nine cooperation deals and set a target of lifting annual trade to 40 billion dollars.
        """)
        #expect(items.contains { $0.status == .agreed && $0.text == "revive a dormant joint commission" })
        #expect(items.contains { $0.status == .signed && $0.text == "signed nine cooperation deals" })
        #expect(items.contains { $0.status == .agreed && $0.text.hasPrefix("lifting annual trade") })
        #expect(items.contains { $0.status == .signed && $0.text.hasPrefix("signed half a dozen") })
    }

    @Test func aNumberedListAfterAColonIsOneOutcomePerLine() throws {
        let items = try agreements(OutcomeFindingTests.lead + """
        Following their discussion, the leaders agreed:

        1. To establish a Korea-Australia critical minerals partnership.
        2. To deepen defence industrial cooperation.

        The talks also resulted in the following:

        1. Signing the minutes of the first session of the joint economic council.
        2. Agreement to expedite the hydrogen shipping corridor.
        """)
        #expect(items.contains { $0.status == .agreed && $0.text == "establish a Korea-Australia critical minerals partnership" })
        #expect(items.contains { $0.status == .agreed && $0.text == "deepen defence industrial cooperation" })
        #expect(items.contains { $0.status == .signed && $0.text.hasPrefix("Signing the minutes") })
        #expect(items.contains { $0.status == .agreed && $0.text.hasPrefix("Agreement to expedite the hydrogen") })
    }

    /// An opposition leader the report names, but the gazetteer does not know as this
    /// person, calls for something: no side of the talks proposed it.
    @Test func whatSomeoneOutsideTheTalksCallsForIsNoOutcome() throws {
        let items = try agreements(OutcomeFindingTests.lead + """
        Peter Dutton, leader of Australia's opposition Liberal Party, said the government had let the deal gather \
        dust and called for talks on the beef tariff to restart immediately. Rahul Gandhi, a visiting Indian \
        lawmaker, urged both sides to widen student exchanges.
        """)
        #expect(items.isEmpty, "\(items.map { ($0.by?.name ?? "-") + ": " + $0.text })")
        // A sentence's capitalised first word is no given name: the leader keeps the pledge.
        let prabowo = try agreements("""
         date 2025-03-13 JAKARTA (Wire) - President Prabowo Subianto and President Luiz Inácio Lula da Silva held \
        talks in Jakarta on Thursday.

        Today Prabowo pledged to build ten schools in Bahia.
        """)
        #expect(prabowo.contains { $0.status == .pledged && $0.by?.name == "Prabowo Subianto" })
    }

    @Test func halfADozenIsSix() throws {
        let items = try agreements(OutcomeFindingTests.lead + "The two sides signed half a dozen cooperation accords.")
        #expect(items.first { $0.status == .signed }?.quantity == 6)
    }

    @Test func aListOfPredicatesAfterOneTriggerIsOneOutcomeEach() throws {
        let items = try agreements(OutcomeFindingTests.lead + """
        Lee said Korea is ready to align its hydrogen roadmap with Australia's export plans, carry out cooperation in mining and shipbuilding, and jointly develop three green shipping lanes.
        """)
        let lee = items.filter { $0.by?.id == "lee-jae-myung" && $0.status == .pledged }
        #expect(lee.contains { $0.text.hasPrefix("align its hydrogen roadmap") })
        #expect(lee.contains { $0.text.hasPrefix("carry out cooperation in mining") })
        #expect(lee.contains { $0.text.contains("green shipping lanes") })
    }

    @Test func aListOfInfinitivesAfterPledgedToIsOneOutcomeEach() throws {
        let items = try agreements(OutcomeFindingTests.lead + """
        The two sides pledged to hold the 5th session of the joint commission next year, grant 300 scholarships a year and widen cooperation in critical minerals.

        They also agreed to open two new consulates, double direct flights to 20 a week and waive visas for students.
        """)
        for start in ["hold the 5th session", "grant 300 scholarships", "widen cooperation in critical minerals",
                      "open two new consulates", "double direct flights", "waive visas for students"] {
            #expect(items.contains { $0.text.hasPrefix(start) || $0.text.hasPrefix("to " + start) }, "\(start)")
        }
        // None of them holds a second.
        #expect(!items.contains { $0.text.contains("session") && $0.text.contains("scholarships") })
        #expect(!items.contains { $0.text.contains("consulates") && $0.text.contains("flights") })
    }

    @Test func aRelationshipRaisedAtTheMeetingIsAgreed() throws {
        let items = try agreements(OutcomeFindingTests.lead + """
        The two countries upgraded their relations to a comprehensive strategic partnership, the highest level in Seoul's hierarchy.

        Canberra has elevated Seoul to the top tier of its partners, officials said.

        Albanese raised the need to find new ways to deepen the partnership in the years ahead.

        The two presidents elevated bilateral ties to the status of allies during talks in the capital on Tuesday.

        Prices for wheat were raised to the highest level in a decade last year.

        The leaders did not raise ties to an alliance.
        """)
        let raised = items.filter { ["upgraded", "elevated", "raised"].contains($0.verb) }
        #expect(raised.contains { $0.status == .agreed && $0.by == nil && $0.text.hasPrefix("upgraded their relations to a comprehensive strategic partnership") })
        #expect(raised.contains { $0.text.hasPrefix("elevated Seoul to the top tier of its partners") })
        #expect(raised.contains { $0.text == "elevated bilateral ties to the status of allies" })
        #expect(!items.contains { $0.text.contains("wheat") || $0.text.contains("decade") })
        // A need raised and a negated upgrade are no outcome.
        #expect(!items.contains { $0.text.contains("the need to find") })
        #expect(!items.contains { $0.text.contains("alliance") })
    }

    @Test func anOutcomeClosesTheQuotationsItOpensAndNoOther() {
        func end(_ text: String, upTo word: String, from start: String) -> String {
            let b = Array(text.utf8)
            let s = text.utf8.count - (text.range(of: start).map { text[$0.lowerBound...].utf8.count } ?? 0)
            let e = text.utf8.count - (text.range(of: word).map { text[$0.upperBound...].utf8.count } ?? 0)
            let stop = AgreementFinder.closingMarks(b, from: s, after: e, limit: b.count)
            return String(decoding: b[s..<stop], as: UTF8.self)
        }
        #expect(end("They agreed to join the “Red Tours” in May.", upTo: "Tours", from: "join") == "join the “Red Tours”")
        #expect(end("to the highest level, “strategic partner.” Then", upTo: "partner", from: "to") == "to the highest level, “strategic partner.”")
        #expect(end("“We will open a new chapter,” he said.", upTo: "chapter", from: "open") == "open a new chapter")
        #expect(end("a forum (on trade.) next", upTo: "trade", from: "a forum") == "a forum (on trade.)")
        #expect(end("the leaders’ pledge", upTo: "leaders", from: "the") == "the leaders")
    }

    @Test func twoDocumentsInOneSigningAreTwoOutcomes() throws {
        let items = try agreements(OutcomeFindingTests.lead + """
        The two leaders signed a joint statement on critical minerals and a memorandum on vocational training.
        In addition, a number of provincial, academic and corporate agreements for cooperation in various fields were signed.
        """)
        let signed = items.filter { $0.status == .signed }
        #expect(signed.contains { $0.text.contains("critical minerals") && !$0.text.contains("vocational") })
        #expect(signed.contains { $0.text.contains("vocational training") })
        #expect(signed.contains { $0.text.contains("corporate agreements") })
    }

    @Test func aJointStatementIssuedAfterTheMeetingIsSigned() throws {
        let items = try agreements(OutcomeFindingTests.lead + """
        Albanese praised a "new chapter" in a joint statement issued after their talks at the Blue House.
        """)
        #expect(items.contains { $0.status == .signed && $0.text.contains("joint statement") })
    }

    @Test func consensusReachedWithoutAnObjectIsAgreed() throws {
        let items = try agreements(OutcomeFindingTests.lead + """
        The two leaders held candid talks on regional issues and reached many new and important understandings.
        """)
        #expect(items.contains { $0.status == .agreed && $0.verb == "reached consensus" })
    }

    @Test func perceptionsReachedEarlierAreTheObjectNotAConsensusOfTheirOwn() throws {
        let items = try agreements(OutcomeFindingTests.lead + """
        The two sides agreed to effectively implement reached high-level perceptions on maritime issues.
        """)
        #expect(items.count == 1)
        #expect(items.first?.text.hasPrefix("effectively implement reached") == true)
    }

    @Test func hopesOpinionsAndScheduledEventsAreNoOutcome() throws {
        let items = try agreements(OutcomeFindingTests.lead + """
        Before the talks, Lee voiced hope that the meeting would be productive.
        "I am convinced that our partnership will grow stronger every year," Albanese said.
        Albanese will address the National Assembly on Wednesday.
        It will take months for officials to settle the details.
        Lee said the alliance will not change because of one dispute.
        """)
        #expect(items.isEmpty, "\(items.map(\.text))")
    }

    @Test func questionsCourtesyCallsForecastsAndPlannedSigningsAreNoOutcome() throws {
        let items = try agreements(OutcomeFindingTests.lead + """
        Asked by reporters whether Korea would buy more gas, Lee smiled.
        Albanese called on Prime Minister Kim Min-seok during his visit.
        Officials said the leaders would agree new rules for defence exports.
        Earlier, the presidential office said Lee would raise the issue of rare earths.
        The meeting was organised to discuss and sign a shipbuilding deal.
        Albanese will embark on a tour of the shipyards in Ulsan.
        """)
        #expect(items.isEmpty, "\(items.map(\.text))")
    }

    @Test func anOutcomeOfAnotherTimeOrAnotherMeetingIsNotThisOnes() throws {
        let items = try agreements(OutcomeFindingTests.lead + """
        The two leaders spoke by phone months ago and agreed to expand student visas.
        At a later session, the three leaders agreed to step up coast guard drills.
        """)
        #expect(items.isEmpty, "\(items.map(\.text))")
    }

    @Test func aCommitmentOfBothSidesIsPledgedByNeither() throws {
        let items = try agreements(OutcomeFindingTests.lead + """
        Both leaders reiterated their commitment to cutting emissions in heavy industry.
        Korea and Australia will launch a joint fund for battery research, Lee said.
        """)
        let pledges = items.filter { $0.status == .pledged }
        #expect(pledges.contains { $0.text.contains("cutting emissions") && $0.by == nil })
        #expect(pledges.contains { $0.text.contains("joint fund") && $0.by == nil })
    }

    @Test func aDemandToldToTheOtherLeaderIsProposedAndAConfirmationWithHimAgreed() throws {
        let items = try agreements(OutcomeFindingTests.lead + """
        Lee said he had told Albanese that "the sea lanes must stay open" to all ships.
        Albanese told Lee about his holiday in Jeju.
        Albanese said he reaffirmed with Lee the importance of their alliance with the United States.
        """)
        let demand = try #require(items.first { $0.text.contains("sea lanes") })
        #expect(demand.status == .proposed && demand.by?.id == "lee-jae-myung")
        #expect(!items.contains { $0.text.contains("holiday") })
        let confirmed = try #require(items.first { $0.text.contains("importance of their alliance") })
        #expect(confirmed.status == .agreed && confirmed.by == nil)
    }

    @Test func aPraisedCommitmentIsNoPledge() throws {
        let items = try agreements(OutcomeFindingTests.lead + """
        The visit reinforced his commitment to deepening ties with Asia.
        """)
        #expect(!items.contains { $0.text.contains("deepening ties") })
    }

    @Test func whatALeaderSaysBothSidesAreDoingIsAgreed() throws {
        let items = try agreements(OutcomeFindingTests.lead + """
        "We're expanding our cooperation on critical minerals and we're deepening the exchange of defence scientists," Albanese told reporters.
        """)
        let agreed = items.filter { $0.status == .agreed && $0.by == nil }
        #expect(agreed.contains { $0.text.contains("critical minerals") })
        #expect(agreed.contains { $0.text.contains("defence scientists") })
    }

    @Test func aCountryCoordinatedWithAnotherVerbIsTheSentenceSubject() throws {
        let items = try agreements(OutcomeFindingTests.lead + """
        Korea welcomed Australia's support for the peace process and ASEAN's stance on it and suggested that Australia host a regional forum next year.
        """)
        let proposal = try #require(items.first { $0.text.contains("regional forum") })
        #expect(proposal.status == .proposed && proposal.by?.id == "lee-jae-myung")
    }
}

/// Frameworks' items in the forms reports list them.
@Suite struct OrientationItemTests {
    func orientations(_ text: String) throws -> [Orientation] {
        let r = try #require(cleanReport(text))
        return Extractor().extract(r).orientations
    }

    static let lead = " date 2025-05-02 HANOI (EWR) – President Luong Cuong held talks with President Emmanuel Macron in Hanoi on Thursday.\n\n"

    @Test func numberedLinesAreItems() throws {
        let o = try orientations(OrientationItemTests.lead + """
        Macron proposed a three-point plan for the partnership:

        1. Expanding trade in farm produce.

        2. Training engineers for the rail sector.

        3. Joint research on vaccines.

        Cuong welcomed the plan and said Vietnam would study each point of Macron's proposals with France.
        """)
        let plan = try #require(o.first { $0.name.contains("three-point plan") })
        #expect(plan.items == ["Expanding trade in farm produce", "Training engineers for the rail sector", "Joint research on vaccines"])
        #expect(!plan.countMismatch)
    }

    @Test func semicolonsAfterAColonSeparateItemsThatHoldCommas() throws {
        let o = try orientations(OrientationItemTests.lead + """
        The two sides agreed on three priorities: clean energy; maritime safety, including search and rescue; and student exchanges.
        """)
        let p = try #require(o.first { $0.name.contains("priorities") })
        #expect(p.items == ["clean energy", "maritime safety, including search and rescue", "student exchanges"])
    }

    @Test func aCountsDirectListIsReadAcrossAStrayFullStop() throws {
        let o = try orientations(OrientationItemTests.lead + """
        Cuong said Vietnam is ready to build four major corridors for trade, clean power and tourism. , digital services, with a focus on the Mekong delta.
        """)
        let c = try #require(o.first { $0.name.contains("corridors") })
        #expect(c.declaredCount == 4)
        #expect(c.items == ["trade", "clean power", "tourism", "digital services"])
    }

    @Test func fewerItemsThanDeclaredAreFlagged() throws {
        let o = try orientations(OrientationItemTests.lead + """
        Macron put forward four proposals, namely more flights, a rail loan, and a film festival.
        """)
        let p = try #require(o.first { $0.name.contains("proposals") })
        #expect(p.items.count == 3 && p.countMismatch)
    }
}

/// The merged meeting holds each outcome once, with every telling.
@Suite struct MeetingOutcomeTests {
    static let agency = """
     date 2025-07-15 CANBERRA (EWR) – Prime Minister Anthony Albanese held talks with President Prabowo Subianto in Canberra on Monday.

    The two leaders agreed to set up an annual dialogue of defence ministers.

    They witnessed the signing of 9 cooperation documents on health, farming and education.

    Prabowo proposed a joint patrol of the Arafura Sea.
    """
    static let wire = """
     date 2025-07-15 CANBERRA (Wire) – Indonesian President Prabowo Subianto met Australian Prime Minister Anthony Albanese in Canberra on Monday.

    Albanese and Prabowo decided to set up a yearly dialogue between their defence ministers.

    The leaders looked on as officials exchanged 9 documents on cooperation in health, farming and education.

    The two sides agreed on joint patrols in the Arafura Sea.
    """

    func meeting() throws -> Meeting {
        let folder = try TempFolder()
        defer { folder.cleanup() }
        try folder.write("agency.txt", MeetingOutcomeTests.agency)
        try folder.write("wire.txt", MeetingOutcomeTests.wire)
        var corpus = Corpus()
        corpus.load(paths: [folder.path])
        return try #require(corpus.meeting(ofReport: "agency"))
    }

    @Test func oneOutcomeToldByTwoReportsIsOneAgreementWithBothTellings() throws {
        let m = try meeting()
        #expect(m.reports == ["agency", "wire"])
        let dialogue = m.agreements.filter { $0.text.contains("defence ministers") }
        #expect(dialogue.count == 1)
        #expect(dialogue.first?.reports == ["agency", "wire"])
        #expect(dialogue.first?.status == .agreed)
        let documents = m.agreements.filter { $0.quantity == 9 }
        #expect(documents.count == 1 && documents.first?.reports == ["agency", "wire"] && documents.first?.status == .signed)
    }

    @Test func reportsDisagreeingOnWhoActedAreRecorded() throws {
        let m = try meeting()
        let patrol = try #require(m.agreements.first { $0.text.contains("Arafura") })
        #expect(patrol.reports == ["agency", "wire"])
        let status = try #require(patrol.disagreements.first { $0.field == "status" })
        #expect(status.values == ["agency": "proposed", "wire": "agreed"])
        let by = try #require(patrol.disagreements.first { $0.field == "by" })
        #expect(by.values["agency"] == "Prabowo Subianto" && by.values["wire"] == "both sides")
    }

    @Test func compareShowsTheMeetingsGrouping() throws {
        let folder = try TempFolder()
        defer { folder.cleanup() }
        try folder.write("agency.txt", MeetingOutcomeTests.agency)
        try folder.write("wire.txt", MeetingOutcomeTests.wire)
        var corpus = Corpus()
        corpus.load(paths: [folder.path])
        let m = try #require(corpus.meeting(ofReport: "agency"))
        let c = try corpus.compare(meeting: m.id)
        for outcome in m.agreements where outcome.reports.count > 1 {
            let fact = c.facts.first { f in outcome.tellings.allSatisfy { t in f.variants.contains { $0.report == t.evidence.report && $0.evidence.sentence == t.evidence.sentence } } }
            #expect(fact != nil, "no fact holds \(outcome.text)")
        }
    }
}

/// Grouping tellings of one meeting's outcomes, on agreements made by hand.
@Suite struct AgreementGroupingTests {
    func telling(_ report: String, _ sentence: Int, _ text: String, _ status: AgreementStatus = .agreed, by: PersonRef? = nil, quantity: Int? = nil) -> Agreement {
        Agreement(text: text, status: status, by: by, verb: status.rawValue, quantity: quantity, topics: [],
                  evidence: Provenance(report: report, sentence: sentence, start: 0, end: 0))
    }

    @Test func aSharedYearJoinsAndDifferentYearsKeepApart() {
        let grouping = AgreementGrouping(lexicon: .bundled)
        let together = grouping.group([
            telling("a", 1, "a plan for the priority areas of economic cooperation until 2030"),
            telling("a", 2, "hold a festival of cinema in Perth"),
            telling("b", 1, "a joint statement on the 2030 economic cooperation plan", .signed),
            telling("b", 2, "open a consulate in Surabaya"),
        ])
        #expect(together.contains { $0.reports == ["a", "b"] && $0.text.contains("2030") })
        let apart = grouping.group([
            telling("a", 1, "designate 2026 as the year of tourism exchanges"),
            telling("b", 1, "designate 2027 as the year of tourism exchanges"),
        ])
        #expect(apart.count == 2)
    }

    @Test func oneReportsTwoOutcomesNeverJoin() {
        let grouping = AgreementGrouping(lexicon: .bundled)
        let out = grouping.group([
            telling("a", 1, "expand cooperation in rice trade"),
            telling("a", 2, "expand cooperation in rice research"),
            telling("b", 1, "expand cooperation in rice trade and research"),
        ])
        #expect(out.allSatisfy { Set($0.tellings.map(\.evidence.report)).count == $0.tellings.count })
    }

    @Test func outletsParaphrasingOneOutcomeAreOneAgreement() {
        let grouping = AgreementGrouping(lexicon: .bundled)
        let out = grouping.group([
            telling("a", 1, "upgrade the command structure of the forces stationed on the islands"),
            telling("a", 2, "open a consulate in Surabaya"),
            telling("b", 1, "modernizing command-and-control frameworks of the stationed forces"),
            telling("b", 2, "hold a festival of cinema in Perth"),
        ])
        #expect(out.contains { $0.reports == ["a", "b"] && $0.tellings.count == 2 })
        // Near-synonyms alone are not enough: the things upgraded must be the same.
        let apart = grouping.group([
            telling("a", 1, "upgrade the port of Gwadar"),
            telling("b", 1, "modernize railway signalling in the north"),
        ])
        #expect(apart.count == 2)
    }

    @Test func anOutcomeToldTwiceByOneReportIsListedOnce() {
        let grouping = AgreementGrouping(lexicon: .bundled)
        let out = grouping.group([
            telling("a", 0, "signed a statement on deepening comprehensive partnership and strategic cooperation", .signed),
            telling("a", 3, "open a consulate in Surabaya"),
            telling("a", 5, "signed two joint statements on deepening relations of comprehensive partnership and strategic cooperation for the new era", .signed),
            telling("b", 4, "signed a joint statement on deepening the comprehensive strategic partnership of coordination for the new era", .signed),
        ])
        let statement = out.first { $0.tellings.count == 3 }
        #expect(statement?.reports == ["a", "b"])
        #expect(statement?.tellings.map(\.evidence.sentence).sorted() == [0, 4, 5])
        // Two outcomes of one report that share their frame stay two.
        let two = grouping.group([
            telling("a", 1, "strengthen cooperation in trade and investment"),
            telling("a", 2, "strengthen cooperation in energy and mining"),
            telling("b", 1, "strengthen cooperation in trade and investment"),
        ])
        #expect(two.count == 2)
    }

    /// A headline's "sign 7 pacts" and the story's "inked seven memorandums" are one signing,
    /// each grouped with another outlet's telling: the two groups become one.
    @Test func aSigningToldInTheHeadlineAndTheStoryIsOneOutcome() {
        let grouping = AgreementGrouping(lexicon: .bundled)
        let out = grouping.group([
            telling("a", 0, "India, Japan sign 7 pacts on chips, nurses", .signed, quantity: 7),
            telling("a", 6, "inked seven memorandums of cooperation, among them one on nurses", .signed, quantity: 7),
            telling("b", 2, "signed seven memorandums of cooperation covering semiconductors and clean hydrogen", .signed, quantity: 7),
            telling("c", 3, "signed 7 documents on chips and on nurses", .signed, quantity: 7),
            telling("c", 5, "signed 3 contracts for rail cars", .signed, quantity: 3),
        ])
        let seven = out.filter { $0.quantity == 7 }
        #expect(seven.count == 1)
        #expect(seven.first?.reports == ["a", "b", "c"])
        #expect(out.contains { $0.quantity == 3 && $0.tellings.count == 1 })
    }

    @Test func clausesOfOneSentenceJoinATellingThatHoldsBoth() {
        let grouping = AgreementGrouping(lexicon: .bundled)
        let out = grouping.group([
            telling("a", 3, "modernizing command-and-control structures"),
            telling("a", 3, "increasing the interoperability and joint planning of our militaries so they can work together"),
            telling("a", 4, "plant cherry trees along the river"),
            telling("b", 2, "reinforce defense cooperation to increase interoperability and joint planning, including the improvement of command and control frameworks"),
            telling("b", 5, "hold a festival of cinema in Perth"),
        ])
        #expect(out.contains { $0.tellings.count == 3 && $0.reports == ["a", "b"] })
        // A clause whose words are only those its sibling already shares stays apart.
        let apart = grouping.group([
            telling("a", 7, "promote the alignment of high-quality Belt and Road cooperation with Pakistan's development plans"),
            telling("a", 7, "make the high-quality development of the Economic Corridor with Pakistan go deeper"),
            telling("b", 9, "synergize the high-quality Belt and Road cooperation with Pakistan's development plans"),
        ])
        #expect(apart.count == 2)
    }

    @Test func clausesAnotherReportAlsoTellsApartStayApart() {
        let out = AgreementGrouping(lexicon: .bundled).group([
            telling("a", 3, "extend visa-free stays for tourists to 15 days"),
            telling("a", 3, "hold the 10th session of the intergovernmental committee next year"),
            telling("b", 2, "hold the 10th session of the intergovernmental committee next year and extend visa-free stays for tourists to 15 days"),
            telling("c", 4, "extend visa-free stays for tourists to 15 days"),
            telling("c", 4, "hold the 10th session of the intergovernmental committee next year"),
        ])
        #expect(out.count == 2)
        #expect(out.allSatisfy { Set($0.tellings.map(\.evidence.report)).count == $0.tellings.count })
    }

    @Test func theWordingShownIsATellingWithTheStatusShown() {
        let out = AgreementGrouping(lexicon: .bundled).group([
            telling("a", 1, "a commitment to upgrade the command structure of the forces stationed on the islands to make them work better together", .pledged),
            telling("b", 1, "upgrade the command structure of the stationed forces"),
            telling("c", 1, "modernize the command structure of the stationed forces"),
        ])
        let one = out.first { $0.tellings.count == 3 }
        #expect(one?.status == .agreed)
        #expect(one?.text == "upgrade the command structure of the stationed forces")
    }

    @Test func differentCountsAreADisagreementOfOneSigning() {
        let out = AgreementGrouping(lexicon: .bundled).group([
            telling("a", 1, "signing of 12 cooperation documents on trade and health", .signed, quantity: 12),
            telling("b", 1, "more than 10 cooperation documents on trade and health were signed", .signed, quantity: 10),
        ])
        let signing = out.first { $0.reports == ["a", "b"] }
        #expect(signing?.disagreements.contains { $0.field == "quantity" && $0.values == ["a": "12", "b": "10"] } == true)
    }
}

/// On the seeds, the two witnesses of the 2025-04-14 talks tell three outcomes alike.
@Suite(.enabled(if: TestPaths.haveSeeds, "the seed reports are not beside the project (../shared/seeds)"))
struct SeedOutcomeTests {
    @Test func sharedOutcomesOfTheHanoiTalksAreOneAgreementEach() throws {
        var corpus = Corpus()
        corpus.load(paths: [TestPaths.seeds.path])
        let m = try #require(corpus.meetings.first { $0.date.day?.description == "2025-04-14" })
        #expect(m.reports.count == 2)
        for (words, status) in [("ministerial", AgreementStatus.agreed), ("45", .signed), ("youth", .pledged)] {
            let outcomes = m.agreements.filter { a in a.tellings.contains { $0.text.contains(words) } }
            #expect(outcomes.count == 1, "\(words): \(outcomes.map(\.text))")
            #expect(outcomes.first?.reports == m.reports, "\(words)")
            #expect(outcomes.first?.status == status, "\(words)")
        }
    }
}
