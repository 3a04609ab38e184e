import Foundation
import Testing
@testable import Parley

@Suite struct LoaderTests {
    @Test func foldersAreReadRecursivelySortedWithoutHiddenFiles() throws {
        let t = try TempFolder()
        defer { t.cleanup() }
        try t.write("b.txt", "BERLIN — Chancellor Olaf Scholz met French President Emmanuel Macron on Monday.")
        try t.write("a.txt", "PARIS — President Emmanuel Macron received Chancellor Olaf Scholz on Tuesday.")
        try t.write("sub/c.txt", "ROME — Italian Prime Minister Giorgia Meloni met Scholz.")
        try t.write(".hidden.txt", "hidden")
        try t.write("notes.md", "# not a report")
        let result = ReportLoader().load(paths: [t.path])
        #expect(result.reports.map(\.id) == ["a", "b", "c"])
        #expect(result.reports.map(\.source) == ["a.txt", "b.txt", "sub/c.txt"])
        #expect(result.issues.count == 1)
        #expect(result.issues.first?.message.contains("notes.md") == true)
    }

    @Test func jsonLinesFieldsBecomeMetadata() throws {
        let t = try TempFolder()
        defer { t.cleanup() }
        let lines = [
            #"{"id": "r1", "url": "https://www.example-news.test/a", "outlet": "Harbour Times", "published": "2024-03-05T08:00:00Z", "title": "Talks in Canberra", "text": "CANBERRA — Prime Minister Anthony Albanese met Vietnamese Prime Minister Pham Minh Chinh on Thursday."}"#,
            #"{"id": 42, "date": "2024-03-07", "text": "The two leaders agreed to upgrade ties."}"#,
            #"{"text": "A record with neither id nor outlet."}"#,
        ]
        try t.write("feed.jsonl", lines.joined(separator: "\n") + "\n")
        let result = ReportLoader().load(paths: [t.url.appendingPathComponent("feed.jsonl").path])
        #expect(result.issues.isEmpty)
        #expect(result.reports.map(\.id) == ["r1", "42", "feed.jsonl:3"])
        let r = result.reports[0]
        #expect(r.outlet == "Harbour Times" && r.outletEvidence == "field")
        #expect(r.published?.description == "2024-03-05")
        #expect(r.title == "Talks in Canberra")
        #expect(r.source == "feed.jsonl:1")
        #expect(result.reports[1].published?.description == "2024-03-07")
        #expect(result.reports[2].outlet == nil && result.reports[2].published == nil)
    }

    @Test func csvWithQuotedNewlinesAndCommas() throws {
        let t = try TempFolder()
        defer { t.cleanup() }
        let csv = "id,outlet,published,title,text\r\nc1,Pacific Ledger,2023-11-16,\"Talks, at last\",\"WOODSIDE — The two presidents met.\r\n\r\nThey agreed to resume military talks, and to curb fentanyl.\"\r\nc2,,,,\"A second, \"\"quoted\"\" report.\"\r\n"
        try t.write("export.csv", csv)
        let result = ReportLoader().load(paths: [t.path])
        #expect(result.issues.isEmpty)
        #expect(result.reports.map(\.id) == ["c1", "c2"])
        #expect(result.reports[0].title == "Talks, at last")
        #expect(result.reports[0].text.contains("They agreed to resume military talks, and to curb fentanyl."))
        #expect(result.reports[1].text == "A second, \"quoted\" report.")
        #expect(result.reports[0].source == "export.csv:2")
    }

