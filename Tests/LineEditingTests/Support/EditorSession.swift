import Foundation
import Synchronization
import Testing
@testable import LineEditing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failure of a test helper, with what the terminal showed.
struct SessionError: Error, CustomStringConvertible {
    var description: String
}

/// Runs a ``LibeditLineReader`` in this process on a pseudo-terminal, on a thread of its own,
/// so tests can type keys at it and collect what `readLine` returned.
///
/// The reader reads lines until end of input, adding each to its history.
/// libedit's signal handling is off (this process is not on that terminal), and
/// `~/.editrc` is not read.
final class EditorSession {
    private let master: Int32
    /// What the reader thread reports back.
    private final class Shared: Sendable {
        let results = Mutex<[LineReadResult]>([])
        let finished = Atomic<Bool>(false)
        let thread = Mutex<pthread_t?>(nil)
        /// The reader thread's directory under /proc, e.g. "/proc/812/task/815".
        let procDirectory = Mutex<String?>(nil)
    }

    private let shared = Shared()
    private var output: [UInt8] = []
    private var taken = 0

    /// The prompt the reader shows.
    let prompt = "edit> "

    init(
        historyFile: String? = nil,
        historyLimit: Int = 100,
        completer: (@Sendable (String) -> CompletionResult)? = nil
    ) throws {
        var master: Int32 = -1
        var slave: Int32 = -1
        var size = winsize(ws_row: 24, ws_col: 60, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else {
            throw SessionError(description: "cannot open a pseudo-terminal: errno \(errno)")
        }
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
        self.master = master
        let slaveFD = slave

        let shared = self.shared
        let prompt = self.prompt
        let thread = Thread {
            // Threads started from Swift Concurrency's pool inherit a mask that blocks SIGINT.
            var sigint = sigset_t()
            sigemptyset(&sigint)
            sigaddset(&sigint, SIGINT)
            pthread_sigmask(SIG_UNBLOCK, &sigint, nil)
            shared.thread.withLock { $0 = pthread_self() }
            let procDirectory = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/thread-self")
            shared.procDirectory.withLock { $0 = procDirectory.map { "/proc/" + $0 } }
            defer { shared.finished.store(true, ordering: .sequentiallyConsistent) }
            guard let input = fdopen(slaveFD, "r"),
                  let output = fdopen(dup(slaveFD), "w"),
                  let errors = fdopen(dup(slaveFD), "w")
            else { return }
            defer {
                fclose(errors)
                fclose(output)
                fclose(input)
            }
            // A scope of its own, so that el_end runs before the streams are closed.
            do {
                guard let reader = LibeditLineReader(
                    programName: "edit-test",
                    input: input,
                    output: output,
                    error: errors,
                    historyFile: historyFile,
                    historyLimit: historyLimit,
                    loadEditrc: false,
                    handleSignals: false,
                    terminalType: "xterm",
                    completer: completer
                ) else { return }
                while true {
                    let result = reader.readLine(prompt: prompt)
                    if case .line(let text) = result {
                        reader.addHistory(text)
                    }
                    shared.results.withLock { $0.append(result) }
                    if result == .endOfInput { break }
                }
            }
        }
        thread.start()
    }

    /// Closes the terminal, which ends the reader (its read fails), and waits up to
    /// 5 seconds for its thread to finish, so no libedit outlives the test.
    deinit {
        close(master)
        let deadline = Date().addingTimeInterval(5)
        while !shared.finished.load(ordering: .sequentiallyConsistent), Date() < deadline {
            usleep(2_000)
        }
    }

    /// Types `keys` at the terminal.
    func send(_ keys: String) {
        var bytes = Array(keys.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written > 0 {
                bytes = bytes.dropFirst(written)
            } else if errno != EINTR {
                return
            }
        }
    }

    /// Everything the terminal has shown, undecoded escape sequences included.
    var screen: String { String(decoding: output, as: UTF8.self) }

    /// Waits until the reader has produced one more result than has been taken, and returns it.
    func nextResult(timeout: Double = 10) throws -> LineReadResult {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let result = shared.results.withLock({ $0.count > taken ? $0[taken] : nil }) {
                taken += 1
                return result
            }
            drain(milliseconds: 20)
        }
        throw SessionError(description: "no result within \(timeout) s; screen: \(screen.debugDescription)")
    }

