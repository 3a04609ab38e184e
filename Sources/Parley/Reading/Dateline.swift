/// A dateline at the head of a story: `Hanoi (VNA) –`, `HANOI, April 15 (Xinhua) --`,
/// `Hanoi, April 15, 2025 — The Europe Today:`, `MOSCOW —`, `BERLIN:`.
public struct Dateline: Sendable, Hashable {
    /// The dateline exactly as it stood, including the dash or colon.
    public var raw: String
    /// The place as written, first segment only (`WOODSIDE` of `WOODSIDE, California`).
    public var place: String
    /// The month and day, when given.
    public var monthDay: MonthDay?
    /// The year, when given.
    public var year: Int?
    /// The agency tag in parentheses (`VNA`, `Xinhua`), when given.
    public var tag: String?
    /// An outlet named after the dash (`The Europe Today`), when given.
    public var outletName: String?
    /// How many UTF-8 bytes of the paragraph the dateline takes, including following spaces.
    public var length: Int

    /// The full date, when the dateline gives day, month and year.
    public var day: Day? {
        guard let md = monthDay, let y = year else { return nil }
        return Day(year: y, month: md.month, day: md.day)
    }

    /// A cheap byte test: a dateline has a dash (`–`, `—`, `-`) or a colon within
    /// its first 130 bytes, after an upper-case first letter.
    public static func mayStart(_ b: [UInt8]) -> Bool {
        guard let f = b.first, TextScan.isUpper(f) || f >= 0xC3 else { return false }
        let n = min(b.count, 130)
        var i = 1
        var inParens = false
        while i < n {
            let c = b[i]
            if c == UInt8(ascii: "(") { inParens = true }
            if c == UInt8(ascii: ")") { inParens = false }
            if c == UInt8(ascii: ":") || (c == 0x2D && b[i - 1] == 0x20) || (c == 0xE2 && i + 2 < n && b[i + 1] == 0x80 && (0x93...0x95).contains(b[i + 2])) { return true }
            // Every word before the dash starts with a capital or a digit (place, date), except inside the tag.
            if c == 0x20, !inParens, i + 1 < n, TextScan.isLower(b[i + 1]) { return false }
            i += 1
        }
        return false
    }

    /// Parses a dateline at the start of `paragraph`. `isKnownPlace` validates a
    /// place written in title case when nothing else (a tag, a date) vouches for it.
    public static func parse(_ paragraph: Substring, isKnownPlace: (String) -> Bool) -> Dateline? {
        var s = DatelineScanner(paragraph.prefix(260))
        guard let placeWords = s.placeWords(), !placeWords.isEmpty else { return nil }
        let place = placeWords.joined(separator: " ")
        let allCaps = place.unicodeScalars.allSatisfy { !CharacterClass.isLowercaseLetter($0) }
            && place.unicodeScalars.contains { CharacterClass.isLetter($0) }
        var monthDay: MonthDay?
        var year: Int?
        var tag: String?
        // `, Region` and `, Date` segments.
        var segments = 0
        while segments < 3, s.peekComma() {
            let save = s.index
            s.skipComma()
            if let (md, y) = s.date() {
                monthDay = md
                year = y
            } else if let region = s.placeWords(), !region.isEmpty, monthDay == nil {
                _ = region
            } else {
                s.index = save
                break
            }
            segments += 1
        }
        s.skipSpaces()
        if s.peek("(") {
            let save = s.index
            if let t = s.parenthesised(), t.count <= 40, !t.isEmpty {
                tag = t
            } else {
                s.index = save
            }
        }
        s.skipSpaces()
        var outletName: String?
        if s.dash() {
            s.skipSpaces()
            let save = s.index
            if let name = s.outletBeforeColon() {
                outletName = name
            } else {
                s.index = save
            }
        } else if allCaps, s.peek(":") {
            s.advance()
        } else {
            return nil
        }
        guard allCaps || tag != nil || monthDay != nil || isKnownPlace(place) else { return nil }
        s.skipSpaces()
        let consumed = paragraph.utf8.distance(from: paragraph.startIndex, to: s.index)
        let raw = String(paragraph[paragraph.startIndex..<s.index]).trimmingSpaces()
        return Dateline(raw: raw, place: place, monthDay: monthDay, year: year, tag: tag,
                        outletName: outletName, length: consumed)
    }
}

/// Month names and their abbreviations, shared by datelines and date extraction.
public enum MonthNames {
    /// The month number (1–12) a word names: `April`, `Apr`, `Apr.`, `Sept`.
    public static func number(_ word: some StringProtocol) -> Int? {
        var w = word.lowercased()
        if w.hasSuffix(".") { w.removeLast() }
        return table[w]
    }

    static let table: [String: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december"]
        var t: [String: Int] = [:]
        for (i, n) in names.enumerated() {
            t[n] = i + 1
            t[String(n.prefix(3))] = i + 1
        }
        t["sept"] = 9
        return t
    }()
}

/// Unicode letter classes the dateline and extraction scanners need.
enum CharacterClass {
    static func isLetter(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic }
    static func isUppercaseLetter(_ s: Unicode.Scalar) -> Bool { s.properties.isUppercase }
    static func isLowercaseLetter(_ s: Unicode.Scalar) -> Bool { s.properties.isLowercase }
}

