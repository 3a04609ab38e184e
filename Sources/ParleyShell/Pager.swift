import Foundation
import LineEditing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Shows long output through a pager program (`$PAGER`, else `less -FRX`), as psql does.
struct Pager {
    /// The shell command that pages its standard input, run with `/bin/sh -c`.
    let command: String

    /// The pager the environment asks for: `$PAGER`, else `less -FRX`.
    ///
    /// Nil when `PAGER` is set but empty, or its program cannot be found on `PATH`, so output
    /// is never lost to a pager that is not there.
    static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Pager? {
        let command = (environment["PAGER"] ?? "less -FRX").trimmingCharacters(in: .whitespaces)
        guard let program = command.split(separator: " ").first.map(String.init),
              programExists(program, path: environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin")
        else { return nil }
        return Pager(command: command)
    }

    /// Whether `text` needs more rows than a terminal of `rows` × `columns` shows below a prompt.
    static func needsPaging(_ text: String, rows: Int, columns: Int) -> Bool {
        let available = max(1, rows - 1)
        let width = max(1, columns)
        var used = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let cells = CompletionLayout.displayWidth(stripEscapes(line))
            used += max(1, (cells + width - 1) / width)
            if used > available { return true }
        }
        return false
    }

    /// Runs the pager on `text` and waits for it to end.
    ///
    /// Returns false when the pager could not be started (the caller then prints the text).
    /// The pager gets the terminal's standard output and error, and default signal handling;
    /// quitting it early is fine (the rest of the text is dropped).
    func show(_ text: String) -> Bool {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { return false }
        let readEnd = fds[0]
        let writeEnd = fds[1]
        _ = fcntl(writeEnd, F_SETFD, FD_CLOEXEC)

        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        posix_spawn_file_actions_adddup2(&actions, readEnd, 0)
        posix_spawn_file_actions_addclose(&actions, readEnd)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGPIPE, SIGQUIT, SIGTSTP] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv: [UnsafeMutablePointer<CChar>?] = [strdup("sh"), strdup("-c"), strdup(command), nil]
        let envp: [UnsafeMutablePointer<CChar>?] = ProcessInfo.processInfo.environment
            .map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, envp)
        close(readEnd)
        guard spawned == 0 else {
            close(writeEnd)
            return false
        }
        // SIGPIPE is ignored in the shell, so a pager that quits early makes write fail with EPIPE.
        var bytes = Array(text.utf8)
        if !text.hasSuffix("\n") { bytes.append(0x0A) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw in
                write(writeEnd, raw.baseAddress.map { $0 + offset }, raw.count - offset)
            }
            if written > 0 {
                offset += written
            } else if written < 0, errno == EINTR {
                continue
            } else {
                break
            }
        }
        close(writeEnd)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        // A Ctrl-C meant for the pager is not meant for the next command.
        Interrupts.clear()
        return true
    }

    /// Whether `program` (a path, or a name looked up on `path`) is an executable file.
    static func programExists(_ program: String, path: String) -> Bool {
        if program.contains("/") { return access(program, X_OK) == 0 }
        return path.split(separator: ":").contains { access("\($0)/\(program)", X_OK) == 0 }
    }

    /// `text` without ANSI escape sequences (CSI and two-byte escapes).
    static func stripEscapes(_ text: Substring) -> String {
        guard text.contains("\u{1B}") else { return String(text) }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\u{1B}" else {
                out.append(scalar)
                continue
            }
            guard let kind = scalars.next(), kind == "[" else { continue }
            while let next = scalars.next(), !(0x40...0x7E).contains(next.value) {}
        }
        return String(out)
    }
}

/// The window size of a terminal.
enum TerminalSize {
    /// The rows of the terminal on `fd`, else a positive `$LINES`, else 24.
    static func rows(_ fd: Int32 = STDOUT_FILENO) -> Int {
        var size = winsize()
        if ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 { return Int(size.ws_row) }
        if let lines = ProcessInfo.processInfo.environment["LINES"].flatMap({ Int($0) }), lines > 0 { return lines }
        return 24
    }

    /// The columns of the terminal on `fd`, or nil when it is not a terminal.
    static func columns(_ fd: Int32) -> Int? {
        var size = winsize()
        guard ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
