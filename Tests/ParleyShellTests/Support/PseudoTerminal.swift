import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A failure while driving a ``PseudoTerminal``, with everything the program showed.
struct PseudoTerminalError: Error, CustomStringConvertible {
    /// What went wrong.
    var message: String
    /// The cleaned transcript at the time of the failure.
    var transcript: String

    var description: String {
        "\(message)\n--- transcript ---\n\(transcript)\n--- end of transcript ---"
    }
}

/// Runs an executable on a pseudo-terminal, as a person at a terminal would: the program
/// gets the terminal as standard input, output and error, and as the controlling terminal
/// of a new session, so line editing, job control and Ctrl-C behave as in a terminal.
///
/// Every wait is bounded by a timeout, and the program (with its process group) is killed
/// when the driver goes away, so a test can never hang on it.
///
/// Output is matched after removing ANSI escape sequences and carriage returns.
/// ``waitFor(_:timeout:)`` works like expect(1): each match consumes the output up to its
/// end, so waiting twice for the same prompt waits for two prompts.
/// Before sending Ctrl-D to a line editor, wait with ``waitForPrompt(_:timeout:)``, which
/// also waits for the editor to take the terminal out of line mode.
///
/// Linux only (glibc's `posix_spawn` with `POSIX_SPAWN_SETSID`).
final class PseudoTerminal {
    /// The child's process id (also its process group and session id).
    let pid: pid_t
    private let master: Int32
    private var raw: [UInt8] = []
    /// Where the next ``waitFor(_:timeout:)`` starts searching, in bytes of the cleaned transcript.
    private var consumed = 0
    private var outputEnded = false
    private var status: Int32?

    /// Starts `executable` (a path, or a name looked up in this process's `PATH`) with `arguments`.
    ///
    /// `environment` is the child's whole environment, except that `TERM` (`xterm-256color`),
    /// `LANG` (`C.UTF-8`, unless `LC_ALL` or `LC_CTYPE` is given) and `PATH` get defaults when absent.
    init(
        executable: String,
        arguments: [String] = [],
        environment: [String: String] = [:],
        columns: Int = 100,
        rows: Int = 30
    ) throws {
        var master: Int32 = -1
        var slave: Int32 = -1
        var size = winsize(
            ws_row: UInt16(clamping: rows), ws_col: UInt16(clamping: columns), ws_xpixel: 0, ws_ypixel: 0
        )
        guard openpty(&master, &slave, nil, nil, &size) == 0 else {
            throw PseudoTerminalError(message: "openpty failed: errno \(errno)", transcript: "")
        }
        // The child opens the terminal by name; neither end may leak into it or into other children.
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
        defer { close(slave) }
        var nameBuffer = [CChar](repeating: 0, count: 256)
        guard ttyname_r(slave, &nameBuffer, nameBuffer.count) == 0 else {
            close(master)
            throw PseudoTerminalError(message: "ttyname_r failed: errno \(errno)", transcript: "")
        }
        let flags = fcntl(master, F_GETFL)
        _ = fcntl(master, F_SETFL, flags | O_NONBLOCK)

        var environment = environment
        environment["TERM"] = environment["TERM"] ?? "xterm-256color"
        if environment["LANG"] == nil, environment["LC_ALL"] == nil, environment["LC_CTYPE"] == nil {
            environment["LANG"] = "C.UTF-8"
        }
        environment["PATH"] = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"

        do {
            pid = try Self.spawn(
                executable: executable,
                arguments: arguments,
                environment: environment,
                terminal: nameBuffer
            )
        } catch {
            close(master)
            throw error
        }
        self.master = master
    }

    deinit {
        if status == nil {
            kill(-pid, SIGKILL)
            kill(pid, SIGKILL)
            var ignored: Int32 = 0
            while waitpid(pid, &ignored, 0) == -1, errno == EINTR {}
        }
        close(master)
    }

    /// Everything the program has written, with ANSI escape sequences and carriage returns removed.
    var transcript: String {
        String(decoding: Self.clean(raw), as: UTF8.self)
    }

    /// Everything the program has written, byte for byte (escape sequences included).
    var rawTranscript: String {
        String(decoding: raw, as: UTF8.self)
    }

