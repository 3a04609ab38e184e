import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite("PseudoTerminal")
struct PseudoTerminalTests {
    @Test func shellReadsATypedLineAndAnswers() throws {
        let terminal = try PseudoTerminal(executable: "/bin/sh", arguments: ["-c", "read x; echo got:$x"])
        terminal.send("hello there\r")
        let transcript = try terminal.waitFor("got:hello there", timeout: 10)
        #expect(transcript.contains("hello there\n"))  // the terminal's echo, with \r removed
        #expect(try terminal.waitForExit(timeout: 10) == 0)
    }

    @Test func programSeesATerminalOnAllThreeStreams() throws {
        let terminal = try PseudoTerminal(
            executable: "/bin/sh",
            arguments: ["-c", "test -t 0 && test -t 1 && test -t 2 && echo all-tty; stty size"],
            columns: 91,
            rows: 17
        )
        try terminal.waitFor("all-tty", timeout: 10)
        try terminal.waitFor("17 91", timeout: 10)
        #expect(try terminal.waitForExit(timeout: 10) == 0)
    }

    @Test func environmentIsPassedWithDefaults() throws {
        let terminal = try PseudoTerminal(
            executable: "/bin/sh",
            arguments: ["-c", "echo \"[$GREETING|$TERM|$LANG]\""],
            environment: ["GREETING": "Tô Lâm"]
        )
        try terminal.waitFor("[Tô Lâm|xterm-256color|C.UTF-8]", timeout: 10)
        #expect(try terminal.waitForExit(timeout: 10) == 0)
    }

    @Test func catEchoesLinesAndEndsWithCtrlDAndStatusZero() throws {
        let terminal = try PseudoTerminal(executable: "/bin/cat")
        terminal.send("first line\r")
        // Once for the terminal's echo, once for cat's copy.
        try terminal.waitFor("first line\n", timeout: 10)
        try terminal.waitFor("first line\n", timeout: 10)
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit(timeout: 10) == 0)
    }

    @Test func ctrlCInterruptsTheForegroundProgram() throws {
        let terminal = try PseudoTerminal(executable: "/bin/cat")
        terminal.send("ping\r")
        try terminal.waitFor("ping\nping\n", timeout: 10)
        terminal.send("\u{3}")
        #expect(try terminal.waitForExit(timeout: 10) == 128 + SIGINT)
    }

    @Test func waitsConsumeOutputLikeExpect() throws {
        let terminal = try PseudoTerminal(
            executable: "/bin/sh",
            arguments: ["-c", "printf 'p> '; read a; printf 'p> '; read b; echo \"$a+$b\""]
        )
        try terminal.waitFor("p> ", timeout: 10)
        terminal.send("one\r")
        try terminal.waitFor("p> ", timeout: 10)  // the second prompt, not the first again
        terminal.send("two\r")
        try terminal.waitFor("one+two", timeout: 10)
        #expect(try terminal.waitForExit(timeout: 10) == 0)
    }

    @Test func waitForTimesOutWithTheTranscript() throws {
        let terminal = try PseudoTerminal(executable: "/bin/sh", arguments: ["-c", "echo visible; sleep 30"])
        try terminal.waitFor("visible", timeout: 10)
        let started = Date()
        do {
            try terminal.waitFor("never printed", timeout: 0.5)
            Issue.record("waitFor should have thrown")
        } catch let error as PseudoTerminalError {
            #expect(error.transcript.contains("visible"))
            #expect(error.description.contains("never printed"))
        }
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test func waitForFailsFastWhenTheProgramHasEnded() throws {
        let terminal = try PseudoTerminal(executable: "/bin/sh", arguments: ["-c", "echo bye"])
        #expect(try terminal.waitForExit(timeout: 10) == 0)
        #expect(throws: PseudoTerminalError.self) {
            try terminal.waitFor("never printed", timeout: 30)
        }
        #expect(terminal.transcript.contains("bye"))
    }

    @Test func exitStatusIsReported() throws {
        let terminal = try PseudoTerminal(executable: "/bin/sh", arguments: ["-c", "exit 3"])
        #expect(try terminal.waitForExit(timeout: 10) == 3)
    }

    @Test func waitForExitTimesOut() throws {
        let terminal = try PseudoTerminal(executable: "/bin/sh", arguments: ["-c", "sleep 30"])
        #expect(throws: PseudoTerminalError.self) {
            try terminal.waitForExit(timeout: 0.3)
        }
    }

    @Test func dropTheDriverKillsTheProgram() throws {
        var terminal: PseudoTerminal? = try PseudoTerminal(executable: "/bin/sh", arguments: ["-c", "sleep 30"])
        let pid = try #require(terminal?.pid)
        #expect(kill(pid, 0) == 0)
        terminal = nil
        #expect(kill(pid, 0) == -1)
    }

    @Test func waitUntilReadingKeysSeesRawMode() throws {
        let terminal = try PseudoTerminal(
            executable: "/bin/sh", arguments: ["-c", "stty raw -echo; printf 'raw> '; sleep 30"]
        )
        try terminal.waitForPrompt("raw> ", timeout: 10)
    }

    @Test func waitUntilReadingKeysTimesOutInLineMode() throws {
        let terminal = try PseudoTerminal(executable: "/bin/cat")
        #expect(throws: PseudoTerminalError.self) {
            try terminal.waitUntilReadingKeys(timeout: 0.3)
        }
    }

    @Test func escapeSequencesAndCarriageReturnsAreRemoved() {
        let raw = Array("a\r\n\u{1b}[1;31mred\u{1b}[0m \u{1b}]0;title\u{7}b\u{1b}(Bc\u{1b}[".utf8)
        #expect(String(decoding: PseudoTerminal.clean(raw), as: UTF8.self) == "a\nred bc")
    }

    @Test func missingExecutableThrows() {
        #expect(throws: PseudoTerminalError.self) {
            try PseudoTerminal(executable: "/nonexistent/program")
        }
    }
}
