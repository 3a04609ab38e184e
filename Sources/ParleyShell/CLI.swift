import ArgumentParser
import Foundation
import LineEditing
import Parley

/// The `parley` command line: load paths, then run `-c` commands, commands from
/// standard input, or the interactive shell.
public struct ParleyCLI: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "Read, clean and compare news reports of diplomatic meetings.",
        discussion: """
        With no -c and a terminal on standard input, parley opens its shell. With standard \
        input that is not a terminal, it runs one command per line. Type 'help' in the shell, \
        or run 'parley -c help', for the commands.

        Exit status: 0 success, 1 a command failed, 2 usage error.
        """,
        version: ParleyLibrary.version)

    @Flag(name: .long, help: "Print every result as one JSON document on standard output.")
    var json = false

    @Flag(name: .long, help: "Print results as Markdown.")
    var markdown = false

    @Option(name: .customShort("c"), parsing: .singleValue, help: ArgumentHelp("Run a command, then exit. Repeat to run several in order.", valueName: "command"))
    var commands: [String] = []

    @Option(name: .long, help: ArgumentHelp("Keep the corpus in this SQLite file: open it (creating it when missing), save every load, split and join to it. Without it the corpus lives in memory.", valueName: "file"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp("Refuse reports larger than this many MiB.", valueName: "MiB"))
    var maxReportSize: Int = 16

    @Flag(name: .long, help: "Read files on one core only.")
    var serial = false

    @Option(name: .long, help: ArgumentHelp("Add or replace leaders from a JSON file shaped like the bundled leaders.json (see Docs/DATA_FILES.md).", valueName: "file"))
    var leaders: [String] = []

    @Option(name: .long, help: ArgumentHelp("Add or replace outlets from a JSON file shaped like the bundled outlets.json.", valueName: "file"))
    var outlets: [String] = []

    @Option(name: .long, help: ArgumentHelp("Add or replace places from a JSON file shaped like the bundled places.json.", valueName: "file"))
    var places: [String] = []

    @Argument(help: "Files or folders of reports: .txt (one report each), .jsonl, .csv.")
    var paths: [String] = []

    public init() {}

    /// Parses the process arguments and runs, exiting with the contract's status codes.
    public static func runMain() -> Never {
        let args = Array(CommandLine.arguments.dropFirst())
        let cli: ParleyCLI
        do {
            cli = try ParleyCLI.parse(args)
        } catch {
            let code = ParleyCLI.exitCode(for: error)
            let message = ParleyCLI.fullMessage(for: error)
            if code == .success {
                print(message)
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((TerminalText.neutralised(message) + "\n").utf8))
            Foundation.exit(2)
        }
        Foundation.exit(cli.execute())
    }

    /// Writes a message on standard error before the session exists, neutralised as the session's are.
    private func earlyError(_ message: String) {
        FileHandle.standardError.write(Data((TerminalText.neutralised(message) + "\n").utf8))
    }

    /// Runs and returns the exit status.
    public func execute() -> Int32 {
        let options = LoadOptions(maxReportBytes: max(1, maxReportSize) << 20, parallel: !serial)
        if ReferenceData.resourceDirectory == nil {
            // Without its data Parley recognises no leader, place or outlet: say so, and go on.
            earlyError("warning: Parley's bundled data (Parley_Parley.resources) was not found next to the executable; "
                       + "keep that folder beside parley or set PARLEY_RESOURCES to it. Leaders, places and outlets will not be recognised.")
        }
        var reference = ReferenceData.bundled
        var gazetteer = LeaderGazetteer.bundled
        do {
            for f in outlets { try reference.addOutlets(from: URL(fileURLWithPath: f)) }
            for f in places { try reference.addPlaces(from: URL(fileURLWithPath: f)) }
            for f in leaders { try gazetteer.addLeaders(from: URL(fileURLWithPath: f)) }
        } catch {
            earlyError("error: \(error)")
            return 1
        }
        let custom = !(outlets.isEmpty && places.isEmpty && leaders.isEmpty)
        let extractor = custom ? Extractor(context: ExtractionContext(gazetteer: gazetteer, places: reference.places)) : Extractor()
        let loader = ReportLoader(cleaner: Cleaner(reference: reference), options: options)
        let corpus: Corpus
        if let db {
            do {
                corpus = try Corpus.open(database: db, loader: loader, extractor: extractor)
            } catch {
                earlyError("error: \(error)")
                return 1
            }
            for note in corpus.restoreNotes { earlyError("note: \(note)") }
            if corpus.store?.isReadOnly == true {
                earlyError("note: \(db) is read-only: loads, splits and joins will not be saved")
            }
        } else {
            corpus = Corpus(loader: loader, extractor: extractor)
        }
        var saved = true
        var inputFailed = false
        let format: OutputFormat = json ? .json : (markdown ? .markdown : .table)
        let stdoutIsTTY = isatty(STDOUT_FILENO) == 1
        let color = stdoutIsTTY && ProcessInfo.processInfo.environment["NO_COLOR"] == nil && format == .table
        let session = Session(corpus: corpus, format: format, color: color)
        if !paths.isEmpty {
            if commands.isEmpty && isatty(STDIN_FILENO) == 1 {
                // The shell follows: Ctrl-C stops the load and opens the shell on what was read.
                Interrupts.install()
                session.shouldCancel = { Interrupts.isRequested }
            }
            let showProgress = isatty(STDERR_FILENO) == 1
            let result = session.loadShowingProgress(paths: paths, showProgress: showProgress)
            let errors = result.issues.filter { $0.severity == .error }.count
            if showProgress || errors > 0 {
                session.writeErr("loaded \(session.corpus.reports.count) reports" + (errors > 0 ? "; \(errors) input\(errors == 1 ? "" : "s") could not be read" : "")
                                 + (result.cancelled ? "; cancelled, keeping what was read" : ""))
            }
            saved = session.corpus.lastSaveError == nil
            // A path that could not be read, or nothing read at all, ends with status 1 (the commands still run).
            let total = session.corpus.reports.count
            inputFailed = LoadCommand.failure(result, paths: paths, added: total, total: total) != nil
        }
        if !commands.isEmpty {
            var ok = true
            for c in commands {
                ok = session.run(c) && ok
                if session.quitRequested { break }
            }
            return ok && saved && !inputFailed ? 0 : 1
        }
        if isatty(STDIN_FILENO) != 1 {
            var ok = true
            while let line = Swift.readLine(strippingNewline: true) {
                let t = line.trimmingCharacters(in: .whitespaces)
                if t.isEmpty || t.hasPrefix("#") { continue }
                ok = session.run(t) && ok
                if session.quitRequested { break }
            }
            return ok && saved && !inputFailed ? 0 : 1
        }
        return InteractiveShell(session: session).run()
    }
}
