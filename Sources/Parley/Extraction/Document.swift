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

    /// Bytes of a long sentence kept on either side of an item in its provenance.
    static let itemContext = 200

    /// The provenance of the item at bytes `item` of sentence `s`: the sentence, or, in a
    /// sentence longer than ``Provenance/sentenceLimit`` bytes, the item with up to
    /// ``itemContext`` bytes of the sentence on either side, at most
    /// ``Provenance/sentenceLimit`` bytes in all, cut between words.
    func provenance(_ s: Int, item: Range<Int>) -> Provenance {
        let sentence = sentences[s]
        guard sentence.end - sentence.start > Provenance.sentenceLimit else { return provenance(s) }
        let r = item.clamped(to: sentence.start..<sentence.end)
        let toks = tokens[s]
        var lo = max(sentence.start, r.lowerBound - Document.itemContext)
        if lo > sentence.start {
            // From the first word that starts in the window, else from the item.
            let k = TextScan.partition(toks) { $0.start >= lo }
            lo = k < toks.count ? min(toks[k].start, r.lowerBound) : r.lowerBound
        }
        var hi = min(sentence.end, r.upperBound + Document.itemContext, lo + Provenance.sentenceLimit)
        if hi < sentence.end {
            // To the end of the last word that ends in the window, else of a whole character.
            let k = TextScan.partition(toks) { $0.end > hi }
            if k > 0, toks[k - 1].end > lo {
                hi = toks[k - 1].end
            } else {
                while hi > lo, bytes[hi] & 0xC0 == 0x80 { hi -= 1 }
            }
        }
        return Provenance(report: report.id, sentence: s, start: lo, end: hi)
    }

    /// `r` without the trailing bytes listed in `punctuation` and then, with `spaces`,
    /// without spaces and tabs at either end: an item's words cut as they are shown.
    func trimmed(_ r: Range<Int>, punctuation: StaticString, spaces: Bool = false) -> Range<Int> {
        var lo = r.lowerBound, hi = r.upperBound
        punctuation.withUTF8Buffer { marks in
            while hi > lo, marks.contains(bytes[hi - 1]) { hi -= 1 }
        }
        if spaces {
            while lo < hi, bytes[lo] == 0x20 || bytes[lo] == 0x09 { lo += 1 }
            while hi > lo, bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09 { hi -= 1 }
        }
        return lo..<hi
    }

    /// The indices of the tokens of sentence `s` that lie inside bytes `r`, found by
    /// binary search, so that work on an item of a long sentence reads the item only.
    func tokenRange(_ s: Int, within r: Range<Int>) -> Range<Int> {
        let toks = tokens[s]
        let lo = TextScan.partition(toks) { $0.start >= r.lowerBound }
        let hi = TextScan.partition(toks) { $0.end > r.upperBound }
        return lo..<max(lo, hi)
    }

    /// Whether the bytes between two tokens of a sentence contain `char`.
    func gap(_ s: Int, before t: Int, contains char: UInt8) -> Bool {
        let toks = tokens[s]
        let from = t > 0 ? toks[t - 1].end : sentences[s].start
        let to = t < toks.count ? toks[t].start : sentences[s].end
        guard from < to else { return false }
        return bytes[from..<to].contains(char)
    }

    /// For each token of sentence `s`, whether it stands inside quotation marks (`"…"`, `“…”`):
    /// what someone said, not what the report tells.
    func quoted(_ s: Int) -> [Bool] {
        let toks = tokens[s]
        var out = [Bool](repeating: false, count: toks.count)
        var inside = false
        for t in toks.indices {
            let from = t > 0 ? toks[t - 1].end : sentences[s].start
            var i = from
            while i < toks[t].start {
                let b = bytes[i]
                if b == 0x22 { inside.toggle() }
                if b == 0xE2, i + 2 < toks[t].start, bytes[i + 1] == 0x80 {
                    if bytes[i + 2] == 0x9C { inside = true }
                    if bytes[i + 2] == 0x9D { inside = false }
                }
                i += 1
            }
            out[t] = inside
        }
        return out
    }

    /// The token of sentence `s` that follows a possessive `'s` (or `’s`) right after token `k`,
    /// or `nil` when token `k` is not followed by one. The tokenizer may keep the `s` as a word
    /// of its own; it is passed over.
    func afterPossessive(_ s: Int, _ k: Int) -> Int? {
        let toks = tokens[s]
        guard toks.indices.contains(k) else { return nil }
        let end = toks[k].end
        let b = bytes
        let straight = end + 1 < b.count && b[end] == UInt8(ascii: "'") && b[end + 1] | 0x20 == UInt8(ascii: "s")
        let curly = end + 3 < b.count && b[end] == 0xE2 && b[end + 1] == 0x80 && b[end + 2] == 0x99 && b[end + 3] | 0x20 == UInt8(ascii: "s")
        guard straight || curly else { return nil }
        let next = k + 1
        if next < toks.count, toks[next].start > end, toks[next].start <= end + 3, toks[next].end - toks[next].start == 1 { return next + 1 }
        return next
    }

    /// The text of tokens `a..<b` of sentence `s`, as written.
    func span(_ s: Int, _ a: Int, _ b: Int) -> String {
        let toks = tokens[s]
        guard a < b, b <= toks.count else { return "" }
        return text(toks[a].start..<toks[b - 1].end)
    }
}