    /// Waits until the terminal has shown `text` at least `occurrences` times in all.
    func waitForScreen(_ text: String, occurrences: Int = 1, timeout: Double = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if Self.count(Array(text.utf8), in: output) >= occurrences { return }
            drain(milliseconds: 20)
        }
        throw SessionError(description: "\(text.debugDescription) not shown; screen: \(screen.debugDescription)")
    }

    /// How often `needle` occurs in `haystack`, compared as bytes
    /// (as Characters, "\r\n" is one and would not contain "\n").
    private static func count(_ needle: [UInt8], in haystack: [UInt8]) -> Int {
        guard !needle.isEmpty, haystack.count >= needle.count else { return 0 }
        var found = 0
        var index = 0
        while index <= haystack.count - needle.count {
            if haystack[index..<index + needle.count].elementsEqual(needle) {
                found += 1
                index += needle.count
            } else {
                index += 1
            }
        }
        return found
    }

    /// Waits until the prompt has been shown `occurrences` times in all and libedit reads keys.
    ///
    /// libedit prints the prompt before it switches the terminal to raw mode (on its first
    /// read), so a Ctrl-D sent in between meets the canonical line discipline instead.
    func waitForPrompt(occurrences: Int = 1, timeout: Double = 10) throws {
        try waitForScreen(prompt, occurrences: occurrences, timeout: timeout)
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            // On Linux, the master end reports the terminal settings of the slave end.
            var settings = termios()
            if tcgetattr(master, &settings) == 0, settings.c_lflag & tcflag_t(ICANON) == 0 { return }
            drain(milliseconds: 5)
        }
        throw SessionError(description: "the terminal never left canonical mode; screen: \(screen.debugDescription)")
    }

    /// Sends SIGINT to the reader's thread once it is blocked reading the terminal,
    /// as a Ctrl-C would interrupt its `read`.
    ///
    /// A signal that arrives while libedit is between two reads only sets the flag: the
    /// next `read` blocks anyway. A person cannot press Ctrl-C within those microseconds,
    /// but a test can, so it first waits (up to 5 s) for the thread to sit in `read`.
    func interruptReader() {
        waitUntilReaderBlocksInRead(timeout: 5)
        if let thread = shared.thread.withLock({ $0 }) {
            pthread_kill(thread, SIGINT)
        }
    }

    private func waitUntilReaderBlocksInRead(timeout: Double) {
        // The system calls the reader waits for keys in: read, and ppoll before it.
        #if arch(x86_64)
        let waits = ["0 ", "271 "]
        #elseif arch(arm64)
        let waits = ["63 ", "73 "]
        #else
        let waits: [String] = []
        #endif
        guard !waits.isEmpty, let directory = shared.procDirectory.withLock({ $0 }) else {
            usleep(300_000)
            return
        }
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            // /proc/…/syscall starts with the number of the system call the thread is blocked in.
            if let text = try? String(contentsOfFile: directory + "/syscall", encoding: .utf8),
               waits.contains(where: { text.hasPrefix($0) }) {
                return
            }
            drain(milliseconds: 5)
        }
    }

    /// Whether the reader's thread has returned.
    var isFinished: Bool { shared.finished.load(ordering: .sequentiallyConsistent) }

    /// Reads whatever the terminal shows within `milliseconds`.
    private func drain(milliseconds: Int32) {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, milliseconds) > 0 else { return }
        var chunk = [UInt8](repeating: 0, count: 4096)
        let count = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        if count > 0 {
            output.append(contentsOf: chunk[..<count])
        }
    }
}
