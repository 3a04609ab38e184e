import Foundation
import Testing
@testable import LineEditing

/// Reads all lines `bytes` yields through a ``StdinLineReader`` fed by a pipe.
private func readAll(_ bytes: [UInt8]) -> [LineReadResult] {
    let pipe = Pipe()
    let writer = pipe.fileHandleForWriting
    // Write on another thread: the pipe holds only 64 KB.
    let done = DispatchSemaphore(value: 0)
    Thread {
        writer.write(Data(bytes))
        try? writer.close()
        done.signal()
    }.start()
    let reader = StdinLineReader(input: pipe.fileHandleForReading)
    var results: [LineReadResult] = []
    while true {
        let result = reader.readLine(prompt: "ignored> ")
        results.append(result)
        if result == .endOfInput || results.count > 10_000 { break }
    }
    done.wait()
    return results
}

@Suite("StdinLineReader")
struct StdinLineReaderTests {
    @Test func emptyInputIsEndOfInput() {
        #expect(readAll([]) == [.endOfInput])
    }

    @Test func readsLinesWithoutTheirNewlines() {
        #expect(readAll(Array("show a\ncompare b c\n".utf8)) == [.line("show a"), .line("compare b c"), .endOfInput])
    }

    @Test func stripsCarriageReturnOfCRLF() {
        #expect(readAll(Array("one\r\ntwo\r\n".utf8)) == [.line("one"), .line("two"), .endOfInput])
    }

    @Test func returnsALastLineWithoutNewline() {
        #expect(readAll(Array("first\nlast".utf8)) == [.line("first"), .line("last"), .endOfInput])
    }

    @Test func keepsEmptyLines() {
        #expect(readAll(Array("\n\nx\n".utf8)) == [.line(""), .line(""), .line("x"), .endOfInput])
    }

    @Test func replacesInvalidUTF8() {
        let bytes: [UInt8] = Array("Erdo".utf8) + [0xC4] + Array(" ok\n".utf8) + [0xFF, 0xFE, 0x0A]
        #expect(readAll(bytes) == [.line("Erdo\u{FFFD} ok"), .line("\u{FFFD}\u{FFFD}"), .endOfInput])
    }

    @Test func keepsValidMultibyteTextSplitAcrossReads() {
        // 65,535 ASCII bytes put the two bytes of "ğ" on both sides of the 64 KB read boundary.
        let text = String(repeating: "a", count: 65_535) + "Erdoğan"
        #expect(readAll(Array((text + "\n").utf8)) == [.line(text), .endOfInput])
    }

    @Test func readsAFiveMegabyteLine() {
        let long = String(repeating: "0123456789", count: 500_000)
        let results = readAll(Array((long + "\nnext\n").utf8))
        #expect(results.count == 3)
        if case .line(let line) = results.first {
            #expect(line.utf8.count == 5_000_000)
            #expect(line == long)
        } else {
            Issue.record("expected the long line first, got \(String(describing: results.first))")
        }
        #expect(results.dropFirst() == [.line("next"), .endOfInput])
    }

    @Test func readsManyShortLines() {
        let lines = (0..<5_000).map { "line \($0)" }
        let results = readAll(Array((lines.joined(separator: "\n") + "\n").utf8))
        #expect(results == lines.map(LineReadResult.line) + [.endOfInput])
    }

    @Test func historySkipsConsecutiveDuplicatesAndEmptyLines() {
        let reader = StdinLineReader(input: Pipe().fileHandleForReading)
        for line in ["show a", "show a  ", "", "   ", "compare", "show a"] {
            reader.addHistory(line)
        }
        #expect(reader.history == ["show a", "compare", "show a"])
    }

    @Test func historyIsBounded() {
        let reader = StdinLineReader(input: Pipe().fileHandleForReading, historyLimit: 3)
        for number in 1...5 {
            reader.addHistory("command \(number)")
        }
        #expect(reader.history == ["command 3", "command 4", "command 5"])
    }
}
