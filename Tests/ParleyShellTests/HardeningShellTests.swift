import Foundation
import Testing
@testable import ParleyShell
import Parley

/// A temporary folder removed when the value goes away.
final class ScratchFolder {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("parley-hardening-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }
    /// Writes `text` to `name` and returns the full path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file.path
    }
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

/// A JSON Lines record with the given fields, escaped by JSONSerialization.
func jsonLine(_ fields: [String: String]) throws -> String {
    String(decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self)
}

@Suite struct OneJSONDocumentPerCommandTests {
    @Test func aFailingCommandPrintsAnErrorDocumentInJSONMode() throws {
        let c = CapturingSession(format: .json)
        for line in ["report nosuchid", "frobnicate", "meetings --no-such-flag", "leader 'unclosed"] {
            c.out.removeAll()
            c.err.removeAll()
            #expect(!c.session.run(line))
            #expect(c.out.count == 1, "\(line) printed \(c.out.count) documents")
            let doc = try #require(try JSONSerialization.jsonObject(with: Data((c.out.first ?? "").utf8)) as? [String: Any])
            let error = try #require(doc["error"] as? [String: Any])
            #expect((error["message"] as? String)?.isEmpty == false)
            #expect(error.keys.contains("file") && error.keys.contains("line"))
            #expect(!c.err.isEmpty, "the human message still goes to standard error")
        }
    }

    @Test func aCommandsOwnJSONFlagAlsoAnswersFailuresWithADocument() throws {
        let c = CapturingSession(format: .table)
        #expect(!c.session.run("report nosuchid --json"))
        let doc = try #require(try JSONSerialization.jsonObject(with: Data((c.out.first ?? "").utf8)) as? [String: Any])
        #expect(doc["error"] != nil)
    }

    @Test func scriptsOnStandardInputCanPairEveryOutputWithItsCommand() throws {
        let r = try runParley(["--json"], stdin: "set\nreport nosuchid\nset width 20\nhelp\n")
        #expect(r.status == 1)
        let lines = r.out.split(separator: "\n")
        #expect(lines.count == 4)
        let docs = lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(docs.count == 4)
        #expect(docs.count == 4 && docs[1]["error"] != nil && docs[2]["error"] != nil && docs[0]["error"] == nil)
        #expect(r.err.contains("no report 'nosuchid'"))
    }
}

@Suite struct TerminalSafetyTests {
    static let hostile = "\u{1B}]52;c;aGVsbG8=\u{07}\u{1B}[2J\u{1B}]0;pwned\u{07}\r\u{9B}31m\u{7F}"

    /// Every byte that could act on a terminal, other than the kept styles.
    static func acts(_ s: String) -> Bool {
        let safe = TerminalText.neutralised(s)
        return safe != s
    }

    func hostileSession(format: OutputFormat, color: Bool = false) throws -> (CapturingSession, ScratchFolder) {
        let folder = try ScratchFolder()
        let text = "Prime Minister Anthony Albanese met President Joko Widodo in Jakarta on June 6, 2022. The two sides agreed to expand trade."
        let file = try folder.write("hostile\u{1B}[2J.jsonl", try jsonLine(["id": "r1" + Self.hostile, "outlet": "Out" + Self.hostile,
                                                                            "title": "T" + Self.hostile, "text": text]) + "\n")
        let c = CapturingSession(format: format)
        c.session.color = color
        c.session.load(paths: [file, folder.path("missing\u{1B}]0;x\u{07}.txt")])
        return (c, folder)
    }

    @Test func neutralisingShowsControlsAndKeepsTheRenderersOwnStyles() {
        #expect(TerminalText.neutralised("a\u{1B}]52;c;x\u{07}b") == "a\\x1b]52;c;x\\x07b")
        #expect(TerminalText.neutralised("\u{9B}2J\r\u{7F}") == "\\x9b2J\\x0d\\x7f")
        #expect(TerminalText.neutralised("bold".bolded(true)) == "bold".bolded(true))
        #expect(TerminalText.neutralised("line\n\tnext Tô Lâm") == "line\n\tnext Tô Lâm")
    }

