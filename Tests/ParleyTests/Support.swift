import Foundation
@testable import Parley

/// Paths the tests use.
enum TestPaths {
    /// The package root, found from this file's path.
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The shared seed reports beside the project, when present.
    static let seeds: URL = root.deletingLastPathComponent().appendingPathComponent("shared/seeds")
    /// The hand-made reading of the seeds.
    static let seedsGold: URL = root.deletingLastPathComponent().appendingPathComponent("shared/gold/seeds.json")
    /// Whether the seeds are there (they are not shipped with Parley).
    static var haveSeeds: Bool { FileManager.default.fileExists(atPath: seeds.path) && FileManager.default.fileExists(atPath: seedsGold.path) }
    /// The fixtures shipped with the tests.
    static let fixtures: URL = root.appendingPathComponent("Tests/ParleyTests/Fixtures")
    /// The example reports shipped in Docs/examples.
    static let examples: URL = root.appendingPathComponent("Docs/examples")
}

/// A fresh temporary folder, removed by the caller with `cleanup()`.
struct TempFolder {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("parley-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    func write(_ name: String, _ text: String) throws {
        try write(name, Data(text.utf8))
    }
    func write(_ name: String, _ data: Data) throws {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
    }
    var path: String { url.path }
    func cleanup() { try? FileManager.default.removeItem(at: url) }
}

/// Cleans a text as a `.txt` report and returns the report.
func cleanReport(_ text: String, name: String = "sample.txt") -> Report? {
    ReportLoader(options: LoadOptions(parallel: false)).load(bytes: Array(text.utf8), name: name).reports.first
}

/// Reads the hand-made reading of the seeds as plain JSON.
func seedsGold() throws -> [String: Any] {
    let data = try Data(contentsOf: TestPaths.seedsGold)
    return (try JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
}
