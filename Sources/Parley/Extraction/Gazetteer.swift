import Foundation

/// The people Parley recognises: canonical names, aliases and short forms, with
/// their offices over time; and the title phrases that introduce people who are
/// not in it. Bundled as `leaders.json` and `titles.json`, extensible with the user's own files.
public struct LeaderGazetteer: Sendable {
    /// Everyone, in file order.
    public private(set) var leaders: [Leader]
    private var byID: [String: Int] = [:]
    /// Full names and aliases: phrase key → leader indexes.
    private(set) var fullNames = HashMap64<[Int]>()
    /// First-token hashes of full names, for a quick test before matching a phrase.
    private(set) var fullNameStarts = HashSet64()
    /// Longest full name, in tokens.
    private(set) var longestName = 1
    /// Full names by their consonants: the first word as written, each later word by its
    /// ``skeleton(_:_:)``; key → leader indexes. A name another outlet spells its own way
    /// ("Mohamed Uld Ghazuani", "Abdul Hamid Al-Dbaiba") is found here when the key is one
    /// leader's alone.
    private(set) var skeletonNames = HashMap64<[Int]>()
    /// First-token hashes of ``skeletonNames``.
    private(set) var skeletonStarts = HashSet64()
    /// One-word short forms of present leaders by their ``skeleton(_:_:)``: "Borissov" and
    /// "Borisov" are both `brsv`. Read only after a title ("Prime Minister Borissov").
    private(set) var shortSkeletons = HashMap64<[Int]>()
    /// The fewest consonants a short form must have to be found by them.
    static let shortSkeletonMinimum = 4
    /// Present leaders' names of two words or more by the words after the first, exactly as
    /// written: key → (leader index, the first word folded). A given name transliterated another
    /// way ("Massoud Pezeshkian", "Sinzo Abe") is found here when it is one letter off.
    private(set) var restNames = HashMap64<[(leader: Int, first: [UInt8])]>()
    /// The first word after the first of each of ``restNames``, combined with the first
    /// letter of the name (a variant keeps it: "Sinzo" and "Shinzo").
    private(set) var restStarts = HashSet64()
    /// Present leaders' full names of two words or more by the ``sound(_:_:)`` of every word:
    /// key → leader indexes. A name written in another transliteration in all its words
    /// ("Aleksis Cipras", "Yun Seok-yeol", "Aleksandar Vuchich") is found here when the key is
    /// one leader's alone.
    private(set) var soundNames = HashMap64<[Int]>()
    /// The ``sound(_:_:)`` of the first word of each of ``soundNames``.
    private(set) var soundStarts = HashSet64()
    /// The fewest consonants a name must have, over all its words, to be found by its sound.
    static let soundMinimum = 4
    /// Per leader, the hashes of the first words of its short forms (`Lam`, `Xi`).
    private var shortFirstHashes: [[UInt64]] = []

    /// Per leader, the ``skeleton(_:_:)`` of each one-word short form of four consonants or
    /// more, with its first two letters lowercased (see ``shortConsonants(of:)``).
    private var shortConsonantKeys: [[(key: UInt64, initials: UInt16)]] = []

    /// The consonant keys of a leader's one-word short forms ("Kadhimi": `kdhm`), with their
    /// first two letters, computed once.
    func shortConsonants(of leader: Leader) -> [(key: UInt64, initials: UInt16)] {
        guard let i = byID[leader.id], i < shortConsonantKeys.count else { return LeaderGazetteer.shortConsonants(leader) }
        return shortConsonantKeys[i]
    }

    static func shortConsonants(_ leader: Leader) -> [(key: UInt64, initials: UInt16)] {
        leader.short.compactMap { short in
            let b = Array(short.utf8)
            guard b.count >= 2, TextScan.isUpper(b[0]), let (k, n) = LeaderGazetteer.skeleton(b, 0..<b.count),
                  n >= LeaderGazetteer.shortSkeletonMinimum else { return nil }
            return (k, UInt16(b[0] | 0x20) << 8 | UInt16(b[1] | 0x20))
        }
    }

