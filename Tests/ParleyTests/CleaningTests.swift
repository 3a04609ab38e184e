import Testing
@testable import Parley

@Suite struct JunkCharacterTests {
    @Test func foreignScriptGluedIntoWordsIsRemoved() throws {
        let text = "Hanoi (VNA) – Prime Minister Pham Minh Chinh met the \u{12043}visiting Malaysian Prime Minister Anwar Ibrahim an\u{A9D1}d discussed trade, investment and the digital economy at length."
        let r = try #require(cleanReport(text))
        #expect(r.text.contains("met the visiting Malaysian"))
        #expect(r.text.contains(" and discussed"))
        #expect(r.noise.filter { $0.kind == .junkCharacter }.map(\.text) == ["\u{12043}", "\u{A9D1}"])
    }

    @Test func zeroWidthAndControlCharactersAreRemoved() throws {
        let text = "Beijing, May 3 (PLW) -- The two fo\u{200B}reign ministers agreed to re\u{00AD}sume flights\u{0007} between the capitals."
        let r = try #require(cleanReport(text))
        #expect(r.text.contains("two foreign ministers agreed to resume flights between"))
        #expect(r.noise.filter { $0.kind == .junkCharacter }.count == 3)
    }

    @Test func diacriticsTypographyAndWholeForeignWordsStay() throws {
        let text = "MOSCOW — Tô Lâm of Việt Nam and Nicolás Maduro spoke with Xi Jinping (习近平) about the “new era” – and peace."
        let r = try #require(cleanReport(text))
        #expect(r.text.contains("Tô Lâm of Việt Nam and Nicolás Maduro"))
        #expect(r.text.contains("(习近平)"))
        #expect(r.text.contains("“new era” – and"))
        #expect(r.noise.isEmpty)
    }
}

@Suite struct CleanerTests {
    let story = """
    Leaders agree to deepen energy ties
    PHNOM PENH, March 8 (Lotus Wire) -- Cambodian Prime Minister Hun Manet held talks with Thai Prime Minister Srettha Thavisin in Phnom Penh on Friday, focusing on trade and border crossings.
    Hun Manet (right) shakes hands with Srettha Thavisin at the Peace Palace. (Photo: Lotus Wire)
    The two leaders agreed to open two more border checkpoints and to double bilateral trade by 2027.
    Srettha proposed a joint study of tourism corridors linking Siem Reap and Bangkok.
    Hun Manet welcomed the proposal and invited Thai investors to special economic zones in Cambodia./.
    Parliament approved the budget for the coming fiscal year on Thursday.
    Heavy rain is forecast in the northern provinces this weekend.
    """

    @Test func titleDatelineCaptionAndEndMarker() throws {
        let r = try #require(cleanReport(story))
        #expect(r.title == "Leaders agree to deepen energy ties")
        #expect(r.datelinePlace == "Phnom Penh")
        #expect(r.outlet == "Lotus Wire")
        #expect(r.datelineMonthDay == MonthDay(month: 3, day: 8))
        #expect(r.published == nil)
        #expect(r.text.hasPrefix("Cambodian Prime Minister Hun Manet held talks"))
        #expect(!r.text.contains("(Photo: Lotus Wire)"))
        #expect(r.text.contains("special economic zones in Cambodia."))
        #expect(!r.text.contains("Parliament approved"))
        #expect(!r.text.contains("Heavy rain"))
        let kinds = r.noise.map(\.kind)
        #expect(kinds.contains(.caption))
        #expect(kinds.contains(.endMarker))
        #expect(kinds.filter { $0 == .afterEndMarker }.count == 2)
    }

    @Test func signOffNamesTheOutletsAndCutsWhatFollows() throws {
        let text = """
        NAIROBI — Kenyan President William Ruto received the visiting Indian foreign minister on Tuesday.
        They discussed pharmaceuticals and maritime security in the western Indian Ocean. — ABC/XYZ
        Local markets closed higher on Tuesday.
        """
        let r = try #require(cleanReport(text))
        #expect(r.outlet == "ABC / XYZ")
        #expect(r.outletEvidence == "signOff")
        #expect(r.text.hasSuffix("western Indian Ocean."))
        #expect(!r.text.contains("Local markets"))
    }

