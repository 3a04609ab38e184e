/// Makes text safe to show on a terminal.
///
/// Report ids, outlets, titles, file names and arguments come from input that nobody
/// checked: a crafted `outlet` could clear the screen, retitle the window or write the
/// clipboard (OSC 52) if its escape sequence reached the terminal. Every string the
/// session writes passes through ``neutralised(_:)``: control characters are shown as
/// visible text (`\x1b`, `\x07`, `\x9b`) instead of acting.
public enum TerminalText {
    /// `text` with every C0 control character except newline and tab, DEL, and every C1
    /// control character (U+0080–U+009F) written as `\xNN`. The only escape sequences kept
    /// are the three styles the renderers use themselves: bold (`ESC[1m`), dim (`ESC[2m`)
    /// and reset (`ESC[0m`), which change weight and nothing else.
    ///
    /// Text with nothing to change is returned as it is, without a copy.
    public static func neutralised(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard let first = firstUnsafe(bytes) else { return nil }
            var out = [UInt8]()
            out.reserveCapacity(bytes.count + 16)
            out.append(contentsOf: bytes[..<first])
            var i = first
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b == 0x1B, i + 3 < n, bytes[i + 1] == 0x5B, bytes[i + 3] == 0x6D,
                   bytes[i + 2] == 0x30 || bytes[i + 2] == 0x31 || bytes[i + 2] == 0x32 {
                    out.append(contentsOf: bytes[i..<(i + 4)])
                    i += 4
                } else if isControl(b) {
                    appendVisible(b, to: &out)
                    i += 1
                } else if b == 0xC2, i + 1 < n, (0x80...0x9F).contains(bytes[i + 1]) {
                    appendVisible(bytes[i + 1], to: &out)
                    i += 2
                } else {
                    out.append(b)
                    i += 1
                }
            }
            return String(decoding: out, as: UTF8.self)
        } ?? text
    }

    private static func isControl(_ b: UInt8) -> Bool {
        (b < 0x20 && b != 0x0A && b != 0x09) || b == 0x7F
    }

    /// The offset of the first byte that needs neutralising, if any; the kept styles count
    /// as unsafe here too, so that the slow path decides about them.
    private static func firstUnsafe(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x20 {
                if b != 0x0A && b != 0x09 { return i }
            } else if b == 0x7F {
                return i
            } else if b == 0xC2, i + 1 < n, (0x80...0x9F).contains(bytes[i + 1]) {
                return i
            }
            i += 1
        }
        return nil
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    private static func appendVisible(_ b: UInt8, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\\"))
        out.append(UInt8(ascii: "x"))
        out.append(hex[Int(b >> 4)])
        out.append(hex[Int(b & 0xF)])
    }
}