    /// The hashes of the first words of a leader's short forms, computed once.
    func shortHashes(of leader: Leader) -> [UInt64] {
        guard let i = byID[leader.id], i < shortFirstHashes.count else { return LeaderGazetteer.shortFirsts(leader) }
        return shortFirstHashes[i]
    }

    /// The family name a text may call a leader by once it has named them in full, for a leader
    /// the gazetteer gives no short form because that name alone is no one's for sure ("Aoun",
    /// after "Joseph Aoun"): the name's last word, of three letters or more, when no leader has
    /// it as a short form. `nil` otherwise.
    func familyNameInText(of leader: Leader) -> UInt64? {
        guard leader.short.isEmpty else { return nil }
        let bytes = Array(leader.name.utf8)
        let toks = Tokenizer.tokens(bytes, 0..<bytes.count)
        guard toks.count >= 2, let last = toks.last, last.end - last.start >= 3, !last.numeric,
              !bytes[last.start..<last.end].allSatisfy({ $0 == UInt8(ascii: "I") || $0 == UInt8(ascii: "V") || $0 == UInt8(ascii: "X") }),
              shortNames[last.hash] == nil else { return nil }
        return last.hash
    }

    /// The word each short form starts with, past a particle ("al-Assad" is looked for by
    /// "Assad": an "Al" alone, as in "Al-Yamamah palace", is no one's short name).
    static func shortFirsts(_ leader: Leader) -> [UInt64] {
        var firsts: [UInt64] = []
        for s in leader.short {
            let phrase = Tokenizer.phrase(s)
            let h = phrase.count > 1 && People.nameParticles.contains(phrase[0]) ? phrase[1] : phrase.first
            if let h, !firsts.contains(h) { firsts.append(h) }
        }
        return firsts
    }

    /// The latest office start or end the gazetteer records: how far its knowledge reaches.
    public private(set) var horizon: Day?
    /// Short forms: token hash → leader indexes.
    private(set) var shortNames = HashMap64<[Int]>()
    /// Title phrases: phrase key → role.
    private(set) var titles = HashMap64<String>()
    private(set) var titleStarts = HashSet64()
    private(set) var longestTitle = 1

    /// Creates a gazetteer from leaders and title phrases with their roles.
    public init(leaders: [Leader], titles: [(phrase: String, role: String)] = []) {
        self.leaders = []
        for l in leaders { add(l) }
        for t in titles { addTitle(t.phrase, role: t.role) }
    }

    /// The bundled gazetteer.
    public static let bundled: LeaderGazetteer = {
        var g = LeaderGazetteer(leaders: [])
        if let data = try? ReferenceData.resource("leaders"), let file = try? LeaderGazetteer.decodeLeaders(data) {
            for l in file { g.add(l) }
        }
        if let data = try? ReferenceData.resource("titles"), let titles = try? LeaderGazetteer.decodeTitles(data) {
            for t in titles { g.addTitle(t.phrase, role: t.role) }
        }
        return g
    }()

    /// Adds or replaces leaders from a file shaped like the bundled `leaders.json`.
    public mutating func addLeaders(from url: URL) throws {
        for l in try LeaderGazetteer.decodeLeaders(ReferenceData.read(url)) { add(l) }
    }

    static func decodeLeaders(_ data: Data) throws -> [Leader] {
        struct OfficeFile: Decodable { var title: String; var role: String; var from: String?; var to: String? }
        struct Entry: Decodable {
            var id: String; var name: String; var ascii: String?; var aliases: [String]?; var short: [String]?
            var country: String?; var gender: String?; var died: String?; var historical: Bool?; var offices: [OfficeFile]?
        }
        struct File: Decodable { var leaders: [Entry] }
        let file: File
        do { file = try JSONDecoder().decode(File.self, from: data) } catch {
            throw ReferenceDataError(file: "leaders", message: "not a leaders file: \(error)")
        }
        return file.leaders.map { e in
            Leader(id: e.id, name: e.name, ascii: e.ascii, aliases: e.aliases ?? [], short: e.short ?? [],
                   country: e.country, gender: e.gender, died: e.died.flatMap { Day($0) }, historical: e.historical ?? false,
                   offices: (e.offices ?? []).map { Office(title: $0.title, role: $0.role, from: $0.from.flatMap { Day($0) }, to: $0.to.flatMap { Day($0) }) })
        }
    }

