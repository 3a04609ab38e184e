/// The words of a report's paragraphs, tokenised once and shared by the tests that
/// read them (repeated paragraphs, coherence of the tail): per word its folded hash
/// and a few flags, all paragraphs in one flat array. A paragraph is tokenised the
/// first time a test asks for it, and never again.
struct ParagraphWords {
    /// One word: the hash of its folded form and what the cleaner needs to know of it.
    struct Word {
        var hash: UInt64
        var flags: UInt8

        @inline(__always) var capitalized: Bool { flags & Word.capitalizedFlag != 0 }
        @inline(__always) var numeric: Bool { flags & Word.numericFlag != 0 }
        /// At least two bytes long.
        @inline(__always) var twoOrMoreBytes: Bool { flags & Word.atLeastTwoFlag != 0 }
        /// At least five bytes long.
        @inline(__always) var fiveOrMoreBytes: Bool { flags & Word.atLeastFiveFlag != 0 }

        static let capitalizedFlag: UInt8 = 1
        static let numericFlag: UInt8 = 2
        static let atLeastTwoFlag: UInt8 = 4
        static let atLeastFiveFlag: UInt8 = 8
    }

    /// The paragraphs' bytes.
    let paragraphs: [Paragraphs.Para]
    /// Every tokenised paragraph's words, paragraph after paragraph.
    private(set) var words: [Word] = []
    /// Where each paragraph's words are in `words`, once tokenised.
    private var spans: [Range<Int>?]

    init(_ paragraphs: [Paragraphs.Para]) {
        self.paragraphs = paragraphs
        spans = Array(repeating: nil, count: paragraphs.count)
        words.reserveCapacity(paragraphs.reduce(0) { $0 + $1.bytes.count } / 5 + 8)
    }

    /// The words of paragraph `i` as a range of `words`, tokenising it on first use.
    mutating func span(_ i: Int) -> Range<Int> {
        if let s = spans[i] { return s }
        let start = words.count
        let bytes = paragraphs[i].bytes
        Tokenizer.forEachToken(bytes, 0..<bytes.count) { t in
            let length = t.end - t.start
            var flags: UInt8 = t.capitalized ? Word.capitalizedFlag : 0
            if t.numeric { flags |= Word.numericFlag }
            if length >= 2 { flags |= Word.atLeastTwoFlag }
            if length >= 5 { flags |= Word.atLeastFiveFlag }
            words.append(Word(hash: t.hash, flags: flags))
        }
        let s = start..<words.count
        spans[i] = s
        return s
    }

    /// The words of paragraph `i`, which must have been tokenised.
    func span(tokenised i: Int) -> Range<Int> { spans[i] ?? 0..<0 }

    /// Whether the words of `span` from `at` on start with `phrase` (hashes).
    func starts(_ span: Range<Int>, with phrase: [UInt64], at: Int) -> Bool {
        guard at >= span.lowerBound, phrase.count <= span.upperBound - at else { return false }
        var k = 0
        while k < phrase.count {
            if words[at + k].hash != phrase[k] { return false }
            k += 1
        }
        return true
    }
}
