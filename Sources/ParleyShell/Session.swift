import ArgumentParser
import Foundation
import Parley

/// How command results are shown.
public enum OutputFormat: String, Sendable, CaseIterable, ExpressibleByArgument {
    /// Aligned columns for a terminal.
    case table
    /// One JSON document per command.
    case json
    /// Markdown, for pasting into a paper.
    case markdown
}

/// A command's result, ready for each renderer.
public struct CommandOutput: Sendable {
    /// The JSON document (`--json`).
    public var json: JSON
    /// The human rendering for the terminal, given the width and whether color is on.
    public var text: @Sendable (_ width: Int, _ color: Bool) -> String
    /// The Markdown rendering; the plain text in a code block when a command has none of its own.
    public var markdown: (@Sendable () -> String)?

    /// Creates an output.
    public init(json: JSON, text: @escaping @Sendable (Int, Bool) -> String, markdown: (@Sendable () -> String)? = nil) {
        self.json = json
        self.text = text
        self.markdown = markdown
    }
}

/// A failure of one command: shown on standard error, exit status 1; in JSON mode also
/// printed on standard output as `{"error":{"message","file","line"}}`.
public struct CommandError: Error, Sendable, CustomStringConvertible {
    /// What went wrong and, where it helps, what to do.
    public var message: String
    /// The input file at fault, when the failure comes from one.
    public var file: String?
    /// The 1-based line of `file` at fault, when known.
    public var line: Int?
    /// Creates an error.
    public init(_ message: String, file: String? = nil, line: Int? = nil) {
        self.message = message
        self.file = file
        self.line = line
    }
    /// The message.
    public var description: String { message }

    /// The JSON document a failed command prints in JSON mode.
    public var json: JSON {
        .object([("error", .object([("message", .string(message)), ("file", .string(file)),
                                    ("line", line.map(JSON.int) ?? .null)]))])
    }
}

/// What a command's argument is, for Tab completion.
public enum ArgumentKind: Sendable {
    case none, command, reportID, meetingID, leader, outletOrReport, path, setting, format
}

/// A command of the Parley command language, usable from `-c`, standard input and the shell.
public protocol ShellCommand: ParsableCommand {
    /// Example invocations shown by `help COMMAND`.
    static var examples: [String] { get }
    /// Flags offered by Tab completion.
    static var completionFlags: [String] { get }
    /// What the positional arguments are, for Tab completion.
    static var argumentKind: ArgumentKind { get }
    /// Runs the command against the session.
    ///
    /// A command that reads much of the corpus asks ``Session/cancellation`` as it goes
    /// and throws ``CancelledError`` once it is requested; the session then reports the
    /// command cancelled.
    func execute(in session: Session) throws -> CommandOutput
    /// Whether the command only reads the session, so that a Ctrl-C while its output is
    /// rendered drops the output and reports it cancelled. Commands that change the
    /// corpus, the settings or files (`load`, `split`, `join`, `set`, `export`, `quit`)
    /// show their result whatever happens once their work is done.
    static var onlyReads: Bool { get }
}

extension ShellCommand {
    /// The name the command is typed as.
    public static var name: String { configuration.commandName ?? String(describing: Self.self).lowercased() }
    /// Most commands only read.
    public static var onlyReads: Bool { true }
}

/// The root of the in-shell command tree, parsed once per line.
struct ShellRoot: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "parley>", subcommands: Commands.all)
}

/// The commands, in the order `help` lists them.
public enum Commands {
    /// Every command type.
    public static let all: [any ShellCommand.Type] = [
        ReportsCommand.self, ReportCommand.self, MeetingsCommand.self, MeetingCommand.self, OrientationsCommand.self,
        AgreementsCommand.self, LeadersCommand.self, LeaderCommand.self, WitnessesCommand.self, ConflictsCommand.self, SplitCommand.self, JoinCommand.self, CompareCommand.self, DiffCommand.self,
        TrackCommand.self, ExportCommand.self, LoadCommand.self, StatsCommand.self, SetCommand.self, HistoryCommand.self, HelpCommand.self, QuitCommand.self,
    ]

    /// The command typed as `name`.
    public static func named(_ name: String) -> (any ShellCommand.Type)? {
        all.first { $0.name == name || $0.configuration.aliases.contains(name) }
    }
}

