import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Facts about the terminal the process runs on.
public enum Terminal {
    /// Whether standard input and standard output are both terminals.
    public static var isInteractive: Bool {
        isTerminal(STDIN_FILENO) && isTerminal(STDOUT_FILENO)
    }

    /// Whether the file descriptor `fd` refers to a terminal.
    public static func isTerminal(_ fd: Int32) -> Bool {
        isatty(fd) == 1
    }

    /// The width of the terminal in columns: the window size of standard output,
    /// else `$COLUMNS`, else `default`.
    public static func width(default defaultWidth: Int = 80) -> Int {
        width(
            fd: STDOUT_FILENO,
            environment: ProcessInfo.processInfo.environment,
            default: defaultWidth
        )
    }

    /// The window width of `fd` if it is a terminal, else a positive `COLUMNS` in `environment`,
    /// else `defaultWidth`.
    static func width(fd: Int32, environment: [String: String], default defaultWidth: Int) -> Int {
        if let columns = windowColumns(fd), columns > 0 {
            return columns
        }
        if let text = environment["COLUMNS"]?.trimmingCharacters(in: .whitespaces),
           let columns = Int(text), columns > 0 {
            return columns
        }
        return defaultWidth
    }

    /// The column count TIOCGWINSZ reports for `fd`, or nil when `fd` is not a terminal.
    static func windowColumns(_ fd: Int32) -> Int? {
        var size = winsize()
        guard ioctl(fd, UInt(TIOCGWINSZ), &size) == 0 else { return nil }
        return Int(size.ws_col)
    }
}
