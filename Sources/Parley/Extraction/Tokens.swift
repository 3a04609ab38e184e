/// A word of a sentence: its byte range in the text and the hash of its folded form.
struct Token: Sendable {
    /// Start byte offset in the text.
    var start: Int
    /// End byte offset (exclusive).
    var end: Int
    /// Hash of the folded (lowercased, diacritic-free) word (``Tokenizer/wordHash(_:)``).
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
    /// FNV-1a's offset basis: also the seed of phrase keys built with ``combine(_:_:)``.
    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x100_0000_01b3

    /// The hash of a folded word given as a string (for building indexes).
    static func hash(_ word: some StringProtocol) -> UInt64 {
        var folded = [UInt8]()
        let bytes = Array(word.utf8)
        Fold.append(bytes, 0..<bytes.count, to: &folded)
        return wordHash(folded)
    }

    /// The hash of an already folded word: its bytes eight at a time (little-endian,
    /// the last chunk zero-padded), each chunk mixed in with a multiply, then the
    /// length and a final avalanche. A word costs a few instructions per eight bytes,
    /// where a byte-at-a-time hash pays a dependent multiply per byte.
    static func wordHash(_ bytes: [UInt8]) -> UInt64 {
        var h = wordSeed
        var chunk: UInt64 = 0, shift: UInt64 = 0
        for b in bytes {
            chunk |= UInt64(b) &<< shift
            shift += 8
            if shift == 64 {
                h = mix(h, chunk)
                chunk = 0
                shift = 0
            }
        }
        if shift > 0 { h = mix(h, chunk) }
        return finish(h, length: bytes.count)
    }

    static let wordSeed: UInt64 = 0x243F_6A88_85A3_08D3

    @inline(__always)
    static func mix(_ h: UInt64, _ chunk: UInt64) -> UInt64 {
        let x = (h ^ chunk) &* 0x9E37_79B9_7F4A_7C15
        return x ^ (x &>> 29)
    }

    @inline(__always)
    static func finish(_ h: UInt64, length: Int) -> UInt64 {
        var x = h ^ (UInt64(truncatingIfNeeded: length) &* 0xC2B2_AE3D_27D4_EB4F)
        x ^= x &>> 33
        x &*= 0xFF51_AFD7_ED55_8CCD
        x ^= x &>> 33
        x &*= 0xC4CE_B9FE_1A85_EC53
        return x ^ (x &>> 33)
    }

    /// Setting bit 5 of each byte lower-cases ASCII letters and leaves digits and the
    /// apostrophe as they are: applied to an ASCII word, it gives the folded bytes.
    static let lowerBits: UInt64 = 0x2020_2020_2020_2020

    /// The low `n` bytes of a word (none below one, all of them from eight on).
    @inline(__always)
    static func lowBytes(_ n: Int) -> UInt64 {
        n >= 8 ? ~0 : n <= 0 ? 0 : (1 &<< UInt64(truncatingIfNeeded: n &* 8)) &- 1
    }

