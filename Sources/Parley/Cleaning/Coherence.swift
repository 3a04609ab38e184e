/// Decides whether trailing paragraphs belong to the story, by the people,
/// places and names they share with its title and lead.
///
/// Scraped pages often end with other stories' snippets and no marker. Walking
/// back from the end, a paragraph is unrelated when it names things (capitalised
/// names, places) and none of them is in the story's profile, and it does not
/// open by referring back to the story ("He", "The two sides", "Both leaders").
/// The walk stops at the first paragraph that belongs.
struct Coherence {
    let places: PlaceGazetteer

    static let stopwords: Set<String> = [
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
    ]

    static let anaphoric: [String] = [
        "he ", "she ", "they ", "his ", "her ", "their ", "the two ", "both ", "the leaders", "the leader",
        "the host", "the guest", "the visiting", "the sides", "the president", "the prime minister", "the premier",
        "the vietnamese", "the chinese", "the two sides", "the latter", "the former", "in response", "for his part",
        "for her part", "at the talks", "at the meeting", "during the talks", "after the talks", "following the talks",
        "the visit", "the talks", "the meeting", "the two countries", "the two nations", "the two parties",
        "on this occasion", "on the occasion", "in addition", "additionally", "furthermore", "moreover",
        "first,", "second,", "third,", "fourth,", "fifth,", "sixth,", "finally,", "- ", "• ",
    ]

    static let storyReferences = [" the talks", " the meeting", " the visit", " the two leaders", " the two sides", " both sides", " their talks", " the summit"]

    /// Folded capitalised words, minus stopwords.
    func salient(_ s: String) -> Set<String> {
        var out = Set<String>()
        for raw in s.split(whereSeparator: { !($0.isLetter || $0 == "-" || $0 == "'" || $0 == "’") }) {
            guard let f = raw.first, f.isUppercase else { continue }
            let k = Fold.key(raw)
            if k.count < 2 || Coherence.stopwords.contains(k) { continue }
            out.insert(k)
        }
        return out
    }

    func markUnrelatedTail(_ strings: [String], title: String?, lead: Int, state: inout [Noise.Kind?]) {
        let live = strings.indices.filter { state[$0] == nil && $0 >= lead }
        guard live.count >= 3 else { return }
        // Profile: title, lead and the first half of the body.
        var profile = title.map(salient) ?? []
        var vocabulary = title.map(contentWords) ?? []
        let half = max(2, live.count / 2)
        for i in live.prefix(half) {
            profile.formUnion(salient(strings[i]))
            vocabulary.formUnion(contentWords(strings[i]))
        }
        for i in live.reversed() {
            if i == lead { break }
            if belongs(strings[i], profile: profile, vocabulary: vocabulary) { break }
            state[i] = .unrelatedTrailing
        }
    }

    /// Folded lower-case words of five letters or more: the paragraph's vocabulary.
    func contentWords(_ s: String) -> Set<String> {
        var out = Set<String>()
        for raw in s.split(whereSeparator: { !$0.isLetter }) where raw.count >= 5 {
            let k = Fold.key(raw)
            if !Coherence.stopwords.contains(k) { out.insert(k) }
        }
        return out
    }

    func belongs(_ s: String, profile: Set<String>, vocabulary: Set<String>) -> Bool {
        let lower = s.prefix(40).lowercased()
        if Coherence.anaphoric.contains(where: { lower.hasPrefix($0) }) { return true }
        // A paragraph that refers back to the story ("… joined the talks").
        let all = " " + s.lowercased()
        if Coherence.storyReferences.contains(where: { all.contains($0) }) { return true }
        let words = salient(s)
        if words.isEmpty {
            // No names: it belongs when it shares vocabulary with the story.
            return contentWords(s).intersection(vocabulary).count >= 2
        }
        var geo = Set<String>()
        var names = Set<String>()
        for w in words {
            if places.geoWords.contains(w) || places.place(named: w) != nil { geo.insert(w) } else { names.insert(w) }
        }
        if !names.isDisjoint(with: profile) { return true }
        if names.isEmpty && !geo.isEmpty && geo.isSubset(of: profile) { return true }
        return false
    }
}