    @Test func repeatedTeaserIsKeptOnceInTheBody() throws {
        let teaser = "She stressed that steady high-level contacts between the two governments give direction to cooperation in every field."
        let text = """
        Finnish President meets Estonian counterpart
        \(teaser)

        Estonian President Alar Karis held talks with Finnish President Alexander Stubb in Tallinn on June 3.
        \(teaser)
        The two presidents also discussed energy links across the Gulf of Finland.
        """
        let r = try #require(cleanReport(text))
        let count = r.text.components(separatedBy: "She stressed that steady").count - 1
        #expect(count == 1)
        #expect(r.text.hasPrefix("Estonian President Alar Karis held talks"))
        #expect(r.noise.contains { $0.kind == .duplicateParagraph })
    }

    @Test func nearDuplicateParagraphIsRemovedToo() throws {
        let text = """
        Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago on Monday to discuss lithium, energy and a new border pass for lorries.
        Both presidents agreed to set up a joint commission on lithium mining and to share geological data before the end of the year.
        Both presidents agreed to set up a joint commission on lithium mining, and to share geological data before the end of this year.
        """
        let r = try #require(cleanReport(text))
        #expect(r.noise.filter { $0.kind == .duplicateParagraph }.count == 1)
    }

    @Test func unrelatedTrailingParagraphsWithoutMarkerGo() throws {
        let text = """
        ANKARA — Turkish President Recep Tayyip Erdoğan met Hungarian Prime Minister Viktor Orbán in Ankara on Thursday.
        Erdoğan said Türkiye and Hungary would raise trade to 6 billion US dollars.
        Orbán thanked Erdoğan for Turkish gas deliveries through the TurkStream pipeline.
        The two sides signed agreements on education and defence industry cooperation.
        Brazilian lawmakers approved a tax reform bill after months of debate in Brasília.
        Minister of Fisheries Lars Haugen announced new quotas for cod in the Barents Sea.
        """
        let r = try #require(cleanReport(text))
        #expect(r.text.contains("education and defence industry cooperation"))
        #expect(!r.text.contains("Brazilian lawmakers"))
        #expect(!r.text.contains("cod in the Barents Sea"))
        #expect(r.noise.filter { $0.kind == .unrelatedTrailing }.count == 2)
    }

    /// A release headed by a label and a date line: the story below them is the story.
    @Test func aLabelAndADateLineAboveTheStoryLeaveItWhole() throws {
        let text = """
        Readout
        October 9, 2025
        London, United Kingdom

        Today, Prime Minister Mark Carney met with the Prime Minister of the United Kingdom, Keir Starmer.
        """
        let r = try #require(cleanReport(text))
        #expect(r.text.contains("Mark Carney met with"))
        #expect(r.noise.filter { $0.kind == .unrelatedTrailing }.isEmpty)
    }

    @Test func publicationDatePrefixIsRead() throws {
        let r = try #require(cleanReport(" date 2024-06-20 PYONGYANG — The two leaders signed a treaty on a comprehensive strategic partnership."))
        #expect(r.published?.description == "2024-06-20")
        #expect(r.datelinePlace == "Pyongyang")
        #expect(r.text.hasPrefix("The two leaders signed"))
    }

    @Test func captionFormsAreRecognised() throws {
        let captions = [
            "Prime Minister Fumio Kishida speaks at a news conference in Tokyo. [Photo/Pacific Ledger]",
            "President Lula (left) greets Premier Li Qiang in Brasília. (Eastern Wire/Ana Souza)",
            "The two leaders review the guard of honour. PHOTO: TSC",
            "Photo: EWR",
            "The delegations at the talks. (EAN)",
        ]
        for c in captions {
            #expect(Furniture.kind(Array(c.utf8)) == .caption, "\(c)")
            #expect(Paragraphs.mayBeFurniture(Array(c.utf8)), "\(c)")
        }
        let notCaptions = [
            "The two leaders agreed to raise trade to 10 billion US dollars by 2030.",
            "Xi said the relationship between the two parties (CPC and CPV) was in good shape.",
        ]
        for c in notCaptions {
            #expect(Furniture.kind(Array(c.utf8)) == nil, "\(c)")
        }
    }

