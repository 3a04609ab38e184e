import Foundation
import Testing
@testable import Parley

/// Helpers shared by the comparison tests.
enum CompareSupport {
    /// Everything a fact says, lowercased: its summary and every wording.
    static func blob(_ f: Fact) -> String {
        ([f.summary] + f.variants.map(\.text)).joined(separator: " | ").lowercased()
    }

    /// The facts whose wordings contain every one of `words` (case-insensitive).
    static func facts(_ c: Comparison, containing words: [String]) -> [Fact] {
        c.facts.filter { f in
            let b = blob(f)
            return words.allSatisfy { b.contains($0.lowercased()) }
        }
    }

    /// A readable list of the facts containing `words`, for failure messages.
    static func describe(_ c: Comparison, _ words: [String]) -> String {
        let found = facts(c, containing: words)
        if found.isEmpty { return "no fact contains \(words)" }
        return found.map { "#\($0.index + 1) in \($0.reports): \($0.summary.prefix(90))" }.joined(separator: "\n")
    }

    /// The person with the largest share of a witness's sentences.
    static func leading(_ c: Comparison, _ report: String) -> String? {
        c.emphasis[report]?.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }
}

/// Comparing accounts of one meeting (issue 5): the suites below all run with `--filter CompareTests`.
@Suite struct CompareTests {
    /// Comparison of the seeds' 2025-04-14 Hanoi talks (reports 000 and 001), read at run time.
    @Suite(.enabled(if: TestPaths.haveSeeds, "the seed reports are not beside the project (../shared/seeds)"))
    struct Seeds {
        static let loaded: Corpus = {
            var corpus = Corpus()
            corpus.load(paths: [TestPaths.seeds.path])
            return corpus
        }()

        func id(_ prefix: String) throws -> String {
            try #require(Seeds.loaded.reports.first { $0.id.hasPrefix(prefix) }?.id, "no seed report \(prefix)")
        }

        func comparison() throws -> Comparison {
            let corpus = Seeds.loaded
            let m = try #require(corpus.meeting(ofReport: try id("000_")), "report 000 is in no meeting")
            return try corpus.compare(meeting: m.id)
        }

        func expectShared(_ c: Comparison, _ words: [String], in reports: Set<String>, _ what: String) {
            let hit = CompareSupport.facts(c, containing: words).contains { Set($0.reports) == reports }
            #expect(hit, "\(what) should be one fact told by \(reports.sorted()):\n\(CompareSupport.describe(c, words))")
        }

        @Test func dialogueUpgradeDocumentsAndYouthInvitationAreSharedFacts() throws {
            let c = try comparison()
            let both: Set = [try id("000_"), try id("001_")]
            #expect(Set(c.witnesses.map(\.report)) == both)
            expectShared(c, ["ministerial"], in: both, "the upgrade of the strategic dialogue to ministerial level")
            expectShared(c, ["45", "documents"], in: both, "the 45 cooperation documents")
            expectShared(c, ["youth"], in: both, "the invitation of Vietnamese youth (red journey / Red Study Tours)")
        }

        @Test func railwayCommitteeAndLaoCaiRailwayOnlyIn000() throws {
            let c = try comparison()
            let a: Set = [try id("000_")]
            expectShared(c, ["railway cooperation committee"], in: a, "the joint railway cooperation committee")
            expectShared(c, ["lao cai"], in: a, "the Lao Cai–Hanoi–Hai Phong railway")
            for words in [["railway cooperation committee"], ["lao cai"]] {
                #expect(CompareSupport.facts(c, containing: words).allSatisfy { $0.reports == Array(a) }, "\(words) should only be in 000")
            }
        }

        @Test func oneChinaPolicyAndTeaOnlyIn001() throws {
            let c = try comparison()
            let b = try id("001_")
            expectShared(c, ["one-china"], in: [b], "the one-China policy")
            let tea = c.facts.filter { $0.kind == .event && $0.event == "tea" }
            #expect(tea.count == 1, "the tea should be one event fact: \(tea.map(\.summary))")
            #expect(tea.first?.reports == [b])
        }

