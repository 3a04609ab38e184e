import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Where the end-to-end tests find things.
enum EndToEnd {
    /// The package's root folder (this file is Tests/ParleyShellTests/ShellEndToEndTests.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `parley` executable built next to this test bundle, else the newest in a `.build*` folder.
    static func parleyBinary() throws -> String {
        let fileManager = FileManager.default
        var candidates: [String] = []
        if let first = CommandLine.arguments.first {
            let runner = URL(fileURLWithPath: first).resolvingSymlinksInPath()
            candidates.append(runner.deletingLastPathComponent().appendingPathComponent("parley").path)
            // macOS runs tests from inside a bundle: …/debug/X.xctest/Contents/MacOS/X.
            candidates.append(runner.deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("parley").path)
        }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("parley").path)
        if let found = candidates.first(where: { fileManager.isExecutableFile(atPath: $0) }) {
            return found
        }
        // Any build folder of the package, newest first.
        let builds = ((try? fileManager.contentsOfDirectory(atPath: packageRoot.path)) ?? [])
            .filter { $0.hasPrefix(".build") }
            .map { packageRoot.appendingPathComponent($0).appendingPathComponent("debug/parley").path }
            .filter { fileManager.isExecutableFile(atPath: $0) }
        let newest = builds.max { modified($0) < modified($1) }
        guard let newest else {
            throw PseudoTerminalError(
                message: "the parley executable was not found next to the tests (\(candidates.joined(separator: ", "))) "
                    + "or in .build*/debug/; build it first: swift build --build-tests",
                transcript: "")
        }
        return newest
    }

    private static func modified(_ path: String) -> Date {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date) ?? .distantPast
    }

    /// The seed reports (../shared/seeds from the package root), if they are there.
    static var seeds: String? {
        let path = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds").path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.contains { $0.hasSuffix(".txt") } ? path : nil
    }

    /// The environment of a shell under test: a temporary HOME and history file, a pager that
    /// never waits for a key.
    static func environment(home: String, history: String, pager: String = "cat") -> [String: String] {
        [
            "HOME": home,
            "PARLEY_HISTORY": history,
            "PAGER": pager,
            "LANG": "C.UTF-8",
            "TERM": "xterm-256color",
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin",
        ]
    }

    /// Writes `count` small reports of different meetings into `folder`, one file each.
    static func generateReports(_ count: Int, into folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let places = ["Hanoi", "Jakarta", "Manila", "Bangkok", "Tokyo", "Seoul", "Canberra", "Delhi"]
        let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                      "September", "October", "November", "December"]
        for index in 0..<count {
            let place = places[index % places.count]
            let month = months[(index / places.count) % months.count]
            let day = 1 + (index / (places.count * months.count)) % 28
            let year = 2000 + index % 25
            let text = """
            \(place), \(month) \(day), \(year) — Prime Minister Phạm Minh Chính held talks with Japanese Prime \
            Minister Shigeru Ishiba in \(place). The two sides agreed to build railway line number \(index).

            """
            let name = String(format: "report-%05d.txt", index)
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
    }

    /// Decodes a libedit history file: a `_HiStOrY_V2_` line, then `strvis`-encoded lines.
    static func historyLines(_ path: String) throws -> [String] {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        var lines: [String] = []
        var current: [UInt8] = []
        var index = 0
        func octal(_ byte: UInt8) -> UInt8? { (0x30...0x37).contains(byte) ? byte - 0x30 : nil }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                lines.append(String(decoding: current, as: UTF8.self))
                current = []
                index += 1
            } else if byte == UInt8(ascii: "\\"), index + 3 < bytes.count,
                      let a = octal(bytes[index + 1]), let b = octal(bytes[index + 2]), let c = octal(bytes[index + 3]) {
                current.append(a << 6 | b << 3 | c)
                index += 4
            } else if byte == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\\") {
                current.append(byte)
                index += 2
            } else {
                current.append(byte)
                index += 1
            }
        }
        if !current.isEmpty { lines.append(String(decoding: current, as: UTF8.self)) }
        return lines
    }

    /// The capture groups of the last match of `pattern` in `text`, as integers.
    static func numbers(_ pattern: String, in text: String) -> [Int]? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let match = regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).last
        else { return nil }
        return (1..<match.numberOfRanges).compactMap { index in
            Range(match.range(at: index), in: text).flatMap { Int(text[$0]) }
        }
    }
}

