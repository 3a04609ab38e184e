import Foundation
import Testing
@testable import LineEditing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SerializedTests {
/// Everything that raises SIGINT or reads the shared interrupt flag.
@Suite("Signals")
struct SignalTests {
    @Test func raisingSIGINTAfterInstallSetsTheFlagAndDoesNotKill() {
        Interrupts.install()
        Interrupts.clear()
        #expect(!Interrupts.isRequested)
        raise(SIGINT)
        #expect(Interrupts.isRequested)
        Interrupts.clear()
        #expect(!Interrupts.isRequested)
    }

    @Test func installIsIdempotent() {
        Interrupts.install()
        Interrupts.install()
        #expect(Interrupts.isInstalled)
        raise(SIGINT)
        #expect(Interrupts.isRequested)
        Interrupts.clear()
    }

    @Test func signalDuringAReadMakesStdinReaderReturnInterrupted() throws {
        Interrupts.install()
        Interrupts.clear()
        let pipe = Pipe()
        let reader = StdinLineReader(input: pipe.fileHandleForReading)
        let thread = pthread_self()
        let writer = pipe.fileHandleForWriting
        let readReturned = DispatchSemaphore(value: 0)
        Thread {
            usleep(200_000)
            pthread_kill(thread, SIGINT)
            // Should the signal not end the read, a line does, so the test fails instead of hanging.
            if readReturned.wait(timeout: .now() + 5) == .timedOut {
                writer.write(Data("unblocked\n".utf8))
            }
        }.start()
        let result = reader.readLine(prompt: "")
        readReturned.signal()
        #expect(result == .interrupted)
        #expect(!Interrupts.isRequested)
        writer.write(Data("after\n".utf8))
        #expect(reader.readLine(prompt: "") == .line("after"))
    }

    @Test func signalAtTheLibeditPromptReturnsInterruptedAndAFreshPrompt() throws {
        Interrupts.install()
        Interrupts.clear()
        let session = try EditorSession()
        try session.waitForPrompt()
        session.send("half a li")
        try session.waitForScreen("half a li")
        session.interruptReader()
        #expect(try session.nextResult() == .interrupted)
        #expect(!Interrupts.isRequested)
        try session.waitForScreen("half a li^C\r\n" + session.prompt)
        session.send("whole\r")
        #expect(try session.nextResult() == .line("whole"))
    }

    /// A Ctrl-C can land while libedit is busy between two keys (here: completing a word),
    /// when no read is under way for it to interrupt. It must still end the line at once,
    /// not wait for the next key.
    @Test func aCtrlCWhileTheEditorIsBusyBetweenKeysEndsTheLine() throws {
        Interrupts.install()
        Interrupts.clear()
        let session = try EditorSession(completer: { _ in
            // The completer runs on the reader's thread, inside libedit.
            raise(SIGINT)
            return CompletionResult(replaceCount: 3, candidates: ["meetings"])
        })
        try session.waitForPrompt()
        session.send("mee\t")
        #expect(try session.nextResult(timeout: 5) == .interrupted)
        #expect(!Interrupts.isRequested)
        session.send("whole\r")
        #expect(try session.nextResult() == .line("whole"))
    }

    /// The wait both readers block in: a Ctrl-C pressed before it starts ends it at once,
    /// one pressed during it ends it too, and data ends it without a Ctrl-C.
    @Test func waitingForInputEndsOnACtrlCPressedBeforeOrDuringTheWait() throws {
        Interrupts.install()
        Interrupts.clear()
        let pipe = Pipe()
        let fd = pipe.fileHandleForReading.fileDescriptor
        let writer = pipe.fileHandleForWriting
        // Should a wait miss its Ctrl-C, a byte ends it after 5 seconds: a failure, not a hang.
        let waited = DispatchSemaphore(value: 0)
        Thread {
            for _ in 0..<2 where waited.wait(timeout: .now() + 5) == .timedOut {
                writer.write(Data("x".utf8))
            }
        }.start()

        raise(SIGINT)
        #expect(Interrupts.waitForInput(on: fd) == .interrupted)
        waited.signal()
        Interrupts.clear()

        let thread = pthread_self()
        Thread {
            usleep(200_000)
            pthread_kill(thread, SIGINT)
        }.start()
        #expect(Interrupts.waitForInput(on: fd) == .interrupted)
        waited.signal()
        Interrupts.clear()

        writer.write(Data("y".utf8))
        #expect(Interrupts.waitForInput(on: fd) == .ready)
    }
}
}
