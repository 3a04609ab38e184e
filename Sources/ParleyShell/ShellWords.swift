import Foundation

/// Splits a command line into words the way a POSIX shell does: single quotes
/// keep everything literally, double quotes allow `\"` and `\\`, a backslash
/// outside quotes escapes the next character, and unquoted white space separates words.
public enum ShellWords {
    /// A quoting error: the line ended inside quotes.
    public struct UnterminatedQuote: Error, Sendable, CustomStringConvertible {
        /// The quote character left open.
        public var quote: Character
        /// What went wrong and how to fix it.
        public var description: String { "the line ends inside a \(quote)…\(quote) quote; close it" }
    }

    /// The words of `line`.
    public static func split(_ line: String) throws -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escape = false
        for ch in line {
            if escape {
                current.append(ch)
                escape = false
                inWord = true
                continue
            }
            if let q = quote {
                if ch == q {
                    quote = nil
                } else if ch == "\\" && q == "\"" {
                    escape = true
                } else {
                    current.append(ch)
                }
                continue
            }
            switch ch {
            case "'", "\"":
                quote = ch
                inWord = true
            case "\\":
                escape = true
            case " ", "\t", "\n", "\r":
                if inWord {
                    words.append(current)
                    current = ""
                    inWord = false
                }
            default:
                current.append(ch)
                inWord = true
            }
        }
        if let q = quote { throw UnterminatedQuote(quote: q) }
        if escape { current.append("\\") }
        if inWord { words.append(current) }
        return words
    }

    /// Quotes a word so that ``split(_:)`` gives it back unchanged.
    public static func quote(_ word: String) -> String {
        if !word.isEmpty, word.allSatisfy({ $0.isLetter || $0.isNumber || "-_./:~,+@".contains($0) }) { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
