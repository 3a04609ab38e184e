import CLibedit
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An interactive line editor on the terminal, built on libedit.
///
/// Emacs keys by default (the user's `~/.editrc` may change them), history recall with
/// Up/Down and Ctrl-R, and Tab completion through a ``Completer``:
/// no candidate beeps; one candidate replaces the typed word (plus a space when
/// ``CompletionResult/appendSpace`` is set); several insert their longest common prefix
/// when it is longer than the typed word, else they are listed in columns under the line.
///
/// Ctrl-C at the prompt discards the line, prints `^C` and a newline, and returns
/// ``LineReadResult/interrupted``; Ctrl-D on an empty line (libedit echoes `^D`) prints a newline
/// and returns ``LineReadResult/endOfInput``.
/// libedit's signal handling (`EL_SIGNAL`) is on, so the terminal is restored around
/// signals and window resizes are noticed. While `el_gets` waits, libedit re-raises
/// SIGINT with `kill(0, SIGINT)`, which reaches the whole process group.
///
/// Not thread-safe and synchronous: libedit calls back into the reader on the thread
/// inside ``readLine(prompt:)``.
public final class LibeditLineReader: LineReader {
    private let editLine: OpaquePointer
    private let store: HistoryStore
    private let completer: Completer?
    private let output: UnsafeMutablePointer<FILE>
    /// The terminal libedit reads keys from.
    private let inputDescriptor: Int32
    /// The prompt libedit reads on every redisplay; owned by the reader.
    private var promptBuffer: UnsafeMutablePointer<CChar>
    private var promptText = ""

    /// Starts libedit on the process's terminal.
    ///
    /// - Parameters:
    ///   - programName: The name `~/.editrc` lines can be prefixed with (`parley:bind -v`).
    ///   - historyFile: Where the history is loaded from and saved to; nil keeps it in memory.
    ///     A path whose directory does not exist also keeps it in memory.
    ///   - historyLimit: The most history entries kept.
    ///   - loadEditrc: Whether to apply `~/.editrc` (or `$EDITRC`).
    ///   - completer: Computes Tab completions; nil makes Tab beep.
    /// - Returns: nil when standard input or standard output is not a terminal, or libedit cannot start.
    public convenience init?(
        programName: String = "parley",
        historyFile: String?,
        historyLimit: Int = 1000,
        loadEditrc: Bool = true,
        completer: Completer? = nil
    ) {
        guard Terminal.isInteractive else { return nil }
        Interrupts.install()
        self.init(
            programName: programName,
            input: parley_stdin(),
            output: parley_stdout(),
            error: parley_stderr(),
            historyFile: historyFile,
            historyLimit: historyLimit,
            loadEditrc: loadEditrc,
            handleSignals: true,
            terminalType: nil,
            completer: completer
        )
    }

    /// Starts libedit on the given streams; tests use it with a pseudo-terminal.
    init?(
        programName: String,
        input: UnsafeMutablePointer<FILE>,
        output: UnsafeMutablePointer<FILE>,
        error: UnsafeMutablePointer<FILE>,
        historyFile: String?,
        historyLimit: Int,
        loadEditrc: Bool,
        handleSignals: Bool,
        terminalType: String?,
        completer: Completer?
    ) {
        Self.prepareLocale()
        guard let store = HistoryStore(file: historyFile, limit: historyLimit),
              let prompt = strdup(""),
              let editLine = el_init(programName, input, output, error)
        else { return nil }
        self.editLine = editLine
        self.store = store
        self.completer = completer
        self.output = output
        self.inputDescriptor = fileno(input)
        self.promptBuffer = prompt

        parley_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        if let terminalType {
            parley_el_set_terminal(editLine, terminalType)
        }
        parley_el_set_signal(editLine, handleSignals ? 1 : 0)
        parley_el_set_prompt(editLine) { el in
            LibeditLineReader.from(el)?.promptBuffer
        }
        parley_el_set_history(editLine, store.handle)
        parley_el_set_getcfn(editLine) { el, character in
            guard let reader = LibeditLineReader.from(el), let character else { return -1 }
            return reader.readCharacter(into: character)
        }
        parley_el_set_editor(editLine, "emacs")
        parley_el_add_function(
            editLine, "parley-complete", "Complete the word before the cursor"
        ) { el, _ in
            guard let reader = LibeditLineReader.from(el) else { return UInt8(CC_ERROR) }
            return reader.complete()
        }
        parley_el_bind(editLine, "^R", "em-inc-search-prev")
        if loadEditrc {
            el_source(editLine, nil)
        }
        // After ~/.editrc, so that switching to vi keys there keeps Tab completion.
        parley_el_bind(editLine, "^I", "parley-complete")
    }

