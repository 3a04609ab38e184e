import Foundation
import Testing
import GRDB
@testable import Parley

/// A corpus holding the given `.txt` reports, read from memory.
func corpus(ofTexts texts: [(name: String, text: String)]) -> Corpus {
    var c = Corpus(loader: ReportLoader(options: LoadOptions(parallel: false)))
    var reports: [Report] = []
    for t in texts { reports += c.loader.load(bytes: Array(t.text.utf8), name: t.name).reports }
    c.add(reports)
    return c
}

@Suite struct FuzzerFoundCrashTests {
    /// Found by mutation: an "and" right at the end of an agreement's words made an empty range of candidate subjects.
    @Test func anAgreementEndingInCommaAndComparesWithoutTrapping() throws {
        let c = corpus(ofTexts: [("short.txt", "Nguyen Phu Trong held talks in Hanoi,AGREED ON Y,AND B")])
        for m in c.meetings {
            _ = try c.compare(meeting: m.id)
        }
        let d = try c.diff(c.reports[0].id, c.reports[0].id)
        _ = d
    }
}

@Suite struct BrokenCSVTests {
    func load(_ csv: String) -> LoadResult {
        ReportLoader(options: LoadOptions(parallel: false)).load(bytes: Array(csv.utf8), name: "export.csv")
    }

    @Test func anUnclosedQuoteCostsOnlyItsOwnRow() {
        let csv = """
        id,outlet,text
        a1,Wire,"The first report, whole."
        a2,Wire,"This quote is never closed.
        a3,Wire,"In a warm atmosphere, the two leaders met.

        They agreed to expand trade, and to meet again."
        a4,Wire,"Fourth, with ""doubled"" quotes."
        a5,Wire,Fifth plain row.

        """
        let r = load(csv)
        #expect(r.reports.map(\.id) == ["a1", "a3", "a4", "a5"])
        #expect(r.reports.first { $0.id == "a3" }?.text.contains("They agreed to expand trade") == true)
        #expect(r.reports.first { $0.id == "a4" }?.text == "Fourth, with \"doubled\" quotes.")
        #expect(r.reports.map(\.source) == ["export.csv:2", "export.csv:4", "export.csv:7", "export.csv:8"])
        #expect(r.issues.count == 1)
        let issue = r.issues.first
        #expect(issue?.file == "export.csv" && issue?.line == 3 && issue?.severity == .error)
        #expect(issue?.description.hasPrefix("export.csv:3: error: a quoted field") == true)
        #expect(issue?.message.contains("(message:") == false)
    }

    @Test func fragmentsOfABrokenRowNeverBecomeReports() {
        let csv = "id,text\nb1,\"Opening \"bad\" quote, then more\nstill the same row\nand its end.\"\nb2,Good row.\n"
        let r = load(csv)
        #expect(r.reports.map(\.id) == ["b2"])
        #expect(r.issues.map(\.line) == [2])
        #expect(r.issues.first?.message.contains("lines 2–4") == true)
    }

    @Test func aQuoteLeftOpenToTheEndOfTheFileNamesItsLine() {
        let r = load("id,text\nc1,Fine.\nc2,\"Never closed\nc3,Also fine.\n")
        #expect(r.reports.map(\.id) == ["c1", "c3"])
        #expect(r.issues.map(\.line) == [3])
    }

    @Test func aRowWithTooManyFieldsIsNamedNotTruncated() {
        let r = load("id,text\nd1,Unquoted, with a comma.\nd2,Fine.\n")
        #expect(r.reports.map(\.id) == ["d2"])
        #expect(r.issues.first?.line == 2 && r.issues.first?.message.contains("3 fields") == true)
    }
}

/// Counts how often a writer found a reader blocked on a FIFO, and unblocks it.
final class FIFOWatch: @unchecked Sendable {
    private let lock = NSLock()
    private var stop = false
    private var blockedReaders = 0
    let path: String
    init(path: String) { self.path = path }

    func start() -> Thread {
        let t = Thread { [self] in
            while !self.stopped {
                // Opening for writing without blocking succeeds only when a reader has the FIFO open.
                let fd = open(self.path, O_WRONLY | O_NONBLOCK)
                if fd >= 0 {
                    self.lock.lock(); self.blockedReaders += 1; self.lock.unlock()
                    close(fd)
                }
                usleep(20_000)
            }
        }
        t.start()
        return t
    }
    var stopped: Bool { lock.lock(); defer { lock.unlock() }; return stop }
    func finish() -> Int { lock.lock(); defer { lock.unlock() }; stop = true; return blockedReaders }
}

