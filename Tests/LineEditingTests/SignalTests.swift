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
}
}
