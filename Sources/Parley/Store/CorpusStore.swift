import Foundation
import GRDB

/// A corpus kept in an SQLite file, so that it outlives the process.
///
/// A store holds what cannot be recomputed cheaply or must not be lost: every report
/// (metadata, cleaned text, the record of removed noise), the meeting record extracted
/// from each, the groups of syndicated copies, a log of the loads, and the user's
/// ``MeetingMerger/Override``s (`split` and `join`). Meetings are not stored: they are
/// merged again when the file is opened, from the same records and overrides in the same
/// order, so they come out with the same ids.
///
/// You rarely call a store's methods yourself: open a ``Corpus`` on it with
/// ``Corpus/open(database:readOnly:loader:extractor:merger:)`` or
/// ``Corpus/init(store:loader:extractor:merger:)``, and the corpus saves every
/// ``Corpus/add(_:)``, ``Corpus/load(paths:progress:)``, ``Corpus/split(meeting:reports:)``
/// and ``Corpus/join(_:_:)`` in one transaction each.
///
/// ```swift
/// var corpus = try Corpus.open(database: "summits.parley")   // created when missing
/// corpus.load(paths: ["exports/april.jsonl"])                 // read, extracted, saved
/// try corpus.split(meeting: "2025-04-14-hanoi-talks", reports: ["vna-0415"])
///
/// // Later, in another process: no source file is read again.
/// let again = try Corpus.open(database: "summits.parley")
/// print(again.reports.count, again.meetings.map(\.id))
/// ```
///
/// ## The file
///
/// The file is an ordinary SQLite database (`PRAGMA application_id` is `0x50524C59`,
/// "PRLY"), with the tables `report`, `witness`, `override`, `load` and `meta`; its
/// schema is versioned with GRDB migrations (table `grdb_migrations`). Opening a file
/// written by an older Parley upgrades its schema; a file written by a newer one is
/// refused rather than damaged. `meta` records the Parley version and the extraction
/// fingerprint (``Extractor/fingerprint``) the records were made with: when they differ
/// from the running extractor, the corpus extracts the stored text again on open and says
/// so in ``Corpus/restoreNotes``.
///
/// Every change is written in one transaction: a process killed in the middle of a save
/// leaves the file as it was before it. A second process opening the same file waits up
/// to five seconds for a writer to finish.
///
/// ## Errors
///
/// Opening or writing fails with a ``CorpusStoreError`` that names the file and says what
/// is wrong: not an SQLite file, an SQLite file that is not a Parley corpus, a damaged
/// file, a file written by a newer Parley, a read-only file asked to change.
public final class CorpusStore: Sendable {
    /// The file, as given.
    public let path: String
    /// Whether the file was opened read-only (asked for, or the file cannot be written):
    /// a read-only store restores a corpus, and any change to it fails with a clear error.
    public let isReadOnly: Bool
    let queue: DatabaseQueue

    /// `PRAGMA application_id` of Parley files: "PRLY".
    public static let applicationID: Int32 = 0x5052_4C59

    /// Opens the corpus file at `path`, creating it when it does not exist (unless
    /// `readOnly`), and brings its schema up to date.
    ///
    /// A file that exists but cannot be written is opened read-only. Throws a
    /// ``CorpusStoreError`` naming the file when it is not a Parley corpus, is damaged,
    /// was written by a newer Parley, or cannot be created.
    public init(path: String, readOnly: Bool = false) throws {
        self.path = path
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = fm.fileExists(atPath: path, isDirectory: &isDirectory)
        if exists && isDirectory.boolValue { throw CorpusStoreError(path: path, "is a folder, not a corpus file") }
        if !exists && readOnly { throw CorpusStoreError(path: path, "no such file") }
        if exists && !fm.isReadableFile(atPath: path) { throw CorpusStoreError(path: path, "cannot be read (permission denied)") }
        let ro = readOnly || (exists && !fm.isWritableFile(atPath: path))
        isReadOnly = ro
        var config = Configuration()
        config.readonly = ro
        config.busyMode = .timeout(5)
        config.label = "parley.store"
        do {
            queue = try DatabaseQueue(path: path, configuration: config)
        } catch {
            throw CorpusStoreError(path: path, error)
        }
        do {
            try prepare(newFile: !exists || (try? fm.attributesOfItem(atPath: path)[.size] as? Int) == 0)
        } catch let e as CorpusStoreError {
            try? queue.close()
            throw e
        } catch {
            try? queue.close()
            throw CorpusStoreError(path: path, error)
        }
    }

