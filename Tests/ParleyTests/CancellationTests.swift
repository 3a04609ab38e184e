import Foundation
import Testing
@testable import Parley

/// A cancellation that is requested from its `limit + 1`-th question on, counting the questions.
final class Countdown: @unchecked Sendable {
    private let lock = NSLock()
    private var asked = 0
    let limit: Int
    init(_ limit: Int) { self.limit = limit }
    var cancellation: Cancellation { Cancellation { self.ask() } }
    func ask() -> Bool { lock.lock(); defer { lock.unlock() }; asked += 1; return asked > limit }
    var questions: Int { lock.lock(); defer { lock.unlock() }; return asked }
}

@Suite struct LibraryCancellationTests {
    /// `n` reports of the same two leaders' talks on `n` days ten days apart: `n` meetings.
    static func talks(_ n: Int) -> [(name: String, text: String)] {
        (0..<n).map { i in
            let day = Day(year: 2024, month: 1, day: 1)?.adding(days: 10 * i)
            let date = day.map { "\($0)" } ?? "2024-01-01"
            return ("talks-\(i).txt", " date \(date) HANOI — General Secretary Tô Lâm held talks with President Xi Jinping in Hanoi on \(date). "
                + "The two sides agreed to build railway \(i) and to expand trade in field \(i).")
        }
    }

    @Test func theMergerAsksAsItGoesAndStopsAtTheFirstRequest() throws {
        let c = corpus(ofTexts: LibraryCancellationTests.talks(300))
        #expect(c.meetings.count >= 250)
        let all = Countdown(Int.max)
        let merged = try c.merger.merge(c.records, overrides: [], copies: c.witnessGroups, cancellation: all.cancellation)
        #expect(merged.map(\.id) == c.meetings.map(\.id), "asking changes nothing")
        #expect(all.questions >= 6, "it asks between its steps and every few dozen meetings, not once")
        for k in [0, 2, 4] {
            let stop = Countdown(k)
            #expect(throws: CancelledError.self) {
                try c.merger.merge(c.records, overrides: [], copies: c.witnessGroups, cancellation: stop.cancellation)
            }
            #expect(stop.questions == k + 1, "it stopped at the first question answered yes")
        }
    }

    @Test func aCancelledSplitOrJoinLeavesTheCorpusAndItsFileAsTheyWere() throws {
        let t = try TempFolder()
        defer { t.cleanup() }
        for (name, text) in LibraryCancellationTests.talks(3) { try t.write("reports/" + name, text) }
        // A second report of the first day's talks, so that there is something to split.
        try t.write("reports/again.txt", LibraryCancellationTests.talks(1)[0].text + " Both sides also pledged closer ties.")
        let file = t.path + "/corpus.parley"
        var c = try Corpus.open(database: file)
        c.load(paths: [t.path + "/reports"])
        let before = c.meetings
        let two = try #require(before.first { $0.reports.count == 2 })
        let other = try #require(before.first { $0.id != two.id })
        let stored = try #require(try c.store?.info())
        #expect(throws: CancelledError.self) { try c.split(meeting: two.id, reports: [two.reports[1]], cancellation: Cancellation { true }) }
        #expect(throws: CancelledError.self) { try c.join(two.id, other.id, cancellation: Countdown(1).cancellation) }
        #expect(c.meetings == before && c.overrides.isEmpty)
        let after = try #require(try c.store?.info())
        #expect(after.overrides == 0 && after.overrides == stored.overrides)
        #expect(try Corpus.open(database: file).meetings == before, "nothing of them reached the file")
        // Not cancelled, both go through and are saved.
        try c.split(meeting: two.id, reports: [two.reports[1]], cancellation: Countdown(Int.max).cancellation)
        #expect(c.meetings.count == before.count + 1 && c.overrides.count == 1)
        #expect(try c.store?.info().overrides == 1)
    }

    @Test func trackStopsWhenCancellationIsRequested() throws {
        let c = corpus(ofTexts: LibraryCancellationTests.talks(100))
        #expect(throws: CancelledError.self) { try c.track("railway", cancellation: Cancellation { true }) }
        let stop = Countdown(1)
        #expect(throws: CancelledError.self) { try c.track("railway", cancellation: stop.cancellation) }
        #expect(stop.questions == 2)
        let whole = try c.track("railway", cancellation: .never)
        #expect(whole == c.track("railway") && whole.meetings.count == 100)
    }
}
