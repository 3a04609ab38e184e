import Foundation
import Testing
@testable import ParleyShell
import Parley

/// The compare, diff, track and export commands on the example reports in Docs/examples.
/// (The suite's name contains "CompareTests" so that `--filter CompareTests` runs it.)
@Suite struct ShellCompareTests {
    /// A session over Docs/examples whose output is captured.
    final class Run {
        var out: [String] = []
        var err: [String] = []
        let session: Session

        init() {
            session = Session(format: .json, writeOut: { _ in }, writeErr: { _ in })
            session.writeOut = { [unowned self] in self.out.append($0) }
            session.writeErr = { [unowned self] in self.err.append($0) }
            let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Docs/examples")
            session.load(paths: [examples.path])
        }

        /// Runs a command and parses its JSON document.
        func json(_ line: String) throws -> [String: Any] {
            out.removeAll()
            #expect(session.run(line), "\(line) failed: \(err.joined(separator: "\n"))")
            let text = try #require(out.last)
            return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        }

        /// Runs a command and returns its text.
        func text(_ line: String) -> String {
            out.removeAll()
            #expect(session.run(line), "\(line) failed: \(err.joined(separator: "\n"))")
            return out.joined(separator: "\n")
        }
    }

    @Test func compareJSONHasTheContractKeys() throws {
        let run = Run()
        let c = try #require(try run.json("compare 2023-12-12")["comparison"] as? [String: Any])
        #expect((c["meeting"] as? String)?.hasPrefix("2023-12-12") == true)
        let witnesses = try #require(c["witnesses"] as? [[String: Any]])
        #expect(witnesses.count == 4)
        #expect(witnesses.allSatisfy { $0["report"] is String && $0.keys.contains("outlet") })
        let facts = try #require(c["facts"] as? [[String: Any]])
        #expect(facts.contains { ($0["in"] as? [String])?.count == 4 })
        for f in facts {
            #expect(f["summary"] is String && f["in"] is [String])
            let variants = try #require(f["variants"] as? [[String: Any]])
            #expect(variants.allSatisfy { $0["report"] is String && $0["text"] is String })
        }
        #expect(c["conflicts"] is [[String: Any]])
        let terminology = try #require(c["terminology"] as? [[String: Any]])
        #expect(terminology.allSatisfy { $0["referent"] is String && $0["terms"] is [String: String] })
        let emphasis = try #require(c["emphasis"] as? [String: [String: Double]])
        #expect(Set(emphasis.keys) == Set(witnesses.compactMap { $0["report"] as? String }))
        #expect(emphasis.values.allSatisfy { $0.keys.contains("xi-jinping") })
    }

    @Test func hanoiCountsRefineAndSixDirectionsDifferInAttribution() throws {
        let run = Run()
        let c = try #require(try run.json("compare 2023-12-12")["comparison"] as? [String: Any])
        let conflicts = try #require(c["conflicts"] as? [[String: Any]])
        let documents = try #require(conflicts.first { $0["field"] as? String == "count" && $0["subject"] as? String == "documents" })
        #expect(documents["type"] as? String == "refinement")
        let values = Set(((documents["values"] as? [String: String]) ?? [:]).values)
        #expect(values.isSuperset(of: ["36", "more than 30", "three dozen"]), "\(values)")
        let terms = try #require(c["terminology"] as? [[String: Any]])
        let sea = terms.first { $0["referent"] as? String == "South China Sea" }
        let seaTerms = Set(((sea?["terms"] as? [String: String]) ?? [:]).values)
        #expect(seaTerms.isSuperset(of: ["East Sea", "South China Sea"]), "\(terms)")
        let attribution = try #require(c["attribution"] as? [[String: Any]])
        let six = attribution.first { ($0["summary"] as? String)?.contains("six major directions") == true }
        let oneSide = (six?["oneSide"] as? [[String: Any]]) ?? []
        #expect(oneSide.contains { ($0["by"] as? [String: Any])?["id"] as? String == "xi-jinping" }, "\(attribution)")
    }

