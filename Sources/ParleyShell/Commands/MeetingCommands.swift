import ArgumentParser
import Foundation
import Parley

/// JSON shapes for meetings and what they hold.
enum MeetingJSON {
    static func person(_ p: PersonRef?) -> JSON {
        guard let p else { return .null }
        return .object([("id", .string(p.id)), ("name", .string(p.name)), ("country", .string(p.country)), ("known", .bool(p.known))])
    }

    static func source(_ p: Provenance, corpus: Corpus) -> JSON {
        .object([("report", .string(p.report)), ("sentence", .int(p.sentence)), ("start", .int(p.start)), ("end", .int(p.end)),
                 ("quote", .string(corpus.quote(p)))])
    }

    static func event(_ e: MeetingEvent) -> JSON {
        .object([("kind", .string(e.kind)), ("date", .string(e.date?.description)), ("partOfDay", .string(e.partOfDay)),
                 ("place", .string(e.place)), ("participants", .array(e.participants.map(person))),
                 ("source", .object([("report", .string(e.evidence.report)), ("sentence", .int(e.evidence.sentence))]))])
    }

    static func summary(_ m: Meeting, corpus: Corpus) -> [(String, JSON)] {
        let reports = m.reports.compactMap { corpus.report(id: $0) }
        let outlets = Array(Set(reports.compactMap(\.outlet))).sorted()
        return [
            ("id", .string(m.id)),
            ("date", .string(m.date.day?.description)),
            ("dateCertainty", .string(m.date.certainty.rawValue)),
            ("partOfDay", .string(m.date.partOfDay)),
            ("place", .string(m.place)),
            ("kind", .string(m.kind)),
            ("occasion", .string(m.occasion)),
            ("participants", .array(m.participants.map(person))),
            ("reports", .array(reports.map { r in
                .object([("id", .string(r.id)), ("source", .string(r.source)), ("outlet", .string(r.outlet))])
            })),
            ("reportCount", .int(reports.count)),
            ("witnessCount", .int(corpus.witnessCount(m))),
            ("outlets", .array(outlets.map(JSON.string))),
            ("events", .array(m.events.map(event))),
        ]
    }

    static func orientation(_ o: Orientation, corpus: Corpus) -> JSON {
        .object([("name", .string(o.name)), ("proposer", person(o.proposer)), ("declaredCount", o.declaredCount.map(JSON.int) ?? .null),
                 ("listedCount", .int(o.items.count)), ("countMismatch", .bool(o.countMismatch)),
                 ("items", .array(o.items.map(JSON.string))), ("sources", .array(firstPerReport(o.evidence).map { source($0, corpus: corpus) }))])
    }

    /// The first provenance of each report, in order.
    static func firstPerReport(_ evidence: [Provenance]) -> [Provenance] {
        var seen = Set<String>()
        return evidence.filter { seen.insert($0.report).inserted }
    }

    static func agreement(_ a: Agreement, corpus: Corpus) -> JSON {
        .object([("text", .string(a.text)), ("status", .string(a.status.rawValue)), ("by", person(a.by)), ("verb", .string(a.verb)),
                 ("quantity", a.quantity.map(JSON.int) ?? .null), ("topics", .array(a.topics.map(JSON.string))),
                 ("sources", .array([source(a.evidence, corpus: corpus)]))])
    }

    static func conflict(_ c: Conflict) -> JSON {
        .object([("field", .string(c.field)), ("type", .string(c.type)),
                 ("values", .object(c.values.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }))])
    }

    /// One outcome of a merged meeting: its fields, then every telling as a source
    /// (report, sentence, quote, and the wording, status and credit that report gives).
    static func meetingAgreement(_ a: MeetingAgreement, corpus: Corpus) -> JSON {
        .object([("text", .string(a.text)), ("status", .string(a.status.rawValue)), ("by", person(a.by)),
                 ("verb", .string(a.tellings.first { $0.status == a.status }?.verb ?? a.tellings.first?.verb)),
                 ("quantity", a.quantity.map(JSON.int) ?? .null), ("topics", .array(a.topics.map(JSON.string))),
                 ("reports", .array(a.reports.map(JSON.string))),
                 ("sources", .array(a.tellings.map { t in
                     guard case .object(var fields) = source(t.evidence, corpus: corpus) else { return .null }
                     fields += [("text", .string(t.text)), ("status", .string(t.status.rawValue)), ("by", person(t.by)), ("verb", .string(t.verb))]
                     return .object(fields)
                 })),
                 ("disagreements", .array(a.disagreements.map(conflict)))])
    }
}

