import Foundation
import Testing
@testable import Parley

@Suite struct PlaceTests {
    func record(_ text: String, context: ExtractionContext = .bundled) -> MeetingRecord? {
        guard let r = cleanReport(text) else { return nil }
        return Extractor(context: context).extract(r)
    }

    @Test func generatedCityIsAStatedPlace() throws {
        let r = try #require(record(" date 2024-09-21 President Joe Biden met Prime Minister Narendra Modi in Wilmington on Saturday to talk about trade."))
        #expect(r.place == "Wilmington")
        #expect(r.placeRule == "stated")
        let kazan = try #require(record(" date 2024-10-23 President Vladimir Putin held talks with President Xi Jinping in Kazan on Tuesday."))
        #expect(kazan.place == "Kazan")
    }

    @Test func venueGivesItsCity() throws {
        let kremlin = try #require(record(" date 2024-05-10 President Vladimir Putin held talks with President Tô Lâm at the Kremlin on Friday."))
        #expect(kremlin.place == "Moscow")
        #expect(kremlin.placeRule == "stated")
        let oval = try #require(record(" date 2024-04-10 President Joe Biden met Prime Minister Fumio Kishida in the Oval Office on Wednesday."))
        #expect(oval.place == "Washington")
        let hall = try #require(record(" date 2024-03-01 President Xi Jinping met Prime Minister Anthony Albanese at the Great Hall of the People in Beijing on Friday."))
        #expect(hall.place == "Beijing")
        let places = ReferenceData.bundled.places
        #expect(places.place(named: "Elysee Palace")?.name == "Paris")
        #expect(places.place(named: "Malacañang")?.name == "Manila")
        #expect(places.place(named: "Vostochny spaceport")?.country == "RU")
        #expect(places.venue(named: "Diaoyutai")?.city == "Beijing")
    }

    @Test func hyphensAndSpacesInACityNameAreOne() {
        let places = ReferenceData.bundled.places
        #expect(places.place(named: "Port-Vila")?.name == "Port Vila")
        #expect(places.place(named: "Port-Louis")?.name == "Port Louis")
        #expect(places.place(named: "Port au Prince")?.name == "Port-au-Prince")
        #expect(places.place(named: "Cook Islands")?.kind == .country)
    }

