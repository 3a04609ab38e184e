import Foundation
import Glibc

/// Options for reading reports.
public struct LoadOptions: Sendable {
    /// The largest text one report may have; larger ones are refused with an error. Default 16 MiB.
    public var maxReportBytes: Int
    /// Read and clean files on all cores. The result is the same either way.
    public var parallel: Bool

    /// Creates options.
    public init(maxReportBytes: Int = 16 << 20, parallel: Bool = true) {
        self.maxReportBytes = maxReportBytes
        self.parallel = parallel
    }
}

/// How far a load has come; handed to the progress callback.
public struct LoadProgress: Sendable {
    /// Files read so far.
    public var filesDone: Int
    /// Files to read in all.
    public var filesTotal: Int
    /// Bytes read so far.
    public var bytesDone: Int
}

/// What a load produced: the reports, and every problem met on the way.
public struct LoadResult: Sendable {
    /// The reports read, in path order (files sorted, records in file order).
    public var reports: [Report]
    /// Errors and warnings, each naming its file and, where it applies, line.
    public var issues: [LoadIssue]
    /// Whether the load was cancelled by the progress callback before the end.
    public var cancelled: Bool
    /// Bytes of input read.
    public var bytesRead: Int
}

/// Reads reports from plain text files, JSON Lines and CSV exports, and folders of them.
///
/// - `.txt` (and any file given by name that is not `.jsonl`/`.ndjson`/`.csv`): one report a file.
/// - `.jsonl`, `.ndjson`: one JSON object a line with `text` and optional `id`, `url`,
///   `outlet`, `published` (or `date`) and `title`.
/// - `.csv`: a header row naming the same columns; RFC 4180 quoting.
/// - Folders: searched recursively in sorted order; hidden files are skipped, and so are
///   files with other extensions (named in a warning).
///
/// Bad input never stops a load: each faulty file or line becomes a ``LoadIssue``
/// and everything valid still loads.
public struct ReportLoader: Sendable {
    /// The cleaner applied to every report.
    public var cleaner: Cleaner
    /// Limits and parallelism.
    public var options: LoadOptions

    /// Creates a loader.
    public init(cleaner: Cleaner = Cleaner(), options: LoadOptions = LoadOptions()) {
        self.cleaner = cleaner
        self.options = options
    }

    /// File extensions read from folders.
    public static let readableExtensions: Set<String> = ["txt", "text", "jsonl", "ndjson", "csv"]

    /// One file to read, with the name reports from it carry as their source.
    struct Input: Sendable {
        var path: String
        /// The name reports carry as their source: the file name, or the path inside a folder.
        var display: String
        /// The name problems are reported under: the path as given, or the folder as given
        /// joined with the path inside it, so that `a/bad.txt` and `b/bad.txt` stay apart.
        var name: String
    }

