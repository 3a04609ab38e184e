import Foundation
import LineEditing
import Parley
import Testing
@testable import ParleyShell

/// Three self-written reports, one meeting each: Tokyo 2024, Jakarta 2025, Hanoi 2025.
enum MiniCorpus {
    static let reports: [(name: String, text: String)] = [
        ("jakarta-talks.txt", """
        Jakarta, March 3, 2025 — Indonesian President Prabowo Subianto held talks with Japanese Prime Minister \
        Shigeru Ishiba in Jakarta on Monday. The two leaders agreed to deepen maritime cooperation and signed an \
        agreement on energy transition.
        """),
        ("tokyo-talks.txt", """
        Tokyo, June 10, 2024 — Japanese Prime Minister Fumio Kishida held talks with Vietnamese Prime Minister \
        Phạm Minh Chính in Tokyo on Monday. The two sides agreed to expand trade and investment.
        """),
        ("hanoi-visit.txt", """
        Hanoi, April 14, 2025 — General Secretary Tô Lâm held talks with Chinese President Xi Jinping in Hanoi \
        on Monday. The two sides signed 45 cooperation documents, including one on railway connectivity.
        """),
    ]

    /// Writes the reports into a new folder and returns its path.
    static func write(into parent: URL) throws -> String {
        let folder = parent.appendingPathComponent("mini", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for report in reports {
            try Data((report.text + "\n").utf8).write(to: folder.appendingPathComponent(report.name))
        }
        return folder.path
    }
}

/// A temporary folder removed when the value goes away.
final class TemporaryFolder {
    let url: URL
    var path: String { url.path }

    init(_ label: String = "ParleyShellTests") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(label)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Creates a file (and its folders) with `text`.
    func file(_ relative: String, _ text: String = "") throws {
        let target = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: target)
    }

    /// Creates a folder.
    func folder(_ relative: String) throws {
        try FileManager.default.createDirectory(at: url.appendingPathComponent(relative), withIntermediateDirectories: true)
    }
}

/// A session over the mini corpus whose output is kept, with a completer rooted in a folder of files.
final class CompletionFixture {
    let temporary: TemporaryFolder
    let session: Session
    let completer: ShellCompleter
    var output: [String] = []

    init(listLimit: Int = 200) throws {
        temporary = try TemporaryFolder()
        let reports = try MiniCorpus.write(into: temporary.url)
        try temporary.folder("files/april")
        try temporary.folder("files/reports")
        try temporary.file("files/reports.jsonl")
        try temporary.file("files/notes.txt")
        try temporary.file("files/my report.txt")
        try temporary.file("files/.hidden")
        try temporary.file("files/april/one.txt")
        try temporary.file("files/Éclat.csv")
        let box = OutputBox()
        session = Session(writeOut: { box.lines.append($0) }, writeErr: { box.lines.append($0) })
        session.load(paths: [reports])
        completer = ShellCompleter(
            session: session,
            currentDirectory: temporary.path + "/files",
            homeDirectory: temporary.path + "/files/april",
            listLimit: listLimit
        )
    }

    func complete(_ text: String) -> CompletionResult {
        completer.complete(text)
    }
}

final class OutputBox {
    var lines: [String] = []
}

@Suite("Tab completion")
struct ShellCompleterTests {
    // MARK: Command names

    @Test func aPrefixCompletesToTheListingCommand() throws {
        let fixture = try CompletionFixture()
        #expect(fixture.complete("mee") == CompletionResult(replaceCount: 3, candidates: ["meetings"]))
        #expect(fixture.complete("rep").candidates == ["reports"])
        #expect(fixture.complete("hist").candidates == ["history"])
    }

    @Test func aSingularTypedInFullOffersBothForms() throws {
        let fixture = try CompletionFixture()
        #expect(Set(fixture.complete("meeting").candidates) == ["meeting", "meetings"])
    }

    @Test func commandNamesFoldCaseAndKeepADot() throws {
        let fixture = try CompletionFixture()
        #expect(fixture.complete("MEE").candidates == ["meetings"])
        #expect(fixture.complete(".mee") == CompletionResult(replaceCount: 4, candidates: [".meetings"]))
        #expect(fixture.complete("  ex").candidates == ["export", "exit"])
    }

    @Test func anEmptyLineOffersEveryCommand() throws {
        let fixture = try CompletionFixture()
        let names = fixture.complete("").candidates
        for type in Commands.all {
            #expect(names.contains(type.name))
        }
    }

    @Test func anUnknownCommandCompletesNothing() throws {
        let fixture = try CompletionFixture()
        #expect(fixture.complete("frobnicate x").candidates.isEmpty)
    }

    @Test func helpCompletesCommandNames() throws {
        let fixture = try CompletionFixture()
        #expect(fixture.complete("help hi").candidates == ["history"])
        #expect(fixture.complete("help co").candidates.contains("compare"))
        #expect(fixture.complete("help compare x").candidates.isEmpty)
    }

    // MARK: Flags and option values

