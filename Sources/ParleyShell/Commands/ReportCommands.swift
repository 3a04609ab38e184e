import Foundation
import ArgumentParser
import Parley

/// The JSON shape of a report shared by `reports` and `report`.
enum ReportJSON {
    static func fields(_ r: Report) -> [(String, JSON)] {
        [
            ("id", .string(r.id)),
            ("source", .string(r.source)),
            ("outlet", .string(r.outlet)),
            ("outletEvidence", .string(r.outletEvidence)),
            ("published", .string(r.published?.description)),
            ("datelinePlace", .string(r.datelinePlace)),
            ("dateline", .string(r.dateline)),
            ("title", .string(r.title)),
            ("url", .string(r.url)),
            ("words", .int(r.wordCount)),
            ("noise", .array(r.noise.map { n in
                .object([("kind", .string(n.kind.rawValue)), ("text", .string(n.text)), ("offset", .int(n.offset))])
            })),
            ("duplicateOf", .string(r.duplicateOf)),
        ]
    }
}

/// `reports`: one line per report.
struct ReportsCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "reports",
        abstract: "List the loaded reports with their outlet, date, dateline place and noise removed.",
        discussion: "Unknown metadata shows as '-' (null in JSON): Parley never guesses an outlet or a date.")
    static let examples = ["reports", "reports --outlet 'Vietnam News Agency'", "reports --json"]
    static let completionFlags = ["--outlet", "--json", "--markdown"]
    static let argumentKind = ArgumentKind.none

    @Option(help: "Only reports from this outlet (name or alias).")
    var outlet: String?
    @Flag(help: "Print JSON whatever the session format.")
    var json = false
    @Flag(help: "Print Markdown whatever the session format.")
    var markdown = false

    func execute(in session: Session) throws -> CommandOutput {
        var reports = session.corpus.reports
        let stop = session.cancellation
        if let outlet {
            let key = Fold.key(outlet)
            let canonical = session.corpus.loader.cleaner.reference.outlets.outlet(named: outlet)?.name
            reports = try stop.filter(reports) { r in
                guard let o = r.outlet else { return false }
                return Fold.key(o) == key || o == canonical || Fold.key(o).contains(key)
            }
        }
        let rows = try stop.map(reports) { r in
            [r.id, r.outlet ?? "-", r.published?.description ?? "-", r.datelinePlace ?? "-", String(r.wordCount),
             String(r.noise.count), r.title ?? "-"]
        }
        let table = TextTable(columns: [.init("id"), .init("outlet", wraps: true), .init("published"), .init("place"),
                                        .init("words", alignRight: true), .init("noise", alignRight: true),
                                        .init("title", wraps: true)], rows: rows)
        let count = reports.count
        let loaded = session.corpus.reports.count
        let wanted = outlet
        let out = CommandOutput(
            json: .object([("reports", .array(try stop.map(reports) { .object(ReportJSON.fields($0)) }))]),
            text: { width, color in
                if count > 0 { return table.render(width: width, color: color) }
                if loaded == 0 { return "no reports loaded (use 'load PATH')" }
                return "no report from outlet '\(wanted ?? "")' among the \(loaded) loaded (see 'reports' for the outlets)"
            },
            markdown: { Markdown.table(table) })
        return session.override(out, json: json, markdown: markdown)
    }
}