    @Test(arguments: [OutputFormat.table, .markdown])
    func metadataNeverReachesTheTerminalRaw(format: OutputFormat) throws {
        let (c, folder) = try hostileSession(format: format, color: true)
        _ = folder
        let meeting = c.session.corpus.meetings.first?.id ?? "none"
        let report = c.session.corpus.reports.first?.id ?? "none"
        for command in ["reports", "report '\(report)'", "report '\(report)' --noise", "meetings", "meeting \(meeting) --evidence",
                        "witnesses", "conflicts", "agreements", "orientations", "compare \(meeting)", "diff '\(report)' '\(report)'",
                        "report 'missing\u{1B}]0;x\u{07}'", "load '\(folder.path("gone\u{1B}[2J.txt"))'"] {
            c.session.run(command)
        }
        #expect(c.session.corpus.reports.count == 1)
        #expect(!c.out.isEmpty)
        for s in c.out + c.err {
            #expect(!Self.acts(s), "raw control characters in: \(s.debugDescription)")
        }
        #expect((c.out + c.err).contains { $0.contains("\\x1b]52") })
    }

    @Test func tabCompletionNeverListsACandidateWithControlCharacters() throws {
        let session = Session(writeOut: { _ in }, writeErr: { _ in })
        session.corpus.add([Report(id: "r1\u{1B}]0;x\u{07}", source: "a.jsonl:1", text: "First report."),
                            Report(id: "r2", source: "a.jsonl:2", text: "Second report.")])
        let found = ShellCompleter(session: session).complete("report r")
        #expect(found.candidates.allSatisfy { TerminalText.neutralised($0) == $0 })
        #expect(found.candidates == ["r2"])
    }

    @Test func tablesMeasureCellsAsTheyAreShown() {
        let t = TextTable(columns: [.init("a"), .init("b")], rows: [["x\u{1B}y", "z"], ["long-enough", "w"]])
        let lines = t.render(width: 80).split(separator: "\n")
        #expect(lines[1].hasPrefix("x\\x1by") && lines[1].hasSuffix("z"))
        #expect(lines[1].count == lines[2].count)
    }
}

@Suite struct LongTokenRenderingTests {
    @Test func wrappingOneVeryLongTokenIsLinear() {
        let token = String(repeating: "ab", count: 500_000)
        let lines = TextTable.wrap("before " + token + " after", width: 50)
        #expect(lines.count == 1 + 1_000_000 / 50 + 1)
        #expect(lines.dropFirst().dropLast().allSatisfy { $0.count == 50 })
        let table = TextTable(columns: [.init("id"), .init("text", wraps: true)], rows: [["x", token]])
        #expect(table.render(width: 60).split(separator: "\n").count > 10_000)
    }
}

@Suite struct SmallerHardeningTests {
    @Test func aMissingPathOrALoadOfNothingFailsTheCommand() throws {
        let folder = try ScratchFolder()
        try folder.write("empty/notes.md", "not a report")
        let c = CapturingSession(format: .json)
        #expect(!c.session.run("load '\(folder.path("nowhere.txt"))'"))
        let doc = try #require(try JSONSerialization.jsonObject(with: Data((c.out.last ?? "").utf8)) as? [String: Any])
        let error = try #require(doc["error"] as? [String: Any])
        #expect(error["file"] as? String == folder.path("nowhere.txt"))
        #expect(!c.session.run("load '\(folder.path("empty"))'"))
        #expect(try runParley([folder.path("nowhere.txt"), "-c", "reports"]).status == 1)
        let good = try folder.write("good.txt", "HANOI — The two ministers met on Monday and agreed to expand trade.")
        #expect(try runParley([good, "-c", "reports"]).status == 0)
    }