    @Test func datelineShapes() {
        func parse(_ s: String) -> Dateline? { Dateline.parse(Substring(s), isKnownPlace: { ["hanoi", "berlin"].contains($0.lowercased()) }) }
        let a = parse("Hanoi (VNA) – General Secretary To Lam held talks")
        #expect(a?.place == "Hanoi" && a?.tag == "VNA")
        let b = parse("Hanoi, April 15, 2025 — The Europe Today: Chinese President Xi Jinping")
        #expect(b?.day?.description == "2025-04-15" && b?.outletName == "The Europe Today")
        let c = parse("MOSCOW — General Secretary Tô Lâm had a meeting")
        #expect(c?.place == "MOSCOW" && c?.tag == nil)
        let d = parse("HANOI, April 15 (Xinhua) -- Chinese President Xi Jinping")
        #expect(d?.monthDay == MonthDay(month: 4, day: 15) && d?.year == nil && d?.tag == "Xinhua")
        let e = parse("BEIJING, Aug. 19 (Reuters) - China's leader")
        #expect(e?.monthDay == MonthDay(month: 8, day: 19) && e?.tag == "Reuters")
        let f = parse("WOODSIDE, California, Nov. 15 (PLW) -- U.S. President")
        #expect(f?.place == "WOODSIDE" && f?.monthDay == MonthDay(month: 11, day: 15))
        let g = parse("BERLIN: Chancellor Olaf Scholz")
        #expect(g?.place == "BERLIN")
        // A page's label in capitals before a colon is no place.
        #expect(parse("WATCH: Our correspondent on what the call means") == nil)
        #expect(parse("BREAKING: Leaders agree on a ceasefire") == nil)
        #expect(parse("General Secretary of the Communist Party To Lam held talks") == nil)
        #expect(parse("President Joe Biden had a meeting with") == nil)
        #expect(parse("Springfield — a town") == nil)
    }

    @Test func aDateWhoseDayAndMonthAreEqualReadsOneWay() {
        #expect(Paragraphs.pageDate(Array("03/03/2023 15:20 | Política".utf8)) == Day("2023-03-03"))
        #expect(Paragraphs.pageDate(Array("05/06/2023 15:20".utf8)) == nil)
    }

    @Test func aDateLineInMalayOrIndonesianDatesThePage() {
        #expect(Paragraphs.pageDate(Array("Isnin, 30 Januari 2023 | 6:31pm".utf8)) == Day("2023-01-30"))
        #expect(Paragraphs.pageDate(Array("Senin, 17 Agustus 2020".utf8)) == Day("2020-08-17"))
        #expect(Paragraphs.pageDate(Array("Jumaat, 5 Mac 2021".utf8)) == Day("2021-03-05"))
        // A weekday's name alone is no date.
        #expect(Paragraphs.pageDate(Array("Isnin".utf8)) == nil)
    }

    @Test func datelinePlacesWithParticlesAndMonthsInRomanceLanguages() {
        func parse(_ s: String) -> Dateline? { Dateline.parse(Substring(s), isKnownPlace: { _ in false }) }
        let rio = parse("Rio de Janeiro, May 5 (Reuters) - President Lula received the prime minister")
        #expect(rio?.place == "Rio de Janeiro" && rio?.monthDay == MonthDay(month: 5, day: 5) && rio?.tag == "Reuters")
        let dar = parse("DAR ES SALAAM, June 2 (AFP) - The two presidents met")
        #expect(dar?.place == "DAR ES SALAAM")
        let darLower = parse("Dar es Salaam, 3 mars 2023 (AFP) - Talks were held")
        #expect(darLower?.place == "Dar es Salaam" && darLower?.day?.description == "2023-03-03")
        let bogota = parse("Bogotá, 14 de marzo de 2024 (Agencia).- The president received")
        #expect(bogota?.place == "Bogotá" && bogota?.day?.description == "2024-03-14" && bogota?.tag == "Agencia")
        let belem = parse("Belém, 26 de março, 2024 (Agência Brasil) - Lula and Macron")
        #expect(belem?.day?.description == "2024-03-26")
        let wam = parse("ABU DHABI, 17th July, 2023 (WAM) -- President Sheikh Mohamed received")
        #expect(wam?.place == "ABU DHABI" && wam?.day?.description == "2023-07-17" && wam?.tag == "WAM")
        let rome = parse("Roma, 3 Luglio 2023 (Italpress) – The prime minister")
        #expect(rome?.day?.description == "2023-07-03")
        // A sentence that merely opens with a name and a particle is no dateline.
        #expect(parse("Lula da Silva said on Tuesday that the talks went well") == nil)
        #expect(parse("Rio de Janeiro is hosting the summit") == nil)
        // Foreign month words are read only after a day in a dateline, never as English words.
        #expect(MonthNames.number("mars") == nil && MonthNames.number("mai") == nil)
    }
}

