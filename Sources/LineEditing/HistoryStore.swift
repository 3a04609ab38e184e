import CLibedit
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A bounded command history kept by libedit, optionally persisted to a file.
///
/// Consecutive duplicates are dropped and lines are trimmed; empty lines are skipped.
/// With a file, every new entry rewrites the file at once (libedit's `H_SAVE`), so a
/// crash keeps the history. The file uses libedit's own format (a `_HiStOrY_V2_`
/// line, then `strvis`-encoded entries) and is created with mode 0600.
/// If the file's directory does not exist the history stays in memory.
/// An existing file in another format (e.g. GNU readline's) is never overwritten:
/// the history then stays in memory too, see ``isPersistent``.
///
/// Not thread-safe: use one store from one thread at a time.
public final class HistoryStore {
    /// The first line of every file libedit's `H_SAVE` writes.
    static let fileCookie = "_HiStOrY_V2_"

    /// The libedit history handle; ``LibeditLineReader`` hands it to `EL_HIST`.
    let handle: OpaquePointer
    /// The file the history is saved to, if any.
    public let file: String?
    /// The most entries kept; older ones are dropped.
    public let limit: Int
    /// False when ``file`` holds something other than a libedit history, which is left untouched.
    public private(set) var isPersistent: Bool

    /// Creates a history of at most `limit` entries and loads `file` if it exists.
    ///
    /// Returns nil only when libedit cannot allocate a history.
    public init?(file: String?, limit: Int = 1000) {
        guard let handle = history_init() else { return nil }
        self.handle = handle
        self.file = file
        self.limit = max(1, min(limit, Int(Int32.max)))
        self.isPersistent = file != nil
        parley_history_set_size(handle, Int32(self.limit))
        parley_history_set_unique(handle, 1)
        if let file {
            switch Self.fileFormat(file) {
            case .missing:
                break
            case .libedit:
                parley_history_load(handle, file)
            case .foreign:
                isPersistent = false
            }
        }
    }

    deinit {
        history_end(handle)
    }

    /// The entries, oldest first.
    public var entries: [String] {
        var result: [String] = []
        var entry = parley_history_oldest(handle)
        while let text = entry {
            result.append(String(cString: text))
            entry = parley_history_newer(handle)
        }
        return result
    }

    /// Adds `line` (trimmed) unless it is empty or repeats the newest entry, then saves.
    ///
    /// Returns whether an entry was added.
    @discardableResult
    public func enter(_ line: String) -> Bool {
        guard let trimmed = normalizedHistoryLine(line) else { return false }
        // H_ENTER returns 0 when H_SETUNIQUE drops a consecutive duplicate.
        let added = parley_history_enter(handle, trimmed) > 0
        if added {
            save()
        }
        return added
    }

    /// Writes the whole history to ``file``; returns false if there is no file or it cannot be written.
    @discardableResult
    public func save() -> Bool {
        guard let file, isPersistent else { return false }
        // Create the file owner-only before libedit opens it (libedit also fchmods it to 0600).
        let fd = open(file, O_WRONLY | O_CREAT | O_CLOEXEC, S_IRUSR | S_IWUSR)
        guard fd >= 0 else { return false }
        close(fd)
        return parley_history_save(handle, file) >= 0
    }

    /// What kind of file `path` is, judged by its first line.
    private enum FileFormat { case missing, libedit, foreign }

    private static func fileFormat(_ path: String) -> FileFormat {
        guard let handle = FileHandle(forReadingAtPath: path) else { return .missing }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: fileCookie.utf8.count + 1)) ?? Data()
        if head.isEmpty { return .missing }
        return head.starts(with: Data(fileCookie.utf8)) ? .libedit : .foreign
    }
}
