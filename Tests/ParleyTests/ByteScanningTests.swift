import Testing
@testable import Parley

/// The byte-level scanners read eight bytes at a time where they can; these tests put
/// the interesting byte at every offset of a word, and compare with a plain reading.
@Suite struct ByteScanningTests {
    /// `text` with `insert` placed after `k` ASCII letters, for k in 0..<24.
    func placements(_ insert: String) -> [String] {
        (0..<24).map { k in String(repeating: "a", count: k) + insert + " the rest of the line." }
    }

    @Test func controlCharactersAreFoundAtEveryOffset() {
        for text in placements("\u{0007}") {
            let r = JunkCharacters.remove(from: Array(text.utf8))
            #expect(r.removed.map(\.text) == ["\u{0007}"], "\(text.utf8.count)")
            #expect(String(decoding: r.bytes, as: UTF8.self) == text.replacingOccurrences(of: "\u{0007}", with: ""))
        }
    }

    @Test func gluedForeignScalarsAreFoundAtEveryOffset() {
        for text in placements("\u{12043}b") {
            let r = JunkCharacters.remove(from: Array(text.utf8))
            #expect(r.removed.map(\.text) == ["\u{12043}"])
            #expect(!String(decoding: r.bytes, as: UTF8.self).contains("\u{12043}"))
        }
    }

    @Test func letterCountsMatchAPlainCount() {
        // Eight printable ASCII bytes at a time: letters counted by bit tricks must match.
        let samples = ["abcdefgh", "ABCDEFGH", "@[`{azAZ", "12345678", "a1b2c3d4", "~~~~~~~~", "Zz Yy Xx"]
        for s in samples {
            let bytes = Array(s.utf8)
            let w = bytes.withUnsafeBufferPointer { JunkCharacters.plainWord($0, at: 0) }
            let plain = bytes.filter { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }.count
            #expect(w.map(JunkCharacters.letterCount) == plain, "\(s)")
        }
        // A tab, a line feed or DEL makes the word not plain.
        for s in ["abc\tdefg", "abcdefg\n", "abc\u{7F}defg"] {
            #expect(Array(s.utf8).withUnsafeBufferPointer { JunkCharacters.plainWord($0, at: 0) } == nil)
        }
    }

    @Test func carriageReturnsAndInvalidBytesAreFoundAtEveryOffset() {
        for k in 0..<20 {
            var cr = Array(repeating: UInt8(ascii: "x"), count: k) + [0x0D, 0x0A] + Array("end".utf8)
            #expect(!cr.withUnsafeBufferPointer { InputDecoding.isCleanUTF8($0) })
            #expect(InputDecoding.decode(cr).bytes == Array(repeating: UInt8(ascii: "x"), count: k) + [0x0A] + Array("end".utf8))
            cr = Array(repeating: UInt8(ascii: "x"), count: k) + [0xE2, 0x80] // cut short at the end
            #expect(!cr.withUnsafeBufferPointer { InputDecoding.isCleanUTF8($0) })
            #expect(InputDecoding.decode(cr).invalidOffsets == [k])
            let overlong = Array(repeating: UInt8(ascii: "x"), count: k) + [0xC0, 0xAF] + Array("tail".utf8)
            #expect(InputDecoding.decode(overlong).invalidCount >= 1)
            let good = Array(repeating: UInt8(ascii: "x"), count: k) + Array("Tô Lâm, “ties” 𒁃".utf8)
            #expect(good.withUnsafeBufferPointer { InputDecoding.isCleanUTF8($0) })
            #expect(InputDecoding.decode(good).bytes == good)
        }
    }

    @Test func lineFeedsAreFoundAtEveryOffset() {
        for k in 0..<20 {
            let bytes = Array(repeating: UInt8(ascii: "x"), count: k) + [0x0A] + Array("next line".utf8)
            #expect(Paragraphs.nextLineFeed(bytes, from: 0) == k)
            #expect(Paragraphs.nextLineFeed(bytes, from: k + 1) == bytes.count)
        }
        #expect(Paragraphs.nextLineFeed([], from: 0) == 0)
    }