    @Test func flagsOfTheCommandBeingTyped() throws {
        let fixture = try CompletionFixture()
        #expect(fixture.complete("meetings --").candidates == ["--leader", "--json", "--markdown"])
        #expect(fixture.complete("meetings --j") == CompletionResult(replaceCount: 3, candidates: ["--json"]))
        #expect(fixture.complete("report tokyo-talks --n").candidates == ["--noise"])
    }

    @Test func flagsAlreadyGivenAreNotOfferedAgain() throws {
        let fixture = try CompletionFixture()
        #expect(fixture.complete("meetings --json --").candidates == ["--leader", "--markdown"])
    }

    @Test func optionValuesComplete() throws {
        let fixture = try CompletionFixture()
        #expect(fixture.complete("meetings --leader xi").candidates.contains("'Xi Jinping'"))
        #expect(fixture.complete("meetings --leader 'xi j").candidates == ["'Xi Jinping'"])
        #expect(fixture.complete("agreements --status p").candidates == ["proposed", "pledged"])
    }

    @Test func flagsDoNotCountAsPositionalArguments() throws {
        let fixture = try CompletionFixture()
        // `--json` takes no value, so "2025-03" is compare's first argument, a meeting id.
        #expect(fixture.complete("compare --json 2025-03").candidates == ["2025-03-03-jakarta-talks"])
    }

    @Test func theWordAfterAValueOptionIsItsValue() throws {
        let fixture = try CompletionFixture()
        // `--outlet` takes a value; the mini corpus names no outlet, so nothing completes,
        // and the word is not taken for a positional argument of `reports` either.
        #expect(fixture.complete("reports --outlet 20").candidates.isEmpty)
        #expect(ShellCompleter.valueTakingOptions(in: "USAGE: x [--leader <leader>] [--json] --all") == ["--leader"])
    }

    // MARK: Meetings and reports

    @Test func meetingIDsComplete() throws {
        let fixture = try CompletionFixture()
        #expect(fixture.complete("compare 2025-04") == CompletionResult(replaceCount: 7, candidates: ["2025-04-14-hanoi-talks"]))
        #expect(fixture.complete("meeting 2025-0").candidates == ["2025-03-03-jakarta-talks", "2025-04-14-hanoi-talks"])
        #expect(fixture.complete("meeting 2025-04-14-HAN").candidates == ["2025-04-14-hanoi-talks"])
        #expect(fixture.complete(".meeting 2024").candidates == ["2024-06-10-tokyo-talks"])
    }

    @Test func aMeetingTakesOneIDOnly() throws {
        let fixture = try CompletionFixture()
        #expect(fixture.complete("meeting 2024-06-10-tokyo-talks 20").candidates.isEmpty)
    }

    @Test func reportIDsComplete() throws {
        let fixture = try CompletionFixture()
        #expect(fixture.complete("report tok").candidates == ["tokyo-talks"])
        #expect(fixture.complete("diff hanoi-visit j").candidates == ["jakarta-talks"])
        #expect(fixture.complete("diff hanoi-visit jakarta-talks t").candidates.isEmpty)
    }

    @Test func compareWitnessesAreTheMeetingsReportsAndOutlets() throws {
        let fixture = try CompletionFixture()
        #expect(fixture.complete("compare 2025-04-14-hanoi-talks ").candidates == ["hanoi-visit"])
        #expect(fixture.complete("compare 2025-04 h").candidates == ["hanoi-visit"])
    }

    @Test func splitAndJoinCompleteMeetingsAndReports() throws {
        let fixture = try CompletionFixture()
        #expect(fixture.complete("split 2025-04").candidates == ["2025-04-14-hanoi-talks"])
        #expect(fixture.complete("split 2025-04-14-hanoi-talks ha").candidates == ["hanoi-visit"])
        #expect(fixture.complete("join 2024-06-10-tokyo-talks 2025-03").candidates == ["2025-03-03-jakarta-talks"])
        #expect(fixture.complete("join 2024-06-10-tokyo-talks 2025-03-03-jakarta-talks 20").candidates.isEmpty)
    }

    @Test func exportCompletesItsFormatThenAPathThenAMeeting() throws {
        let fixture = try CompletionFixture()
        #expect(fixture.complete("export h").candidates == ["html"])
        #expect(fixture.complete("export html no").candidates == ["notes.txt"])
        #expect(fixture.complete("export html out.html 2024").candidates == ["2024-06-10-tokyo-talks"])
    }

    // MARK: Leaders

    @Test func leaderNamesCompleteWithoutDiacritics() throws {
        let fixture = try CompletionFixture()
        // Both typed words are replaced by the canonical name, quoted for the shell.
        #expect(fixture.complete("leader to l") == CompletionResult(replaceCount: 4, candidates: ["'Tô Lâm'"]))
        #expect(fixture.complete("leader TO LA").candidates == ["'Tô Lâm'"])
    }

    @Test func leaderNamesCompleteWithDiacritics() throws {
        let fixture = try CompletionFixture()
        #expect(fixture.complete("leader Tô Lâ").candidates == ["'Tô Lâm'"])
        #expect(fixture.complete("leader 'Tô L") == CompletionResult(replaceCount: 5, candidates: ["'Tô Lâm'"]))
    }

