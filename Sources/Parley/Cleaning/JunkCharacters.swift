/// Finds and removes junk code points: zero-width and control characters
/// anywhere, and characters of a script foreign to the document glued into a
/// word (a cuneiform sign before `Communist`, a Javanese digit inside `and`).
///
/// Letters with diacritics, typographic punctuation and whole words in another
/// script (`习近平` standing apart) are kept.
enum JunkCharacters {
    /// A coarse script class of a scalar.
    enum Script: UInt8 {
        case common = 0, latin, greek, cyrillic, armenian, hebrew, arabic, indic, thai, lao, myanmar,
             georgian, hangul, kana, han, khmer, javanese, balinese, historic, otherLetter,
             combining, invisible, replacement, privateUse
    }

    static let letterScripts: [Script] = [.latin, .greek, .cyrillic, .armenian, .hebrew, .arabic, .indic, .thai, .lao,
                                          .myanmar, .georgian, .hangul, .kana, .han, .khmer, .javanese, .balinese,
                                          .historic, .otherLetter]

    @inline(__always)
    static func script(_ v: UInt32) -> Script {
        switch v {
        case 0x00...0x08, 0x0B, 0x0E...0x1F, 0x7F...0x9F: return .invisible
        case 0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B...0x180E, 0x200B...0x200F,
             0x202A...0x202E, 0x2060...0x206F, 0xFE00...0xFE0F, 0xFEFF, 0xFFF9...0xFFFB, 0xE0000...0xE007F: return .invisible
        case 0x30...0x39: return .common
        case 0x41...0x5A, 0x61...0x7A, 0xAA, 0xB5, 0xBA, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x1E00...0x1EFF,
             0x2C60...0x2C7F, 0xA720...0xA7FF, 0xFF21...0xFF3A, 0xFF41...0xFF5A, 0x250...0x2AF: return .latin
        case 0x0300...0x036F: return .combining
        case 0x0370...0x03FF, 0x1F00...0x1FFF: return .greek
        case 0x0400...0x052F: return .cyrillic
        case 0x0530...0x058F: return .armenian
        case 0x0590...0x05FF: return .hebrew
        case 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFE: return .arabic
        case 0x0900...0x0DFF: return .indic
        case 0x0E00...0x0E7F: return .thai
        case 0x0E80...0x0EFF: return .lao
        case 0x1000...0x109F: return .myanmar
        case 0x10A0...0x10FF: return .georgian
        case 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7AF: return .hangul
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: return .kana
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: return .han
        case 0x1780...0x17FF: return .khmer
        case 0xA980...0xA9DF: return .javanese
        case 0x1B00...0x1B7F: return .balinese
        case 0x10000...0x1FFFF where !(0x1F000...0x1FAFF).contains(v): return .historic
        case 0xE000...0xF8FF, 0xF0000...0x10FFFF: return .privateUse
        case 0xFFFD: return .replacement
        case 0x0080...0x00BF, 0x00D7, 0x00F7, 0x02B0...0x02FF, 0x2000...0x2BFF, 0x3000...0x303F, 0xFE10...0xFE6F,
             0xFF00...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65, 0x1F000...0x1FAFF: return .common
        default: return .otherLetter
        }
    }

    /// The input without junk, the removed scalars with their offsets, and a map
    /// from output offsets back to input offsets.
    struct Result {
        var bytes: [UInt8]
        var removed: [(offset: Int, text: String)]
        /// Output offsets at which bytes were removed, with the total removed up to there.
        var shifts: [(at: Int, total: Int)]

