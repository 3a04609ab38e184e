/// A word of a sentence: its byte range in the text and the hash of its folded form.
struct Token: Sendable {
    /// Start byte offset in the text.
    var start: Int
    /// End byte offset (exclusive).
    var end: Int
    /// FNV-1a hash of the folded (lowercased, diacritic-free) word.
    var hash: UInt64
    /// Whether the word starts with a capital letter.
    var capitalized: Bool
    /// Whether the word is all digits.
    var numeric: Bool
}

/// Splits text into word tokens on UTF-8 bytes. Letters and digits make words;
/// hyphens split words (`Frank-Walter` is two tokens); a possessive `'s` is not part
/// of the word; an apostrophe inside a name is (`O'Brien`).
enum Tokenizer {
    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x100_0000_01b3

    /// The hash of a folded word given as a string (for building indexes).
    static func hash(_ word: some StringProtocol) -> UInt64 {
        var h = fnvOffset
        var folded = [UInt8]()
        let bytes = Array(word.utf8)
        Fold.append(bytes, 0..<bytes.count, to: &folded)
        for b in folded { h = (h ^ UInt64(b)) &* fnvPrime }
        return h
    }

    /// The FNV-1a hash of bytes exactly as given.
    static func hashBytes(_ bytes: [UInt8]) -> UInt64 {
        var h = fnvOffset
        for b in bytes { h = (h ^ UInt64(b)) &* fnvPrime }
        return h
    }

    /// Hashes of the words of a phrase, tokenised the same way as text.
    static func phrase(_ text: String) -> [UInt64] {
        tokens(Array(text.utf8), 0..<text.utf8.count).map(\.hash)
    }

    /// Combines token hashes into one phrase key.
    @inline(__always)
    static func combine(_ h: UInt64, _ t: UInt64) -> UInt64 { (h &* 0x9E37_79B9_7F4A_7C15) ^ t }

    /// The tokens of `bytes[range]`.
    static func tokens(_ b: [UInt8], _ range: Range<Int>) -> [Token] {
        let r = range.clamped(to: 0..<b.count)
        return b.withUnsafeBufferPointer { tokens(b, $0, r) }
    }

    private static func tokens(_ b: [UInt8], _ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(range.count / 4 + 2)
        forEachToken(b, p, range) { out.append($0) }
        return out
    }

    /// Calls `body` with each token of `bytes[range]`, in order, without collecting them.
    static func forEachToken(_ b: [UInt8], _ range: Range<Int>, _ body: (Token) -> Void) {
        let r = range.clamped(to: 0..<b.count)
        b.withUnsafeBufferPointer { forEachToken(b, $0, r, body) }
    }

    /// The scanner behind ``tokens(_:_:)``: `b` and `p` are the same bytes, `p` read
    /// without bounds checks inside `range` (already clamped).
    @inline(__always)
    static func forEachToken(_ b: [UInt8], _ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ body: (Token) -> Void) {
        var i = range.lowerBound
        let end = range.upperBound
        var folded = [UInt8]()
        while i < end {
            let c = p[i]
            if (c | 0x20) &- 0x61 >= 26 && c &- 0x30 >= 10 {
                // A multi-byte scalar starts a word only if it is a letter or a digit; punctuation
                // such as “ ” — is skipped whole, and a stray continuation byte is never a start.
                guard c >= 0xC0 else { i += 1; continue }
                let (v, len) = TextScan.scalar(p, at: i)
                let props = Unicode.Scalar(v)?.properties
                guard props?.isAlphabetic == true || props?.numericType != nil else { i += len; continue }
            }
            let start = i
            var j = i
            var numeric = true
            // Hash while scanning: lower-case ASCII inline; anything else is folded afterwards.
            var h = fnvOffset
            var ascii = true
            while j < end {
                let d = p[j]
                if (d | 0x20) &- 0x61 < 26, let base = p.baseAddress {
                    // A run of ASCII letters, in a loop of its own.
                    numeric = false
                    (j, h) = letterRun(base, j, end, h)
                    continue
                }
                if d &- 0x30 < 10 {
                    h = (h ^ UInt64(d)) &* fnvPrime
                    j += 1
                    continue
                }
                if d < 0x80 {
                    if d == 0x27, j + 1 < end, isLetter(p, j + 1) {
                        // 's at word end is a possessive, not part of the word.
                        if (p[j + 1] | 0x20) == 0x73, j + 2 >= end || !isLetter(p, j + 2) { break }
                        h = (h ^ 0x27) &* fnvPrime
                        j += 1
                        continue
                    }
                    break
                }
                if d == 0xE2, j + 2 < end, p[j + 1] == 0x80 {
                    if p[j + 2] == 0x99, j + 3 < end, isLetter(p, j + 3) {
                        if (p[j + 3] | 0x20) == 0x73, j + 4 >= end || !isLetter(p, j + 4) { break }
                        ascii = false
                        j += 3
                        continue
                    }
                    break
                }
                if d == 0xC2 { break } // Latin-1 punctuation (NBSP, «, ·)
                numeric = false
                ascii = false
                j += TextScan.scalar(p, at: j).length
            }
            if !ascii {
                folded.removeAll(keepingCapacity: true)
                Fold.append(b, start..<j, to: &folded)
                h = fnvOffset
                for x in folded { h = (h ^ UInt64(x)) &* fnvPrime }
            }
            let capital: Bool
            if c < 0x80 { capital = c &- 0x41 < 26 } else {
                capital = Unicode.Scalar(TextScan.scalar(p, at: start).value)?.properties.isUppercase ?? false
            }
            body(Token(start: start, end: j, hash: h, capitalized: capital, numeric: numeric))
            i = max(j, i + 1)
        }
    }

