import ArgumentParser
import Foundation
import Parley

/// JSON shapes for comparisons, diffs and tracks.
enum CompareJSON {
    static func status(_ s: FactStatus) -> JSON {
        .object([("report", .string(s.report)), ("status", .string(s.status.rawValue)), ("verb", .string(s.verb)),
                 ("by", MeetingJSON.person(s.by))])
    }

    static func dictionary(_ d: [String: String]) -> JSON {
        .object(d.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })
    }

    static func comparison(_ c: Comparison) -> JSON {
        let witnesses = c.witnesses.map { w in
            JSON.object([("report", .string(w.report)), ("outlet", .string(w.outlet)), ("source", .string(w.source)),
                         ("published", .string(w.published?.description)), ("independent", .bool(w.independent)),
                         ("duplicateOf", .string(w.duplicateOf)), ("inMeeting", .bool(w.inMeeting)), ("sentences", .int(w.sentences))])
        }
        let facts = c.facts.map { f in
            JSON.object([
                ("index", .int(f.index)), ("kind", .string(f.kind.rawValue)), ("summary", .string(f.summary)),
                ("in", .array(f.reports.map(JSON.string))), ("independent", .int(f.independent)),
                ("variants", .array(f.variants.map { v in
                    .object([("report", .string(v.report)), ("text", .string(v.text)), ("sentence", .int(v.evidence.sentence)),
                             ("start", .int(v.evidence.start)), ("end", .int(v.evidence.end))])
                })),
                ("statuses", .array(f.statuses.map(status))), ("event", .string(f.event)),
                ("topics", .array(f.topics.map(JSON.string))), ("parent", f.parent.map(JSON.int) ?? .null),
            ])
        }
        let only = c.witnesses.map { w in (w.report, JSON.array(c.only(w.report).map { .int($0.index) })) }
        let conflicts = c.conflicts.map { x in
            JSON.object([("field", .string(x.field)), ("subject", .string(x.subject)), ("type", .string(x.type.rawValue)),
                         ("values", dictionary(x.values)), ("normalized", dictionary(x.normalized)), ("fact", x.fact.map(JSON.int) ?? .null)])
        }
        let terminology = c.terminology.map { t in
            JSON.object([("referent", .string(t.referent)), ("terms", dictionary(t.terms)), ("source", .string(t.source)),
                         ("fact", t.fact.map(JSON.int) ?? .null)])
        }
        let attribution = c.attribution.map { a in
            JSON.object([("fact", .int(a.fact)), ("summary", .string(a.summary)), ("joint", .array(a.joint.map(status))),
                         ("oneSide", .array(a.oneSide.map(status)))])
        }
        let emphasis = c.witnesses.map { w in
            (w.report, JSON.object((c.emphasis[w.report] ?? [:]).sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { ($0.key, .double($0.value)) }))
        }
        let quotes = c.quotes.map { q in
            JSON.object([("report", .string(q.report)), ("speaker", MeetingJSON.person(q.speaker)), ("text", .string(q.text)),
                         ("sentence", .int(q.evidence.sentence))])
        }
        let similarity = c.similarity.map { s in
            JSON.object([("a", .string(s.a)), ("b", .string(s.b)), ("words", .double(s.words)), ("shingles", .double(s.shingles)),
                         ("sharedFacts", .int(s.sharedFacts))])
        }
        return .object([("comparison", .object([
            ("meeting", .string(c.meeting)), ("witnesses", .array(witnesses)), ("independentWitnesses", .int(c.independentWitnesses)),
            ("facts", .array(facts)), ("only", .object(only)), ("conflicts", .array(conflicts)), ("terminology", .array(terminology)),
            ("attribution", .array(attribution)), ("emphasis", .object(emphasis)), ("quotes", .array(quotes)),
            ("similarity", .array(similarity)),
        ]))])
    }

    static func diff(_ d: TextDiff) -> JSON {
        let counts = TextDiff.Kind.allCases.map { k in (k.rawValue, JSON.int(d.counts[k] ?? 0)) }
        func line(_ l: TextDiff.Line?) -> JSON {
            guard let l else { return .null }
            return .object([("index", .int(l.index)), ("text", .string(l.text))])
        }
        return .object([("diff", .object([
            ("left", .string(d.left)), ("right", .string(d.right)), ("counts", .object(counts)),
            ("rows", .array(d.rows.map { r in
                .object([("kind", .string(r.kind.rawValue)), ("left", line(r.left)), ("right", line(r.right)), ("similarity", .double(r.similarity))])
            })),
        ]))])
    }

    static func track(_ t: Track) -> JSON {
        .object([("track", .object([
            ("query", .string(t.query)), ("referent", .string(t.referent)), ("meetings", .array(t.meetings.map(JSON.string))),
            ("entries", .array(t.entries.map { e in
                .object([("meeting", .string(e.meeting)), ("date", .string(e.date?.description)), ("report", .string(e.report)),
                         ("outlet", .string(e.outlet)), ("kind", .string(e.kind)), ("wording", .string(e.wording)),
                         ("proposer", MeetingJSON.person(e.proposer)), ("status", .string(e.status?.rawValue)), ("verb", .string(e.verb)),
                         ("items", .array(e.items.map(JSON.string))), ("sentence", .int(e.evidence.sentence))])
            })),
        ]))])
    }
}

