/// One sentence of a cleaned text.
public struct Sentence: Sendable, Hashable, Codable {
    /// Its 0-based position among the report's sentences.
    public var index: Int
    /// The 0-based paragraph it stands in.
    public var paragraph: Int
    /// UTF-8 byte offsets into the cleaned text.
    public var start: Int
    /// End offset (exclusive).
    public var end: Int

    /// Creates a sentence span.
    public init(index: Int, paragraph: Int, start: Int, end: Int) {
        self.index = index
        self.paragraph = paragraph
        self.start = start
        self.end = end
    }
}

/// Splits cleaned text into sentences, on UTF-8 bytes.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets)
/// when white space and a sentence start follow, and always at a paragraph end.
/// It does not end after abbreviations (`Mr.`, `Dr.`, `No.`, `Aug.`, `Gen.`),
/// initials (`John F. Kennedy`), dotted acronyms (`U.S.`, `U.N.`) or inside a
/// quotation that goes on in lower case (`"… peace," Xi said`). Two sentences glued
/// without a space (`nations.The visit`) are two.
public enum SentenceSegmenter {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "mt", "ft", "no", "nos", "vs", "v", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt",
        "sen", "rep", "gov", "pres", "sr", "jr", "inc", "ltd", "co", "corp", "dept", "est", "fig", "approx", "amb",
        "hon", "rev", "messrs", "mme", "mlle", "art", "para", "vol", "ch", "sec", "gov't", "univ", "assn", "bros",
        "e.g", "i.e", "cf", "al", "ca", "op",
        // Honorifics of copy from other languages: Swahili "Mhe." and "Dkt.", Spanish "Sra.", "Engr.".
        "mhe", "dkt", "sra", "engr",
        // "Rt. Hon." (Right Honourable).
        "rt",
    ]

    /// FNV-1a hashes of the abbreviations' bytes, so that a candidate word is looked up without a `String`.
    static let abbreviationHashes = HashSet64(abbreviations.map { Tokenizer.fnv(Array($0.utf8)) })

    /// The sentences of `text` (paragraphs separated by line breaks).
    public static func segment(_ text: String) -> [Sentence] {
        segment(Array(text.utf8))
    }

    /// The sentences of UTF-8 `bytes`.
    public static func segment(_ b: [UInt8]) -> [Sentence] {
        var out: [Sentence] = []
        var paragraph = 0
        var i = 0
        let n = b.count
        var start = 0
        func emit(_ s: Int, _ e: Int) {
            let r = TextScan.trimmed(b, s..<e)
            if !r.isEmpty { out.append(Sentence(index: out.count, paragraph: paragraph, start: r.lowerBound, end: r.upperBound)) }
        }
        var inQuote = false
        // Bytes that can matter: line feed, `!`, `"`, `.`, `?` (all below 0x40) and the
        // lead byte of typographic quotes and the ellipsis. Runs of other bytes are skipped.
        let specials: UInt64 = (1 << 0x0A) | (1 << 0x21) | (1 << 0x22) | (1 << 0x2E) | (1 << 0x3F)
        while i < n {
            i = b.withUnsafeBufferPointer { p in
                var k = i
                while k < n {
                    let c = p[k]
                    if c == 0xE2 || (c < 0x40 && (specials >> UInt64(c)) & 1 != 0) { break }
                    k += 1
                }
                return k
            }
            guard i < n else { break }
            let c = b[i]
            if c == UInt8(ascii: "\"") { inQuote.toggle() }
            if c == 0xE2, i + 2 < n, b[i + 1] == 0x80 {
                if b[i + 2] == 0x9C { inQuote = true } else if b[i + 2] == 0x9D { inQuote = false }
            }
            if c == 0x0A {
                inQuote = false
                emit(start, i)
                // Skip the line break(s); a new line is a new paragraph.
                while i < n, b[i] == 0x0A || b[i] == 0x20 { i += 1 }
                paragraph += 1
                start = i
                continue
            }
            var isTerminal = c == UInt8(ascii: ".") || c == UInt8(ascii: "!") || c == UInt8(ascii: "?")
            var len = 1
            if c == 0xE2, i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0xA6 { isTerminal = true; len = 3 } // …
            guard isTerminal else { i += 1; continue }
            var j = i + len
            // Repeated terminals ("?!", "...").
            while j < n, b[j] == UInt8(ascii: ".") || b[j] == UInt8(ascii: "!") || b[j] == UInt8(ascii: "?") { j += 1 }
            // Closing quotes and brackets.
            var closedQuote = false
            while j < n {
                if b[j] == UInt8(ascii: "\"") || b[j] == UInt8(ascii: "'") || b[j] == UInt8(ascii: ")") || b[j] == UInt8(ascii: "]") {
                    if b[j] == UInt8(ascii: "\"") { inQuote.toggle() }
                    closedQuote = closedQuote || b[j] != UInt8(ascii: ")")
                    j += 1
                } else if j + 2 < n, b[j] == 0xE2, b[j + 1] == 0x80, b[j + 2] == 0x9D || b[j + 2] == 0x99 {
                    if b[j + 2] == 0x9D { inQuote = false }
                    closedQuote = true
                    j += 3
                } else {
                    break
                }
            }
            // Two sentences glued by a scraper: "… the two nations.The visit …" (a lower-case
            // word, a full stop, then a capitalised word in lower case after its first letter).
            if c == UInt8(ascii: "."), j == i + 1, j + 1 < n, TextScan.isUpper(b[j]), TextScan.isLower(b[j + 1]),
               i >= start + 2, TextScan.isLower(b[i - 1]), TextScan.isLower(b[i - 2]), !inQuote,
               !isAbbreviationBefore(b, i, start: start) {
                emit(start, j)
                start = j
                i = j
                continue
            }
            guard j >= n || b[j] == 0x20 || b[j] == 0x0A || b[j] == 0x09 else { i = j; continue }
            if j >= n || b[j] == 0x0A { emit(start, j); start = j; i = j; continue }
            // What follows the space?
            var k = j
            while k < n, b[k] == 0x20 || b[k] == 0x09 { k += 1 }
            guard k < n else { i = k; continue }
            if !startsSentence(b, k) || (inQuote && !closedQuote) { i = j; continue }
            if c == UInt8(ascii: "."), !closedQuote, isAbbreviationBefore(b, i, start: start) { i = j; continue }
            emit(start, j)
            start = j
            i = j
        }
        emit(start, n)
        return out
    }

    /// Whether the text at `k` can start a sentence.
    static func startsSentence(_ b: [UInt8], _ k: Int) -> Bool {
        let c = b[k]
        if TextScan.isUpper(c) || TextScan.isDigit(c) { return true }
        if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || c == UInt8(ascii: "(") || c == UInt8(ascii: "[")
            || c == UInt8(ascii: "-") || c == UInt8(ascii: "*") {
            return true
        }
        if c >= 0x80 {
            // Opening typographic quotes, bullets, or an uppercase letter.
            if k + 2 < b.count, b[k] == 0xE2, b[k + 1] == 0x80, b[k + 2] == 0x9C || b[k + 2] == 0x98 || b[k + 2] == 0xA2 { return true }
            let (v, _) = TextScan.scalar(b, at: k)
            if let s = Unicode.Scalar(v) { return s.properties.isUppercase || !s.properties.isLowercase && s.properties.isAlphabetic }
        }
        return false
    }

    /// Whether the word ending at the full stop `dot` is an abbreviation or an initial.
    static func isAbbreviationBefore(_ b: [UInt8], _ dot: Int, start: Int) -> Bool {
        var s = dot
        while s > start, b[s - 1] != 0x20, b[s - 1] != 0x0A, b[s - 1] != UInt8(ascii: "("), b[s - 1] != UInt8(ascii: "\"") { s -= 1 }
        guard s < dot else { return false }
        // A single letter: an initial (J. Smith), unless it is the word "I".
        if dot - s == 1, TextScan.isUpper(b[s]) { return true }
        // The word lower-cased and hashed as it is read, counting its inner dots.
        var h = Tokenizer.fnvOffset
        var dots = 0
        for x in b[s..<dot] {
            h = (h ^ UInt64(TextScan.isUpper(x) ? x | 0x20 : x)) &* Tokenizer.fnvPrime
            if x == UInt8(ascii: ".") { dots += 1 }
        }
        // Dotted acronyms: U.S, U.N, e.g, a.m.
        if dots > 0, dot - s - dots <= 4, dot - s <= 8 { return true }
        // (Also after a hyphen: "a Japan-U.S. Summit Meeting", "the EU-U.S. talks".)
        if dots > 0, let hyphen = b[s..<dot].lastIndex(of: UInt8(ascii: "-")), hyphen + 1 < dot {
            let part = b[(hyphen + 1)..<dot]
            let inner = part.filter { $0 == UInt8(ascii: ".") }.count
            if inner > 0, part.count - inner <= 4, part.count <= 8, part.first.map(TextScan.isUpper) == true { return true }
        }
        return abbreviationHashes.contains(h)
    }
}
