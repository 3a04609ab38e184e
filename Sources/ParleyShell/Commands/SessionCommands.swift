import ArgumentParser
import Foundation
import Parley

/// `load PATH…`: reads more reports into the corpus.
struct LoadCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Read reports from files or folders (.txt, .jsonl, .csv) into the corpus.",
        discussion: "Problems are reported per file and line; everything valid still loads. Ctrl-C cancels a long load and keeps what was read. With --db, what was read is saved to the file before the command returns; reports already in it (same id, same text) are skipped.")
    static let examples = ["load Docs/examples", "load exports/april.jsonl exports/may.csv"]
    static let completionFlags: [String] = []
    static let argumentKind = ArgumentKind.path
    static var onlyReads: Bool { false }

    @Argument(help: "Files or folders to read.")
    var paths: [String]

    func execute(in session: Session) throws -> CommandOutput {
        let before = session.corpus.reports.count
        let result = session.loadShowingProgress(paths: paths)
        let added = session.corpus.reports.count - before
        let errors = result.issues.filter { $0.severity == .error }.count
        let cancelled = result.cancelled
        let total = session.corpus.reports.count
        if let e = session.corpus.lastSaveError {
            throw CommandError("loaded \(added) report\(added == 1 ? "" : "s") (\(total) in all) but could not save them: \(e); they hold in this session only")
        }
        // Input at fault fails the command (exit status 1), though everything valid was loaded.
        if let failure = LoadCommand.failure(result, paths: paths, added: added, total: total) { throw failure }
        return CommandOutput(
            json: .object([("loaded", .int(added)), ("reports", .int(total)), ("errors", .int(errors)),
                           ("cancelled", .bool(cancelled))]),
            text: { _, _ in
                var s = "loaded \(added) report\(added == 1 ? "" : "s") (\(total) in all)"
                if errors > 0 { s += "; \(errors) input\(errors == 1 ? "" : "s") could not be read (see above)" }
                if cancelled { s += "; cancelled, keeping what was read" }
                return s
            })
    }
}

extension LoadCommand {
    /// The error a load ends with when input was at fault: a path that could not be read,
    /// a row or record that was skipped, or nothing read at all. `nil` when all was well.
    static func failure(_ result: LoadResult, paths: [String], added: Int, total: Int) -> CommandError? {
        let errors = result.issues.filter { $0.severity == .error }
        if let first = errors.first {
            let what = "\(errors.count) input\(errors.count == 1 ? "" : "s") could not be read"
            return CommandError("loaded \(added) report\(added == 1 ? "" : "s") (\(total) in all); \(what), the first at \(first.description)",
                                file: first.file, line: first.line)
        }
        if result.reports.isEmpty && !result.cancelled {
            let named = paths.count == 1 ? paths[0] : "\(paths.count) paths"
            return CommandError("nothing loaded: no report found in \(named)", file: paths.count == 1 ? paths[0] : nil)
        }
        return nil
    }
}