/// Text and Markdown renderings of a comparison.
enum CompareText {
    /// Column labels for witnesses: A, B, … Z, AA, AB, …
    static func label(_ i: Int) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return i < 26 ? String(letters[i]) : String(letters[min(25, i / 26 - 1)]) + String(letters[i % 26])
    }

    static func labels(_ c: Comparison) -> [String: String] {
        Dictionary(uniqueKeysWithValues: c.witnesses.enumerated().map { ($0.element.report, label($0.offset)) })
    }

    static func percent(_ v: Double) -> String { String(Int((v * 100).rounded())) + "%" }

    /// The alignment table; with `wording`, each witness's words in columns of equal width.
    static func alignment(_ c: Comparison, wording: Bool, width: Int? = nil) -> TextTable {
        let labels = c.witnesses.indices.map(label)
        if wording {
            let digits = String(c.facts.count).count
            let share = width.map { max(12, ($0 - digits - 2 * labels.count) / max(1, labels.count)) }
            let columns = [TextTable.Column("#", alignRight: true)] + labels.map { TextTable.Column($0) }
            let rows = c.facts.filter { $0.reports.count > 1 }.map { f in
                [String(f.index + 1)] + c.witnesses.map { w in
                    let text = f.variants.first { $0.report == w.report }?.text ?? "–"
                    return share.map { TextTable.wrap(text, width: $0).joined(separator: "\n") } ?? text
                }
            }
            return TextTable(columns: columns, rows: rows)
        }
        let columns = [TextTable.Column("#", alignRight: true), TextTable.Column("fact", wraps: true), TextTable.Column("kind")]
            + labels.map { TextTable.Column($0) }
        let rows = c.facts.filter { $0.reports.count > 1 }.map { f in
            [String(f.index + 1), width == nil ? f.summary : TextTable.truncate(f.summary, 160), f.kind.rawValue + (f.event.map { " (\($0))" } ?? "")]
                + c.witnesses.map { f.reports.contains($0.report) ? "●" : "·" }
        }
        return TextTable(columns: columns, rows: rows)
    }

    static func statusText(_ s: FactStatus, _ labels: [String: String]) -> String {
        "\(labels[s.report] ?? s.report): \(s.status.rawValue)\(s.by.map { " by \($0.name)" } ?? "") (“\(s.verb)”)"
    }

    static func render(_ c: Comparison, width: Int, color: Bool, wording: Bool) -> String {
        let labels = labels(c)
        var lines: [String] = []
        let details = c.facts.filter { $0.kind == .detail }.count
        let head = "\(c.meeting) — \(c.witnesses.count) witness\(c.witnesses.count == 1 ? "" : "es") (\(c.independentWitnesses) independent), \(c.facts.count - details) facts, \(c.shared.count) shared, \(details) added details"
        lines += TextTable.wrap(head, width: width).map { $0.bolded(color) }
        for (i, w) in c.witnesses.enumerated() {
            var line = "  \(label(i))  \(w.report)  \(w.outlet ?? "unknown outlet")"
            if !w.independent { line += "  (copy of \(w.duplicateOf ?? "?"))" }
            if !w.inMeeting { line += "  (not merged into this meeting)" }
            lines.append(line)
        }
        lines.append("")
        lines.append((wording ? "ALIGNMENT — each witness's wording" : "ALIGNMENT — facts × witnesses").bolded(color))
        let table = alignment(c, wording: wording, width: width)
        lines.append(table.rows.isEmpty ? "no fact is told by more than one witness" : table.render(width: width, color: color))
        lines.append("")
        lines.append("ONLY ONE WITNESS".bolded(color))
        for (i, w) in c.witnesses.enumerated() {
            let only = c.only(w.report).filter { $0.kind != .detail }
            let details = c.only(w.report).filter { $0.kind == .detail }
            guard !only.isEmpty || !details.isEmpty else { continue }
            lines.append("\(label(i))  \(w.outlet ?? w.report) — \(only.count) fact\(only.count == 1 ? "" : "s"), \(details.count) added detail\(details.count == 1 ? "" : "s")")
            for (n, f) in only.enumerated() {
                if n & 255 == 0, Rendering.stopped { break }
                lines += TextTable.wrap("#\(f.index + 1) [\(f.kind.rawValue)\(f.event.map { ": \($0)" } ?? "")] \(f.summary)", width: width - 4).map { "    " + $0 }
            }
            for (n, f) in details.enumerated() {
                if n & 255 == 0, Rendering.stopped { break }
                lines += TextTable.wrap("+ to #\((f.parent ?? 0) + 1): \(f.summary)", width: width - 4).map { "    " + $0.dimmed(color) }
            }
        }
        if !c.conflicts.isEmpty {
            lines.append("")
            lines.append("CONFLICTS".bolded(color))
            let rows = c.conflicts.map { x -> [String] in
                let field = x.field + (x.subject.map { " (\($0))" } ?? "") + (x.fact.map { " #\($0 + 1)" } ?? "")
                return [field, x.type.rawValue, valuesText(x, labels)]
            }
            lines.append(TextTable(columns: [.init("field"), .init("type"), .init("values", wraps: true)], rows: rows).render(width: width, color: color))
        }
        if !c.terminology.isEmpty {
            lines.append("")
            lines.append("TERMINOLOGY".bolded(color))
            for t in c.terminology {
                let who = t.terms.sorted { (labels[$0.key] ?? $0.key) < (labels[$1.key] ?? $1.key) }.map { "\(labels[$0.key] ?? $0.key) “\($0.value)”" }
                lines += TextTable.wrap("\(t.referent)\(t.source == "aligned" ? " (in fact #\((t.fact ?? 0) + 1))" : ""): " + who.joined(separator: " · "), width: width)
            }
        }
        if !c.attribution.isEmpty {
            lines.append("")
            lines.append("ATTRIBUTION".bolded(color))
            for a in c.attribution {
                lines += TextTable.wrap("#\(a.fact + 1) \(a.summary)", width: width)
                lines.append("    joint:    " + a.joint.map { statusText($0, labels) }.joined(separator: "; "))
                lines.append("    one side: " + a.oneSide.map { statusText($0, labels) }.joined(separator: "; "))
            }
        }
        lines.append("")
        lines.append("EMPHASIS — share of each witness's sentences given to each participant".bolded(color))
        let people = emphasisPeople(c)
        let rows = c.witnesses.enumerated().map { i, w in
            ["\(label(i)) \(w.outlet ?? w.report)"] + people.map { p in (c.emphasis[w.report]?[p]).map(percent) ?? "–" }
                + [String(c.quotes.filter { $0.report == w.report }.count)]
        }
        lines.append(TextTable(columns: [.init("witness")] + people.map { TextTable.Column($0, alignRight: true) } + [.init("quotes", alignRight: true)],
                               rows: rows).render(width: width, color: color))
        if !c.quotes.isEmpty {
            for q in c.quotes {
                lines += TextTable.wrap("\(labels[q.report] ?? q.report) \(q.speaker?.name ?? "unattributed"): “\(q.text)”", width: width - 2).map { "  " + $0 }
            }
        }
        if !c.similarity.isEmpty {
            lines.append("")
            lines.append("SIMILARITY".bolded(color))
            let rows = c.similarity.map { s in
                ["\(labels[s.a] ?? s.a)–\(labels[s.b] ?? s.b)", String(format: "%.2f", s.words), String(format: "%.2f", s.shingles), String(s.sharedFacts)]
            }
            lines.append(TextTable(columns: [.init("pair"), .init("words", alignRight: true), .init("3-shingles", alignRight: true),
                                             .init("shared facts", alignRight: true)], rows: rows).render(width: width, color: color))
        }
        return lines.joined(separator: "\n")
    }

    /// `A=45; B=more than 40 [41…]`: each witness's value, with its normalised form when it differs.
    static func valuesText(_ x: ValueConflict, _ labels: [String: String]) -> String {
        var parts: [String] = []
        for (report, value) in x.values.sorted(by: { (labels[$0.key] ?? $0.key) < (labels[$1.key] ?? $1.key) }) {
            var part = (labels[report] ?? report) + "=" + value
            if let n = x.normalized[report], n != value { part += " [" + n + "]" }
            parts.append(part)
        }
        return parts.joined(separator: "; ")
    }

    /// The participants in the emphasis table, the most present first.
    static func emphasisPeople(_ c: Comparison) -> [String] {
        var total: [String: Double] = [:]
        for (_, shares) in c.emphasis { for (p, v) in shares { total[p, default: 0] += v } }
        return total.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
    }

    static func markdown(_ c: Comparison, wording: Bool) -> String {
        let labels = labels(c)
        var md = "## Comparison: \(c.meeting)\n\n"
        md += c.witnesses.enumerated().map { "- **\(label($0.offset))** `\($0.element.report)` — \($0.element.outlet ?? "unknown outlet")\($0.element.independent ? "" : " (copy)")" }.joined(separator: "\n")
        md += "\n\n\(c.independentWitnesses) independent witnesses; \(c.facts.count) facts, \(c.shared.count) told by more than one.\n\n"
        md += "### Alignment\n\n" + Markdown.table(alignment(c, wording: wording)) + "\n\n"
        md += "### Told by one witness only\n\n"
        for (i, w) in c.witnesses.enumerated() {
            let only = c.only(w.report)
            guard !only.isEmpty else { continue }
            md += "**\(label(i))** \(w.outlet ?? w.report)\n\n" + only.map { f in
                f.kind == .detail ? "- *adds to #\((f.parent ?? 0) + 1):* \(f.summary)" : "- \(f.summary)"
            }.joined(separator: "\n") + "\n\n"
        }
        if !c.conflicts.isEmpty {
            let t = TextTable(columns: [.init("field"), .init("type"), .init("values")], rows: c.conflicts.map { x in
                [x.field + (x.subject.map { " (\($0))" } ?? ""), x.type.rawValue,
                 x.values.sorted { $0.key < $1.key }.map { "\(labels[$0.key] ?? $0.key): \($0.value)" }.joined(separator: "; ")]
            })
            md += "### Conflicts\n\n" + Markdown.table(t) + "\n\n"
        }
        if !c.terminology.isEmpty {
            let t = TextTable(columns: [.init("referent")] + c.witnesses.indices.map { TextTable.Column(label($0)) }, rows: c.terminology.map { v in
                [v.referent] + c.witnesses.map { v.terms[$0.report] ?? "" }
            })
            md += "### Terminology\n\n" + Markdown.table(t) + "\n\n"
        }
        if !c.attribution.isEmpty {
            md += "### Attribution\n\n" + c.attribution.map { a in
                "- \(a.summary)\n  - joint: \(a.joint.map { statusText($0, labels) }.joined(separator: "; "))\n  - one side: \(a.oneSide.map { statusText($0, labels) }.joined(separator: "; "))"
            }.joined(separator: "\n") + "\n\n"
        }
        let people = emphasisPeople(c)
        let t = TextTable(columns: [.init("witness")] + people.map { TextTable.Column($0, alignRight: true) }, rows: c.witnesses.enumerated().map { i, w in
            ["\(label(i)) \(w.outlet ?? w.report)"] + people.map { p in (c.emphasis[w.report]?[p]).map(percent) ?? "–" }
        })
        md += "### Emphasis\n\n" + Markdown.table(t) + "\n\n"
        if !c.quotes.isEmpty {
            md += c.quotes.map { "- \(labels[$0.report] ?? $0.report), \($0.speaker?.name ?? "unattributed"): “\($0.text)”" }.joined(separator: "\n") + "\n\n"
        }
        if !c.similarity.isEmpty {
            let s = TextTable(columns: [.init("pair"), .init("words", alignRight: true), .init("3-shingles", alignRight: true), .init("shared facts", alignRight: true)],
                              rows: c.similarity.map { ["\(labels[$0.a] ?? $0.a)–\(labels[$0.b] ?? $0.b)", String(format: "%.2f", $0.words), String(format: "%.2f", $0.shingles), String($0.sharedFacts)] })
            md += "### Similarity\n\n" + Markdown.table(s) + "\n"
        }
        return md
    }
}

/// `compare MEETING [REPORT|OUTLET …]`: how the witnesses of a meeting told it.
struct CompareCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare how the reports of a meeting told it: shared and one-witness facts, conflicts, terminology, attribution, emphasis, similarity.",
        discussion: "Witnesses are all the meeting's reports by default; name report ids (or unique prefixes) or outlets to choose. --wording shows each witness's own words in the alignment table.")
    static let examples = ["compare 2025-04-14-hanoi-talks", "compare 2025-04-14-hanoi-talks --wording", "compare 2025-04-14 000 001 --json"]
    static let completionFlags = ["--wording", "--json", "--markdown"]
    static let argumentKind = ArgumentKind.meetingID

    @Argument(help: "The meeting id (see 'meetings'), or a unique prefix of it.") var meeting: String
    @Argument(help: "Report ids or outlet names to compare (default: every report of the meeting).") var witnesses: [String] = []
    @Flag(help: "Show each witness's own wording in the alignment table.") var wording = false
    @Flag(help: "Print JSON whatever the session format.") var json = false
    @Flag(help: "Print Markdown whatever the session format.") var markdown = false

    func execute(in session: Session) throws -> CommandOutput {
        let m = try MeetingCommand.find(meeting, in: session.corpus)
        let c: Comparison
        do {
            c = try session.corpus.compare(meeting: m.id, witnesses: witnesses, cancellation: Cancellation(session.shouldCancel))
        } catch let e as CompareError {
            throw CommandError(e.message)
        } catch is CancelledError {
            throw CommandError("compare cancelled")
        }
        let showWording = wording
        let out = CommandOutput(json: CompareJSON.comparison(c),
                                text: { w, color in CompareText.render(c, width: w, color: color, wording: showWording) },
                                markdown: { CompareText.markdown(c, wording: showWording) })
        return session.override(out, json: json, markdown: markdown)
    }
}

