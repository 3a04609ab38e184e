import Foundation
import LineEditing
import Parley
import Testing
@testable import ParleyShell

/// A line reader that returns scripted results and records prompts and history, as a user at
/// a terminal would produce them.
final class ScriptedReader: LineReader {
    var script: [LineReadResult]
    var prompts: [String] = []
    var history: [String] = []

    init(_ script: [LineReadResult]) { self.script = script }

    func readLine(prompt: String) -> LineReadResult {
        prompts.append(prompt)
        return script.isEmpty ? .endOfInput : script.removeFirst()
    }

    func addHistory(_ line: String) {
        if history.last != line { history.append(line) }
    }
}

/// A shell over a session whose output is kept, reading scripted lines.
private func runShell(_ script: [LineReadResult], session: Session? = nil) -> (status: Int32, reader: ScriptedReader, out: OutputBox, err: OutputBox) {
    let out = OutputBox()
    let err = OutputBox()
    let session = session ?? Session()
    session.writeOut = { out.lines.append($0) }
    session.writeErr = { err.lines.append($0) }
    let reader = ScriptedReader(script)
    let status = InteractiveShell(session: session, reader: reader, readerShowsPrompt: true, usePager: false).run()
    return (status, reader, out, err)
}

@Suite("Interactive shell loop", .serialized)
struct InteractiveShellTests {
    @Test func thePromptShowsTheCorpusSize() throws {
        let temporary = try TemporaryFolder()
        let reports = try MiniCorpus.write(into: temporary.url)
        let run = runShell([.line("load \(reports)"), .line("meetings")])
        #expect(run.reader.prompts.prefix(3) == ["parley[0]> ", "parley[3]> ", "parley[3]> "])
        #expect(run.out.lines.contains { $0.contains("2025-04-14-hanoi-talks") })
    }

    @Test func endOfInputQuitsWithStatusZero() {
        let run = runShell([.endOfInput, .line("meetings")])
        #expect(run.status == 0)
        #expect(run.reader.prompts.count == 1)
    }

    @Test func quitAndExitEndTheShell() {
        #expect(runShell([.line("quit"), .line("help")]).reader.prompts.count == 1)
        #expect(runShell([.line("exit"), .line("help")]).reader.prompts.count == 1)
        #expect(runShell([.line(".quit")]).status == 0)
    }

    @Test func ctrlCAtThePromptGivesAFreshPrompt() {
        let run = runShell([.interrupted, .interrupted, .line("quit")])
        #expect(run.status == 0)
        #expect(run.reader.prompts.count == 3)
    }

    @Test func aFailingCommandDoesNotEndTheShell() {
        let run = runShell([.line("meetingz"), .line("quit")])
        #expect(run.status == 0)
        #expect(run.err.lines.contains { $0.contains("did you mean 'meetings'?") })
        #expect(run.reader.prompts.count == 2)
    }

    @Test func linesGoToTheHistoryTrimmedAndCommentsAndBlanksDoNot() {
        let run = runShell([.line("  help  "), .line(""), .line("# a note"), .line("set"), .line("quit")])
        #expect(run.reader.history == ["help", "set", "quit"])
    }

    @Test func historyListsTheSessionsCommandsNumbered() {
        let run = runShell([.line("help"), .line("set pager off"), .line("history")])
        let listing = run.out.lines.last ?? ""
        #expect(listing == "  1  help\n  2  set pager off\n  3  history")
    }

    @Test func historyWithACountShowsTheLastOnes() {
        let run = runShell([.line("help"), .line("set"), .line("history 2")])
        #expect(run.out.lines.last == "  2  set\n  3  history 2")
    }

    @Test func historyAsJSON() {
        let run = runShell([.line("help"), .line("history --json")])
        let json = run.out.lines.last ?? ""
        #expect(json.contains("\"number\": 1"))
        #expect(json.contains("\"line\": \"history --json\""))
    }

    @Test func historyOutsideTheShellSaysThereIsNone() {
        let out = OutputBox()
        let session = Session(writeOut: { out.lines.append($0) }, writeErr: { out.lines.append($0) })
        #expect(session.run("history"))
        #expect(out.lines == ["no history: only the interactive shell keeps one"])
    }

    @Test func historyRejectsANegativeCount() {
        let run = runShell([.line("history -- -1"), .line("quit")])
        #expect(run.err.lines.contains { $0.contains("history N needs a count") })
    }