    /// Loads every path. `progress` is called now and then; returning `false` cancels,
    /// keeping what was read so far.
    public func load(paths: [String], progress: (@Sendable (LoadProgress) -> Bool)? = nil) -> LoadResult {
        var issues: [LoadIssue] = []
        var inputs: [Input] = []
        for path in paths {
            let (found, problems) = ReportLoader.expand(path)
            inputs += found
            issues += problems
        }
        let files = inputs
        let total = files.count
        let slots = Slots<([Report], [LoadIssue], Int)>(count: total)
        let counter = Counter()
        let cancelled = Flag()
        let work: @Sendable (Int) -> Void = { i in
            if cancelled.isSet { return }
            let r = self.read(files[i])
            slots.set(i, r)
            let (done, bytes) = counter.add(bytes: r.2)
            if let progress, (done % 64 == 0 || done == total), !progress(LoadProgress(filesDone: done, filesTotal: total, bytesDone: bytes)) {
                cancelled.set()
            }
        }
        if options.parallel && total > 1 {
            let chunk = 16
            let chunks = (total + chunk - 1) / chunk
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                for i in (c * chunk)..<min(total, (c + 1) * chunk) { work(i) }
            }
        } else {
            for i in 0..<total { work(i) }
        }
        var reports: [Report] = []
        var bytes = 0
        for i in 0..<total {
            guard let (r, p, b) = slots.get(i) else { continue }
            reports += r
            issues += p
            bytes += b
        }
        return LoadResult(reports: reports, issues: issues, cancelled: cancelled.isSet, bytesRead: bytes)
    }

    /// Reads reports from bytes already in memory, as if from a file named `name`.
    public func load(bytes: [UInt8], name: String) -> LoadResult {
        let (r, p, b) = read(bytes: bytes, display: name, ext: ReportLoader.ext(name))
        return LoadResult(reports: r, issues: p, cancelled: false, bytesRead: b)
    }

    // MARK: - Files and folders

    /// The last component of a path.
    static func lastComponent(_ path: String) -> Substring {
        // Searched on UTF-8: "/" is ASCII, so the index after it is a character boundary.
        let slash = path.utf8.withContiguousStorageIfAvailable { $0.lastIndex(of: UInt8(ascii: "/")) }
            ?? path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path.utf8.distance(from: path.utf8.startIndex, to: $0) }
        guard let slash else { return Substring(path) }
        return path[path.utf8.index(path.utf8.startIndex, offsetBy: slash + 1)...]
    }

    static func ext(_ path: String) -> String {
        let name = lastComponent(path)
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return "" }
        return name[name.utf8.index(after: dot)...].lowercased()
    }

    static func expand(_ path: String) -> ([Input], [LoadIssue]) {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
            return ([], [LoadIssue(severity: .error, file: path, message: "no such file or folder")])
        }
        if !isDir.boolValue {
            return ([Input(path: path, display: String(lastComponent(path)), name: path)], [])
        }
        guard let walked = FolderWalk.files(under: path) else {
            return ([], [LoadIssue(severity: .error, file: path, message: "cannot read the folder")])
        }
        var found: [(String, String)] = []
        var skipped: [String] = []
        for (full, rel) in walked.files {
            if readableExtensions.contains(ext(rel)) {
                found.append((full, rel))
            } else {
                skipped.append(rel)
            }
        }
        found.sort { $0.1 < $1.1 }
        var issues: [LoadIssue] = walked.unreadable.map {
            LoadIssue(severity: .warning, file: path, message: "cannot read the folder \($0); skipped")
        }
        if !skipped.isEmpty {
            skipped.sort()
            let shown = skipped.prefix(5).joined(separator: ", ") + (skipped.count > 5 ? ", …" : "")
            issues.append(LoadIssue(severity: .warning, file: path,
                                    message: "skipped \(skipped.count) file\(skipped.count == 1 ? "" : "s") that \(skipped.count == 1 ? "is" : "are") not .txt, .jsonl or .csv: \(shown)"))
        }
        let folder = path.hasSuffix("/") ? path : path + "/"
        return (found.map { Input(path: $0.0, display: $0.1, name: folder + $0.1) }, issues)
    }

    func read(_ input: Input) -> ([Report], [LoadIssue], Int) {
        let ext = ReportLoader.ext(input.path)
        let isText = !(ext == "jsonl" || ext == "ndjson" || ext == "csv")
        switch FileBytes.read(input.path, limit: isText ? options.maxReportBytes : Int.max) {
        case .tooLarge(let size):
            return ([], [LoadIssue(severity: .error, file: input.name, line: 1,
                                   message: "the report is \(ReportLoader.megabytes(size)), over the \(ReportLoader.megabytes(options.maxReportBytes)) limit for one report; skipped")], size)
        case .failed(let why):
            return ([], [LoadIssue(severity: .error, file: input.name, message: "cannot read the file (\(why))")], 0)
        case .notAFile(let what):
            return ([], [LoadIssue(severity: .error, file: input.name, message: what)], 0)
        case .bytes(let bytes):
            var (reports, issues, count) = read(bytes: bytes, display: input.display, ext: ext)
            for i in issues.indices where issues[i].file == input.display { issues[i].file = input.name }
            return (reports, issues, count)
        }
    }

    func read(bytes: [UInt8], display: String, ext: String) -> ([Report], [LoadIssue], Int) {
        if let utf8 = InputDecoding.utf16ToUTF8(bytes) {
            // UTF-16 (with a byte order mark, or plainly ASCII-range text with every other byte zero).
            let (r, p, _) = read(bytes: utf8, display: display, ext: ext)
            return (r, p, bytes.count)
        }
        let bom = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        if bytes[bom...].allSatisfy({ TextScan.isSpace($0) }) {
            return ([], [LoadIssue(severity: .error, file: display, message: "the file is empty; nothing to load")], bytes.count)
        }
        if let at = InputDecoding.binaryEvidence(bytes) {
            return ([], [LoadIssue(severity: .error, file: display, byteOffset: at,
                                   message: "this looks like a binary file, not text (a NUL or control byte); skipped")], bytes.count)
        }
        switch ext {
        case "jsonl", "ndjson":
            let (r, p) = readJSONLines(bytes, display: display)
            return (r, p, bytes.count)
        case "csv":
            let (r, p) = readCSV(bytes, display: display)
            return (r, p, bytes.count)
        default:
            var issues: [LoadIssue] = []
            let decoded = InputDecoding.decode(bytes)
            if decoded.invalidCount > 0 { issues.append(invalidWarning(decoded, file: display, line: nil)) }
            let id = ReportLoader.stem(display)
            let report = makeReport(RecordFields(text: decoded.bytes), id: id, source: display)
            return ([report], issues, bytes.count)
        }
    }

    static func stem(_ display: String) -> String {
        let name = lastComponent(display)
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return String(name) }
        return String(name[..<dot])
    }

    static func megabytes(_ n: Int) -> String {
        let mb = Double(n) / 1_048_576
        return mb >= 10 ? "\(Int(mb.rounded())) MiB" : String(format: "%.1f MiB", mb)
    }

    func invalidWarning(_ d: InputDecoding.Decoded, file: String, line: Int?) -> LoadIssue {
        let first = d.invalidOffsets.first ?? 0
        return LoadIssue(severity: .warning, file: file, line: line, byteOffset: first,
                         message: "\(d.invalidCount) invalid UTF-8 sequence\(d.invalidCount == 1 ? "" : "s") replaced with U+FFFD")
    }

    // MARK: - Records

    /// The fields a record carries besides its text.
    struct RecordFields {
        var text: [UInt8]
        var id: String?
        var url: String?
        var outlet: String?
        var published: String?
        var title: String?
    }

    func makeReport(_ r: RecordFields, id: String, source: String) -> Report {
        let cleaned = cleaner.clean(r.text, knownTitle: r.title)
        let registry = cleaner.reference.outlets
        var outlet: String?
        var evidence: String?
        if let o = r.outlet?.trimmingSpaces(), !o.isEmpty {
            outlet = registry.outlet(named: o)?.name ?? o
            evidence = "field"
        } else if let tag = cleaned.dateline?.tag {
            outlet = registry.outlet(named: tag)?.name ?? tag
            evidence = "dateline"
        } else if let name = cleaned.dateline?.outletName {
            outlet = registry.outlet(named: name)?.name ?? name
            evidence = "dateline"
        } else if !cleaned.signOff.isEmpty {
            outlet = cleaned.signOff.map { registry.outlet(named: $0)?.name ?? $0 }.joined(separator: " / ")
            evidence = "signOff"
        } else if let url = r.url, let host = OutletRegistry.host(ofURL: url) {
            outlet = registry.outlet(host: host)?.name ?? host
            evidence = "url"
        }
        var published: Day? = cleaned.prefixDate
        if published == nil, let p = r.published?.trimmingSpaces(), p.utf8.count >= 10 {
            published = Day(p.prefix(10))
        }
        if published == nil { published = cleaned.dateline?.day }
        if published == nil { published = cleaned.pageDate }
        var place: String?
        if let d = cleaned.dateline, !d.place.isEmpty {
            if let known = cleaner.reference.places.place(named: d.place) {
                place = known.name
                // `DJIBOUTI, March 12` or `KUWAIT, June 23`: a dateline names a city, and a
                // country whose capital bears its name ("Djibouti City") stands for that capital.
                if known.kind == .country, let capital = cleaner.reference.places.country(code: known.country)?.capital,
                   Fold.key(capital).hasPrefix(Fold.key(known.name) + " ") {
                    place = capital
                }
            } else {
                place = d.place.split(separator: " ").map { w in
                    w.count > 1 && w == w.uppercased() ? w.prefix(1) + w.dropFirst().lowercased() : String(w)
                }.joined(separator: " ")
            }
        }
        // No dateline, but a release closed by its date and city: the city it was issued in.
        if place == nil, let foot = cleaned.footPlace, let known = cleaner.reference.places.place(named: foot) { place = known.name }
        return Report(id: id, source: source, url: r.url, outlet: outlet, outletEvidence: evidence,
                      published: published, dateline: cleaned.dateline?.raw, datelinePlace: place,
                      datelineMonthDay: cleaned.dateline?.monthDay, title: r.title ?? cleaned.title,
                      text: cleaned.text, noise: cleaned.noise)
    }

    func readJSONLines(_ bytes: [UInt8], display: String) -> ([Report], [LoadIssue]) {
        var reports: [Report] = []
        var issues: [LoadIssue] = []
        var line = 0
        var start = 0
        let n = bytes.count
        while start < n {
            line += 1
            var end = start
            while end < n, bytes[end] != 0x0A { end += 1 }
            defer { start = end + 1 }
            let range = TextScan.trimmed(bytes, start..<end)
            if range.isEmpty { continue }
            if range.count > options.maxReportBytes * 2 {
                issues.append(LoadIssue(severity: .error, file: display, line: line,
                                        message: "the line is \(ReportLoader.megabytes(range.count)), over the limit for one record; skipped"))
                continue
            }
            let decoded = InputDecoding.decode(bytes[range], baseOffset: range.lowerBound)
            if decoded.invalidCount > 0 { issues.append(invalidWarning(decoded, file: display, line: line)) }
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: Data(decoded.bytes), options: [])
            } catch {
                issues.append(LoadIssue(severity: .error, file: display, line: line,
                                        message: "not valid JSON; the line is skipped (each line must be one JSON object)"))
                continue
            }
            guard let dict = object as? [String: Any] else {
                issues.append(LoadIssue(severity: .error, file: display, line: line, message: "not a JSON object; skipped"))
                continue
            }
            func string(_ key: String) -> String? {
                switch dict[key] {
                case let s as String: return s
                case let n as NSNumber: return n.stringValue
                default: return nil
                }
            }
            guard let text = dict["text"] as? String, !text.allSatisfy(\.isWhitespace) else {
                let message: String
                switch dict["text"] {
                case nil, is NSNull: message = "the record has no \"text\" field; skipped"
                case is String: message = "the record's \"text\" field is empty; skipped"
                case is NSNumber: message = "the record's \"text\" field is a number or a boolean, not a string; skipped"
                case is [Any]: message = "the record's \"text\" field is an array, not a string; skipped"
                default: message = "the record's \"text\" field is an object, not a string; skipped"
                }
                issues.append(LoadIssue(severity: .error, file: display, line: line, message: message))
                continue
            }
            let textBytes = Array(text.utf8)
            if textBytes.count > options.maxReportBytes {
                issues.append(LoadIssue(severity: .error, file: display, line: line,
                                        message: "the report text is \(ReportLoader.megabytes(textBytes.count)), over the \(ReportLoader.megabytes(options.maxReportBytes)) limit; skipped"))
                continue
            }
            let normalised = InputDecoding.decode(textBytes).bytes
            let fields = RecordFields(text: normalised, id: string("id"), url: string("url"), outlet: string("outlet"),
                                      published: string("published") ?? string("date"), title: string("title"))
            let source = "\(display):\(line)"
            reports.append(makeReport(fields, id: fields.id.flatMap { $0.isEmpty ? nil : $0 } ?? source, source: source))
        }
        return (reports, issues)
    }

    func readCSV(_ raw: [UInt8], display: String) -> ([Report], [LoadIssue]) {
        var issues: [LoadIssue] = []
        let decoded = InputDecoding.decode(raw)
        if decoded.invalidCount > 0 { issues.append(invalidWarning(decoded, file: display, line: nil)) }
        let table = CSVReader.read(decoded.bytes, maxRecordBytes: options.maxReportBytes * 2)
        guard let headerRecord = table.header else { return ([], issues) }
        if let problem = headerRecord.problem {
            issues.append(LoadIssue(severity: .error, file: display, line: headerRecord.line, message: "header row: \(problem)"))
            return ([], issues)
        }
        let header = headerRecord.fields.map { $0.trimmingSpaces().lowercased() }
        guard let textColumn = header.firstIndex(of: "text") else {
            issues.append(LoadIssue(severity: .error, file: display, line: headerRecord.line,
                                    message: "the header has no \"text\" column (columns: \(header.joined(separator: ", ")))"))
            return ([], issues)
        }
        func column(_ names: String...) -> Int? { names.lazy.compactMap { header.firstIndex(of: $0) }.first }
        let idC = column("id"), urlC = column("url"), outletC = column("outlet"), pubC = column("published", "date"),
            titleC = column("title")
        var reports: [Report] = []
        for record in table.rows {
            if let problem = record.problem {
                issues.append(LoadIssue(severity: .error, file: display, line: record.line, message: problem))
                continue
            }
            let row = record.fields
            func field(_ i: Int?) -> String? {
                guard let i, i < row.count else { return nil }
                let v = row[i]
                return v.isEmpty ? nil : v
            }
            guard let body = field(textColumn), !body.allSatisfy(\.isWhitespace) else {
                issues.append(LoadIssue(severity: .error, file: display, line: record.line, message: "the row has an empty text field; skipped"))
                continue
            }
            let source = "\(display):\(record.line)"
            let fields = RecordFields(text: Array(body.utf8), id: field(idC), url: field(urlC), outlet: field(outletC),
                                      published: field(pubC), title: field(titleC))
            reports.append(makeReport(fields, id: fields.id ?? source, source: source))
        }
        return (reports, issues)
    }
}

