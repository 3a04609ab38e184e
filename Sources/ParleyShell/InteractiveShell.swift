import Foundation
import LineEditing
import Parley
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The interactive `parley` shell: a prompt showing the corpus size (`parley[5]> `), line
/// editing with history and Tab completion, Ctrl-C that interrupts commands but never the
/// shell, and long output through a pager.
///
/// On a terminal it reads lines with libedit (Emacs keys, `~/.editrc`, history in
/// `~/.parley_history` or `$PARLEY_HISTORY`, written after every line); when libedit cannot
/// start it falls back to plain standard input. Ctrl-C at the prompt gives a fresh prompt;
/// during a command it sets ``Interrupts/isRequested``, which a `load` polls to stop early,
/// keeping what was read. Ctrl-D on an empty line, `quit` and `exit` end the shell with status 0.
///
/// Tables fit the terminal's width, re-read for every command. Output taller than the terminal
/// goes through `$PAGER` (default `less -FRX`) while ``Session/pager`` is on and standard output
/// is a terminal.
public final class InteractiveShell {
    /// The session the commands run in.
    public let session: Session
    private let reader: LineReader
    /// Whether the reader shows the prompt itself (libedit) or the shell prints it.
    private let readerShowsPrompt: Bool
    private let pagerProvider: () -> Pager?

    /// Creates a shell over `session` reading the terminal with libedit, or plain standard
    /// input when libedit cannot start.
    ///
    /// The history file is `$PARLEY_HISTORY` (empty: none), else `~/.parley_history`.
    public convenience init(session: Session) {
        Interrupts.install()
        let environment = ProcessInfo.processInfo.environment
        let completer = ShellCompleter(session: session)
        if let editor = LibeditLineReader(
            programName: "parley",
            historyFile: InteractiveShell.historyFile(environment: environment),
            historyLimit: 1000,
            loadEditrc: true,
            completer: { completer.complete($0) }
        ) {
            self.init(session: session, reader: editor, readerShowsPrompt: true)
        } else {
            self.init(session: session, reader: StdinLineReader(), readerShowsPrompt: false)
        }
    }

    /// Creates a shell over `session` reading lines from `reader`.
    ///
    /// - Parameters:
    ///   - readerShowsPrompt: False to print the prompt on standard error before each read
    ///     (for readers that show none, such as ``StdinLineReader``).
    ///   - usePager: Whether long output may go through `$PAGER` (still only when
    ///     ``Session/pager`` is on and standard output is a terminal).
    public init(session: Session, reader: LineReader, readerShowsPrompt: Bool, usePager: Bool = true) {
        self.session = session
        self.reader = reader
        self.readerShowsPrompt = readerShowsPrompt
        self.pagerProvider = usePager ? { Pager.fromEnvironment() } : { nil }
    }

    /// The prompt for a corpus of `reports` reports: `parley[5]> `.
    public static func prompt(reports: Int) -> String {
        "parley[\(reports)]> "
    }

    /// The history file: `PARLEY_HISTORY` if set (empty means none), else `$HOME/.parley_history`.
    public static func historyFile(environment: [String: String]) -> String? {
        if let path = environment["PARLEY_HISTORY"] {
            return path.isEmpty ? nil : path
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        guard !home.isEmpty else { return nil }
        return (home.hasSuffix("/") ? home : home + "/") + ".parley_history"
    }

    /// Reads and runs command lines until `quit` or end of input; returns the exit status (0).
    ///
    /// A failing command prints its error and the shell goes on, as sqlite3's does.
    public func run() -> Int32 {
        Interrupts.install()
        // A pager quitting early must not kill the shell; writes to it fail with EPIPE instead.
        signal(SIGPIPE, SIG_IGN)
        session.terminalWidth = { Terminal.width() }
        session.shouldCancel = { Interrupts.isRequested }
        ShellHistoryRecord.set(reader.history, for: session)
        defer { ShellHistoryRecord.remove(session) }

        while !session.quitRequested {
            let prompt = InteractiveShell.prompt(reports: session.corpus.reports.count)
            if !readerShowsPrompt {
                FileHandle.standardError.write(Data(prompt.utf8))
            }
            switch reader.readLine(prompt: prompt) {
            case .interrupted:
                continue
            case .endOfInput:
                if !readerShowsPrompt { FileHandle.standardError.write(Data("\n".utf8)) }
                return 0
            case .line(let line):
                let command = line.trimmingCharacters(in: .whitespaces)
                if command.isEmpty || command.hasPrefix("#") { continue }
                reader.addHistory(command)
                ShellHistoryRecord.set(reader.history, for: session)
                Interrupts.clear()
                runCommand(command)
            }
        }
        return 0
    }

    /// Runs one command line, sending its output through the pager when it is too long.
    /// Written to the terminal directly, long output goes in pieces, and Ctrl-C stops it
    /// between two pieces.
    private func runCommand(_ line: String) {
        let direct = session.outSink
        let written = InterruptibleOutput(sink: direct, stopped: { Interrupts.isRequested })
        defer {
            session.outSink = direct
            if written.cut { session.writeErr("output stopped (Ctrl-C)") }
        }
        guard session.pager, Terminal.isTerminal(STDOUT_FILENO), let pager = pagerProvider() else {
            session.outSink = { written.write($0) }
            session.run(line)
            return
        }
        let captured = OutputCapture()
        session.writeOut = { captured.chunks.append($0) }
        session.run(line)
        session.outSink = direct
        guard !captured.chunks.isEmpty else { return }
        let text = captured.chunks.joined(separator: "\n")
        let columns = TerminalSize.columns(STDOUT_FILENO) ?? session.effectiveWidth
        if session.pager, Pager.needsPaging(text, rows: TerminalSize.rows(STDOUT_FILENO), columns: columns),
           pager.show(text) {
            return
        }
        for chunk in captured.chunks { written.write(chunk) }
    }
}

/// Writes text to a sink that ends each text with a line break, in pieces of whole lines of
/// about 64 KiB, and writes nothing more once `stopped` answers true between two pieces:
/// a table of a hundred thousand rows takes seconds to reach a terminal.
final class InterruptibleOutput {
    private let sink: (String) -> Void
    private let stopped: () -> Bool
    /// Whether some output was left unwritten.
    private(set) var cut = false
    /// The size of a piece, in bytes.
    static let piece = 65_536

    init(sink: @escaping (String) -> Void, stopped: @escaping () -> Bool) {
        self.sink = sink
        self.stopped = stopped
    }

    /// Writes `text`, unless the output was stopped; the pieces together end with one line
    /// break, as `text` written whole would.
    func write(_ text: String) {
        guard !cut else { return }
        var rest = Substring(text)
        while rest.utf8.count > InterruptibleOutput.piece {
            let u = rest.utf8
            let limit = u.index(u.startIndex, offsetBy: InterruptibleOutput.piece)
            // The last line break in the piece, else the first after it (a long line goes whole).
            guard let brk = u[..<limit].lastIndex(of: 0x0A) ?? u[limit...].firstIndex(of: 0x0A) else { break }
            sink(String(rest[..<brk]))
            rest = rest[u.index(after: brk)...]
            if stopped() {
                cut = true
                return
            }
        }
        sink(String(rest))
    }
}

/// What a command wrote while its output was held back for the pager.
private final class OutputCapture {
    var chunks: [String] = []
}
