import Foundation

/// The state Parley works on: the reports read so far and what is derived from them.
///
/// A `Corpus` is a value: copying it is cheap and each copy evolves on its own.
///
/// ```swift
/// var corpus = Corpus()
/// let result = corpus.load(paths: ["Docs/examples"])
/// for issue in result.issues { print(issue) }
/// for report in corpus.reports { print(report.id, report.outlet ?? "unknown outlet") }
/// ```
public struct Corpus: Sendable {
    /// The reports, in the order they were added.
    public private(set) var reports: [Report] = []
    /// What each report says of its meeting, parallel to ``reports``.
    public private(set) var records: [MeetingRecord] = []
    private var index: [String: Int] = [:]
    /// The loader used by ``load(paths:progress:)``.
    public var loader: ReportLoader
    /// The extractor applied to every report added.
    public var extractor: Extractor
    /// The merger that groups records into meetings.
    public var merger: MeetingMerger
    /// The meetings, merged from all records; recomputed when reports are added.
    public private(set) var meetings: [Meeting] = []
    private var meetingIndex: [String: Int] = [:]
    private var meetingOfReport: [String: Int] = [:]

    /// Creates an empty corpus.
    public init(loader: ReportLoader = ReportLoader(), extractor: Extractor = Extractor(), merger: MeetingMerger = MeetingMerger()) {
        self.loader = loader
        self.extractor = extractor
        self.merger = merger
    }

    /// What a report says of its meeting.
    public func record(report id: String) -> MeetingRecord? {
        index[id].map { records[$0] }
    }

    /// The meeting with this id.
    public func meeting(id: String) -> Meeting? {
        meetingIndex[id].map { meetings[$0] }
    }

    /// The meeting a report tells.
    public func meeting(ofReport id: String) -> Meeting? {
        meetingOfReport[id].map { meetings[$0] }
    }

    /// How many independent witnesses tell a meeting: its reports, with copies of
    /// one another (syndication, pages scraped twice) counted once.
    public func witnessCount(_ meeting: Meeting) -> Int {
        let ids = Set(meeting.reports)
        return meeting.reports.filter { id in
            guard let original = report(id: id)?.duplicateOf else { return true }
            return !ids.contains(original)
        }.count
    }

    /// The records of a meeting's reports.
    public func records(of meeting: Meeting) -> [MeetingRecord] {
        meeting.reports.compactMap { record(report: $0) }
    }

    /// Groups of syndicated or near-exact copies; each group is one witness.
    public private(set) var witnessGroups: [WitnessFinder.Group] = []
    /// The finder of copies.
    public var witnessFinder = WitnessFinder()

    private mutating func findWitnesses() {
        witnessGroups = witnessFinder.groups(reports)
        for i in reports.indices { reports[i].duplicateOf = nil }
        for g in witnessGroups {
            for c in g.copies { if let i = index[c] { reports[i].duplicateOf = g.original } }
        }
    }

    /// The user's corrections of the merge, applied after every load.
    public private(set) var overrides: [MeetingMerger.Override] = []

    /// Splits reports off a meeting into a meeting of their own. The choice holds
    /// over later loads. Throws when the meeting or a report is unknown.
    public mutating func split(meeting id: String, reports: [String]) throws {
        guard let m = meeting(id: id) else { throw CorpusError("no meeting '\(id)'") }
        for r in reports where !m.reports.contains(r) { throw CorpusError("report '\(r)' is not in meeting \(id)") }
        guard reports.count < m.reports.count else { throw CorpusError("name some but not all of the meeting's reports") }
        overrides.append(.split(reports))
        remerge()
    }

    /// Forces two meetings together. The choice holds over later loads.
    public mutating func join(_ a: String, _ b: String) throws {
        guard let x = meeting(id: a) else { throw CorpusError("no meeting '\(a)'") }
        guard let y = meeting(id: b) else { throw CorpusError("no meeting '\(b)'") }
        guard let rx = x.reports.first, let ry = y.reports.first, x.id != y.id else { throw CorpusError("a meeting cannot be joined with itself") }
        overrides.append(.join(rx, ry))
        remerge()
    }

