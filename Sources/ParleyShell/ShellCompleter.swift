import Foundation
import LineEditing
import Parley

/// Tab completion for the Parley shell, computed from the text before the cursor.
///
/// The first word completes to a command name (or its `.`-prefixed form); a word starting
/// with `-` to a flag of the command being typed; the word after an option that takes a
/// value (`--leader`, `--outlet`, `--status`, `--topic`) to such values; any other word by
/// what the command's positional arguments are (``ArgumentKind``): meeting ids, report ids,
/// leader names, outlet names, file paths, settings and their values, command names.
///
/// Prefix matching folds case and diacritics (`to l` finds `Tô Lâm`). Candidates are whole
/// words, quoted as ``ShellWords/split(_:)`` needs them (`'Tô Lâm'`). A leader's name may be
/// typed over several unquoted words (`leader to l`): they are replaced together.
/// Directories complete with a trailing `/` and no space.
///
/// Needs no terminal: give it a line, get a ``CompletionResult``.
public struct ShellCompleter {
    /// The session whose corpus and commands completions come from.
    public let session: Session
    /// Where relative paths are resolved.
    public var currentDirectory: String
    /// What a leading `~` in a path stands for.
    public var homeDirectory: String
    /// The most candidates listed; beyond it the list ends with a `…` line.
    public var listLimit: Int

    /// Long options that take a value, per command name (read from each command's usage at the first Tab).
    private let valueOptions = ValueOptionIndex()

    /// Creates a completer over `session`.
    public init(
        session: Session,
        currentDirectory: String = FileManager.default.currentDirectoryPath,
        homeDirectory: String = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory(),
        listLimit: Int = 200
    ) {
        self.session = session
        self.currentDirectory = currentDirectory
        self.homeDirectory = homeDirectory
        self.listLimit = max(2, listLimit)
    }

    /// The completions of the last word of `textBeforeCursor`.
    public func complete(_ textBeforeCursor: String) -> CompletionResult {
        let line = TypedLine(textBeforeCursor)
        let typed = line.current.value
        let replaceCount = line.scalarCount - line.current.start

        guard let first = line.words.first else {
            return result(commandNames(typed), replacing: replaceCount)
        }
        var name = first.value
        if name.hasPrefix(".") || name.hasPrefix("\\") { name.removeFirst() }
        guard let type = Commands.named(name) else { return .empty }
        let arguments = Array(line.words.dropFirst())
        let options = valueOptions.options(of: type.name)

        // The value of an option such as `--leader`.
        if let last = arguments.last, options.contains(last.value), !typed.hasPrefix("-") {
            return result(optionValues(last.value, typed: typed), replacing: replaceCount)
        }
        if typed.hasPrefix("-") {
            let used = Set(arguments.map(\.value))
            let flags = type.completionFlags.filter { !used.contains($0) || options.contains($0) }
            return result(matching(typed, in: flags), replacing: replaceCount)
        }

        // Positional arguments typed so far, skipping flags and option values.
        var positionals: [TypedLine.Word] = []
        var trailingRun: [TypedLine.Word] = []  // the positionals right before the cursor, no flag between
        var skipNext = false
        for word in arguments {
            if skipNext {
                skipNext = false
                trailingRun = []
                continue
            }
            if word.value.hasPrefix("-"), word.value.count > 1 {
                skipNext = options.contains(word.value)
                trailingRun = []
                continue
            }
            positionals.append(word)
            trailingRun.append(word)
        }

        switch slot(for: type, position: positionals.count) {
        case .nothing:
            return .empty
        case .commandName:
            return result(matching(typed, in: Commands.all.map { $0.name }), replacing: replaceCount)
        case .meetingID:
            return result(matching(typed, in: session.corpus.meetings.map(\.id)), replacing: replaceCount)
        case .reportID:
            return result(matching(typed, in: session.corpus.reports.map(\.id)), replacing: replaceCount)
        case .outletOrReport:
            let meetingPosition = type.name == "export" ? 2 : 0
            let meeting = positionals.indices.contains(meetingPosition) ? meetingNamed(positionals[meetingPosition].value) : nil
            return result(outletsAndReports(of: meeting, typed: typed), replacing: replaceCount)
        case .leader:
            // Words typed unquoted before this one belong to the same name: `leader to l`.
            let start = trailingRun.first?.start ?? line.current.start
            let query = (trailingRun.map(\.value) + [typed]).joined(separator: " ")
            return result(leaders(matching: query), replacing: line.scalarCount - start)
        case .path:
            let found = paths(matching: typed)
            return result(found.candidates, replacing: replaceCount, appendSpace: !found.onlyIsDirectory)
        case .settingName:
            return result(matching(typed, in: SetCommand.names), replacing: replaceCount)
        case .settingValue:
            let setting = positionals.first?.value ?? ""
            return result(matching(typed, in: ShellCompleter.settingValues(setting)), replacing: replaceCount)
        case .exportFormat:
            return result(matching(typed, in: ["html"]), replacing: replaceCount)
        }
    }

