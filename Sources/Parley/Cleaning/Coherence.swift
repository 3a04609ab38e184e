/// Decides whether trailing paragraphs belong to the story, by the people,
/// places and names they share with its title and lead.
///
/// Scraped pages often end with other stories' snippets and no marker. Walking
/// back from the end, a paragraph is unrelated when it names things (capitalised
/// names, places) and none of them is in the story's profile, and it neither opens
/// by referring back to the story ("He", "The two sides", "Both leaders") nor
/// mentions it ("the talks"). A paragraph that names nothing belongs when it
/// shares vocabulary with the story. The walk stops at the first paragraph that
/// belongs. Everything works on token hashes.
struct Coherence {
    let places: PlaceGazetteer

    static let stopwords: HashSet64 = Words.set([
        "the", "a", "an", "in", "on", "at", "of", "for", "to", "and", "or", "but", "with", "by", "from", "as",
        "he", "she", "it", "they", "we", "i", "his", "her", "its", "their", "our", "this", "that", "these", "those",
        "there", "here", "after", "before", "during", "following", "while", "when", "also", "according", "meanwhile",
        "however", "moreover", "furthermore", "additionally", "first", "second", "third", "fourth", "fifth", "sixth",
        "finally", "both", "all", "mr", "mrs", "ms", "dr", "president", "prime", "minister", "general", "secretary",
        "party", "state", "national", "assembly", "committee", "central", "communist", "government", "foreign",
        "affairs", "ministry", "people", "peoples", "republic", "democratic", "union", "chairman", "chairwoman",
        "chair", "king", "queen", "premier", "chancellor", "deputy", "vice", "leader", "leaders", "council",
        "senior", "top", "high", "level", "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "year", "day", "new", "under", "over", "between", "within", "about", "speaking",
        "photo", "related", "read", "more", "news", "is", "was", "are", "were", "will", "would", "can", "could",
        "which", "where", "because", "since", "until", "other", "such", "than", "then", "have", "has", "had", "been",
        "being", "into", "through", "against", "among", "across", "said", "says", "told", "added", "noted",
        "you", "today", "tonight", "yesterday", "tomorrow",
    ] + Coherence.contractions.flatMap { [$0, $0.replacingOccurrences(of: "'", with: "\u{2019}")] })

    /// Words a speaker opens with: "We", "Our", "I", "We're".
    static let firstPerson = Words.set(["we", "our", "i", "we're", "we\u{2019}re", "we've", "we\u{2019}ve", "we'll", "we\u{2019}ll",
                                        "i'm", "i\u{2019}m", "i've", "i\u{2019}ve"])

    /// Contractions that open a speaker's sentences ("We're deepening our cooperation"): no names.
    static let contractions = [
        "we're", "we've", "we'll", "we'd", "i'm", "i've", "i'll", "i'd", "you're", "you've", "you'll", "they're",
        "they've", "they'll", "don't", "can't", "won't", "isn't", "aren't", "didn't", "doesn't",
    ]

    static let anaphoric: [[UInt64]] = [
        "he", "she", "they", "his", "her", "their", "the two", "both", "the leaders", "the leader",
        "the host", "the guest", "the visiting", "the sides", "the president", "the prime minister", "the premier",
        // "The delegation was led by …", "The Head of State is expected back on Sunday".
        "the delegation", "the delegations", "the head of state", "the head of government",
        "the latter", "the former", "in response", "for his part", "for her part", "at the talks", "at the meeting",
        "during the talks", "after the talks", "following the talks", "the visit", "the talks", "the meeting",
        "on this occasion", "on the occasion", "in addition", "additionally", "furthermore", "moreover",
        "first", "second", "third", "fourth", "fifth", "sixth", "finally",
        // "Among the leaders attending were …": more of the gathering's guests.
        "among the leaders", "among the heads", "among those", "also attending", "also present",
    ].map(Tokenizer.phrase)
    static let storyReferences: [[UInt64]] = [
        "the talks", "the meeting", "the visit", "the two leaders", "the two sides", "both sides", "their talks", "the summit",
        "the phone call", "the telephone call", "the call", "the conversation",
        // "Issues of the agenda of … were also discussed": more of what the story's talks covered.
        "also discussed", "were also discussed", "was also discussed",
    ].map(Tokenizer.phrase)

    static let referenceStarts = HashSet64(storyReferences.compactMap(\.first))

    struct Profile {
        var names = HashSet64()
        var vocabulary = HashSet64()
    }

    /// Adds a paragraph's salient capitalised words and longer lower-case vocabulary to `profile`.
    func addWords(_ span: Range<Int>, of words: ParagraphWords, to profile: inout Profile) {
        let stopwords = Coherence.stopwords
        for k in span { add(words.words[k], stopwords, &profile.names, &profile.vocabulary) }
    }