    static func decodeTitles(_ data: Data) throws -> [(phrase: String, role: String)] {
        struct Entry: Decodable { var phrase: String; var role: String }
        struct File: Decodable { var titles: [Entry] }
        return try JSONDecoder().decode(File.self, from: data).titles.map { (phrase: $0.phrase, role: $0.role) }
    }

    /// Adds a leader, replacing one with the same id.
    public mutating func add(_ leader: Leader) {
        for o in leader.offices {
            for d in [o.from, o.to].compactMap({ $0 }) where horizon.map({ d > $0 }) ?? true { horizon = d }
        }
        let index: Int
        let firsts = LeaderGazetteer.shortFirsts(leader)
        let consonants = LeaderGazetteer.shortConsonants(leader)
        if let existing = byID[leader.id] {
            index = existing
            leaders[index] = leader
            shortFirstHashes[index] = firsts
            shortConsonantKeys[index] = consonants
        } else {
            index = leaders.count
            leaders.append(leader)
            shortFirstHashes.append(firsts)
            shortConsonantKeys.append(consonants)
            byID[leader.id] = index
        }
        for name in Set([leader.name, leader.ascii] + leader.aliases) {
          // "Mohammad Shia al-Sudani" for "Mohammed Shia al-Sudani": the same name in another
          // transliteration of its Arabic given name.
          for p in LeaderGazetteer.transliterations(Tokenizer.phrase(name)) {
            guard let first = p.first else { continue }
            var key: UInt64 = 0
            for t in p { key = Tokenizer.combine(key, t) }
            if p.count == 1 {
                // A one-word name (Jokowi, Prabowo, Lula) is a short form too.
                if !(shortNames[first]?.contains(index) ?? false) { shortNames[first, default: []].append(index) }
            }
            if !(fullNames[key]?.contains(index) ?? false) { fullNames[key, default: []].append(index) }
            fullNameStarts.insert(first)
            longestName = max(longestName, p.count)
          }
          addSkeleton(name, index)
          addSound(name, index)
        }
        // Two-word names also in the other order: many outlets write family names first
        // ("Kishida Fumio", "Modi Narendra" in some agencies' styles).
        for name in Set([leader.name, leader.ascii]) {
            let p = Tokenizer.phrase(name)
            guard p.count == 2 else { continue }
            let key = Tokenizer.combine(Tokenizer.combine(0, p[1]), p[0])
            if !(fullNames[key]?.contains(index) ?? false) { fullNames[key, default: []].append(index) }
            fullNameStarts.insert(p[1])
        }
        for s in Set(leader.short) {
            let p = Tokenizer.phrase(s)
            guard p.count == 1, let h = p.first else {
                // A short form of several words that names one person by itself ("Akufo-Addo",
                // "Suu Kyi", "Mohamed bin Zayed") reads like a full name: "President Akufo-Addo"
                // needs no full mention first. One led by a style ("King Abdullah") does not.
                guard let first = p.first, p.count > 1, !LeaderGazetteer.styles.contains(first) else { continue }
                let key = p.reduce(UInt64(0)) { Tokenizer.combine($0, $1) }
                if !(fullNames[key]?.contains(index) ?? false) { fullNames[key, default: []].append(index) }
                fullNameStarts.insert(first)
                longestName = max(longestName, p.count)
                continue
            }
            if !(shortNames[h]?.contains(index) ?? false) { shortNames[h, default: []].append(index) }
            let bytes = Array(s.utf8)
            if !leader.historical, let (k, n) = LeaderGazetteer.skeleton(bytes, 0..<bytes.count), n >= LeaderGazetteer.shortSkeletonMinimum,
               !(shortSkeletons[k]?.contains(index) ?? false) {
                shortSkeletons[k, default: []].append(index)
            }
        }
    }

