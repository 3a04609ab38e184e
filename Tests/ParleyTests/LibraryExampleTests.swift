import Foundation
import Testing
import Parley

/// The worked example of Docs/LIBRARY.md, kept compiling and true.
@Suite struct LibraryExampleTests {
    @Test func theDocumentedExampleWorks() throws {
        var corpus = Corpus()
        let result = corpus.load(paths: [TestPaths.examples.path])
        #expect(result.issues.allSatisfy { $0.severity == .warning })
        #expect(corpus.reports.count >= 8)
        #expect(corpus.reports.contains { $0.noise.contains { $0.kind == .caption } })
        let woodside = try #require(corpus.meetings.first { $0.participants.contains { $0.id == "joe-biden" } && $0.kind == "talks" })
        #expect(woodside.reports.count >= 3)
        #expect(corpus.witnessCount(woodside) < woodside.reports.count, "the syndicated copy counts once")
        #expect(!woodside.reasons.isEmpty)
        // Outcomes told by several reports stand once in the merged meeting, with every telling.
        let hanoi = try #require(corpus.meetings.first { $0.place == "Hanoi" && $0.reports.count > 1 })
        let shared = hanoi.agreements.filter { $0.reports.count > 1 }
        #expect(!shared.isEmpty)
        #expect(shared.allSatisfy { $0.tellings.count >= $0.reports.count })
        #expect(hanoi.agreements.contains { $0.disagreements.contains { $0.field == "quantity" } })
        let before = woodside.id
        corpus.add([Report(id: "note-1", source: "memo", published: Day("2023-11-16"),
                           text: "WOODSIDE — President Joe Biden met President Xi Jinping on Wednesday.")])
        #expect(corpus.meeting(ofReport: "note-1")?.id == before)
    }
}