    private mutating func remerge() {
        meetings = merger.merge(records, overrides: overrides, copies: witnessGroups)
        meetingIndex = [:]
        meetingOfReport = [:]
        for (i, m) in meetings.enumerated() {
            meetingIndex[m.id] = i
            for r in m.reports { meetingOfReport[r] = i }
        }
    }

    /// The report with this id.
    public func report(id: String) -> Report? {
        index[id].map { reports[$0] }
    }

    /// Reads paths (files or folders) and adds their reports. Problems are returned,
    /// never thrown: one bad file does not stop the others.
    @discardableResult
    public mutating func load(paths: [String], progress: (@Sendable (LoadProgress) -> Bool)? = nil) -> LoadResult {
        let clock = ContinuousClock()
        let start = clock.now
        var result = loader.load(paths: paths, progress: progress)
        let read = clock.now
        result.issues += add(result.reports)
        var t = lastTimings
        t.readAndClean = read - start
        t.bytes = result.bytesRead
        lastTimings = t
        return result
    }

    /// How long the last load took, phase by phase.
    public struct Timings: Sendable {
        /// Reading files and cleaning reports.
        public var readAndClean: Duration = .zero
        /// Extracting meeting records.
        public var extraction: Duration = .zero
        /// Finding syndicated copies.
        public var witnesses: Duration = .zero
        /// Merging records into meetings.
        public var merge: Duration = .zero
        /// Bytes of input read.
        public var bytes = 0
        /// Reports added.
        public var reports = 0
        /// Bytes of cleaned text extracted from.
        public var cleanedBytes = 0
    }

    /// Timings of the last ``load(paths:progress:)`` or ``add(_:)``.
    public private(set) var lastTimings = Timings()

    /// Adds reports. A report whose id is taken is skipped when its text is the
    /// same (the same report loaded twice) and renamed `id~2`, `id~3`… otherwise.
    /// Returns a warning for each such case.
    @discardableResult
    public mutating func add(_ new: [Report]) -> [LoadIssue] {
        var issues: [LoadIssue] = []
        reports.reserveCapacity(reports.count + new.count)
        var added: [Report] = []
        for var r in new {
            if let existing = index[r.id] {
                if reports[existing].text == r.text {
                    issues.append(LoadIssue(severity: .warning, file: r.source,
                                            message: "report \(r.id) is already loaded from \(reports[existing].source) with the same text; skipped"))
                    continue
                }
                var n = 2
                while index["\(r.id)~\(n)"] != nil { n += 1 }
                let renamed = "\(r.id)~\(n)"
                issues.append(LoadIssue(severity: .warning, file: r.source,
                                        message: "id \(r.id) is already used by \(reports[existing].source); this report is loaded as \(renamed)"))
                r.id = renamed
            }
            index[r.id] = reports.count
            reports.append(r)
            added.append(r)
        }
        let clock = ContinuousClock()
        let start = clock.now
        records += Corpus.extract(added, with: extractor, parallel: loader.options.parallel)
        let extracted = clock.now
        findWitnesses()
        let witnessed = clock.now
        remerge()
        lastTimings = Timings(extraction: extracted - start, witnesses: witnessed - extracted, merge: clock.now - witnessed,
                              reports: added.count, cleanedBytes: added.reduce(0) { $0 + $1.text.utf8.count })
        return issues
    }

    /// Extracts records on all cores, in order.
    static func extract(_ reports: [Report], with extractor: Extractor, parallel: Bool) -> [MeetingRecord] {
        if !parallel { return reports.map(extractor.extract) }
        let slots = Slots<MeetingRecord>(count: reports.count)
        let chunk = 32
        let chunks = (reports.count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            for i in (c * chunk)..<min(reports.count, (c + 1) * chunk) { slots.set(i, extractor.extract(reports[i])) }
        }
        return (0..<reports.count).compactMap { slots.get($0) }
    }
}

/// A request the corpus cannot carry out, with the reason.
public struct CorpusError: Error, Sendable, CustomStringConvertible {
    /// What is wrong.
    public var description: String
    /// Creates an error.
    public init(_ description: String) { self.description = description }
}