extension StringProtocol {
    /// The string without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var sub = Substring(self)
        while let f = sub.first, f == " " || f == "\t" { sub.removeFirst() }
        while let l = sub.last, l == " " || l == "\t" { sub.removeLast() }
        return String(sub)
    }
}

struct DatelineScanner {
    let text: Substring
    var index: Substring.Index

    init(_ text: Substring) {
        self.text = text
        self.index = text.startIndex
    }

    var atEnd: Bool { index >= text.endIndex }

    func peek(_ c: Character) -> Bool { !atEnd && text[index] == c }

    mutating func advance() { if !atEnd { index = text.index(after: index) } }

    mutating func skipSpaces() {
        while !atEnd, text[index] == " " || text[index] == "\u{00A0}" { advance() }
    }

    func peekComma() -> Bool { peek(",") }

    mutating func skipComma() {
        advance()
        skipSpaces()
    }

    /// One to four capitalised words (letters, apostrophes, hyphens, inner dots).
    mutating func placeWords() -> [String]? {
        var words: [String] = []
        let start = index
        while words.count < 5 {
            skipSpaces()
            let wordStart = index
            guard !atEnd, let first = text[index].unicodeScalars.first, CharacterClass.isUppercaseLetter(first) else { break }
            while !atEnd {
                let ch = text[index]
                if ch.isLetter || ch == "'" || ch == "’" || ch == "-" || ch == "." { advance() } else { break }
            }
            var word = String(text[wordStart..<index])
            if word.hasSuffix(".") && word.count > 3 { word.removeLast(); index = text.index(before: index) }
            if MonthNames.number(word) != nil && !words.isEmpty { index = wordStart; break }
            words.append(word)
            // Stop before a following comma, parenthesis or dash.
            let save = index
            skipSpaces()
            if atEnd || !(text[index].unicodeScalars.first.map(CharacterClass.isUppercaseLetter) ?? false) {
                index = save
                break
            }
            index = save
        }
        if words.isEmpty { index = start; return nil }
        if words.count > 4 { index = start; return nil }
        return words
    }

    /// `April 15`, `Aug. 19`, `April 15, 2025`, `15 April 2025`, `15 April`.
    mutating func date() -> (MonthDay, Int?)? {
        let save = index
        if let m = monthWord() {
            skipSpaces()
            if let d = number(maxDigits: 2), (1...31).contains(d) {
                let afterDay = index
                var year: Int?
                if peek(",") {
                    advance(); skipSpaces()
                    if let y = number(maxDigits: 4), y >= 1900 { year = y } else { index = afterDay }
                } else {
                    skipSpaces()
                    if let y = number(maxDigits: 4), y >= 1900 { year = y } else { index = afterDay }
                }
                return (MonthDay(month: m, day: d), year)
            }
        } else if let d = number(maxDigits: 2), (1...31).contains(d) {
            skipSpaces()
            if let m = monthWord() {
                let afterMonth = index
                skipSpaces()
                var year: Int?
                if let y = number(maxDigits: 4), y >= 1900 { year = y } else { index = afterMonth }
                return (MonthDay(month: m, day: d), year)
            }
        }
        index = save
        return nil
    }

    mutating func monthWord() -> Int? {
        let start = index
        while !atEnd, text[index].isLetter { advance() }
        if peek(".") { advance() }
        if let m = MonthNames.number(text[start..<index]) { return m }
        index = start
        return nil
    }

    mutating func number(maxDigits: Int) -> Int? {
        let start = index
        var v = 0
        var n = 0
        while !atEnd, let d = text[index].wholeNumberValue, text[index].isASCII, n < maxDigits {
            v = v * 10 + d
            n += 1
            advance()
        }
        if n == 0 || (!atEnd && text[index].isNumber) { index = start; return nil }
        return v
    }

    mutating func parenthesised() -> String? {
        guard peek("(") else { return nil }
        advance()
        let start = index
        while !atEnd, text[index] != ")" {
            if text[index] == "\n" || text[index] == "(" { return nil }
            advance()
        }
        guard !atEnd else { return nil }
        let inner = String(text[start..<index])
        advance()
        return inner.trimmingSpaces()
    }

    /// `–`, `—`, `―`, `-` or `--`, with a space before or after.
    mutating func dash() -> Bool {
        guard !atEnd else { return false }
        let c = text[index]
        if c == "–" || c == "—" || c == "―" {
            advance()
            return true
        }
        if c == "-" {
            advance()
            if peek("-") { advance() }
            return peek(" ") || atEnd
        }
        return false
    }

    /// `The Europe Today:`: up to six words, the first capitalised, then a colon.
    mutating func outletBeforeColon() -> String? {
        let start = index
        var words = 0
        while !atEnd, words <= 6 {
            let ch = text[index]
            if ch == ":" {
                let name = String(text[start..<index]).trimmingSpaces()
                advance()
                guard let f = name.unicodeScalars.first, CharacterClass.isUppercaseLetter(f), !name.isEmpty else { return nil }
                return name
            }
            if ch == " " { words += 1 }
            if ch == "." || ch == "," || ch == "\n" { return nil }
            advance()
        }
        return nil
    }
}