/// `diff REPORT REPORT`: two texts aligned sentence by sentence.
struct DiffCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Align two reports sentence by sentence: same, reworded (~), moved (↕), only left (<), only right (>).")
    static let examples = ["diff 000 001", "diff ganges-chronicle left-bank-herald --json"]
    static let completionFlags = ["--json", "--markdown"]
    static let argumentKind = ArgumentKind.reportID

    @Argument(help: "The left report id (or a unique prefix).") var left: String
    @Argument(help: "The right report id (or a unique prefix).") var right: String
    @Flag(help: "Print JSON whatever the session format.") var json = false
    @Flag(help: "Print Markdown whatever the session format.") var markdown = false

    static func mark(_ k: TextDiff.Kind) -> String {
        switch k {
        case .same: return "="
        case .matched: return "~"
        case .moved: return "↕"
        case .onlyLeft: return "<"
        case .onlyRight: return ">"
        }
    }

    func execute(in session: Session) throws -> CommandOutput {
        let d: TextDiff
        do {
            d = try session.corpus.diff(left, right, cancellation: Cancellation(session.shouldCancel))
        } catch let e as CompareError {
            throw CommandError(e.message)
        } catch is CancelledError {
            throw CommandError("diff cancelled")
        }
        @Sendable func table(_ share: Int?) -> TextTable {
            func cell(_ l: TextDiff.Line?) -> String {
                guard let l else { return "" }
                let text = "\(l.index + 1). \(l.text)"
                return share.map { TextTable.wrap(text, width: $0).joined(separator: "\n") } ?? text
            }
            var rows: [[String]] = []
            for (n, r) in d.rows.enumerated() {
                if n & 255 == 0, Rendering.stopped { break }
                rows.append([DiffCommand.mark(r.kind), cell(r.left), cell(r.right)])
            }
            return TextTable(columns: [.init(""), .init(d.left), .init(d.right)], rows: rows)
        }
        let summary = TextDiff.Kind.allCases.map { "\($0.rawValue) \(d.counts[$0] ?? 0)" }.joined(separator: ", ")
        let out = CommandOutput(json: CompareJSON.diff(d), text: { w, c in
            table(max(12, (w - 5) / 2)).render(width: w, color: c) + "\n" + summary.dimmed(c)
        }, markdown: { "## \(d.left) ↔ \(d.right)\n\n" + Markdown.table(table(nil)) + "\n\n" + summary })
        return session.override(out, json: json, markdown: markdown)
    }
}