    @inline(__always)
    func add(_ w: ParagraphWords.Word, _ stopwords: HashSet64, _ salient: inout HashSet64, _ vocabulary: inout HashSet64) {
        guard !w.numeric, !stopwords.contains(w.hash) else { return }
        if w.capitalized {
            if w.twoOrMoreBytes { salient.insert(w.hash) }
        } else if w.fiveOrMoreBytes {
            vocabulary.insert(w.hash)
        }
    }

    /// Marks trailing paragraphs after `lead` that do not belong to the story. With
    /// a `title` paragraph, the title joins the story's profile.
    func markUnrelatedTail(_ words: inout ParagraphWords, title: Int?, lead: Int, state: inout [Noise.Kind?]) {
        let live = words.paragraphs.indices.filter { state[$0] == nil && $0 >= lead }
        guard live.count >= 3 else { return }
        // Profile: title, lead and the first half of the body.
        var profile = Profile(names: HashSet64(capacity: 32), vocabulary: HashSet64(capacity: 128))
        if let t = title { addWords(words.span(t), of: words, to: &profile) }
        // Half the body, at most eight paragraphs: enough to know the story's people and words.
        let half = min(8, max(2, live.count / 2))
        for i in live.prefix(half) { addWords(words.span(i), of: words, to: &profile) }
        // Labels and date lines ("Readout", "October 9, 2025") tell nothing of the story: the
        // profile reaches on to its first paragraph of some length.
        if !live.prefix(half).contains(where: { words.span($0).count >= 8 }),
           let first = live.dropFirst(half).first(where: { words.span($0).count >= 8 }) {
            for i in live.dropFirst(half) where i <= first { addWords(words.span(i), of: words, to: &profile) }
        }
        let listed = Coherence.listItems(words.paragraphs)
        for i in live.reversed() {
            if i == lead { break }
            if listed[i] || belongs(i, &words, profile: profile) { break }
            state[i] = .unrelatedTrailing
        }
    }

    /// Which paragraphs are items of a numbered list the story opens with a colon ("the
    /// leaders agreed:", then "1. To establish …", "2. …"), in one pass.
    static func listItems(_ paragraphs: [Paragraphs.Para]) -> [Bool] {
        var listed = [Bool](repeating: false, count: paragraphs.count)
        var opened = false
        for (i, p) in paragraphs.enumerated() {
            let b = p.bytes
            if TextScan.numberedLine(b, at: 0, end: b.count) != nil {
                listed[i] = opened
            } else {
                opened = b.last(where: { $0 != UInt8(ascii: " ") && $0 != 0x0A }) == UInt8(ascii: ":")
            }
        }
        return listed
    }

    /// Whether paragraph `i` belongs to the story of `profile`. Read straight off its
    /// words, without building sets: its salient words are its capitalised ones, a
    /// place's name among them (geo) or anyone else's (names).
    func belongs(_ i: Int, _ words: inout ParagraphWords, profile: Profile) -> Bool {
        let span = words.span(i)
        let bytes = words.paragraphs[i].bytes
        if Coherence.anaphoric.contains(where: { words.starts(span, with: $0, at: span.lowerBound) }) { return true }
        // A speaker's words in a transcript ("We're deepening our cooperation …"): the snippets
        // of other stories that end a page are told in the third person.
        if let first = span.first, Coherence.firstPerson.contains(words.words[first].hash) { return true }
        if bytes.first == UInt8(ascii: "-") || TextScan.hasPrefix(bytes, at: 0, "•") { return true }
        for k in span where Coherence.referenceStarts.contains(words.words[k].hash) {
            if Coherence.storyReferences.contains(where: { words.starts(span, with: $0, at: k) }) { return true }
        }
        let stopwords = Coherence.stopwords
        var anySalient = false, anyName = false, anyGeo = false, geoOutside = false
        // Shared vocabulary counts distinct words: the first shared one is remembered.
        var firstShared: UInt64?, sharedTwo = false
        for k in span {
            let w = words.words[k]
            guard !w.numeric, !stopwords.contains(w.hash) else { continue }
            if w.capitalized {
                guard w.twoOrMoreBytes else { continue }
                anySalient = true
                if places.geoHashes.contains(w.hash) {
                    anyGeo = true
                    if !profile.names.contains(w.hash) { geoOutside = true }
                } else {
                    anyName = true
                    // A person or name the story mentions.
                    if profile.names.contains(w.hash) { return true }
                }
            } else if w.fiveOrMoreBytes, !sharedTwo, profile.vocabulary.contains(w.hash) {
                if let f = firstShared { sharedTwo = f != w.hash } else { firstShared = w.hash }
            }
        }
        if !anySalient { return sharedTwo }
        // Only places, all of them the story's.
        return !anyName && anyGeo && !geoOutside
    }
}