        @Test func seaAndExchangeTerminologyDiffers() throws {
            let c = try comparison()
            func has(_ x: String, _ y: String) -> Bool {
                c.terminology.contains { t in
                    let values = t.terms.values.map { $0.lowercased() }
                    return values.contains { $0.contains(x) } && values.contains { $0.contains(y) }
                }
            }
            #expect(has("east sea", "south china sea"), "\(c.terminology)")
            #expect(has("humanistic", "people-to-people"), "\(c.terminology)")
            let sea = c.terminology.first { $0.referent == "South China Sea" }
            #expect(sea?.terms[try id("000_")] == "East Sea")
        }

        @Test func toLamWeighsMoreIn000AndXiLeads001() throws {
            let c = try comparison()
            let a = try id("000_"), b = try id("001_")
            let lam0 = try #require(c.emphasis[a]?["to-lam"]), lam1 = try #require(c.emphasis[b]?["to-lam"])
            #expect(lam0 >= lam1 + 0.1, "To Lam: 000 \(lam0), 001 \(lam1)")
            #expect(CompareSupport.leading(c, b) == "xi-jinping", "\(c.emphasis[b] ?? [:])")
        }

        @Test func documentCountsAgreeAndDatesAgree() throws {
            let c = try comparison()
            let docs = c.conflicts.first { $0.field == "count" && $0.subject == "documents" }
            #expect(docs?.type == .agree, "\(c.conflicts)")
            #expect(c.conflicts.first { $0.field == "date" }?.type == .agree)
            #expect(c.independentWitnesses == 2)
        }

        @Test func sixMajorOrientationsTrackedAcrossThreeMeetingsInDateOrder() throws {
            let corpus = Seeds.loaded
            let t = corpus.track("six major orientations")
            let want = try ["003_", "000_", "004_"].map { p in try #require(corpus.meeting(ofReport: try id(p))?.id) }
            #expect(t.meetings == want, "\(t.entries.map { "\($0.meeting) \($0.report): \($0.wording)" })")
            let dates = t.entries.compactMap(\.date)
            #expect(dates == dates.sorted())
            let last = try #require(t.entries.last)
            #expect(last.report.hasPrefix("004_"))
            #expect(last.wording.lowercased().contains("six major directions"))
            #expect(t.referent == "Six major orientations")
        }

        @Test func diffOfTheTwoAccountsMatchesSomeSentencesAndKeepsTheRest() throws {
            let d = try Seeds.loaded.diff(try id("000_"), try id("001_"))
            let counts = d.counts
            #expect((counts[.onlyLeft] ?? 0) > 10)
            #expect((counts[.onlyRight] ?? 0) > 5)
            // Every sentence of both texts appears exactly once.
            let left = d.rows.compactMap(\.left?.index), right = d.rows.compactMap(\.right?.index)
            #expect(Set(left).count == left.count && Set(right).count == right.count)
        }
    }

    /// The three self-written multi-outlet fixtures of other meetings, checked against their expected.json.
    struct Fixtures {
        struct Expected: Decodable {
            struct MeetingSpec: Decodable { var date: String; var place: String; var participants: [String] }
            struct FactSpec: Decodable { var contains: [String]; var `in`: [String] }
            struct TermSpec: Decodable { var terms: [String] }
            struct AttributionSpec: Decodable { var contains: [String]; var joint: String; var oneSide: String; var by: String }
            struct ConflictSpec: Decodable { var field: String; var values: [String]; var type: String }
            var meeting: MeetingSpec
            var shared: [FactSpec]
            var only: [FactSpec]
            var terminology: [TermSpec]
            var attribution: [AttributionSpec]
            var conflicts: [ConflictSpec]
            var emphasis: [String: String]
        }

        static func id(_ file: String) -> String { file.hasSuffix(".txt") ? String(file.dropLast(4)) : file }

        /// Loads a set, compares all its reports as witnesses of the meeting of the first, and checks expected.json.
        func check(_ set: String) throws {
            let folder = TestPaths.fixtures.appendingPathComponent("compare").appendingPathComponent(set)
            let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: folder.appendingPathComponent("expected.json")))
            var corpus = Corpus()
            corpus.load(paths: [folder.path])
            let reports = corpus.reports.map(\.id).sorted()
            #expect(reports.count == 3)
            let first = try #require(reports.first)
            let meeting = try #require(corpus.meeting(ofReport: first))
            let c = try corpus.compare(meeting: meeting.id, witnesses: reports)
            #expect(c.witnesses.map(\.report) == reports)