    @Test func badInputsAreNamedAndEverythingValidStillLoads() throws {
        let t = try TempFolder()
        defer { t.cleanup() }
        try t.write("good.txt", "HANOI — The two ministers met on Monday and agreed to expand trade.")
        try t.write("binary.txt", Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00] + Array(repeating: 0, count: 200)))
        try t.write("latin1.txt", Data(Array("S\u{E3}o Paulo: the mayor met the ".utf8) + [0xE9, 0x74, 0xE9] + Array(" delegation.".utf8)))
        try t.write("empty.txt", "")
        // A 100 MB file that is one line.
        let big = t.url.appendingPathComponent("huge.txt")
        #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
        let handle = try FileHandle(forWritingTo: big)
        let chunk = Data(repeating: UInt8(ascii: "a"), count: 1 << 20)
        for _ in 0..<100 { handle.write(chunk) }
        try handle.close()
        try t.write("feed.jsonl", [
            #"{"id": "j1", "text": "First good record."}"#,
            #"{"id": "j2", "text": "broken"#,
            "not json at all",
            #"["an", "array"]"#,
            #"{"id": "j5", "title": "no text"}"#,
            #"{"id": "j6", "text": "Second good record."}"#,
        ].joined(separator: "\n"))
        try t.write("rows.csv", "id,text\nr1,\"First row.\"\nr2,\"Broken \"quote\" here\"\nr3,Third row.\nr4,\"Never closed\nr5,Fifth row.\n")

        let result = ReportLoader().load(paths: [t.path])
        let ids = Set(result.reports.map(\.id))
        #expect(ids.isSuperset(of: ["good", "latin1", "j1", "j6", "r1", "r3"]))
        #expect(!ids.contains("huge") && !ids.contains("binary") && !ids.contains("empty"))
        func issue(_ file: String, _ line: Int? = nil) -> LoadIssue? {
            result.issues.first { ($0.file == file || $0.file.hasSuffix("/" + file)) && (line == nil || $0.line == line) }
        }
        #expect(issue("binary.txt")?.severity == .error)
        #expect(issue("empty.txt")?.severity == .error)
        #expect(issue("huge.txt", 1)?.message.contains("limit") == true)
        #expect(issue("latin1.txt")?.severity == .warning)
        #expect(issue("latin1.txt")?.byteOffset == 30)
        for line in [2, 3, 4, 5] { #expect(issue("feed.jsonl", line)?.severity == .error, "feed.jsonl line \(line)") }
        #expect(issue("rows.csv", 3)?.severity == .error)
        #expect(issue("rows.csv", 5)?.severity == .error)
        // The replacement characters stand inside a word, so cleaning records them as junk.
        let latin1 = result.reports.first { $0.id == "latin1" }
        #expect(latin1?.noise.filter { $0.kind == .junkCharacter && $0.text == "\u{FFFD}" }.count == 2)
    }

    @Test func duplicateIdsAreRenamedOrSkippedNeverLost() {
        var corpus = Corpus()
        let a = Report(id: "x", source: "one/x.txt", text: "First text.")
        let same = Report(id: "x", source: "two/x.txt", text: "First text.")
        let other = Report(id: "x", source: "three/x.txt", text: "Another text.")
        let issues = corpus.add([a, same, other])
        #expect(corpus.reports.map(\.id) == ["x", "x~2"])
        #expect(issues.count == 2)
    }

    @Test func parallelAndSerialLoadsAgree() throws {
        let t = try TempFolder()
        defer { t.cleanup() }
        for i in 0..<80 {
            try t.write(String(format: "r%03d.txt", i), "CANBERRA — Report number \(i) about a meeting on Monday. (Photo: AAP)\nThe two leaders agreed on item \(i).")
        }
        let p = ReportLoader(options: LoadOptions(parallel: true)).load(paths: [t.path])
        let s = ReportLoader(options: LoadOptions(parallel: false)).load(paths: [t.path])
        #expect(p.reports == s.reports)
        #expect(p.reports.count == 80)
    }

    @Test func cancellingKeepsWhatWasRead() throws {
        let t = try TempFolder()
        defer { t.cleanup() }
        for i in 0..<300 { try t.write(String(format: "r%03d.txt", i), "Report \(i).") }
        let result = ReportLoader(options: LoadOptions(parallel: false)).load(paths: [t.path]) { p in p.filesDone < 128 }
        #expect(result.cancelled)
        #expect(result.reports.count >= 128 && result.reports.count < 300)
    }
}
