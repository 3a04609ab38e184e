import Testing
@testable import Parley

/// The tokenizer reads most words a machine word at a time and falls back to a
/// byte-by-byte scan for the rest; both must give the same words and hashes as the
/// plain rules (and as ``Tokenizer/hash(_:)`` of the word written out).
@Suite struct TokenizerTests {
    /// The rules, one byte at a time, for the texts the tests build: a word starts at a
    /// letter or digit and runs over letters, digits, non-ASCII letters and an
    /// apostrophe between letters (a final `'s` is left out); anything else ends it.
    static func reference(_ b: [UInt8]) -> [(start: Int, end: Int, numeric: Bool, capital: Bool)] {
        func isASCIIAlnum(_ c: UInt8) -> Bool { (c | 0x20) &- 0x61 < 26 || c &- 0x30 < 10 }
        func isLetter(_ i: Int) -> Bool { i < b.count && ((b[i] | 0x20) &- 0x61 < 26 || b[i] >= 0xC3) }
        /// A non-ASCII letter of the test alphabet (Latin letters with diacritics: lead bytes C3, C4, C6, E1).
        func nonASCIILetterLength(_ i: Int) -> Int? {
            guard i < b.count else { return nil }
            switch b[i] {
            case 0xC3, 0xC4, 0xC6: return 2
            case 0xE1: return 3
            default: return nil
            }
        }
        var out: [(Int, Int, Bool, Bool)] = []
        var i = 0
        while i < b.count {
            if !isASCIIAlnum(b[i]) {
                if let n = nonASCIILetterLength(i) {
                    // starts a word below
                    _ = n
                } else {
                    i += 1
                    continue
                }
            }
            let start = i
            var numeric = true
            while i < b.count {
                if isASCIIAlnum(b[i]) {
                    if (b[i] | 0x20) &- 0x61 < 26 { numeric = false }
                    i += 1
                } else if let n = nonASCIILetterLength(i) {
                    numeric = false
                    i += n
                } else if b[i] == 0x27, isLetter(i + 1) {
                    if (b[i + 1] | 0x20) == 0x73, !isLetter(i + 2) { break }
                    i += 1
                } else {
                    break
                }
            }
            out.append((start, i, numeric, b[start] &- 0x41 < 26))
        }
        return out
    }

    static let pieces = ["a", "I", "of", "the", "Talks", "trade", "partners", "Strategic", "comprehensive",
                         "internationalisation", "counterterrorism", "G20", "2025", "1", "12th", "COVID19", "ASEAN",
                         "O'Brien", "Lâm's", "leaders'", "Việt", "Nam", "Hà", "Nội", "Tô", "naïve", "x", "Zz9",
                         "abcdefgh", "abcdefghi", "ABCDEFGHIJKLMNOP", "abcdefghijklmnopq", "don't", "it's"]
    static let gaps = [" ", " ", " ", ", ", ". ", " (", ") ", " — ", " “", "” ", "-", "/", "\u{00A0}", "\n", ": ", "; "]

    @Test func wordsAndHashesFollowTheRulesWhereverTheyFall() {
        var rng = SplitMix(seed: 11)
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<(1 + Int(rng.next() % 30)) {
                text += Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))]
                text += Self.gaps[Int(rng.next() % UInt64(Self.gaps.count))]
            }
            // Sometimes end on a word, so that words meet the end of the buffer.
            if rng.next() % 2 == 0 { text += Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))] }
            let b = Array(text.utf8)
            let expected = Self.reference(b)
            let toks = Tokenizer.tokens(b, 0..<b.count)
            #expect(toks.count == expected.count, "\(text)")
            for (t, e) in zip(toks, expected) {
                #expect(t.start == e.start && t.end == e.end, "\(text)")
                #expect(t.numeric == e.numeric && t.capitalized == e.capital, "\(text)")
                let word = String(decoding: b[t.start..<t.end], as: UTF8.self)
                #expect(t.hash == Tokenizer.hash(word), "\(word) in \(text)")
            }
            // A range that stops inside the text stops the words there too.
            if b.count > 4 {
                var cut = 1 + Int(rng.next() % UInt64(b.count - 1))
                while cut < b.count, b[cut] & 0xC0 == 0x80 { cut += 1 } // at a scalar's start
                let part = Tokenizer.tokens(b, 0..<cut)
                let alone = Tokenizer.tokens(Array(b[0..<cut]), 0..<cut)
                #expect(part.map(\.end) == alone.map(\.end) && part.map(\.hash) == alone.map(\.hash), "\(text) cut at \(cut)")
            }
        }
    }

    @Test func hashesFoldCaseAndDiacritics() {
        #expect(Tokenizer.hash("Việt") == Tokenizer.hash("viet"))
        #expect(Tokenizer.hash("STRATEGIC") == Tokenizer.hash("strategic"))
        #expect(Tokenizer.hash("abcdefgh") != Tokenizer.hash("abcdefgh0"))
        #expect(Tokenizer.hash("a") != Tokenizer.hash("b"))
        // Words of eight and sixteen bytes end exactly on a chunk.
        let b = Array("abcdefgh abcdefghijklmnop".utf8)
        let toks = Tokenizer.tokens(b, 0..<b.count)
        #expect(toks.map(\.hash) == [Tokenizer.hash("abcdefgh"), Tokenizer.hash("abcdefghijklmnop")])
    }
}