@Suite struct SpecialFileTests {
    @Test func aFIFONamedOnTheCommandLineIsRefusedWithoutOpeningIt() throws {
        let t = try TempFolder()
        defer { t.cleanup() }
        let fifo = t.url.appendingPathComponent("pipe.txt").path
        #expect(mkfifo(fifo, 0o600) == 0)
        try t.write("good.txt", "HANOI — The two ministers met on Monday and agreed to expand trade.")
        let watch = FIFOWatch(path: fifo)
        _ = watch.start()
        let r = ReportLoader(options: LoadOptions(parallel: false)).load(paths: [fifo, t.url.appendingPathComponent("good.txt").path])
        let blocked = watch.finish()
        #expect(blocked == 0, "the loader opened the FIFO and waited for a writer")
        #expect(r.reports.map(\.id) == ["good"])
        #expect(r.issues.count == 1 && r.issues.first?.file == fifo && r.issues.first?.message.contains("FIFO") == true)
        #expect(r.issues.first?.severity == .error)
    }
}

@Suite struct TextEncodingInputTests {
    @Test func utf16FilesAreDecoded() {
        let text = "HANOI — Tô Lâm met Xi Jinping on Monday."
        let loader = ReportLoader(options: LoadOptions(parallel: false))
        let le: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let bare: [UInt8] = "HANOI - The two ministers met.".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        for bytes in [le, be, bare] {
            let r = loader.load(bytes: bytes, name: "wide.txt")
            #expect(r.issues.isEmpty, "\(r.issues)")
            #expect(r.reports.first?.text.contains("met") == true)
        }
        #expect(loader.load(bytes: le, name: "wide.txt").reports.first?.text.contains("Tô Lâm") == true)
    }

    @Test func aTextFieldOfTheWrongTypeIsNamedAsSuch() {
        let lines = #"{"id":"n","text":42}"# + "\n" + #"{"id":"o","text":{"a":1}}"# + "\n" + #"{"id":"m"}"# + "\n"
        let r = ReportLoader(options: LoadOptions(parallel: false)).load(bytes: Array(lines.utf8), name: "feed.jsonl")
        #expect(r.issues.map(\.line) == [1, 2, 3])
        #expect(r.issues[0].message.contains("number"))
        #expect(r.issues[1].message.contains("object"))
        #expect(r.issues[2].message.contains("no \"text\" field"))
    }
}

@Suite struct HandEditedCorpusFileTests {
    /// Copies the report table into one without its UNIQUE constraint, as a hand edit might.
    func duplicateRow(_ file: String, id: String) throws {
        try DatabaseQueue(path: file).write { db in
            try db.execute(sql: "CREATE TABLE r2 AS SELECT * FROM report")
            try db.execute(sql: "INSERT INTO r2 SELECT * FROM report WHERE id = ?", arguments: [id])
            try db.execute(sql: "UPDATE r2 SET seq = seq + 1000 WHERE rowid = (SELECT max(rowid) FROM r2)")
            try db.execute(sql: "DROP TABLE report")
            try db.execute(sql: "ALTER TABLE r2 RENAME TO report")
        }
    }