/// Reads CSV (RFC 4180: fields separated by commas, a field in double quotes may hold
/// commas, newlines and doubled quotes) record by record, so that one broken row costs
/// only itself.
///
/// A record is well formed when every quoted field closes and is followed by a comma or
/// the end of the line, and it has as many fields as the header. After a broken record
/// the reader resynchronises at the next line that starts a well-formed record: the
/// lines in between belong to the broken row and are named in its problem, never read
/// as reports of their own. A `"` inside an unquoted field is kept as it is.
enum CSVReader {
    struct Record {
        var fields: [String]
        /// The 1-based line the record starts on.
        var line: Int
        /// What is wrong with it, for a broken row (its fields are then empty).
        var problem: String?
    }

    struct Table {
        var header: Record?
        var rows: [Record]
    }

    enum Parse {
        case record([String], end: Int)
        case broken(String)
    }

    static func read(_ b: [UInt8], maxRecordBytes: Int) -> Table {
        b.withUnsafeBufferPointer { read($0, maxRecordBytes: maxRecordBytes) }
    }

    static func read(_ b: UnsafeBufferPointer<UInt8>, maxRecordBytes: Int) -> Table {
        let n = b.count
        var table = Table(header: nil, rows: [])
        var i = 0
        var line = 1
        var expected: Int?
        // A broken row being skipped: its first line, its problem and the last line it covers.
        var broken: (line: Int, problem: String, last: Int)?
        func flush() {
            guard let x = broken else { return }
            var message = x.problem
            message += x.last > x.line ? "; lines \(x.line)–\(x.last) are skipped up to the next well-formed row" : "; the row is skipped"
            table.rows.append(Record(fields: [], line: x.line, problem: message))
            broken = nil
        }
        while i < n {
            var lineEnd = i
            while lineEnd < n, b[lineEnd] != 0x0A { lineEnd += 1 }
            var blank = true
            for k in i..<lineEnd where !TextScan.isSpace(b[k]) { blank = false; break }
            if blank {
                i = lineEnd + 1
                line += 1
                continue
            }
            switch parse(b, at: i, limit: maxRecordBytes) {
            case .record(let fields, let end) where expected == nil || fields.count == expected:
                flush()
                let record = Record(fields: fields, line: line, problem: nil)
                if expected == nil {
                    expected = fields.count
                    table.header = record
                } else {
                    table.rows.append(record)
                }
                for k in i..<end where b[k] == 0x0A { line += 1 }
                i = end
            case .record(let fields, let end):
                if let x = broken {
                    // Resynchronising: this line is not where a well-formed row starts.
                    broken = (x.line, x.problem, line)
                    i = lineEnd + 1
                    line += 1
                } else {
                    // Well framed but with the wrong number of fields: only this record is lost.
                    let count = expected ?? 0
                    table.rows.append(Record(fields: [], line: line, problem:
                        "the row has \(fields.count) field\(fields.count == 1 ? "" : "s"), the header \(count) (a comma in unquoted text?); the row is skipped"))
                    for k in i..<end where b[k] == 0x0A { line += 1 }
                    i = end
                }
            case .broken(let problem):
                if expected == nil {
                    table.header = Record(fields: [], line: line, problem: problem)
                    return table
                }
                if let x = broken {
                    broken = (x.line, x.problem, line)
                } else {
                    broken = (line, problem, line)
                }
                i = lineEnd + 1
                line += 1
            }
        }
        flush()
        return table
    }