    // MARK: What each position holds

    /// What a positional argument is, for completion.
    enum Slot: Equatable {
        case nothing, commandName, meetingID, reportID, outletOrReport, leader, path, settingName, settingValue, exportFormat
    }

    /// What the positional argument at `position` (0 for the first) of `type` is.
    func slot(for type: any ShellCommand.Type, position: Int) -> Slot {
        // Commands whose arguments are more than one kind.
        switch type.name {
        case "compare": return position == 0 ? .meetingID : .outletOrReport
        case "export":
            switch position {
            case 0: return .exportFormat
            case 1: return .path
            case 2: return .meetingID
            default: return .outletOrReport
            }
        case "diff": return position < 2 ? .reportID : .nothing
        case "split": return position == 0 ? .meetingID : .reportID
        case "join": return position < 2 ? .meetingID : .nothing
        default: break
        }
        switch type.argumentKind {
        case .none: return .nothing
        case .command: return position == 0 ? .commandName : .nothing
        case .reportID: return position == 0 ? .reportID : .nothing
        case .meetingID: return position == 0 ? .meetingID : .nothing
        case .leader: return .leader
        case .outletOrReport: return .outletOrReport
        case .path: return .path
        case .setting:
            switch position {
            case 0: return .settingName
            case 1: return .settingValue
            default: return .nothing
            }
        case .format: return position == 0 ? .exportFormat : .nothing
        }
    }

    /// The values offered after `set NAME`.
    static func settingValues(_ setting: String) -> [String] {
        switch setting {
        case "format": return OutputFormat.allCases.map(\.rawValue)
        case "color", "colour", "pager": return ["on", "off"]
        case "width": return ["auto", "80", "100", "120", "160"]
        default: return []
        }
    }

    // MARK: Candidates

    private func commandNames(_ typed: String) -> [String] {
        var names: [String] = []
        for type in Commands.all {
            names.append(type.name)
            names += type.configuration.aliases.filter { $0.count > 1 }
        }
        let dotted = typed.hasPrefix(".")
        let hits = matching(typed, in: dotted ? names.map { "." + $0 } : names)
        // `mee` completes to the listing command `meetings`, not to the common prefix `meeting`:
        // a singular (`meeting ID`) is offered once it is typed in full.
        let typedLength = typed.count
        let plurals = hits.filter { hit in hit.count <= typedLength || !hits.contains(hit + "s") }
        return plurals.count == 1 ? plurals : hits
    }

    private func optionValues(_ option: String, typed: String) -> [String] {
        let corpus = session.corpus
        switch option {
        case "--leader":
            return leaders(matching: typed)
        case "--outlet":
            return matching(typed, in: ShellCompleter.unique(corpus.reports.compactMap(\.outlet)).sorted())
        case "--status":
            return matching(typed, in: AgreementStatus.allCases.map(\.rawValue))
        case "--topic":
            let topics = corpus.records.flatMap { $0.agreements.flatMap(\.topics) }
            return matching(typed, in: ShellCompleter.unique(topics).sorted())
        default:
            return []
        }
    }

