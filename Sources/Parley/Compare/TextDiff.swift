import Foundation

/// Two texts aligned sentence by sentence: the sentences both have (word for word or
/// reworded), the ones that moved, and the ones only one of them has.
public struct TextDiff: Sendable, Codable, Hashable {
    /// How a row of the alignment relates the two texts.
    public enum Kind: String, Sendable, Codable, Hashable, CaseIterable {
        /// The same words (after folding case, diacritics and spelling).
        case same
        /// The same sentence, reworded.
        case matched
        /// A matched sentence that stands elsewhere in the right text than the order of the left would put it.
        case moved
        /// Only in the left text.
        case onlyLeft
        /// Only in the right text.
        case onlyRight
    }

    /// A sentence of one of the texts.
    public struct Line: Sendable, Codable, Hashable {
        /// Its 0-based index in its text.
        public var index: Int
        /// The sentence.
        public var text: String

        /// Creates a line.
        public init(index: Int, text: String) {
            self.index = index
            self.text = text
        }
    }

    /// One row of the alignment.
    public struct Row: Sendable, Codable, Hashable {
        /// Same, matched, moved, only left or only right.
        public var kind: Kind
        /// The left sentence, if any.
        public var left: Line?
        /// The right sentence, if any.
        public var right: Line?
        /// How alike the two sentences are (0 to 1; 0 for one-sided rows).
        public var similarity: Double

        /// Creates a row.
        public init(kind: Kind, left: Line?, right: Line?, similarity: Double) {
            self.kind = kind
            self.left = left
            self.right = right
            self.similarity = similarity
        }
    }

    /// The left report id (or label).
    public var left: String
    /// The right report id (or label).
    public var right: String
    /// The rows, in the order of the left text with right-only sentences where they stand.
    public var rows: [Row]

    /// Creates a diff from its rows.
    public init(left: String, right: String, rows: [Row]) {
        self.left = left
        self.right = right
        self.rows = rows
    }

    /// How many rows of each kind.
    public var counts: [Kind: Int] {
        var c: [Kind: Int] = [:]
        for r in rows { c[r.kind, default: 0] += 1 }
        return c
    }

    /// The smallest similarity (Dice coefficient of content words weighted by rarity) at which two sentences are one.
    public static let threshold = 0.5

    /// A word in more right sentences than this proposes no candidate pairs (it still
    /// counts in the similarity of pairs proposed by rarer words or by identical wording).
    static let candidateCap = 64

    /// Aligns two texts sentence by sentence.
    public init(left: String, leftText: String, right: String, rightText: String) {
        self = TextDiff.align(left: left, leftText: leftText, right: right, rightText: rightText, lexicon: .bundled)
    }

    struct Side {
        var bytes: [UInt8]
        var sentences: [Sentence]
        var content: [Set<UInt64>]
        var words: [[UInt64]]

        init(_ text: String, lexicon: Lexicon) {
            bytes = Array(text.utf8)
            sentences = SentenceSegmenter.segment(bytes)
            var content: [Set<UInt64>] = []
            var words: [[UInt64]] = []
            for s in sentences {
                let toks = lexicon.tokens(bytes, s.start..<s.end)
                content.append(Set(toks.filter { !$0.isStop }.map(\.stem)))
                words.append(toks.map(\.stem))
            }
            self.content = content
            self.words = words
        }

        func line(_ i: Int) -> Line { Line(index: i, text: TextScan.string(bytes, sentences[i].start..<sentences[i].end)) }
    }

    static func align(left: String, leftText: String, right: String, rightText: String, lexicon: Lexicon,
                      cancellation: Cancellation = .never) -> TextDiff {
        var scored = 0
        return align(left: left, leftText: leftText, right: right, rightText: rightText, lexicon: lexicon, scored: &scored,
                     cancellation: cancellation)
    }

