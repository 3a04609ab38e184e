/// Page furniture on UTF-8 bytes: bylines, links to other stories and photo
/// captions with their credits.
///
/// Every test here works on byte ranges of one paragraph; nothing builds a
/// `String` until a removal is recorded.
enum Furniture {
    /// A paragraph that is page furniture rather than story: a byline, a photo
    /// caption, a link to another story.
    static func kind(_ b: [UInt8]) -> Noise.Kind? {
        // Furniture is short: a long paragraph is story, whatever its last words.
        let n = b.count
        if n > 700 { return nil }
        let words = spaceSeparated(b, 0..<n)
        if words.count <= 7, words.count >= 3, let first = words.first, equals(b, first, "By"), b.last != UInt8(ascii: "."),
           words.dropFirst().allSatisfy({ startsUpper(b, $0) || b[$0.lowerBound] == UInt8(ascii: "a") || b[$0.lowerBound] == UInt8(ascii: "i") }) {
            return .byline
        }
        for p in linkOpeners where hasPrefixFolded(b, 0..<n, p) { return .relatedLink }
        // "ADVERTISEMENT — Refinance today.", "Sponsored content": an advertisement's label and its line.
        // (The label in capitals, or closed by a dash or a colon, or a line of three words at most:
        // not "Sponsored by the UN, the summit …".)
        if n <= 200, let first = words.first, adLabels.contains(where: { equalsFolded(b, trimmedPunctuation(b, first), $0) }),
           allUpperOrHyphen(b, trimmedPunctuation(b, first)) || words.count <= 3
            || (first.upperBound < n && (b[first.upperBound - 1] == UInt8(ascii: ":") || words.count > 1 && dashLength(b, words[1].lowerBound) != nil)) {
            return .pageFurniture
        }
        // "Read also" on a line of its own, the headlines of other stories below it.
        if isLinkHeading(b) { return .relatedLink }
        if isCaption(b, wordCount: words.count) { return .caption }
        return nil
    }

    static let adLabels: [[UInt8]] = ["advertisement", "advertising", "sponsored"].map { Array($0.utf8) }

    /// Range `r` without the punctuation that closes a label ("Advertisement:", "AD -").
    static func trimmedPunctuation(_ b: [UInt8], _ r: Range<Int>) -> Range<Int> {
        var hi = r.upperBound
        while hi > r.lowerBound, !TextScan.isUpper(b[hi - 1]), !TextScan.isLower(b[hi - 1]) { hi -= 1 }
        return r.lowerBound..<hi
    }

    /// Whether the bytes of `r` are `word` in any case.
    static func equalsFolded(_ b: [UInt8], _ r: Range<Int>, _ word: [UInt8]) -> Bool {
        r.count == word.count && zip(b[r], word).allSatisfy { lowered($0) == $1 }
    }

    static let linkOpeners: [[UInt8]] = ["related:", "read more:", "see also:", "also read:", "related news:", "related stories:",
                                         "read also:"].map { Array($0.utf8) }
    /// Whether a paragraph opens with a heading of links to other stories alone on its line
    /// ("Read also", "Related").
    static func isLinkHeading(_ b: [UInt8]) -> Bool {
        let n = b.count
        for p in linkHeadings where hasPrefixFolded(b, 0..<n, p) {
            var k = p.count
            while k < n, b[k] == 0x20 || b[k] == 0x09 { k += 1 }
            if k == n || b[k] == 0x0A || b[k] == 0x0D { return true }
        }
        return false
    }

    /// Whether a paragraph reads as a headline: one short line that ends no sentence.
    static func isHeadlineLine(_ b: [UInt8]) -> Bool {
        guard !b.isEmpty, b.count <= 160, !b.contains(0x0A) else { return false }
        var end = b.count
        while end > 0, b[end - 1] == 0x20 || b[end - 1] == 0x0D { end -= 1 }
        guard end > 0 else { return false }
        let last = b[end - 1]
        return last != UInt8(ascii: ".") && last != UInt8(ascii: "!") && last != UInt8(ascii: ":")
    }

