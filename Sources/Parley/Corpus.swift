/// The state Parley works on: the reports read so far and what is derived from them.
///
/// A `Corpus` is a value: copying it is cheap and each copy evolves on its own.
///
/// ```swift
/// var corpus = Corpus()
/// let result = corpus.load(paths: ["Docs/examples"])
/// for issue in result.issues { print(issue) }
/// for report in corpus.reports { print(report.id, report.outlet ?? "unknown outlet") }
/// ```
public struct Corpus: Sendable {
    /// The reports, in the order they were added.
    public private(set) var reports: [Report] = []
    private var index: [String: Int] = [:]
    /// The loader used by ``load(paths:progress:)``.
    public var loader: ReportLoader

    /// Creates an empty corpus.
    public init(loader: ReportLoader = ReportLoader()) {
        self.loader = loader
    }

    /// The report with this id.
    public func report(id: String) -> Report? {
        index[id].map { reports[$0] }
    }

    /// Reads paths (files or folders) and adds their reports. Problems are returned,
    /// never thrown: one bad file does not stop the others.
    @discardableResult
    public mutating func load(paths: [String], progress: (@Sendable (LoadProgress) -> Bool)? = nil) -> LoadResult {
        var result = loader.load(paths: paths, progress: progress)
        result.issues += add(result.reports)
        return result
    }

    /// Adds reports. A report whose id is taken is skipped when its text is the
    /// same (the same report loaded twice) and renamed `id~2`, `id~3`… otherwise.
    /// Returns a warning for each such case.
    @discardableResult
    public mutating func add(_ new: [Report]) -> [LoadIssue] {
        var issues: [LoadIssue] = []
        reports.reserveCapacity(reports.count + new.count)
        for var r in new {
            if let existing = index[r.id] {
                if reports[existing].text == r.text {
                    issues.append(LoadIssue(severity: .warning, file: r.source,
                                            message: "report \(r.id) is already loaded from \(reports[existing].source) with the same text; skipped"))
                    continue
                }
                var n = 2
                while index["\(r.id)~\(n)"] != nil { n += 1 }
                let renamed = "\(r.id)~\(n)"
                issues.append(LoadIssue(severity: .warning, file: r.source,
                                        message: "id \(r.id) is already used by \(reports[existing].source); this report is loaded as \(renamed)"))
                r.id = renamed
            }
            index[r.id] = reports.count
            reports.append(r)
        }
        return issues
    }
}