extension Corpus {
    /// The sentence a provenance points to.
    /// Reads the report's text in place: copying it for every quote made `meeting
    /// --evidence` on a long report with many items quadratic in time and memory. A
    /// sentence longer than ``quoteLimit`` bytes (a list with no full stop is one
    /// sentence, and each of its items points to it) is quoted up to there, with "…".
    func quote(_ p: Provenance) -> String {
        guard var text = report(id: p.report)?.text else { return "" }
        return text.withUTF8 { u in
            guard p.start >= 0, p.end <= u.count, p.start <= p.end else { return "" }
            var end = p.end
            if end - p.start > Corpus.quoteLimit {
                end = p.start + Corpus.quoteLimit
                // Back to the start of a character.
                while end > p.start, u[end] & 0xC0 == 0x80 { end -= 1 }
            }
            let quoted = String(decoding: UnsafeBufferPointer(rebasing: u[p.start..<end]), as: UTF8.self)
            return end < p.end ? quoted + "…" : quoted
        }
    }

    /// The longest quote of one sentence, in bytes.
    static let quoteLimit = 2_000

}

/// `meetings`: the meetings the reports tell.
struct MeetingsCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "meetings",
        abstract: "List the meetings: date, place, kind, participants, and how many reports and independent witnesses tell each.")
    static let examples = ["meetings", "meetings --leader 'Xi Jinping'", "meetings --json"]
    static let completionFlags = ["--leader", "--json", "--markdown"]
    static let argumentKind = ArgumentKind.none

    @Option(help: "Only meetings this person took part in (any name form).")
    var leader: String?
    @Flag(help: "Print JSON whatever the session format.") var json = false
    @Flag(help: "Print Markdown whatever the session format.") var markdown = false

    func execute(in session: Session) throws -> CommandOutput {
        let corpus = session.corpus
        let stop = session.cancellation
        var meetings = corpus.meetings
        if let leader {
            let ids = Set(corpus.extractor.context.gazetteer.search(leader).map(\.id))
            let key = Fold.key(leader)
            meetings = try stop.filter(meetings) { m in m.participants.contains { ids.contains($0.id) || Fold.key($0.name).contains(key) } }
        }
        let rows = try stop.map(meetings) { m in
            [m.id, (m.date.day?.description ?? "-") + (m.date.certainty == .stated ? "" : m.date.certainty == .inferred ? " (inferred)" : " (≤)"),
             m.place ?? "-", m.kind, m.participants.map(\.name).joined(separator: ", "),
             "\(m.reports.count)/\(corpus.witnessCount(m))"]
        }
        let table = TextTable(columns: [.init("id"), .init("date"), .init("place"), .init("kind"), .init("participants", wraps: true),
                                        .init("reports", alignRight: true)], rows: rows)
        let out = CommandOutput(
            json: .object([("meetings", .array(try stop.map(meetings) { .object(MeetingJSON.summary($0, corpus: corpus)) }))]),
            text: { [meetings] w, c in meetings.isEmpty ? "no meetings" : table.render(width: w, color: c) },
            markdown: { Markdown.table(table) })
        return session.override(out, json: json, markdown: markdown)
    }
}

