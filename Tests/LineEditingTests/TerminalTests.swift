import Foundation
import Testing
@testable import LineEditing

@Suite("Terminal")
struct TerminalTests {
    @Test func pipeIsNotATerminal() {
        let pipe = Pipe()
        withExtendedLifetime(pipe) {
            #expect(!Terminal.isTerminal(pipe.fileHandleForReading.fileDescriptor))
        }
    }

    @Test func widthFallsBackToColumnsWhenNotATerminal() {
        let pipe = Pipe()
        withExtendedLifetime(pipe) {
            let fd = pipe.fileHandleForWriting.fileDescriptor
            #expect(Terminal.width(fd: fd, environment: ["COLUMNS": "132"], default: 80) == 132)
        }
    }

    @Test func widthFallsBackToTheDefaultWithoutUsableColumns() {
        let pipe = Pipe()
        withExtendedLifetime(pipe) {
            let fd = pipe.fileHandleForWriting.fileDescriptor
            #expect(Terminal.width(fd: fd, environment: [:], default: 77) == 77)
            #expect(Terminal.width(fd: fd, environment: ["COLUMNS": "wide"], default: 77) == 77)
            #expect(Terminal.width(fd: fd, environment: ["COLUMNS": "0"], default: 77) == 77)
            #expect(Terminal.width(fd: fd, environment: ["COLUMNS": "-5"], default: 77) == 77)
        }
    }

    @Test func widthIsPositive() {
        #expect(Terminal.width() > 0)
    }
}
