/// How two values of the same thing compare once normalised.
public enum ConflictKind: String, Sendable, Codable, Hashable, CaseIterable {
    /// The same value ("45" and "45", "Hanoi" and "Ha Noi").
    case agree
    /// Compatible, one more precise than the other ("45" and "more than 40", "four" and "several").
    case refinement
    /// Incompatible ("45" and "40", two different days).
    case contradiction
}

/// A count as a text gives it ("45", "more than 40", "several", "a dozen"),
/// normalised to the range of values it allows.
public struct Quantity: Sendable, Codable, Hashable, CustomStringConvertible {
    /// The words as written, without the counted noun: `more than a dozen`.
    public var text: String
    /// The smallest value the words allow.
    public var low: Double
    /// The largest value the words allow; `nil` when unbounded ("more than 40").
    public var high: Double?
    /// Whether the words give one value ("45", "four").
    public var exact: Bool

    /// Creates a quantity from its range.
    public init(text: String, low: Double, high: Double?, exact: Bool) {
        self.text = text
        self.low = low
        self.high = high
        self.exact = exact
    }

    /// Reads a count phrase such as `45`, `forty-five`, `more than 40`, `about 200`,
    /// `several` or `more than a dozen`; `nil` when the words give no count.
    public init?(_ phrase: String) {
        let bytes = Array(phrase.utf8)
        let toks = Lexicon.bundled.tokens(bytes, 0..<bytes.count)
        guard let (q, range) = Quantity.parse(toks, bytes, at: 0), range.upperBound == toks.count else { return nil }
        self = q
    }

    /// `45`, `more than 40 (41…)`, `several (3…12)`.
    public var description: String { text }