/// `meeting ID`: one meeting in full.
struct MeetingCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting",
        abstract: "Show one meeting: why its date, place and kind, its events, orientations and agreements; --evidence quotes the sentences.")
    static let examples = ["meeting 2025-04-14-hanoi-talks", "meeting 2025-04-14-hanoi-talks --evidence"]
    static let completionFlags = ["--evidence", "--json", "--markdown"]
    static let argumentKind = ArgumentKind.meetingID

    @Argument(help: "The meeting id (see 'meetings'), or a unique prefix of it.")
    var id: String
    @Flag(help: "Quote the sentence behind every item.") var evidence = false
    @Flag(help: "Print JSON whatever the session format.") var json = false
    @Flag(help: "Print Markdown whatever the session format.") var markdown = false

    func execute(in session: Session) throws -> CommandOutput {
        let corpus = session.corpus
        let m = try MeetingCommand.find(id, in: corpus)
        let stop = session.cancellation
        let orientations = m.orientations
        let agreements = m.agreements
        var fields = MeetingJSON.summary(m, corpus: corpus)
        fields += [
            ("datePhrase", .string(m.date.phrase)), ("dateRule", .string(m.date.rule)),
            ("orientations", .array(try stop.map(orientations) { MeetingJSON.orientation($0, corpus: corpus) })),
            ("agreements", .array(try stop.map(agreements) { MeetingJSON.meetingAgreement($0, corpus: corpus) })),
            ("reasons", .array(m.reasons.map(JSON.string))),
            ("conflicts", .array(m.conflicts.map(MeetingJSON.conflict))),
        ]
        let showEvidence = evidence
        let text: @Sendable (Int, Bool) -> String = { width, color in
            var lines: [String] = []
            lines.append("\(m.id)".bolded(color))
            lines.append("date:         \(m.date.day?.description ?? "unknown") (\(m.date.certainty.rawValue); \(m.date.rule)\(m.date.phrase.map { ": “\($0)”" } ?? ""))")
            if let p = m.date.partOfDay { lines.append("part of day:  \(p)") }
            lines.append("place:        \(m.place ?? "unknown")")
            lines.append("kind:         \(m.kind)")
            if let o = m.occasion { lines.append("occasion:     \(o)") }
            lines.append("participants: \(m.participants.map(\.name).joined(separator: ", "))")
            lines.append("reports:      \(m.reports.joined(separator: ", "))")
            for e in m.events {
                lines.append("event:        \(e.kind)\(e.partOfDay.map { " (\($0))" } ?? "") — \(e.participants.map(\.name).joined(separator: ", "))")
                if showEvidence { lines.append("              “\(corpus.quote(e.evidence))”".dimmed(color)) }
            }
            if !orientations.isEmpty {
                lines.append("")
                lines.append("ORIENTATIONS".bolded(color))
                for o in orientations {
                    var head = "• \(o.name)"
                    if let p = o.proposer { head += " — \(p.name)" }
                    if let d = o.declaredCount { head += " (\(d) declared, \(o.items.count) listed\(o.countMismatch ? " ⚠" : ""))" }
                    head += "  [\(MeetingJSON.firstPerReport(o.evidence).map(\.report).joined(separator: ", "))]"
                    lines.append(head)
                    for item in o.items { lines.append("    – \(item)") }
                }
            }
            if !agreements.isEmpty {
                lines.append("")
                lines.append("AGREEMENTS".bolded(color))
                for (n, a) in agreements.enumerated() {
                    if n & 255 == 0, Rendering.stopped { break }
                    var head = "• [\(a.status.rawValue)\(a.by.map { " by \($0.name)" } ?? "")] \(a.text)"
                    if let q = a.quantity { head += " (\(q))" }
                    head += "  [\(a.reports.joined(separator: ", "))]"
                    lines += TextTable.wrap(head, width: width)
                    for d in a.disagreements {
                        let values = d.values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
                        lines += TextTable.wrap("    ⚠ \(d.field) differs: \(values)", width: width)
                    }
                    if showEvidence {
                        for t in a.tellings {
                            let how = t.status.rawValue + (t.by.map { " by \($0.name)" } ?? "")
                            lines += TextTable.wrap("  \(t.evidence.report) #\(t.evidence.sentence) (\(how)): “\(corpus.quote(t.evidence))”", width: width).map { $0.dimmed(color) }
                        }
                    }
                }
            }
            if !m.reasons.isEmpty {
                lines.append("")
                lines.append("MERGED BECAUSE".bolded(color))
                lines += m.reasons.map { "• " + $0 }
            }
            if !m.conflicts.isEmpty {
                lines.append("")
                lines.append("CONFLICTS".bolded(color))
                for c in m.conflicts { lines.append("• \(c.field) (\(c.type)): " + c.values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")) }
            }
            return lines.joined(separator: "\n")
        }
        let out = CommandOutput(json: .object([("meeting", .object(fields))]), text: text)
        return session.override(out, json: json, markdown: markdown)
    }

    /// The meeting with this id or unique id prefix, or an error that lists close ones.
    static func find(_ id: String, in corpus: Corpus) throws -> Meeting {
        if let m = corpus.meeting(id: id) { return m }
        let matches = corpus.meetings.filter { $0.id.hasPrefix(id) }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            throw CommandError("'\(id)' matches \(matches.count) meetings: \(matches.prefix(6).map(\.id).joined(separator: ", "))\(matches.count > 6 ? ", …" : "")")
        }
        var m = "no meeting '\(id)'"
        if let near = Suggest.nearest(id, among: corpus.meetings.map(\.id)) { m += "; did you mean '\(near)'?" }
        throw CommandError(m + " (see 'meetings')")
    }
}