    /// Checks the file is a Parley corpus and brings its schema up to date.
    ///
    /// Two processes may create the same new file at once: while one is creating the
    /// schema, the other sees a file that is neither empty nor a corpus yet, or finds the
    /// tables it meant to create already there. Creation is then waited for (up to five
    /// seconds, like any other writer) and the file checked again, instead of refused.
    private func prepare(newFile: Bool) throws {
        var attempt = 0
        while true {
            do {
                try checkApplication()
                try migrate()
                return
            } catch {
                attempt += 1
                guard !isReadOnly, attempt < 100, newFile || (try? beingCreated()) == true else { throw error }
                usleep(50_000)
            }
        }
    }

    /// Whether the file looks like a corpus another process is creating or has just
    /// created: Parley's application id, or no tables but GRDB's migration log.
    private func beingCreated() throws -> Bool {
        try queue.read { db in
            let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            return id == CorpusStore.applicationID || (id == 0 && tables.allSatisfy { $0 == "grdb_migrations" })
        }
    }

    /// Refuses SQLite files that belong to something else.
    private func checkApplication() throws {
        let (appID, tables) = try queue.read { db -> (Int32, Int) in
            let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            let n = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0
            return (id, n)
        }
        if appID == CorpusStore.applicationID { return }
        if appID == 0 && tables == 0 {
            if isReadOnly { throw CorpusStoreError(path: path, "is an empty file opened read-only: it holds no corpus") }
            return
        }
        throw CorpusStoreError(path: path, "is an SQLite database but not a Parley corpus; give a new file name to create one")
    }