/// `set NAME VALUE`: session settings.
struct SetCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Show or change a setting: format (table|json|markdown), color (on|off), width (N|auto), pager (on|off).")
    static let examples = ["set", "set format json", "set width 120", "set color off", "set pager off"]
    static let completionFlags: [String] = []
    static let argumentKind = ArgumentKind.setting
    static var onlyReads: Bool { false }

    @Argument(help: "The setting to change; none lists them all.")
    var name: String?
    @Argument(help: "The new value.")
    var value: String?

    func execute(in session: Session) throws -> CommandOutput {
        if let name {
            guard let value else { throw CommandError("'set \(name)' needs a value, e.g. 'set \(name) \(SetCommand.example(name))'") }
            switch name {
            case "format":
                guard let f = OutputFormat(rawValue: value) else { throw CommandError("format is table, json or markdown") }
                session.format = f
            case "color", "colour":
                guard let b = SetCommand.bool(value) else { throw CommandError("color is on or off") }
                session.color = b
            case "width":
                if value == "auto" { session.width = nil } else {
                    guard let w = Int(value), w >= 40 else { throw CommandError("width is a number of columns (40 or more) or auto") }
                    session.width = w
                }
            case "pager":
                guard let b = SetCommand.bool(value) else { throw CommandError("pager is on or off") }
                session.pager = b
            default:
                var m = "no setting '\(name)'"
                if let near = Suggest.nearest(name, among: SetCommand.names) { m += "; did you mean '\(near)'?" }
                throw CommandError(m + " (settings: \(SetCommand.names.joined(separator: ", ")))")
            }
        }
        let values: [(String, String)] = [
            ("format", session.format.rawValue), ("color", session.color ? "on" : "off"),
            ("width", session.width.map(String.init) ?? "auto"), ("pager", session.pager ? "on" : "off"),
        ]
        return CommandOutput(json: .object(values.map { ($0.0, .string($0.1)) }),
                             text: { _, _ in values.map { "\($0.0) \($0.1)" }.joined(separator: "\n") })
    }

    static let names = ["format", "color", "width", "pager"]
    static func example(_ name: String) -> String {
        ["format": "json", "color": "off", "width": "120", "pager": "off"][name] ?? "VALUE"
    }
    static func bool(_ v: String) -> Bool? {
        switch v.lowercased() {
        case "on", "yes", "true", "1": return true
        case "off", "no", "false", "0": return false
        default: return nil
        }
    }
}

/// `help [COMMAND]`.
struct HelpCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "help", abstract: "List the commands, or show one command's usage and examples.")
    static let examples = ["help", "help report"]
    static let completionFlags: [String] = []
    static let argumentKind = ArgumentKind.command

    @Argument(help: "A command name.")
    var command: String?

    func execute(in session: Session) throws -> CommandOutput {
        if let command {
            let name = command.hasPrefix(".") ? String(command.dropFirst()) : command
            guard let type = Commands.named(name) else {
                var m = "no command '\(name)'"
                if let near = Suggest.nearest(name, among: Commands.all.map { $0.name }) { m += "; did you mean '\(near)'?" }
                throw CommandError(m)
            }
            let usage = ShellRoot.helpMessage(for: type).replacingOccurrences(of: "parley> ", with: "")
            let examples = type.examples
            let text = usage.trimmingCharacters(in: .whitespacesAndNewlines) + "\n\nEXAMPLES:\n" + examples.map { "  " + $0 }.joined(separator: "\n")
            return CommandOutput(
                json: .object([("command", .string(type.name)), ("abstract", .string(type.configuration.abstract)),
                               ("usage", .string(usage)), ("examples", .array(examples.map(JSON.string)))]),
                text: { _, _ in text })
        }
        let rows = Commands.all.map { [$0.name, $0.configuration.abstract] }
        let table = TextTable(columns: [.init("command"), .init("what it does", wraps: true)], rows: rows)
        return CommandOutput(
            json: .object([("commands", .array(Commands.all.map { t in
                .object([("name", .string(t.name)), ("abstract", .string(t.configuration.abstract))])
            }))]),
            text: { width, color in
                table.render(width: width, color: color) + "\n\n'help COMMAND' shows a command's options and examples."
            })
    }
}

/// `quit`.
struct QuitCommand: ShellCommand {
    static let configuration = CommandConfiguration(commandName: "quit", abstract: "Leave the shell (Ctrl-D does the same).",
                                                    aliases: ["exit", "q"])
    static let examples = ["quit"]
    static let completionFlags: [String] = []
    static let argumentKind = ArgumentKind.none
    static var onlyReads: Bool { false }

    func execute(in session: Session) throws -> CommandOutput {
        session.requestQuit()
        return CommandOutput(json: .object([("quit", .bool(true))]), text: { _, _ in "" })
    }
}