    /// Parses the record that starts at `start`.
    static func parse(_ b: UnsafeBufferPointer<UInt8>, at start: Int, limit: Int) -> Parse {
        let n = b.count
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lf: UInt8 = 0x0A, cr: UInt8 = 0x0D
        var fields: [String] = []
        var i = start
        while true {
            if i < n, b[i] == quote {
                i += 1
                var value: [UInt8] = []
                var segment = i
                while true {
                    guard i < n else { return .broken("a quoted field is never closed (unbalanced \")") }
                    if i - start > limit { return .broken("the row is over the limit for one record") }
                    if b[i] == quote {
                        if i + 1 < n, b[i + 1] == quote {
                            value.append(contentsOf: b[segment...i])
                            i += 2
                            segment = i
                            continue
                        }
                        value.append(contentsOf: b[segment..<i])
                        i += 1
                        break
                    }
                    i += 1
                }
                fields.append(String(decoding: value, as: UTF8.self))
                if i >= n { return .record(fields, end: n) }
                if b[i] == comma { i += 1; continue }
                if b[i] == lf { return .record(fields, end: i + 1) }
                if b[i] == cr, i + 1 >= n || b[i + 1] == lf { return .record(fields, end: min(n, i + 2)) }
                return .broken("a quoted field is followed by text, not by a comma (a \" inside a quoted field must be doubled, or a quote is never closed)")
            }
            let from = i
            while i < n, b[i] != comma, b[i] != lf {
                i += 1
                if i - start > limit { return .broken("the row is over the limit for one record") }
            }
            var to = i
            if (i >= n || b[i] == lf), to > from, b[to - 1] == cr { to -= 1 }
            fields.append(String(decoding: UnsafeBufferPointer(rebasing: b[from..<to]), as: UTF8.self))
            if i >= n { return .record(fields, end: n) }
            if b[i] == comma { i += 1; continue }
            return .record(fields, end: i + 1)
        }
    }
}

