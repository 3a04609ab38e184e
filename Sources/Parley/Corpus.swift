import Foundation

/// The state Parley works on: the reports read so far and what is derived from them.
///
/// A `Corpus` is a value: copying it is cheap and each copy evolves on its own. A corpus
/// opened on a ``CorpusStore`` (an SQLite file) saves every change to it as well; copies
/// of such a corpus share the file, so keep one of them as the one that changes: a save
/// from a copy that another copy's save has left behind is refused, as one after another
/// process's save is, rather than overwrite that work.
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

    /// The file this corpus is saved in, when it was opened on one; `nil` for a corpus
    /// that lives in memory only.
    public private(set) var store: CorpusStore?
    /// What happened when the corpus was restored from its ``store`` and deserves telling,
    /// e.g. that the stored text was extracted again because the file was written by
    /// another extractor. Empty for a corpus in memory.
    public private(set) var restoreNotes: [String] = []
    /// Why the last ``add(_:)`` or ``load(paths:progress:)`` could not be saved to the
    /// ``store``; `nil` when it was saved, or when there is no store.
    public private(set) var lastSaveError: CorpusStoreError?
    /// The ``store``'s change count as this value last read or wrote it. A copy of the
    /// corpus that falls behind another copy's save cannot save over it.
    private var storeGeneration = 0

    /// Creates an empty corpus.
    public init(loader: ReportLoader = ReportLoader(), extractor: Extractor = Extractor(), merger: MeetingMerger = MeetingMerger()) {
        self.loader = loader
        self.extractor = extractor
        self.merger = merger
    }

    /// Restores the corpus saved in `store`, without reading any source file again, and
    /// saves every later change to it: reports added or loaded, splits and joins.
    ///
    /// Meetings are merged again from the stored records and overrides, so they come out
    /// as the process that saved them showed them, with the same ids. When the stored
    /// records were made by another extractor (see ``Extractor/fingerprint``), or one
    /// cannot be read back, the stored text is extracted again and the records are saved
    /// anew; ``restoreNotes`` says so. Throws a ``CorpusStoreError`` naming the file when
    /// it cannot be read.
    public init(store: CorpusStore, loader: ReportLoader = ReportLoader(), extractor: Extractor = Extractor(),
                merger: MeetingMerger = MeetingMerger()) throws {
        self.init(loader: loader, extractor: extractor, merger: merger)
        let clock = ContinuousClock()
        let start = clock.now
        let contents = try store.read()
        self.store = store
        storeGeneration = contents.generation
        reports = contents.reports
        index.reserveCapacity(reports.count)
        for (i, r) in reports.enumerated() { index[r.id] = i }
        witnessGroups = contents.witnessGroups
        overrides = contents.overrides
        let fingerprint = extractor.fingerprint
        let stale = contents.extraction != fingerprint
        let unreadable = contents.records.indices.filter { contents.records[$0] == nil }
        if stale || !unreadable.isEmpty {
            let redo = stale ? Array(reports.indices) : unreadable
            let fresh = Corpus.extract(redo.map { reports[$0] }, with: extractor, parallel: loader.options.parallel)
            var all = contents.records
            for (i, r) in zip(redo, fresh) { all[i] = r }
            records = all.compactMap { $0 }
            if records.count != reports.count { records = Corpus.extract(reports, with: extractor, parallel: loader.options.parallel) }
            let before = reports.map(\.duplicateOf)
            if stale { findWitnesses() }
            let why = stale
                ? "its records were made by \(contents.extraction ?? "an unknown extractor"); this is \(fingerprint)"
                : "\(unreadable.count) stored record\(unreadable.count == 1 ? "" : "s") could not be read back"
            if !redo.isEmpty {
                do {
                    storeGeneration = try store.replaceDerived(records: redo.map { records[$0] }, duplicateChanges: changes(from: before),
                                                               witnessGroups: witnessGroups, extraction: fingerprint, expecting: storeGeneration)
                    restoreNotes.append("\(store.path): extracted the stored text of \(redo.count) report\(redo.count == 1 ? "" : "s") again: \(why)")
                } catch {
                    restoreNotes.append("\(store.path): extracted the stored text of \(redo.count) report\(redo.count == 1 ? "" : "s") again (\(why)), but could not save the new records: \(error)")
                }
            }
        } else {
            records = contents.records.compactMap { $0 }
        }
        remerge()
        lastTimings = Timings(restore: clock.now - start)
    }

    /// Opens the corpus saved in the SQLite file at `path`, creating the file when it does
    /// not exist: ``CorpusStore/init(path:readOnly:)`` then ``init(store:loader:extractor:merger:)``.
    ///
    /// ```swift
    /// var corpus = try Corpus.open(database: "summits.parley")
    /// corpus.load(paths: ["exports/may.csv"])     // saved before `load` returns
    /// ```
    public static func open(database path: String, readOnly: Bool = false, loader: ReportLoader = ReportLoader(),
                            extractor: Extractor = Extractor(), merger: MeetingMerger = MeetingMerger()) throws -> Corpus {
        try Corpus(store: CorpusStore(path: path, readOnly: readOnly), loader: loader, extractor: extractor, merger: merger)
    }

    /// Reports whose `duplicateOf` is not what `before` (parallel to the first reports) says.
    private func changes(from before: [String?]) -> [(id: String, duplicateOf: String?)] {
        zip(before, reports).compactMap { old, r in old == r.duplicateOf ? nil : (r.id, r.duplicateOf) }
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
    ///
    /// The meetings are merged again before anything is saved: once `cancellation` is
    /// requested the merge stops soon and ``CancelledError`` is thrown, and the corpus
    /// and its ``store`` are as they were.
    public mutating func split(meeting id: String, reports: [String], cancellation: Cancellation = .never) throws {
        guard let m = meeting(id: id) else { throw CorpusError("no meeting '\(id)'") }
        for r in reports where !m.reports.contains(r) { throw CorpusError("report '\(r)' is not in meeting \(id)") }
        guard reports.count < m.reports.count else { throw CorpusError("name some but not all of the meeting's reports") }
        try apply(.split(reports), cancellation: cancellation)
    }

    /// Forces two meetings together. The choice holds over later loads.
    ///
    /// Once `cancellation` is requested the merge stops soon and ``CancelledError`` is
    /// thrown; the corpus and its ``store`` are as they were.
    public mutating func join(_ a: String, _ b: String, cancellation: Cancellation = .never) throws {
        guard let x = meeting(id: a) else { throw CorpusError("no meeting '\(a)'") }
        guard let y = meeting(id: b) else { throw CorpusError("no meeting '\(b)'") }
        guard let rx = x.reports.first, let ry = y.reports.first, x.id != y.id else { throw CorpusError("a meeting cannot be joined with itself") }
        try apply(.join(rx, ry), cancellation: cancellation)
    }

    /// Merges with one more override, then saves it and takes the new meetings: a
    /// cancelled or failed merge or save changes nothing.
    private mutating func apply(_ override: MeetingMerger.Override, cancellation: Cancellation) throws {
        let merged = try merger.merge(records, overrides: overrides + [override], copies: witnessGroups, cancellation: cancellation)
        if let store { storeGeneration = try store.append(override, expecting: storeGeneration) }
        overrides.append(override)
        take(merged)
    }

    private mutating func remerge() {
        take(merger.merge(records, overrides: overrides, copies: witnessGroups))
    }

    /// Takes merged meetings and indexes them.
    private mutating func take(_ merged: [Meeting]) {
        meetings = merged
        meetingIndex = Dictionary(minimumCapacity: meetings.count)
        meetingOfReport = Dictionary(minimumCapacity: records.count)
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
        result.issues += add(result.reports, log: CorpusStore.LoadLog(paths: paths, issues: result.issues, cancelled: result.cancelled))
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
        /// Saving to the corpus's ``Corpus/store``.
        public var save: Duration = .zero
        /// Restoring the corpus from its ``Corpus/store`` (set by opening, zero after a load).
        public var restore: Duration = .zero
    }

    /// Timings of the last ``load(paths:progress:)`` or ``add(_:)``.
    public private(set) var lastTimings = Timings()

    /// Adds reports. A report whose id is taken is skipped when its text is the
    /// same (the same report loaded twice) and renamed `id~2`, `id~3`… otherwise.
    /// Returns a warning for each such case.
    ///
    /// With a ``store``, the added reports and their records are saved in one transaction
    /// before this returns; a failure to save is returned as an error naming the file (the
    /// reports stay in this corpus, in memory).
    @discardableResult
    public mutating func add(_ new: [Report]) -> [LoadIssue] {
        add(new, log: CorpusStore.LoadLog(paths: [], issues: [], cancelled: false))
    }

    private mutating func add(_ new: [Report], log: CorpusStore.LoadLog) -> [LoadIssue] {
        var issues: [LoadIssue] = []
        reports.reserveCapacity(reports.count + new.count)
        var added: [Report] = []
        var skipped: [LoadIssue] = []
        for var r in new {
            if let existing = index[r.id] {
                if reports[existing].text == r.text {
                    skipped.append(LoadIssue(severity: .warning, file: r.source,
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
        // Loading a folder again into a saved corpus skips most of it: one line says so.
        if skipped.count > 3, let first = skipped.first {
            issues.append(LoadIssue(severity: .warning, file: first.file,
                                    message: "\(skipped.count) reports are already loaded with the same text (this one and \(skipped.count - 1) more); skipped"))
        } else {
            issues += skipped
        }
        let clock = ContinuousClock()
        let start = clock.now
        records += Corpus.extract(added, with: extractor, parallel: loader.options.parallel)
        let extracted = clock.now
        let before = reports.prefix(reports.count - added.count).map(\.duplicateOf)
        findWitnesses()
        let witnessed = clock.now
        remerge()
        let merged = clock.now
        lastSaveError = nil
        if let store, !(added.isEmpty && store.isReadOnly) {
            var log = log
            log.issues += issues
            let stored = reports.suffix(added.count)
            do {
                storeGeneration = try store.save(added: Array(stored), records: Array(records.suffix(added.count)), duplicateChanges: changes(from: before),
                                                 witnessGroups: witnessGroups, extraction: extractor.fingerprint, log: log,
                                                 expecting: storeGeneration)
            } catch {
                let e = error as? CorpusStoreError ?? CorpusStoreError(path: store.path, error)
                lastSaveError = e
                issues.append(LoadIssue(severity: .error, file: store.path,
                                        message: "could not save \(added.count) report\(added.count == 1 ? "" : "s"), kept in memory only: \(e.message)"))
            }
        }
        lastTimings = Timings(extraction: extracted - start, witnesses: witnessed - extracted, merge: merged - witnessed,
                              reports: added.count, cleanedBytes: added.reduce(0) { $0 + $1.text.utf8.count }, save: clock.now - merged)
        return issues
    }

    /// Extracts records on all cores, in order.
    static func extract(_ reports: [Report], with extractor: Extractor, parallel: Bool) -> [MeetingRecord] {
        if !parallel { return reports.map(extractor.extract) }
        return Slots<MeetingRecord>.collect(count: reports.count, chunk: 32) { extractor.extract(reports[$0]) } ?? []
    }
}

/// A request the corpus cannot carry out, with the reason.
public struct CorpusError: Error, Sendable, CustomStringConvertible {
    /// What is wrong.
    public var description: String
    /// Creates an error.
    public init(_ description: String) { self.description = description }
}