    /// Indexes `name` (two words or more) by its first word, in each of its transliterations, and
    /// the consonants of the others.
    private mutating func addSkeleton(_ name: String, _ index: Int) {
        let bytes = Array(name.utf8)
        let toks = Tokenizer.tokens(bytes, 0..<bytes.count)
        // (Only leaders of the present: a name of history is written as the record has it.)
        guard let first = toks.first, toks.count >= 2, !leaders[index].historical else { return }
        var rest: [UInt64] = []
        var consonants = 0
        for t in toks.dropFirst() where !LeaderGazetteer.articles.contains(t.hash) {
            guard let (h, n) = LeaderGazetteer.skeleton(bytes, t.start..<t.end) else { return }
            rest.append(h)
            consonants += n
        }
        // The words after the first as written: "Pezeshkian", "Abe".
        if let second = toks.dropFirst().first, let last = toks.last, last.end - last.start >= 3 {
            let key = toks.dropFirst().reduce(UInt64(0)) { Tokenizer.combine($0, $1.hash) }
            var folded: [UInt8] = []
            Fold.append(bytes, first.start..<first.end, to: &folded)
            if folded.count >= 4, let initial = folded.first, !(restNames[key]?.contains { $0.leader == index && $0.first == folded } ?? false) {
                restNames[key, default: []].append((index, folded))
                restStarts.insert(Tokenizer.combine(second.hash, UInt64(initial)))
            }
        }
        // ("Ali Abe": too few consonants to tell one name from another.)
        guard consonants >= LeaderGazetteer.skeletonMinimum else { return }
        for f in LeaderGazetteer.transliterations([first.hash]).compactMap(\.first) {
            let key = rest.reduce(Tokenizer.combine(0, f)) { Tokenizer.combine($0, $1) }
            if !(skeletonNames[key]?.contains(index) ?? false) { skeletonNames[key, default: []].append(index) }
            skeletonStarts.insert(f)
            fullNameStarts.insert(f)
        }
    }

    /// The fewest consonants the words after a name's first must have for the name to be
    /// found by them.
    static let skeletonMinimum = 3

    /// Indexes `name` (two words or more, of a leader of the present) by the sound of each word.
    private mutating func addSound(_ name: String, _ index: Int) {
        let bytes = Array(name.utf8)
        let toks = Tokenizer.tokens(bytes, 0..<bytes.count).filter { !LeaderGazetteer.articles.contains($0.hash) }
        guard toks.count >= 2, !leaders[index].historical else { return }
        var key: UInt64 = 0
        var consonants = 0
        for t in toks {
            guard let (h, n) = LeaderGazetteer.sound(bytes, t.start..<t.end) else { return }
            key = Tokenizer.combine(key, h)
            consonants += n
        }
        guard consonants >= LeaderGazetteer.soundMinimum, let (first, _) = LeaderGazetteer.sound(bytes, toks[0].start..<toks[0].end) else { return }
        if !(soundNames[key]?.contains(index) ?? false) { soundNames[key, default: []].append(index) }
        soundStarts.insert(first)
    }

