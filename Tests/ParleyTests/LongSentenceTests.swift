import Foundation
import Testing
@testable import Parley

/// One sentence telling thousands of outcomes (a list with no full stop): the work and
/// the evidence of each outcome grow with the outcome, not with its sentence.
@Suite struct LongSentenceTests {
    static let lead = "HANOI, April 14, 2025 — General Secretary Tô Lâm held talks with President Xi Jinping in Hanoi. "

    /// "The two sides agreed to expand …; deepen …; …" with `n` outcomes and no full stop.
    static func enumeration(_ n: Int) -> String {
        let verbs = ["expand", "deepen", "upgrade", "promote", "strengthen", "boost"]
        return lead + "The two sides agreed to " + (0..<n).map { "\(verbs[$0 % verbs.count]) cooperation in field \($0)" }.joined(separator: "; ")
    }

    func record(_ text: String) throws -> (Report, MeetingRecord) {
        let r = try #require(cleanReport(text))
        return (r, Extractor().extract(r))
    }

    /// The bytes of a report's cleaned text in a range, as text.
    func text(_ r: Report, _ range: Range<Int>) -> String {
        String(decoding: Array(r.text.utf8)[range], as: UTF8.self)
    }

    @Test func theEvidenceOfOutcomesInOneSentenceGrowsWithTheOutcomesNotTheirSquare() throws {
        var evidence: [Int] = []
        for n in [600, 1200] {
            let (r, rec) = try record(LongSentenceTests.enumeration(n))
            #expect(rec.agreements.count >= n - 1, "\(rec.agreements.count) outcomes of \(n)")
            let total = rec.agreements.reduce(0) { $0 + $1.evidence.end - $1.evidence.start }
            // Each quote is the outcome and a little of the sentence around it: before, each
            // was the whole sentence, n times the report.
            #expect(total <= 16 * r.text.utf8.count, "\(total) bytes of evidence for a report of \(r.text.utf8.count)")
            for a in rec.agreements {
                #expect(a.evidence.end - a.evidence.start <= Provenance.sentenceLimit)
                let range = try #require(a.textRange)
                #expect(a.evidence.start <= range.lowerBound && range.upperBound <= a.evidence.end || range.count > Provenance.sentenceLimit)
            }
            evidence.append(total)
        }
        // Twice the outcomes, about twice the evidence.
        #expect(Double(evidence[1]) <= 2.2 * Double(evidence[0]), "\(evidence)")
    }

    @Test func anOutcomeKnowsWhereItsWordsStand() throws {
        let (r, rec) = try record(LongSentenceTests.enumeration(50) + ". " + """
        Xi proposed that the two sides build a railway and urged Vietnam to open its market. \
        “We will expand trade,” Lam said. The two leaders witnessed the signing of 15 agreements on trade and a memorandum on ports.
        """)
        #expect(rec.agreements.count > 50)
        for a in rec.agreements {
            let range = try #require(a.textRange)
            #expect(text(r, range) == a.text)
        }
    }

    @Test func anOrdinarySentenceIsStillQuotedWhole() throws {
        let sentence = "The two sides agreed to expand trade and to build a railway from Lao Cai to Hai Phong."
        let (r, rec) = try record(LongSentenceTests.lead + sentence)
        #expect(rec.agreements.count == 2)
        for a in rec.agreements { #expect(text(r, a.evidence.start..<a.evidence.end) == sentence) }
    }

    @Test func theQuoteOfAnOutcomeInALongSentenceIsCutBetweenWordsAroundIt() throws {
        let (r, rec) = try record(LongSentenceTests.enumeration(400))
        let a = try #require(rec.agreements.first { $0.text.hasSuffix("field 200") })
        let quote = text(r, a.evidence.start..<a.evidence.end)
        #expect(quote.contains(a.text))
        #expect(quote.count < 1_000)
        #expect(quote.first?.isLetter == true || quote.first?.isNumber == true, "\(quote.prefix(20))")
        #expect(quote.last?.isLetter == true || quote.last?.isNumber == true, "\(quote.suffix(20))")
    }

    /// "agreed to A, agreed to B, …": one long outcome, whose quote is bounded too.
    @Test func aRepeatedVerbMakesABoundedQuote() throws {
        let text = LongSentenceTests.lead + "The two sides " + (0..<2000).map { "agreed to expand cooperation in field \($0)" }.joined(separator: ", ")
        let (_, rec) = try record(text)
        #expect(!rec.agreements.isEmpty)
        #expect(rec.agreements.allSatisfy { $0.evidence.end - $0.evidence.start <= Provenance.sentenceLimit })
    }

    @Test func twoReportsOfOneLongListGroupTheirTellingsPairwise() throws {
        let full = LongSentenceTests.enumeration(600)
        let c = corpus(ofTexts: [("a.txt", full), ("b.txt", LongSentenceTests.enumeration(450).replacingOccurrences(of: "The two sides", with: "Both sides"))])
        let m = try #require(c.meetings.first { $0.reports.count == 2 })
        let told = m.agreements.filter { $0.reports.count == 2 }
        #expect(told.count >= 440, "\(told.count) outcomes told by both")
        #expect(m.agreements.allSatisfy { $0.reports.count <= 2 && $0.tellings.count <= 2 })
        // Each pair is the same outcome: the same field number in both tellings.
        for a in told {
            let numbers = a.tellings.map { $0.text.split(separator: " ").last.map(String.init) ?? "" }
            #expect(Set(numbers).count == 1, "\(a.tellings.map(\.text))")
        }
    }
}
