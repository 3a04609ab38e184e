import Testing
@testable import Parley

@Suite struct DayTests {
    @Test func parsesAndPrintsISODates() {
        #expect(Day("2025-04-14")?.description == "2025-04-14")
        #expect(Day("2025-02-29") == nil)
        #expect(Day("2024-02-29") != nil)
        #expect(Day("2025-4-14") == nil)
        #expect(Day("abcd-ef-gh") == nil)
    }

    @Test func weekdaysAreISONumbered() {
        #expect(Day("2025-04-14")?.weekday == 1) // a Monday
        #expect(Day("2025-04-15")?.weekday == 2)
        #expect(Day("2024-08-18")?.weekday == 7)
    }

    @Test func ordinalsRoundTripAcrossCenturies() {
        for text in ["1950-01-18", "2000-02-29", "1969-12-31", "2100-03-01", "1600-01-01"] {
            guard let d = Day(text) else { Issue.record("\(text) did not parse"); continue }
            #expect(Day(ordinal: d.ordinal) == d)
        }
        #expect(Day("2025-04-15")?.adding(days: -1).description == "2025-04-14")
        #expect(Day("2025-03-01")?.adding(days: -1).description == "2025-02-28")
    }
}
