import Foundation
import GRDB
import Testing
@testable import Parley

/// Reports written for these tests: three accounts of one meeting in Hanoi (one of
/// them copied word for word by a fourth), and, for a later load, a meeting in Tokyo.
enum StoreFixture {
    static let hanoi: [(String, String)] = [
        ("a.txt", """
         date 2025-04-14 
        HANOI, April 14, 2025 — General Secretary Tô Lâm held talks with Chinese President Xi Jinping in Hanoi \
        on Monday. The two sides signed 45 cooperation documents, including one on railway connectivity.
        """),
        ("b.txt", """
         date 2025-04-15 
        Chinese President Xi Jinping and General Secretary Tô Lâm held talks in Hanoi on Monday, April 14. Xi \
        proposed closer cooperation on railways and agreed to import more durian from Vietnam.
        """),
        ("c.txt", """
         date 2025-04-15 
        Vietnamese leader Tô Lâm met President Xi Jinping in Hanoi on April 14, 2025. The two leaders agreed to \
        expand trade and to build a standard-gauge railway from Lao Cai to Hai Phong.
        """),
        ("e.txt", """
         date 2025-04-16 
        Vietnamese leader Tô Lâm met President Xi Jinping in Hanoi on April 14, 2025. The two leaders agreed to \
        expand trade and to build a standard-gauge railway from Lao Cai to Hai Phong.
        """),
    ]
    static let tokyo = ("d.txt", """
         date 2024-06-10 
        Tokyo, June 10, 2024 — Japanese Prime Minister Fumio Kishida held talks with Vietnamese Prime Minister \
        Phạm Minh Chính in Tokyo on Monday. The two sides agreed to expand trade and investment.
        """)

    /// A temporary folder with `hanoi/` and `tokyo/` report folders.
    static func folder() throws -> TempFolder {
        let t = try TempFolder()
        for (name, text) in hanoi { try t.write("hanoi/" + name, text + "\n") }
        try t.write("tokyo/" + tokyo.0, tokyo.1 + "\n")
        return t
    }
}

@Suite struct CorpusStoreTests {
    @Test func reopeningRestoresReportsRecordsWitnessesAndMeetingsWithTheSameIds() throws {
        let t = try StoreFixture.folder()
        defer { t.cleanup() }
        let file = t.path + "/corpus.parley"
        var first = try Corpus.open(database: file)
        #expect(first.store?.path == file)
        let result = first.load(paths: [t.path + "/hanoi"])
        #expect(!result.issues.contains { $0.severity == .error })
        #expect(first.lastSaveError == nil)
        #expect(first.report(id: "e")?.duplicateOf == "c")
        #expect(first.meetings.count == 1)

        let second = try Corpus.open(database: file)
        #expect(second.reports == first.reports)
        #expect(second.records == first.records)
        #expect(second.witnessGroups == first.witnessGroups)
        #expect(second.meetings == first.meetings)
        #expect(second.meetings.map(\.id) == ["2025-04-14-hanoi-talks"])
        #expect(second.restoreNotes.isEmpty)
        #expect(second.lastTimings.restore > .zero)
    }

    @Test func splitAndJoinPersistAcrossReopenAndSurviveALaterLoad() throws {
        let t = try StoreFixture.folder()
        defer { t.cleanup() }
        let file = t.path + "/corpus.parley"
        do {
            var corpus = try Corpus.open(database: file)
            corpus.load(paths: [t.path + "/hanoi"])
            let hanoi = try #require(corpus.meetings.first)
            try corpus.split(meeting: hanoi.id, reports: ["b"])
            #expect(corpus.meeting(ofReport: "b")?.reports == ["b"])
        }
        var reopened = try Corpus.open(database: file)
        #expect(reopened.overrides == [.split(["b"])])
        #expect(reopened.meeting(ofReport: "b")?.reports == ["b"])
        let apart = try #require(reopened.meeting(ofReport: "b")?.id)
        let rest = try #require(reopened.meeting(ofReport: "a")?.id)
        #expect(apart != rest)

        // A later load, in yet another process, keeps the split.
        reopened.load(paths: [t.path + "/tokyo"])
        var third = try Corpus.open(database: file)
        #expect(third.reports.count == 5)
        #expect(third.meeting(ofReport: "b")?.reports == ["b"])
        #expect(third.meetings.map(\.id) == reopened.meetings.map(\.id))

        // Joining back holds too.
        try third.join(rest, apart)
        let fourth = try Corpus.open(database: file)
        #expect(fourth.meeting(ofReport: "b")?.id == fourth.meeting(ofReport: "a")?.id)
        #expect(fourth.meetings.map(\.id) == third.meetings.map(\.id))
        #expect(try fourth.store?.info().overrides == 2)
    }