    @Test func aDuplicatedReportRowIsRefusedNamingTheFile() throws {
        let t = try StoreFixture.folder()
        defer { t.cleanup() }
        let file = t.path + "/corpus.parley"
        var corpus = try Corpus.open(database: file)
        corpus.load(paths: [t.path + "/hanoi"])
        try duplicateRow(file, id: "b")
        #expect {
            _ = try Corpus.open(database: file)
        } throws: { error in
            guard let e = error as? CorpusStoreError else { return false }
            return e.path == file && e.message.contains("'b'")
        }
    }

    @Test func duplicatesInStoredWitnessGroupsAndOverridesAreTolerated() throws {
        let t = try StoreFixture.folder()
        defer { t.cleanup() }
        let file = t.path + "/corpus.parley"
        var corpus = try Corpus.open(database: file)
        corpus.load(paths: [t.path + "/hanoi"])
        try DatabaseQueue(path: file).write { db in
            try db.execute(sql: "DELETE FROM witness")
            try db.execute(sql: #"INSERT INTO witness (original, copies, similarity) VALUES ('a', '["b","b","a"]', 0.9), ('c', '["b"]', 0.9)"#)
            try db.execute(sql: #"INSERT INTO override (kind, reports, at) VALUES ('split', '["b","b"]', 'now'), ('join', '["a","a"]', 'now')"#)
        }
        let reopened = try Corpus.open(database: file)
        #expect(reopened.reports.count == corpus.reports.count)
        #expect(Set(reopened.meetings.flatMap(\.reports)) == Set(corpus.reports.map(\.id)))
        #expect(reopened.meetings.flatMap(\.reports).count == corpus.reports.count, "each report in one meeting once")
        for m in reopened.meetings { _ = try reopened.compare(meeting: m.id) }
    }
}

@Suite struct SplitKeepsTheStayingMeetingsIdTests {
    @Test func theLargerPartKeepsTheIdAndOnlyTheNewPartGetsANewOne() throws {
        let c = corpus(ofTexts: StoreFixture.hanoi.map { (name: $0.0, text: $0.1) })
        let original = try #require(c.meeting(ofReport: "a"))
        #expect(original.reports.count >= 3)
        var one = c
        try one.split(meeting: original.id, reports: ["b"])
        #expect(one.meeting(ofReport: "a")?.id == original.id, "the part that stays keeps its id")
        #expect(one.meeting(ofReport: "b")?.id != original.id)
        #expect(one.meeting(id: original.id)?.reports.contains("b") == false)
        // Splitting off most of the reports: they are the part that keeps the id.
        var most = c
        let moved = original.reports.filter { $0 != "a" }
        try most.split(meeting: original.id, reports: moved)
        #expect(most.meeting(ofReport: moved[0])?.id == original.id)
        #expect(most.meeting(ofReport: "a")?.id != original.id)
        // Ids are the same whatever order the reports came in.
        let reversed = corpus(ofTexts: StoreFixture.hanoi.reversed().map { (name: $0.0, text: $0.1) })
        var again = reversed
        try again.split(meeting: original.id, reports: ["b"])
        #expect(Set(again.meetings.map(\.id)) == Set(one.meetings.map(\.id)))
    }
}

@Suite struct StaleCorpusCopyTests {
    @Test func aSaveFromAStaleCopyIsRefusedAndTheFileKeepsTheOtherWrite() throws {
        let t = try StoreFixture.folder()
        defer { t.cleanup() }
        let file = t.path + "/corpus.parley"
        var first = try Corpus.open(database: file)
        first.load(paths: [t.path + "/hanoi"])
        var stale = first
        var fresh = first
        fresh.load(paths: [t.path + "/tokyo"])
        #expect(fresh.lastSaveError == nil)
        let id = try #require(stale.meeting(ofReport: "b")?.id)
        #expect {
            try stale.split(meeting: id, reports: ["b"])
        } throws: { error in
            (error as? CorpusStoreError)?.message.contains("changed by another process") == true
        }
        let reopened = try Corpus.open(database: file)
        #expect(reopened.reports.count == fresh.reports.count)
        #expect(reopened.overrides.isEmpty)
        // The copy that is up to date goes on saving.
        try fresh.split(meeting: id, reports: ["b"])
        #expect(try Corpus.open(database: file).overrides == [.split(["b"])])
    }
}

@Suite struct ConcurrentCreationTests {
    /// Opens `path` from several threads at once; returns the errors met.
    func openTogether(_ path: String, _ count: Int) -> [String] {
        let errors = Slots<String>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { i in
            do {
                var corpus = try Corpus.open(database: path)
                corpus.add([Report(id: "r\(i)", source: "r\(i).txt", text: "Report number \(i) of a meeting.")])
                if let e = corpus.lastSaveError, !e.message.contains("changed by another process") { errors.set(i, e.description) }
            } catch {
                errors.set(i, "\(error)")
            }
        }
        return (0..<count).compactMap { errors.get($0) }
    }

    @Test func processesCreatingOneFileAtOnceEitherWaitOrAreToldItChanged() throws {
        let t = try TempFolder()
        defer { t.cleanup() }
        var failures: [String] = []
        for round in 0..<40 {
            failures += openTogether(t.path + "/new-\(round).parley", 3)
        }
        #expect(failures.isEmpty, "\(failures.prefix(3))")
        for round in 0..<40 {
            #expect(try CorpusStore(path: t.path + "/new-\(round).parley").info().schema == CorpusStore.schemaVersions)
        }
    }
}

