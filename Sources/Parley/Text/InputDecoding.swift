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

    /// Whether the bytes look like a binary file: a NUL byte, or many control
    /// characters, in the first 8 KiB. Returns the offset of the first NUL or control byte found.
    public static func binaryEvidence<C: RandomAccessCollection>(_ bytes: C) -> Int? where C.Element == UInt8, C.Index == Int {
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

    /// Decodes `input`; `baseOffset` is added to reported offsets (for a line of a larger file).
    public static func decode<C: RandomAccessCollection>(_ input: C, baseOffset: Int = 0) -> Decoded where C.Element == UInt8, C.Index == Int {
        // Fast path: valid UTF-8 with no CR and no byte-order mark is already clean.
        let hasCR = input.withContiguousStorageIfAvailable { $0.contains(0x0D) } ?? input.contains(0x0D)
        let hasBOM = input.count >= 3 && input[input.startIndex] == 0xEF && input[input.startIndex + 1] == 0xBB && input[input.startIndex + 2] == 0xBF
        if !hasCR && !hasBOM && String(validating: input, as: UTF8.self) != nil {
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
            var need = 0
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; hi = 0x9F
            case 0xF0: need = 3; lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; hi = 0x8F
            default:
                replace(i); i += 1; continue
            }
            var j = i + 1
            var ok = true
            for k in 0..<need {
                guard j < end else { ok = false; break }
                let c = input[j]
                let l: UInt8 = k == 0 ? lo : 0x80
                let h: UInt8 = k == 0 ? hi : 0xBF
                guard c >= l && c <= h else { ok = false; break }
                j += 1
            }
            if ok {
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