    private func meetingNamed(_ id: String) -> Meeting? {
        if let exact = session.corpus.meeting(id: id) { return exact }
        let hits = session.corpus.meetings.filter { $0.id.hasPrefix(id) }
        return hits.count == 1 ? hits.first : nil
    }

    /// Outlet names and report ids: of `meeting` when it is known, else of the whole corpus.
    private func outletsAndReports(of meeting: Meeting?, typed: String) -> [String] {
        let corpus = session.corpus
        let reports = meeting.map { $0.reports.compactMap { corpus.report(id: $0) } } ?? corpus.reports
        let outlets = ShellCompleter.unique(reports.compactMap(\.outlet)).sorted()
        return matching(typed, in: outlets + reports.map(\.id))
    }

    /// Canonical names of the leaders one of whose name forms starts with `query`
    /// (folding case and diacritics): people the corpus names first, then the rest.
    func leaders(matching query: String) -> [String] {
        let key = Fold.key(query)
        let gazetteer = session.corpus.extractor.context.gazetteer
        var named = Set<String>()
        for record in session.corpus.records {
            for person in record.participants { named.insert(person.id) }
        }
        var inCorpus: [String] = []
        var others: [String] = []
        for leader in gazetteer.leaders {
            let forms = [leader.name, leader.ascii] + leader.aliases + leader.short
            guard forms.contains(where: { Fold.key($0).hasPrefix(key) }) else { continue }
            if named.contains(leader.id) { inCorpus.append(leader.name) } else { others.append(leader.name) }
        }
        let byName: (String, String) -> Bool = { Fold.key($0) < Fold.key($1) }
        return ShellCompleter.unique(inCorpus.sorted(by: byName) + others.sorted(by: byName))
    }

    /// Entries of the directory `typed` points into whose names start with what follows its
    /// last `/`, as words to type; and whether the only one is a directory.
    func paths(matching typed: String) -> (candidates: [String], onlyIsDirectory: Bool) {
        let slash = typed.lastIndex(of: "/")
        let directoryPart = slash.map { String(typed[...$0]) } ?? ""
        let base = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        var directory = directoryPart
        if directory == "~" || directory.hasPrefix("~/") {
            directory = homeDirectory + directory.dropFirst()
        } else if typed == "~" {
            return ([ShellWords.quote("~/")], true)
        }
        if directory.isEmpty {
            directory = currentDirectory
        } else if !directory.hasPrefix("/") {
            directory = currentDirectory + "/" + directory
        }
        let fileManager = FileManager.default
        guard let names = try? fileManager.contentsOfDirectory(atPath: directory) else { return ([], false) }
        let visible = names.filter { base.hasPrefix(".") || !$0.hasPrefix(".") }.sorted()
        var hits = visible.filter { $0.hasPrefix(base) }
        if hits.isEmpty {
            let key = Fold.key(base)
            hits = visible.filter { Fold.key($0).hasPrefix(key) }
        }
        var isDirectory = false
        let candidates = hits.map { name -> String in
            var flag: ObjCBool = false
            let dir = fileManager.fileExists(atPath: directory + "/" + name, isDirectory: &flag) && flag.boolValue
            isDirectory = dir
            return ShellWords.quote(directoryPart + name + (dir ? "/" : ""))
        }
        return (candidates, candidates.count == 1 && isDirectory)
    }

    /// The words among `candidates` that start with `typed`, folding case and diacritics, quoted.
    private func matching(_ typed: String, in candidates: [String]) -> [String] {
        let key = Fold.key(typed)
        return candidates.filter { Fold.key($0).hasPrefix(key) }
    }