    /// How a word sounds, as a hash of its consonants and how many, looser than
    /// ``skeleton(_:_:)``: besides its readings, the letters and pairs of letters that
    /// transliterations of Slavic, Greek and Korean names trade are one ("ts", "tz", "cz",
    /// "ch", "c", "k", "q" are `k`; "x" is `ks`; "sh", "zh" and "z" are `s`; "ph" is `f`; an
    /// "h" is dropped): "Tsipras" and "Cipras" are both `kbrs`, "Vučić" and "Vuchich" `vkk`,
    /// "Yoon" and "Yun" `n`. `nil` for a word with anything but Latin letters and apostrophes.
    static func sound(_ bytes: [UInt8], _ range: Range<Int>) -> (hash: UInt64, consonants: Int)? {
        var folded: [UInt8] = []
        Fold.append(bytes, range.clamped(to: 0..<bytes.count), to: &folded)
        var out: [UInt8] = []
        var vowelSince = true
        var i = 0
        func emit(_ c: UInt8) {
            if !vowelSince, out.last == c { return }
            out.append(c)
            vowelSince = false
        }
        while i < folded.count {
            let c = folded[i]
            let next: UInt8 = i + 1 < folded.count ? folded[i + 1] : 0
            i += 1
            if c == 0x27 { continue }
            guard c >= 0x61, c <= 0x7A else { return nil }
            if LeaderGazetteer.vowels.contains(c) {
                vowelSince = true
                continue
            }
            switch c {
            case UInt8(ascii: "t") where next == UInt8(ascii: "s") || next == UInt8(ascii: "z") || next == UInt8(ascii: "c"):
                // "ts", "tz", "tch" (and "tsch").
                i += 1
                if next == UInt8(ascii: "c"), i < folded.count, folded[i] == UInt8(ascii: "h") { i += 1 }
                if next == UInt8(ascii: "s"), i + 1 < folded.count, folded[i] == UInt8(ascii: "c"), folded[i + 1] == UInt8(ascii: "h") { i += 2 }
                emit(UInt8(ascii: "k"))
            case UInt8(ascii: "c"), UInt8(ascii: "k"), UInt8(ascii: "q"):
                if next == UInt8(ascii: "h") || next == UInt8(ascii: "z") || c == UInt8(ascii: "c") && next == UInt8(ascii: "k") { i += 1 }
                emit(UInt8(ascii: "k"))
            case UInt8(ascii: "x"):
                emit(UInt8(ascii: "k"))
                emit(UInt8(ascii: "s"))
            case UInt8(ascii: "s"), UInt8(ascii: "z"):
                if next == UInt8(ascii: "h") || next == UInt8(ascii: "z") { i += 1 }
                emit(UInt8(ascii: "s"))
            case UInt8(ascii: "p"):
                if next == UInt8(ascii: "h") {
                    i += 1
                    emit(UInt8(ascii: "f"))
                } else {
                    emit(UInt8(ascii: "b"))
                }
            case UInt8(ascii: "w"): emit(UInt8(ascii: "v"))
            case UInt8(ascii: "h"): continue
            default: emit(c)
            }
        }
        return (Tokenizer.wordHash(out), out.count)
    }

    /// The one leader whose name, read by the sound of every word (``sound(_:_:)``), runs from
    /// token `t` of `toks` over no comma, with no capitalised word right after it; the token
    /// after it. `nil` when no leader's or several leaders' names sound so.
    func soundName(_ bytes: [UInt8], _ toks: [Token], at t: Int, breaks: (Int) -> Bool) -> (end: Int, leader: Int)? {
        // (A name of two words or more: most capitalised words stand alone, and are not read.)
        guard t + 1 < toks.count, toks[t + 1].capitalized || toks[t].end + 1 == toks[t + 1].start && bytes[toks[t].end] == UInt8(ascii: "-"),
              !breaks(t + 1),
              let (first, _) = LeaderGazetteer.sound(bytes, toks[t].start..<toks[t].end), soundStarts.contains(first) else { return nil }
        var key = Tokenizer.combine(0, first)
        var best: (end: Int, leader: Int)?
        var k = t + 1
        while k < toks.count, k - t < longestName + 1, !breaks(k), toks[k].capitalized || toks[k - 1].end == toks[k].start - 1 && bytes[toks[k - 1].end] == UInt8(ascii: "-") {
            if LeaderGazetteer.articles.contains(toks[k].hash) {
                k += 1
                continue
            }
            guard let (h, _) = LeaderGazetteer.sound(bytes, toks[k].start..<toks[k].end) else { break }
            key = Tokenizer.combine(key, h)
            if let hits = soundNames[key], hits.count == 1 { best = (k + 1, hits[0]) }
            k += 1
        }
        guard let b = best, b.end >= toks.count || !toks[b.end].capitalized || breaks(b.end) else { return nil }
        return b
    }