/// `track NAME`: an orientation or agreement across meetings.
struct TrackCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "track",
        abstract: "Follow an orientation or agreement across meetings in date order: the wording each time and who put it forward.",
        discussion: "Names match through the terminology: 'six major orientations' also finds 'six major directions'.")
    static let examples = ["track six major orientations", "track 'Lao Cai-Hanoi-Hai Phong railway' --json"]
    static let completionFlags = ["--json", "--markdown"]
    static let argumentKind = ArgumentKind.none

    @Argument(help: "The name to follow (several words may be given unquoted).") var name: [String]
    @Flag(help: "Print JSON whatever the session format.") var json = false
    @Flag(help: "Print Markdown whatever the session format.") var markdown = false

    func execute(in session: Session) throws -> CommandOutput {
        let query = name.joined(separator: " ")
        guard !query.isEmpty else { throw CommandError("track needs a name, e.g. track six major orientations") }
        let t: Track
        do {
            t = try session.corpus.track(query, cancellation: session.cancellation)
        } catch is CancelledError {
            throw CommandError("track cancelled")
        }
        let rows = t.entries.map { e in
            [e.date?.description ?? "-", e.meeting, e.report, e.kind + (e.status.map { " (\($0.rawValue))" } ?? ""),
             e.wording + (e.items.isEmpty ? "" : " — " + e.items.joined(separator: "; ")), e.proposer?.name ?? "-"]
        }
        let table = TextTable(columns: [.init("date"), .init("meeting"), .init("report"), .init("as"), .init("wording"), .init("by")], rows: rows)
        let head = "\(t.query)" + (t.referent.map { " (\($0))" } ?? "") + ": \(t.meetings.count) meeting\(t.meetings.count == 1 ? "" : "s")"
        let entries = t.entries
        let out = CommandOutput(json: CompareJSON.track(t), text: { w, c in
            guard !entries.isEmpty else { return "'\(query)' appears in no meeting" }
            var lines = [head.bolded(c)]
            var meeting = ""
            for (n, e) in entries.enumerated() {
                if n & 255 == 0, Rendering.stopped { break }
                if e.meeting != meeting {
                    meeting = e.meeting
                    lines.append("")
                    lines.append("\(e.date?.description ?? "undated")  \(e.meeting)".bolded(c))
                }
                var what = "\(e.report)\(e.outlet.map { " (\($0))" } ?? ""): \(e.kind)"
                if let s = e.status { what += ", \(s.rawValue)" }
                if let p = e.proposer { what += " by \(p.name)" }
                if let v = e.verb { what += " (“\(v)”)" }
                lines += TextTable.wrap(what, width: w - 2).map { "  " + $0 }
                lines += TextTable.wrap("“\(e.wording)”", width: w - 4).map { "    " + $0 }
                if !e.items.isEmpty { lines += TextTable.wrap("items: " + e.items.joined(separator: "; "), width: w - 4).map { "    " + $0.dimmed(c) } }
            }
            return lines.joined(separator: "\n")
        }, markdown: { "## Track: \(head)\n\n" + Markdown.table(table) })
        return session.override(out, json: json, markdown: markdown)
    }
}