    /// Builds the result, quoting candidates and keeping long lists short.
    /// Candidates holding control characters (a report id or file name with an escape in
    /// it) are left out: the line editor would print them raw when listing them.
    private func result(_ candidates: [String], replacing count: Int, appendSpace: Bool = true) -> CompletionResult {
        let safe = candidates.filter { TerminalText.neutralised($0) == $0 && !$0.contains("\u{1B}") }
        let words = ShellCompleter.unique(safe.map { $0.hasPrefix("'") ? $0 : ShellWords.quote($0) })
        guard words.count > listLimit else {
            return CompletionResult(replaceCount: count, candidates: words, appendSpace: appendSpace)
        }
        // Too many to list: complete their common prefix if it grows the word, else list the first ones.
        let prefix = CompletionLayout.commonPrefix(words)
        if prefix.unicodeScalars.count > count {
            return CompletionResult(replaceCount: count, candidates: [prefix], appendSpace: false)
        }
        let more = "… \(words.count - listLimit) more"
        return CompletionResult(replaceCount: count, candidates: Array(words.prefix(listLimit)) + [more], appendSpace: appendSpace)
    }

    /// `items` without repeats, in order.
    static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }

    /// Long options shown with a value (`--leader <leader>`) in a command's help text.
    static func valueTakingOptions(in help: String) -> Set<String> {
        var options = Set<String>()
        var rest = Substring(help)
        while let range = rest.range(of: "--") {
            let after = rest[range.upperBound...]
            let name = after.prefix { $0.isLetter || $0.isNumber || $0 == "-" }
            let tail = after.dropFirst(name.count)
            if !name.isEmpty, tail.hasPrefix(" <") {
                options.insert("--" + name)
            }
            rest = tail
        }
        return options
    }
}

/// The long options of each command that take a value, read from the commands' help once,
/// when first asked (building help texts would slow the shell's start).
private final class ValueOptionIndex {
    private var byCommand: [String: Set<String>]?

    /// The value-taking options of the command named `name`.
    func options(of name: String) -> Set<String> {
        if let byCommand { return byCommand[name] ?? [] }
        var built: [String: Set<String>] = [:]
        for type in Commands.all {
            built[type.name] = ShellCompleter.valueTakingOptions(in: type.helpMessage(columns: 1000))
        }
        byCommand = built
        return built[name] ?? []
    }
}

/// A command line up to the cursor, split into words as ``ShellWords`` would, remembering
/// where each word starts (in Unicode scalars) so that a completion can replace it whole.
struct TypedLine {
    /// A word: its unquoted value and the scalar offset of its first character (quote included).
    struct Word: Equatable {
        var value: String
        var start: Int
    }

    /// The finished words before the one being typed.
    var words: [Word] = []
    /// The word being typed: empty, at the end, when the line ends in white space.
    var current: Word
    /// The line's length in Unicode scalars.
    var scalarCount: Int

    init(_ text: String) {
        var words: [Word] = []
        var value = String.UnicodeScalarView()
        var start = 0
        var inWord = false
        var quote: Unicode.Scalar?
        var escape = false
        var offset = 0
        for scalar in text.unicodeScalars {
            defer { offset += 1 }
            if !inWord, quote == nil, !escape {
                if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" { continue }
                start = offset
                inWord = true
            }
            if escape {
                value.append(scalar)
                escape = false
                continue
            }
            if let open = quote {
                if scalar == open {
                    quote = nil
                } else if scalar == "\\", open == "\"" {
                    escape = true
                } else {
                    value.append(scalar)
                }
                continue
            }
            switch scalar {
            case "'", "\"":
                quote = scalar
            case "\\":
                escape = true
            case " ", "\t", "\n", "\r":
                words.append(Word(value: String(value), start: start))
                value = String.UnicodeScalarView()
                inWord = false
            default:
                value.append(scalar)
            }
        }
        self.words = words
        self.scalarCount = offset
        self.current = inWord ? Word(value: String(value), start: start) : Word(value: "", start: offset)
    }
}