    /// Hashes the run of ASCII letters from `from` (lower-cased) into `hash`; returns where it ends.
    @inline(never)
    static func letterRun(_ p: UnsafePointer<UInt8>, _ from: Int, _ end: Int, _ hash: UInt64) -> (Int, UInt64) {
        var j = from, h = hash
        while j < end {
            let l = p[j] | 0x20
            guard l &- 0x61 < 26 else { break }
            h = (h ^ UInt64(l)) &* fnvPrime
            j &+= 1
        }
        return (j, h)
    }

    /// Whether the tokens from `i` on start with `phrase` (hashes), without bounds trouble.
    @inline(__always)
    static func matches(_ phrase: [UInt64], _ toks: [Token], at i: Int) -> Bool {
        guard i >= 0, phrase.count <= toks.count - i else { return false }
        var k = 0
        while k < phrase.count {
            if toks[i + k].hash != phrase[k] { return false }
            k += 1
        }
        return true
    }

    @inline(__always)
    static func isLetter(_ b: [UInt8], _ i: Int) -> Bool {
        let c = b[i]
        return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || c >= 0xC3
    }

    @inline(__always)
    static func isLetter(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let c = p[i]
        return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || c >= 0xC3
    }
}

/// Common words as hashes, for quick tests on tokens.
enum Words {
    static func set(_ words: [String]) -> HashSet64 { HashSet64(words.map { Tokenizer.hash($0) }) }
    static func map(_ pairs: [(String, Int)]) -> HashMap64<Int> {
        var m = HashMap64<Int>(capacity: pairs.count)
        for (w, v) in pairs where m[Tokenizer.hash(w)] == nil { m[Tokenizer.hash(w)] = v }
        return m
    }
    static let numbers: HashMap64<Int> = map([
        ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8),
        ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14), ("fifteen", 15),
        ("sixteen", 16), ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("twenty", 20), ("thirty", 30),
        ("forty", 40), ("fifty", 50), ("dozen", 12),
    ])
}

/// Hashes of single words the scanners compare against, computed once.
enum H {
    static let a = Tokenizer.hash("a")
    static let an = Tokenizer.hash("an")
    static let and = Tokenizer.hash("and")
    static let both = Tokenizer.hash("both")
    static let call = Tokenizer.hash("call")
    static let chief = Tokenizer.hash("chief")
    static let conference = Tokenizer.hash("conference")
    static let counterpart = Tokenizer.hash("counterpart")
    static let earlier = Tokenizer.hash("earlier")
    static let guest = Tokenizer.hash("guest")
    static let had = Tokenizer.hash("had")
    static let held = Tokenizer.hash("held")
    static let his = Tokenizer.hash("his")
    static let host = Tokenizer.hash("host")
    static let hosted = Tokenizer.hash("hosted")
    static let `in` = Tokenizer.hash("in")
    static let its = Tokenizer.hash("its")
    static let later = Tokenizer.hash("later")
    static let leaders = Tokenizer.hash("leaders")
    static let major = Tokenizer.hash("major")
    static let meeting = Tokenizer.hash("meeting")
    static let number = Tokenizer.hash("number")
    static let of = Tokenizer.hash("of")
    static let on = Tokenizer.hash("on")
    static let phone = Tokenizer.hash("phone")
    static let phoned = Tokenizer.hash("phoned")
    static let reached = Tokenizer.hash("reached")
    static let several = Tokenizer.hash("several")
    static let sidelines = Tokenizer.hash("sidelines")
    static let sides = Tokenizer.hash("sides")
    static let talks = Tokenizer.hash("talks")
    static let telephone = Tokenizer.hash("telephone")
    static let that = Tokenizer.hash("that")
    static let the = Tokenizer.hash("the")
    static let they = Tokenizer.hash("they")
    static let to = Tokenizer.hash("to")
    static let two = Tokenizer.hash("two")
    static let videoconference = Tokenizer.hash("videoconference")
    static let witnessed = Tokenizer.hash("witnessed")
}