/// `orientations`: named frameworks across the corpus.
struct OrientationsCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "orientations",
        abstract: "List named frameworks (\"six major orientations\", \"six-point initiative\") with their items, proposer and declared count.")
    static let examples = ["orientations", "orientations --json"]
    static let completionFlags = ["--json", "--markdown"]
    static let argumentKind = ArgumentKind.none

    @Flag(help: "Print JSON whatever the session format.") var json = false
    @Flag(help: "Print Markdown whatever the session format.") var markdown = false

    func execute(in session: Session) throws -> CommandOutput {
        let corpus = session.corpus
        let stop = session.cancellation
        var rows: [[String]] = []
        var items: [JSON] = []
        var read = 0
        for r in corpus.records {
            let meeting = corpus.meeting(ofReport: r.report)?.id
            try stop.every256(read)
            read += 1
            for o in r.orientations {
                rows.append([o.name, o.proposer?.name ?? "-", o.declaredCount.map(String.init) ?? "-", String(o.items.count) + (o.countMismatch ? " ⚠" : ""), r.report, meeting ?? "-"])
                var j = MeetingJSON.orientation(o, corpus: corpus)
                if case .object(var f) = j { f.append(("meeting", .string(meeting))); f.append(("report", .string(r.report))); j = .object(f) }
                items.append(j)
            }
        }
        let table = TextTable(columns: [.init("name", wraps: true), .init("proposer"), .init("declared", alignRight: true),
                                        .init("listed", alignRight: true), .init("report"), .init("meeting")], rows: rows)
        let out = CommandOutput(json: .object([("orientations", .array(items))]),
                                text: { [rows] w, c in rows.isEmpty ? "no orientations" : table.render(width: w, color: c) },
                                markdown: { Markdown.table(table) })
        return session.override(out, json: json, markdown: markdown)
    }
}

/// `agreements`: what was agreed, signed, proposed or pledged.
struct AgreementsCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreements",
        abstract: "List agreements, signings, proposals and pledges; filter by --topic and --status.")
    static let examples = ["agreements", "agreements --topic railway", "agreements --status proposed --json"]
    static let completionFlags = ["--topic", "--status", "--json", "--markdown"]
    static let argumentKind = ArgumentKind.none

    @Option(help: "Only items tagged with this topic (railway, security, trade, maritime, …).") var topic: String?
    @Option(help: "Only items with this status: agreed, signed, proposed or pledged.") var status: String?
    @Flag(help: "Print JSON whatever the session format.") var json = false
    @Flag(help: "Print Markdown whatever the session format.") var markdown = false

    func execute(in session: Session) throws -> CommandOutput {
        if let status, AgreementStatus(rawValue: status) == nil {
            throw CommandError("status is agreed, signed, proposed or pledged, not '\(status)'")
        }
        let corpus = session.corpus
        let stop = session.cancellation
        var rows: [[String]] = []
        var items: [JSON] = []
        // Reports and outcomes read: one report may hold thousands.
        var read = 0
        for r in corpus.records {
            let meeting = corpus.meeting(ofReport: r.report)?.id
            try stop.every256(read)
            read += 1
            for a in r.agreements {
                try stop.every256(read)
                read += 1
                if let status, a.status.rawValue != status { continue }
                if let topic, !a.topics.contains(where: { $0.hasPrefix(topic.lowercased()) }) { continue }
                rows.append([a.status.rawValue, a.by?.name ?? "-", a.text, a.topics.joined(separator: ", "), r.report])
                var j = MeetingJSON.agreement(a, corpus: corpus)
                if case .object(var f) = j { f.append(("meeting", .string(meeting))); f.append(("report", .string(r.report))); j = .object(f) }
                items.append(j)
            }
        }
        let table = TextTable(columns: [.init("status"), .init("by"), .init("what", wraps: true), .init("topics", wraps: true), .init("report")], rows: rows)
        let out = CommandOutput(json: .object([("agreements", .array(items))]),
                                text: { [rows] w, c in rows.isEmpty ? "no agreements" : table.render(width: w, color: c) },
                                markdown: { Markdown.table(table) })
        return session.override(out, json: json, markdown: markdown)
    }
}