        func originalOffset(_ outputOffset: Int) -> Int {
            var lo = 0, hi = shifts.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if shifts[mid].at <= outputOffset { lo = mid + 1 } else { hi = mid }
            }
            return outputOffset + (lo > 0 ? shifts[lo - 1].total : 0)
        }
    }

    /// Whether an ASCII byte is a letter or a digit (a word byte for gluing).
    @inline(__always)
    static func isAlnum(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10 }

    /// Whether an ASCII byte is a control character that goes (tab and line feed stay).
    @inline(__always)
    static func isControl(_ b: UInt8) -> Bool { (b < 0x20 && b != 0x0A && b != 0x09) || b == 0x7F }

    /// The eight bytes at `i` as a word when all are printable ASCII (0x20–0x7E), else `nil`.
    @inline(__always)
    static func plainWord(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt64? {
        guard let base = p.baseAddress else { return nil }
        let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let below20 = (w &- 0x20 &* ones) & ~w & highs
        let x = w ^ (0x7F &* ones)
        let del = (x &- ones) & ~x & highs
        return (w & highs) | below20 | del == 0 ? w : nil
    }

    /// The number of ASCII letters among the eight printable ASCII bytes of `w`.
    @inline(__always)
    static func letterCount(_ w: UInt64) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let y = w | (0x20 &* ones)              // lower-case; every byte stays below 0x80
        let atLeastA = (y &+ (0x80 - 0x61) &* ones) & highs
        let pastZ = (y &+ (0x80 - 0x7B) &* ones) & highs
        // One bit per letter byte, summed by a multiplication (no popcount instruction needed).
        return Int((((atLeastA & ~pastZ) >> 7) &* ones) >> 56)
    }

    /// Scalars counted per script, in a value of fixed size (no allocation per report).
    struct ScriptCounts {
        private var storage = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)

        subscript(_ s: Script) -> Int {
            get { withUnsafeBytes(of: storage) { $0.load(fromByteOffset: Int(s.rawValue) * MemoryLayout<Int>.stride, as: Int.self) } }
            set {
                withUnsafeMutableBytes(of: &storage) {
                    $0.storeBytes(of: newValue, toByteOffset: Int(s.rawValue) * MemoryLayout<Int>.stride, as: Int.self)
                }
            }
        }
    }

    /// A letter of a living script other than Latin.
    @inline(__always)
    static func isForeignLetter(_ s: Script) -> Bool {
        switch s {
        case .common, .latin, .invisible, .privateUse, .historic, .replacement, .combining: return false
        default: return true
        }
    }

    static func remove(from input: [UInt8]) -> Result {
        input.withUnsafeBufferPointer { remove(input, $0) }
    }

    /// Two passes over the bytes. The first counts the non-ASCII scalars per script and
    /// finds the first scalar that may be junk; text without one (most of it: plain
    /// ASCII, letters with diacritics, typographic punctuation) is returned as it is.
    /// The second starts there, copies runs of plain ASCII whole and decides each other
    /// scalar by its neighbours.
    private static func remove(_ input: [UInt8], _ p: UnsafeBufferPointer<UInt8>) -> Result {
        let n = p.count
        var counts = ScriptCounts()
        var firstControl = -1, firstJunky = -1, firstCombining = -1, firstForeign = -1
        var i = 0
        while i < n {
            if i + 8 <= n, plainWord(p, at: i) != nil {
                i += 8
                continue
            }
            let b = p[i]
            if b < 0x80 {
                if isControl(b), firstControl < 0 { firstControl = i }
                i += 1
                continue
            }
            let (v, len) = TextScan.scalar(p, at: i)
            let s = script(v)
            counts[s] += 1
            switch s {
            case .common, .latin: break
            case .invisible, .privateUse, .historic, .replacement: if firstJunky < 0 { firstJunky = i }
            case .combining: if firstCombining < 0 { firstCombining = i }
            default: if firstForeign < 0 { firstForeign = i } // a letter of another living script
            }
            i += len
        }
        let combiningIsJunk = counts[.combining] < 5
        var dominant = 0
        if firstForeign >= 0 {
            // Letters of another script matter only when rare next to the dominant one.
            var asciiLetters = 0
            i = 0
            while i < n {
                if i + 8 <= n, let w = plainWord(p, at: i) {
                    asciiLetters += letterCount(w)
                    i += 8
                    continue
                }
                if (p[i] | 0x20) &- 0x61 < 26 { asciiLetters += 1 }
                i += 1
            }
            counts[.latin] += asciiLetters
            for s in letterScripts where counts[s] > dominant { dominant = counts[s] }
        }
        func isRare(_ s: Script) -> Bool {
            if s == .latin { return false }
            if s == .historic || s == .privateUse || s == .invisible { return true }
            return counts[s] * 50 < dominant
        }
        func isWordy(_ s: Script) -> Bool { s != .common && s != .invisible }
        func asciiScript(_ b: UInt8) -> Script { isAlnum(b) ? .latin : .common }

        // The first scalar that may go: everything before it stays as it is.
        var start = n
        for candidate in [firstControl, firstJunky, combiningIsJunk ? firstCombining : -1] where candidate >= 0 {
            start = min(start, candidate)
        }
        if firstForeign >= 0 {
            // The first letter of a rare script (one of a common script is never junk).
            i = firstForeign
            while i < min(n, start) {
                if p[i] < 0x80 { i += 1; continue }
                let (v, len) = TextScan.scalar(p, at: i)
                let s = script(v)
                if isForeignLetter(s) && isRare(s) { start = i; break }
                i += len
            }
        }
        if start >= n { return Result(bytes: input, removed: [], shifts: []) }

        var out = [UInt8]()
        out.reserveCapacity(n)
        var removed: [(offset: Int, text: String)] = []
        var shifts: [(at: Int, total: Int)] = []
        var total = 0
        var prevScript: Script = .common
        i = start
        if i > 0 {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: p[0..<i]))
            // The script of the scalar before: all before `start` is kept.
            var lead = i - 1
            while lead > 0, p[lead] & 0xC0 == 0x80 { lead -= 1 }
            prevScript = p[lead] < 0x80 ? asciiScript(p[lead]) : script(TextScan.scalar(p, at: lead).value)
        }
        while i < n {
            let b = p[i]
            if b < 0x80 {
                if isControl(b) {
                    removed.append((i, String(UnicodeScalar(b))))
                    total += 1
                    shifts.append((out.count, total))
                    i += 1
                    continue
                }
                // A run of plain ASCII is copied whole.
                var j = i + 1
                while j < n {
                    if j + 8 <= n, plainWord(p, at: j) != nil { j += 8; continue }
                    if p[j] < 0x80, !isControl(p[j]) { j += 1; continue }
                    break
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<j]))
                prevScript = asciiScript(p[j - 1])
                i = j
                continue
            }
            let (v, len) = TextScan.scalar(p, at: i)
            let s = script(v)
            var junk = false
            switch s {
            case .invisible, .privateUse, .historic:
                junk = true
            case .combining:
                junk = combiningIsJunk
            case .common:
                junk = false
            default:
                if isRare(s) || s == .replacement {
                    var nextScript: Script = .common
                    if i + len < n {
                        let nb = p[i + len]
                        nextScript = nb < 0x80 ? asciiScript(nb) : script(TextScan.scalar(p, at: i + len).value)
                    }
                    let gluedBefore = isWordy(prevScript) && prevScript != s
                    let gluedAfter = isWordy(nextScript) && nextScript != s
                    junk = gluedBefore || gluedAfter
                }
            }
            let end = min(i + len, n)
            if junk {
                removed.append((i, String(decoding: UnsafeBufferPointer(rebasing: p[i..<end]), as: UTF8.self)))
                total += end - i
                shifts.append((out.count, total))
            } else {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<end]))
                prevScript = s
            }
            i = end
        }
        return Result(bytes: out, removed: removed, shifts: shifts)
    }
}