    /// The consonants of a word as a hash, and how many: folded, `z` read as `s` and `w` as `v`,
    /// a doubled letter read once, the vowels (and `y`, `j`) and apostrophes dropped, and a final
    /// `h` after another consonant dropped ("Dbeibah" and "Dbaiba" are both `dbb`; "Ghazouani"
    /// and "Ghazuani" `ghsn`). `nil` for a word with anything but Latin letters and apostrophes.
    static func skeleton(_ bytes: [UInt8], _ range: Range<Int>) -> (hash: UInt64, consonants: Int)? {
        var folded: [UInt8] = []
        Fold.append(bytes, range.clamped(to: 0..<bytes.count), to: &folded)
        var out: [UInt8] = []
        var previous: UInt8 = 0
        for var c in folded {
            if c == 0x27 { continue }
            guard c >= 0x61, c <= 0x7A else { return nil }
            // Letters other languages write for the same sound: "Selenskyj" is "Zelenskyy"; Arabic,
            // which has no "p", writes "Bezeshkian" for "Pezeshkian".
            if c == UInt8(ascii: "z") { c = UInt8(ascii: "s") } else if c == UInt8(ascii: "w") { c = UInt8(ascii: "v") } else if c == UInt8(ascii: "p") { c = UInt8(ascii: "b") }
            defer { previous = c }
            if c == previous { continue }
            if LeaderGazetteer.vowels.contains(c) { continue }
            out.append(c)
        }
        if out.count >= 2, out.last == UInt8(ascii: "h"), let end = folded.last, end == UInt8(ascii: "h") { out.removeLast() }
        return (Tokenizer.wordHash(out), out.count)
    }
    static let vowels: Set<UInt8> = Set("aeiouyj".utf8)
    /// The Arabic article before a name's later words ("Al-Sabah", "el-Sisi"), which the
    /// consonant key leaves out.
    static let articles = Set(["al", "el"].map(Tokenizer.hash))

    /// The leader whose name, read by its consonants after a first word written as the gazetteer
    /// has it, runs from token `t` of `toks` (over no comma: `breaks(k)` tells a break before
    /// token `k`) to the end returned, with no capitalised word right after it. `nil` when no
    /// leader's or several leaders' names read so.
    func skeletonName(_ bytes: [UInt8], _ toks: [Token], at t: Int, breaks: (Int) -> Bool) -> (end: Int, leader: Int)? {
        guard t < toks.count, skeletonStarts.contains(toks[t].hash) else { return nil }
        var key = Tokenizer.combine(0, toks[t].hash)
        var best: (end: Int, leader: Int)?
        var consonants = 0
        var k = t + 1
        while k < toks.count, k - t < longestName + 2, !breaks(k), let (h, n) = LeaderGazetteer.skeleton(bytes, toks[k].start..<toks[k].end) {
            // ("Ahmad Al-Abdullah Al-Ahmad Al-Sabah" for "Ahmad Abdullah Al-Ahmad Al-Sabah": an
            // article before a family name comes and goes between outlets.)
            if LeaderGazetteer.articles.contains(toks[k].hash), k + 1 < toks.count, toks[k + 1].capitalized, !breaks(k + 1) {
                k += 1
                continue
            }
            key = Tokenizer.combine(key, h)
            consonants += n
            if consonants >= LeaderGazetteer.skeletonMinimum, let hits = skeletonNames[key], hits.count == 1 { best = (k + 1, hits[0]) }
            k += 1
        }
        // "Yoweri Kaguta Museveni", "João Manuel Gonçalves Lourenço": one middle name or two
        // written out between the given and family names of a name the gazetteer has in two words.
        for middle in 1...2 where best == nil {
            let f = t + 1 + middle
            guard f < toks.count, (t + 1...f).allSatisfy({ !breaks($0) && toks[$0].capitalized }),
                  let (h, n) = LeaderGazetteer.skeleton(bytes, toks[f].start..<toks[f].end), n >= LeaderGazetteer.skeletonMinimum,
                  let hits = skeletonNames[Tokenizer.combine(Tokenizer.combine(0, toks[t].hash), h)], hits.count == 1 else { continue }
            best = (f + 1, hits[0])
        }
        // ("Mohamed Uld Ghazuani Hospital": a capitalised word after the name makes it another's.)
        guard let b = best, b.end >= toks.count || !toks[b.end].capitalized || breaks(b.end) else { return nil }
        return b
    }