    /// ``wordHash(_:)`` of the folded form of an ASCII word of letters, digits and
    /// apostrophes, read in place.
    @inline(__always)
    static func asciiWordHash(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var h = wordSeed
        var i = start
        guard let base = p.baseAddress else { return finish(h, length: 0) }
        while end - i >= 8 {
            h = mix(h, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) | lowerBits)
            i += 8
        }
        let rest = end - i
        if rest > 0 {
            var chunk: UInt64 = 0
            if i + 8 <= p.count {
                chunk = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            } else {
                for k in 0..<rest { chunk |= UInt64(p[i + k]) &<< UInt64(k * 8) }
            }
            h = mix(h, (chunk | lowerBits) & lowBytes(rest))
        }
        return finish(h, length: end - start)
    }

    /// For eight bytes, the high bit of each byte that is an ASCII letter, and of each
    /// that is an ASCII digit. The high bits are cleared before adding, so no carry
    /// crosses into the next byte.
    @inline(__always)
    static func asciiClasses(_ x: UInt64) -> (letters: UInt64, digits: UInt64) {
        let high: UInt64 = 0x8080_8080_8080_8080
        let ascii = ~x & high
        let lower = (x | lowerBits) & ~high
        let seven = x & ~high
        // A seven-bit byte b plus (0x80 - k) has its high bit set exactly when b >= k.
        let letters = (lower &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(lower &+ 0x0505_0505_0505_0505) & ascii
        let digits = (seven &+ 0x5050_5050_5050_5050) & ~(seven &+ 0x4646_4646_4646_4646) & ascii
        return (letters, digits)
    }

    /// How many bytes, from the lowest, are marked in `mask` (high bits) before the first unmarked one.
    @inline(__always)
    static func markedRun(_ mask: UInt64) -> Int { ((~mask) & 0x8080_8080_8080_8080).trailingZeroBitCount &>> 3 }

    /// The FNV-1a hash of bytes exactly as given (for tables matched byte by byte,
    /// such as month names and abbreviations; not a word hash).
    static func fnv(_ bytes: [UInt8]) -> UInt64 {
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
    @inline(__always)
    static func forEachToken(_ b: [UInt8], _ range: Range<Int>, _ body: (Token) -> Void) {
        let r = range.clamped(to: 0..<b.count)
        b.withUnsafeBufferPointer { forEachToken(b, $0, r, body) }
    }

    /// The scanner behind ``tokens(_:_:)``: `b` and `p` are the same bytes, `p` read
    /// without bounds checks inside `range` (already clamped).
    ///
    /// Most words are ASCII letters and digits, at most 16 bytes, ended by a space or
    /// punctuation: those are measured and hashed a machine word at a time, without a
    /// loop over their bytes. Anything else (an apostrophe or a non-ASCII letter inside,
    /// a longer word, the end of the buffer) is read byte by byte.
    @inline(__always)
    static func forEachToken(_ b: [UInt8], _ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ body: (Token) -> Void) {
        guard let base = p.baseAddress else { return }
        var i = range.lowerBound
        let end = range.upperBound
        let count = p.count
        var folded = [UInt8]()
        while i < end {
            let c = p[i]
            if (c | 0x20) &- 0x61 >= 26 && c &- 0x30 >= 10 {
                // A multi-byte scalar starts a word only if it is a letter or a digit; punctuation
                // such as “ ” — is skipped whole, and a stray continuation byte is never a start.
                guard c >= 0xC0 else { i += 1; continue }
                // U+2000–U+203F (spaces, dashes, quotes, bullets) are neither letters nor digits.
                if c == 0xE2, i + 2 < end, p[i + 1] == 0x80 { i += 3; continue }
                let (v, len) = TextScan.scalar(p, at: i)
                let props = Unicode.Scalar(v)?.properties
                guard props?.isAlphabetic == true || props?.numericType != nil else { i += len; continue }
            } else if i + 16 <= count {
                let x0 = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let (l0, d0) = asciiClasses(x0)
                var length = markedRun(l0 | d0)
                var x1: UInt64 = 0, l1: UInt64 = 0
                if length == 8 {
                    x1 = UnsafeRawPointer(base + i + 8).loadUnaligned(as: UInt64.self)
                    let (l, d) = asciiClasses(x1)
                    l1 = l
                    length = 8 + markedRun(l | d)
                }
                length = min(length, end - i)
                let stop = i + length
                if length < 16 && (stop == end || (p[stop] != 0x27 && p[stop] < 0x80)) {
                    // The word's bytes in each load (length is at least 1 here).
                    let first: UInt64 = ~0 &>> UInt64(truncatingIfNeeded: 64 &- min(length, 8) &* 8)
                    var letters = l0 & first
                    var h = mix(wordSeed, (x0 | lowerBits) & first)
                    if length > 8 {
                        let second: UInt64 = ~0 &>> UInt64(truncatingIfNeeded: 128 &- length &* 8)
                        letters |= l1 & second
                        h = mix(h, (x1 | lowerBits) & second)
                    }
                    body(Token(start: i, end: stop, hash: finish(h, length: length), capitalized: c &- 0x41 < 26, numeric: letters == 0))
                    i = stop
                    continue
                }
            }
            let start = i
            var j = i
            var numeric = true
            var ascii = true
            while j < end {
                let d = p[j]
                if (d | 0x20) &- 0x61 < 26 {
                    numeric = false
                    j += 1
                    continue
                }
                if d &- 0x30 < 10 {
                    j += 1
                    continue
                }
                if d < 0x80 {
                    if d == 0x27, j + 1 < end, isLetter(p, j + 1) {
                        // 's at word end is a possessive, not part of the word.
                        if (p[j + 1] | 0x20) == 0x73, j + 2 >= end || !isLetter(p, j + 2) { break }
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
            let h: UInt64
            if ascii {
                h = asciiWordHash(p, start, j)
            } else {
                folded.removeAll(keepingCapacity: true)
                Fold.append(b, start..<j, to: &folded)
                h = wordHash(folded)
            }
            let capital: Bool
            if c < 0x80 { capital = c &- 0x41 < 26 } else {
                capital = Unicode.Scalar(TextScan.scalar(p, at: start).value)?.properties.isUppercase ?? false
            }
            body(Token(start: start, end: j, hash: h, capitalized: capital, numeric: numeric))
            i = max(j, i + 1)
        }
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
    /// The hashes of `words`, each a single token: a hyphen splits words, so "one-on-one" would
    /// never match (use ``Tokenizer/phrase(_:)`` for those). Checked in debug builds.
    static func set(_ words: [String]) -> HashSet64 {
        assert(words.allSatisfy { !$0.contains("-") }, "a hyphenated entry never matches a token")
        return HashSet64(words.map { Tokenizer.hash($0) })
    }
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
