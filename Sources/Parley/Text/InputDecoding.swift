/// Turns raw file bytes into clean UTF-8 with `\n` line ends.
///
/// A byte-order mark is dropped, CRLF and lone CR become LF, and every invalid
/// UTF-8 sequence becomes U+FFFD with its byte offset recorded so that the
/// loader can warn about it.
public enum InputDecoding {
    /// The result of decoding one input.
    public struct Decoded: Sendable {
        /// Valid UTF-8 with `\n` line ends and no byte-order mark.
        public var bytes: [UInt8]
        /// Byte offsets, in the input, of invalid sequences that were replaced.
        public var invalidOffsets: [Int]
        /// How many invalid sequences were replaced in all (`invalidOffsets` keeps the first 100).
        public var invalidCount: Int
    }

    /// A string of bytes that should be valid UTF-8, validated by `UTF8Span` where the
    /// standard library has it (faster than `String(decoding:as:)`, which is the
    /// fallback and also repairs whatever is invalid).
    static func string(_ bytes: [UInt8]) -> String {
        if #available(macOS 26, iOS 26, tvOS 26, watchOS 26, visionOS 26, *), let u = try? UTF8Span(validating: bytes.span) {
            return String(copying: u)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The text of UTF-16 bytes re-encoded as UTF-8, or `nil` when `bytes` do not look like
    /// UTF-16: a byte order mark (FF FE or FE FF) says so, and so does text whose first
    /// 64 bytes have a zero in every odd (little-endian) or every even (big-endian) place
    /// and none in the others. Unpaired surrogates become U+FFFD.
    public static func utf16ToUTF8(_ bytes: [UInt8]) -> [UInt8]? {
        let n = bytes.count
        guard n >= 2 else { return nil }
        var bigEndian: Bool
        var start = 0
        if bytes[0] == 0xFF && bytes[1] == 0xFE {
            bigEndian = false
            start = 2
        } else if bytes[0] == 0xFE && bytes[1] == 0xFF {
            bigEndian = true
            start = 2
        } else {
            let probe = min(n, 64) & ~1
            guard probe >= 4 else { return nil }
            var zeroEven = 0, zeroOdd = 0
            for k in 0..<probe where bytes[k] == 0 {
                if k & 1 == 0 { zeroEven += 1 } else { zeroOdd += 1 }
            }
            let half = probe / 2
            if zeroOdd == half && zeroEven == 0 {
                bigEndian = false
            } else if zeroEven == half && zeroOdd == 0 {
                bigEndian = true
            } else {
                return nil
            }
        }
        var units: [UInt16] = []
        units.reserveCapacity((n - start) / 2)
        var k = start
        while k + 1 < n {
            let a = UInt16(bytes[k]), b = UInt16(bytes[k + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            k += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }

    /// Whether the bytes look like a binary file: a NUL byte, or many control
    /// characters, in the first 8 KiB. Returns the offset of the first NUL or control byte found.
    public static func binaryEvidence<C: RandomAccessCollection>(_ bytes: C) -> Int? where C.Element == UInt8, C.Index == Int {
        if let found = bytes.withContiguousStorageIfAvailable({ binaryEvidence(in: $0) }) { return found }
        let end = min(bytes.endIndex, bytes.startIndex + 8192)
        var controls = 0
        var first: Int?
        var i = bytes.startIndex
        while i < end {
            let b = bytes[i]
            if b == 0 { return i - bytes.startIndex }
            if b < 0x20 && b != 0x0A && b != 0x0D && b != 0x09 && b != 0x0C && b != 0x1B {
                controls += 1
                if first == nil { first = i - bytes.startIndex }
            }
            i += 1
        }
        let scanned = end - bytes.startIndex
        return scanned > 0 && controls * 20 > scanned ? first : nil
    }

    static func binaryEvidence(in p: UnsafeBufferPointer<UInt8>) -> Int? {
        let end = min(p.count, 8192)
        var controls = 0
        var first: Int?
        var i = 0
        while i < end {
            // Eight bytes at a time while none is below 0x20.
            if i + 8 <= end, let base = p.baseAddress {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
            }
            let b = p[i]
            if b == 0 { return i }
            if b < 0x20 && b != 0x0A && b != 0x0D && b != 0x09 && b != 0x0C && b != 0x1B {
                controls += 1
                if first == nil { first = i }
            }
            i += 1
        }
        return end > 0 && controls * 20 > end ? first : nil
    }

    /// Whether `p` is valid UTF-8 with no carriage return: eight bytes at a time
    /// through ASCII, one sequence at a time elsewhere.
    static func isCleanUTF8(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = p.baseAddress else { return true }
        let n = p.count
        var i = 0
        while i < n {
            if i + 8 <= n {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let x = w ^ 0x0D0D_0D0D_0D0D_0D0D
                let cr = (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
                if (w & 0x8080_8080_8080_8080) | cr == 0 { i += 8; continue }
            }
            let b = p[i]
            if b < 0x80 {
                if b == 0x0D { return false }
                i += 1
                continue
            }
            guard let length = sequenceLength(p, at: i) else { return false }
            i += length
        }
        return true
    }

    /// The length of the valid UTF-8 sequence at `i` (RFC 3629), or `nil`.
    @inline(__always)
    static func sequenceLength<C: RandomAccessCollection>(_ p: C, at i: Int) -> Int? where C.Element == UInt8, C.Index == Int {
        let r = sequence(p, at: i)
        return r.valid ? r.end - i : nil
    }

    /// Reads the multi-byte sequence whose lead byte is at `i` (RFC 3629): where it ends,
    /// and whether it is valid. An invalid one ends at the byte that breaks it (or just
    /// after a lead byte that no sequence can start with).
    @inline(__always)
    static func sequence<C: RandomAccessCollection>(_ p: C, at i: Int) -> (valid: Bool, end: Int) where C.Element == UInt8, C.Index == Int {
        var need = 0
        var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
        switch p[i] {
        case 0xC2...0xDF: need = 1
        case 0xE0: need = 2; lo = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: need = 2
        case 0xED: need = 2; hi = 0x9F
        case 0xF0: need = 3; lo = 0x90
        case 0xF1...0xF3: need = 3
        case 0xF4: need = 3; hi = 0x8F
        default: return (false, i + 1)
        }
        var j = i + 1
        for k in 0..<need {
            guard j < p.endIndex else { return (false, j) }
            let c = p[j]
            guard c >= (k == 0 ? lo : 0x80) && c <= (k == 0 ? hi : 0xBF) else { return (false, j) }
            j += 1
        }
        return (true, j)
    }

    /// Decodes `input`, returning it as it is when it is already clean.
    public static func decode(_ input: [UInt8], baseOffset: Int = 0) -> Decoded {
        let hasBOM = input.count >= 3 && input[0] == 0xEF && input[1] == 0xBB && input[2] == 0xBF
        if !hasBOM && input.withUnsafeBufferPointer({ isCleanUTF8($0) }) {
            return Decoded(bytes: input, invalidOffsets: [], invalidCount: 0)
        }
        return slowDecode(input, baseOffset: baseOffset)
    }

    /// Decodes `input`; `baseOffset` is added to reported offsets (for a line of a larger file).
    public static func decode<C: RandomAccessCollection>(_ input: C, baseOffset: Int = 0) -> Decoded where C.Element == UInt8, C.Index == Int {
        // Fast path: valid UTF-8 with no CR and no byte-order mark is already clean.
        let hasBOM = input.count >= 3 && input[input.startIndex] == 0xEF && input[input.startIndex + 1] == 0xBB && input[input.startIndex + 2] == 0xBF
        if !hasBOM, input.withContiguousStorageIfAvailable({ isCleanUTF8($0) }) ?? false {
            return Decoded(bytes: Array(input), invalidOffsets: [], invalidCount: 0)
        }
        return slowDecode(input, baseOffset: baseOffset)
    }

    static func slowDecode<C: RandomAccessCollection>(_ input: C, baseOffset: Int) -> Decoded where C.Element == UInt8, C.Index == Int {
        var out = [UInt8]()
        out.reserveCapacity(input.count)
        var invalid = [Int]()
        var invalidCount = 0
        var i = input.startIndex
        let end = input.endIndex
        if input.count >= 3, input[i] == 0xEF, input[i + 1] == 0xBB, input[i + 2] == 0xBF { i += 3 }

        @inline(__always) func replace(_ at: Int) {
            invalidCount += 1
            if invalid.count < 100 { invalid.append(at - input.startIndex + baseOffset) }
            out.append(0xEF); out.append(0xBF); out.append(0xBD)
        }

        while i < end {
            let b = input[i]
            if b < 0x80 {
                if b == 0x0D {
                    out.append(0x0A)
                    if i + 1 < end, input[i + 1] == 0x0A { i += 1 }
                } else {
                    out.append(b)
                }
                i += 1
                continue
            }
            // Multi-byte sequence: check lead and continuation bytes per RFC 3629.
            let (valid, j) = sequence(input, at: i)
            if valid {
                out.append(contentsOf: input[i..<j])
                i = j
            } else {
                replace(i)
                i = max(j, i + 1)
            }
        }
        return Decoded(bytes: out, invalidOffsets: invalid, invalidCount: invalidCount)
    }
}