/// `leaders` and `leader NAME`.
struct LeadersCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "leaders",
        abstract: "List the people the reports name (--all: the whole gazetteer), with aliases, country and offices.")
    static let examples = ["leaders", "leaders --all --json"]
    static let completionFlags = ["--all", "--json", "--markdown"]
    static let argumentKind = ArgumentKind.none

    @Flag(help: "List the whole gazetteer, not only the people the reports name.") var all = false
    @Flag(help: "Print JSON whatever the session format.") var json = false
    @Flag(help: "Print Markdown whatever the session format.") var markdown = false

    static func json(_ l: Leader) -> JSON {
        .object([("id", .string(l.id)), ("name", .string(l.name)), ("aliases", .array((l.aliases + l.short).map(JSON.string))),
                 ("country", .string(l.country)), ("known", .bool(l.known)), ("died", .string(l.died?.description)),
                 ("historical", .bool(l.historical)),
                 ("offices", .array(l.offices.map { o in
                     .object([("title", .string(o.title)), ("role", .string(o.role)), ("from", .string(o.from?.description)), ("to", .string(o.to?.description))])
                 }))])
    }

    func execute(in session: Session) throws -> CommandOutput {
        let corpus = session.corpus
        let gazetteer = corpus.extractor.context.gazetteer
        var people: [Leader]
        if all {
            people = gazetteer.leaders
        } else {
            var seen = Set<String>()
            people = []
            let stop = session.cancellation
            for (n, r) in corpus.records.enumerated() {
                try stop.every256(n)
                for p in r.participants + r.agreements.compactMap(\.by) + r.orientations.compactMap(\.proposer) where seen.insert(p.id).inserted {
                    people.append(gazetteer.leader(id: p.id) ?? Leader(id: p.id, name: p.name, country: p.country, known: false))
                }
            }
            people.sort { $0.name < $1.name }
        }
        let rows = people.map { l in [l.name, l.country ?? "-", l.known ? "yes" : "no", l.offices.last.map { $0.title } ?? "-"] }
        let table = TextTable(columns: [.init("name"), .init("country"), .init("known"), .init("first office listed", wraps: true)], rows: rows)
        let list = people
        let out = CommandOutput(json: .object([("leaders", .array(list.map(LeadersCommand.json)))]),
                                text: { w, c in rows.isEmpty ? "no leaders" : table.render(width: w, color: c) },
                                markdown: { Markdown.table(table) })
        return session.override(out, json: json, markdown: markdown)
    }
}

/// `leader NAME`: one person, found by any name form.
struct LeaderCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "leader",
        abstract: "Show a person by any name form (with or without diacritics): aliases, offices over time, meetings in the corpus.")
    static let examples = ["leader 'To Lam'", "leader xi", "leader 'Tô Lâm' --json"]
    static let completionFlags = ["--json", "--markdown"]
    static let argumentKind = ArgumentKind.leader

    @Argument(help: "A name, alias or short form.") var name: [String]
    @Flag(help: "Print JSON whatever the session format.") var json = false
    @Flag(help: "Print Markdown whatever the session format.") var markdown = false

    func execute(in session: Session) throws -> CommandOutput {
        let query = name.joined(separator: " ")
        let corpus = session.corpus
        let found = corpus.extractor.context.gazetteer.search(query)
        var leader = found.first
        if leader == nil {
            // Someone found by title only.
            let key = Fold.key(query)
            if let p = corpus.records.lazy.flatMap(\.participants).first(where: { Fold.key($0.name).contains(key) }) {
                leader = Leader(id: p.id, name: p.name, country: p.country, known: false)
            }
        }
        guard let l = leader else { throw CommandError("no person matches '\(query)' (try 'leaders --all')") }
        let meetings = corpus.meetings.filter { $0.participants.contains { $0.id == l.id } }
        var j = LeadersCommand.json(l)
        if case .object(var f) = j {
            f.append(("meetings", .array(meetings.map { .string($0.id) })))
            if found.count > 1 { f.append(("alsoMatching", .array(found.dropFirst().prefix(8).map { .string($0.name) }))) }
            j = .object(f)
        }
        let others = found.dropFirst().prefix(5).map(\.name)
        let out = CommandOutput(json: .object([("leader", j)]), text: { _, color in
            var lines = ["\(l.name)".bolded(color) + (l.known ? "" : " (not in the gazetteer)")]
            lines.append("country:  \(l.country ?? "-")")
            if !(l.aliases + l.short).isEmpty { lines.append("also:     \((l.aliases + l.short).joined(separator: ", "))") }
            if let d = l.died { lines.append("died:     \(d)") }
            for o in l.offices { lines.append("office:   \(o.title) (\(o.from?.description ?? "?") – \(o.to?.description ?? "")) [\(o.role)]") }
            lines.append("meetings: \(meetings.isEmpty ? "none in the corpus" : meetings.map(\.id).joined(separator: ", "))")
            if !others.isEmpty { lines.append("also matching: \(others.joined(separator: ", "))") }
            return lines.joined(separator: "\n")
        })
        return session.override(out, json: json, markdown: markdown)
    }
}
