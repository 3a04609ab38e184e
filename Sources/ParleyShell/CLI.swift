import ArgumentParser
import Foundation
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

    @Option(name: .long, help: ArgumentHelp("Refuse reports larger than this many MiB.", valueName: "MiB"))
    var maxReportSize: Int = 16

    @Flag(name: .long, help: "Read files on one core only.")
    var serial = false

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
            FileHandle.standardError.write(Data((message + "\n").utf8))
            Foundation.exit(2)
        }
        Foundation.exit(cli.execute())
    }

    /// Runs and returns the exit status.
    public func execute() -> Int32 {
        let options = LoadOptions(maxReportBytes: max(1, maxReportSize) << 20, parallel: !serial)
        let corpus = Corpus(loader: ReportLoader(options: options))
        let format: OutputFormat = json ? .json : (markdown ? .markdown : .table)
        let stdoutIsTTY = isatty(STDOUT_FILENO) == 1
        let color = stdoutIsTTY && ProcessInfo.processInfo.environment["NO_COLOR"] == nil && format == .table
        let session = Session(corpus: corpus, format: format, color: color)
        if !paths.isEmpty {
            let showProgress = isatty(STDERR_FILENO) == 1
            let bar = ProgressBar(enabled: showProgress)
            let result = session.load(paths: paths, progress: { bar.update($0) })
            bar.finish()
            let errors = result.issues.filter { $0.severity == .error }.count
            if showProgress || errors > 0 {
                session.writeErr("loaded \(session.corpus.reports.count) reports" + (errors > 0 ? "; \(errors) input\(errors == 1 ? "" : "s") could not be read" : ""))
            }
        }
        if !commands.isEmpty {
            var ok = true
            for c in commands {
                ok = session.run(c) && ok
                if session.quitRequested { break }
            }
            return ok ? 0 : 1
        }
        if isatty(STDIN_FILENO) != 1 {
            var ok = true
            while let line = Swift.readLine(strippingNewline: true) {
                let t = line.trimmingCharacters(in: .whitespaces)
                if t.isEmpty || t.hasPrefix("#") { continue }
                ok = session.run(t) && ok
                if session.quitRequested { break }
            }
            return ok ? 0 : 1
        }
        return InteractiveShell(session: session).run()
    }
}

/// A one-line progress bar on standard error.
final class ProgressBar {
    let enabled: Bool
    var shown = false
    init(enabled: Bool) { self.enabled = enabled }

    func update(_ p: LoadProgress) {
        guard enabled, p.filesTotal >= 20 else { return }
        let width = 30
        let filled = p.filesTotal > 0 ? width * p.filesDone / p.filesTotal : 0
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
        let mb = Double(p.bytesDone) / 1_048_576
        FileHandle.standardError.write(Data("\r\(bar) \(p.filesDone)/\(p.filesTotal) files, \(String(format: "%.1f", mb)) MiB".utf8))
        shown = true
    }

    func finish() {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
