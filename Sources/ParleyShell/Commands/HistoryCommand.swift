import ArgumentParser
import Foundation
import Synchronization

/// The command lines each interactive shell has read, by session, for the `history` command.
///
/// The interactive shell records its reader's history here after every line and forgets it
/// when it ends; sessions driven by `-c` or standard input have none.
enum ShellHistoryRecord {
    private static let entries = Mutex<[ObjectIdentifier: [String]]>([:])

    /// Records `lines` (oldest first) as the history of `session`.
    static func set(_ lines: [String], for session: Session) {
        let key = ObjectIdentifier(session)
        entries.withLock { $0[key] = lines }
    }

    /// The history of `session`, or nil when no interactive shell runs it.
    static func lines(of session: Session) -> [String]? {
        let key = ObjectIdentifier(session)
        return entries.withLock { $0[key] }
    }

    /// Forgets the history of `session`.
    static func remove(_ session: Session) {
        let key = ObjectIdentifier(session)
        _ = entries.withLock { $0.removeValue(forKey: key) }
    }
}

/// `history [N]`: the command lines typed in the shell, numbered.
struct HistoryCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List the commands typed in the shell, numbered, oldest first (kept in ~/.parley_history or $PARLEY_HISTORY).",
        discussion: "Up and Down recall them, Ctrl-R searches them. Consecutive repeats are kept once.")
    static let examples = ["history", "history 10", "history --json"]
    static let completionFlags = ["--json"]
    static let argumentKind = ArgumentKind.none

    @Argument(help: "Show only the last N commands.") var count: Int?
    @Flag(help: "Print JSON whatever the session format.") var json = false

    func execute(in session: Session) throws -> CommandOutput {
        if let count, count < 0 { throw CommandError("history N needs a count of 0 or more, e.g. history 10") }
        guard let lines = ShellHistoryRecord.lines(of: session) else {
            return CommandOutput(json: .object([("history", .array([]))]),
                                 text: { _, _ in "no history: only the interactive shell keeps one" })
        }
        let first = count.map { max(0, lines.count - $0) } ?? 0
        let numbered = lines.enumerated().dropFirst(first).map { (number: $0.offset + 1, line: $0.element) }
        let digits = String(lines.count).count
        let out = CommandOutput(
            json: .object([("history", .array(numbered.map { .object([("number", .int($0.number)), ("line", .string($0.line))]) }))]),
            text: { _, color in
                numbered.map { entry in
                    let number = String(repeating: " ", count: max(0, digits - String(entry.number).count)) + String(entry.number)
                    return "  " + number.dimmed(color) + "  " + entry.line
                }.joined(separator: "\n")
            },
            markdown: { numbered.map { "\($0.number). `\($0.line)`" }.joined(separator: "\n") })
        return session.override(out, json: json, markdown: false)
    }
}