    @Test func leaderNamesCompleteFromAShortForm() throws {
        let fixture = try CompletionFixture()
        #expect(fixture.complete("leader xi").candidates.contains("'Xi Jinping'"))
        #expect(fixture.complete("leader xi ").candidates == ["'Xi Jinping'"])
    }

    @Test func peopleTheCorpusNamesComeFirst() throws {
        let fixture = try CompletionFixture()
        let candidates = fixture.complete("leader pham").candidates
        #expect(candidates.first == "'Phạm Minh Chính'")
        #expect(candidates.count > 1)
    }

    @Test func leaderAfterAFlagStartsAfterTheFlag() throws {
        let fixture = try CompletionFixture()
        #expect(fixture.complete("leader --json to l") == CompletionResult(replaceCount: 4, candidates: ["'Tô Lâm'"]))
    }

    // MARK: Paths

    @Test func pathsCompleteFilesAndFolders() throws {
        let fixture = try CompletionFixture()
        #expect(fixture.complete("load rep").candidates == ["reports/", "reports.jsonl"])
        #expect(fixture.complete("load no") == CompletionResult(replaceCount: 2, candidates: ["notes.txt"], appendSpace: true))
    }

    @Test func aFolderCompletesWithASlashAndNoSpace() throws {
        let fixture = try CompletionFixture()
        #expect(fixture.complete("load apr") == CompletionResult(replaceCount: 3, candidates: ["april/"], appendSpace: false))
        #expect(fixture.complete("load april/").candidates == ["april/one.txt"])
    }

    @Test func hiddenFilesOnlyWhenADotIsTyped() throws {
        let fixture = try CompletionFixture()
        #expect(!fixture.complete("load ").candidates.contains(".hidden"))
        #expect(fixture.complete("load .h").candidates == [".hidden"])
    }

    @Test func pathsWithSpacesAreQuoted() throws {
        let fixture = try CompletionFixture()
        #expect(fixture.complete("load my") == CompletionResult(replaceCount: 2, candidates: ["'my report.txt'"]))
        #expect(fixture.complete("load 'my r") == CompletionResult(replaceCount: 5, candidates: ["'my report.txt'"]))
        #expect(fixture.complete("load my\\ r") == CompletionResult(replaceCount: 5, candidates: ["'my report.txt'"]))
    }

    @Test func pathsFoldCaseAndDiacriticsWhenNothingMatchesExactly() throws {
        let fixture = try CompletionFixture()
        #expect(fixture.complete("load ecl").candidates == ["Éclat.csv"])
    }

    @Test func absoluteAndHomePathsComplete() throws {
        let fixture = try CompletionFixture()
        let root = fixture.temporary.path + "/files/"
        #expect(fixture.complete("load \(root)no").candidates == [root + "notes.txt"])
        #expect(fixture.complete("load ~/o").candidates == ["~/one.txt"])
        #expect(fixture.complete("load several.txt no").candidates == ["notes.txt"])
    }

    @Test func aMissingFolderCompletesNothing() throws {
        let fixture = try CompletionFixture()
        #expect(fixture.complete("load nowhere/x").candidates.isEmpty)
    }

    // MARK: Settings

    @Test func settingNamesAndValuesComplete() throws {
        let fixture = try CompletionFixture()
        #expect(fixture.complete("set f").candidates == ["format"])
        #expect(fixture.complete("set format j").candidates == ["json"])
        #expect(fixture.complete("set pager ").candidates == ["on", "off"])
        #expect(fixture.complete("set width a").candidates == ["auto"])
        #expect(fixture.complete("set width auto x").candidates.isEmpty)
    }

    // MARK: Long lists

    @Test func longListsAreCutWithACount() throws {
        let fixture = try CompletionFixture(listLimit: 5)
        let candidates = fixture.complete("leader ").candidates
        #expect(candidates.count == 6)
        #expect(candidates.last?.hasPrefix("… ") == true)
    }

    @Test func longListsStillCompleteTheirCommonPrefix() throws {
        let fixture = try CompletionFixture(listLimit: 2)
        // Three meetings start with "20"; their common prefix "202" grows the word.
        #expect(fixture.complete("meeting 2") == CompletionResult(replaceCount: 1, candidates: ["202"], appendSpace: false))
    }
}

@Suite("Typed line parsing")
struct TypedLineTests {
    @Test func wordsAndTheirStartsAreFound() {
        let line = TypedLine("leader  'Tô L")
        #expect(line.words == [TypedLine.Word(value: "leader", start: 0)])
        #expect(line.current == TypedLine.Word(value: "Tô L", start: 8))
        #expect(line.scalarCount == 13)
    }

    @Test func aTrailingSpaceStartsAnEmptyWord() {
        let line = TypedLine("load a\\ b ")
        #expect(line.words.map(\.value) == ["load", "a b"])
        #expect(line.current == TypedLine.Word(value: "", start: 10))
    }

    @Test func doubleQuotesAllowEscapedQuotes() {
        let line = TypedLine("track \"six \\\"major")
        #expect(line.current.value == "six \"major")
        #expect(line.current.start == 6)
    }
}
