import Foundation

/// Byte-level helpers shared by cleaning, segmentation and extraction.
///
/// Hot paths in Parley work on UTF-8 bytes. These helpers treat every byte of a
/// multi-byte sequence as part of a word, which is right for the Latin,
/// Cyrillic and CJK text reports carry.
public enum TextScan {
    /// Whether a line is an item of a list: it opens with "- ", "* " or "• ".
    static func bulleted(_ b: some RandomAccessCollection<UInt8>) -> Bool {
        let a = Array(b.prefix(4))
        guard a.count > 2 else { return false }
        if (a[0] == UInt8(ascii: "-") || a[0] == UInt8(ascii: "*")) && a[1] == 0x20 { return true }
        return a.count > 3 && a[0] == 0xE2 && a[1] == 0x80 && a[2] == 0xA2 && a[3] == 0x20
    }

    /// Whether `b` is an ASCII letter or digit, or part of a multi-byte scalar.
    @inlinable
    public static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b >= 0x80
    }

    /// Whether `b` is ASCII white space (space, tab, line feed, carriage return, form feed).
    @inlinable
    public static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C
    }

    /// Whether `b` is an ASCII uppercase letter.
    @inlinable
    public static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }

    /// Whether `b` is an ASCII lowercase letter.
    @inlinable
    public static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }

    /// Whether `b` is an ASCII digit.
    @inlinable
    public static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// Counts words: maximal runs of word bytes, where an apostrophe or hyphen
    /// between two word bytes does not split a word.
    public static func wordCount<C: Collection>(_ bytes: C) -> Int where C.Element == UInt8 {
        var count = 0
        var inWord = false
        for b in bytes {
            if isWordByte(b) {
                if !inWord { count += 1; inWord = true }
            } else if inWord && (b == 0x27 || b == 0x2D) {
                continue
            } else {
                inWord = false
            }
        }
        return count
    }

    /// Trims ASCII white space from both ends of a byte range.
    public static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound
        var hi = range.upperBound
        while lo < hi, isSpace(bytes[lo]) { lo += 1 }
        while hi > lo, isSpace(bytes[hi - 1]) { hi -= 1 }
        return lo..<hi
    }

    /// The string for a byte range of valid UTF-8.
    @inlinable
    public static func string(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// Whether `bytes[at...]` starts with `prefix`.
    @inlinable
    public static func hasPrefix(_ bytes: [UInt8], at: Int, _ prefix: StaticString) -> Bool {
        let n = prefix.utf8CodeUnitCount
        guard at >= 0, at + n <= bytes.count else { return false }
        return prefix.withUTF8Buffer { p in
            for i in 0..<n where bytes[at + i] != p[i] { return false }
            return true
        }
    }

    /// Whether `needle` occurs in `haystack`, comparing bytes (ASCII case-insensitively when `foldCase`).
    public static func contains<C: Collection>(_ haystack: C, _ needle: StaticString, foldCase: Bool = false) -> Bool where C.Element == UInt8 {
        guard needle.utf8CodeUnitCount > 0 else { return true }
        return needle.withUTF8Buffer { p -> Bool in
            if let found = haystack.withContiguousStorageIfAvailable({ occurs(p, in: $0, foldCase: foldCase) }) { return found }
            return Array(haystack).withUnsafeBufferPointer { occurs(p, in: $0, foldCase: foldCase) }
        }
    }

    /// The first index of `elements` whose element satisfies `isPast`, or `endIndex`, by
    /// binary search: `isPast` must be false for a prefix of the elements and true after it
    /// (as "starts at or after offset x" is for tokens in text order).
    static func partition<C: RandomAccessCollection>(_ elements: C, by isPast: (C.Element) -> Bool) -> C.Index {
        var lo = elements.startIndex
        var count = elements.count
        while count > 0 {
            let half = count / 2
            let mid = elements.index(lo, offsetBy: half)
            if isPast(elements[mid]) {
                count = half
            } else {
                lo = elements.index(after: mid)
                count -= half + 1
            }
        }
        return lo
    }

    /// Where `needle` first stands in `bytes[within]` (clamped to the bytes), or `nil`.
    public static func range(of needle: [UInt8], in bytes: [UInt8], within: Range<Int>) -> Range<Int>? {
        let r = within.clamped(to: 0..<bytes.count)
        guard let first = needle.first, needle.count <= r.count else { return nil }
        var i = r.lowerBound
        while i + needle.count <= r.upperBound {
            if bytes[i] == first, bytes[i..<(i + needle.count)].elementsEqual(needle) { return i..<(i + needle.count) }
            i += 1
        }
        return nil
    }

    /// Whether `needle` occurs in `h`; with `foldCase`, bytes are compared with bit 0x20 set.
    static func occurs(_ needle: UnsafeBufferPointer<UInt8>, in h: UnsafeBufferPointer<UInt8>, foldCase: Bool) -> Bool {
        let n = needle.count
        guard n > 0 else { return true }
        guard h.count >= n else { return false }
        let mask: UInt8 = foldCase ? 0x20 : 0
        let first = needle[0] | mask
        let last = h.count - n
        var i = 0
        while i <= last {
            if h[i] | mask == first {
                var k = 1
                while k < n, h[i + k] | mask == needle[k] | mask { k += 1 }
                if k == n { return true }
            }
            i += 1
        }
        return false
    }

    /// Decodes the scalar starting at `i` in valid UTF-8 and returns it with its length.
    @inlinable
    public static func scalar(_ bytes: [UInt8], at i: Int) -> (value: UInt32, length: Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        if b0 < 0xE0, i + 1 < bytes.count {
            return ((UInt32(b0 & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F), 2)
        }
        if b0 < 0xF0, i + 2 < bytes.count {
            return ((UInt32(b0 & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        if i + 3 < bytes.count {
            return ((UInt32(b0 & 0x07) << 18) | (UInt32(bytes[i + 1] & 0x3F) << 12)
                    | (UInt32(bytes[i + 2] & 0x3F) << 6) | UInt32(bytes[i + 3] & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }

    /// Decodes the scalar starting at `i` of a buffer of valid UTF-8 and returns it
    /// with its length; a sequence cut short by the end of the buffer reads as U+FFFD.
    @inlinable
    public static func scalar(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
        let b0 = p[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        if b0 < 0xE0, i + 1 < p.count {
            return ((UInt32(b0 & 0x1F) << 6) | UInt32(p[i + 1] & 0x3F), 2)
        }
        if b0 < 0xF0, i + 2 < p.count {
            return ((UInt32(b0 & 0x0F) << 12) | (UInt32(p[i + 1] & 0x3F) << 6) | UInt32(p[i + 2] & 0x3F), 3)
        }
        if i + 3 < p.count {
            return ((UInt32(b0 & 0x07) << 18) | (UInt32(p[i + 1] & 0x3F) << 12)
                    | (UInt32(p[i + 2] & 0x3F) << 6) | UInt32(p[i + 3] & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }

    /// Decodes the scalar that ends just before `end` in valid UTF-8.
    @inlinable
    public static func scalar(_ bytes: [UInt8], before end: Int) -> (value: UInt32, length: Int) {
        var start = end - 1
        while start > 0, start > end - 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        let s = scalar(bytes, at: start)
        return (s.value, end - start)
    }

    /// The number and the start of the text of a numbered line ("1. …", "2) …", "(3) …") at `at`.
    static func numberedLine(_ b: [UInt8], at: Int, end: Int) -> (Int, Int)? {
        var i = at
        let open = i < end && b[i] == UInt8(ascii: "(")
        if open { i += 1 }
        var n = 0
        let digits = i
        while i < end, TextScan.isDigit(b[i]), i - digits < 2 { n = n * 10 + Int(b[i] - 48); i += 1 }
        guard i > digits, i < end else { return nil }
        if open { guard b[i] == UInt8(ascii: ")") else { return nil } } else {
            guard b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ")") else { return nil }
        }
        i += 1
        // "1.5 billion" is no numbered line: the marker is followed by a space or ends the sentence.
        guard i >= end || b[i] == UInt8(ascii: " ") else { return nil }
        while i < end, b[i] == UInt8(ascii: " ") { i += 1 }
        return (n, i)
    }
}

/// Folds text for matching: lowercase, diacritics removed, `đ` to `d`, a typographic
/// apostrophe to the plain one.
///
/// `Fold.key("Tô Lâm") == "to lam"`. Scripts without a Latin folding are only lowercased.
public enum Fold {
    /// The folded form of a string.
    public static func key(_ text: some StringProtocol) -> String {
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count)
        append(Array(text.utf8), 0..<text.utf8.count, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the folded form of `bytes[range]` (valid UTF-8) to `out`.
    public static func append(_ bytes: [UInt8], _ range: Range<Int>, to out: inout [UInt8]) {
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            if b < 0x80 {
                out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                i += 1
                continue
            }
            let (v, n) = TextScan.scalar(bytes, at: i)
            if v == 0x2019 || v == 0x02BC {
                // A typographic apostrophe inside a word ("Xi’an", "O’Neill") is the plain one.
                out.append(0x27)
            } else if let folded = latinFold(v) {
                out.append(contentsOf: folded)
            } else if v >= 0x0300 && v <= 0x036F {
                // A combining mark: dropped when folding.
            } else if let s = Unicode.Scalar(v) {
                out.append(contentsOf: Array(String(s).lowercased().utf8))
            }
            i += n
        }
    }

    /// ASCII bytes for a Latin letter with diacritics, lowercased; `nil` when none.
    @inlinable
    public static func latinFold(_ v: UInt32) -> [UInt8]? {
        guard v >= 0xC0 else { return nil }
        if v < 0x250 { return table.latin[Int(v - 0xC0)] }
        if v >= 0x1E00 && v < 0x1F00 { return table.extended[Int(v - 0x1E00)] }
        return nil
    }

    @usableFromInline
    struct Table: Sendable {
        @usableFromInline let latin: [[UInt8]?]
        @usableFromInline let extended: [[UInt8]?]
    }

    @usableFromInline
    static let table: Table = {
        let special: [UInt32: String] = [
            0x00D0: "d", 0x00F0: "d", 0x0110: "d", 0x0111: "d", 0x00D8: "o", 0x00F8: "o",
            0x00C6: "ae", 0x00E6: "ae", 0x00DF: "ss", 0x0141: "l", 0x0142: "l", 0x0131: "i",
            0x0152: "oe", 0x0153: "oe", 0x00DE: "th", 0x00FE: "th", 0x00D7: "x", 0x00F7: "/",
        ]
        func fold(_ v: UInt32) -> [UInt8]? {
            if let s = special[v] { return Array(s.utf8) }
            guard let scalar = Unicode.Scalar(v) else { return nil }
            let f = String(scalar).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            let bytes = Array(f.lowercased().utf8)
            return bytes.allSatisfy({ $0 < 0x80 }) && !bytes.isEmpty ? bytes : nil
        }
        return Table(latin: (0xC0..<0x250).map { fold(UInt32($0)) },
                     extended: (0x1E00..<0x1F00).map { fold(UInt32($0)) })
    }()
}

/// Abbreviations of time zones that pages print beside a stamp's clock time.
enum ZoneAbbreviations {
    /// Zones of the Americas ("11:48 PM EST"), where a stamp runs behind most meetings' places
    /// and dates are written month first. ("CST" is also China's: it says nothing of order.)
    static let americas: Set<String> = ["EST", "EDT", "ET", "CST", "CDT", "PST", "PDT", "PT", "MST", "MDT"]
    /// Zones of places that write dates day first ("09:48 IST", "14:20 CET").
    static let dayFirst: Set<String> = ["IST", "PKT", "GMT", "BST", "CET", "CEST", "EET", "EEST", "MSK", "SAST", "EAT", "WAT",
                                        "AEST", "AEDT", "NZST", "NZDT", "WIB", "PHT", "SGT", "ICT", "GST", "TRT"]
}
