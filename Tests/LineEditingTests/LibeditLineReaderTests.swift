import Foundation
import Testing
@testable import LineEditing

/// Completes the argument after "meet " from a few names, as a shell completer would.
@Sendable private func completeNames(_ textBeforeCursor: String) -> CompletionResult {
    let names = ["Tô Lâm", "Tô Lịch", "Wang Yi", "Recep Tayyip Erdoğan", "Lavrov"]
    guard textBeforeCursor.hasPrefix("meet ") else {
        let commands = ["meet", "meetings", "quit"]
        let word = textBeforeCursor
        return CompletionResult(
            replaceCount: word.unicodeScalars.count,
            candidates: commands.filter { $0.hasPrefix(word) }
        )
    }
    let word = String(textBeforeCursor.dropFirst(5))
    return CompletionResult(
        replaceCount: word.unicodeScalars.count,
        candidates: names.filter { $0.hasPrefix(word) }
    )
}

/// Tests that run libedit or raise SIGINT, one at a time: libedit reads the terminal
/// description through ncurses' global state, and the interrupt flag is process-wide.
@Suite("Terminal sessions and signals", .serialized)
struct SerializedTests {}

extension SerializedTests {
@Suite("LibeditLineReader on a pseudo-terminal")
struct LibeditLineReaderTests {
    @Test func refusesToStartWithoutATerminal() {
        if !Terminal.isInteractive {
            #expect(LibeditLineReader(historyFile: nil, loadEditrc: false, completer: nil) == nil)
        }
    }

    @Test func readsATypedLine() throws {
        let session = try EditorSession()
        try session.waitForPrompt()
        session.send("show Erdoğan Лавров\r")
        #expect(try session.nextResult() == .line("show Erdoğan Лавров"))
    }

    @Test func editingKeysWork() throws {
        let session = try EditorSession()
        try session.waitForPrompt()
        // Ctrl-A, type at the start; Ctrl-E; Backspace.
        session.send("how\u{1}s\u{5}Xx\u{7f}\u{7f}\r")
        #expect(try session.nextResult() == .line("show"))
    }

    @Test func ctrlDOnAnEmptyLineIsEndOfInputAfterANewline() throws {
        let session = try EditorSession()
        try session.waitForPrompt()
        session.send("\u{4}")
        #expect(try session.nextResult() == .endOfInput)
        try session.waitForScreen("\n")
    }

    @Test func ctrlDInsideALineDeletesACharacter() throws {
        let session = try EditorSession()
        try session.waitForPrompt()
        session.send("abc\u{2}\u{2}\u{4}\r")
        #expect(try session.nextResult() == .line("ac"))
    }

    @Test func tabCompletesAUniqueCandidateWithASpace() throws {
        let session = try EditorSession(completer: completeNames)
        try session.waitForPrompt()
        session.send("meet W\t\r")
        #expect(try session.nextResult() == .line("meet Wang Yi "))
    }

    @Test func tabCompletesDiacriticCandidates() throws {
        let session = try EditorSession(completer: completeNames)
        try session.waitForPrompt()
        // "T" has two candidates whose common prefix "Tô L" extends it; then "â" makes one unique.
        session.send("meet T\tâ\t\r")
        #expect(try session.nextResult() == .line("meet Tô Lâm "))
    }

    @Test func tabReplacesAWordThatEndsInANonASCIICharacter() throws {
        let session = try EditorSession(completer: completeNames)
        try session.waitForPrompt()
        session.send("meet Recep Tayyip Erdoğ\t\r")
        #expect(try session.nextResult() == .line("meet Recep Tayyip Erdoğan "))
    }

    @Test func tabListsCandidatesWhenThePrefixCannotGrow() throws {
        let session = try EditorSession(completer: completeNames)
        try session.waitForPrompt()
        session.send("meet Tô L\t")
        try session.waitForScreen("Tô Lịch")
        try session.waitForPrompt(occurrences: 2)
        session.send("\r")
        #expect(try session.nextResult() == .line("meet Tô L"))
        #expect(session.screen.contains("Tô Lâm"))
    }

    @Test func tabWithoutCandidatesBeepsAndKeepsTheLine() throws {
        let session = try EditorSession(completer: completeNames)
        try session.waitForPrompt()
        session.send("meet Zz\t")
        try session.waitForScreen("\u{7}")
        session.send("\r")
        #expect(try session.nextResult() == .line("meet Zz"))
    }

    @Test func tabCompletesTheFirstWordToo() throws {
        let session = try EditorSession(completer: completeNames)
        try session.waitForPrompt()
        session.send("q\t\r")
        #expect(try session.nextResult() == .line("quit "))
    }

    @Test func upArrowRecallsHistory() throws {
        let session = try EditorSession()
        try session.waitForPrompt()
        session.send("first command\r")
        #expect(try session.nextResult() == .line("first command"))
        try session.waitForPrompt(occurrences: 2)
        session.send("second\r")
        #expect(try session.nextResult() == .line("second"))
        try session.waitForPrompt(occurrences: 3)
        session.send("\u{1b}[A\u{1b}[A\r")
        #expect(try session.nextResult() == .line("first command"))
    }

    @Test func historyFileIsLoadedAndWrittenByTheReader() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("LineEditingTests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("history").path
        let store = try #require(HistoryStore(file: path))
        store.enter("show Tô Lâm")

        let session = try EditorSession(historyFile: path)
        try session.waitForPrompt()
        session.send("\u{1b}[A\r")
        #expect(try session.nextResult() == .line("show Tô Lâm"))
        try session.waitForPrompt(occurrences: 2)
        session.send("compare Lavrov  \r")
        #expect(try session.nextResult() == .line("compare Lavrov  "))
        // addHistory saved at once, trimmed; a reader of the file sees it before any exit.
        #expect(try #require(HistoryStore(file: path)).entries == ["show Tô Lâm", "compare Lavrov"])
    }
}
}