    deinit {
        el_end(editLine)
        free(promptBuffer)
    }

    /// Shows `prompt` and reads one edited line without its newline.
    public func readLine(prompt: String) -> LineReadResult {
        setPrompt(prompt)
        Interrupts.clear()
        while true {
            var count: Int32 = 0
            errno = 0
            if let raw = el_gets(editLine, &count) {
                var line = String(cString: raw)
                while line.hasSuffix("\n") || line.hasSuffix("\r") {
                    line.removeLast()
                }
                return .line(line)
            }
            let error = errno
            if count < 0, error == EINTR {
                guard Interrupts.isRequested || !Interrupts.isInstalled else {
                    // Another signal (window resize, job control): keep reading.
                    continue
                }
                Interrupts.clear()
                // The terminal echoes nothing in libedit's raw mode: mark the abandoned line
                // and end it, so the next prompt starts on a line of its own. Rewriting the
                // text after the cursor first puts the mark at the end of the line.
                fputs(textAfterCursor() + "^C\n", output)
                fflush(output)
                return .interrupted
            }
            // Ctrl-D on an empty line (count 0; libedit shows "^D"), or a terminal that
            // went away. End the prompt's line so the caller's next output starts afresh.
            fputs("\n", output)
            fflush(output)
            return .endOfInput
        }
    }

    /// Records `line` (trimmed) in the history and saves the history file at once.
    public func addHistory(_ line: String) {
        store.enter(line)
    }

    /// The history, oldest first.
    public var history: [String] { store.entries }

    /// Whether the history is written to a file (false without one, or when the file is not libedit's).
    public var persistsHistory: Bool { store.file != nil && store.isPersistent }

    /// Writes the history file now. ``addHistory(_:)`` already does after every entry.
    public func saveHistory() {
        store.save()
    }

    // MARK: libedit callbacks

    /// The reader a libedit callback belongs to, from `EL_CLIENTDATA`.
    private static func from(_ el: OpaquePointer?) -> LibeditLineReader? {
        guard let el, let data = parley_el_get_clientdata(el) else { return nil }
        return Unmanaged<LibeditLineReader>.fromOpaque(data).takeUnretainedValue()
    }

    private func setPrompt(_ prompt: String) {
        guard prompt != promptText, let copy = strdup(prompt) else { return }
        free(promptBuffer)
        promptBuffer = copy
        promptText = prompt
    }

    /// libedit's character reader (`EL_GETCFN`): reads one character from the terminal and
    /// decodes it by the locale, as libedit's own reader does, but waits for each byte through
    /// ``Interrupts/waitForInput(on:)``. A Ctrl-C that lands while libedit is busy between two
    /// keys (redrawing, completing) sets the flag without interrupting a read; libedit's own
    /// reader would then block until the next key, and the prompt would hang.
    ///
    /// - Returns: 1 for a character, 0 at the end of input, -1 on an error or on Ctrl-C
    ///   (errno `EINTR`), which makes `el_gets` give up the line.
    private func readCharacter(into character: UnsafeMutablePointer<wchar_t>) -> Int32 {
        var pending: [CChar] = []
        while true {
            switch Interrupts.waitForInput(on: inputDescriptor) {
            case .interrupted:
                character.pointee = 0
                errno = EINTR
                return -1
            case .otherSignal:
                // A window resize: libedit's handler has gone, so take the new size here.
                el_resize(editLine)
                continue
            case .ready:
                break
            }
            var byte: CChar = 0
            let count = read(inputDescriptor, &byte, 1)
            if count < 0 {
                if errno == EINTR { continue }
                character.pointee = 0
                return -1
            }
            if count == 0 {
                character.pointee = 0
                return 0
            }
            pending.append(byte)
            while !pending.isEmpty {
                var state = mbstate_t()
                let decoded = pending.withUnsafeBufferPointer {
                    mbrtowc(character, $0.baseAddress, $0.count, &state)
                }
                if decoded == -2 {
                    // An incomplete sequence: read on, up to the longest a character can be.
                    guard pending.count < Int(MB_LEN_MAX) else {
                        character.pointee = 0
                        errno = EILSEQ
                        return -1
                    }
                    break
                }
                if decoded == -1 {
                    // Invalid: drop all but the last byte, which may start a character.
                    pending = pending.count > 1 ? [byte] : []
                    continue
                }
                return 1
            }
        }
    }