    @Test func aBrokenRowFailsTheLoadNamingItsLineButTheRestLoads() throws {
        let folder = try ScratchFolder()
        let csv = try folder.write("rows.csv", "id,text\nr1,First row.\nr2,\"Never closed\n")
        let c = CapturingSession(format: .json)
        #expect(!c.session.run("load '\(csv)'"))
        #expect(c.session.corpus.reports.map(\.id) == ["r1"])
        let doc = try #require(try JSONSerialization.jsonObject(with: Data((c.out.last ?? "").utf8)) as? [String: Any])
        let error = try #require(doc["error"] as? [String: Any])
        #expect(error["file"] as? String == csv && error["line"] as? Int == 3)
    }

    @Test func inputsWithTheSameBaseNameAreToldApart() throws {
        let folder = try ScratchFolder()
        let a = try folder.write("a/bad.txt", "")
        let b = try folder.write("b/bad.txt", "")
        let r = try runParley([a, b, "-c", "reports"])
        #expect(r.status == 1)
        #expect(r.err.contains(a) && r.err.contains(b))
    }

    @Test func anEmptyOutletFilterSaysSoRatherThanNothingLoaded() throws {
        let folder = try ScratchFolder()
        let file = try folder.write("one.jsonl", try jsonLine(["id": "x1", "outlet": "Wire", "text": "The two ministers met."]) + "\n")
        let c = CapturingSession(format: .table)
        c.session.load(paths: [file])
        #expect(c.session.run("reports --outlet nobody"))
        #expect(c.out.last?.contains("no report from outlet 'nobody'") == true)
    }

    @Test func aNarrowWidthIsKeptByWideTables() throws {
        let id = String(repeating: "x", count: 60)
        let t = TextTable(columns: [.init("id"), .init("outlet", wraps: true), .init("words", alignRight: true)],
                          rows: [[id, "A rather long outlet name indeed", "1234"]])
        let lines = t.render(width: 40).split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 40 }, "\(lines)")
        #expect(lines.joined().filter { $0 == "x" }.count == 60, "nothing is lost, only wrapped")
    }
}

/// A cancellation request that turns on after a number of questions.
final class CancelAfter: @unchecked Sendable {
    private let lock = NSLock()
    private var asked = 0
    let limit: Int
    init(_ limit: Int) { self.limit = limit }
    func ask() -> Bool { lock.lock(); defer { lock.unlock() }; asked += 1; return asked > limit }
    var questions: Int { lock.lock(); defer { lock.unlock() }; return asked }
}

@Suite struct CancellationTests {
    func session() throws -> (CapturingSession, ScratchFolder) {
        let folder = try ScratchFolder()
        let lead = "HANOI, April 14, 2025 — General Secretary To Lam held talks with President Xi Jinping in Hanoi."
        let body = (0..<400).map { "The two sides agreed to expand cooperation in field \($0) and on railway \($0 * 3)." }
        try folder.write("a.txt", lead + "\n\n" + body.joined(separator: " "))
        try folder.write("b.txt", lead + "\n\n" + body.reversed().joined(separator: " "))
        let c = CapturingSession(format: .table)
        c.session.load(paths: [folder.url.path])
        return (c, folder)
    }

    @Test(arguments: ["compare", "diff", "export"])
    func aLongCommandStopsWhenCancellationIsRequested(command: String) throws {
        let (c, folder) = try session()
        let meeting = try #require(c.session.corpus.meetings.first?.id)
        let line = switch command {
        case "compare": "compare \(meeting)"
        case "diff": "diff a b"
        default: "export html '\(folder.path("out.html"))' \(meeting)"
        }
        #expect(c.session.run(line), "runs to the end when nobody cancels")
        let stop = CancelAfter(1)
        c.session.shouldCancel = { stop.ask() }
        c.err.removeAll()
        #expect(!c.session.run(line))
        #expect(c.err.contains { $0.contains("cancelled") })
        #expect(stop.questions >= 2, "the command asked again after it started")
    }

