import ArgumentParser
import Foundation
import Parley

/// `stats`: the corpus in numbers, and how long the last load took.
struct StatsCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show corpus counts and the time, throughput and peak memory of the last load, phase by phase.")
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
        let values: [(String, JSON)] = [
            ("reports", .int(c.reports.count)), ("witnesses", .int(witnesses)), ("meetings", .int(c.meetings.count)),
            ("bytesRead", .int(t.bytes)), ("cleanedBytes", .int(t.cleanedBytes)),
            ("readAndCleanSeconds", .double(read)), ("readAndCleanMBps", .double(rate(t.bytes, read))),
            ("extractionSeconds", .double(extract)), ("extractionMBps", .double(rate(t.cleanedBytes, extract))),
            ("witnessSeconds", .double(witnessSeconds)), ("mergeSeconds", .double(merge)), ("peakRSSBytes", .int(rss)),
        ]
        let out = CommandOutput(json: .object([("stats", .object(values))]), text: { _, _ in
            [
                "reports     \(c.reports.count) (\(witnesses) independent witnesses)",
                "meetings    \(c.meetings.count)",
                String(format: "read+clean  %.3f s  %.1f MiB/s over %.1f MiB", read, rate(t.bytes, read), Double(t.bytes) / 1_048_576),
                String(format: "extraction  %.3f s  %.1f MiB/s over %.1f MiB of cleaned text", extract, rate(t.cleanedBytes, extract), Double(t.cleanedBytes) / 1_048_576),
                String(format: "witnesses   %.3f s", witnessSeconds),
                String(format: "merge       %.3f s", merge),
                String(format: "peak memory %.0f MiB", Double(rss) / 1_048_576),
            ].joined(separator: "\n")
        })
        return session.override(out, json: json, markdown: false)
    }
}