    /// The same headings written alone on their line, with no colon.
    static let linkHeadings: [[UInt8]] = ["related", "read more", "see also", "also read", "related news", "related stories",
                                          "read also", "related articles"].map { Array($0.utf8) }
    /// How a caption opens ("[Photo: President X welcomes …]", "Photo caption: …").
    static let captionOpeners: [[UInt8]] = ["photo:", "photo credit", "file photo", "photograph:", "image:", "photo by ",
                                            "[photo", "[image", "[picture", "photo caption", "caption:", "[caption"]
        .map { Array($0.utf8) }
    static let photoWords: [[UInt8]] = ["photo", "photos", "image", "foto", "picture", "pool", "video", "file photo", "photograph"]
        .map { Array($0.utf8) }

    /// How a credit that names a picture opens: `(photo`, `[image`, `photo:`, `photo by`.
    static let strongOpeners: [[UInt8]] = photoWords.flatMap { (w: [UInt8]) -> [[UInt8]] in
        let open: [UInt8] = [UInt8(ascii: "(")], bracket: [UInt8] = [UInt8(ascii: "[")]
        let colon: [UInt8] = [UInt8(ascii: ":")], by: [UInt8] = Array(" by".utf8)
        return [open + w, bracket + w, w + colon, w + by]
    }
    /// How a credit that names a picture closes: ` photo)`, `/photo]`, ` photo`, `/pool`.
    static let strongClosers: [[UInt8]] = photoWords.flatMap { (w: [UInt8]) -> [[UInt8]] in
        var out: [[UInt8]] = []
        for sep: UInt8 in [0x20, UInt8(ascii: "/")] {
            let edge: [UInt8] = [sep] + w
            out.append(edge + [UInt8(ascii: ")")])
            out.append(edge + [UInt8(ascii: "]")])
            out.append(edge)
        }
        return out
    }

