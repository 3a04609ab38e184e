import Foundation
import LineEditing
import Parley
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A one-line progress bar on standard error for loads that take a while.
///
/// Nothing is drawn during the first fifth of a second, so quick loads stay quiet; then the
/// line is redrawn at most twenty times a second, within the terminal's width.
/// ``finish()`` erases it. Not thread-safe: ``Session/load(paths:progress:)`` serialises calls.
final class ProgressBar {
    /// Whether to draw at all (standard error is a terminal).
    let enabled: Bool
    private var shown = false
    private let clock = ContinuousClock()
    private let started: ContinuousClock.Instant
    private var lastDrawn: ContinuousClock.Instant?

    /// Creates a bar that draws only when `enabled`.
    init(enabled: Bool) {
        self.enabled = enabled
        self.started = clock.now
    }

    /// Redraws the bar for `progress`, unless too early or too soon after the last redraw.
    func update(_ progress: LoadProgress) {
        guard enabled else { return }
        let now = clock.now
        let stopping = Interrupts.isRequested
        guard now - started >= .milliseconds(200) || stopping else { return }
        if let lastDrawn, now - lastDrawn < .milliseconds(50), progress.filesDone < progress.filesTotal, !stopping { return }
        lastDrawn = now
        let columns = TerminalSize.columns(STDERR_FILENO) ?? 80
        let line = ProgressBar.line(filesDone: progress.filesDone, filesTotal: progress.filesTotal, bytesDone: progress.bytesDone,
                                    columns: columns, hint: Interrupts.isInstalled ? "Ctrl-C stops" : nil, stopping: stopping)
        FileHandle.standardError.write(Data(("\r" + line + "\u{1B}[K").utf8))
        shown = true
    }

    /// Erases the bar if it was drawn.
    func finish() {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        shown = false
    }

    /// The bar's text for a load that has read `filesDone` of `filesTotal` files, `bytesDone`
    /// bytes in all, at most `columns - 1` characters wide; `stopping` when Ctrl-C cut the reading short.
    static func line(filesDone: Int, filesTotal: Int, bytesDone: Int, columns: Int, hint: String?, stopping: Bool = false) -> String {
        let mebibytes = String(format: "%.1f", Double(bytesDone) / 1_048_576)
        var counts = "\(filesDone)/\(filesTotal) files, \(mebibytes) MiB"
        if filesTotal <= 1 { counts = "\(mebibytes) MiB read" }
        if stopping {
            counts += ", stopped; extracting meetings from what was read…"
        } else if filesTotal > 0, filesDone >= filesTotal {
            counts += ", extracting meetings…"
        } else if let hint {
            counts += " (\(hint))"
        }
        let room = columns - 1 - counts.count - 1
        var text = counts
        if filesTotal > 1, room >= 10 {
            let width = min(30, room)
            let filled = min(width, width * filesDone / max(1, filesTotal))
            text = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled) + " " + counts
        }
        return String(text.prefix(max(1, columns - 1)))
    }
}

extension Session {
    /// Loads `paths` like ``load(paths:progress:)``, with a ``ProgressBar`` on standard error
    /// when `showProgress`; the bar is erased before any problem with the input is reported.
    @discardableResult
    func loadShowingProgress(paths: [String], showProgress: Bool = isatty(STDERR_FILENO) == 1) -> LoadResult {
        let bar = ProgressBar(enabled: showProgress)
        let report = errSink
        errSink = { message in
            bar.finish()
            report(message)
        }
        defer {
            errSink = report
            bar.finish()
        }
        return load(paths: paths, progress: { bar.update($0) })
    }
}
