import Foundation
import Testing
@testable import Parley

/// A corpus holding the given `.txt` reports, read from memory.
func corpus(ofTexts texts: [(name: String, text: String)]) -> Corpus {
    var c = Corpus(loader: ReportLoader(options: LoadOptions(parallel: false)))
    var reports: [Report] = []
    for t in texts { reports += c.loader.load(bytes: Array(t.text.utf8), name: t.name).reports }
    c.add(reports)
    return c
}

@Suite struct FuzzerFoundCrashTests {
    /// Found by mutation: an "and" right at the end of an agreement's words made an empty range of candidate subjects.
    @Test func anAgreementEndingInCommaAndComparesWithoutTrapping() throws {
        let c = corpus(ofTexts: [("short.txt", "Nguyen Phu Trong held talks in Hanoi,AGREED ON Y,AND B")])
        for m in c.meetings {
            _ = try c.compare(meeting: m.id)
        }
        let d = try c.diff(c.reports[0].id, c.reports[0].id)
        _ = d
    }
}