    @Test func theLibraryThrowsCancelledAndAsksDuringTheWork() throws {
        let (c, _) = try session()
        let corpus = c.session.corpus
        let meeting = try #require(corpus.meetings.first?.id)
        let stop = CancelAfter(2)
        #expect(throws: CancelledError.self) { try corpus.compare(meeting: meeting, cancellation: Cancellation { stop.ask() }) }
        #expect(throws: CancelledError.self) { try corpus.diff("a", "b", cancellation: Cancellation { true }) }
        #expect(stop.questions >= 3)
    }
}

@Suite struct InterruptingLongCommandsTests {
    /// Ctrl-C while `compare` runs on two long reports brings the prompt back with "compare cancelled".
    @Test func ctrlCStopsARunningCompareAndTheShellGoesOn() throws {
        let binary = try EndToEnd.parleyBinary()
        let temporary = try TemporaryFolder("Interrupting")
        let lead = "HANOI, April 14, 2025 — General Secretary To Lam held talks with President Xi Jinping in Hanoi."
        var sentences: [String] = []
        for i in 0..<6000 {
            let own = (0..<3).map { k in "w" + String((i * 5 + k) * 7919, radix: 36) }.joined(separator: " ")
            sentences.append("The two sides agreed to expand cooperation on \(own) and railway \(i % 97).")
        }
        try Data((lead + "\n\n" + sentences.joined(separator: " ")).utf8).write(to: temporary.url.appendingPathComponent("a.txt"))
        try Data((lead + "\n\n" + sentences.reversed().joined(separator: " ")).utf8).write(to: temporary.url.appendingPathComponent("b.txt"))
        let terminal = try PseudoTerminal(
            executable: binary, arguments: [temporary.path],
            environment: EndToEnd.environment(home: temporary.path, history: temporary.path + "/history"))
        let prompt = "parley[2]> "
        try terminal.waitForPrompt(prompt, timeout: 120)
        terminal.send("compare 2025-04-14\r")
        try terminal.waitFor("compare 2025-04-14\n", timeout: 10)
        // Ctrl-C until the command says it stopped (the first may come before it starts).
        var stopped = false
        for _ in 0..<100 where !stopped {
            usleep(200_000)
            terminal.send("\u{3}")
            stopped = (try? terminal.waitFor("compare cancelled", timeout: 0.2)) != nil
        }
        #expect(stopped, "compare was not cancelled: \(terminal.transcript.suffix(400))")
        try terminal.waitForPrompt(prompt, timeout: 30)
        terminal.send("set\r")
        try terminal.waitFor("pager on", timeout: 10)
        try terminal.waitForPrompt(prompt, timeout: 10)
        terminal.send("quit\r")
        let status = try? terminal.waitForExit(timeout: 30)
        #expect(status == 0, "\(terminal.transcript.suffix(300))")
    }
}

@Suite struct EvidenceSizeTests {
    /// A thousand agreements in one sentence with no full stop: each quotes that sentence.
    @Test func meetingEvidenceStaysASmallMultipleOfTheReport() throws {
        let folder = try ScratchFolder()
        var text = "HANOI, April 14, 2025 — General Secretary To Lam held talks with President Xi Jinping in Hanoi. The two sides agreed on"
        for i in 1...1000 { text += " \(i)) signing agreement number \(i) on railway cooperation; the two sides agreed to expand trade in sector \(i)," }
        text += " and more.\n"
        let file = try folder.write("one-sentence.txt", text)
        let c = CapturingSession(format: .json)
        c.session.load(paths: [file])
        let meeting = try #require(c.session.corpus.meetings.first?.id)
        let doc = try c.json("meeting \(meeting) --evidence")
        let agreements = try #require((doc["meeting"] as? [String: Any])?["agreements"] as? [Any])
        #expect(agreements.count >= 500)
        let size = c.out.last?.utf8.count ?? 0
        #expect(size <= 40 * text.utf8.count, "\(size) bytes of JSON for a report of \(text.utf8.count)")
        #expect(c.session.run("set format table") && c.session.run("meeting \(meeting) --evidence"))
        #expect((c.out.last?.utf8.count ?? 0) <= 40 * text.utf8.count)
    }
}
