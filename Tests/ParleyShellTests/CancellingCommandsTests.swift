import Foundation
import Testing
@testable import ParleyShell
import Parley

/// Ctrl-C (``Session/shouldCancel``) stops every command that reads much of the corpus,
/// and the rendering of any long output, with "COMMAND cancelled"; nothing changes.
@Suite struct CancellingCommandsTests {
    static let split = "split 2025-04-14-hanoi-talks 001_74184a8e2df2f2d3"
    static let join = "join 2025-04-14-hanoi-talks 2025-04-15-hanoi-talks"
    static let commands = [
        "reports", "reports --json", "meetings", "meetings --markdown", "meeting 2025-04-14-hanoi-talks", "orientations",
        "agreements", "agreements --json", "leaders", "witnesses", "conflicts", "track six major orientations", split, join,
    ]

    func seeds(format: OutputFormat = .table) -> CapturingSession {
        let c = CapturingSession(format: format)
        c.session.load(paths: [seedsFolder.path])
        return c
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seedsFolder.path), "the seed reports are not beside the project"),
          arguments: commands)
    func aLongCommandStopsWhenCtrlCIsPressedAndChangesNothing(line: String) throws {
        let c = seeds()
        let before = c.session.corpus.meetings
        c.session.shouldCancel = { true }
        c.out.removeAll()
        #expect(!c.session.run(line))
        let name = String(line.prefix { $0 != " " })
        #expect(c.err.last?.hasPrefix("error: \(name) cancelled") == true, "\(c.err)")
        // A cancelled command shows nothing; asked for JSON, it answers with the error document.
        #expect(line.hasSuffix("--json") ? c.out == [CommandError("\(name) cancelled").json.serialized()] : c.out.isEmpty, "\(c.out)")
        #expect(c.session.corpus.meetings == before && c.session.corpus.overrides.isEmpty)
        // Nobody pressing Ctrl-C, it runs.
        c.session.shouldCancel = { false }
        #expect(c.session.run(line), "\(c.err)")
    }

    @Test func aCancelledCommandAnswersWithOneErrorDocumentInJSON() throws {
        let c = seeds(format: .json)
        c.session.shouldCancel = { true }
        c.out.removeAll()
        #expect(!c.session.run("meetings"))
        #expect(c.out.count == 1 && c.out.first?.contains("meetings cancelled") == true, "\(c.out)")
    }

    /// Six hundred meetings: the listing asks every 256 and stops at the first yes.
    @Test(arguments: ["meetings", "reports", "agreements", "conflicts", "leaders", "orientations", "witnesses"])
    func aCommandOverManyMeetingsStopsPartWay(command: String) throws {
        let folder = try ScratchFolder()
        for i in 0..<600 {
            let date = Day(year: 2020, month: 1, day: 1)?.adding(days: 10 * i).description ?? "2020-01-01"
            // Words of its own, so that no report is taken for a copy of another.
            let own = (0..<12).map { k in "w" + String((i * 13 + k) * 7919, radix: 36) }.joined(separator: " ")
            try folder.write("r\(i).txt", " date \(date) HANOI — General Secretary To Lam held talks with President Xi Jinping in Hanoi on \(date). "
                + "The two sides agreed to build railway \(i) and discussed \(own).")
        }
        let c = CapturingSession(format: .table)
        c.session.load(paths: [folder.url.path])
        #expect(c.session.corpus.meetings.count >= 300)
        let stop = CancelAfter(1)
        c.session.shouldCancel = { stop.ask() }
        c.out.removeAll()
        #expect(!c.session.run(command))
        #expect(c.err.last?.hasPrefix("error: \(command) cancelled") == true, "\(c.err)")
        #expect(stop.questions == 2, "stopped at the second question, inside the command's loop")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seedsFolder.path), "the seed reports are not beside the project"))
    func aCancelledSplitOrJoinDoesNotWriteTheCorpusFile() throws {
        let folder = try ScratchFolder()
        let file = folder.path("corpus.parley")
        let c = CapturingSession(format: .table)
        c.session.corpus = try Corpus.open(database: file)
        c.session.load(paths: [seedsFolder.path])
        let before = c.session.corpus.meetings
        c.session.shouldCancel = { true }
        #expect(!c.session.run(CancellingCommandsTests.split))
        #expect(!c.session.run(CancellingCommandsTests.join))
        #expect(c.err.suffix(2).allSatisfy { $0.contains("cancelled; nothing was changed") }, "\(c.err)")
        #expect(try c.session.corpus.store?.info().overrides == 0)
        #expect(try Corpus.open(database: file).meetings == before)
    }

    @Test func renderingALongTableOrDocumentStopsOnCtrlC() throws {
        let rows = (0..<20_000).map { ["\($0)", "meeting number \($0)", "Hanoi"] }
        let table = TextTable(columns: [.init("n", alignRight: true), .init("what", wraps: true), .init("place")], rows: rows)
        #expect(table.render(width: 80).split(separator: "\n").count == 20_001)
        let stop = CancelAfter(1)
        let cut = Rendering.$cancellation.withValue(Cancellation { stop.ask() }) { table.render(width: 80) }
        #expect(cut.split(separator: "\n").count < 1_000 && stop.questions == 2)
        let markdown = Rendering.$cancellation.withValue(Cancellation { true }) { Markdown.table(table) }
        #expect(markdown.split(separator: "\n").count < 1_000)
        let document = JSON.array(rows.map { .array($0.map(JSON.string)) })
        let whole = document.serialized()
        let part = Rendering.$cancellation.withValue(Cancellation { true }) { document.serialized() }
        #expect(part.utf8.count * 10 < whole.utf8.count)
        // The session drops what was rendered and says the command was cancelled.
        let session = Session(writeOut: { _ in }, writeErr: { _ in })
        let output = CommandOutput(json: document, text: { w, c in table.render(width: w, color: c) })
        #expect(throws: CancelledError.self) { try session.render(output, cancellation: CancelAfter(1).cancellation) }
        #expect(try session.render(output, cancellation: .never)?.split(separator: "\n").count == 20_001)
    }
}

extension CancelAfter {
    /// This countdown as a ``Cancellation``.
    var cancellation: Cancellation { Cancellation { self.ask() } }
}

@Suite struct InterruptibleOutputTests {
    static let text = (0..<50_000).map { "line \($0) of a long table" }.joined(separator: "\n")

    @Test func piecesWrittenWholeAreTheTextAsItWouldBeWrittenAtOnce() {
        var written = ""
        let output = InterruptibleOutput(sink: { written += $0 + "\n" }, stopped: { false })
        output.write(InterruptibleOutputTests.text)
        output.write("short")
        #expect(written == InterruptibleOutputTests.text + "\nshort\n" && !output.cut)
    }

    @Test func ctrlCStopsTheWritingBetweenTwoPieces() {
        var pieces: [String] = []
        let stop = CancelAfter(1)
        let output = InterruptibleOutput(sink: { pieces.append($0) }, stopped: { stop.ask() })
        output.write(InterruptibleOutputTests.text)
        output.write("more")
        #expect(output.cut && pieces.count == 2, "\(pieces.count) pieces")
        #expect(pieces.joined(separator: "\n").utf8.count * 4 < InterruptibleOutputTests.text.utf8.count)
        #expect(pieces.allSatisfy { $0.utf8.count <= InterruptibleOutput.piece })
    }
}