/// Write-once result slots filled from concurrent workers, one index each.
final class Slots<T>: @unchecked Sendable {
    private var items: [T?]
    private let lock = NSLock()
    init(count: Int) { items = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ v: T) { lock.lock(); items[i] = v; lock.unlock() }
    func get(_ i: Int) -> T? { lock.lock(); defer { lock.unlock() }; return items[i] }

    /// `body(0)`, … `body(count - 1)` computed on all cores in chunks of `chunk`, in order.
    /// A chunk for which `skip()` (asked as it starts) is true is left as `nil`.
    static func map(count: Int, chunk: Int = 64, skip: @Sendable () -> Bool = { false },
                    _ body: @Sendable (Int) -> T) -> [T?] {
        let slots = Slots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { c in
            guard !skip() else { return }
            for i in (c * chunk)..<min(count, (c + 1) * chunk) { slots.set(i, body(i)) }
        }
        return slots.take()
    }

    /// `body(0)`, … `body(count - 1)` computed on all cores in chunks of `chunk`, each
    /// written straight into its place in the result: no optional slot to unwrap, and no
    /// second array to copy every value into. `nil` when `skip()` (asked as each chunk
    /// starts) stopped a chunk; the values already made are then released.
    static func collect(count: Int, chunk: Int = 64, skip: @Sendable () -> Bool = { false },
                        _ body: @Sendable (Int) -> T) -> [T]? {
        guard count > 0 else { return [] }
        let chunks = (count + chunk - 1) / chunk
        let done = Slots<Bool>(count: chunks)
        var complete = true
        let out = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let base = SendablePointer(pointer: buffer.baseAddress)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                guard !skip(), let p = base.pointer else { return }
                // Each chunk writes its own indices only, so no two workers touch one value.
                for i in (c * chunk)..<min(count, (c + 1) * chunk) { (p + i).initialize(to: body(i)) }
                done.set(c, true)
            }
            complete = base.pointer != nil && (0..<chunks).allSatisfy { done.get($0) == true }
            if complete {
                initialized = count
            } else {
                // A chunk that started has finished: release those values and keep none.
                if let p = base.pointer {
                    for c in 0..<chunks where done.get(c) == true {
                        let lo = c * chunk
                        (p + lo).deinitialize(count: min(count, lo + chunk) - lo)
                    }
                }
                initialized = 0
            }
        }
        return complete ? out : nil
    }

    /// The results, moved out: the slots are left empty and no result is copied.
    func take() -> [T?] {
        lock.lock()
        defer { lock.unlock() }
        let out = items
        items = []
        return out
    }
}