/// `export html FILE [MEETING]`: one self-contained HTML page of a comparison.
struct ExportCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a comparison to a file: html (one self-contained page: the facts × witnesses heat map, terminology, conflicts), json or markdown.",
        discussion: "Without MEETING, the meeting with the most reports is exported.")
    static let examples = ["export html hanoi.html 2025-04-14-hanoi-talks", "export markdown hanoi.md 2025-04-14-hanoi-talks", "export json out.json"]
    static let completionFlags = ["--json"]
    static let argumentKind = ArgumentKind.path

    @Argument(help: "The format: html, json or markdown.") var format: String
    @Argument(help: "The file to write.") var file: String
    @Argument(help: "The meeting id (default: the meeting with the most reports).") var meeting: String?
    @Argument(help: "Report ids or outlet names to compare (default: every report of the meeting).") var witnesses: [String] = []
    @Flag(help: "Print JSON whatever the session format.") var json = false

    static var onlyReads: Bool { false }

    func execute(in session: Session) throws -> CommandOutput {
        let kind = format.lowercased() == "md" ? "markdown" : format.lowercased()
        guard ["html", "json", "markdown"].contains(kind) else {
            throw CommandError("export writes html, json or markdown, not '\(format)' (export html FILE [MEETING])")
        }
        let corpus = session.corpus
        let m: Meeting
        if let meeting {
            m = try MeetingCommand.find(meeting, in: corpus)
        } else {
            guard let best = corpus.meetings.max(by: { ($0.reports.count, $1.id) < ($1.reports.count, $0.id) }) else {
                throw CommandError("no meetings to export (load reports first)")
            }
            m = best
        }
        let c: Comparison
        do {
            c = try corpus.compare(meeting: m.id, witnesses: witnesses, cancellation: Cancellation(session.shouldCancel))
        } catch let e as CompareError {
            throw CommandError(e.message)
        } catch is CancelledError {
            throw CommandError("export cancelled; nothing was written")
        }
        // The page is rendered asking the Ctrl-C flag too; a cancelled one is not written.
        let stop = session.cancellation
        let html: String = Rendering.$cancellation.withValue(stop) {
            switch kind {
            case "json": return CompareJSON.comparison(c).serialized(pretty: true) + "\n"
            case "markdown": return CompareText.markdown(c, wording: true)
            default: return CompareHTML.page(c)
            }
        }
        if stop.isRequested { throw CommandError("export cancelled; nothing was written") }
        let url = URL(fileURLWithPath: (file as NSString).expandingTildeInPath)
        do { try Data(html.utf8).write(to: url) } catch { throw CommandError("\(file): cannot write (\(error.localizedDescription))") }
        let bytes = html.utf8.count
        let facts = c.facts.filter { $0.kind != .detail }.count
        let out = CommandOutput(json: .object([("exported", .string(url.path)), ("meeting", .string(c.meeting)), ("bytes", .int(bytes)),
                                               ("facts", .int(facts)), ("witnesses", .int(c.witnesses.count))]),
                                text: { _, _ in "wrote \(url.path): comparison of \(c.meeting), \(c.witnesses.count) witnesses, \(facts) facts (\(bytes) bytes)" })
        return session.override(out, json: json, markdown: false)
    }
}