/// A Parley session: a corpus, settings, and where output goes.
///
/// `Session` is what the `parley` executable drives, from `-c`, standard input or the
/// interactive shell; a Swift program can drive one the same way with ``run(_:)``.
public final class Session {
    /// The reports and what is derived from them.
    public var corpus: Corpus
    /// How results are shown.
    public var format: OutputFormat
    /// Whether the terminal renderer uses color.
    public var color: Bool
    /// The width tables fit; `nil` follows the terminal.
    public var width: Int?
    /// Whether long output goes through `$PAGER` in the interactive shell.
    public var pager: Bool = true
    /// Whether a quit was asked for.
    public private(set) var quitRequested = false
    /// Where results go. Whatever is written here passes through ``TerminalText/neutralised(_:)``
    /// first, so no control character from a report, a file name or an argument reaches a terminal.
    public var writeOut: (String) -> Void {
        get { let sink = outSink; return { sink(TerminalText.neutralised($0)) } }
        set { outSink = newValue }
    }
    /// Where messages and progress go; neutralised like ``writeOut``.
    public var writeErr: (String) -> Void {
        get { let sink = errSink; return { sink(TerminalText.neutralised($0)) } }
        set { errSink = newValue }
    }
    /// The sinks as set, before neutralising: swapped by the shell and the progress bar
    /// for a while, so that restoring one does not wrap it once more.
    var outSink: (String) -> Void
    var errSink: (String) -> Void
    /// Asked for the terminal width when `width` is `nil`.
    public var terminalWidth: () -> Int = { Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 100 }
    /// Asked now and then during a long command; returning `true` cancels it (the
    /// interactive shell answers whether Ctrl-C was pressed).
    public var shouldCancel: @Sendable () -> Bool = { false }

    /// ``shouldCancel`` as a ``Cancellation``, for the library calls and loops of a command.
    public var cancellation: Cancellation { Cancellation(shouldCancel) }

    /// Creates a session.
    public init(corpus: Corpus = Corpus(), format: OutputFormat = .table, color: Bool = false,
                writeOut: @escaping (String) -> Void = { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) },
                writeErr: @escaping (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }) {
        self.corpus = corpus
        self.format = format
        self.color = color
        self.outSink = writeOut
        self.errSink = writeErr
    }

    /// The width tables are rendered to.
    public var effectiveWidth: Int { max(40, width ?? terminalWidth()) }

    /// Runs one command line. Returns `true` on success; on failure the message has gone to `writeErr`.
    @discardableResult
    public func run(_ line: String) -> Bool {
        let words: [String]
        do { words = try ShellWords.split(line) } catch {
            return fail(CommandError("\(error)"), json: format == .json || line.contains("--json"))
        }
        return run(words: words)
    }

    /// Runs one command given as words.
    @discardableResult
    public func run(words: [String]) -> Bool {
        guard var first = words.first else { return true }
        if first.hasPrefix(".") || first.hasPrefix("\\") { first.removeFirst() }
        var words = words
        words[0] = first
        // One JSON document per command, failures included, whenever JSON is asked for.
        let jsonAnswer = format == .json || words.dropFirst().contains("--json")
        guard let type = Commands.named(first) else {
            var message = "unknown command '\(first)'"
            if let near = Suggest.nearest(first, among: Commands.all.map { $0.name }) { message += "; did you mean '\(near)'?" }
            return fail(CommandError(message + " (type 'help' for the list)"), json: jsonAnswer)
        }
        let parsed: any ParsableCommand
        do {
            parsed = try ShellRoot.parseAsRoot(words)
        } catch {
            let code = ShellRoot.exitCode(for: error)
            let message = ShellRoot.fullMessage(for: error)
            if code == .success {
                writeOut(jsonAnswer ? JSON.object([("help", .string(message))]).serialized() : message)
                return true
            }
            let text = message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message
            return fail(CommandError(text + " (see 'help \(type.name)')"), json: jsonAnswer)
        }
        guard let command = parsed as? any ShellCommand else {
            // ArgumentParser's own help command: running it throws CleanExit with the help text.
            var text = ""
            do {
                var c = parsed
                try c.run()
            } catch {
                text = ShellRoot.fullMessage(for: error)
            }
            writeOut(jsonAnswer ? JSON.object([("help", .string(text))]).serialized() : text)
            return true
        }
        let stop = cancellation
        do {
            let output = try command.execute(in: self)
            guard type.onlyReads else {
                emit(output)
                return true
            }
            // A long table or document is rendered asking `stop`; once it is requested,
            // what was rendered is dropped.
            if let text = try render(output, cancellation: stop) { writeOut(text) }
            return true
        } catch let e as CommandError {
            return fail(e, json: jsonAnswer)
        } catch is CancelledError {
            return fail(CommandError("\(type.name) cancelled"), json: jsonAnswer)
        } catch {
            return fail(CommandError("\(error)"), json: jsonAnswer)
        }
    }

    /// Reports a failed command: the message on `writeErr` and, when JSON is asked for,
    /// the error document on `writeOut`, so that every command answers with one document.
    private func fail(_ error: CommandError, json: Bool) -> Bool {
        writeErr("error: " + error.message)
        if json { writeOut(error.json.serialized()) }
        return false
    }

    /// Shows an output in the session's format.
    public func emit(_ output: CommandOutput) {
        // `.never` never stops the rendering.
        if let text = try? render(output, cancellation: .never) { writeOut(text) }
    }

    /// An output rendered in the session's format (`nil`: nothing to show), with
    /// `cancellation` bound as ``Rendering/cancellation``: long tables and documents stop
    /// early once it is requested, and this throws ``CancelledError``.
    func render(_ output: CommandOutput, cancellation: Cancellation) throws -> String? {
        let text: String? = Rendering.$cancellation.withValue(cancellation) {
            switch format {
            case .json: return output.json.serialized()
            case .markdown: return output.markdown?() ?? "```\n" + output.text(effectiveWidth, false) + "\n```"
            case .table:
                let text = output.text(effectiveWidth, color)
                return text.isEmpty ? nil : text
            }
        }
        try cancellation.checkpoint()
        return text
    }

    /// Asks the session to end after the current command.
    public func requestQuit() { quitRequested = true }

    /// Loads paths into the corpus, reporting problems and a summary on `writeErr`.
    /// `progress` receives a line to show while loading (a progress bar on a terminal).
    @discardableResult
    public func load(paths: [String], progress: ((LoadProgress) -> Void)? = nil) -> LoadResult {
        let cancel = shouldCancel
        let reporter = ProgressRelay(progress)
        let result = corpus.load(paths: paths) { p in
            reporter.send(p)
            return !cancel()
        }
        for issue in result.issues { writeErr(issue.description) }
        return result
    }
}