@Suite struct SentenceTests {
    func sentences(_ s: String) -> [String] {
        let b = Array(s.utf8)
        return SentenceSegmenter.segment(b).map { String(decoding: b[$0.start..<$0.end], as: UTF8.self) }
    }

    @Test func abbreviationsInitialsAndAcronymsDoNotSplit() {
        let s = sentences("Mr. Blinken met Dr. Kim at No. 10 on Aug. 19 with John F. Kennedy Jr. present. The U.S. delegation left. Gen. Austin stayed.")
        #expect(s == ["Mr. Blinken met Dr. Kim at No. 10 on Aug. 19 with John F. Kennedy Jr. present.",
                      "The U.S. delegation left.", "Gen. Austin stayed."])
    }

    @Test func quotationsStayWhole() {
        let s = sentences("“We are brothers. We stand together,” Xi said. He smiled. \"Peace is possible,\" she added.")
        #expect(s == ["“We are brothers. We stand together,” Xi said.", "He smiled.", "\"Peace is possible,\" she added."])
    }

    @Test func paragraphsBulletsAndEnumerations() {
        let s = sentences("Xi proposed a plan:\n- Enhance trust: more visits.\n- Expand trade\nFirst, keep talking. Second, trade more.")
        #expect(s == ["Xi proposed a plan:", "- Enhance trust: more visits.", "- Expand trade", "First, keep talking.", "Second, trade more."])
        let p = SentenceSegmenter.segment(Array("A b.\n\nC d. E f.".utf8)).map(\.paragraph)
        #expect(p == [0, 1, 1])
    }
}

/// A dateline standing alone on its own line, as some papers print it.
@Suite struct StandaloneDatelineTests {
    let story = "India on Monday announced financial assistance to the Maldives after talks between Prime Minister Narendra Modi and visiting President Ibrahim Mohamed Solih at Hyderabad House."

    @Test func aCityInCapitalsOnItsOwnLineIsTheDateline() throws {
        let r = try #require(cleanReport("India offers assistance\n\nSpecial Correspondent\n\nNEW DELHI\n\n\(story)"))
        #expect(r.datelinePlace == "New Delhi")
        #expect(!r.text.contains("NEW DELHI"))
    }

    @Test func aSectionLabelOrAShortLineAfterIsNot() throws {
        let label = try #require(cleanReport("India offers assistance\n\nWORLD\n\n\(story)"))
        #expect(label.datelinePlace == nil)
        let short = try #require(cleanReport("India offers assistance\n\nNEW DELHI\n\nMore soon."))
        #expect(short.datelinePlace == nil)
    }
}

/// A scraped page whose site menu runs to many lines, one item each, above the headline.
@Suite struct LongMenuHeadTests {
    @Test func theHeadlineAndStampBelowALongMenuAreFound() throws {
        let menu = ["Skip to Main Content", "News", "Top Stories", "Local", "Climate", "World", "Canada", "Politics",
                    "Indigenous", "Business", "Health", "Entertainment", "Science", "Sign In", "Politics"]
        let text = (menu + [
            "Prime minister dines with president-elect at his Florida club",
            "Posted: Nov 30, 2024 8:12 AM EST | Last Updated: 1 hour ago",
            "Share on Facebook",
            "The prime minister sat down for dinner with the president-elect on Friday evening at his club in Palm Beach, in a meeting that was not on his public itinerary.",
        ]).joined(separator: "\n\n")
        let r = try #require(cleanReport(text))
        #expect(r.title == "Prime minister dines with president-elect at his Florida club")
        #expect(r.published == Day("2024-11-30"))
    }
}