@Suite("parley shell, end to end on a pseudo-terminal", .serialized)
struct ShellEndToEndTests {
    @Test func aUserCompletesRecallsInterruptsALoadAndQuits() throws {
        let binary = try EndToEnd.parleyBinary()
        let temporary = try TemporaryFolder("ShellEndToEnd")
        let home = temporary.url.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let historyFile = temporary.path + "/history"
        let seeds = EndToEnd.seeds
        let corpus = try seeds ?? MiniCorpus.write(into: temporary.url)
        let startCount = seeds == nil ? MiniCorpus.reports.count : 5
        let prompt = "parley[\(startCount)]> "

        let terminal = try PseudoTerminal(
            executable: binary, arguments: [corpus],
            environment: EndToEnd.environment(home: home.path, history: historyFile),
            columns: 120, rows: 40)
        try terminal.waitForPrompt(prompt, timeout: 60)

        // `mee` Tab completes to `meetings`; Return shows the table.
        terminal.send("mee\t")
        try terminal.waitFor("meetings ", timeout: 10)
        terminal.send("\r")
        try terminal.waitFor("PARTICIPANTS", timeout: 30)
        try terminal.waitFor("2025-04-14-hanoi-talks", timeout: 10)
        try terminal.waitForPrompt(prompt, timeout: 30)

        // Up recalls the last command; Return runs it again.
        terminal.send("\u{1b}[A")
        try terminal.waitFor("meetings", timeout: 10)
        terminal.send("\r")
        try terminal.waitFor("PARTICIPANTS", timeout: 30)
        try terminal.waitForPrompt(prompt, timeout: 30)

        // `compare 2025-04` Tab completes a meeting id. The seeds hold two April 2025 meetings
        // (the 14th and the 15th): Tab grows the id to their common prefix, a second Tab lists
        // both, a typed 4 and Tab finish it.
        terminal.send("compare 2025-04\t")
        if seeds != nil {
            try terminal.waitFor("2025-04-1", timeout: 10)
            terminal.send("\t")
            try terminal.waitFor("2025-04-15-hanoi-talks", timeout: 10)
            try terminal.waitForPrompt(prompt, timeout: 10)
            terminal.send("4\t")
        }
        try terminal.waitFor("2025-04-14-hanoi-talks ", timeout: 10)
        terminal.send("\r")
        try terminal.waitForPrompt(prompt, timeout: 60)

        // A leader typed without diacritics completes to the canonical name.
        terminal.send("leader to l\t")
        try terminal.waitFor("'Tô Lâm' ", timeout: 10)
        terminal.send("\r")
        try terminal.waitFor("country:  VN", timeout: 30)
        try terminal.waitForPrompt(prompt, timeout: 30)

        // Ctrl-C during a long load returns to the prompt, keeping what was read.
        let big = temporary.url.appendingPathComponent("big")
        try EndToEnd.generateReports(20_000, into: big)
        terminal.send("load \(big.path)\r")
        try terminal.waitFor("/20000 files", timeout: 120)
        terminal.send("\u{3}")
        let afterLoad = try terminal.waitFor("cancelled, keeping what was read", timeout: 120)
        let counts = try #require(EndToEnd.numbers(#"loaded (\d+) reports? \((\d+) in all\); cancelled"#, in: afterLoad))
        #expect(counts.count == 2)
        let total = counts.last ?? 0
        #expect(total == startCount + (counts.first ?? -1))
        #expect(total > startCount)
        #expect(total < startCount + 20_000)
        let bigPrompt = "parley[\(total)]> "
        try terminal.waitForPrompt(bigPrompt, timeout: 60)

        // Ctrl-C at the prompt discards the line and gives a fresh prompt.
        terminal.send("half a line")
        try terminal.waitFor("half a line", timeout: 10)
        terminal.send("\u{3}")
        try terminal.waitForPrompt(bigPrompt, timeout: 10)

        // The history command lists the session, numbered.
        terminal.send("history\r")
        try terminal.waitFor("history", timeout: 10)
        let listing = try terminal.waitForPrompt(bigPrompt, timeout: 30)
        #expect(listing.contains("1  meetings"))

        // Ctrl-D on an empty line quits with status 0.
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit(timeout: 30) == 0)