    @Test func monthNamesAreReadFromBytes() {
        for (word, month) in [("April", 4), ("aug.", 8), ("SEPT", 9), ("September", 9), ("Dec", 12)] {
            #expect(MonthNames.number(bytes: Array(word.utf8)[...]) == month, "\(word)")
        }
        for word in ["Ap", "Aprill", "Tháng", "", "."] { #expect(MonthNames.number(bytes: Array(word.utf8)[...]) == nil, "\(word)") }
    }

    @Test func binaryEvidenceFindsTheFirstNulAtEveryOffset() {
        for k in 0..<20 {
            let bytes = Array(repeating: UInt8(ascii: "x"), count: k) + [0x00] + Array(repeating: UInt8(ascii: "y"), count: 30)
            #expect(InputDecoding.binaryEvidence(bytes) == k)
            #expect(InputDecoding.binaryEvidence(bytes[...]) == k)
        }
        #expect(InputDecoding.binaryEvidence(Array("plain text\nwith lines\r\n".utf8)) == nil)
    }

    @Test func substringSearchFoldsCaseOnlyWhenAsked() {
        #expect(TextScan.contains(Array("The two sides, namely".utf8), "namely"))
        #expect(!TextScan.contains(Array("NAMELY".utf8), "namely"))
        #expect(TextScan.contains(Array("NAMELY".utf8), "namely", foldCase: true))
        #expect(TextScan.contains("a Photo by".utf8, "photo", foldCase: true))
        #expect(!TextScan.contains(Array("nam".utf8), "namely"))
        #expect(TextScan.contains([UInt8](), ""))
    }

    @Test func paragraphWordsAgreeWithTheTokenizer() {
        let texts = ["The two sides agreed to upgrade ties, and Lâm's visit to Hà Nội went well in O'Brien's view.",
                     "Short one.", "", "x y z w v u t s r q — 2025 “quoted words” 45 documents"]
        var words = ParagraphWords(texts.enumerated().map { Paragraphs.Para(bytes: Array($1.utf8), offset: $0) })
        for (i, text) in texts.enumerated() {
            let bytes = Array(text.utf8)
            let toks = Tokenizer.tokens(bytes, 0..<bytes.count)
            let span = words.span(i)
            #expect(span.count == toks.count)
            #expect(words.span(i) == span, "a paragraph is tokenised once")
            for (t, w) in zip(toks, words.words[span]) {
                #expect(w.hash == t.hash)
                #expect(w.capitalized == t.capitalized && w.numeric == t.numeric)
                #expect(w.twoOrMoreBytes == (t.end - t.start >= 2) && w.fiveOrMoreBytes == (t.end - t.start >= 5))
            }
        }
    }

    /// The sketch screen of near-repeat paragraphs may pass pairs that are not near
    /// repeats, but must never turn away one whose shingle Jaccard reaches 0.8.
    @Test func shingleSketchNeverTurnsAwayANearRepeat() {
        var rng = SplitMix(seed: 7)
        let vocabulary = (0..<300).map { "w\($0)" }
        var checked = 0
        for _ in 0..<3000 {
            let length = 8 + Int(rng.next() % 120)
            let a = (0..<length).map { _ in vocabulary[Int(rng.next() % 300)] }
            var b = a
            // A few edits: replace, drop or insert a word.
            for _ in 0..<Int(rng.next() % 4) {
                let at = Int(rng.next() % UInt64(b.count))
                switch rng.next() % 3 {
                case 0: b[at] = vocabulary[Int(rng.next() % 300)]
                case 1: if b.count > 8 { b.remove(at: at) }
                default: b.insert(vocabulary[Int(rng.next() % 300)], at: at)
                }
            }
            let (sa, na) = sketch(a), (sb, nb) = sketch(b)
            let ta = Set(trigrams(a)), tb = Set(trigrams(b))
            let jaccard = Double(ta.intersection(tb).count) / Double(ta.union(tb).count)
            if jaccard >= 0.8 {
                checked += 1
                #expect(sa.differingBits(sb) * 4 <= min(na, nb), "Jaccard \(jaccard) turned away")
                #expect(!sa.differs(from: sb, byMoreThan: min(na, nb) / 4), "Jaccard \(jaccard) turned away")
            }
        }
        #expect(checked > 500)
        // The early exits answer as the full count does.
        for _ in 0..<2000 {
            var a = Paragraphs.ShingleSketch(), b = Paragraphs.ShingleSketch()
            for _ in 0..<Int(rng.next() % 80) { a.insert(rng.next()) }
            for _ in 0..<Int(rng.next() % 80) { b.insert(rng.next()) }
            let limit = Int(rng.next() % 60)
            #expect(a.differs(from: b, byMoreThan: limit) == (a.differingBits(b) > limit))
        }

        func trigrams(_ w: [String]) -> [UInt64] {
            let h = w.map { Tokenizer.hash($0) }
            return (2..<h.count).map { Tokenizer.combine(Tokenizer.combine(h[$0 - 2], h[$0 - 1]), h[$0]) }
        }
        func sketch(_ w: [String]) -> (Paragraphs.ShingleSketch, Int) {
            var s = Paragraphs.ShingleSketch()
            for t in trigrams(w) { s.insert(t) }
            return (s, w.count - 2)
        }
    }

    @Test func trimmingWorksOnUTF8() {
        #expect("  Tô Lâm\t ".trimmingSpaces() == "Tô Lâm")
        #expect("\t \t".trimmingSpaces() == "")
        #expect(" a b  c ".spaceSeparatedCount == 3)
        #expect("".spaceSeparatedCount == 0)
    }

    @Test func datelinesReadFromBytesWithNonBreakingSpaces() throws {
        let d = try #require(Dateline.parse(bytes: Array("HANOI,\u{00A0}April 15 (VNA) – The talks".utf8), isKnownPlace: { _ in false }))
        #expect(d.place == "HANOI")
        #expect(d.monthDay == MonthDay(month: 4, day: 15))
        #expect(d.tag == "VNA")
        #expect(Dateline.parse(bytes: Array("the lower-case start – no dateline".utf8), isKnownPlace: { _ in true }) == nil)
        #expect(Dateline.parse(bytes: [], isKnownPlace: { _ in true }) == nil)
    }

    @Test func creditsOfEveryShapeAreRead() {
        let credits = [
            ("The leaders meet in Hanoi. (Photo: KTA)", "(Photo: KTA)"),
            ("The leaders meet in Hanoi. [Image/Lake Courier]", "[Image/Lake Courier]"),
            ("The leaders meet in Hanoi. — Ana Souza/The Lake Courier", "— Ana Souza/The Lake Courier"),
            ("The leaders meet in Hanoi. -- KTA", "-- KTA"),
        ]
        for (text, credit) in credits {
            let b = Array(text.utf8)
            let r = Furniture.trailingCredit(b)
            #expect(r.map { String(decoding: b[$0], as: UTF8.self) } == credit, "\(text)")
        }
        #expect(Furniture.trailingCredit(Array("The leaders met and agreed on trade.".utf8)) == nil)
        #expect(Furniture.isCode(Array("VNSv".utf8), 0..<4))
        #expect(!Furniture.isCode(Array("Vns".utf8), 0..<3))
    }
}

/// A small deterministic generator (SplitMix64), so randomised tests repeat exactly.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
