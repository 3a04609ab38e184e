import Foundation
import Testing
@testable import LineEditing

/// A fresh directory under the temporary directory, removed by the caller.
private func makeTemporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("LineEditingTests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

@Suite("HistoryStore")
struct HistoryStoreTests {
    @Test func keepsEntriesOldestFirst() throws {
        let store = try #require(HistoryStore(file: nil))
        store.enter("one")
        store.enter("two")
        #expect(store.entries == ["one", "two"])
    }

    @Test func isBoundedByItsLimit() throws {
        let store = try #require(HistoryStore(file: nil, limit: 3))
        for number in 1...10 {
            store.enter("command \(number)")
        }
        #expect(store.entries == ["command 8", "command 9", "command 10"])
    }

    @Test func dropsConsecutiveDuplicatesOnly() throws {
        let store = try #require(HistoryStore(file: nil))
        #expect(store.enter("show a"))
        #expect(!store.enter("show a"))
        #expect(store.enter("compare"))
        #expect(store.enter("show a"))
        #expect(store.entries == ["show a", "compare", "show a"])
    }

    @Test func trimsLinesAndSkipsEmptyOnes() throws {
        let store = try #require(HistoryStore(file: nil))
        store.enter("show Tô Lâm ")
        store.enter("   ")
        store.enter("")
        store.enter("show Tô Lâm")
        #expect(store.entries == ["show Tô Lâm"])
    }

    @Test func writesTheFileAtEachEntryWithOwnerOnlyMode() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("history").path
        let store = try #require(HistoryStore(file: path))
        #expect(!FileManager.default.fileExists(atPath: path))

        store.enter("first")
        let afterFirst = try String(contentsOfFile: path, encoding: .utf8)
        #expect(afterFirst.hasPrefix("_HiStOrY_V2_\n"))
        #expect(afterFirst.contains("first"))
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)

        store.enter("second")
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("second"))
    }

    @Test func roundTripsSpacesDiacriticsAndSymbols() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("history").path
        let lines = [
            "compare \"Sergey Lavrov\" \"Wang Yi\"",
            "show Tô Lâm --outlet 'Wire A'",
            "find Erdoğan Лавров 王毅",
            "back\\slash and tab\tinside",
        ]
        do {
            let store = try #require(HistoryStore(file: path))
            lines.forEach { store.enter($0) }
        }
        let reloaded = try #require(HistoryStore(file: path))
        #expect(reloaded.entries == lines)
    }

    @Test func loadingKeepsOnlyTheNewestEntriesWithinTheLimit() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("history").path
        do {
            let store = try #require(HistoryStore(file: path, limit: 10))
            (1...6).forEach { store.enter("command \($0)") }
        }
        let reloaded = try #require(HistoryStore(file: path, limit: 2))
        #expect(reloaded.entries == ["command 5", "command 6"])
    }

    @Test func staysInMemoryWhenTheDirectoryIsMissing() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("missing/history").path
        let store = try #require(HistoryStore(file: path))
        store.enter("still remembered")
        #expect(!store.save())
        #expect(store.entries == ["still remembered"])
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func neverOverwritesAFileInAnotherFormat() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("readline_history").path
        let foreign = "ls -l\ncd /tmp\n"
        try foreign.write(toFile: path, atomically: true, encoding: .utf8)
        let store = try #require(HistoryStore(file: path))
        #expect(!store.isPersistent)
        #expect(store.entries.isEmpty)
        store.enter("new entry")
        #expect(store.entries == ["new entry"])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == foreign)
    }

    @Test func anEmptyFileIsTakenOver() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("history").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let store = try #require(HistoryStore(file: path))
        #expect(store.isPersistent)
        store.enter("kept")
        #expect(try #require(HistoryStore(file: path)).entries == ["kept"])
    }
}