    /// The normalised range, written out: `45`, `41…`, `3…12`.
    public var range: String {
        func f(_ v: Double) -> String { v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v) }
        if exact { return f(low) }
        return f(low) + "…" + (high.map(f) ?? "")
    }

    /// How this count compares with another count of the same thing.
    public func compare(_ other: Quantity) -> ConflictKind {
        if exact && other.exact { return low == other.low ? .agree : .contradiction }
        let top = min(high ?? .infinity, other.high ?? .infinity)
        guard max(low, other.low) <= top else { return .contradiction }
        if low == other.low && high == other.high && exact == other.exact { return .agree }
        return .refinement
    }

    /// How a set of counts compares: contradiction when any two contradict, agree when all agree.
    public static func compare(_ values: [Quantity]) -> ConflictKind {
        var kind = ConflictKind.agree
        for i in values.indices {
            for j in values.indices where j > i {
                switch values[i].compare(values[j]) {
                case .contradiction: return .contradiction
                case .refinement: kind = .refinement
                case .agree: break
                }
            }
        }
        return kind
    }

    // MARK: Parsing

    enum Qualifier { case above, atLeast, below, atMost, about, nearly }

    static let qualifiers: [([UInt64], Qualifier)] = [
        ("more than", Qualifier.above), ("over", .above), ("above", .above), ("upwards of", .above), ("in excess of", .above),
        ("at least", .atLeast), ("no fewer than", .atLeast), ("no less than", .atLeast), ("a minimum of", .atLeast),
        ("fewer than", .below), ("less than", .below), ("under", .below), ("below", .below),
        ("up to", .atMost), ("as many as", .atMost), ("at most", .atMost), ("a maximum of", .atMost),
        ("about", .about), ("around", .about), ("some", .about), ("roughly", .about), ("approximately", .about),
        ("an estimated", .about), ("close to", .nearly), ("nearly", .nearly), ("almost", .nearly), ("just under", .nearly),
    ].map { (Tokenizer.phrase($0.0), $0.1) }.sorted { $0.0.count > $1.0.count }

    /// Vague counts: words and their range.
    static let vague: [([UInt64], Double, Double?)] = [
        ("a number of", 2.0, nil as Double?), ("a few", 2, 5), ("a couple of", 2, 3), ("a handful of", 2, 6),
        ("several", 3, 12), ("many", 3, nil), ("numerous", 3, nil), ("multiple", 2, nil), ("dozens of", 24, nil),
        ("dozens", 24, nil), ("scores of", 40, nil), ("hundreds of", 200, 999), ("thousands of", 2000, 999_999),
        ("a dozen", 12, 12), ("a series of", 2, nil),
    ].map { (Tokenizer.phrase($0.0), $0.1, $0.2) }.sorted { $0.0.count > $1.0.count }

    static let aDozen = Tokenizer.phrase("a dozen")

    static let multipliers: [UInt64: Double] = [
        Tokenizer.hash("hundred"): 100, Tokenizer.hash("thousand"): 1_000, Tokenizer.hash("million"): 1_000_000,
        Tokenizer.hash("billion"): 1_000_000_000, Tokenizer.hash("trillion"): 1_000_000_000_000, Tokenizer.hash("dozen"): 12,
    ]

    static func matches(_ phrase: [UInt64], _ toks: [WordToken], _ i: Int) -> Bool {
        guard phrase.count <= toks.count - i else { return false }
        for k in 0..<phrase.count where toks[i + k].hash != phrase[k] { return false }
        return true
    }

    /// A count starting at token `i`: an optional qualifier, then a number (with a
    /// multiplier such as `billion`) or a vague count. Returns the count and its tokens.
    static func parse(_ toks: [WordToken], _ b: [UInt8], at i: Int) -> (Quantity, Range<Int>)? {
        guard i < toks.count else { return nil }
        var k = i
        var qualifier: Qualifier?
        for (p, q) in qualifiers where matches(p, toks, k) {
            qualifier = q
            k += p.count
            break
        }
        guard k < toks.count else { return nil }
        func text(_ end: Int) -> String { TextScan.string(b, toks[i].start..<toks[end - 1].end) }
        for (p, lo, hi) in vague where matches(p, toks, k) {
            let end = k + p.count
            // "a dozen" is a number: qualifiers apply to it ("more than a dozen").
            if p == aDozen { return (apply(qualifier, 12, text: text(end)), i..<end) }
            return (Quantity(text: text(end), low: lo, high: hi, exact: false), i..<end)
        }
        guard var value = toks[k].number, !toks[k].ordinal, !toks[k].year else { return nil }
        var end = k + 1
        // "forty-five": tens then units.
        if value >= 20, value < 100, value.truncatingRemainder(dividingBy: 10) == 0, end < toks.count,
           let u = toks[end].number, u < 10, !toks[end].ordinal, toks[end].start - toks[k].end == 1, b[toks[k].end] == UInt8(ascii: "-") {
            value += u
            end += 1
        }
        if end < toks.count, let m = multipliers[toks[end].hash] {
            value *= m
            end += 1
        }
        return (apply(qualifier, value, text: text(end)), i..<end)
    }

    static func apply(_ q: Qualifier?, _ v: Double, text: String) -> Quantity {
        // "More than 40" is read as 40 or more and "fewer than 10" as 10 or fewer: reports
        // round, and "more than 100 billion" and "100 billion" are one figure told twice.
        let integral = v == v.rounded() && v < 1e12
        let previous = integral ? v - 1 : v.nextDown
        switch q {
        case nil: return Quantity(text: text, low: v, high: v, exact: true)
        case .above?: return Quantity(text: text, low: v, high: nil, exact: false)
        case .atLeast?: return Quantity(text: text, low: v, high: nil, exact: false)
        case .below?: return Quantity(text: text, low: 0, high: v, exact: false)
        case .atMost?: return Quantity(text: text, low: 0, high: v, exact: false)
        case .about?: return Quantity(text: text, low: (v * 0.85).rounded(.down), high: (v * 1.15).rounded(.up), exact: false)
        case .nearly?: return Quantity(text: text, low: (v * 0.85).rounded(.down), high: previous, exact: false)
        }
    }

    /// Words that end the counted noun phrase.
    static let nounStops = Words.set(["across", "towards", "toward", "covering", "worth", "including", "regarding",
                                      "concerning", "like", "such", "between", "during", "after", "before"])
    /// Documents of any kind count as one thing: agreements, deals, memorandums, documents.
    static let documentNouns = Words.set(["documents", "document", "agreements", "agreement", "deals", "deal", "memorandums",
                                          "memoranda", "memorandum", "mous", "mou", "accords", "accord", "contracts", "contract",
                                          "treaties", "instruments", "protocols", "pacts"])
    /// Time units: a count of them is compared only inside one fact.
    static let timeNouns = Words.set(["years", "year", "days", "day", "hours", "hour", "weeks", "week", "months", "month",
                                      "decades", "decade", "centuries", "century", "minutes", "times", "anniversary"])

    /// The counts in a token stream, each with the noun it counts (`45 cooperation
    /// documents` → 45, documents). Counts without a noun are left out.
    static func counts(_ toks: [WordToken], _ b: [UInt8]) -> [CountedThing] {
        var out: [CountedThing] = []
        var i = 0
        while i < toks.count {
            guard let (q, r) = parse(toks, b, at: i) else { i += 1; continue }
            // The counted noun: up to three words after the count, not across punctuation.
            // The head is the first plural (or document word) among them, else the last.
            var k = r.upperBound
            var head: Int?
            while k < toks.count, k - r.upperBound < 3 {
                let gapFrom = toks[k - 1].end, gapTo = toks[k].start
                var clean = true
                for x in gapFrom..<gapTo where b[x] != 0x20 && b[x] != UInt8(ascii: "-") { clean = false; break }
                guard clean, !toks[k].isStop, !nounStops.contains(toks[k].hash), toks[k].number == nil else { break }
                head = k
                k += 1
                let last = toks[k - 1].end - 1
                if documentNouns.contains(toks[k - 1].hash) || (b[last] | 0x20) == UInt8(ascii: "s") { break }
            }
            if let h = head {
                let noun = toks[h]
                // "two sides", "one year": counts of one or two are everywhere and say little.
                let generic = q.exact && q.low <= 2
                if !generic {
                    let isDocument = documentNouns.contains(noun.hash)
                    out.append(CountedThing(quantity: q, noun: isDocument ? "documents" : TextScan.string(b, noun.start..<noun.end).lowercased(),
                                            nounKey: isDocument ? Quantity.documentKey : noun.stem,
                                            isTime: timeNouns.contains(noun.hash), start: toks[r.lowerBound].start, end: noun.end))
                }
            }
            i = r.upperBound
        }
        return out
    }

    static let documentKey = Tokenizer.hash("§documents")
}

/// A count and the noun it counts, found in a text.
struct CountedThing: Sendable, Hashable {
    var quantity: Quantity
    /// The noun as written, lowercased (`documents` for any kind of signed document).
    var noun: String
    /// The noun's stem, or one key for all documents.
    var nounKey: UInt64
    /// Whether the noun is a unit of time.
    var isTime: Bool
    /// Byte range of the count and noun.
    var start: Int
    var end: Int
}