    /// The one leader whose name runs from token `t` of `toks` with its first word one letter
    /// off ("Massoud Pezeshkian", "Sinzo Abe", "Draupadi Murmu") and the others as the gazetteer
    /// writes them, over no comma and with no capitalised word after it; the token after it.
    func variantName(_ bytes: [UInt8], _ toks: [Token], at t: Int, breaks: (Int) -> Bool) -> (end: Int, leader: Int)? {
        guard t + 1 < toks.count, toks[t].end > toks[t].start,
              restStarts.contains(Tokenizer.combine(toks[t + 1].hash, UInt64(bytes[toks[t].start] | 0x20))), !breaks(t + 1) else { return nil }
        var folded: [UInt8] = []
        Fold.append(bytes, toks[t].start..<toks[t].end, to: &folded)
        guard folded.count >= 4 else { return nil }
        var key: UInt64 = 0
        var found: (end: Int, leader: Int)?
        var k = t + 1
        while k < toks.count, k - t < longestName, k == t + 1 || !breaks(k) {
            key = Tokenizer.combine(key, toks[k].hash)
            if let entries = restNames[key] {
                let near = Set(entries.filter { $0.first != folded && LeaderGazetteer.oneLetterOff($0.first, folded) }.map(\.leader))
                if near.count == 1, let only = near.first { found = (k + 1, only) }
            }
            k += 1
        }
        guard let f = found, f.end >= toks.count || !toks[f.end].capitalized || breaks(f.end) else { return nil }
        return f
    }

    /// Whether two words differ by one letter added, dropped or changed.
    static func oneLetterOff(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard abs(a.count - b.count) <= 1, a != b else { return false }
        var i = 0
        while i < a.count, i < b.count, a[i] == b[i] { i += 1 }
        var x = a.count - 1, y = b.count - 1
        while x >= i, y >= i, a[x] == b[y] { x -= 1; y -= 1 }
        // What is left between the common start and end: one letter at most on each side.
        return x - i < 1 && y - i < 1
    }

    /// A name's words, and, when one of them is a given name that English copy transliterates
    /// several ways ("Mohammed", "Mohammad", "Muhammad", "Mohamed"; "Abdel", "Abdul"), the same
    /// words with each other spelling of it.
    static func transliterations(_ words: [UInt64]) -> [[UInt64]] {
        var out = [words]
        for (k, w) in words.enumerated() {
            guard let group = LeaderGazetteer.spellingGroups.first(where: { $0.contains(w) }) else { continue }
            out = out.flatMap { base in group.map { v -> [UInt64] in var c = base; c[k] = v; return c } }
        }
        var seen = Set<[UInt64]>()
        return out.filter { seen.insert($0).inserted }
    }
    static let spellingGroups: [[UInt64]] = [
        ["mohammed", "mohammad", "muhammad", "mohamed", "muhammed", "mohamad"].map(Tokenizer.hash),
        ["abdel", "abdul", "abd"].map(Tokenizer.hash),
    ]

    /// Words of style that open some short forms ("King Salman", "Sheikh Tamim", "Uncle Ho"):
    /// such a form names a person only with its style, and several people share most of them.
    static let styles = Set(["king", "queen", "sheikh", "sheikha", "prince", "princess", "sultan", "emir", "amir", "mrs", "mr",
                             "uncle", "president", "premier", "chairman", "comrade"].map(Tokenizer.hash))

    /// Adds a title phrase ("Prime Minister") with its role.
    public mutating func addTitle(_ phrase: String, role: String) {
        let p = Tokenizer.phrase(phrase)
        guard let first = p.first else { return }
        var key: UInt64 = 0
        for t in p { key = Tokenizer.combine(key, t) }
        titles[key] = role
        titleStarts.insert(first)
        longestTitle = max(longestTitle, p.count)
    }

    /// The one leader a title and a single name stand for ("President Trump", "PM Kishida"):
    /// among those with that short form who are not historical and could meet on `day`,
    /// the one in office on `day` (when known), else the one who ever held an office of
    /// the title's role. `nil` when no one or several fit.
    func titled(_ shortHash: UInt64, role: String?, on day: Day?) -> Int? {
        guard let all = shortNames[shortHash] else { return nil }
        return pick(all, role: role, on: day)
    }

    /// Like ``titled(_:role:on:)``, for a family name spelt another way than the gazetteer's
    /// ("Prime Minister Borissov"): the leader whose short form has the same consonants.
    func titledVariant(_ bytes: [UInt8], _ token: Token, role: String?, on day: Day?) -> Int? {
        guard shortNames[token.hash] == nil, let (k, n) = LeaderGazetteer.skeleton(bytes, token.start..<token.end),
              n >= LeaderGazetteer.shortSkeletonMinimum, let all = shortSkeletons[k] else { return nil }
        return pick(all, role: role, on: day)
    }