    @Test func loadingTheSameFilesAgainAddsNothing() throws {
        let t = try StoreFixture.folder()
        defer { t.cleanup() }
        let file = t.path + "/corpus.parley"
        var corpus = try Corpus.open(database: file)
        corpus.load(paths: [t.path + "/hanoi"])
        var again = try Corpus.open(database: file)
        let result = again.load(paths: [t.path + "/hanoi"])
        #expect(again.reports.count == 4)
        #expect(result.issues.allSatisfy { $0.severity == .warning })
        #expect(result.issues.contains { $0.message.contains("already loaded") })
        let info = try #require(try again.store?.info())
        #expect(info.reports == 4)
        #expect(info.loads == 2)
        #expect(info.writtenBy == ParleyLibrary.version)
        #expect(info.extraction == Extractor().fingerprint)
        #expect(try Corpus.open(database: file).meetings == corpus.meetings)
    }

    @Test func filesThatAreNotParleyCorporaGiveAnErrorNamingTheFile() throws {
        let t = try StoreFixture.folder()
        defer { t.cleanup() }
        func failure(_ path: String, readOnly: Bool = false) -> CorpusStoreError? {
            do {
                _ = try Corpus.open(database: path, readOnly: readOnly)
                return nil
            } catch {
                return error as? CorpusStoreError
            }
        }
        try t.write("text.parley", String(repeating: "not a database at all\n", count: 100))
        let text = try #require(failure(t.path + "/text.parley"))
        #expect(text.description.hasPrefix(t.path + "/text.parley: "))
        #expect(text.message.contains("not an SQLite database"))

        let other = t.path + "/other.sqlite"
        try DatabaseQueue(path: other).write { try $0.execute(sql: "CREATE TABLE photos (id INTEGER)") }
        #expect(try #require(failure(other)).message.contains("not a Parley corpus"))

        // A corpus cut short or overwritten in the middle.
        let good = t.path + "/good.parley"
        var corpus = try Corpus.open(database: good)
        corpus.load(paths: [t.path + "/hanoi"])
        let bytes = try Data(contentsOf: URL(fileURLWithPath: good))
        try t.write("short.parley", bytes.prefix(4096))
        #expect(try #require(failure(t.path + "/short.parley")).message.contains("damaged"))
        var scribbled = bytes
        for i in stride(from: 4096, to: scribbled.count, by: 3) { scribbled[i] = 0x5A }
        try t.write("scribbled.parley", scribbled)
        #expect(failure(t.path + "/scribbled.parley") != nil)

        #expect(try #require(failure(t.path)).message.contains("folder"))
        #expect(try #require(failure(t.path + "/missing/corpus.parley")).message.contains("cannot be opened"))
        #expect(try #require(failure(t.path + "/absent.parley", readOnly: true)).message.contains("no such file"))
    }

    @Test func aReadOnlyCorpusRestoresButRefusesChanges() throws {
        let t = try StoreFixture.folder()
        defer { t.cleanup() }
        let file = t.path + "/corpus.parley"
        var writable = try Corpus.open(database: file)
        writable.load(paths: [t.path + "/hanoi"])
        var corpus = try Corpus.open(database: file, readOnly: true)
        #expect(corpus.store?.isReadOnly == true)
        #expect(corpus.meetings == writable.meetings)
        let id = try #require(corpus.meetings.first?.id)
        #expect(throws: CorpusStoreError.self) { try corpus.split(meeting: id, reports: ["b"]) }
        #expect(corpus.overrides.isEmpty)
        let result = corpus.load(paths: [t.path + "/tokyo"])
        #expect(corpus.reports.count == 5)
        #expect(corpus.lastSaveError?.message.contains("read-only") == true)
        #expect(result.issues.contains { $0.severity == .error && $0.file == file })
        #expect(try Corpus.open(database: file).reports.count == 4)
    }

