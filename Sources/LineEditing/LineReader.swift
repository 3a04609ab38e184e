import Foundation

/// What one read from a ``LineReader`` produced.
public enum LineReadResult: Sendable, Equatable {
    /// A line of text, without its line terminator.
    case line(String)
    /// The user pressed Ctrl-C at the prompt; the partial line was discarded.
    case interrupted
    /// The input ended: Ctrl-D on an empty line, end of file, or an unrecoverable read error.
    case endOfInput
}

/// A source of command lines: libedit on a terminal, plain standard input otherwise.
public protocol LineReader: AnyObject {
    /// Shows `prompt` (if the reader shows prompts) and reads one line without its newline.
    ///
    /// A pending Ctrl-C (``Interrupts/isRequested``) is cleared first; one pressed while
    /// reading is consumed and reported as ``LineReadResult/interrupted``.
    func readLine(prompt: String) -> LineReadResult

    /// Records a line in the history.
    ///
    /// The line is trimmed; empty lines and consecutive duplicates are skipped.
    /// A reader with a history file persists the history at once.
    func addHistory(_ line: String)

    /// The history, oldest first.
    var history: [String] { get }
}

/// Candidates for the word under the cursor.
public struct CompletionResult: Sendable, Equatable {
    /// How many Unicode scalars before the cursor the candidates replace (the word being typed).
    public var replaceCount: Int
    /// Full replacement words, e.g. `"meetings"`, `"To Lam"`, `"2025-04-14-hanoi-talks"`.
    public var candidates: [String]
    /// Whether a unique completion is followed by a space (false for directories such as `"Docs/"`).
    public var appendSpace: Bool

    /// Creates a completion result.
    public init(replaceCount: Int, candidates: [String], appendSpace: Bool = true) {
        self.replaceCount = replaceCount
        self.candidates = candidates
        self.appendSpace = appendSpace
    }

    /// No candidates: the line editor beeps.
    public static let empty = CompletionResult(replaceCount: 0, candidates: [])
}

/// Computes completions for the text before the cursor; the shell supplies one.
public typealias Completer = (_ textBeforeCursor: String) -> CompletionResult

/// The history rule shared by every reader: trims the line and rejects an empty one.
func normalizedHistoryLine(_ line: String) -> String? {
    let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
    return trimmed.isEmpty ? nil : trimmed
}