/// A dateline closed by a full stop, with no dash or agency.
@Suite struct FullStopDatelineTests {
    @Test func aKnownCityAndADateClosedByAFullStopAreADateline() throws {
        let r = try #require(cleanReport("""
        Presidents meet again

        Bogotá, January 8. The President Gustavo Petro traveled yesterday Saturday to Caracas, where he held a new meeting with Nicolás Maduro.
        """))
        #expect(r.datelinePlace == "Bogotá")
        #expect(r.datelineMonthDay == MonthDay(month: 1, day: 8))
        // A sentence that merely opens with a name and a date is none.
        let prose = try #require(cleanReport("""
        Presidents meet again

        Petro, January 8. That was the day he chose to travel, officials said on Sunday.
        """))
        #expect(prose.datelineMonthDay == nil)
    }
}

/// A dateline filed from two places at once.
@Suite struct TwoPlaceDatelineTests {
    @Test func theFirstOfTwoPlacesJoinedByASlashIsTheDatelines() throws {
        let d = try #require(Dateline.parse(bytes: Array("PYONGYANG/SEOUL, Sept. 18 (Yonhap) -- President Moon Jae-in and".utf8),
                                            isKnownPlace: { _ in true }))
        #expect(d.place == "PYONGYANG")
        #expect(d.monthDay == MonthDay(month: 9, day: 18))
        #expect(d.tag == "Yonhap")
    }
}

/// A page's stamp line that goes on after its date.
@Suite struct StampLineTests {
    @Test func aDateFollowedByReadingTimeAndButtonsIsThePagesStamp() throws {
        let r = try #require(cleanReport("""
        World | Africa

        Macron courts Djibouti as China's footprint grows

        13 March 2019  •  4 min read  •  [Share] [Tweet] [Save]

        French President Emmanuel Macron promised Djibouti a respectful partnership on Tuesday, at a joint press conference with President Ismail Omar Guelleh after talks in Djibouti City.
        """))
        #expect(r.published == Day("2019-03-13"))
        #expect(r.title == "Macron courts Djibouti as China's footprint grows")
    }
}

/// Datelines whose agency stands before the place, after a bare hyphen, or after a month
/// abbreviated in Spanish.
@Suite struct AgencyDashDatelineTests {
    @Test func anAgencyTagBeforeThePlaceOpensTheDateline() throws {
        let d = try #require(Dateline.parse(bytes: Array("(ANSA) - MILAN, MAR 3 - Premier Giorgia Meloni on Friday received".utf8),
                                            isKnownPlace: { _ in true }))
        #expect(d.place == "MILAN")
        #expect(d.monthDay == MonthDay(month: 3, day: 3))
        #expect(d.tag == "ANSA")
        #expect(d.raw.hasPrefix("(ANSA) - MILAN"))
    }

    @Test func aHyphenAfterThePlaceAndTheAgencyIsTheDash() throws {
        let b = Array("Ankara- IRNA- President Ebrahim Raisi in a meeting with his Turkish counterpart said".utf8)
        #expect(Dateline.mayStart(b))
        let d = try #require(Dateline.parse(bytes: b, isKnownPlace: { _ in true }))
        #expect(d.place == "Ankara")
        #expect(d.tag == "IRNA")
        #expect(String(decoding: b[d.length...], as: UTF8.self).hasPrefix("President Ebrahim"))
    }

    @Test func aSpanishMonthAbbreviationAndAnAgencyBeforeTheDash() throws {
        let b = Array("Havana, 14 Ago. ACN.- The President of the Republic received on Wednesday".utf8)
        #expect(Dateline.mayStart(b))
        let d = try #require(Dateline.parse(bytes: b, isKnownPlace: { _ in true }))
        #expect(d.place == "Havana")
        #expect(d.monthDay == MonthDay(month: 8, day: 14))
        #expect(d.tag == "ACN")
    }

    @Test func aHyphenatedPlaceStaysWhole() throws {
        let d = try #require(Dateline.parse(bytes: Array("PORT-AU-PRINCE, May 4 (Agency) - The".utf8), isKnownPlace: { _ in true }))
        #expect(d.place == "PORT-AU-PRINCE")
    }
}

/// A section path written with slashes above the headline.
@Suite struct SlashBreadcrumbTests {
    @Test func aSlashPathIsNotTheTitle() throws {
        let r = try #require(cleanReport("""
        Home  /  Africa  /  Ruto, Museveni hold phone talks on border trade

        Ruto, Museveni hold phone talks on border trade

        Agency | Updated: Mar 9, 2023 10:02 EAT

        Kenyan President William Ruto said he spoke by telephone with Ugandan President Yoweri Museveni on Wednesday about trade at the Busia crossing.
        """))
        #expect(r.title == "Ruto, Museveni hold phone talks on border trade")
        #expect(!r.text.contains("Home  /"))
    }

    @Test func proseWithOneSlashIsNoPath() {
        #expect(!Paragraphs.slashPath(Array("The talks covered trade / investment in the region.".utf8)))
        #expect(Paragraphs.slashPath(Array("News / World / Asia".utf8)))
    }
}

/// A release's header: where and when it was issued on lines of their own.
@Suite struct ReleaseHeaderDatelineTests {
    @Test func aKnownCityAndADayAloneOnALineAreTheDateline() throws {
        let r = try #require(cleanReport("""
        Erdoğan leaves Baku with gas deal

        ANKARA, March 10

        President Recep Tayyip Erdoğan met Azerbaijani President Ilham Aliyev in Baku yesterday.
        """))
        #expect(r.datelinePlace == "Ankara")
        #expect(r.datelineMonthDay == MonthDay(month: 3, day: 10))
    }

    @Test func aKnownCityAndAFullDateAloneOnALineAreTheDateline() throws {
        let d = try #require(Dateline.parse(bytes: Array("Nairobi, 3 May 2024".utf8), isKnownPlace: { _ in true }, isKnownCity: { $0 == "Nairobi" }))
        #expect(d.place == "Nairobi")
        #expect(d.monthDay == MonthDay(month: 5, day: 3))
        #expect(d.year == 2024)
        // An unknown word before a date alone is no place.
        #expect(Dateline.parse(bytes: Array("Updated, 3 May 2024".utf8), isKnownPlace: { _ in false }) == nil)
    }

    @Test func aReleaseHeaderGivesPlaceAndDate() throws {
        let r = try #require(cleanReport("""
        Statement by the President following the meeting

        Nairobi, 3 May 2024

        We have just had a very useful exchange with President William Ruto at State House on trade and climate finance.
        """))
        #expect(r.datelinePlace == "Nairobi")
        #expect(r.published == Day("2024-05-03"))
    }

    @Test func aCityLineBesideADateLineIsTheDateline() throws {
        let r = try #require(cleanReport("""
        Events > News

        Russian-Mongolian talks

        September 3, 2019

        Ulaanbaatar

        Vladimir Putin held talks with President of Mongolia Khaltmaagiin Battulga, who welcomed the Russian leader at the State Palace for a visit of a few hours.
        """))
        #expect(r.datelinePlace == "Ulaanbaatar")
    }
}

/// A page stamp in digits that reads either way, settled by its time zone; a region and the
/// agency's tag, each in brackets, after a dateline's place.
@Suite struct StampZoneAndBracketedRegionTests {
    @Test func aStampInAZoneOutsideTheAmericasReadsDayFirst() throws {
        let r = try #require(cleanReport("""
        Leaders upgrade ties

        Updated: 06-07-2024 09:48 IST

        Chinese President Xi Jinping and Tajik President Emomali Rahmon held talks on Friday in Dushanbe.
        """))
        #expect(r.published == Day("2024-07-06"))
    }

    @Test func aStampInAnAmericanZoneReadsMonthFirst() throws {
        let r = try #require(cleanReport("""
        Leaders upgrade ties

        Updated: 06-07-2024 09:48 EDT

        The two presidents held talks on Thursday at the White House.
        """))
        #expect(r.published == Day("2024-06-07"))
    }

    @Test func aRegionAndAnAgencyInBracketsFollowThePlace() throws {
        let d = try #require(Dateline.parse(bytes: Array("Bogor (Indonesia) (AFP) - Saudi Arabia's King Salman was greeted".utf8),
                                            isKnownPlace: { _ in true }))
        #expect(d.place == "Bogor")
        #expect(d.tag == "AFP")
    }
}

/// A stamp whose digits read either way, on the story's weekday or the day after it.
@Suite struct AmbiguousStampByWeekdayTests {
    @Test func theReadingTheStorysWeekdayFitsBeatsTheOrderOfOtherDates() throws {
        let r = try #require(cleanReport("""
        Home > Region > Politics
        Updated: 09-06-2019 | 00:35

        Modi in Malé: India and Maldives sign six agreements

        Indian Prime Minister Narendra Modi held talks with Maldivian President Ibrahim Mohamed Solih in Malé on Saturday, on his first trip abroad since his re-election, ahead of the G20 summit in Osaka on June 28.
        """))
        #expect(r.published == Day("2019-06-09"))
    }

    @Test func onlyAStampInTheSmallHoursCountsTheDayAfter() {
        #expect(Paragraphs.smallHours(Array("Updated: 09-06-2019 | 00:35".utf8)))
        #expect(Paragraphs.smallHours(Array("06/09/2019 2:10 AM".utf8)))
        #expect(!Paragraphs.smallHours(Array("Updated: 09/06/2022 8:02 AM".utf8)))
        #expect(!Paragraphs.smallHours(Array("06/09/2019 2:10 PM".utf8)))
        #expect(!Paragraphs.smallHours(Array("Updated: 09/06/2022".utf8)))
    }
}