    @Test func recordsFromAnotherExtractorAreExtractedAgainOnOpen() throws {
        let t = try StoreFixture.folder()
        defer { t.cleanup() }
        let file = t.path + "/corpus.parley"
        var corpus = try Corpus.open(database: file)
        corpus.load(paths: [t.path + "/hanoi"])
        try DatabaseQueue(path: file).write { db in
            try db.execute(sql: "UPDATE meta SET value = 'parley 0.0.1 r0 data 0' WHERE key = 'extraction'")
            try db.execute(sql: "UPDATE report SET record = '{broken' WHERE id = 'a'")
        }
        let reopened = try Corpus.open(database: file)
        #expect(reopened.restoreNotes.count == 1)
        #expect(reopened.restoreNotes.first?.contains("parley 0.0.1 r0") == true)
        #expect(reopened.records == corpus.records)
        #expect(reopened.meetings == corpus.meetings)
        #expect(try reopened.store?.info().extraction == Extractor().fingerprint)
        #expect(try Corpus.open(database: file).restoreNotes.isEmpty)
    }

    @Test func aFileFromANewerParleyIsRefusedAndLeftAlone() throws {
        let t = try StoreFixture.folder()
        defer { t.cleanup() }
        let file = t.path + "/corpus.parley"
        _ = try Corpus.open(database: file)
        try DatabaseQueue(path: file).write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v999-future')") }
        #expect {
            _ = try Corpus.open(database: file)
        } throws: { error in
            (error as? CorpusStoreError)?.message.contains("newer version of Parley") == true
        }
        #expect(try DatabaseQueue(path: file).read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier") } == ["v1", "v999-future"])
    }

    @Test func rowsEditedByHandToOtherTypesAreReadWithoutCrashing() throws {
        let t = try StoreFixture.folder()
        defer { t.cleanup() }
        let file = t.path + "/corpus.parley"
        var corpus = try Corpus.open(database: file)
        corpus.load(paths: [t.path + "/hanoi"])
        try DatabaseQueue(path: file).write { db in
            try db.execute(sql: "UPDATE report SET published = 42, title = x'00ff', noise = 7, fingerprint = 'abc' WHERE id = 'a'")
            try db.execute(sql: "UPDATE witness SET copies = 3, similarity = 'high'")
            try db.execute(sql: "INSERT INTO override (kind, reports, at) VALUES ('join', '[\"a\"]', 'now'), ('split', 12, 'now')")
        }
        let reopened = try Corpus.open(database: file)
        #expect(reopened.reports.count == 4)
        #expect(reopened.report(id: "a")?.published == nil)
        #expect(reopened.overrides.isEmpty)
        // Every report is in a meeting. (Report a lost its date with the edit, so it may stand apart.)
        #expect(reopened.meetings.flatMap(\.reports).sorted() == ["a", "b", "c", "e"])
        // A text that is not UTF-8 either reads back or is named as damage; never a crash.
        try DatabaseQueue(path: file).write { try $0.execute(sql: "UPDATE report SET text = x'ff00fe' WHERE id = 'b'") }
        do { _ = try Corpus.open(database: file) } catch { #expect(error is CorpusStoreError) }
    }

    @Test func aChangeFromAnotherProcessIsNotOverwritten() throws {
        let t = try StoreFixture.folder()
        defer { t.cleanup() }
        let file = t.path + "/corpus.parley"
        var first = try Corpus.open(database: file)
        first.load(paths: [t.path + "/hanoi"])
        var mine = try Corpus.open(database: file)
        var theirs = try Corpus.open(database: file)
        theirs.load(paths: [t.path + "/tokyo"])
        #expect(theirs.lastSaveError == nil)
        let id = try #require(mine.meeting(ofReport: "b")?.id)
        #expect {
            try mine.split(meeting: id, reports: ["b"])
        } throws: { error in
            (error as? CorpusStoreError)?.message.contains("changed by another process") == true
        }
        var again = try Corpus.open(database: file)
        #expect(again.reports.count == 5)
        try again.split(meeting: id, reports: ["b"])
        #expect(try Corpus.open(database: file).overrides == [.split(["b"])])
    }

    @Test func aCorpusInMemoryHasNoStore() {
        var corpus = Corpus()
        corpus.add([Report(id: "x", source: "x.txt", text: "President Joe Biden met President Xi Jinping in Woodside on November 15, 2023.")])
        #expect(corpus.store == nil && corpus.lastSaveError == nil && corpus.restoreNotes.isEmpty)
    }
}