    @Test func helpListsEveryCommandAndEveryCommandHasAnExample() {
        let out = OutputBox()
        let session = Session(writeOut: { out.lines.append($0) }, writeErr: { out.lines.append($0) })
        session.run("help")
        let listing = out.lines.joined(separator: "\n")
        for type in Commands.all {
            #expect(listing.contains(type.name), "help lists \(type.name)")
            #expect(!type.examples.isEmpty, "\(type.name) has an example")
            out.lines = []
            #expect(session.run("help \(type.name)"))
            #expect(out.lines.joined().contains("EXAMPLES:"))
        }
        #expect(listing.contains("history"))
    }

    @Test func theHistoryFileFollowsTheEnvironment() {
        #expect(InteractiveShell.historyFile(environment: ["HOME": "/home/ana"]) == "/home/ana/.parley_history")
        #expect(InteractiveShell.historyFile(environment: ["HOME": "/home/ana/", "PARLEY_HISTORY": "/tmp/h"]) == "/tmp/h")
        #expect(InteractiveShell.historyFile(environment: ["HOME": "/home/ana", "PARLEY_HISTORY": ""]) == nil)
    }

    @Test func theShellSetsCancellationAndWidthHooks() {
        let session = Session()
        Interrupts.clear()
        _ = runShell([.line("quit")], session: session)
        #expect(session.shouldCancel() == false)
        #expect(session.effectiveWidth >= 40)
    }
}

@Suite("Pager and progress")
struct PagerTests {
    @Test func shortOutputIsNotPaged() {
        #expect(!Pager.needsPaging("a\nb\nc", rows: 24, columns: 80))
        #expect(!Pager.needsPaging(Array(repeating: "x", count: 23).joined(separator: "\n"), rows: 24, columns: 80))
    }

    @Test func outputTallerThanTheTerminalIsPaged() {
        #expect(Pager.needsPaging(Array(repeating: "x", count: 24).joined(separator: "\n"), rows: 24, columns: 80))
    }

    @Test func wrappedLinesCountAsSeveralRows() {
        let long = String(repeating: "w", count: 200)  // three rows at 80 columns
        #expect(Pager.needsPaging(Array(repeating: long, count: 8).joined(separator: "\n"), rows: 24, columns: 80))
        #expect(!Pager.needsPaging(Array(repeating: long, count: 7).joined(separator: "\n"), rows: 24, columns: 80))
    }

    @Test func colorCodesTakeNoRoom() {
        let colored = "\u{1B}[1m" + String(repeating: "c", count: 80) + "\u{1B}[0m"
        #expect(Pager.stripEscapes(Substring(colored)) == String(repeating: "c", count: 80))
        #expect(!Pager.needsPaging(Array(repeating: colored, count: 23).joined(separator: "\n"), rows: 24, columns: 80))
    }

    @Test func thePagerComesFromTheEnvironment() {
        #expect(Pager.fromEnvironment(["PATH": "/usr/bin:/bin", "PAGER": "cat -v"])?.command == "cat -v")
        #expect(Pager.fromEnvironment(["PATH": "/usr/bin:/bin", "PAGER": ""]) == nil)
        #expect(Pager.fromEnvironment(["PATH": "/usr/bin:/bin", "PAGER": "no-such-pager-here"]) == nil)
        #expect(Pager.fromEnvironment(["PATH": "/usr/bin:/bin", "PAGER": "/bin/cat"])?.command == "/bin/cat")
    }

    @Test func theProgressBarFitsTheWidthAndTellsTheStage() {
        let reading = ProgressBar.line(filesDone: 50, filesTotal: 100, bytesDone: 1_048_576, columns: 80, hint: "Ctrl-C stops")
        #expect(reading.hasSuffix("50/100 files, 1.0 MiB (Ctrl-C stops)"))
        #expect(reading.hasPrefix(String(repeating: "█", count: 15) + String(repeating: "·", count: 15)))
        let done = ProgressBar.line(filesDone: 100, filesTotal: 100, bytesDone: 0, columns: 80, hint: "Ctrl-C stops")
        #expect(done.hasSuffix("extracting meetings…"))
        let stopped = ProgressBar.line(filesDone: 64, filesTotal: 100, bytesDone: 0, columns: 120, hint: "Ctrl-C stops", stopping: true)
        #expect(stopped.hasSuffix("64/100 files, 0.0 MiB, stopped; extracting meetings from what was read…"))
        let narrow = ProgressBar.line(filesDone: 1, filesTotal: 100, bytesDone: 0, columns: 20, hint: nil)
        #expect(narrow.count <= 19)
        let single = ProgressBar.line(filesDone: 0, filesTotal: 1, bytesDone: 3 << 20, columns: 80, hint: nil)
        #expect(single == "3.0 MiB read")
    }
}