/// A pointer handed to concurrent workers that each write their own indices of it.
struct SendablePointer<T>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<T>?
}

/// A thread-safe running count of files and bytes.
final class Counter: @unchecked Sendable {
    private var files = 0
    private var bytes = 0
    private let lock = NSLock()
    func add(bytes b: Int) -> (Int, Int) {
        lock.lock(); defer { lock.unlock() }
        files += 1
        bytes += b
        return (files, bytes)
    }
}

/// A thread-safe flag that can only be set.
final class Flag: @unchecked Sendable {
    private var value = false
    private let lock = NSLock()
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
    func set() { lock.lock(); value = true; lock.unlock() }
}

/// Reads whole files with POSIX calls: one `open`, `fstat` and a few `read`s,
/// without Foundation's per-file overhead, which mattered at 100,000 files.
enum FileBytes {
    enum Outcome {
        case bytes([UInt8])
        case tooLarge(Int)
        case failed(String)
        /// Not a regular file: what it is instead.
        case notAFile(String)
    }

    static func read(_ path: String, limit: Int) -> Outcome {
        // The type is checked before opening: opening a FIFO for reading blocks until a
        // writer comes, and opening a device can have effects of its own.
        var st = stat()
        guard stat(path, &st) == 0 else { return .failed(String(cString: strerror(errno))) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { return .notAFile(kind(st.st_mode)) }
        // Non-blocking, in case the path was replaced by a FIFO since: the type is checked again.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .failed(String(cString: strerror(errno))) }
        defer { close(fd) }
        guard fstat(fd, &st) == 0 else { return .failed(String(cString: strerror(errno))) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { return .notAFile(kind(st.st_mode)) }
        let size = Int(st.st_size)
        if size > limit { return .tooLarge(size) }
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let n = bytes.withUnsafeMutableBytes { buf -> Int in
                guard let base = buf.baseAddress else { return 0 }
                return Glibc.read(fd, base + done, size - done)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return .failed(String(cString: strerror(errno)))
            }
            if n == 0 { break }
            done += n
        }
        if done < size { bytes.removeSubrange(done...) }
        return .bytes(bytes)
    }

    /// What a path that is not a regular file is, for the message.
    static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: return "a FIFO (named pipe), not a regular file; skipped"
        case S_IFCHR, S_IFBLK: return "a device, not a regular file; skipped"
        case S_IFSOCK: return "a socket, not a regular file; skipped"
        case S_IFDIR: return "a folder where a file was expected; skipped"
        default: return "not a regular file; skipped"
        }
    }
}