    @Test func moscowTradeFiguresAndKyivSpellings() throws {
        let run = Run()
        let c = try #require(try run.json("compare 2024-07-09")["comparison"] as? [String: Any])
        let terms = try #require(c["terminology"] as? [[String: Any]])
        let kyiv = terms.first { $0["referent"] as? String == "Kyiv" }
        let kyivTerms = Set(((kyiv?["terms"] as? [String: String]) ?? [:]).values)
        #expect(kyivTerms == ["Kiev", "Kyiv"], "\(terms)")
        let conflicts = try #require(c["conflicts"] as? [[String: Any]])
        #expect(!conflicts.contains { $0["type"] as? String == "contradiction" && $0["field"] as? String == "count" }, "\(conflicts)")
        let only = try #require(c["only"] as? [String: [Int]])
        let facts = try #require(c["facts"] as? [[String: Any]])
        let ganges = try #require(only.keys.first { $0.contains("ganges") })
        let consulates = (only[ganges] ?? []).compactMap { i in facts.first { $0["index"] as? Int == i }?["summary"] as? String }
        #expect(consulates.contains { $0.contains("Kazan") || $0.contains("Yekaterinburg") }, "\(consulates)")
    }

    @Test func compareTextFitsTheWidthAndChoosesWitnessesByOutlet() throws {
        let run = Run()
        run.session.format = .table
        run.session.width = 80
        let text = run.text("compare 2024-07-09 'Capital Wire' 'The Meridian Post' --wording")
        #expect(text.contains("ALIGNMENT"))
        #expect(text.contains("Capital Wire") && text.contains("The Meridian Post") && !text.contains("GC News Service"))
        for line in text.split(separator: "\n") { #expect(line.count <= 80, "too wide: \(line)") }
        #expect(!run.session.run("compare 2024-07-09 'No Such Outlet'"))
        #expect(run.err.last?.contains("No Such Outlet") == true)
    }

    @Test func diffAlignsTwoReportsSentenceBySentence() throws {
        let run = Run()
        let d = try #require(try run.json("diff 2023-11-15-pacific-ledger 2023-11-16-harbour-times")["diff"] as? [String: Any])
        let rows = try #require(d["rows"] as? [[String: Any]])
        #expect(!rows.isEmpty)
        #expect(rows.filter { $0["kind"] as? String == "same" }.count > rows.count / 2, "a syndicated copy is mostly the same")
        let counts = try #require(d["counts"] as? [String: Int])
        #expect(Set(counts.keys) == ["same", "matched", "moved", "onlyLeft", "onlyRight"])
    }

    @Test func trackFollowsTheSixDirectionsThroughTerminology() throws {
        let run = Run()
        let t = try #require(try run.json("track six major orientations")["track"] as? [String: Any])
        #expect(t["referent"] as? String == "Six major orientations")
        let entries = try #require(t["entries"] as? [[String: Any]])
        #expect(entries.contains { ($0["wording"] as? String)?.lowercased().contains("six major directions") == true })
        #expect((t["meetings"] as? [String])?.first?.hasPrefix("2023-12-12") == true)
    }

    @Test func exportWritesOneSelfContainedPage() throws {
        let run = Run()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("parley-compare-\(UUID().uuidString).html")
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try run.json("export html \(file.path) 2023-12-12")
        #expect(result["exported"] as? String == file.path)
        let html = try String(contentsOf: file, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
        #expect(html.contains("<table class=\"heat\">") && html.contains("Terminology") && html.contains("Conflicts"))
        for external in ["http://", "https://", "<script", "<link", "src=", "url("] {
            #expect(!html.contains(external), "the page must not load \(external)")
        }
        #expect(!run.session.run("export pdf \(file.path)"))
    }
}
