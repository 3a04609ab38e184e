import ArgumentParser
import Foundation
import Parley

/// `witnesses`: groups of syndicated or near-exact copies.
struct WitnessesCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "witnesses",
        abstract: "List groups of copies (syndicated wires, pages scraped twice): one witness each, with its sources.")
    static let examples = ["witnesses", "witnesses --json"]
    static let completionFlags = ["--json", "--markdown"]
    static let argumentKind = ArgumentKind.none

    @Flag(help: "Print JSON whatever the session format.") var json = false
    @Flag(help: "Print Markdown whatever the session format.") var markdown = false

    func execute(in session: Session) throws -> CommandOutput {
        let corpus = session.corpus
        let stop = session.cancellation
        let groups = corpus.witnessGroups
        func outlet(_ id: String) -> String { corpus.report(id: id)?.outlet ?? "-" }
        let rows = try stop.map(groups) { g in
            [g.original, outlet(g.original), g.copies.map { "\($0) (\(outlet($0)))" }.joined(separator: ", "), String(format: "%.2f", g.similarity)]
        }
        let table = TextTable(columns: [.init("witness"), .init("outlet"), .init("copies", wraps: true), .init("similarity", alignRight: true)], rows: rows)
        let total = corpus.reports.count
        let independent = try stop.filter(corpus.reports) { $0.duplicateOf == nil }.count
        let out = CommandOutput(
            json: .object([
                ("reports", .int(total)), ("independentWitnesses", .int(independent)),
                ("witnesses", .array(try stop.map(groups) { g in
                    .object([("report", .string(g.original)), ("outlet", .string(corpus.report(id: g.original)?.outlet)),
                             ("copies", .array(g.copies.map { c in .object([("report", .string(c)), ("outlet", .string(corpus.report(id: c)?.outlet))]) })),
                             ("similarity", .double(g.similarity))])
                })),
            ]),
            text: { w, c in
                (groups.isEmpty ? "no copies among the \(total) reports" : table.render(width: w, color: c))
                    + "\n\(total) reports, \(independent) independent witnesses"
            },
            markdown: { Markdown.table(table) })
        return session.override(out, json: json, markdown: markdown)
    }
}

/// `conflicts`: values the reports of one meeting disagree on.
struct ConflictsCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: "List what reports of the same meeting disagree on (date, place, kind), typed as refinement or contradiction.")
    static let examples = ["conflicts", "conflicts 2025-04-14-hanoi-talks", "conflicts --json"]
    static let completionFlags = ["--json", "--markdown"]
    static let argumentKind = ArgumentKind.meetingID

    @Argument(help: "A meeting id; all meetings when left out.") var meeting: String?
    @Flag(help: "Print JSON whatever the session format.") var json = false
    @Flag(help: "Print Markdown whatever the session format.") var markdown = false

    func execute(in session: Session) throws -> CommandOutput {
        let corpus = session.corpus
        let meetings = try meeting.map { [try MeetingCommand.find($0, in: corpus)] } ?? corpus.meetings
        let stop = session.cancellation
        var rows: [[String]] = []
        var items: [JSON] = []
        for (n, m) in meetings.enumerated() {
            try stop.every256(n)
            for c in m.conflicts {
                let values = c.values.sorted { $0.key < $1.key }
                rows.append([m.id, c.field, c.type, values.map { "\($0.key): \($0.value)" }.joined(separator: "\n")])
                items.append(.object([("meeting", .string(m.id)), ("field", .string(c.field)), ("type", .string(c.type)),
                                      ("values", .object(values.map { ($0.key, .string($0.value)) }))]))
            }
        }
        let table = TextTable(columns: [.init("meeting"), .init("field"), .init("type"), .init("what each report says", wraps: true)], rows: rows)
        let out = CommandOutput(json: .object([("conflicts", .array(items))]),
                                text: { [rows] w, c in rows.isEmpty ? "no conflicts" : table.render(width: w, color: c) },
                                markdown: { Markdown.table(table) })
        return session.override(out, json: json, markdown: markdown)
    }
}

/// `split MEETING REPORT…`: take reports out of a meeting.
struct SplitCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "split",
        abstract: "Split reports off a meeting into a meeting of their own; the choice holds over later loads (and sessions, with --db).")
    static let examples = ["split 2023-12-12-hanoi-talks 2023-12-14-capital-daily-herald"]
    static let completionFlags: [String] = []
    static let argumentKind = ArgumentKind.meetingID

    @Argument(help: "The meeting.") var meeting: String
    @Argument(help: "The reports to take out of it.") var reports: [String]

    static var onlyReads: Bool { false }

    func execute(in session: Session) throws -> CommandOutput {
        let m = try MeetingCommand.find(meeting, in: session.corpus)
        do {
            try session.corpus.split(meeting: m.id, reports: reports, cancellation: session.cancellation)
        } catch is CancelledError {
            throw CommandError("split cancelled; nothing was changed")
        } catch {
            throw CommandError("\(error)")
        }
        let now = reports.compactMap { session.corpus.meeting(ofReport: $0)?.id }
        let rest = m.reports.first { !reports.contains($0) }.flatMap { session.corpus.meeting(ofReport: $0)?.id }
        return CommandOutput(json: .object([("split", .array(Array(Set(now)).sorted().map(JSON.string))), ("remaining", .string(rest))]),
                             text: { _, _ in "split off: \(Array(Set(now)).sorted().joined(separator: ", "))\nremaining: \(rest ?? "-")" })
    }
}

/// `join MEETING MEETING`: force two meetings together.
struct JoinCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "join",
        abstract: "Force two meetings together (the merger kept them apart); the choice holds over later loads (and sessions, with --db).")
    static let examples = ["join 2024-07-09-moscow-talks 2024-07-08-moscow-meeting"]
    static let completionFlags: [String] = []
    static let argumentKind = ArgumentKind.meetingID

    @Argument(help: "The first meeting.") var first: String
    @Argument(help: "The second meeting.") var second: String

    static var onlyReads: Bool { false }

    func execute(in session: Session) throws -> CommandOutput {
        let a = try MeetingCommand.find(first, in: session.corpus)
        let b = try MeetingCommand.find(second, in: session.corpus)
        do {
            try session.corpus.join(a.id, b.id, cancellation: session.cancellation)
        } catch is CancelledError {
            throw CommandError("join cancelled; nothing was changed")
        } catch {
            throw CommandError("\(error)")
        }
        let joined = a.reports.first.flatMap { session.corpus.meeting(ofReport: $0) }
        return CommandOutput(json: .object([("meeting", .string(joined?.id)), ("reports", .array((joined?.reports ?? []).map(JSON.string)))]),
                             text: { _, _ in "joined: \(joined?.id ?? "-") (\(joined?.reports.count ?? 0) reports)" })
    }
}