/// A recursive folder listing on POSIX calls: regular files (and symbolic links to
/// them) below a folder, hidden names skipped, with paths relative to the folder.
/// Symbolic links to folders are not followed, so a link cycle cannot trap the walk.
enum FolderWalk {
    struct Listing {
        /// Full path and path relative to the root, for each file.
        var files: [(path: String, relative: String)] = []
        /// Relative paths of sub-folders that could not be opened.
        var unreadable: [String] = []
    }

    /// The files under `root`, or `nil` when `root` itself cannot be opened.
    static func files(under root: String) -> Listing? {
        var listing = Listing()
        let base = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
        guard visit(base, "", into: &listing) else { return nil }
        return listing
    }

    /// Lists one folder into `listing`; `false` when it cannot be opened.
    private static func visit(_ dir: String, _ rel: String, into listing: inout Listing) -> Bool {
        guard let handle = opendir(dir) else { return false }
        defer { closedir(handle) }
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw -> String in
                let bytes = raw.prefix { $0 != 0 }
                return String(decoding: bytes, as: UTF8.self)
            }
            // Hidden files and folders, and "." and "..".
            if name.isEmpty || name.hasPrefix(".") { continue }
            let full = dir + "/" + name
            let relative = rel.isEmpty ? name : rel + "/" + name
            var type = Int32(entry.pointee.d_type)
            if type == Int32(DT_UNKNOWN) || type == Int32(DT_LNK) {
                var st = stat()
                guard stat(full, &st) == 0 else { continue }
                let mode = st.st_mode & S_IFMT
                if mode == S_IFREG { type = Int32(DT_REG) } else if mode == S_IFDIR && type == Int32(DT_UNKNOWN) { type = Int32(DT_DIR) } else { continue }
            }
            if type == Int32(DT_DIR) {
                if !visit(full, relative, into: &listing) { listing.unreadable.append(relative) }
            } else if type == Int32(DT_REG) {
                listing.files.append((full, relative))
            }
        }
        return true
    }
}