/// `report ID`: one report's metadata and cleaned text.
struct ReportCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Show one report: its metadata and cleaned text; --noise lists what cleaning removed and why.")
    static let examples = ["report 000_b1bcd55deb635a6c", "report 000_b1bcd55deb635a6c --noise", "report reports.jsonl:17"]
    static let completionFlags = ["--noise", "--json", "--markdown"]
    static let argumentKind = ArgumentKind.reportID

    @Argument(help: "The report id (see 'reports').")
    var id: String
    @Flag(help: "List the removed noise instead of the text.")
    var noise = false
    @Flag(help: "Print JSON whatever the session format.")
    var json = false
    @Flag(help: "Print Markdown whatever the session format.")
    var markdown = false

    func execute(in session: Session) throws -> CommandOutput {
        guard let r = session.corpus.report(id: id) else {
            var message = "no report '\(id)'"
            if let near = Suggest.nearest(id, among: session.corpus.reports.map(\.id)) { message += "; did you mean '\(near)'?" }
            throw CommandError(message)
        }
        let showNoise = noise
        let head: [(String, String)] = [
            ("id", r.id), ("source", r.source), ("outlet", r.outlet ?? "-"), ("published", r.published?.description ?? "-"),
            ("dateline", r.dateline ?? "-"), ("place", r.datelinePlace ?? "-"), ("title", r.title ?? "-"),
            ("words", String(r.wordCount)), ("noise", "\(r.noise.count) removal\(r.noise.count == 1 ? "" : "s")"),
        ]
        let noiseTable = TextTable(columns: [.init("kind"), .init("offset", alignRight: true), .init("removed text", wraps: true)],
                                   rows: r.noise.map { [$0.kind.rawValue, String($0.offset), Session.visible($0.text)] })
        let out = CommandOutput(
            json: .object([("report", .object(ReportJSON.fields(r) + [("text", .string(r.text))]))]),
            text: { width, color in
                let label = head.map { $0.0.count }.max() ?? 0
                var lines = head.map { ($0.0 + ":").padding(toLength: label + 2, withPad: " ", startingAt: 0).dimmed(color) + $0.1 }
                lines.append("")
                if showNoise {
                    lines.append(r.noise.isEmpty ? "nothing was removed" : noiseTable.render(width: width, color: color))
                } else {
                    for p in r.text.split(separator: "\n", omittingEmptySubsequences: false) {
                        lines += p.isEmpty ? [""] : TextTable.wrap(String(p), width: width)
                    }
                }
                return lines.joined(separator: "\n")
            },
            markdown: {
                var md = "## \(r.title ?? r.id)\n\n"
                md += head.map { "- **\($0.0)**: \($0.1)" }.joined(separator: "\n") + "\n\n"
                md += showNoise ? Markdown.table(noiseTable) : r.text
                return md
            })
        return session.override(out, json: json, markdown: markdown)
    }
}

extension Session {
    /// Applies a command's own `--json`/`--markdown` flag over the session format.
    func override(_ out: CommandOutput, json: Bool, markdown: Bool) -> CommandOutput {
        guard json || markdown else { return out }
        let j = out.json
        if json { return CommandOutput(json: j, text: { _, _ in j.serialized(pretty: true) }, markdown: { j.serialized(pretty: true) }) }
        let md = out.markdown
        let text = out.text
        return CommandOutput(json: j, text: { w, _ in md?() ?? text(w, false) }, markdown: md)
    }

    /// Makes invisible characters visible: `U+200B` for a zero-width space, and so on.
    static func visible(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            if u.properties.generalCategory == .format || u.properties.generalCategory == .control
                || u.properties.generalCategory == .nonspacingMark && s.unicodeScalars.count == 1 {
                if u == "\n" { out += " " } else { out += String(format: "U+%04X", u.value) }
            } else {
                out.unicodeScalars.append(u)
            }
        }
        return out
    }
}

/// Markdown renderings.
enum Markdown {
    /// A pipe table; it stops early once ``Rendering/cancellation`` is requested.
    static func table(_ t: TextTable) -> String {
        func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
        var lines = ["| " + t.columns.map { cell($0.title) }.joined(separator: " | ") + " |"]
        lines.append("|" + t.columns.map { $0.alignRight ? " ---: |" : " --- |" }.joined())
        for (r, row) in t.rows.enumerated() {
            if r & 255 == 0, Rendering.stopped { break }
            lines.append("| " + row.map(cell).joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }
}