    static func isCaption(_ b: [UInt8], wordCount: Int) -> Bool {
        let all = 0..<b.count
        if wordCount <= 60, captionOpeners.contains(where: { hasPrefixFolded(b, all, $0) }) { return true }
        guard wordCount <= 70, let credit = trailingCredit(b) else { return false }
        // A picture word at the credit's edge: "(Photo: …", "[photo/…", "… Photo)", "/Pool", "Photo by …".
        if strongOpeners.contains(where: { hasPrefixFolded(b, credit, $0) })
            || strongClosers.contains(where: { hasSuffixFolded(b, credit, $0) }) { return true }
        guard wordCount <= 45 else { return false }
        // "(Agency/Photographer Name)" closing a one-sentence paragraph is a picture credit.
        if b[credit.lowerBound] == UInt8(ascii: "("), b[credit].contains(UInt8(ascii: "/")) {
            let body = TextScan.trimmed(b, 0..<credit.lowerBound)
            let stops = b[body].dropLast().filter { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: "?") }.count
            if stops == 0 { return true }
        }
        // A caption's cue: present-tense picture verbs, (left)/(right), "at the talks" — on token hashes.
        let toks = Tokenizer.tokens(b, all)
        if toks.contains(where: { Paragraphs.captionCueHashes.contains($0.hash) }) { return true }
        return toks.indices.contains { i in
            Tokenizer.matches(Paragraphs.atTheTalks, toks, at: i) || Tokenizer.matches(Paragraphs.atTheMeeting, toks, at: i)
                || (Paragraphs.sideWords.contains(toks[i].hash) && i > 0 && toks[i].start > 0 && b[toks[i].start - 1] == UInt8(ascii: "("))
        }
    }

    /// The credit that closes a caption: a final parenthesised or bracketed group
    /// (`(Photo: VNA)`, `[Photo/Xinhua]`, `(Xinhua/Li Xueren)`, `(EAN)`), or a
    /// final short segment after the last sentence end (`PHOTO: TSC`,
    /// `VNA/VNS Photo`, `Jane Doe/The Courier`, `-- MNW`).
    static func trailingCredit(_ b: [UInt8]) -> Range<Int>? {
        let n = b.count
        guard let last = b.last else { return nil }
        if last == UInt8(ascii: ")") || last == UInt8(ascii: "]") {
            let open = last == UInt8(ascii: ")") ? UInt8(ascii: "(") : UInt8(ascii: "[")
            guard let o = b.lastIndex(of: open) else { return nil }
            let inner = (o + 1)..<(n - 1)
            guard !inner.isEmpty, scalarCount(b, inner) <= 70 else { return nil }
            if photoWords.contains(where: { containsFolded(b, inner, $0) }) { return o..<n }
            // (Agency/Name Name) or (CODE)
            if b[inner].contains(UInt8(ascii: "/")) {
                let parts = split(b, inner, on: UInt8(ascii: "/"))
                if parts.count == 2, parts.allSatisfy({ isNameLike(b, $0, maxWords: 4) }) { return o..<n }
                return nil
            }
            return isCode(b, inner) ? o..<n : nil
        }
        // Unparenthesised: the segment after the last sentence end.
        var from = 0
        if let end = b.lastIndex(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: "?") }) {
            from = end + 1
        }
        let t = trimmedSpaces(b, from..<n)
        guard !t.isEmpty else { return nil }
        let length = scalarCount(b, t)
        guard length <= 60, length < scalarCount(b, 0..<n) else { return nil }
        // The credit without the dashes and spaces that open it.
        var c = t.lowerBound
        while c < t.upperBound {
            if b[c] == UInt8(ascii: "-") || b[c] == 0x20 { c += 1; continue }
            if let d = dashLength(b, c) { c += d; continue }
            break
        }
        let core = c..<t.upperBound
        if hasPrefixFolded(b, core, Array("photo:".utf8)) || hasPrefixFolded(b, core, Array("photo by".utf8)) { return t }
        if hasSuffixFolded(b, core, Array(" photo".utf8)) || hasSuffixFolded(b, core, Array("/photo".utf8))
            || hasSuffixFolded(b, core, Array("/pool".utf8)) { return t }
        if b[core].contains(UInt8(ascii: "/")) {
            let parts = split(b, core, on: UInt8(ascii: "/"))
            if parts.count == 2, parts.allSatisfy({ isNameLike(b, $0, maxWords: 4) || isCode(b, $0) }) { return t }
        }
        if b[t.lowerBound] == UInt8(ascii: "-") || dashLength(b, t.lowerBound) != nil, isCode(b, core) { return t }
        return nil
    }

    /// One to `maxWords` space-separated words, each opening with a capital (or all capitals and hyphens).
    static func isNameLike(_ b: [UInt8], _ r: Range<Int>, maxWords: Int) -> Bool {
        let words = spaceSeparated(b, r)
        guard !words.isEmpty, words.count <= maxWords else { return false }
        return words.allSatisfy { w in startsUpper(b, w) || allUpperOrHyphen(b, w) }
    }

    /// An agency code: 2–12 letters with at least two capitals (`VNA`, `VNSv`, `EAN`).
    static func isCode(_ b: [UInt8], _ r: Range<Int>) -> Bool {
        let t = trimmedSpaces(b, r)
        var count = 0, upper = 0
        var i = t.lowerBound
        while i < t.upperBound {
            let (v, len) = TextScan.scalar(b, at: i)
            guard let s = Unicode.Scalar(v), s == "-" || CharacterClass.isLetter(s) else { return false }
            if CharacterClass.isUppercaseLetter(s) { upper += 1 }
            count += 1
            i += len
        }
        return (2...12).contains(count) && upper >= 2
    }

    // MARK: Byte helpers

    /// The non-empty runs of `b[r]` between spaces.
    static func spaceSeparated(_ b: [UInt8], _ r: Range<Int>) -> [Range<Int>] {
        split(b, r, on: 0x20)
    }

    /// The non-empty runs of `b[r]` between `separator` bytes.
    static func split(_ b: [UInt8], _ r: Range<Int>, on separator: UInt8) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = r.lowerBound
        for i in r where b[i] == separator {
            if i > start { out.append(start..<i) }
            start = i + 1
        }
        if r.upperBound > start { out.append(start..<r.upperBound) }
        return out
    }

    /// `b[r]` without leading and trailing spaces and tabs.
    static func trimmedSpaces(_ b: [UInt8], _ r: Range<Int>) -> Range<Int> {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, b[lo] == 0x20 || b[lo] == 0x09 { lo += 1 }
        while hi > lo, b[hi - 1] == 0x20 || b[hi - 1] == 0x09 { hi -= 1 }
        return lo..<hi
    }

    /// The number of scalars in `b[r]`.
    static func scalarCount(_ b: [UInt8], _ r: Range<Int>) -> Int {
        var n = 0
        for i in r where b[i] & 0xC0 != 0x80 { n += 1 }
        return n
    }

    /// The length of an en or em dash at `i`, if one starts there.
    static func dashLength(_ b: [UInt8], _ i: Int) -> Int? {
        i + 2 < b.count && b[i] == 0xE2 && b[i + 1] == 0x80 && (0x93...0x94).contains(b[i + 2]) ? 3 : nil
    }

    /// Whether the word at `r` opens with an upper-case letter.
    static func startsUpper(_ b: [UInt8], _ r: Range<Int>) -> Bool {
        guard let f = r.first else { return false }
        if b[f] < 0x80 { return TextScan.isUpper(b[f]) }
        return Unicode.Scalar(TextScan.scalar(b, at: f).value)?.properties.isUppercase ?? false
    }

    /// Whether every scalar of `b[r]` is an upper-case letter or a hyphen.
    static func allUpperOrHyphen(_ b: [UInt8], _ r: Range<Int>) -> Bool {
        var i = r.lowerBound
        while i < r.upperBound {
            let (v, len) = TextScan.scalar(b, at: i)
            guard v == 0x2D || (Unicode.Scalar(v).map(CharacterClass.isUppercaseLetter) ?? false) else { return false }
            i += len
        }
        return true
    }

    /// Whether `b[r]` equals the ASCII `word`.
    static func equals(_ b: [UInt8], _ r: Range<Int>, _ word: StaticString) -> Bool {
        r.count == word.utf8CodeUnitCount && TextScan.hasPrefix(b, at: r.lowerBound, word)
    }

    /// Whether `b[r]` starts with the lower-case ASCII `prefix`, ignoring ASCII case.
    static func hasPrefixFolded(_ b: [UInt8], _ r: Range<Int>, _ prefix: [UInt8]) -> Bool {
        guard prefix.count <= r.count else { return false }
        for (k, c) in prefix.enumerated() where lowered(b[r.lowerBound + k]) != c { return false }
        return true
    }

    /// Whether `b[r]` ends with the lower-case ASCII `suffix`, ignoring ASCII case.
    static func hasSuffixFolded(_ b: [UInt8], _ r: Range<Int>, _ suffix: [UInt8]) -> Bool {
        guard suffix.count <= r.count else { return false }
        let start = r.upperBound - suffix.count
        for (k, c) in suffix.enumerated() where lowered(b[start + k]) != c { return false }
        return true
    }

    /// Whether `b[r]` contains the lower-case ASCII `needle`, ignoring ASCII case.
    static func containsFolded(_ b: [UInt8], _ r: Range<Int>, _ needle: [UInt8]) -> Bool {
        guard needle.count <= r.count else { return false }
        var i = r.lowerBound
        while i + needle.count <= r.upperBound {
            if hasPrefixFolded(b, i..<r.upperBound, needle) { return true }
            i += 1
        }
        return false
    }

    @inline(__always)
    static func lowered(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
}