@Suite struct LongReportDiffTests {
    /// `n` sentences that all share "cooperation" and "railway", each with words of its own.
    func text(_ n: Int, seed: Int) -> String {
        (0..<n).map { i in
            let own = (0..<4).map { k in "w\(String((i * 7 + k) * 7919 + seed, radix: 36))" }.joined(separator: " ")
            return "The cooperation on the railway grew with \(own) this year."
        }.joined(separator: " ")
    }

    func scored(_ n: Int) -> (Int, TextDiff) {
        var work = 0
        let d = TextDiff.align(left: "a", leftText: text(n, seed: 1), right: "b", rightText: text(n, seed: 1) + " " + text(n / 10, seed: 2),
                               lexicon: .bundled, scored: &work)
        return (work, d)
    }

    @Test func theWorkOfADiffGrowsNearLinearlyWithTheTexts() {
        let (small, d1) = scored(600)
        let (large, d2) = scored(1200)
        #expect(d1.counts[.same] == 600 && d2.counts[.same] == 1200)
        #expect(d1.counts[.onlyRight] == 60 && d2.counts[.onlyRight] == 120)
        #expect(Double(large) <= 2.6 * Double(small), "\(small) → \(large) pairs measured")
    }

    @Test func shortTextsAlignAsTheyAlwaysDid() throws {
        // Fewer sentences than the cap: every pair sharing a content word is measured.
        let a = "Xi proposed closer cooperation on railways. The two sides signed 45 documents. Lam welcomed him."
        let b = "The two sides signed 45 cooperation documents. Xi proposed closer cooperation on railways and trade."
        let d = TextDiff(left: "a", leftText: a, right: "b", rightText: b)
        #expect(d.counts[.matched, default: 0] + d.counts[.same, default: 0] + d.counts[.moved, default: 0] == 2)
        #expect(d.counts[.onlyLeft] == 1)
    }
}

/// Hostile and broken inputs: each loads what is valid, names each fault by file and
/// line, never traps or hangs, and what it adds stays a small multiple of its size.
@Suite struct BadInputSuiteTests {
    let loader = ReportLoader(options: LoadOptions(parallel: false))
    let lead = "HANOI, April 14, 2025 — General Secretary Tô Lâm held talks with President Xi Jinping in Hanoi. "

    /// Runs a text through every stage: read, clean, extract, merge, compare, diff.
    @discardableResult
    func pipeline(_ bytes: [UInt8], name: String = "bad.txt") throws -> (LoadResult, Corpus) {
        let result = loader.load(bytes: bytes, name: name)
        let copy = loader.load(bytes: Array(bytes.prefix(bytes.count * 3 / 4)), name: "copy-" + name)
        var corpus = Corpus(loader: loader)
        corpus.add(result.reports + copy.reports)
        for m in corpus.meetings { _ = try corpus.compare(meeting: m.id) }
        if corpus.reports.count >= 2 { _ = try corpus.diff(corpus.reports[0].id, corpus.reports[1].id) }
        return (result, corpus)
    }

