import ArgumentParser
import Foundation
import Parley

/// `stats`: the corpus in numbers, and how long the last load took.
struct StatsCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show the database in use (--db), corpus counts, and the time, throughput and peak memory of the last load, phase by phase.")
    static let examples = ["stats", "stats --json"]
    static let completionFlags = ["--json"]
    static let argumentKind = ArgumentKind.none

    @Flag(help: "Print JSON whatever the session format.") var json = false

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    /// Peak resident memory of this process, in bytes.
    static func peakRSS() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss) * 1024
    }

    func execute(in session: Session) throws -> CommandOutput {
        let c = session.corpus
        let t = c.lastTimings
        let read = StatsCommand.seconds(t.readAndClean), extract = StatsCommand.seconds(t.extraction), merge = StatsCommand.seconds(t.merge)
        let witnessSeconds = StatsCommand.seconds(t.witnesses)
        @Sendable func rate(_ bytes: Int, _ s: Double) -> Double { s > 0 ? Double(bytes) / 1_048_576 / s : 0 }
        let witnesses = c.reports.filter { $0.duplicateOf == nil }.count
        let rss = StatsCommand.peakRSS()
        let saveSeconds = StatsCommand.seconds(t.save), restoreSeconds = StatsCommand.seconds(t.restore)
        let info = try c.store.map { store in
            do { return try store.info() } catch { throw CommandError("\(error)") }
        }
        let database: JSON = info.map { i in
            .object([("path", .string(i.path)), ("readOnly", .bool(i.readOnly)), ("bytes", .int(i.bytes)),
                     ("schema", .array(i.schema.map(JSON.string))), ("writtenBy", .string(i.writtenBy)), ("extraction", .string(i.extraction)),
                     ("reports", .int(i.reports)), ("overrides", .int(i.overrides)), ("loads", .int(i.loads))])
        } ?? .null
        let databaseLine: String = info.map { i in
            "database    \(i.path)\(i.readOnly ? " (read-only)" : "")  \(String(format: "%.1f MiB", Double(i.bytes) / 1_048_576)), "
                + "\(i.reports) reports, \(i.overrides) split/join, \(i.loads) loads, schema \(i.schema.last ?? "-")"
        } ?? "database    none: the corpus is in memory (parley --db FILE keeps one in a file)"
        let values: [(String, JSON)] = [
            ("reports", .int(c.reports.count)), ("witnesses", .int(witnesses)), ("meetings", .int(c.meetings.count)),
            ("bytesRead", .int(t.bytes)), ("cleanedBytes", .int(t.cleanedBytes)),
            ("readAndCleanSeconds", .double(read)), ("readAndCleanMBps", .double(rate(t.bytes, read))),
            ("extractionSeconds", .double(extract)), ("extractionMBps", .double(rate(t.cleanedBytes, extract))),
            ("witnessSeconds", .double(witnessSeconds)), ("mergeSeconds", .double(merge)),
            ("saveSeconds", .double(saveSeconds)), ("restoreSeconds", .double(restoreSeconds)), ("peakRSSBytes", .int(rss)),
            ("database", database),
        ]
        var lines = [
            databaseLine,
            "reports     \(c.reports.count) (\(witnesses) independent witnesses)",
            "meetings    \(c.meetings.count)",
            String(format: "read+clean  %.3f s  %.1f MiB/s over %.1f MiB", read, rate(t.bytes, read), Double(t.bytes) / 1_048_576),
            String(format: "extraction  %.3f s  %.1f MiB/s over %.1f MiB of cleaned text", extract, rate(t.cleanedBytes, extract), Double(t.cleanedBytes) / 1_048_576),
            String(format: "witnesses   %.3f s", witnessSeconds),
            String(format: "merge       %.3f s", merge),
        ]
        if info != nil {
            lines.append(String(format: "save        %.3f s", saveSeconds))
            lines.append(String(format: "restore     %.3f s", restoreSeconds))
        }
        lines.append(String(format: "peak memory %.0f MiB", Double(rss) / 1_048_576))
        let text = lines.joined(separator: "\n")
        let out = CommandOutput(json: .object([("stats", .object(values))]), text: { _, _ in text })
        return session.override(out, json: json, markdown: false)
    }
}