    /// Aligns two texts; `scored` counts the sentence pairs whose similarity was measured
    /// (what grows with the square of the texts in a quadratic alignment).
    /// Once `cancellation` is requested the search for pairs stops and the diff is incomplete.
    static func align(left: String, leftText: String, right: String, rightText: String, lexicon: Lexicon,
                      scored: inout Int, cancellation: Cancellation = .never) -> TextDiff {
        let l = Side(leftText, lexicon: lexicon)
        let r = Side(rightText, lexicon: lexicon)
        // Candidate pairs through an index of the right side's words.
        // Words weigh by their rarity among the sentences of both texts.
        var df: [UInt64: Int] = [:]
        for c in l.content + r.content { for w in c { df[w, default: 0] += 1 } }
        let n = Double(max(1, l.sentences.count + r.sentences.count))
        func weight(_ w: UInt64) -> Double { log(1 + n / Double(df[w] ?? 1)) }
        let leftTotals = l.content.map { $0.reduce(0) { $0 + weight($1) } }
        let rightTotals = r.content.map { $0.reduce(0) { $0 + weight($1) } }
        // Candidates come from the words of a sentence that few right sentences have, and
        // from right sentences with exactly the same words: a word in more than `cap`
        // sentences still counts in the similarity of a pair, but proposing every pair
        // that shares it would make long texts quadratic. Texts shorter than `cap`
        // sentences are aligned exactly as if there were no cap.
        let cap = TextDiff.candidateCap
        var postings: [UInt64: [Int]] = [:]
        for (j, c) in r.content.enumerated() { for w in c { postings[w, default: []].append(j) } }
        var sameWords: [[UInt64]: [Int]] = [:]
        for j in r.sentences.indices where !r.content[j].isEmpty { sameWords[r.words[j], default: []].append(j) }
        var leftRank: [[UInt64]: Int] = [:]
        var pairs: [(Int, Int, Double)] = []
        var seen = [Bool](repeating: false, count: r.sentences.count)
        var touched: [Int] = []
        for (i, c) in l.content.enumerated() {
            if i & 255 == 0, cancellation.isRequested { break }
            touched.removeAll(keepingCapacity: true)
            for w in c {
                guard let list = postings[w], list.count <= cap else { continue }
                for j in list where !seen[j] {
                    seen[j] = true
                    touched.append(j)
                }
            }
            if !c.isEmpty, let same = sameWords[l.words[i]] {
                // The k-th occurrence on the left meets the k-th on the right (and its neighbours).
                let k = leftRank[l.words[i], default: 0]
                leftRank[l.words[i]] = k + 1
                for j in same[max(0, min(k, same.count - 1) - 2)..<min(same.count, k + 3)] where !seen[j] {
                    seen[j] = true
                    touched.append(j)
                }
            }
            scored += touched.count
            for j in touched {
                seen[j] = false
                // Summed in the left sentence's order, unless it is far the longer of the two.
                let other = r.content[j]
                let (small, large) = c.count > 8 * other.count ? (other, c) : (c, other)
                var shared = 0.0
                for w in small where large.contains(w) { shared += weight(w) }
                let total = leftTotals[i] + rightTotals[j]
                let dice = total > 0 ? 2 * shared / total : 0
                if dice >= threshold || l.words[i] == r.words[j] { pairs.append((i, j, dice)) }
            }
        }
        pairs.sort { ($0.2, -$0.0, -$0.1) > ($1.2, -$1.0, -$1.1) }
        var leftMatch = [Int?](repeating: nil, count: l.sentences.count)
        var rightMatch = [Int?](repeating: nil, count: r.sentences.count)
        var score: [Int: Double] = [:]
        for (i, j, s) in pairs where leftMatch[i] == nil && rightMatch[j] == nil {
            leftMatch[i] = j
            rightMatch[j] = i
            score[i] = s
        }
        // Matched pairs in left order; the longest run increasing on the right stays in place.
        let matched = l.sentences.indices.compactMap { i in leftMatch[i].map { (i, $0) } }
        let inOrder = Set(longestIncreasing(matched.map(\.1)).map { matched[$0].0 })
        var rows: [Row] = []
        var nextRight = 0
        func flushRight(upTo end: Int) {
            while nextRight < end {
                if rightMatch[nextRight] == nil {
                    rows.append(Row(kind: .onlyRight, left: nil, right: r.line(nextRight), similarity: 0))
                }
                nextRight += 1
            }
        }
        for i in l.sentences.indices {
            guard let j = leftMatch[i] else {
                rows.append(Row(kind: .onlyLeft, left: l.line(i), right: nil, similarity: 0))
                continue
            }
            let s = ((score[i] ?? 0) * 1000).rounded() / 1000
            if inOrder.contains(i) {
                flushRight(upTo: j)
                nextRight = max(nextRight, j + 1)
                rows.append(Row(kind: l.words[i] == r.words[j] ? .same : .matched, left: l.line(i), right: r.line(j), similarity: s))
            } else {
                rows.append(Row(kind: .moved, left: l.line(i), right: r.line(j), similarity: s))
            }
        }
        flushRight(upTo: r.sentences.count)
        return TextDiff(left: left, right: right, rows: rows)
    }

    /// Indices of a longest strictly increasing subsequence of `values`.
    static func longestIncreasing(_ values: [Int]) -> [Int] {
        var tails: [Int] = []
        var previous = [Int](repeating: -1, count: values.count)
        for (i, v) in values.enumerated() {
            var lo = 0, hi = tails.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if values[tails[mid]] < v { lo = mid + 1 } else { hi = mid }
            }
            if lo > 0 { previous[i] = tails[lo - 1] }
            if lo == tails.count { tails.append(i) } else { tails[lo] = i }
        }
        var out: [Int] = []
        var k = tails.last ?? -1
        while k >= 0 {
            out.append(k)
            k = previous[k]
        }
        return out.reversed()
    }
}

extension Corpus {
    /// Aligns two reports' cleaned texts sentence by sentence. Report ids may be
    /// unique prefixes. Throws ``CompareError`` for an unknown report.
    /// Once `cancellation` is requested the alignment stops soon and throws ``CancelledError``.
    public func diff(_ left: String, _ right: String, cancellation: Cancellation = .never) throws -> TextDiff {
        let a = try report(matching: left), b = try report(matching: right)
        try cancellation.checkpoint()
        let d = TextDiff.align(left: a.id, leftText: a.text, right: b.id, rightText: b.text, lexicon: .bundled, cancellation: cancellation)
        try cancellation.checkpoint()
        return d
    }

    /// The report with this id, or the only one whose id starts with it.
    func report(matching id: String) throws -> Report {
        if let r = report(id: id) { return r }
        let found = reports.lazy.filter { $0.id.hasPrefix(id) }.prefix(2)
        if found.count == 1, let r = found.first { return r }
        throw CompareError(found.isEmpty ? "no report '\(id)' (see 'reports')" : "'\(id)' matches several reports; give more of the id")
    }
}