    @Test func invalidUTF8AtEveryPositionOfAShortReport() throws {
        let text = Array((lead + "The two sides agreed to build a railway. «Đổi mới» 改革.").utf8)
        for p in 0...text.count {
            var bytes = text
            bytes.insert(0xFF, at: p)
            let (r, _) = try pipeline(bytes)
            #expect(r.reports.count == 1, "byte at \(p)")
            // Inside a multi-byte character the sequence it breaks is named, from its first byte.
            #expect(r.issues.contains { $0.severity == .warning && ((p - 3)...p).contains($0.byteOffset ?? -1) && $0.file == "bad.txt" },
                    "byte at \(p): \(r.issues)")
        }
    }

    @Test func emptyBOMOnlyAndBinaryFilesAreNamedAndLoadNothing() throws {
        for (bytes, why) in [([UInt8](), "empty"), ([0xEF, 0xBB, 0xBF], "empty"), ([0xEF, 0xBB, 0xBF, 0x0A, 0x20], "empty"),
                             ([0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1] + [UInt8](repeating: 0, count: 64), "binary")] {
            let (r, c) = try pipeline(bytes)
            #expect(r.reports.isEmpty && c.reports.allSatisfy { $0.id.hasPrefix("copy-") }, "\(bytes.prefix(6))")
            #expect(r.issues.count == 1 && r.issues.first?.severity == .error && r.issues.first?.message.contains(why) == true,
                    "\(bytes.prefix(4)): \(r.issues)")
        }
    }

    @Test func combiningMarkFloodsRTLAndCJKTextPassEveryStage() throws {
        let flood = "a" + String(repeating: "\u{301}", count: 50_000) + " b" + String(repeating: "\u{1F1FA}\u{200D}", count: 5_000)
        let arabic = "التقى الرئيس شي جين بينغ بالأمين العام تو لام في هانوي. واتفق الجانبان على توسيع التجارة."
        let cjk = String(repeating: "习近平与苏林在河内举行会谈，双方同意扩大贸易与铁路合作。", count: 2_000)
        for text in [lead + flood + ".", arabic, lead + arabic, cjk, lead + cjk] {
            let (r, _) = try pipeline(Array(text.utf8))
            #expect(r.reports.count == 1)
            #expect(!r.issues.contains { $0.severity == .error })
        }
    }

    @Test func zeroWidthCharactersEverywhereAreRemovedAsNoise() throws {
        let plain = lead + "The two sides agreed to expand trade and to build a railway."
        var spiked = ""
        for ch in plain { spiked.append(ch); spiked.append("\u{200B}") }
        let (r, c) = try pipeline(Array(spiked.utf8))
        let report = try #require(r.reports.first)
        #expect(!report.text.unicodeScalars.contains("\u{200B}"))
        #expect(report.noise.contains { $0.kind == .junkCharacter })
        #expect(c.meetings.contains { $0.participants.count == 2 })
    }

    @Test func aReportThatIsOnlyNoiseNeverTraps() throws {
        let noise = "Photo: Reuters\n\nRead more: https://example.com/x\n\n(Photo: AP) (Photo: AFP)\n\nAdvertisement\n"
        let (r, _) = try pipeline(Array(noise.utf8))
        #expect(r.reports.count + r.issues.count >= 1)
    }

    @Test func tenThousandTinyFilesAllLoad() throws {
        let t = try TempFolder()
        defer { t.cleanup() }
        for i in 0..<10_000 { try t.write(String(format: "d%02d/r%05d.txt", i % 50, i), "Report \(i).") }
        let r = ReportLoader().load(paths: [t.path])
        #expect(r.reports.count == 10_000)
        #expect(r.issues.isEmpty)
    }

    /// Ten thousand outcomes: numbered lines with full stops, numbered lines without any,
    /// and one sentence (an enumeration with no full stop).
    static let longLists: [String] = [
        (1...10_000).map { "\($0). The two sides agreed to expand cooperation in field \($0), and pledged \($0) projects." }.joined(separator: "\n"),
        (1...10_000).map { "\($0)) The two sides agreed to expand cooperation in field \($0), and pledged \($0) projects" }.joined(separator: "\n"),
        "The two sides agreed to " + (1...10_000).map { "\($0)) expand cooperation in field \($0); pledge \($0) projects" }.joined(separator: "; "),
    ]

    @Test(arguments: longLists.indices)
    func aLongNumberedListAddsASmallMultipleOfItsSizeToTheCorpusFile(list: Int) throws {
        let t = try TempFolder()
        defer { t.cleanup() }
        let text = lead + "The two sides agreed on the following measures:\n" + BadInputSuiteTests.longLists[list]
        try t.write("list.txt", text)
        let file = t.path + "/corpus.parley"
        var corpus = try Corpus.open(database: file)
        let r = corpus.load(paths: [t.path + "/list.txt"])
        #expect(r.reports.count == 1 && corpus.lastSaveError == nil)
        let size = try #require(try corpus.store?.info().bytes)
        #expect(size <= 8 * text.utf8.count, "\(size) bytes stored for \(text.utf8.count)")
        for m in corpus.meetings { _ = try corpus.compare(meeting: m.id) }
    }

    @Test func brokenJSONLinesAndCSVRowsAreNamedAndTheRestLoads() {
        let jsonl = #"{"id":"a","text":"First."}"# + "\n{\"id\":\"b\",\"text\":\"unterminated\n" + #"{"id":"c","text":"Third."}"# + "\n[1, 2]\n"
        let r = loader.load(bytes: Array(jsonl.utf8), name: "feed.jsonl")
        #expect(r.reports.map(\.id) == ["a", "c"])
        #expect(r.issues.map(\.line) == [2, 4])
        let csv = "id,text\n\"a,First.\nb,\"Second.\"\nc,\"Third, \"\"quoted\"\".\"\n"
        let rc = loader.load(bytes: Array(csv.utf8), name: "rows.csv")
        #expect(rc.reports.map(\.id) == ["b", "c"])
        #expect(rc.issues.map(\.line) == [2])
    }
}