    /// The part of the line being edited that lies after the cursor.
    private func textAfterCursor() -> String {
        guard let info = el_line(editLine),
              let cursor = info.pointee.cursor,
              let end = info.pointee.lastchar
        else { return "" }
        let count = cursor.distance(to: end)
        guard count > 0 else { return "" }
        return cursor.withMemoryRebound(to: UInt8.self, capacity: count) {
            String(decoding: UnsafeBufferPointer(start: $0, count: count), as: UTF8.self)
        }
    }

    /// Handles Tab; returns libedit's `CC_*` code for what to redraw.
    private func complete() -> UInt8 {
        guard let completer, let info = el_line(editLine) else { return UInt8(CC_REFRESH_BEEP) }
        let line = info.pointee
        guard let buffer = line.buffer, let cursor = line.cursor else { return UInt8(CC_REFRESH_BEEP) }
        let byteCount = max(0, buffer.distance(to: cursor))
        let textBeforeCursor = buffer.withMemoryRebound(to: UInt8.self, capacity: byteCount) {
            String(decoding: UnsafeBufferPointer(start: $0, count: byteCount), as: UTF8.self)
        }

        let result = completer(textBeforeCursor)
        let typedCount = min(max(0, result.replaceCount), textBeforeCursor.unicodeScalars.count)
        var candidates: [String] = []
        for candidate in result.candidates where !candidates.contains(candidate) {
            candidates.append(candidate)
        }

        switch candidates.count {
        case 0:
            return UInt8(CC_REFRESH_BEEP)
        case 1:
            let text = candidates[0] + (result.appendSpace ? " " : "")
            return replaceTyped(typedCount, of: textBeforeCursor, with: text)
        default:
            let prefix = CompletionLayout.commonPrefix(candidates)
            if prefix.unicodeScalars.count > typedCount {
                return replaceTyped(typedCount, of: textBeforeCursor, with: prefix)
            }
            let width = Terminal.windowColumns(fileno(output)).flatMap { $0 > 0 ? $0 : nil } ?? 80
            let rows = CompletionLayout.columns(candidates, width: width)
            fputs("\n" + rows.joined(separator: "\n") + "\n", output)
            fflush(output)
            return UInt8(CC_REDISPLAY)
        }
    }

    /// Deletes the last `count` scalars before the cursor and inserts `text`,
    /// putting the typed word back if libedit refuses the insertion.
    private func replaceTyped(_ count: Int, of textBeforeCursor: String, with text: String) -> UInt8 {
        el_deletestr(editLine, Int32(count))
        if el_insertstr(editLine, text) == 0 {
            return UInt8(CC_REFRESH)
        }
        var typed = String.UnicodeScalarView()
        typed.append(contentsOf: textBeforeCursor.unicodeScalars.suffix(count))
        el_insertstr(editLine, String(typed))
        return UInt8(CC_REFRESH_BEEP)
    }

    /// Makes libedit decode UTF-8: it follows LC_CTYPE, which Swift leaves at "C".
    /// Uses the environment's locale, or C.UTF-8 when the environment names none.
    private static func prepareLocale() {
        let chosen = setlocale(LC_CTYPE, "").map { String(cString: $0) } ?? "C"
        if chosen == "C" || chosen == "POSIX" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }
}