    /// The one of `all` the day and the role allow: the only one in office on the day, else
    /// the only one living, else the only one who ever held the role.
    private func pick(_ all: [Int], role: String?, on day: Day?) -> Int? {
        let living = all.filter { !leaders[$0].historical && leaders[$0].couldMeet(on: day) }
        if let day {
            let inOffice = living.filter { leaders[$0].heldOffice(on: day) == true }
            if inOffice.count == 1 { return inOffice[0] }
            if inOffice.count > 1 { return nil }
        }
        if living.count == 1 { return living[0] }
        guard let role else { return nil }
        let holders = living.filter { i in leaders[i].offices.contains { $0.role == role } }
        return holders.count == 1 ? holders[0] : nil
    }

    /// The one leader a bare family name stands for: among the living with that short form,
    /// the only one in a leading office (head of state or government, party leader,
    /// monarch) on `day`; with no day, the only one who ever held such an office.
    func leading(_ shortHash: UInt64, on day: Day?) -> Int? {
        guard let all = shortNames[shortHash] else { return nil }
        let fit = all.filter { i in
            let l = leaders[i]
            guard !l.historical, l.couldMeet(on: day) else { return false }
            return l.offices.contains { $0.isLeading && (day.map($0.held(on:)) ?? true) }
        }
        guard fit.count == 1 else { return nil }
        // With no day, the name must belong to no one else living either.
        if day == nil, all.filter({ !leaders[$0].historical }).count > 1 { return nil }
        return fit[0]
    }

    /// The leader with an id.
    public func leader(id: String) -> Leader? { byID[id].map { leaders[$0] } }

    /// Who held an office of `role` for `country` on `day`: the President of Vietnam on
    /// 2024-08-19 was To Lam. When several did (a hand-over that day), the later one.
    public func holder(country: String, role: String, on day: Day) -> Leader? {
        var best: (Leader, Day)?
        for l in leaders where l.country == country && !l.historical {
            for o in l.offices where o.role == role && o.held(on: day) {
                let from = o.from ?? Day(ordinal: 0)
                if best.map({ from > $0.1 }) ?? true { best = (l, from) }
            }
        }
        return best?.0
    }

    /// The one person who held `role` in `country` at some time while `guest` held a leading
    /// office, of `gender` ("m", "f") when given: the host a text names by office alone ("The
    /// King received President X") when it gives no day. `nil` when none or several.
    public func onlyHolder(country: String, role: String, during guest: Leader, gender: String? = nil) -> Leader? {
        let terms = guest.offices.filter(\.isLeading)
        guard !terms.isEmpty else { return nil }
        var found: Leader?
        for l in leaders where l.country == country && !l.historical && (gender == nil || l.gender == gender) {
            let overlaps = l.offices.contains { o in
                o.role == role && terms.contains { t in
                    // (An open end is no bound.)
                    let startsInTime = o.from.flatMap { f in t.to.map { f <= $0 } } ?? true
                    let guestInTime = t.from.flatMap { f in o.to.map { f <= $0 } } ?? true
                    return startsInTime && guestInTime
                }
            }
            guard overlaps else { continue }
            if found != nil { return nil }
            found = l
        }
        return found
    }

    /// Leaders whose name, alias or short form matches `query`, folding case and
    /// diacritics ("to lam", "Tô Lâm", "xi").
    public func search(_ query: String) -> [Leader] {
        let q = Fold.key(query).trimmingSpaces()
        guard !q.isEmpty else { return [] }
        var exact: [Leader] = []
        var partial: [Leader] = []
        for l in leaders {
            let names = [l.name, l.ascii] + l.aliases + l.short
            let keys = names.map { Fold.key($0) }
            if keys.contains(q) || l.id == q { exact.append(l) } else if keys.contains(where: { $0.contains(q) }) { partial.append(l) }
        }
        return exact + partial
    }

    /// The leader at index `i` of ``leaders``.
    func leader(at i: Int) -> Leader { leaders[i] }
}
