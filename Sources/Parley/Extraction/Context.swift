/// Reference data prepared for extraction: the gazetteer of people, places with
/// their demonyms as token hashes, and word lists.
public struct ExtractionContext: Sendable {
    /// People and titles.
    public var gazetteer: LeaderGazetteer
    /// Places.
    public var places: PlaceGazetteer
    /// Demonym hash → country code ("vietnamese" → VN).
    let demonyms: HashMap64<String>
    /// Two-word demonyms ("North Korean", "South African") by the combined hash of their words.
    let demonymPairs: HashMap64<String>
    /// The country of a demonym starting at token `k`, and how many tokens it takes:
    /// two-word ones first ("North Korean" is KP, where "Korean" alone is KR).
    func demonym(_ toks: [Token], at k: Int) -> (code: String, length: Int)? {
        guard k >= 0, k < toks.count else { return nil }
        if k + 1 < toks.count, let c = demonymPairs[Tokenizer.combine(toks[k].hash, toks[k + 1].hash)] { return (c, 2) }
        return demonyms[toks[k].hash].map { ($0, 1) }
    }

    /// Country-name hash → country code ("china" → CN, "vietnam" → VN).
    let countryWords: HashMap64<String>
    /// Two-word country names ("United States", "South Korea") by the combined hash of their words.
    let countryPairs: HashMap64<String>
    /// Hashes of words in country names and demonyms.
    let geoWords: HashSet64
    /// Words that never start or continue a person's name.
    let nameStop: HashSet64
    /// Honorifics that stand before a name and are no part of it ("Shri", "H.E. Mr", "Datuk Seri").
    let honorifics: HashSet64

    /// Creates a context.
    public init(gazetteer: LeaderGazetteer = .bundled, places: PlaceGazetteer = ReferenceData.bundled.places) {
        self.gazetteer = gazetteer
        self.places = places
        var demonyms = HashMap64<String>()
        var demonymPairs = HashMap64<String>()
        var countryWords = HashMap64<String>()
        var countryPairs = HashMap64<String>()
        var geo = HashSet64()
        for p in places.places where p.kind == .country {
            for d in p.demonyms {
                let words = Tokenizer.phrase(d)
                if words.count == 1 { demonyms[words[0]] = p.country }
                if words.count == 2 { demonymPairs[Tokenizer.combine(words[0], words[1])] = p.country }
            }
            for name in [p.name] + p.aliases {
                let ph = Tokenizer.phrase(name)
                if ph.count == 1, let h = ph.first { countryWords[h] = p.country }
                if ph.count == 2 { countryPairs[Tokenizer.combine(ph[0], ph[1])] = p.country }
            }
            for w in [p.name] + p.aliases + p.demonyms { for h in Tokenizer.phrase(w) { geo.insert(h) } }
        }
        self.demonyms = demonyms
        self.demonymPairs = demonymPairs
        self.countryWords = countryWords
        self.countryPairs = countryPairs
        self.geoWords = geo
        honorifics = Words.set([
            "mr", "mrs", "ms", "dr", "shri", "sri", "smt", "excellency", "datuk", "dato", "seri", "comrade", "respected",
            "honourable", "honorable", "hon", "his", "her", "majesty", "highness", "he", "h", "eminence", "holiness",
            "beatitude", "sayyid", "sayed", "syed", "seyed", "seyyed",
            // A Shia cleric's rank before his name: "Hojatoleslam Seyed Ebrahim Raisi".
            "hojatoleslam", "hojjatoleslam", "hojatolislam",
            // In copy from other languages: Swahili "Mhe." and "Dkt.", Zimbabwe's "Cde", Malaysia's
            // "Tun", Indonesian "Bapak" ("Pak Prabowo") and "Ibu", Thai "Khun", French "Monsieur",
            // Spanish "Sr.", Portuguese "Senhor".
            "mhe", "mheshimiwa", "dkt", "prof", "professor", "cde", "tun", "bapak", "pak", "ibu", "khun", "monsieur", "madame",
            "sr", "sra", "senhor", "senhora",
            // A rank written short before a name: "Gen. Yoweri Kaguta Museveni".
            "gen",
        ])
        nameStop = Words.set([
            "the", "of", "and", "in", "on", "at", "to", "for", "with", "by", "from", "a", "an", "his", "her", "their",
            "he", "she", "they", "it", "its", "who", "which", "that", "this", "said", "says", "state", "party", "central",
            "committee", "government", "people", "republic", "council", "ministry", "office", "national", "assembly",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "general", "secretary", "president", "minister", "prime", "premier", "chairman", "vice", "deputy",
            "foreign", "affairs", "cpv", "cpc", "un", "eu", "asean", "also", "held", "met", "talks",
            // Headline verbs glued to a name in title case ("Premier Li Meets …", "Mishustin Hold Meeting").
            "meet", "meets", "meeting", "hold", "holds", "holding", "host", "hosts", "hosted", "receive", "receives",
            "received", "visit", "visits", "visited", "welcome", "welcomes", "welcomed", "sign", "signs", "signed",
            "agree", "agrees", "agreed", "discuss", "discusses", "discussed", "call", "calls", "called", "urge",
            "urges", "urged", "vow", "vows", "vowed", "pledge", "pledges", "pledged", "thank", "thanks", "thanked",
            "hail", "hails", "hailed", "say", "tell", "tells", "told", "arrive", "arrives", "arrived", "leave",
            "leaves", "left", "to", "will", "after", "amid", "ahead", "before", "over", "as",
        ])
    }

    /// The context over the bundled data.
    public static let bundled = ExtractionContext()
}
