import Foundation
import Testing
import Parley

/// `parley --db FILE` across separate processes, as a user runs it.
@Suite struct DatabaseCommandLineTests {
    /// Two accounts of one meeting in Jakarta, and a later report of a meeting in Manila.
    static func writeReports(into t: TemporaryFolder) throws {
        try t.file("first/antara.txt", """
             date 2025-03-03 
            Jakarta, March 3, 2025 — Indonesian President Prabowo Subianto held talks with Japanese Prime Minister \
            Shigeru Ishiba in Jakarta on Monday. The two leaders agreed to deepen maritime cooperation.

            """)
        try t.file("first/kyodo.txt", """
             date 2025-03-04 
            Japanese Prime Minister Shigeru Ishiba and President Prabowo Subianto held talks in Jakarta on Monday, \
            March 3. Ishiba proposed a new fund for energy transition and the two sides signed an agreement on fisheries.

            """)
        try t.file("later/inquirer.txt", """
             date 2024-11-20 
            Manila, November 20, 2024 — President Ferdinand Marcos Jr. held talks with Prime Minister Anthony Albanese \
            in Manila on Wednesday. The two leaders agreed to expand defence cooperation.

            """)
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func theCorpusAndItsSplitsOutliveTheProcess() throws {
        let t = try TemporaryFolder("ParleyDB")
        try DatabaseCommandLineTests.writeReports(into: t)
        let db = t.path + "/corpus.parley"

        let loaded = try runParley(["--json", "--db", db, t.path + "/first", "-c", "meetings"])
        #expect(loaded.status == 0, "\(loaded.err)")
        let meetings = try #require(try DatabaseCommandLineTests.json(loaded.out)["meetings"] as? [[String: Any]])
        let jakarta = try #require(meetings.first { ($0["reports"] as? [Any])?.count == 2 })
        let id = try #require(jakarta["id"] as? String)

        // A second process reads no source file and shows the same meetings.
        let reopened = try runParley(["--json", "--db", db, "-c", "meetings"])
        #expect(reopened.status == 0 && reopened.out == loaded.out)

        let split = try runParley(["--json", "--db", db, "-c", "split \(id) kyodo"])
        #expect(split.status == 0, "\(split.err)")

        // Commands on standard input, with a later load: the split still holds.
        let later = try runParley(["--json", "--db", db, t.path + "/later"], stdin: "meetings\nstats\n")
        #expect(later.status == 0, "\(later.err)")
        let docs = later.out.split(separator: "\n").map(String.init)
        #expect(docs.count == 2)
        let firstDoc = try #require(docs.first), lastDoc = try #require(docs.last)
        let after = try #require(try DatabaseCommandLineTests.json(firstDoc)["meetings"] as? [[String: Any]])
        #expect(after.count == 3)
        #expect(after.contains { ($0["reports"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["kyodo"] })
        let stats = try #require(try DatabaseCommandLineTests.json(lastDoc)["stats"] as? [String: Any])
        let database = try #require(stats["database"] as? [String: Any])
        #expect(database["path"] as? String == db)
        #expect(database["reports"] as? Int == 3)
        #expect(database["overrides"] as? Int == 1)

        // Loading the first folder again adds nothing.
        let again = try runParley(["--json", "--db", db, t.path + "/first", "-c", "meetings"])
        #expect(again.status == 0)
        #expect(again.out == (try runParley(["--json", "--db", db, "-c", "meetings"]).out))
        #expect(again.out.hasPrefix(firstDoc))

        let human = try runParley(["--db", db, "-c", "stats"])
        #expect(human.out.contains("database    \(db)"))
        let memory = try runParley(["-c", "stats"])
        #expect(memory.out.contains("database    none"))
    }

    @Test func aFileThatIsNotACorpusExitsWithStatusOneNamingIt() throws {
        let t = try TemporaryFolder("ParleyDB")
        try t.file("notes.parley", String(repeating: "shopping list: rice, fish sauce, limes\n", count: 50))
        let bad = try runParley(["--db", t.path + "/notes.parley", "-c", "meetings"])
        #expect(bad.status == 1)
        #expect(bad.err.contains(t.path + "/notes.parley: is not an SQLite database"))
        #expect(!bad.err.contains("Fatal"))
        let missing = try runParley(["--db", t.path + "/no/such/folder/corpus.parley", "-c", "meetings"])
        #expect(missing.status == 1 && missing.err.contains("no/such/folder/corpus.parley: cannot be opened"))
        #expect(try runParley(["--db"]).status == 2)
    }

    @Test func aLoadKilledMidwayLeavesAFileThatStillOpens() throws {
        let t = try TemporaryFolder("ParleyDB")
        try DatabaseCommandLineTests.writeReports(into: t)
        let db = t.path + "/corpus.parley"
        #expect(try runParley(["--db", db, t.path + "/first", "-c", "stats"]).status == 0)
        let many = 300
        for i in 0..<many {
            try t.file("bulk/r\(i).txt", """
                 date 2025-05-\(10 + i % 18) 
                Berlin, May \(9 + i % 18), 2025 — Chancellor Friedrich Merz held talks with Prime Minister Keir Starmer \
                in Berlin on report \(i). The two sides agreed to expand cooperation on item \(i) and on energy.

                """)
        }
        guard let binary = ["debug", "release"].map({ packageRoot.appendingPathComponent(".build/\($0)/parley") })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else { return }
        let p = Process()
        p.executableURL = binary
        p.arguments = ["--db", db, t.path + "/bulk", "-c", "stats"]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        Thread.sleep(forTimeInterval: 0.4)
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        let reopened = try runParley(["--json", "--db", db, "-c", "stats"])
        #expect(reopened.status == 0, "\(reopened.err)")
        let stats = try #require(try DatabaseCommandLineTests.json(reopened.out)["stats"] as? [String: Any])
        let count = try #require(stats["reports"] as? Int)
        #expect(count == 2 || count == 2 + many)
    }
}