    /// The schema's migrations, in order. Add new ones at the end; never edit a shipped one.
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.execute(sql: "PRAGMA application_id = \(CorpusStore.applicationID)")
            try db.execute(sql: """
                CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
                CREATE TABLE load (
                    id INTEGER PRIMARY KEY,
                    at TEXT NOT NULL,            -- ISO 8601, UTC
                    paths TEXT NOT NULL,         -- JSON array of the paths given
                    added INTEGER NOT NULL,
                    errors INTEGER NOT NULL,
                    warnings INTEGER NOT NULL,
                    cancelled INTEGER NOT NULL,
                    issues TEXT NOT NULL         -- JSON array of LoadIssue
                );
                CREATE TABLE report (
                    seq INTEGER PRIMARY KEY,     -- the order reports were added in
                    id TEXT NOT NULL UNIQUE,
                    source TEXT NOT NULL,
                    url TEXT,
                    outlet TEXT,
                    outletEvidence TEXT,
                    published TEXT,              -- YYYY-MM-DD
                    dateline TEXT,
                    datelinePlace TEXT,
                    datelineMonthDay TEXT,       -- MM-DD
                    title TEXT,
                    text TEXT NOT NULL,          -- cleaned text
                    noise TEXT NOT NULL,         -- JSON array of Noise
                    duplicateOf TEXT,
                    record TEXT NOT NULL,        -- JSON MeetingRecord, without its fingerprint
                    fingerprint BLOB NOT NULL,   -- MeetingRecord.fingerprint, 8 bytes little-endian each
                    loadID INTEGER REFERENCES load(id)
                );
                CREATE TABLE witness (
                    original TEXT PRIMARY KEY NOT NULL,
                    copies TEXT NOT NULL,        -- JSON array of report ids
                    similarity REAL NOT NULL
                );
                CREATE TABLE override (
                    seq INTEGER PRIMARY KEY,     -- overrides apply in this order
                    kind TEXT NOT NULL CHECK (kind IN ('split', 'join')),
                    reports TEXT NOT NULL,       -- JSON array of report ids
                    at TEXT NOT NULL
                );
                """)
        }
        return m
    }

    /// The schema versions this Parley knows, oldest first.
    public static var schemaVersions: [String] { migrator.migrations }

    private func migrate() throws {
        let migrator = CorpusStore.migrator
        let (superseded, complete) = try queue.read { db in
            (try migrator.hasBeenSuperseded(db), try migrator.hasCompletedMigrations(db))
        }
        if superseded {
            throw CorpusStoreError(path: path, "was written by a newer version of Parley (this one knows schema \(CorpusStore.schemaVersions.joined(separator: ", "))); open it with that version")
        }
        if complete { return }
        if isReadOnly { throw CorpusStoreError(path: path, "needs a schema upgrade but is read-only") }
        try migrator.migrate(queue)
    }

    /// What a store file holds, in numbers.
    public struct Info: Sendable, Hashable, Codable {
        /// The file.
        public var path: String
        /// Whether it is open read-only.
        public var readOnly: Bool
        /// The schema versions applied.
        public var schema: [String]
        /// The Parley version that last wrote it.
        public var writtenBy: String?
        /// The extraction fingerprint of its records.
        public var extraction: String?
        /// Reports stored.
        public var reports: Int
        /// Overrides (`split`, `join`) stored.
        public var overrides: Int
        /// Loads logged.
        public var loads: Int
        /// The file's size in bytes.
        public var bytes: Int
    }

    /// Counts and versions of the file. Throws a ``CorpusStoreError`` when the file cannot be read.
    public func info() throws -> Info {
        do {
            return try queue.read { db in
                Info(path: path, readOnly: isReadOnly,
                     schema: try CorpusStore.migrator.appliedMigrations(db),
                     writtenBy: try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'parleyVersion'"),
                     extraction: try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'extraction'"),
                     reports: try Int.fetchOne(db, sql: "SELECT count(*) FROM report") ?? 0,
                     overrides: try Int.fetchOne(db, sql: "SELECT count(*) FROM override") ?? 0,
                     loads: try Int.fetchOne(db, sql: "SELECT count(*) FROM load") ?? 0,
                     bytes: (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
            }
        } catch {
            throw CorpusStoreError(path: path, error)
        }
    }

    // MARK: - Reading

    /// Everything a store holds, as read back.
    struct Contents {
        var reports: [Report] = []
        /// Parallel to `reports`; `nil` where the stored record could not be decoded.
        var records: [MeetingRecord?] = []
        var witnessGroups: [WitnessFinder.Group] = []
        var overrides: [MeetingMerger.Override] = []
        var extraction: String?
        /// The file's change count (`meta.generation`) when it was read.
        var generation = 0
    }

    /// Reads the whole corpus back, in the order it was added.
    func read() throws -> Contents {
        do {
            return try queue.read { db in
                var c = Contents()
                let decoder = JSONDecoder()
                let n = try Int.fetchOne(db, sql: "SELECT count(*) FROM report") ?? 0
                c.reports.reserveCapacity(n)
                var stored: [StoredRecord] = []
                stored.reserveCapacity(n)
                var seen: [String: Int] = [:]
                seen.reserveCapacity(n)
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT id, source, url, outlet, outletEvidence, published, dateline, datelinePlace,
                           datelineMonthDay, title, text, noise, duplicateOf, record, fingerprint
                    FROM report ORDER BY seq
                    """)
                func text(_ row: Row, _ i: Int) -> String? { String.fromDatabaseValue(row[i] as DatabaseValue) }
                while let row = try rows.next() {
                    guard let id = text(row, 0), let source = text(row, 1), let body = text(row, 10) else {
                        throw CorpusStoreError(path: path, "is damaged: report \(c.reports.count + 1) has no id, source or text")
                    }
                    // Ids are unique in the schema; a file edited by hand may break that. Refused, never trapped on.
                    if let earlier = seen.updateValue(c.reports.count + 1, forKey: id) {
                        throw CorpusStoreError(path: path, "is damaged: report '\(id)' is stored twice (reports \(earlier) and \(c.reports.count + 1) in the order added); remove one of them")
                    }
                    c.reports.append(Report(
                        id: id, source: source, url: text(row, 2), outlet: text(row, 3), outletEvidence: text(row, 4),
                        published: text(row, 5).flatMap { Day($0) }, dateline: text(row, 6), datelinePlace: text(row, 7),
                        datelineMonthDay: text(row, 8).flatMap(CorpusStore.monthDay), title: text(row, 9), text: body,
                        noise: [], duplicateOf: text(row, 12)))
                    stored.append(StoredRecord(record: text(row, 13) ?? "",
                                               fingerprint: Data.fromDatabaseValue(row[14] as DatabaseValue) ?? Data(),
                                               noise: text(row, 11) ?? "[]"))
                }
                let decoded = CorpusStore.decode(stored)
                c.records = decoded.map(\.record)
                for (i, d) in decoded.enumerated() { c.reports[i].noise = d.noise }
                let witnesses = try Row.fetchCursor(db, sql: "SELECT original, copies, similarity FROM witness ORDER BY rowid")
                while let row = try witnesses.next() {
                    guard let original = text(row, 0), let copies = text(row, 1),
                          let ids = try? decoder.decode([String].self, from: Data(copies.utf8)) else { continue }
                    c.witnessGroups.append(WitnessFinder.Group(original: original, copies: ids,
                                                               similarity: Double.fromDatabaseValue(row[2] as DatabaseValue) ?? 0))
                }
                let overrides = try Row.fetchCursor(db, sql: "SELECT kind, reports FROM override ORDER BY seq")
                while let row = try overrides.next() {
                    guard let kind = text(row, 0), let json = text(row, 1),
                          let ids = try? decoder.decode([String].self, from: Data(json.utf8)) else { continue }
                    switch (kind, ids.first, ids.last) {
                    case ("split", _, _): c.overrides.append(.split(ids))
                    case ("join", let a?, let b?) where ids.count == 2: c.overrides.append(.join(a, b))
                    default: continue
                    }
                }
                c.extraction = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'extraction'")
                c.generation = try CorpusStore.generation(db)
                return c
            }
        } catch {
            throw CorpusStoreError(path: path, error)
        }
    }

    static func monthDay(_ s: String) -> MonthDay? {
        let parts = s.split(separator: "-")
        guard parts.count == 2, let m = Int(parts[0]), let d = Int(parts[1]), (1...12).contains(m), (1...31).contains(d) else { return nil }
        return MonthDay(month: m, day: d)
    }

    // MARK: - Writing

    /// One load, for the `load` log.
    struct LoadLog {
        var paths: [String]
        var issues: [LoadIssue]
        var cancelled: Bool
    }

    /// Saves added reports with their records, the new duplicate links of reports already
    /// stored, and the witness groups, in one transaction.
    func save(added: [Report], records: [MeetingRecord], duplicateChanges: [(id: String, duplicateOf: String?)],
              witnessGroups: [WitnessFinder.Group], extraction: String, log: LoadLog?, expecting generation: Int) throws -> Int {
        let encoded = try CorpusStore.encode(records, noise: added.map(\.noise))
        return try write(expecting: generation) { db in
            let encoder = JSONEncoder()
            func json<T: Encodable>(_ value: T) throws -> String { String(decoding: try encoder.encode(value), as: UTF8.self) }
            var loadID: Int64?
            if let log {
                let errors = log.issues.filter { $0.severity == .error }.count
                try db.execute(sql: "INSERT INTO load (at, paths, added, errors, warnings, cancelled, issues) VALUES (?, ?, ?, ?, ?, ?, ?)",
                               arguments: [CorpusStore.now(), try json(log.paths), added.count, errors, log.issues.count - errors,
                                           log.cancelled, try json(log.issues)])
                loadID = db.lastInsertedRowID
            }
            let insert = try db.cachedStatement(sql: """
                INSERT INTO report (id, source, url, outlet, outletEvidence, published, dateline, datelinePlace,
                                    datelineMonthDay, title, text, noise, duplicateOf, record, fingerprint, loadID)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for (r, record) in zip(added, encoded) {
                try insert.execute(arguments: [
                    r.id, r.source, r.url, r.outlet, r.outletEvidence, r.published?.description, r.dateline, r.datelinePlace,
                    r.datelineMonthDay?.description, r.title, r.text, record.noise, r.duplicateOf, record.record, record.fingerprint, loadID,
                ])
            }
            let update = try db.cachedStatement(sql: "UPDATE report SET duplicateOf = ? WHERE id = ?")
            for change in duplicateChanges { try update.execute(arguments: [change.duplicateOf, change.id]) }
            try db.execute(sql: "DELETE FROM witness")
            let witness = try db.cachedStatement(sql: "INSERT INTO witness (original, copies, similarity) VALUES (?, ?, ?)")
            for g in witnessGroups { try witness.execute(arguments: [g.original, try json(g.copies), g.similarity]) }
            try setMeta(db, extraction: extraction)
        }
    }

    /// Replaces stored records and witness groups after the stored text was extracted again.
    func replaceDerived(records: [MeetingRecord], duplicateChanges: [(id: String, duplicateOf: String?)],
                        witnessGroups: [WitnessFinder.Group], extraction: String, expecting generation: Int) throws -> Int {
        let encoded = try CorpusStore.encode(records, noise: nil)
        return try write(expecting: generation) { db in
            let encoder = JSONEncoder()
            let update = try db.cachedStatement(sql: "UPDATE report SET record = ?, fingerprint = ? WHERE id = ?")
            for (r, e) in zip(records, encoded) { try update.execute(arguments: [e.record, e.fingerprint, r.report]) }
            let duplicate = try db.cachedStatement(sql: "UPDATE report SET duplicateOf = ? WHERE id = ?")
            for change in duplicateChanges { try duplicate.execute(arguments: [change.duplicateOf, change.id]) }
            try db.execute(sql: "DELETE FROM witness")
            let witness = try db.cachedStatement(sql: "INSERT INTO witness (original, copies, similarity) VALUES (?, ?, ?)")
            for g in witnessGroups { try witness.execute(arguments: [g.original, String(decoding: try encoder.encode(g.copies), as: UTF8.self), g.similarity]) }
            try setMeta(db, extraction: extraction)
        }
    }

    /// Appends a user's override of the merge.
    func append(_ override: MeetingMerger.Override, expecting generation: Int) throws -> Int {
        let (kind, ids): (String, [String])
        switch override {
        case .split(let r): (kind, ids) = ("split", r)
        case .join(let a, let b): (kind, ids) = ("join", [a, b])
        }
        return try write(expecting: generation) { db in
            try db.execute(sql: "INSERT INTO override (kind, reports, at) VALUES (?, ?, ?)",
                           arguments: [kind, String(decoding: try JSONEncoder().encode(ids), as: UTF8.self), CorpusStore.now()])
            try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('parleyVersion', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                           arguments: [ParleyLibrary.version])
        }
    }

    private func setMeta(_ db: Database, extraction: String) throws {
        let upsert = try db.cachedStatement(sql: "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        try upsert.execute(arguments: ["parleyVersion", ParleyLibrary.version])
        try upsert.execute(arguments: ["extraction", extraction])
    }

    /// Runs `body` in one transaction, refusing when read-only, and names the file in any
    /// error. Returns the file's new change count.
    ///
    /// Each write raises the file's change count. `generation` is the count the corpus
    /// value saving last saw: a write finding another is refused, since that corpus no
    /// longer matches the file, whether another process wrote since or another copy of the
    /// same `Corpus` did.
    private func write(expecting generation: Int, _ body: (Database) throws -> Void) throws -> Int {
        if isReadOnly { throw CorpusStoreError(path: path, "is read-only: changes cannot be saved") }
        do {
            return try queue.write { db -> Int in
                let current = try CorpusStore.generation(db)
                guard current == generation else { throw CorpusStoreError(path: path, CorpusStore.changedElsewhere) }
                try body(db)
                try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('generation', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                               arguments: [String(current + 1)])
                return current + 1
            }
        } catch let e as CorpusStoreError {
            throw e
        } catch {
            throw CorpusStoreError(path: path, error)
        }
    }

    /// Why a save from a corpus that no longer matches the file is refused.
    static let changedElsewhere = "was changed by another process since it was opened; open it again to work on the corpus as it is now"

    /// A record as stored: JSON without the fingerprint, the fingerprint as bytes, and the
    /// noise of its report as JSON.
    struct StoredRecord: Sendable {
        var record: String
        var fingerprint: Data
        var noise = ""
    }

    /// Encodes records (and the noise of their reports) to JSON on all cores, in order.
    static func encode(_ records: [MeetingRecord], noise: [[Noise]]?) throws -> [StoredRecord] {
        let slots = Slots<Result<StoredRecord, any Error>>(count: records.count)
        let chunk = 64
        DispatchQueue.concurrentPerform(iterations: (records.count + chunk - 1) / chunk) { c in
            let encoder = JSONEncoder()
            for i in (c * chunk)..<min(records.count, (c + 1) * chunk) {
                slots.set(i, Result {
                    var r = records[i]
                    var bytes = Data(capacity: r.fingerprint.count * 8)
                    for h in r.fingerprint { withUnsafeBytes(of: h.littleEndian) { bytes.append(contentsOf: $0) } }
                    r.fingerprint = []
                    let n = try noise.map { String(decoding: try encoder.encode($0[i]), as: UTF8.self) } ?? ""
                    return StoredRecord(record: String(decoding: try encoder.encode(r), as: UTF8.self), fingerprint: bytes, noise: n)
                })
            }
        }
        return try records.indices.map { i in
            guard let r = slots.get(i) else { throw CorpusStoreError(path: "", "a record was not encoded") }
            return try r.get()
        }
    }

    /// Decodes stored records and noise on all cores, in order; the record is `nil` where it
    /// does not decode (it is then extracted again from the report's text).
    static func decode(_ stored: [StoredRecord]) -> [(record: MeetingRecord?, noise: [Noise])] {
        let slots = Slots<(record: MeetingRecord?, noise: [Noise])>(count: stored.count)
        let chunk = 64
        DispatchQueue.concurrentPerform(iterations: (stored.count + chunk - 1) / chunk) { c in
            let decoder = JSONDecoder()
            for i in (c * chunk)..<min(stored.count, (c + 1) * chunk) {
                let noise = (try? decoder.decode([Noise].self, from: Data(stored[i].noise.utf8))) ?? []
                guard var r = try? decoder.decode(MeetingRecord.self, from: Data(stored[i].record.utf8)),
                      stored[i].fingerprint.count % 8 == 0 else {
                    slots.set(i, (nil, noise))
                    continue
                }
                var hashes: [UInt64] = []
                hashes.reserveCapacity(stored[i].fingerprint.count / 8)
                var value: UInt64 = 0, shift: UInt64 = 0
                for b in stored[i].fingerprint {
                    value |= UInt64(b) << shift
                    shift += 8
                    if shift == 64 {
                        hashes.append(value)
                        value = 0
                        shift = 0
                    }
                }
                r.fingerprint = hashes
                slots.set(i, (r, noise))
            }
        }
        return stored.indices.map { slots.get($0) ?? (nil, []) }
    }

    static func generation(_ db: Database) throws -> Int {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'generation'").flatMap { Int($0) } ?? 0
    }

    static func now() -> String {
        ISO8601DateFormatter().string(from: Date())
    }
}

/// Something wrong with a corpus file: it names the file and says what is wrong.
public struct CorpusStoreError: Error, Sendable, CustomStringConvertible {
    /// The file.
    public var path: String
    /// What is wrong, e.g. `is not an SQLite database`.
    public var message: String

    /// Creates an error.
    public init(path: String, _ message: String) {
        self.path = path
        self.message = message
    }

    /// Explains an SQLite error in the terms of a corpus file.
    init(path: String, _ error: any Error) {
        self.path = path
        guard let e = error as? DatabaseError else {
            message = "\(error)"
            return
        }
        let detail = e.message ?? "\(e.resultCode)"
        switch e.resultCode.primaryResultCode {
        case .SQLITE_NOTADB: message = "is not an SQLite database, so not a Parley corpus (\(detail))"
        case .SQLITE_CORRUPT: message = "is damaged (\(detail)); restore it from a copy, or load the reports into a new file"
        case .SQLITE_READONLY: message = "is read-only: changes cannot be saved (\(detail))"
        case .SQLITE_CANTOPEN: message = "cannot be opened; does its folder exist and can it be written? (\(detail))"
        case .SQLITE_BUSY, .SQLITE_LOCKED: message = "is in use by another process; try again when it is done (\(detail))"
        case .SQLITE_FULL: message = "could not be written: the disk is full (\(detail))"
        case .SQLITE_IOERR: message = "could not be read or written (\(detail))"
        default: message = detail
        }
    }

    /// `FILE: what is wrong`.
    public var description: String { "\(path): \(message)" }
}
