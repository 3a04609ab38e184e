import Foundation
import Testing
@testable import ParleyShell
import Parley

/// Runs commands through a session that writes into buffers.
final class CapturingSession {
    var out: [String] = []
    var err: [String] = []
    let session: Session

    init(format: OutputFormat = .json) {
        session = Session(format: format, writeOut: { _ in }, writeErr: { _ in })
        session.writeOut = { [unowned self] in self.out.append($0) }
        session.writeErr = { [unowned self] in self.err.append($0) }
    }

    func json(_ line: String) throws -> [String: Any] {
        out.removeAll()
        #expect(session.run(line), "\(line) failed: \(err.joined(separator: "\n"))")
        let text = try #require(out.last)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}

/// The package root, from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let seedsFolder = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")

@Suite struct ShellWordsTests {
    @Test func quotingWorksLikeAPosixShell() throws {
        #expect(try ShellWords.split("leader 'Tô Lâm' --json") == ["leader", "Tô Lâm", "--json"])
        #expect(try ShellWords.split(#"track "six major orientations""#) == ["track", "six major orientations"])
        #expect(try ShellWords.split(#"a\ b "c \"d\"" ''"#) == ["a b", "c \"d\"", ""])
        #expect(throws: ShellWords.UnterminatedQuote.self) { try ShellWords.split("leader 'To Lam") }
        #expect(try ShellWords.split(ShellWords.quote("it's Tô Lâm")) == ["it's Tô Lâm"])
    }
}

@Suite struct JSONTests {
    @Test func serialisationEscapesAndKeepsKeyOrder() {
        let j = JSON.object([("b", .string("quote \" and \\ and \n")), ("a", .null), ("n", .int(3)), ("x", .double(0.25)), ("l", .array([.bool(true)]))])
        #expect(j.serialized() == #"{"b":"quote \" and \\ and \n","a":null,"n":3,"x":0.25,"l":[true]}"#)
        #expect(JSON.string("\u{1}").serialized() == #""\u0001""#)
    }
}

@Suite struct SessionTests {
    @Test func unknownCommandsSuggestTheNearest() {
        let c = CapturingSession()
        #expect(!c.session.run("meetngs"))
        #expect(c.err.joined().contains("did you mean 'meetings'"))
    }

    @Test func reportsFollowTheContractWithNullsNotGuesses() throws {
        let c = CapturingSession()
        let t = FileManager.default.temporaryDirectory.appendingPathComponent("parley-shell-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: t, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: t) }
        try Data("Prime Minister Anthony Albanese met President Joko Widodo in Jakarta on June 6, 2022.".utf8).write(to: t.appendingPathComponent("a.txt"))
        c.session.load(paths: [t.path])
        let doc = try c.json("reports")
        let reports = try #require(doc["reports"] as? [[String: Any]])
        #expect(reports.count == 1)
        let r = try #require(reports.first)
        for key in ["id", "source", "outlet", "published", "datelinePlace", "title", "words", "noise", "duplicateOf"] {
            #expect(r.keys.contains(key), "missing key \(key)")
        }
        #expect(r["outlet"] is NSNull && r["published"] is NSNull)
        let meetings = try #require(try c.json("meetings")["meetings"] as? [[String: Any]])
        let m = try #require(meetings.first)
        #expect(m["date"] as? String == "2022-06-06" && m["dateCertainty"] as? String == "stated")
        #expect(m["place"] as? String == "Jakarta")
        let id = try #require(m["id"] as? String)
        let detail = try #require(try c.json("meeting \(id)")["meeting"] as? [String: Any])
        #expect(detail["orientations"] is [Any] && detail["agreements"] is [Any])
    }

    @Test func helpListsEveryCommandWithAnExample() throws {
        let c = CapturingSession()
        let list = try #require(try c.json("help")["commands"] as? [[String: Any]])
        #expect(list.count == Commands.all.count)
        for type in Commands.all {
            #expect(!type.examples.isEmpty, "\(type.name) has no example")
            let h = try c.json("help \(type.name)")
            #expect((h["examples"] as? [String])?.isEmpty == false)
        }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seedsFolder.path), "the seed reports are not beside the project"))
    func exportWritesEachFormat() throws {
        let c = CapturingSession()
        c.session.load(paths: [seedsFolder.path])
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parley-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for (format, name) in [("json", "c.json"), ("markdown", "c.md"), ("html", "c.html")] {
            let path = dir.appendingPathComponent(name).path
            #expect(c.session.run(["export", format, path].map(ShellWords.quote).joined(separator: " ")), "export \(format)")
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(!text.isEmpty)
            if format == "json" {
                let doc = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
                #expect(doc?["comparison"] != nil)
            }
        }
        #expect(!c.session.run("export pdf \(dir.path)/c.pdf"))
    }

    @Test func settingsChangeTheFormat() throws {
        let c = CapturingSession(format: .table)
        #expect(c.session.run("set format json"))
        #expect(c.session.format == .json)
        #expect(!c.session.run("set format yaml"))
        #expect(!c.session.run("set colour maybe"))
        #expect(c.session.run("set width 120") && c.session.width == 120)
    }
}

/// Runs the built `parley` binary.
func runParley(_ args: [String], stdin: String? = nil) throws -> (status: Int32, out: String, err: String) {
    let candidates = [
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("parley"),
        Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("parley"),
        packageRoot.appendingPathComponent(".build/debug/parley"),
    ]
    guard let binary = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
        throw CommandError("the parley binary is not built; run 'swift build' before the tests (Scripts/test does)")
    }
    let p = Process()
    p.executableURL = binary
    p.arguments = args
    let out = Pipe(), err = Pipe(), inp = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = inp
    try p.run()
    if let stdin { inp.fileHandleForWriting.write(Data(stdin.utf8)) }
    try inp.fileHandleForWriting.close()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
}

@Suite struct ExecutableTests {
    @Test func exitStatusesFollowTheContract() throws {
        #expect(try runParley(["-c", "help"]).status == 0)
        #expect(try runParley(["-c", "report nosuchid"]).status == 1)
        #expect(try runParley(["--no-such-flag"]).status == 2)
        let r = try runParley(["-c", "frobnicate"])
        #expect(r.status == 1 && r.err.contains("unknown command"))
    }

    @Test func jsonModePrintsOneDocumentPerCommand() throws {
        let r = try runParley(["--json", "-c", "help", "-c", "set"])
        let lines = r.out.split(separator: "\n")
        #expect(lines.count == 2)
        for l in lines { #expect((try? JSONSerialization.jsonObject(with: Data(l.utf8))) != nil) }
    }

    @Test func commandsFromStandardInputRunInOrder() throws {
        let r = try runParley(["--json"], stdin: "# a comment\nhelp\n\nset format json\n")
        #expect(r.status == 0)
        #expect(r.out.split(separator: "\n").count == 2)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seedsFolder.path), "the seed reports are not beside the project"))
    func seedsThroughTheBinary() throws {
        let r = try runParley(["--json", seedsFolder.path, "-c", "meetings"])
        #expect(r.status == 0)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        #expect((doc["meetings"] as? [Any])?.count == 4)
    }
}