    @Test func aCountrysCapitalNamedByItsRoleIsThatCity() throws {
        let demonym = try #require(record("""
        Tashkent, 23 December (Uzbek Daily): Shavkat Mirziyoyev and Kassym-Jomart Tokayev held talks in the \
        Kazakh capital on Thursday, December 22, 2022.
        """))
        #expect(demonym.place == "Astana")
        #expect(demonym.placeRule == "stated")
        let adjective = try #require(record(" date 2024-05-16 President Vladimir Putin held talks with President Xi Jinping in the sprawling Chinese capital on Thursday."))
        #expect(adjective.place == "Beijing")
        let of = try #require(record(" date 2023-11-03 President Joko Widodo met Prime Minister Anwar Ibrahim in the capital of Malaysia on Friday."))
        #expect(of.place == "Kuala Lumpur")
        // A capital named after its role is taken as written.
        let named = try #require(record(" date 2024-05-16 President Vladimir Putin held talks with President Xi Jinping in the Chinese capital Beijing on Thursday."))
        #expect(named.place == "Beijing")
        // "Capital" that is money, or a capital without its country, names no place.
        let money = try #require(record(" date 2024-05-16 President Emmanuel Macron met Chancellor Olaf Scholz on Thursday to discuss new rules in the German capital markets."))
        #expect(money.place != "Berlin")
    }

    @Test func whereSomeoneSpeaksFromOrLivesIsNotTheMeetingPlace() throws {
        let sources = try #require(record(" date 2025-07-23 Chancellor Friedrich Merz and President Emmanuel Macron agreed on Tuesday to settle the fighter jet dispute, government sources in Berlin said."))
        #expect(sources.place != "Berlin")
        let said = try #require(record(" date 2025-07-23 Chancellor Friedrich Merz and President Emmanuel Macron agreed on Tuesday to settle the fighter jet dispute, officials in Paris said."))
        #expect(said.place != "Paris")
        let living = try #require(record(" date 2024-05-14 President Cyril Ramaphosa promised President Bola Tinubu on Tuesday that Nigerians living in South Africa would be protected."))
        #expect(living.place != "South Africa")
        let venue = try #require(record(" date 2025-07-23 President Emmanuel Macron received Chancellor Friedrich Merz on Tuesday at the Fort de Brégançon."))
        #expect(venue.place == "Bormes-les-Mimosas")
    }

    @Test func stopListedCommonWordIsNotAPlace() throws {
        let places = ReferenceData.bundled.places
        for word in ["Mobile", "Reading", "Split", "Surprise", "Of"] {
            #expect(places.place(named: word) == nil, "\(word)")
        }
        let r = try #require(record(" date 2024-06-03 President Joe Biden met Prime Minister Fumio Kishida in Reading on Monday."))
        #expect(r.placeRule != "stated")
    }

    @Test func spellingVariantsNameOneCity() {
        let places = ReferenceData.bundled.places
        #expect(places.place(named: "Ha Noi")?.name == "Hanoi")
        #expect(places.place(named: "HÀ NỘI")?.name == "Hanoi")
        #expect(places.place(named: "Tshwane")?.name == "Pretoria")
        #expect(places.place(named: "Delhi")?.name == "New Delhi")
        #expect(places.place(named: "New Delhi")?.name == "New Delhi")
        #expect(places.place(named: "Vladivostok")?.country == "RU")
    }

    @Test func userPlacesFileCanAddAVenue() throws {
        let folder = try TempFolder()
        defer { folder.cleanup() }
        try folder.write("my-places.json", """
        {"cities": [{"name": "Lakeside", "country": "CH"}],
         "venues": [{"name": "Maison Testard", "aliases": ["Testard House"], "city": "Geneva"},
                    {"name": "Lakeside Lodge", "city": "Lakeside"}]}
        """)
        var reference = ReferenceData.bundled
        try reference.addPlaces(from: folder.url.appendingPathComponent("my-places.json"))
        #expect(reference.places.place(named: "Testard House")?.name == "Geneva")
        #expect(reference.places.place(named: "Lakeside Lodge")?.name == "Lakeside")
        #expect(reference.places.place(named: "Kremlin")?.name == "Moscow")
        let context = ExtractionContext(places: reference.places)
        let r = try #require(record(" date 2024-07-02 President Emmanuel Macron met President Volodymyr Zelensky at the Maison Testard on Tuesday.", context: context))
        #expect(r.place == "Geneva")
    }

    @Test func generatedCityLinesAreChecked() throws {
        let good = try PlaceGazetteer(json: Data(#"{"generatedCities": ["RU|Testgrad|Test-grad"]}"#.utf8))
        #expect(good.place(named: "Test-grad")?.name == "Testgrad")
        #expect(throws: ReferenceDataError.self) { try PlaceGazetteer(json: Data(#"{"generatedCities": ["Testgrad"]}"#.utf8)) }
    }

    @Test func aTownIsKnownOnlyWhereADatelineNamesIt() throws {
        let g = try PlaceGazetteer(json: Data(#"{"generatedTowns": "JP|Testmachi|Test-machi\nRU|Testovo"}"#.utf8))
        #expect(g.place(named: "Testmachi") == nil)
        let town = try #require(g.datelinePlace(named: "TEST-MACHI"))
        #expect(town.name == "Testmachi" && town.country == "JP" && town.kind == .city)
        #expect(g.datelinePlace(named: "Testovo")?.country == "RU")
        #expect(g.datelinePlace(named: "Testovka") == nil)
        #expect(throws: ReferenceDataError.self) { try PlaceGazetteer(json: Data(#"{"generatedTowns": "JP|Testmachi\nTestovo"}"#.utf8)) }
    }

    @Test func aSmallTownNamedInTheTextIsNoPlace() throws {
        // Delaware, Ohio, and a town of Amur: in running text these are a state and a region.
        #expect(ReferenceData.bundled.places.place(named: "Delaware") == nil)
        #expect(ReferenceData.bundled.places.datelinePlace(named: "NAGATO")?.country == "JP")
        let r = try #require(record("""
        NAGATO, Yamaguchi Pref. – Prime Minister Shinzo Abe and Russian President Vladimir Putin sat down Thursday for talks at a hot spring inn.
        """))
        #expect(r.place == "Nagato" && r.placeRule == "dateline")
    }

    @Test func handWrittenCityWinsOverAGeneratedOne() throws {
        let g = try PlaceGazetteer(json: Data(#"{"cities": [{"name": "Testgrad", "aliases": ["Old Test"], "country": "UA"}], "generatedCities": ["RU|Old Test"]}"#.utf8))
        #expect(g.place(named: "Old Test")?.name == "Testgrad")
    }
}

/// A place written with the háček of Slavic and Baltic spellings ("Soči", "Bočarov Ručej") is
/// found in its English transliteration; a name with none is looked up only as written.
@Suite struct PlaceWithAHacekTests {
    @Test func aHacekIsReadAsItsEnglishDigraph() throws {
        #expect(PlaceGazetteer.digraphs("Soči") == "Sochi")
        #expect(PlaceGazetteer.digraphs("Žilina") == "Zhilina")
        #expect(PlaceGazetteer.digraphs("Sochi") == nil)
        let places = ExtractionContext.bundled.places
        #expect(places.place(named: "Soči")?.name == "Sochi")
    }

    @Test func talksInSociArePlacedInSochi() throws {
        let report = try #require(cleanReport("""
        President Vladimir Putin and President Aleksandar Vučić held talks in Soči on Thursday.
        """, name: "r.txt"))
        #expect(Extractor().extract(report).place == "Sochi")
    }
}