    /// Types `text` at the terminal: `"\t"` is Tab, `"\u{3}"` Ctrl-C, `"\u{4}"` Ctrl-D,
    /// `"\u{1b}[A"` Up, `"\r"` Return.
    ///
    /// Gives up after 10 seconds if the program reads nothing; returns whether all was written.
    @discardableResult
    func send(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        let deadline = Date().addingTimeInterval(10)
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written > 0 {
                bytes = bytes.dropFirst(written)
            } else if written < 0, errno == EINTR {
                continue
            } else if written < 0, errno == EAGAIN, Date() < deadline {
                pump(milliseconds: 10)  // the input queue is full; let the program catch up
            } else {
                return false
            }
        }
        return true
    }

    /// Reads output until the part not consumed by earlier waits contains `needle`
    /// (after cleaning), and returns the whole cleaned transcript.
    ///
    /// - Throws: ``PseudoTerminalError`` with the transcript when `timeout` seconds pass
    ///   or the output ends first.
    @discardableResult
    func waitFor(_ needle: String, timeout: Double = 10) throws -> String {
        let target = Array(needle.utf8)
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let cleaned = Self.clean(raw)
            if let end = Self.firstMatchEnd(of: target, in: cleaned, from: consumed) {
                consumed = end
                return String(decoding: cleaned, as: UTF8.self)
            }
            if outputEnded {
                throw PseudoTerminalError(
                    message: "output ended before \(needle.debugDescription) appeared", transcript: transcript
                )
            }
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else {
                throw PseudoTerminalError(
                    message: "\(needle.debugDescription) did not appear within \(timeout) s", transcript: transcript
                )
            }
            pump(milliseconds: Int32(min(remaining, 0.1) * 1000) + 1)
        }
    }

    /// Waits for `prompt` like ``waitFor(_:timeout:)``, then until the program reads keys one
    /// by one (see ``waitUntilReadingKeys(timeout:)``); use it before sending control keys.
    @discardableResult
    func waitForPrompt(_ prompt: String, timeout: Double = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        try waitFor(prompt, timeout: timeout)
        try waitUntilReadingKeys(timeout: max(0, deadline.timeIntervalSinceNow))
        return transcript
    }

    /// Waits until the terminal is out of canonical (line-by-line) mode, as a line editor puts it.
    ///
    /// libedit prints its prompt *before* it switches the terminal to raw mode at its first read.
    /// A key sent in between meets the kernel's line discipline: letters are merely queued (and
    /// echoed twice), but a Ctrl-D becomes an end-of-file marker that libedit never sees.
    ///
    /// - Throws: ``PseudoTerminalError`` after `timeout` seconds.
    func waitUntilReadingKeys(timeout: Double = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            // On Linux the master end reports (and sets) the terminal settings of the slave end.
            var settings = termios()
            if tcgetattr(master, &settings) == 0, settings.c_lflag & tcflag_t(ICANON) == 0 {
                return
            }
            guard Date() < deadline else {
                throw PseudoTerminalError(
                    message: "the terminal stayed in canonical mode for \(timeout) s", transcript: transcript
                )
            }
            pump(milliseconds: 5)
        }
    }

    /// Waits for the program to exit and returns its exit status, or 128 + the signal number
    /// if a signal ended it. Keeps reading output meanwhile.
    ///
    /// - Throws: ``PseudoTerminalError`` with the transcript after `timeout` seconds.
    @discardableResult
    func waitForExit(timeout: Double = 10) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while status == nil {
            var waitStatus: Int32 = 0
            let result = waitpid(pid, &waitStatus, WNOHANG)
            if result == pid {
                let signal = waitStatus & 0x7f
                status = signal == 0 ? (waitStatus >> 8) & 0xff : 128 + signal
            } else if result == -1, errno != EINTR {
                throw PseudoTerminalError(message: "waitpid failed: errno \(errno)", transcript: transcript)
            } else if Date() >= deadline {
                throw PseudoTerminalError(
                    message: "the program did not exit within \(timeout) s", transcript: transcript
                )
            } else {
                pump(milliseconds: 10)
            }
        }
        // Collect what the program wrote just before exiting.
        let drainDeadline = Date().addingTimeInterval(1)
        while !outputEnded, Date() < drainDeadline, pump(milliseconds: 20) {}
        return status ?? -1
    }

    /// Changes the window size; the kernel sends SIGWINCH to the foreground process group.
    func resize(columns: Int, rows: Int) {
        var size = winsize(
            ws_row: UInt16(clamping: rows), ws_col: UInt16(clamping: columns), ws_xpixel: 0, ws_ypixel: 0
        )
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    // MARK: Internals

    /// Reads what is available within `milliseconds`; returns whether anything was read.
    @discardableResult
    private func pump(milliseconds: Int32) -> Bool {
        guard !outputEnded else {
            usleep(UInt32(max(0, milliseconds)) * 1000)
            return false
        }
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, milliseconds)
        guard ready > 0 else { return false }
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        let count = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        if count > 0 {
            raw.append(contentsOf: chunk[..<count])
            return true
        }
        if count == 0 || (errno != EAGAIN && errno != EINTR) {
            // EIO: every copy of the terminal's other end is closed; the program is gone.
            outputEnded = true
        }
        return false
    }

    /// The end offset of the first occurrence of `needle` in `haystack` at or after `start`.
    private static func firstMatchEnd(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty else { return start }
        guard haystack.count - start >= needle.count else { return nil }
        for index in start...(haystack.count - needle.count)
        where haystack[index..<index + needle.count].elementsEqual(needle) {
            return index + needle.count
        }
        return nil
    }

    /// `bytes` without carriage returns and ANSI escape sequences (CSI, OSC, DCS and two-byte
    /// escapes). An unfinished sequence at the end is dropped until the rest arrives.
    static func clean(_ bytes: [UInt8]) -> [UInt8] {
        let escape: UInt8 = 0x1b
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\r") {
                index += 1
                continue
            }
            guard byte == escape else {
                result.append(byte)
                index += 1
                continue
            }
            guard index + 1 < bytes.count else { break }
            let kind = bytes[index + 1]
            index += 2
            switch kind {
            case UInt8(ascii: "["):
                // Parameters and intermediates, then one final byte in 0x40...0x7e.
                while index < bytes.count, !(0x40...0x7e).contains(bytes[index]) {
                    index += 1
                }
                index += 1
            case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "X"), UInt8(ascii: "^"), UInt8(ascii: "_"):
                // A string ended by BEL or ESC \.
                while index < bytes.count {
                    if bytes[index] == 0x07 {
                        index += 1
                        break
                    }
                    if bytes[index] == escape, index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\\") {
                        index += 2
                        break
                    }
                    index += 1
                }
            default:
                // ESC, intermediates in 0x20...0x2f, then one final byte (e.g. ESC ( B, ESC =).
                if (0x20...0x2f).contains(kind) {
                    while index < bytes.count, (0x20...0x2f).contains(bytes[index]) {
                        index += 1
                    }
                    index += 1
                }
            }
        }
        return result
    }

    /// Starts the child in a new session with the terminal named `terminal` as its
    /// controlling terminal and standard streams, default signal handling and no blocked signals.
    private static func spawn(
        executable: String,
        arguments: [String],
        environment: [String: String],
        terminal: [CChar]
    ) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        // glibc applies POSIX_SPAWN_SETSID before the file actions, so opening the terminal
        // (without O_NOCTTY) makes it the new session's controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, terminal, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)

        // Threads of Swift's concurrency pool block SIGINT; the child must not inherit that.
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        sigdelset(&allSignals, SIGKILL)
        sigdelset(&allSignals, SIGSTOP)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        let setSessionID: Int32 = 0x80  // POSIX_SPAWN_SETSID (a GNU extension Swift does not import)
        posix_spawnattr_setflags(
            &attributes, Int16(setSessionID | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)
        )

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let result = posix_spawnp(&pid, executable, &actions, &attributes, argv, envp)
        guard result == 0 else {
            throw PseudoTerminalError(
                message: "cannot start \(executable): \(String(cString: strerror(result)))", transcript: ""
            )
        }
        return pid
    }
}