/// What the renderers of a command's output (``TextTable``, JSON, Markdown, the long
/// texts of `meeting`, `compare`, `diff` and `track`) ask every few hundred rows, so that
/// Ctrl-C stops the rendering of a table of a hundred thousand meetings at once.
public enum Rendering {
    /// The cancellation of the output being rendered; bound by ``Session`` while it
    /// renders, `.never` otherwise.
    @TaskLocal public static var cancellation = Cancellation.never

    /// Whether the renderer should stop: the ``Session`` then drops what it made.
    public static var stopped: Bool { cancellation.isRequested }
}

extension Cancellation {
    /// `transform` of each element, in order, asking this cancellation before the first
    /// and then every 256 elements; throws ``CancelledError`` once it is requested.
    func map<S: Sequence, T>(_ items: S, _ transform: (S.Element) throws -> T) throws -> [T] {
        var out: [T] = []
        out.reserveCapacity(items.underestimatedCount)
        var n = 0
        for x in items {
            if n & 255 == 0 { try checkpoint() }
            n += 1
            out.append(try transform(x))
        }
        return out
    }

    /// The elements for which `isIncluded` holds, asking this cancellation every 256 elements.
    func filter<S: Sequence>(_ items: S, _ isIncluded: (S.Element) throws -> Bool) throws -> [S.Element] {
        var out: [S.Element] = []
        var n = 0
        for x in items {
            if n & 255 == 0 { try checkpoint() }
            n += 1
            if try isIncluded(x) { out.append(x) }
        }
        return out
    }

    /// Asks this cancellation when `n` is a multiple of 256: for loops that count their steps.
    func every256(_ n: Int) throws {
        if n & 255 == 0 { try checkpoint() }
    }
}

/// Carries progress from loader threads to a non-Sendable callback, serialised by a lock.
final class ProgressRelay: @unchecked Sendable {
    private let callback: ((LoadProgress) -> Void)?
    private let lock = NSLock()
    init(_ callback: ((LoadProgress) -> Void)?) { self.callback = callback }
    func send(_ p: LoadProgress) {
        guard let callback else { return }
        lock.lock(); defer { lock.unlock() }
        callback(p)
    }
}

/// "Did you mean …?" suggestions by edit distance.
public enum Suggest {
    /// The candidate closest to `word`, if close enough to be a likely typo.
    public static func nearest(_ word: String, among candidates: [String]) -> String? {
        let w = Array(word.lowercased())
        var best: (String, Int)?
        for c in candidates {
            let d = distance(w, Array(c.lowercased()))
            if let b = best, d >= b.1 { continue }
            best = (c, d)
        }
        guard let (c, d) = best else { return nil }
        if c.lowercased().hasPrefix(word.lowercased()) && !word.isEmpty { return c }
        return d <= max(2, w.count / 3) ? c : nil
    }

    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[b.count]
    }
}
