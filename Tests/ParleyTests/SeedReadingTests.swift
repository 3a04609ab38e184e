import Foundation
import Testing
@testable import Parley

/// Checks against the shared seed reports and their hand-made reading. The seeds
/// are not shipped with Parley; without them these tests are skipped.
@Suite(.enabled(if: TestPaths.haveSeeds, "the seed reports are not beside the project (../shared/seeds)"))
struct SeedReadingTests {
    func load() -> [String: Report] {
        let result = ReportLoader().load(paths: [TestPaths.seeds.path])
        return Dictionary(uniqueKeysWithValues: result.reports.map { ($0.source, $0) })
    }

    @Test func metadataMatchesTheReading() throws {
        let gold = try seedsGold()
        let reports = load()
        let goldReports = try #require(gold["reports"] as? [String: [String: Any]])
        #expect(reports.count == goldReports.count)
        for (file, g) in goldReports {
            let r = try #require(reports[file], "\(file) not loaded")
            let outlet = g["outlet"] as? String
            #expect(r.outlet.map(Fold.key) == outlet.map(Fold.key), "\(file) outlet")
            #expect(r.published?.description == g["published"] as? String, "\(file) published")
            #expect(r.datelinePlace == g["dateline_place"] as? String, "\(file) dateline place")
        }
    }

    @Test func cleaningRemovesNoiseAndKeepsContent() throws {
        let gold = try seedsGold()
        let reports = load()
        let goldReports = try #require(gold["reports"] as? [String: [String: Any]])
        var checked = 0
        for (file, g) in goldReports {
            guard let noise = g["noise"] as? [String: Any] else { continue }
            let r = try #require(reports[file])
            for s in noise["must_be_gone_after_cleaning"] as? [String] ?? [] {
                #expect(!r.text.contains(s), "\(file): '\(s)' should be gone")
                checked += 1
            }
            for s in noise["must_remain_after_cleaning"] as? [String] ?? [] {
                #expect(r.text.contains(s), "\(file): '\(s)' should remain")
                checked += 1
            }
        }
        #expect(checked > 5)
    }

    @Test func duplicatedParagraphStandsOnce() throws {
        let reports = load()
        // In each seed, no paragraph of the cleaned text appears twice.
        for (file, r) in reports {
            let paragraphs = r.text.components(separatedBy: "\n\n").filter { $0.count > 40 }
            #expect(Set(paragraphs).count == paragraphs.count, "\(file) has a repeated paragraph")
        }
        let withDuplicates = reports.values.filter { $0.noise.contains { $0.kind == .duplicateParagraph } }
        #expect(withDuplicates.count >= 1)
    }
}
