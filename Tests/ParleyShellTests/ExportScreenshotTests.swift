import Foundation
import Testing
@testable import ParleyShell
import Parley

/// The headless browser the export is checked in, when one is installed.
let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first {
    FileManager.default.isExecutableFile(atPath: $0)
}

/// Reads the width and height from a PNG's IHDR chunk.
func pngSize(_ data: Data) -> (width: Int, height: Int)? {
    let bytes = [UInt8](data)
    guard bytes.count > 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else { return nil }
    func be32(_ i: Int) -> Int { bytes[i..<(i + 4)].reduce(0) { $0 << 8 | Int($1) } }
    return (be32(16), be32(20))
}

@Suite(.enabled(if: chromium != nil, "no headless browser is installed (Scripts/ensure-deps installs Debian's chromium)"))
struct ExportScreenshotTests {
    @Test func theExportedPageRendersInAHeadlessBrowser() throws {
        let session = Session(format: .json, writeOut: { _ in }, writeErr: { _ in })
        let examples = packageRoot.appendingPathComponent("Docs/examples")
        session.load(paths: [examples.path])
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parley-shot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("comparison.html")
        #expect(session.run("export html \(ShellWords.quote(page.path))"))
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("<table") && !html.contains("http://") && !html.contains("https://"))

        let shot = dir.appendingPathComponent("shot.png")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: chromium ?? "/usr/bin/chromium")
        p.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                       "--window-size=1200,900", "--screenshot=\(shot.path)", page.absoluteString]
        p.environment = ["HOME": dir.path, "PATH": "/usr/bin:/bin"]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        // Bounded wait: a browser that hangs fails the test instead of the run.
        let deadline = Date().addingTimeInterval(120)
        while p.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.2) }
        if p.isRunning { p.terminate() }
        let data = try Data(contentsOf: shot)
        let size = try #require(pngSize(data), "the screenshot is not a PNG")
        #expect(size.width == 1200 && size.height == 900)
        // A rendered heat map is not a blank page: a blank 1200×900 PNG compresses to a few KiB.
        #expect(data.count > 20_000, "the screenshot looks blank (\(data.count) bytes)")
    }
}
