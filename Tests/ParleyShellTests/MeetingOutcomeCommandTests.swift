import Foundation
import Testing
@testable import ParleyShell
import Parley

/// `meeting ID` lists each outcome once, with every report's telling and the disagreements.
@Suite struct MeetingOutcomeCommandTests {
    static let first = """
     date 2025-07-15 CANBERRA (EWR) – Prime Minister Anthony Albanese held talks with President Prabowo Subianto in Canberra on Monday.

    The two leaders agreed to set up an annual dialogue of defence ministers.

    Prabowo proposed a joint patrol of the Arafura Sea.
    """
    static let second = """
     date 2025-07-15 CANBERRA (Wire) – Indonesian President Prabowo Subianto met Australian Prime Minister Anthony Albanese in Canberra on Monday.

    Albanese and Prabowo decided to set up a yearly dialogue between their defence ministers.

    The two sides agreed on joint patrols in the Arafura Sea.
    """

    func withMeeting(_ body: (CapturingSession, String) throws -> Void) throws {
        let t = FileManager.default.temporaryDirectory.appendingPathComponent("parley-shell-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: t, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: t) }
        try Data(MeetingOutcomeCommandTests.first.utf8).write(to: t.appendingPathComponent("first.txt"))
        try Data(MeetingOutcomeCommandTests.second.utf8).write(to: t.appendingPathComponent("second.txt"))
        let c = CapturingSession()
        c.session.load(paths: [t.path])
        let meetings = try #require(try c.json("meetings")["meetings"] as? [[String: Any]])
        let id = try #require(meetings.first?["id"] as? String)
        try body(c, id)
    }

    @Test func jsonListsEachOutcomeOnceWithItsTellingsAndDisagreements() throws {
        try withMeeting { c, id in
            let m = try #require(try c.json("meeting \(id)")["meeting"] as? [String: Any])
            let agreements = try #require(m["agreements"] as? [[String: Any]])
            let dialogue = agreements.filter { ($0["text"] as? String)?.contains("defence ministers") == true }
            #expect(dialogue.count == 1)
            let sources = try #require(dialogue.first?["sources"] as? [[String: Any]])
            #expect(sources.compactMap { $0["report"] as? String } == ["first", "second"])
            for s in sources {
                for key in ["report", "sentence", "quote", "text", "status", "by"] { #expect(s.keys.contains(key), "missing \(key)") }
            }
            for a in agreements {
                for key in ["text", "status", "by", "quantity", "topics", "sources", "disagreements"] { #expect(a.keys.contains(key), "missing \(key)") }
            }
            let patrol = try #require(agreements.first { ($0["text"] as? String)?.contains("Arafura") == true })
            let disagreements = try #require(patrol["disagreements"] as? [[String: Any]])
            #expect(disagreements.contains { $0["field"] as? String == "status" })
        }
    }

    @Test func tableShowsTheReportsOfEachOutcomeAndWhereTheyDiffer() throws {
        try withMeeting { _, id in
            let table = CapturingSession(format: .table)
            let t = FileManager.default.temporaryDirectory.appendingPathComponent("parley-shell-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: t, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: t) }
            try Data(MeetingOutcomeCommandTests.first.utf8).write(to: t.appendingPathComponent("first.txt"))
            try Data(MeetingOutcomeCommandTests.second.utf8).write(to: t.appendingPathComponent("second.txt"))
            table.session.load(paths: [t.path])
            #expect(table.session.run("meeting \(id)"))
            let text = table.out.joined(separator: "\n")
            #expect(text.contains("[first, second]"), "\(text)")
            #expect(text.contains("status differs: first=proposed, second=agreed"), "\(text)")
        }
    }
}
