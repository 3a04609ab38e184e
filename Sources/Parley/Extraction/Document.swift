/// A report prepared for extraction: its bytes, sentences and tokens.
struct Document {
    let report: Report
    let bytes: [UInt8]
    let sentences: [Sentence]
    let tokens: [[Token]]

    init(_ report: Report) {
        self.report = report
        let b = Array(report.text.utf8)
        let s = SentenceSegmenter.segment(b)
        bytes = b
        sentences = s
        tokens = s.map { Tokenizer.tokens(b, $0.start..<$0.end) }
    }

    func text(_ s: Int) -> String { TextScan.string(bytes, sentences[s].start..<sentences[s].end) }

    func text(_ range: Range<Int>) -> String { TextScan.string(bytes, range) }

    func provenance(_ s: Int) -> Provenance {
        Provenance(report: report.id, sentence: s, start: sentences[s].start, end: sentences[s].end)
    }

    /// Whether the bytes between two tokens of a sentence contain `char`.
    func gap(_ s: Int, before t: Int, contains char: UInt8) -> Bool {
        let toks = tokens[s]
        let from = t > 0 ? toks[t - 1].end : sentences[s].start
        let to = t < toks.count ? toks[t].start : sentences[s].end
        guard from < to else { return false }
        return bytes[from..<to].contains(char)
    }

    /// The text of tokens `a..<b` of sentence `s`, as written.
    func span(_ s: Int, _ a: Int, _ b: Int) -> String {
        let toks = tokens[s]
        guard a < b, b <= toks.count else { return "" }
        return text(toks[a].start..<toks[b - 1].end)
    }
}
