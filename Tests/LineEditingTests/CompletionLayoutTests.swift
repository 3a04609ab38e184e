import Testing
@testable import LineEditing

@Suite("CompletionLayout")
struct CompletionLayoutTests {
    @Test func commonPrefixOfNoCandidatesIsEmpty() {
        #expect(CompletionLayout.commonPrefix([]) == "")
    }

    @Test func commonPrefixOfOneCandidateIsTheCandidate() {
        #expect(CompletionLayout.commonPrefix(["meetings"]) == "meetings")
    }

    @Test func commonPrefixStopsAtTheFirstDifference() {
        #expect(CompletionLayout.commonPrefix(["meetings", "meet", "meeting-notes"]) == "meet")
        #expect(CompletionLayout.commonPrefix(["alpha", "beta"]) == "")
    }

    @Test func commonPrefixIsCaseSensitive() {
        #expect(CompletionLayout.commonPrefix(["Wang Yi", "wang yi"]) == "")
    }

    @Test func commonPrefixHandlesDiacriticsByScalar() {
        #expect(CompletionLayout.commonPrefix(["Tô Lâm", "Tô Lịch"]) == "Tô L")
        #expect(CompletionLayout.commonPrefix(["Erdoğan", "Erdoğdu"]) == "Erdoğ")
    }

    @Test func commonPrefixMayEndInsideACharacterAsScalars() {
        // "ô" as o + U+0302 versus a plain "o": the scalars agree up to the "o".
        let decomposed = "To\u{302} Lam"
        #expect(CompletionLayout.commonPrefix([decomposed, "Tom"]).unicodeScalars.count == 2)
    }

    @Test func columnsOfNothingIsNoRows() {
        #expect(CompletionLayout.columns([], width: 80).isEmpty)
    }

    @Test func columnsFitTheWidthAndRunDownFirst() {
        let rows = CompletionLayout.columns(["aa", "bb", "cc", "dd", "ee"], width: 10)
        // Column width 4 ("aa" + 2 spaces): 3 columns fit in 10 cells; 2 rows.
        #expect(rows == ["aa  cc  ee", "bb  dd"])
        for row in rows {
            #expect(CompletionLayout.displayWidth(row) <= 10)
        }
    }

    @Test func columnsPutEverythingOnOneRowWhenItFits() {
        #expect(CompletionLayout.columns(["show", "compare", "help"], width: 80) == ["show     compare  help"])
    }

    @Test func columnsGiveAnOverlongCandidateItsOwnRow() {
        let rows = CompletionLayout.columns(["short", String(repeating: "x", count: 30)], width: 20)
        #expect(rows == ["short", String(repeating: "x", count: 30)])
    }

    @Test func columnsHaveNoTrailingSpaces() {
        let rows = CompletionLayout.columns(["a", "bbbbbb", "c", "d"], width: 16)
        for row in rows {
            #expect(!row.hasSuffix(" "))
        }
    }

    @Test func columnsAlignCandidatesWithDiacriticsByDisplayWidth() {
        let rows = CompletionLayout.columns(["Tô Lâm", "Wang Yi", "Lavrov", "Erdoğan"], width: 20)
        #expect(rows == ["Tô Lâm   Lavrov", "Wang Yi  Erdoğan"])
    }

    @Test func displayWidthCountsCellsNotScalars() {
        #expect(CompletionLayout.displayWidth("Tô Lâm") == 6)
        #expect(CompletionLayout.displayWidth("To\u{302}") == 2)
        #expect(CompletionLayout.displayWidth("王毅") == 4)
        #expect(CompletionLayout.displayWidth("") == 0)
    }
}