            // The meeting as the witnesses tell it.
            let records = reports.compactMap { corpus.record(report: $0) }
            var dates: [String: Int] = [:]
            for r in records { if let d = r.date.day { dates[d.description, default: 0] += 1 } }
            #expect(dates.max { $0.value < $1.value }?.key == expected.meeting.date, "\(set) dates \(dates)")
            #expect(records.contains { $0.place == expected.meeting.place }, "\(set) places \(records.map(\.place))")
            var names: [String: String] = [:]
            for r in records { for p in r.participants { names[p.id] = p.name } }
            // A name as the expectations write it ("Volodymyr Zelensky") → the gazetteer's ids.
            func ids(_ name: String) -> Set<String> {
                Set(corpus.extractor.context.gazetteer.search(name).map(\.id) + names.filter { Fold.key($0.value) == Fold.key(name) }.map(\.key))
            }
            for p in expected.meeting.participants {
                #expect(!ids(p).isDisjoint(with: names.keys), "\(set): participant \(p) missing from \(names.values.sorted())")
            }

            for spec in expected.shared + expected.only {
                let want = Set(spec.in.map(Fixtures.id))
                let hit = CompareSupport.facts(c, containing: spec.contains).contains { Set($0.reports) == want }
                #expect(hit, "\(set): \(spec.contains) should be one fact told by \(want.sorted()):\n\(CompareSupport.describe(c, spec.contains))")
            }
            for spec in expected.terminology {
                let hit = c.terminology.contains { t in
                    let values = Set(t.terms.values.map { $0.lowercased() })
                    return spec.terms.allSatisfy { values.contains($0.lowercased()) }
                }
                #expect(hit, "\(set): terminology \(spec.terms) missing from \(c.terminology.map(\.terms))")
            }
            for spec in expected.attribution {
                let joint = Fixtures.id(spec.joint), oneSide = Fixtures.id(spec.oneSide)
                let hit = c.attribution.contains { a in
                    let fact = c.facts[a.fact]
                    return spec.contains.allSatisfy { CompareSupport.blob(fact).contains($0.lowercased()) }
                        && a.joint.contains { $0.report == joint }
                        && a.oneSide.contains { $0.report == oneSide && ids(spec.by).contains($0.by?.id ?? "") }
                }
                #expect(hit, "\(set): attribution of \(spec.contains): \(c.attribution.map { "\($0.summary.prefix(60)) joint \($0.joint.map(\.report)) one side \($0.oneSide.map { "\($0.report) \($0.by?.name ?? "-")" })" })")
            }
            for spec in expected.conflicts {
                let hit = c.conflicts.contains { x in
                    let values = Set(x.values.values.map { $0.lowercased() })
                    return x.field == spec.field && x.type.rawValue == spec.type && spec.values.allSatisfy { values.contains($0.lowercased()) }
                }
                #expect(hit, "\(set): conflict \(spec.field) \(spec.values) \(spec.type) missing from \(c.conflicts.map { "\($0.field) \($0.values) \($0.type)" })")
            }
            for (file, person) in expected.emphasis {
                let lead = CompareSupport.leading(c, Fixtures.id(file))
                #expect(lead.map { ids(person).contains($0) } == true, "\(set): \(file) should lean to \(person), not \(lead ?? "nobody"): \(c.emphasis[Fixtures.id(file)] ?? [:])")
            }
        }