        // The history file holds the session's commands, written as it went.
        let lines = try EndToEnd.historyLines(historyFile)
        #expect(lines.first == "_HiStOrY_V2_")
        #expect(Array(lines.dropFirst()) == [
            "meetings",
            "compare 2025-04-14-hanoi-talks",
            "leader 'Tô Lâm'",
            "load \(big.path)",
            "history",
        ])
    }

    @Test func longOutputIsPagedOnlyWhilePagingIsOnAndTablesFitTheWidth() throws {
        let binary = try EndToEnd.parleyBinary()
        let temporary = try TemporaryFolder("ShellEndToEnd")
        let corpus = try MiniCorpus.write(into: temporary.url)
        // A "pager" that marks every line it shows and waits for no key.
        let terminal = try PseudoTerminal(
            executable: binary, arguments: [corpus],
            environment: EndToEnd.environment(home: temporary.path, history: temporary.path + "/history",
                                              pager: "sed s/^/paged:/"),
            columns: 60, rows: 12)
        let prompt = "parley[3]> "
        try terminal.waitForPrompt(prompt, timeout: 60)

        terminal.send("help\r")
        try terminal.waitFor("paged:COMMAND", timeout: 30)
        try terminal.waitForPrompt(prompt, timeout: 30)

        // Short output is not paged.
        terminal.send("set\r")
        try terminal.waitFor("pager on", timeout: 10)
        let short = try terminal.waitForPrompt(prompt, timeout: 10)
        #expect(short.hasSuffix("format table\ncolor on\nwidth auto\npager on\n" + prompt))

        terminal.send("set pager off\r")
        try terminal.waitForPrompt(prompt, timeout: 10)
        let before = terminal.transcript.count
        terminal.send("help\r")
        try terminal.waitFor("'help COMMAND' shows", timeout: 30)
        try terminal.waitForPrompt(prompt, timeout: 10)
        let unpaged = String(terminal.transcript.dropFirst(before))
        #expect(!unpaged.contains("paged:"))
        #expect(unpaged.contains("COMMAND"))
        // The table fits the 60 columns of the terminal.
        for line in unpaged.split(separator: "\n") {
            #expect(line.count <= 60, "\(line.count) columns: \(line)")
        }

        terminal.send("quit\r")
        #expect(try terminal.waitForExit(timeout: 30) == 0)
    }

    @Test func outputToAFileIsNeverPagedAndTheShellStillPrompts() throws {
        let binary = try EndToEnd.parleyBinary()
        let temporary = try TemporaryFolder("ShellEndToEnd")
        let corpus = try MiniCorpus.write(into: temporary.url)
        let output = temporary.path + "/out.txt"
        // Standard input is the terminal, standard output a file: libedit cannot run, so the
        // shell reads plain lines and prompts on standard error.
        let terminal = try PseudoTerminal(
            executable: "/bin/sh", arguments: ["-c", "exec \"$0\" \"$1\" > \"$2\"", binary, corpus, output],
            environment: EndToEnd.environment(home: temporary.path, history: temporary.path + "/history",
                                              pager: "sed s/^/paged:/"),
            columns: 60, rows: 12)
        try terminal.waitFor("parley[3]> ", timeout: 60)
        terminal.send("help\r")
        try terminal.waitFor("parley[3]> ", timeout: 30)
        terminal.send("quit\r")
        #expect(try terminal.waitForExit(timeout: 30) == 0)
        let written = try String(contentsOfFile: output, encoding: .utf8)
        #expect(written.contains("COMMAND"))
        #expect(written.contains("history"))
        #expect(!written.contains("paged:"))
    }
}
