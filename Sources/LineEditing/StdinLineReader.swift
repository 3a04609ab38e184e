import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines from a file descriptor without editing: for pipes, files and scripts.
///
/// Never prints a prompt. Accepts `\n` and `\r\n` line ends, replaces invalid UTF-8
/// with U+FFFD, and reads lines of any length. A last line without a newline is
/// still returned. Keeps an in-memory history with the same rules as ``HistoryStore``.
///
/// When a read is interrupted by Ctrl-C after ``Interrupts/install()``, returns
/// ``LineReadResult/interrupted`` and clears the request; other interrupted reads are retried.
public final class StdinLineReader: LineReader {
    private let input: FileHandle
    private let historyLimit: Int
    private var entries: [String] = []
    /// Bytes read but not yet returned, starting at `start`.
    private var buffer: [UInt8] = []
    private var start = 0
    /// Where the search for the next newline resumes (everything before it was searched).
    private var scanned = 0
    private var reachedEnd = false
    private static let chunkSize = 64 * 1024

    /// Creates a reader of `input` that keeps at most `historyLimit` history entries.
    public init(input: FileHandle = .standardInput, historyLimit: Int = 1000) {
        self.input = input
        self.historyLimit = max(1, historyLimit)
    }

    /// Reads the next line; `prompt` is ignored.
    public func readLine(prompt: String) -> LineReadResult {
        Interrupts.clear()
        while true {
            if let newline = nextNewline() {
                let line = takeLine(upTo: newline)
                consume(through: newline + 1)
                return .line(line)
            }
            scanned = buffer.count
            if reachedEnd {
                guard start < buffer.count else { return .endOfInput }
                let line = takeLine(upTo: buffer.count)
                consume(through: buffer.count)
                return .line(line)
            }
            switch fill() {
            case .data:
                continue
            case .end:
                reachedEnd = true
            case .interrupted:
                return .interrupted
            }
        }
    }

    /// Records `line` in the in-memory history (trimmed; empty lines and consecutive duplicates skipped).
    public func addHistory(_ line: String) {
        guard let trimmed = normalizedHistoryLine(line), trimmed != entries.last else { return }
        entries.append(trimmed)
        if entries.count > historyLimit {
            entries.removeFirst(entries.count - historyLimit)
        }
    }

    /// The history, oldest first.
    public var history: [String] { entries }

    // MARK: Buffering

    private enum FillResult { case data, end, interrupted }

    /// Reads one chunk into the buffer.
    private func fill() -> FillResult {
        compact()
        let fd = input.fileDescriptor
        let oldCount = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: Self.chunkSize))
        while true {
            switch Interrupts.waitForInput(on: fd) {
            case .interrupted:
                Interrupts.clear()
                buffer.removeSubrange(oldCount...)
                return .interrupted
            case .otherSignal:
                continue
            case .ready:
                break
            }
            let count = buffer.withUnsafeMutableBytes { raw in
                read(fd, raw.baseAddress.map { $0 + oldCount }, Self.chunkSize)
            }
            if count > 0 {
                buffer.removeSubrange((oldCount + count)...)
                return .data
            }
            if count < 0, errno == EINTR {
                if Interrupts.isRequested {
                    Interrupts.clear()
                    buffer.removeSubrange(oldCount...)
                    return .interrupted
                }
                continue
            }
            // End of file, or an error that more reading will not cure.
            buffer.removeSubrange(oldCount...)
            return .end
        }
    }

    /// The index of the first newline at or after `scanned`, if any.
    private func nextNewline() -> Int? {
        guard scanned < buffer.count else { return nil }
        return buffer.withUnsafeBytes { raw -> Int? in
            guard let base = raw.baseAddress,
                  let hit = memchr(base + scanned, Int32(UInt8(ascii: "\n")), raw.count - scanned)
            else { return nil }
            return base.distance(to: UnsafeRawPointer(hit))
        }
    }

    /// Drops returned bytes once they are at least half the buffer.
    private func compact() {
        guard start > 0, start * 2 >= buffer.count else { return }
        buffer.removeSubrange(..<start)
        scanned -= start
        start = 0
    }

    /// The text from `start` to `end`, without a trailing carriage return.
    private func takeLine(upTo end: Int) -> String {
        var last = end
        if last > start, buffer[last - 1] == UInt8(ascii: "\r") {
            last -= 1
        }
        return String(decoding: buffer[start..<last], as: UTF8.self)
    }

    private func consume(through end: Int) {
        start = end
        scanned = end
    }
}