        @Test func modiInKyivSet1MatchesExpected() throws { try check("set1") }
        @Test func marcosInBeijingSet2MatchesExpected() throws { try check("set2") }
        @Test func scholzInBeijingSet3MatchesExpected() throws { try check("set3") }
    }

    /// Counts normalised to ranges and compared.
    struct Quantities {
        func q(_ s: String) throws -> Quantity { try #require(Quantity(s), "'\(s)' should read as a count") }

        @Test func moreThanFortyRefinesFortyFive() throws {
            #expect(try q("more than 40").compare(q("45")) == .refinement)
            #expect(try q("45").compare(q("more than 40")) == .refinement)
        }

        @Test func fortyAndFortyFiveContradict() throws {
            #expect(try q("40").compare(q("45")) == .contradiction)
            #expect(try q("more than 50").compare(q("45")) == .contradiction)
            #expect(try q("fewer than 10").compare(q("12")) == .contradiction)
        }

        @Test func numberWordsAndDigitsAgree() throws {
            #expect(try q("forty-five").compare(q("45")) == .agree)
            #expect(try q("four").compare(q("4")) == .agree)
            #expect(try q("22.8 billion").low == 22_800_000_000)
        }

        @Test func vagueCountsRefineExactOnes() throws {
            #expect(try q("several").compare(q("four")) == .refinement)
            #expect(try q("more than a dozen").compare(q("14")) == .refinement)
            #expect(try q("more than a dozen").compare(q("12")) == .refinement)
            #expect(try q("more than a dozen").compare(q("11")) == .contradiction)
            #expect(try q("three dozen").compare(q("36")) == .agree)
            #expect(try q("about 200").compare(q("210")) == .refinement)
            #expect(try q("a number of").compare(q("14")) == .refinement)
            #expect(Quantity.compare([try q("14"), try q("more than a dozen"), try q("a number of")]) == .refinement)
        }

        @Test func wordsThatAreNotCountsGiveNone() {
            #expect(Quantity("the talks") == nil)
            #expect(Quantity("2024") == nil)
            #expect(Quantity("75th") == nil)
        }

        @Test func countsAreFoundWithTheNounTheyCount() {
            let text = "Officials signed more than a dozen agreements. Scholz travelled with three cabinet ministers, and the two sides met."
            let b = Array(text.utf8)
            let found = Quantity.counts(Lexicon.bundled.tokens(b, 0..<b.count), b)
            #expect(found.map(\.quantity.text) == ["more than a dozen", "three"])
            #expect(found.map(\.noun) == ["documents", "ministers"])
        }
    }

    /// Folding of spelling, case, diacritics and terminology before words are compared.
    struct WordFolding {
        func stems(_ s: String) -> [UInt64] { Lexicon.bundled.tokens(s).filter { !$0.isStop }.map(\.stem) }

        @Test func britishAndAmericanSpellingsFoldToOneForm() {
            #expect(stems("organisation of the defence programme") == stems("organization of the defense program"))
            #expect(stems("neighbouring favourable modernise") == stems("neighboring favorable modernize"))
        }

        @Test func inflectionsShareAStem() {
            #expect(stems("elevate exchanges invited signed documents") == stems("elevating exchange invite signing document"))
            #expect(stems("studies") == stems("study"))
        }

        @Test func caseAndDiacriticsFold() {
            #expect(Lexicon.bundled.tokens("Tô Lâm HANOI").map(\.hash) == Lexicon.bundled.tokens("to lam Hanoi").map(\.hash))
        }

        @Test func possessivesAndTypographicQuotesDoNotMakeWords() {
            let words = Lexicon.bundled.tokens("China’s “red journey” and Russia's war").map { $0.end - $0.start }
            #expect(words == [5, 3, 7, 3, 6, 3])
        }

        @Test func eastSeaDependsOnTheOutletsCountry() {
            let lexicon = Lexicon.bundled
            func referent(_ text: String, _ countries: Set<String>) -> String? {
                let b = Array(text.utf8)
                let (_, matches) = lexicon.conceptTokens(b, 0..<b.count, countries: countries)
                return matches.first.map { lexicon.terminology.groups[$0.group].referent }
            }
            #expect(referent("tensions in the East Sea", ["VN"]) == "South China Sea")
            #expect(referent("tensions in the East Sea", ["KR"]) == "Sea of Japan")
            #expect(referent("tensions in the East Sea", ["FR"]) == nil)
            #expect(referent("Russia's war against Ukraine", ["DE"]) == "Russia-Ukraine war")
        }
    }

    /// Facts grouped across two short hand-written reports of one meeting.
    struct FactGrouping {
        static let left = """
         date 2025-08-30 TOKYO, Aug 29 (Kyodo) – Prime Minister Shigeru Ishiba held talks with Prime Minister Narendra Modi in Tokyo on Friday.

        The two sides agreed to raise their annual defence and foreign policy dialogue to the level of ministers.

        Over the next two years, Japan will invite Indian students to a “Sakura Science” exchange on research and innovation.

        The two leaders witnessed the exchange of 12 cooperation documents.

        Modi proposed a high-speed rail link between Mumbai and Ahmedabad.
        """
        static let right = """
         date 2025-08-30 TOKYO, August 29 (PTI) – Prime Minister Narendra Modi held talks with his Japanese counterpart Shigeru Ishiba in Tokyo on Friday.

        Both sides agreed to elevate their "2+2" dialogue on defense and foreign policy to ministerial level.

        Ishiba also announced "Kizuna Study Visits" in Japan for Indian students over the next two years.

        Modi and Ishiba witnessed the signing of more than 10 cooperation documents.

        Ishiba stressed the rule of law at sea.
        """

        func comparison() throws -> Comparison {
            let folder = try TempFolder()
            defer { folder.cleanup() }
            try folder.write("left.txt", FactGrouping.left)
            try folder.write("right.txt", FactGrouping.right)
            var corpus = Corpus()
            corpus.load(paths: [folder.path])
            let m = try #require(corpus.meeting(ofReport: "left"))
            return try corpus.compare(meeting: m.id, witnesses: ["left", "right"])
        }

        @Test func differentWordingsOfOneFactAreGrouped() throws {
            let c = try comparison()
            for words in [["ministerial"], ["students"], ["cooperation documents"]] {
                #expect(CompareSupport.facts(c, containing: words).contains { $0.reports == ["left", "right"] }, "\(CompareSupport.describe(c, words))")
            }
            let dialogue = try #require(CompareSupport.facts(c, containing: ["ministerial"]).first)
            #expect(dialogue.variants.count == 2)
            #expect(dialogue.variants.contains { $0.text.contains("raise") } && dialogue.variants.contains { $0.text.contains("elevate") })
        }

        @Test func factsOfOneWitnessStayApart() throws {
            let c = try comparison()
            #expect(CompareSupport.facts(c, containing: ["high-speed rail"]).allSatisfy { $0.reports == ["left"] })
            #expect(CompareSupport.facts(c, containing: ["rule of law"]).allSatisfy { $0.reports == ["right"] })
            #expect(!c.only("left").isEmpty && !c.only("right").isEmpty)
        }

        @Test func documentCountsAreARefinement() throws {
            let c = try comparison()
            let docs = try #require(c.conflicts.first { $0.field == "count" && $0.subject == "documents" }, "\(c.conflicts)")
            #expect(docs.type == .refinement)
            #expect(docs.values["left"] == "12" && docs.values["right"] == "more than 10")
        }

        @Test func differentlyQuotedNamesOfOneFactAreTerminology() throws {
            let c = try comparison()
            let t = c.terminology.first { $0.source == "aligned" && $0.terms["left"] == "Sakura Science" }
            #expect(t?.terms["right"] == "Kizuna Study Visits", "\(c.terminology)")
        }

        @Test func comparisonRoundTripsThroughJSON() throws {
            let c = try comparison()
            let data = try JSONEncoder().encode(c)
            #expect(try JSONDecoder().decode(Comparison.self, from: data) == c)
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let facts = try #require(object["facts"] as? [[String: Any]])
            #expect(facts.allSatisfy { $0["in"] is [String] })
        }

        @Test func similarityIsComputedForThePair() throws {
            let c = try comparison()
            let s = try #require(c.similarity.first)
            #expect(s.a == "left" && s.b == "right")
            #expect(s.words > 0.1 && s.words < 1 && s.sharedFacts >= 3)
        }
    }

    /// Sentence-by-sentence alignment of two texts.
    struct Diff {
        @Test func sentencesAreMatchedMovedAndOneSided() {
            let left = "The leaders met in Hanoi. They signed 12 agreements on trade. A banquet followed in the evening. The weather was fine."
            let right = "A banquet followed in the evening. The leaders met in Hanoi. They signed twelve agreements on trade and energy. Protesters gathered outside."
            let d = TextDiff(left: "a", leftText: left, right: "b", rightText: right)
            let kinds = d.rows.map(\.kind)
            #expect(kinds.contains(.same))
            #expect(kinds.contains(.matched))
            #expect(kinds.contains(.moved))
            #expect(d.rows.contains { $0.kind == .onlyLeft && $0.left?.text == "The weather was fine." })
            #expect(d.rows.contains { $0.kind == .onlyRight && $0.right?.text == "Protesters gathered outside." })
            #expect(d.rows.compactMap(\.left).count == 4 && d.rows.compactMap(\.right).count == 4)
        }

        @Test func identicalTextsAreAllSame() {
            let t = "One sentence here. Another sentence there."
            let d = TextDiff(left: "a", leftText: t, right: "b", rightText: t)
            #expect(d.rows.map(\.kind) == [.same, .same])
        }

        @Test func longestIncreasingRunKeepsOrder() {
            #expect(TextDiff.longestIncreasing([0, 3, 1, 2]) == [0, 2, 3])
            #expect(TextDiff.longestIncreasing([]).isEmpty)
        }
    }
}
