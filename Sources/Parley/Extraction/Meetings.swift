/// Finds a report's principal meeting: the first sentence near the top that
/// tells people meeting, with its participants, date, place, kind and occasion;
/// then the secondary events of the same visit (banquet, reception, tea).
struct MeetingFinder {
    let doc: Document
    let people: People
    let context: ExtractionContext

    static let talks = Tokenizer.hash("talks"), talk = Tokenizer.hash("talk")
    static let predicates = Words.set([
        "talks", "met", "meet", "meets", "meeting", "received", "receives", "receive", "hosted", "hosts", "host",
        "call", "phoned", "conversation", "summit", "spoke", "videoconference", "conferred", "held", "holds",
        "convened", "discussions", "negotiations", "sat", "huddled", "meetings", "calls", "conversations", "summits",
        "dined", "dines", "discussion", "telephoned", "phones",
        // "the 65th Ordinary Session of the Authority held in Abuja".
        "session", "sessions",
    ])
    static let strongPredicates = Words.set([
        "talks", "met", "meet", "meets", "meeting", "received", "receives", "receive", "call", "phoned", "conversation", "summit",
        "videoconference", "conferred", "convened", "discussions", "negotiations", "huddled", "conversations", "summits",
        "dined", "dines", "discussion", "telephoned",
    ])
    /// "an exchange of views", "exchanged views": what a meeting is in a release.
    static let viewsPhrases = [Tokenizer.phrase("exchange of views"), Tokenizer.phrase("exchanged views")]
    /// "sat down to dinner with", "sit down for talks": a meeting told without a meeting word.
    static let sitDown = [Tokenizer.phrase("sat down"), Tokenizer.phrase("sit down"), Tokenizer.phrase("sits down")]
    /// "speaking at a joint press conference with Chinese Premier Li Keqiang": an appearance
    /// together that tells the two met.
    static let jointAppearances = [Tokenizer.phrase("joint press conference with"), Tokenizer.phrase("joint news conference with"),
                                   Tokenizer.phrase("joint press briefing with")]
    static let phone = Words.set(["phone", "telephone", "phoned", "telephoned", "call"])
    static let video = Words.set(["video", "videoconference", "virtual", "online", "videolink"])
    static let summitWord = Tokenizer.hash("summit")
    static let inWord = Tokenizer.hash("in"), insideWord = Tokenizer.hash("inside")
    static let toWord = Tokenizer.hash("to"), beWord = Tokenizer.hash("be")
    static let welcomeVerbs = Words.set(["welcomed", "welcomes", "welcoming", "welcome"])
    static let ahead = Tokenizer.hash("ahead"), before = Tokenizer.hash("before")
    static let visiting = Tokenizer.hash("visiting"), visitedWord = Tokenizer.hash("visited")
    /// The auxiliaries of the present perfect: "has visited".
    static let perfectWords = Words.set(["has", "have"])
    /// Words that join a building's name to where it stands: "the Capella Hotel on Sentosa Island".
    static let venueLinks = Words.set(["on", "of", "in"])
    /// Words of a day or a time of day between a verb and its object ("on Saturday morning").
    static let timeWords = Words.set(["on", "this", "last", "early", "late", "in", "the", "morning", "afternoon", "evening", "night", "day", "today", "yesterday"])
    static let travelVerbs = Words.set(["travelled", "traveled", "flew", "went", "came", "headed", "journeyed", "travels", "flies", "drove", "driven"])
    /// Nouns of a visit: "his visit to the White House" gives the venue's city (a country or a
    /// city after them may be another visit's: "Xi's recent state visit to Viet Nam").
    static let visitNouns = Words.set(["visit", "trip"])
    /// Words that may stand between "welcome" and "to" beside the guest's name and office:
    /// "welcome my good friend, Prime Minister X, and his delegation to Canberra", "welcome X back to …".
    static let guestWords = Words.set(["my", "our", "good", "dear", "old", "friend", "friends", "delegation", "wife", "husband",
                                       "spouse", "entourage", "colleague", "brother", "sister", "excellency", "back",
                                       // "it is my great pleasure to welcome you to Australia".
                                       "you", "him", "her", "them"])
    static let hostingVerbs = Words.set(["welcomed", "welcomes", "received", "receives", "hosted", "hosts"])
    static let atWord = Tokenizer.hash("at")
    static let ofWord = Tokenizer.hash("of")
    static let nextDay = Tokenizer.phrase("the next day")
    static let followingDay = Tokenizer.phrase("the following day")
    static let settlementWords = Words.set(["city", "capital", "town", "resort", "port", "village", "metropolis", "hub"])
    static let presidentialWord = Tokenizer.hash("presidential")
    static let seatWords = Words.set(["palace", "complex", "residence"])
    static let governmentWord = Tokenizer.hash("government")
    static let governmentSeats = Words.set(["house", "palace"])
    /// Whether a sentence opens on the act told just above, to tell its setting: "The signing took
    /// place during …", "The agreement was signed at a summit hosted by …".
    static func setsActAbove(_ toks: [Token]) -> Bool {
        toks.count > 3 && toks[0].hash == People.the && actNouns.contains(toks[1].hash)
    }
    /// Nouns of an act two leaders perform together.
    static let actNouns = Words.set(["signing", "agreement", "memorandum", "deal", "accord", "declaration", "mou"])

    /// Words that place a venue by a city ("the air base outside Linköping").
    static let besideWords = Words.set(["outside", "near"])
    /// Common nouns of a venue named before the city it stands by ("Malmen air base").
    static let venueNouns = Words.set(["air", "base", "airbase", "airport", "naval", "military", "residence", "estate", "palace",
                                       "resort", "retreat", "villa", "castle", "lodge", "hotel", "summer", "country", "state", "presidential"])
    static let capitalWord = Tokenizer.hash("capital")
    /// Words that may follow a place at the end of its noun phrase ("in the Kazakh capital on Thursday").
    static let afterPlaceWords = Words.set(["on", "for", "where", "and", "to", "with", "at", "last", "this", "earlier", "during", "after",
                                            "before", "in", "as", "which", "that", "while", "when", "amid", "since", "yesterday", "today",
                                            "tomorrow", "late", "early", "over", "ahead", "following", "recently", "was", "were", "is", "has", "had"])
    static let subordinate = Words.set(["after", "since", "before", "following", "ahead", "when", "while", "during", "last", "previous", "earlier"])
    static let eventNouns: [(phrase: [UInt64], kind: String)] = [
        ("state banquet", "banquet"), ("state dinner", "banquet"), ("official dinner", "banquet"),
        // ("dinner of state": a translation that keeps its language's word order, "dîner d'État".)
        ("dinner of state", "banquet"), ("banquet of state", "banquet"), ("banquet", "banquet"), ("gala dinner", "banquet"), ("tea party", "tea"), ("over tea", "tea"),
        ("tea", "tea"), ("reception", "reception"), ("luncheon", "lunch"), ("lunch", "lunch"), ("dinner", "dinner"),
        ("welcome ceremony", "welcome ceremony"), ("welcoming ceremony", "welcome ceremony"),
        ("official welcome ceremony", "welcome ceremony"),
        // "where an official reception ceremony was held for the visiting president": the welcome.
        ("reception ceremony", "welcome ceremony"), ("press conference", "press conference"),
        ("joint press", "press conference"), ("wreath", "wreath-laying"),
    ].map { (Tokenizer.phrase($0.0), $0.1) }
    static let eventVerbs = Words.set([
        "hosted", "hosts", "host", "held", "holds", "treated", "attended", "attend", "gave", "give", "offered",
        "joined", "had", "took", "laid", "chaired", "met", "over", "during", "at", "followed", "enjoyed",
        "shared", "ended", "wrapped",
    ])
    /// Whether a sentence tells of the two met without naming them: it opens with "They", or
    /// says "the two leaders", "both presidents", "the leaders" ("The spokesman said the two
    /// leaders held a closed-door session").
    static func namesPair(_ toks: [Token]) -> Bool {
        if toks.first?.hash == H.they { return true }
        for k in toks.indices where toks[k].hash == People.the || toks[k].hash == H.both {
            var n = k + 1
            if n < toks.count, toks[n].hash == H.two { n += 1 }
            if n < toks.count, pairNouns.contains(toks[n].hash) { return true }
        }
        return false
    }

    /// How many days before the day told the meeting was, when a clause after token `from`
    /// says so ("…, a day after the two leaders spoke by telephone", "two days after their
    /// talks in Rome"), and where that clause starts; `nil` when none does. `namesPair` may
    /// accept a clause, given where it starts, that names the pair another way.
    static func daysAfterMeeting(_ toks: [Token], from: Int, namesPair named: (Int) -> Bool = { _ in false }) -> (Int, Int)? {
        var k = from
        while k + 2 < toks.count {
            // (Only when what comes before tells no meeting of its own, "Xi hosted Macron in Guangzhou
            // on Friday, a day after the two leaders held formal talks in Beijing", and the clause
            // is the pair's: "the two leaders", "their call".)
            if let n = spanCounts[toks[k].hash], toks[k + 1].hash == dayWord || toks[k + 1].hash == daysWord, toks[k + 2].hash == afterWord,
               !toks[..<k].contains(where: { formalMeetingWords.contains($0.hash) || hostingVerbs.contains($0.hash) && $0.hash != welcomedWord }) {
                let clause = Array(toks[(k + 3)..<min(toks.count, k + 10)])
                if clause.contains(where: { MeetingFinder.meetingWords.contains($0.hash) || spokeWords.contains($0.hash) })
                    && (namesPair(clause) || clause.prefix(2).contains(where: { $0.hash == theirWord })) || named(k) {
                    return (n, k)
                }
            }
            k += 1
        }
        return nil
    }
    /// ``daysAfterMeeting(_:from:namesPair:)`` for sentence `s`, where the clause may also name
    /// the pair itself, with no one named before it: "Colombo said on Saturday, a day after
    /// President X held talks with Indian Prime Minister Y in New Delhi".
    func daysAfterMeeting(_ s: Int, from: Int) -> (Int, Int)? {
        let toks = doc.tokens[s]
        return MeetingFinder.daysAfterMeeting(toks, from: from) { k in
            let end = min(toks.count, k + 16)
            return (k + 3..<end).contains { MeetingFinder.strongPredicates.contains(toks[$0].hash) || MeetingFinder.spokeWords.contains(toks[$0].hash) }
                && !people.mentions[s].contains { $0.token < k }
                && Set(people.mentions[s].filter { $0.token > k + 2 && $0.token < end }.map(\.person)).count >= 2
        }
    }
    static let spanCounts = Words.map([("a", 1), ("one", 1), ("the", 1), ("two", 2), ("three", 3)])
    static let dayWord = Tokenizer.hash("day"), daysWord = Tokenizer.hash("days")
    static let theirWord = Tokenizer.hash("their"), welcomedWord = Tokenizer.hash("welcomed")
    static let spokeWords = Words.set(["spoke", "talked", "conversation", "call", "phoned"])

    /// Whether the pair meets from token `k`: "the two met", "the two leaders held talks", "they met".
    static func pairMeetsFrom(_ toks: [Token], _ k: Int) -> Bool {
        guard k < toks.count else { return false }
        let head = Array(toks[k..<min(toks.count, k + 3)])
        guard toks[k].hash == H.they || (toks[k].hash == People.the && head.count >= 2 && head[1].hash == H.two) else { return false }
        return (k + 1..<min(toks.count, k + 5)).contains { strongPredicates.contains(toks[$0].hash) }
    }

    static let airportWords = Words.set(["airport", "airbase", "tarmac", "terminal"])

    static let pairNouns = Words.set(["leaders", "presidents", "heads", "premiers", "men", "statesmen", "sides"])

    /// Words before "in PLACE" that make it where someone speaks from or lives.
    static let notMeetingBefore = Words.set([
        "sources", "source", "officials", "official", "diplomats", "diplomat", "analysts", "observers", "spokesman",
        "spokeswoman", "spokesperson", "correspondent", "reporters", "journalists", "living", "live", "lives", "lived",
        "based", "born", "residing", "resident", "residents", "stranded", "detained", "arrested", "jailed", "imprisoned", "studying", "working", "nationals", "citizens",
        "centred", "centered", "epicentre", "epicenter", "struck", "hit", "killed", "died", "injured",
        "workers", "migrants", "immigrants", "expatriates", "diaspora", "community", "communities", "refugees",
        "students", "companies", "firms", "businesses", "population",
        // "against the socialist government in Caracas": a government named by its seat.
        "government", "regime", "authorities", "leadership", "junta", "rulers", "administration",
    ])
    /// Verbs after "in PLACE" that make it the place of a statement ("officials in Paris said").
    static let speechVerbs = Words.set(["said", "say", "says", "told", "added", "noted", "reported", "confirmed", "announced", "stated"])
    /// Nouns after which "in COUNTRY" says what happens there, not where leaders meet.
    static let notPlaceNouns = Words.set([
        "war", "wars", "fighting", "conflict", "conflicts", "crisis", "situation", "peace", "invasion", "aggression",
        "violence", "unrest", "operation", "operations", "offensive", "ceasefire", "settlement", "election", "elections",
        "investment", "investments", "projects", "interests", "presence", "troops", "forces", "crimes", "casualties",
        "stability", "security", "developments", "events", "interference", "involvement", "role",
        // "a cease-fire in Gaza": the hyphen splits the word.
        "fire", "truce", "armistice", "reconstruction", "aid",
        // "the BYD car plant in Szeged": where something is built.
        "plant", "plants", "factory", "factories", "refinery",
        // "the deployment of a U.S. missile defense system in South Korea": what is based there.
        "deployment", "system", "systems", "battery", "batteries", "missiles",
    ])

    /// Nouns of harm or of public feeling after which "in CITY" is what happens there or who
    /// feels it: "the catastrophe in Gaza", "to ease doubts in Seoul", "growing calls in Seoul".
    static let plightNouns = Words.set([
        "catastrophe", "starvation", "famine", "hunger", "attack", "attacks", "bombing", "bombings", "strikes", "airstrikes",
        "hostilities", "siege", "tensions", "protests", "killings", "massacre", "shelling", "bloodshed", "suffering", "destruction",
        "doubts", "calls", "fears", "concerns", "worries", "anxiety", "anger", "outrage", "frustration", "criticism", "debate",
        "scepticism", "skepticism", "unease", "alarm", "dismay", "resentment", "speculation", "demands",
        "tragedy", "tragedies", "disaster", "plight", "genocide", "devastation", "misery", "atrocities", "carnage",
        "escalation", "escalations",
    ])

    /// Events a report may be about instead of the talks; each is a meeting of its own kind.
    /// A welcome ceremony opens the talks of the same day and is told as part of them.
    static let separateEvents: Set<String> = ["banquet", "reception", "tea", "lunch"]
    static let mealKinds: Set<String> = ["banquet", "reception", "tea", "lunch", "dinner"]
    /// A word or two exchanged, not talks: "a conversation at a dinner".
    static let overWord = Tokenizer.hash("over")
    static let exchangeWords = Words.set(["conversation", "chat", "talk", "encounter", "exchange", "spoke", "chatted"])
    static let formalMeetingWords = Words.set(["talks", "meeting", "meetings", "met", "meet", "meets", "summit", "negotiations", "discussions"])
    /// Words that tell talks or a meeting.
    static let meetingWords = Words.set(["talks", "talk", "met", "meet", "meets", "meeting", "meetings", "summit", "discussions",
                                         "discussed", "negotiations", "conversation", "conversations", "conferred"])
    static let backgroundCues = Words.set(["last", "previous", "previously", "ago", "earlier", "past", "former", "invited", "invite", "will", "would", "next", "upcoming", "since", "ahead"])
    /// Whether token `k` opens a background clause: one of ``backgroundCues``, but not the noun
    /// "will" ("reaffirmed his will for denuclearization", "political will").
    static func isBackgroundCue(_ toks: [Token], _ k: Int) -> Bool {
        let h = toks[k].hash
        guard backgroundCues.contains(h) else { return false }
        if h == willWord, isNoun(toks, k) { return false }
        // "would go ahead with the purchase": a word of what was decided, not of a later event.
        if h == ahead, k + 1 == toks.count || toks[k + 1].hash != ofWord { return false }
        // "the previous afternoon", "the previous day": a day told relative to another, not history.
        if h == previousWord, k + 1 < toks.count, relativeDayWords.contains(toks[k + 1].hash) { return false }
        // "their surprise summit held a day earlier at …": a day counted back, not history.
        if h == earlierWord, k > 0, dayCountNouns.contains(toks[k - 1].hash) { return false }
        // "a previously undisclosed conversation": what was not known, not what came before.
        if k + 1 < toks.count, undisclosedWords.contains(toks[k + 1].hash) { return false }
        return true
    }
    /// Whether the background cue at token `k` is a "will" of what is to come.
    static func isFutureCue(_ toks: [Token], _ k: Int) -> Bool {
        k < toks.count && toks[k].hash == willWord
    }
    static let dayCountNouns = Words.set(["day", "days", "hour", "hours"])
    static let undisclosedWords = Words.set(["undisclosed", "unannounced", "unreported", "unscheduled", "unpublicized", "unpublicised"])
    /// Whether the word at token `k` ("will") is a noun: after a determiner or "political".
    static func isNoun(_ toks: [Token], _ k: Int) -> Bool {
        k > 0 && (People.determiners.contains(toks[k - 1].hash) || toks[k - 1].hash == politicalWord)
    }
    static let willWord = Tokenizer.hash("will"), politicalWord = Tokenizer.hash("political"), previousWord = Tokenizer.hash("previous")
    static let relativeDayWords = Words.set(["day", "morning", "afternoon", "evening", "night"])
    /// Words of a guest's arrival: the welcome at the airport is not the talks.
    static let arrivalWords = Words.set(["airport", "arrived", "arrival", "landed", "tarmac", "airbase"])
    static let pastParticiples = Words.set(["held", "met", "hosted", "visited", "spoken", "talked", "signed", "received"])

    /// Whether sentence `s` tells an earlier meeting in the past perfect: "Lee and Ishiba had
    /// held a separate summit in Seoul on Monday".
    /// Only a "had" before token `before` counts (a clause after the day, "… on Saturday,
    /// saying the two had reached an understanding", is reported speech).
    func toldInPastPerfect(_ s: Int, before: Int = Int.max) -> Bool {
        let toks = doc.tokens[s]
        guard toks.count > 1 else { return false }
        // "had held", "had reportedly departed": "had", perhaps an adverb, then a participle.
        return (0..<min(before, toks.count - 1)).contains { k in
            toks[k].hash == H.had && (k + 1...min(k + 2, toks.count - 1)).contains { j in
                MeetingFinder.pastParticiples.contains(toks[j].hash) || (j == k + 2 && doc.text(toks[j].start..<toks[j].end).hasSuffix("ed")
                    && doc.text(toks[k + 1].start..<toks[k + 1].end).hasSuffix("ly"))
                    || (j == k + 1 && doc.text(toks[j].start..<toks[j].end).hasSuffix("ed"))
            }
        }
    }

    /// Verbs of two people acting together: a lead that names both and one of these tells
    /// a meeting even without "talks" or "met" ("A and B agreed on Wednesday to …").
    static let jointVerbs = Words.set([
        "agreed", "agree", "pledged", "vowed", "signed", "discussed", "witnessed", "reaffirmed", "committed",
        "welcomed", "hailed", "launched", "inaugurated", "announced",
        // "President X accompanied President Y on a visit to Magelang", "toured the temple".
        "accompanied", "toured",
    ])

    /// The index of the principal meeting sentence: the first of the top sentences that
    /// tells a meeting and names two people. Failing that, the earliest that tells a
    /// meeting of two countries' leaders without naming them ("The leaders of Spain and
    /// Brazil met …", the leaders named elsewhere) or names two people acting together;
    /// then one that tells a meeting and names one person.
    func leadSentence() -> Int? {
        // The first eight sentences with words in them: a scraped page's menu lines count for nothing.
        var substantive = 0
        var limit = 0
        while limit < doc.sentences.count, substantive < 8, limit < 200 {
            if doc.tokens[limit].count >= 4 { substantive += 1 }
            limit += 1
        }
        var strong: Int?, fallback: Int?, pair: Int?, earlier: Int?, mixed: Int?, leaderPair: Int?, officials: Int?, ofCountries: Int?
        // The last sentence that names one person: a host, perhaps, of the guests named below.
        var hostOnly: Int?
        // The first sentence that tells a summit with one person named in it.
        var summitOfOne: Int?
        // The first sentence in which the author tells meeting one leader it names: "Today I met
        // with Prime Minister X on the margins of the summit".
        var firstPerson: Int?
        for s in 0..<limit {
            let toks = doc.tokens[s]
            // "… met in Vladivostok in 2019": a caption or a recollection of another meeting.
            // ("Earlier in the day, Trump and Moon held talks at the Blue House": below the story's
            // opening, an event before the one told.)
            // (Nor, below the opening, a sentence in the past perfect: "Zelenskiy had visited Sweden on
            // Saturday, where he held talks with …" under a story of Sunday's event. Not what someone
            // said: "Trump said Modi had raised it when the two met".)
            // ("… when the two met at the Planalto Palace on January 16", in a report of 7 June: a
            // month and day over a month before publication.)
            // (Not a day in a clause of history after the meeting told: "… held their meeting on
            // Friday, the first … since the fall of the government in August last year".)
            let history = sinceCut(s)
            if inBareYear(s, before: backgroundCut(s)) || inOtherMonth(s)
                || DateResolver.mentions(doc, s).contains(where: {
                    $0.token < history && (Extractor.farFrom(doc.report.published, $0) || Extractor.monthDayFarBefore(doc.report.published, $0))
                })
                || ((MeetingFinder.opensWithEarlier(toks) || MeetingFinder.opensWithPastEvent(toks) || earlierPeriodOfSentence(s, before: history)
                     || toldInPastPerfect(s, before: toks.firstIndex { MeetingFinder.strongPredicates.contains($0.hash) || MeetingFinder.speechVerbs.contains($0.hash) } ?? toks.count))
                    && substantiveBefore(s)) {
                if earlier == nil, people.peopleWithSubject(in: s).count >= 2 { earlier = s }
                continue
            }
            // A meeting word only in a clause of a later event ("… pledge to open a new chapter
            // ahead of Lee's Trump meeting") tells that event, not this one.
            // (Nor in a clause about the leg before: "arrived … from Accra, where she held talks with
            // Ghana's President on Monday".)
            // (Nor in what a visit follows: "The visit, which will take place in Pretoria, follows the
            // summit hosted by President X in Paris on 18 May".)
            let later = min(laterEventStart(s) ?? toks.count, MeetingFinder.previousLegCut(toks),
                            MeetingFinder.followsAt(toks) ?? toks.count)
            // "Kishida was to host Yoon for dinner", "is scheduled to meet": a plan, not the meeting told;
            // "After the talks, …": the talks told elsewhere, and what came after them.
            // ("Moon, who has held three summits this year with Kim Jong Un, is on a European tour":
            // a meeting word in a clause about someone named tells their past, not this meeting.)
            let aside = asideClauses(s)
            let hasPredicate = toks[..<later].indices.contains { k in
                MeetingFinder.strongPredicates.contains(toks[k].hash) && !planned(s, k) && !MeetingFinder.followsOn(toks, k)
                    && !aside.contains { $0.contains(k) }
            }
                || toks.indices.contains { k in
                    (MeetingFinder.sitDown.contains { $0.count <= toks.count - k && Tokenizer.matches($0, toks, at: k) }
                        || MeetingFinder.jointAppearances.contains { $0.count <= toks.count - k && Tokenizer.matches($0, toks, at: k) })
                        && !planned(s, k)
                }
                // "President Joko and I had a frank and in-depth exchange of views": a meeting told
                // by what was exchanged, with someone named beside the first person.
                || (withFirstPerson(s) && toks.indices.contains { k in
                    MeetingFinder.viewsPhrases.contains { $0.count <= toks.count - k && Tokenizer.matches($0, toks, at: k) }
                })
                // ("The signing ceremony, held at the palace, …": "held" needs a meeting word of its own;
                // "had been scheduled to meet" is a plan.)
                // (Not in a clause of a later event: "… is due to meet the King before joining
                // leaders for a summit hosted by Starmer".)
                || (toks[..<later].contains { $0.hash == H.hosted || $0.hash == H.had }
                    && toks[..<later].indices.contains { k in MeetingFinder.predicates.contains(toks[k].hash) && !planned(s, k) && !aside.contains { $0.contains(k) } })
                || (toks[..<later].contains { $0.hash == H.held }
                    && toks[..<later].indices.contains { k in
                        MeetingFinder.predicates.contains(toks[k].hash) && toks[k].hash != H.held && !planned(s, k) && !aside.contains { $0.contains(k) }
                    })
                // "… spoke by telephone for about an hour on Friday": a call told by its verb.
                || toks[..<later].indices.contains { MeetingFinder.spokeByPhone(toks, at: $0) && !planned(s, $0) }
                // "Field Marshal X called on the President … at the White House": a courtesy call.
                || toks[..<later].indices.contains { callsOn(s, at: $0) && !planned(s, $0) }
                // "Japanese Prime Minister X and Malaysian Prime Minister Y agreed on Tuesday to …".
                || pairActsOnADay(s)
                // "Putin attended a state banquet given in his honour by President Murmu".
                || toks[..<later].indices.contains { MeetingFinder.attendsEvent(toks, at: $0) && !planned(s, $0) }
                // "President Joko Widodo welcome Prime Minister of Singapore Lee Hsien Loong at Palace
                // Bogor, Monday (29/4/2024) morning", "X welcomed Y to the White House today": a
                // leader welcoming a person named to a place.
                || toks[..<later].indices.contains { k in
                    MeetingFinder.welcomeVerbs.contains(toks[k].hash) && !planned(s, k)
                        // (Not the passive, "was welcomed by the Crown Prince with an official
                        // ceremony at the palace": the guest's welcome, before the talks.)
                        && !(k > 0 && (MeetingFinder.beWords.contains(toks[k - 1].hash) || MeetingFinder.passiveAuxiliaries.contains(toks[k - 1].hash)))
                        && !(k + 1 < toks.count && toks[k + 1].hash == Extractor.byWord)
                        && people.mentions[s].contains { $0.token < k } && people.mentions[s].contains { $0.token > k && $0.token - k <= 8 }
                        && (k + 2..<max(k + 2, min(toks.count - 1, k + 20))).contains { j in
                            (toks[j].hash == MeetingFinder.atWord || toks[j].hash == MeetingFinder.toWord)
                                && (toks[j + 1].capitalized || toks[j + 1].hash == People.the && j + 2 < toks.count && toks[j + 2].capitalized)
                        }
                }
                // "Macri became the first foreign leader to make an official visit to Brazil's new
                // president Jair Bolsonaro": a visit paid to a person named.
                || toks[..<later].indices.contains { k in
                    MeetingFinder.visitNouns.contains(toks[k].hash) && k + 1 < toks.count && toks[k + 1].hash == MeetingFinder.toWord
                        && people.mentions[s].contains { $0.token > k + 1 && $0.token - k <= 9 } && !planned(s, k)
                        && !MeetingFinder.tripBehind(toks, to: k + 1)
                }
                // "Kiir on Thursday attended the official launch of the Tumaini Initiative": one leader
                // at a gathering another hosts. (Two named attending it, "Lula and Macron attended the
                // launch of the submarine", tell an event of their visit, not their talks.)
                || (people.people(in: s).count == 1
                    && toks[..<later].indices.contains { MeetingFinder.attendsGathering(toks, at: $0) && !planned(s, $0) })
            // "… met at Chequers, a day after Trump was feted by King Charles at Windsor": people
            // named only in a clause of an earlier event are not this meeting's.
            // ("… a step he said he had discussed with Egyptian President Sisi by phone": a call
            // recalled in the past perfect is such a clause too.)
            // ("… welcomed the decision on Friday, a day after the two leaders spoke by telephone":
            // a clause that dates the story's meeting from the day told, not an earlier event.)
            let toldBefore = daysAfterMeeting(s, from: 0)
            let earlierClause = toldBefore != nil ? nil
                : toks.indices.first { MeetingFinder.opensEarlierEvent(toks, $0) || recalledCall(toks, at: $0, sentence: s) }
            // Nor are people named only in a clause of a later event ("… before he heads to
            // Uzbekistan for a summit where he is expected to meet Putin").
            // (A sentence that opens with that clause goes on with its own after the comma:
            // "Shortly after arriving on Monday, the pope was welcomed by President X".)
            var earlierSpan = (earlierClause ?? toks.count)..<toks.count
            // ("Yesterday, barely two days after being sworn in for a second term, X was standing …":
            // the clause ends at the comma before anyone is named.)
            if let e = earlierClause, let comma = (e + 1..<toks.count).first(where: { doc.gap(s, before: $0, contains: UInt8(ascii: ",")) }),
               e <= 2 || !people.mentions[s].contains(where: { $0.token < comma }) {
                earlierSpan = e..<comma
            }
            let inOwnClause = { (k: Int) in k < later && !earlierSpan.contains(k) }
            // Nor someone named only as the owner of something else ("members of Trump's cabinet").
            let named = people.peopleWithSubject(in: s).filter { p in
                eligible(p, on: nil) && (earlierClause == nil && later == toks.count || people.mentions[s].contains { $0.person == p && inOwnClause($0.token) }
                                         || people.objects[s] == p && people.objectTokens[s].map(inOwnClause) == true)
                    && !(people.mentions[s].contains { $0.person == p } && people.mentions[s].allSatisfy { $0.person != p || possessiveOfOther(s, $0) }
                         && !(toldBefore.map { MeetingFinder.namesPair(Array(toks[$0.1...])) } ?? false))
            }
            // A host's gathering above the sentence that names its guests is the lead.
            if named.count >= 2, let f = hostOnly, s - f <= 2, guestsBelow(f) == s { return f }
            // So is a summit one leader attends, above "A, B and C were among the leaders who
            // addressed the meeting".
            if named.count >= 2, let f = summitOfOne, s - f <= 8,
               tookPartInTheGathering(s).map({ k in people.mentions[s].allSatisfy { $0.token < k } }) ?? (attendedBy(s) != nil) { return f }
            // "The Authority … held an Extraordinary Session in Abuja under the Chairmanship of X",
            // then "The Summit was attended by the following Heads of State:" over a list, a leader
            // a line: the session told above the list is the lead.
            if named.isEmpty, let f = hostOnly, s - f <= 4, attendedBy(s) != nil, opensList(s),
               doc.tokens[f].contains(where: { MeetingFinder.predicates.contains($0.hash) }) { return f }
            if named.count == 1 {
                hostOnly = s
                if summitOfOne == nil, toks.indices.contains(where: { toks[$0].hash == MeetingFinder.summitWord && !planned(s, $0) }),
                   kind(lead: s) == "summit" { summitOfOne = s }
            }
            // Ministers alone ("… Minister X and Minister Y signed …") rank after a sentence of
            // a leader received by an office.
            if named.count >= 2, named.allSatisfy({ official($0) }) {
                if officials == nil { officials = s }
                continue
            }
            // A sentence that tells the meeting only as a plan tells no meeting held.
            if !hasPredicate, toks[..<later].indices.contains(where: { MeetingFinder.strongPredicates.contains(toks[$0].hash) && planned(s, $0) }) {
                continue
            }
            if hasPredicate, named.count == 1, firstPerson == nil, let p = named.first, leads(p), meetsInFirstPerson(s) { firstPerson = s }
            if hasPredicate {
                // A guest welcomed on arrival by an official ("received at the airport by the
                // Cabinet Secretary") gives way to a sentence of two leaders, the talks themselves.
                // "The two leaders held talks after King Salman and Xi signed …": a pair told as the
                // subject, with the people named only in a clause of another event, is the pair of
                // the sentence just above.
                if named.count >= 2, MeetingFinder.namesPair(Array(toks.prefix(4))),
                   let opener = toks.indices.first(where: { $0 > 2 && MeetingFinder.clauseOpeners.contains(toks[$0].hash) }),
                   people.mentions[s].allSatisfy({ $0.token > opener }),
                   let p = [strong, leaderPair].lazy.compactMap({ $0 }).first(where: { s - $0 <= 2 }) { return p }
                if named.count >= 2 {
                    // "Today I met with Prime Minister X …", then "Yesterday I met with President Y
                    // here, and earlier in my visit I met the President of Z": the author's meeting
                    // told first is the release's.
                    if let f = firstPerson { return f }
                    let leaders = named.filter { leads($0) }.count
                    // (Not an arrival told only in a clause after the main one: "X received Y at the
                    // palace, following the welcome ceremony at the airport".)
                    let main = toks[..<mainClauseEnd(s)]
                    let arrival = main.contains { MeetingFinder.arrivalWords.contains($0.hash) }
                    // An earlier sentence that tells the meeting of the countries' leaders without
                    // naming them ("The presidents of Iran, Russia and Turkey met …") is the lead.
                    // (Nor does a greeting at the airport, whoever greets: "arrived in Cairo and was
                    // received at the airport by Prime Minister X".)
                    let atAirport = arrival && main.contains { MeetingFinder.airportWords.contains($0.hash) }
                        && !toks.contains { MeetingFinder.meetingWords.contains($0.hash) }
                    // (A sentence of a banquet or a reception gives way to an earlier one naming the pair's
                    // talks: "… signed at the villa, after talks between X and Prime Minister Y", then
                    // "X was welcomed on Friday …, where President Z hosted a state banquet".)
                    // (Nor does a sentence below one that already told the same pair's talks: "Putin and
                    // Maduro have signed a treaty following their talks in the Kremlin", then "Opening
                    // the talks, Putin warmly welcomed the Venezuelan leader".)
                    // "The President of the Republic receives the President of the European Commission and
                    // the President of the Spanish Government", then "The President of the Republic, Mr X,
                    // received … Mrs Y and Mr Z": a sentence naming people by their countries alone gives
                    // way to the one just below that names them, and more, by name.
                    if let c = ofCountries, s - c <= 2, Set(named).isStrictSuperset(of: countryLeaders(c)) { return s }
                    if let p = [strong, leaderPair].compactMap({ $0 }).min(),
                       namesTalksOfPair(p) && tellsSeparateEventOnly(s) || tellsTalksOfSame(p, as: named) { return p }
                    // "President X began his visit in Chandigarh on 24 January, where he was received by
                    // Prime Minister Y", then "On 25 January the two leaders held talks in New Delhi":
                    // the visit's first stop gives way to the talks told just after it.
                    // "The King received President X at Buckingham Palace on Wednesday …", then "After
                    // leaving the Palace, X travelled with Y to Dorset …": an office hosting the guest
                    // above a sentence of what came after is the lead.
                    if let f = fallback, f < s, MeetingFinder.opensWithLater(toks), officeOnly(f) != nil { return f }
                    // "… granted an Audience to the Prime Minister of India", then "The Prime Minister
                    // also held bilateral talks with …": another event of the visit, below the pair above.
                    if let p = [strong, leaderPair, pair].compactMap({ $0 }).min(), p < s, MeetingFinder.alsoBeforePredicate(toks) { return p }
                    // "Trump met several world leaders in New York on Wednesday, including X": a round
                    // of meetings, below a sentence of the pair the story is about.
                    if MeetingFinder.tellsRound(toks), let p = [strong, leaderPair, pair].compactMap({ $0 }).min() { return p }
                    // "Yoon flew to Singapore on Tuesday morning for a summit with Prime Minister Wong",
                    // below "Yoon and Marcos upgraded … on Monday": the guest's next leg, below the
                    // pair the story is about.
                    if let p = [strong, leaderPair].compactMap({ $0 }).min(), p < s, MeetingFinder.travelsFirst(toks),
                       Set(named) != Set(leadPeople(p)) { return p }
                    if startsVisit(s), let t = (s + 1..<min(s + 3, doc.sentences.count)).first(where: { talksOfPair($0, named) }) { return t }
                    // "Kagame and Museveni on Wednesday signed a Memorandum of Understanding in Luanda", then
                    // "The signing took place during a quadripartite summit convened by …": the act above
                    // is the lead, the sentence below its setting.
                    if let p = strong, p < s, s - p <= 2, MeetingFinder.setsActAbove(toks) { return p }

                    if let t = invitedPairTalks(after: s) { return t }
                    guard arrival, leaders == 1 || atAirport, named.allSatisfy({ leads($0) || official($0) }) else { return ofCountries ?? s }
                    if mixed == nil { mixed = s }
                    continue
                }
                // "Putin on Thursday thanked Xi …", then "The two leaders met on the sidelines …":
                // the sentence just before that names the pair (and often the day) is the lead.
                // (Or names one of them: "Macron … was received at the palace before the two men held talks".
                // A pair named doing something together, "… as Wong and Modi witnessed the signing",
                // comes before a pair named only side by side.)
                if named.count <= 1, MeetingFinder.namesPair(toks),
                   let p = [strong, leaderPair].lazy.compactMap({ $0 }).first(where: { s - $0 <= 2 }) { return p }
                // (Not countries named in a clause of background or of an earlier event: "…, the
                // first since the Russian invasion, came a day after Putin met Chinese President Xi".)
                if named.isEmpty, strong == nil, countryLeaders(s, before: min(backgroundCut(s), earlierClause ?? toks.count)).count >= 2 {
                    strong = s; ofCountries = s
                }
                if named.count == 1 && fallback == nil { fallback = s }
            } else if named.count == 1, fallback == nil, officeOnly(s) != nil {
                // "The Prime Minister welcomed President Zelenskyy to Downing Street": an office
                // hosting the one person named.
                fallback = s
            } else if named.count >= 2, strong == nil,
                      toks[..<backgroundCut(s)].contains(where: { MeetingFinder.jointVerbs.contains($0.hash) }),
                      // ("The two leaders also discussed Russia's war, with Trump saying he was
                      // disappointed in Putin": the pair is the one named above, not the people the
                      // sentence goes on to name.)
                      !(MeetingFinder.namesPair(Array(toks.prefix(4))) && (leaderPair ?? pair) != nil) {
                strong = s
            } else if pair == nil, twoSides(named) {
                pair = s
                if named.filter({ leads($0) }).count >= 2 { leaderPair = s }
            }
        }
        // Two leaders named together outrank a leader met by an official. A sentence that names
        // only countries ("access … to the markets of the United States and Mexico") does not
        // outrank an earlier one naming their leaders ("joined the President of the United
        // States, Donald J. Trump, and the President of Mexico … to sign").
        var first = strong
        if let s0 = strong, s0 == ofCountries, let lp = leaderPair, lp < s0 { first = lp }
        var found = first ?? leaderPair ?? mixed ?? pair ?? fallback ?? officials ?? earlier
        if let f = firstPerson, found.map({ f < $0 }) ?? true { found = f }
        // "The King last night welcomed South Korea's President to Buckingham Palace …", then
        // "Charles … sat beside President Yoon": an office hosting the one person named, above a
        // sentence that only names the two side by side, is the lead.
        if first == nil, mixed == nil, let f = fallback, let p = leaderPair ?? pair, f < p, officeOnly(f) != nil,
           Set(leadPeople(f)).isSubset(of: Set(leadPeople(p))) {
            found = f
        }
        // "Prime Minister X paid an Official State Visit to Egypt … at the invitation of President Y",
        // then "Prime Minister attended a roundtable … and met the Grand Mufti", then "Prime Minister
        // held talks with President Y": a visit made at someone's invitation is the story of that
        // pair, and their talks below outrank the guest's meetings with others above them.
        if let f = found, let t = invitedPairTalks(after: f) { found = t }
        if let found, !leadPeople(found).filter({ eligible($0, on: nil) }).isEmpty { return found }
        // A release in its author's voice: "Prime Minister X and I announced …".
        if let a = author(), let s = (0..<limit).first(where: { s in
            withFirstPerson(s) && people.people(in: s).contains { $0 != a && eligible($0, on: nil) && leads($0) }
        }) { return s }
        // A statement in its author's voice: "I am delighted to welcome His Royal Highness Crown
        // Prince X on his first State Visit to India".
        if let s = (0..<limit).first(where: { s in
            meetsInFirstPerson(s) && people.people(in: s).contains { eligible($0, on: nil) && leads($0) }
        }) { return s }
        // A transcript whose speaker, labelled by office alone, welcomes a named guest.
        // (Further down than the lead is looked for: a moderator and a note may open it.)
        if let s = (0..<min(doc.sentences.count, 60)).first(where: { s in
            let speaker = labelSpeaker(s)
            guard speaker != nil || speakerRole(s) != nil, speaksAsHost(s) else { return false }
            return people.people(in: s).contains { $0 != speaker && eligible($0, on: nil) && leads($0) }
        }) { return s }
        // Nothing near the top that names anyone: a live blog's entry or a story under a long
        // page. The first sentence further down that tells a meeting of two people named in it.
        for s in limit..<doc.sentences.count where !inBareYear(s, before: backgroundCut(s)) && !toldInPastPerfect(s) {
            let toks = doc.tokens[s]
            guard toks.contains(where: { MeetingFinder.strongPredicates.contains($0.hash) }) else { continue }
            // "… paid a visit to the Kingdom on 28-29 April 2022, during which he held talks": history.
            if DateResolver.mentions(doc, s).contains(where: { Extractor.farFrom(doc.report.published, $0) }) { continue }
            if people.peopleWithSubject(in: s).filter({ eligible($0, on: nil) }).count >= 2 { return s }
        }
        return found
    }

    /// The sentence just below a lead of one leader hosting a gathering that names the guests:
    /// "X on Thursday evening hosted a welcome banquet for the Central Asian heads of state",
    /// then "Presidents A, B and C attended the event"; or "X … as he hosted their leaders at the
    /// summit", then "X hosted the presidents of A, B and C in the city of …". `nil` when none.
    func guestsBelow(_ f: Int) -> Int? {
        let lead = doc.tokens[f]
        let named = people.peopleWithSubject(in: f).filter { eligible($0, on: nil) }
        guard named.count == 1, let host = named.first, leads(host), case .person(host) = people.subjects[f],
              let verb = lead.indices.first(where: { MeetingFinder.hostingVerbs.contains(lead[$0].hash) && !planned(f, $0) }),
              people.mentions[f].contains(where: { $0.person == host && $0.tokenEnd <= verb }),
              lead[verb...].contains(where: { $0.hash == MeetingFinder.summitWord || MeetingFinder.eventIndex[$0.hash] != nil })
        else { return nil }
        for s in (f + 1)..<min(doc.sentences.count, f + 3) where doc.sentences[s].paragraph <= doc.sentences[f].paragraph + 1 {
            let toks = doc.tokens[s]
            let guests = Set(people.mentions[s].map(\.person)).subtracting([host]).filter { eligible($0, on: nil) && leads($0) }
            guard !guests.isEmpty, !toldInPastPerfect(s), !inBareYear(s) else { continue }
            // "… attended the event", "took part in the ceremony": the gathering told above.
            let attended = toks.indices.dropLast().contains { k in
                (MeetingFinder.attendVerbs.contains(toks[k].hash) || toks[k].hash == MeetingFinder.joinedWord) && toks[k + 1].hash == People.the
                    && (k + 2..<min(toks.count, k + 4)).contains { j in
                        MeetingFinder.gatheringNouns.contains(toks[j].hash) || toks[j].hash == MeetingFinder.eventWord || MeetingFinder.eventIndex[toks[j].hash] != nil
                    }
            }
            // "X hosted the presidents of …": the same host, hosting again.
            var hostsAgain = false
            if case .person(host) = people.subjects[s] {
                hostsAgain = toks.indices.contains { MeetingFinder.hostingVerbs.contains(toks[$0].hash) && !planned(s, $0) }
            }
            if attended || hostsAgain { return s }
            return nil
        }
        return nil
    }
    static let joinedWord = Tokenizer.hash("joined"), eventWord = Tokenizer.hash("event")

    /// The verb of sentence `s` that tells those named before it took part in the summit told
    /// above: "Z participated in the summit", "A, B and C were among the leaders who addressed
    /// the meeting" (not "a summit session", nor a plan). `nil` when it tells no such thing.
    /// Also "D, E and F also took part in the proceedings" and "G and H were among the European
    /// leaders present".
    func tookPartInTheGathering(_ s: Int) -> Int? {
        let toks = doc.tokens[s]
        return toks.indices.first { k in
            if toks[k].hash == MeetingFinder.wereWord, k + 3 < toks.count, toks[k + 1].hash == MeetingFinder.amongWord, toks[k + 2].hash == People.the {
                return (k + 3..<min(toks.count, k + 7)).contains { MeetingFinder.pairNouns.contains(toks[$0].hash) }
            }
            return Extractor.tookPartVerbs.contains(toks[k].hash) && !planned(s, k)
                && (k + 1..<min(toks.count, k + 5)).contains { j in
                    (toks[j].hash == MeetingFinder.summitWord || MeetingFinder.gatheringWords.contains(toks[j].hash)
                        || MeetingFinder.proceedingsWords.contains(toks[j].hash)) && toks[j - 1].hash == People.the
                        && !(j + 1 < toks.count && Extractor.summitParts.contains(toks[j + 1].hash))
                }
        }
    }
    /// What a summit's work is called when those named are said to have taken part in it:
    /// "took part in the proceedings" ("the works", as translated copy has it).
    static let proceedingsWords = Words.set(["proceedings", "deliberations", "works", "discussions"])
    /// The "by" of "the summit was attended by …" or "the meeting was attended by …" in sentence
    /// `s`, after which those who took part are named. `nil` when there is none.
    /// Also "The summit … brought together …", "Participating in the summit were …" and "The
    /// meeting … was chaired by …".
    func attendedBy(_ s: Int) -> Int? {
        let toks = doc.tokens[s]
        let gathering = { (j: Int) in
            (toks[j].hash == MeetingFinder.summitWord || MeetingFinder.gatheringWords.contains(toks[j].hash)) && toks[j - 1].hash == People.the
        }
        // (A sentence about the gathering itself: it opens on "The summit" or "The meeting".)
        let aboutIt = toks.count > 2 && gathering(1)
        if let k = toks.indices.dropFirst().first(where: { k in
            toks[k].hash == Extractor.byWord && MeetingFinder.byVerbs.contains(toks[k - 1].hash)
                && (aboutIt || (max(1, k - 5)..<(k - 1)).contains(where: gathering))
        }) { return k }
        if aboutIt, let k = toks.indices.dropFirst().first(where: { toks[$0].hash == MeetingFinder.togetherWord && toks[$0 - 1].hash == MeetingFinder.broughtWord }) {
            return k
        }
        // "Participating in the summit were …", "Taking part in the meeting were …".
        if toks.count > 4, MeetingFinder.partakingOpeners.contains(toks[0].hash),
           let were = (2..<min(toks.count, 9)).first(where: { toks[$0].hash == MeetingFinder.wereWord }),
           (2..<were).contains(where: gathering) {
            return were
        }
        // "Also attending on Friday were …", "Also present were …", "Around the table were …".
        if toks.count > 4, let were = (2..<min(toks.count, 8)).first(where: { toks[$0].hash == MeetingFinder.wereWord }),
           toks[0].hash == MeetingFinder.alsoWord && MeetingFinder.partakingOpeners.contains(toks[1].hash)
            || were == 3 && Tokenizer.matches(MeetingFinder.aroundTheTable, toks, at: 0) {
            return were
        }
        // "Among the leaders attending were …" ("Among the arrivals were …").
        if toks.count > 4, toks[0].hash == MeetingFinder.amongWord,
           let were = (3..<min(toks.count, 7)).first(where: { toks[$0].hash == MeetingFinder.wereWord }),
           MeetingFinder.partakingOpeners.contains(toks[were - 1].hash) && (1..<were).contains(where: { MeetingFinder.pairNouns.contains(toks[$0].hash) })
            || were == 3 && toks[1].hash == People.the && MeetingFinder.arrivalNouns.contains(toks[2].hash) {
            return were
        }
        return nil
    }
    /// Whether sentence `s` opens a list on the lines below it: it ends with a colon or "namely".
    func opensList(_ s: Int) -> Bool {
        if doc.tokens[s].last?.hash == Extractor.namelyWord { return true }
        var e = doc.sentences[s].end
        while e > doc.sentences[s].start, TextScan.isSpace(doc.bytes[e - 1]) { e -= 1 }
        return e > doc.sentences[s].start && doc.bytes[e - 1] == UInt8(ascii: ":")
    }
    /// What a summit's guests are said to have attended, below a lead that calls it a summit.
    static let gatheringWords = Words.set(["meeting", "gathering"])
    /// Verbs before "by" that name who took part: "attended by", "chaired by" (and "co-chaired by",
    /// whose hyphen splits the token).
    static let byVerbs = Words.set(["attended", "chaired", "cochaired", "hosted"])
    static let togetherWord = Tokenizer.hash("together"), broughtWord = Tokenizer.hash("brought"), wereWord = Tokenizer.hash("were")
    static let amongWord = Tokenizer.hash("among"), aroundTheTable = Tokenizer.phrase("around the table")
    /// Those a gathering counts in: "Among the arrivals were …".
    static let arrivalNouns = Words.set(["arrivals", "guests", "participants", "attendees", "delegates"])
    /// Words that open "Participating in the summit were …".
    static let partakingOpeners = Words.set(["participating", "taking", "attending", "present"])

    /// Whether sentence `s` names a meeting by its noun with two leaders after it ("after talks
    /// between Xi and Prime Minister Conte", "a meeting with President X and …"), not as a plan.
    func namesTalksOfPair(_ s: Int) -> Bool {
        let toks = doc.tokens[s]
        return toks.indices.contains { k in
            guard MeetingFinder.plannedNouns.contains(toks[k].hash), k + 1 < toks.count,
                  toks[k + 1].hash == MeetingFinder.betweenWord || toks[k + 1].hash == MeetingFinder.withWord, !planned(s, k) else { return false }
            return Set(people.mentions[s].filter { $0.token > k && leads($0.person) }.map(\.person)).count >= 2
        }
    }
    static let betweenWord = Tokenizer.hash("between"), withWord = Tokenizer.hash("with")

    /// Whether sentence `p` names every leader of `named` and tells their talks or meeting by
    /// its noun ("… have signed a treaty following their talks in the Kremlin"), not as a plan.
    func tellsTalksOfSame(_ p: Int, as named: [Int]) -> Bool {
        let leaders = named.filter { leads($0) }
        guard leaders.count >= 2 else { return false }
        let there = Set(people.mentions[p].map(\.person))
        guard leaders.allSatisfy({ there.contains($0) }) else { return false }
        let toks = doc.tokens[p]
        return toks.indices.contains { MeetingFinder.plannedNouns.contains(toks[$0].hash) && !planned(p, $0) }
    }

    /// The country a visit told in sentence `s` goes to ("made an unannounced visit to Jordan",
    /// "on a trip to Egypt"), not one behind the traveller ("fresh off a trip to", "his last
    /// visit to"); `nil` when it names none. With `cities`, also the city a visit by someone
    /// named goes to ("during a visit by President X to Abu Dhabi").
    func visitedCountry(_ s: Int, cities: Bool = false) -> Place? {
        let toks = doc.tokens[s]
        // (A visit by someone named is told whole, past a clause the background cut would drop:
        // "signed an agreement on Friday that will cut tariffs …, during a visit by X to Y". Not
        // in a sentence of another year.)
        if cities, toks.contains(where: { $0.numeric && $0.end - $0.start == 4 }) { return nil }
        let cut = cities ? toks.count : min(backgroundCut(s), toks.count)
        for i in toks.indices where i > 0 && i + 1 < cut && toks[i].hash == MeetingFinder.toWord {
            var noun = i - 1
            // "a visit by President Joko Widodo to": the visitor named between.
            if cities, !MeetingFinder.visitNouns.contains(toks[noun].hash),
               let by = (max(1, i - 6)..<i).first(where: { toks[$0].hash == Extractor.byWord }),
               (by + 1..<i).allSatisfy({ toks[$0].capitalized }), by + 1 < i {
                noun = by - 1
            }
            guard MeetingFinder.visitNouns.contains(toks[noun].hash), !MeetingFinder.tripBehind(toks, to: noun + 1), toks[i + 1].capitalized else { continue }
            if let p = (1...3).reversed().lazy.compactMap({ n -> Place? in
                i + 1 + n <= toks.count ? self.context.places.place(named: self.doc.span(s, i + 1, i + 1 + n)) : nil
            }).first(where: { $0.kind == .country || cities && noun < i - 1 && $0.kind == .city }) { return p }
        }
        return nil
    }

    /// Whether the visit or trip whose "to" is token `i` is an earlier one or just behind the
    /// traveller: "his last visit to", "Mr. Modi's 2019 visit to", "fresh off a trip to".
    static func tripBehind(_ toks: [Token], to i: Int) -> Bool {
        (max(0, i - 5)..<max(0, i - 1)).contains { k in
            backgroundCues.contains(toks[k].hash) || behindWords.contains(toks[k].hash)
                || toks[k].numeric && toks[k].end - toks[k].start == 4
        }
    }

    /// Whether the main clause of sentence `s` tells the start of a visit ("began his visit in
    /// Chandigarh", "kicked off her state visit", "started the tour"): its first stop, not yet the talks.
    func startsVisit(_ s: Int) -> Bool {
        let toks = doc.tokens[s]
        let end = mainClauseEnd(s)
        return toks[..<end].indices.contains { k in
            MeetingFinder.startWords.contains(toks[k].hash)
                && (k + 1..<min(end, k + 5)).contains { MeetingFinder.visitNouns.contains(toks[$0].hash) || toks[$0].hash == MeetingFinder.tourWord }
        }
    }
    static let startWords = Words.set(["began", "begins", "begun", "started", "starts", "kicked", "kicks", "opened", "opens", "commenced"])
    static let tourWord = Tokenizer.hash("tour"), invitationWord = Tokenizer.hash("invitation")

    /// The talks, below sentence `f`, of the pair whose visit the opening tells as made at one's
    /// invitation, when `f` does not name them both: "Prime Minister X paid an Official State Visit
    /// to Egypt … at the invitation of President Y", then "Prime Minister attended a roundtable …
    /// and met the Grand Mufti", then "Prime Minister held talks with President Y". The visit is
    /// the story of that pair.
    func invitedPairTalks(after f: Int) -> Int? {
        guard let o = (0..<f).first(where: { o in
            doc.tokens[o].contains { $0.hash == MeetingFinder.invitationWord } && doc.tokens[o].contains { MeetingFinder.visitNouns.contains($0.hash) }
        }) else { return nil }
        let pair = people.people(in: o).filter { leads($0) && eligible($0, on: nil) }
        guard pair.count >= 2, !Set(pair).isSubset(of: Set(leadPeople(f))) else { return nil }
        return (f + 1..<min(doc.sentences.count, f + 10)).first { talksOfPair($0, pair) && !toldInPastPerfect($0) }
    }

    /// Whether sentence `t` tells the talks of the leaders of `named`, by their names or as "the
    /// two leaders", held and not planned ("On 25 January the two leaders held talks in New Delhi").
    func talksOfPair(_ t: Int, _ named: [Int]) -> Bool {
        let toks = doc.tokens[t]
        guard toks.indices.contains(where: { MeetingFinder.plannedNouns.contains(toks[$0].hash) && !planned(t, $0) }),
              toks.contains(where: { $0.hash == H.held || $0.hash == H.had }) else { return false }
        let leaders = named.filter { leads($0) }
        let there = Set(people.mentions[t].map(\.person))
        return MeetingFinder.namesPair(toks) || (leaders.count >= 2 && leaders.allSatisfy { there.contains($0) })
    }

    /// Whether sentence `s` names a banquet, a reception, tea or a lunch.
    func tellsSeparateEvent(_ s: Int) -> Bool {
        let toks = doc.tokens[s]
        return toks.indices.contains { k in MeetingFinder.eventNoun(toks, at: k).map { MeetingFinder.separateEvents.contains($0.kind) } ?? false }
    }

    /// Whether sentence `s` tells a banquet, a reception, tea or a lunch and no talks or meeting.
    func tellsSeparateEventOnly(_ s: Int) -> Bool {
        !doc.tokens[s].contains(where: { MeetingFinder.meetingWords.contains($0.hash) }) && tellsSeparateEvent(s)
    }

    /// Whether person `p` is known to be an official who does not lead a country: a minister
    /// or secretary in the gazetteer, or someone a non-leading title introduced.
    func official(_ p: Int) -> Bool {
        let m = people.cast[p]
        if let l = m.leader { return !l.offices.isEmpty && !l.offices.contains(where: \.isLeading) }
        return m.role.map { !Office.leadingRoles.contains($0) } ?? false
    }

    /// Whether person `p` holds a leading office (head of state or government) in the
    /// gazetteer at some time: the people whose talks make a report's lead.
    func leads(_ p: Int) -> Bool {
        people.cast[p].leader?.offices.contains(where: \.isLeading) ?? false
    }

    /// Whether sentence `s` places itself in a year ("in 2019") and gives no full date.
    func inBareYear(_ s: Int, before cut: Int = Int.max) -> Bool {
        let toks = doc.tokens[s]
        let upper = min(toks.count, cut)
        guard upper > 1 else { return false }
        // ("in 2019", or "in March 2007": a month before the year.)
        for i in 1..<upper where toks[i].numeric && toks[i].end - toks[i].start == 4
            && (toks[i - 1].hash == MeetingFinder.inWord
                || i >= 2 && toks[i - 2].hash == MeetingFinder.inWord && toks[i - 1].capitalized && DateResolver.months[toks[i - 1].hash] != nil) {
            if i + 1 < toks.count, toks[i + 1].hash == MeetingFinder.ofWord { continue }
            // "… as they seek to rebuild a relationship that collapsed in 2019": a year in a
            // clause about something the sentence names is that thing's, not the meeting's.
            if (max(1, i - 8)..<i).contains(where: { k in
                Extractor.relativeWords.contains(toks[k].hash) && toks[k].hash != Extractor.whereWord
                    || toks[k].hash == H.that && !Extractor.complementVerbs.contains(toks[k - 1].hash)
            }) { continue }
            let mentions = DateResolver.mentions(doc, s)
            // ("… signed a new declaration Saturday, updating a framework first agreed in 2007": a
            // sentence that gives the story's own day before the year looks back from that day.)
            if mentions.contains(where: { m in
                guard m.token < i else { return false }
                switch m.value {
                case .weekday, .relative: return true
                default: return false
                }
            }) { continue }
            let full = mentions.contains { if case .full = $0.value { return true } else { return false } }
            return !full
        }
        return false
    }

    /// Whether the people include two of different countries (or of unknown ones): a top
    /// sentence naming two such leaders together tells the story's principals even when
    /// its verb is no meeting word ("will showcase …during a state visit", "entertains").
    func twoSides(_ named: [Int]) -> Bool {
        guard named.count >= 2 else { return false }
        let countries = named.map { people.cast[$0].ref.country }
        if countries.contains(where: { $0 == nil }) { return true }
        return Set(countries.compactMap { $0 }).count >= 2
    }

    /// The leading office of someone sentence `s` names by it alone: "The Prime Minister
    /// welcomed …", "the President received …" (a determiner and the office, with no name or
    /// country after it). Someone's own title before their name ("the President of Ukraine",
    /// "Prime Minister Modi") does not count.
    /// The country of a well-known venue the page's opening names ("From: Prime Minister's
    /// Office, 10 Downing Street"), other than `excluded`: where a release comes from.
    func headerVenueCountry(excluding excluded: String?) -> String? {
        for s in 0..<min(doc.sentences.count, 10) {
            let toks = doc.tokens[s]
            for k in toks.indices where toks[k].capitalized || toks[k].numeric {
                for n in stride(from: min(4, toks.count - k), through: 1, by: -1) {
                    guard let v = context.places.venue(named: doc.span(s, k, k + n)),
                          let city = context.places.place(named: v.city), city.country != excluded else { continue }
                    return city.country
                }
            }
        }
        return nil
    }

    /// The leading office that is the subject of a meeting verb ("The Prime Minister met
    /// Prime Minister X", "The President held talks with …"), named by office alone.
    func officeMeets(_ s: Int) -> String? {
        let toks = doc.tokens[s]
        guard toks.count > 3, toks[0].hash == People.the else { return nil }
        for w in People.roleWords where w.phrase.count <= toks.count - 1 && Tokenizer.matches(w.phrase, toks, at: 1) {
            let end = 1 + w.phrase.count
            guard Office.leadingRoles.contains(w.role), end < toks.count, !toks[end].capitalized,
                  MeetingFinder.officeMeetVerbs.contains(toks[end].hash) else { return nil }
            return w.role
        }
        return nil
    }

    static let officeStyles = Words.set(["federal", "state", "royal"])
    static let dayWords = Words.set(["today", "yesterday", "also", "then"])
    static let officeMeetVerbs = Words.set(["met", "meets", "held", "holds", "spoke", "speaks", "hosted", "received", "welcomed", "called"])

    func officeOnly(_ s: Int) -> String? {
        // "PRIME MINISTER: … a real pleasure to welcome my good friend, Prime Minister X, to
        // Canberra": the speaker a transcript labels by office alone, hosting in the first person.
        if let role = speakerRole(s), Office.leadingRoles.contains(role), speaksAsHost(s) { return role }
        let toks = doc.tokens[s]
        for k in toks.indices where toks[k].hash == People.the && k + 1 < toks.count {
            // "The Federal Chancellor": one word of the office's style may come first.
            let at = k + 2 < toks.count && MeetingFinder.officeStyles.contains(toks[k + 1].hash) ? k + 2 : k + 1
            guard let (role, roleEnd) = People.roleWords.lazy.compactMap({ w -> (String, Int)? in
                w.phrase.count <= toks.count - at && Tokenizer.matches(w.phrase, toks, at: at) ? (w.role, at + w.phrase.count) : nil
            }).first, Office.leadingRoles.contains(role) else { continue }
            // ("The President of the Republic received …": the office, with no country named.)
            var end = roleEnd
            if end + 2 < toks.count, toks[end].hash == MeetingFinder.ofWord, toks[end + 1].hash == People.the,
               toks[end + 2].hash == MeetingFinder.republicWord { end += 3 }
            if end < toks.count, toks[end].capitalized || toks[end].hash == MeetingFinder.ofWord { continue }
            if people.mentions[s].contains(where: { $0.token <= at && $0.tokenEnd > k }) { continue }
            // The host: the office is the subject of a verb of hosting ("welcomed", "received"),
            // perhaps after the day ("The Federal Chancellor today received …").
            // ("The King last night welcomed …": a part of the day after "last" or "this".)
            var verb = end < toks.count && MeetingFinder.dayWords.contains(toks[end].hash) ? end + 1 : end
            if end + 2 < toks.count, toks[end].hash == DateResolver.last || toks[end].hash == MeetingFinder.this,
               DateResolver.parts[toks[end + 1].hash] != nil { verb = end + 2 }
            // ("The President made the announcement when he hosted Chancellor X": the office, then
            // "he" or "she" hosting, in the same sentence.)
            let hostsLater = verb + 1 < toks.count && (verb..<min(toks.count - 1, verb + 10)).contains { j in
                (toks[j].hash == People.he || toks[j].hash == People.she) && MeetingFinder.hostingVerbs.contains(toks[j + 1].hash)
            }
            guard verb < toks.count, MeetingFinder.hostingVerbs.contains(toks[verb].hash) || hostsLater else { continue }
            return role
        }
        return nil
    }

    /// The gender a sentence's office-only host's title tells ("The King" "m", "The Queen" "f"),
    /// `nil` when it tells none.
    func titleGender(_ s: Int) -> String? {
        let toks = doc.tokens[s]
        for k in toks.indices.dropLast() where toks[k].hash == People.the {
            if MeetingFinder.maleTitles.contains(toks[k + 1].hash) { return "m" }
            if MeetingFinder.femaleTitles.contains(toks[k + 1].hash) { return "f" }
        }
        return nil
    }
    static let republicWord = Tokenizer.hash("republic")
    static let maleTitles = Words.set(["king", "emperor", "sultan", "emir", "amir", "prince"])
    static let femaleTitles = Words.set(["queen", "empress"])

    /// The role of the speaker a transcript's label names by office alone at the head of
    /// sentence `s`'s paragraph ("PRIME MINISTER:", "THE PRESIDENT:"); `nil` when the label
    /// names someone ("PRIME MINISTER MARAPE:") or there is none.
    func speakerRole(_ s: Int) -> String? {
        guard let first = paragraphHead(s) else { return nil }
        let toks = doc.tokens[first]
        let k = !toks.isEmpty && toks[0].hash == People.the ? 1 : 0
        for w in People.roleWords where w.phrase.count <= toks.count - k && Tokenizer.matches(w.phrase, toks, at: k) {
            let end = k + w.phrase.count
            return isLabel(first, upTo: end) ? w.role : nil
        }
        return nil
    }

    /// The person a transcript's label names at the head of sentence `s`'s paragraph
    /// ("PRESIDENT AKUFO-ADDO: Thank you. …"), as an index into the cast.
    func labelSpeaker(_ s: Int) -> Int? {
        guard let first = paragraphHead(s), let m = people.mentions[first].first, m.token <= 3,
              isLabel(first, upTo: m.tokenEnd) else { return nil }
        return m.person
    }

    /// The first sentence of sentence `s`'s paragraph.
    func paragraphHead(_ s: Int) -> Int? {
        guard doc.sentences.indices.contains(s) else { return nil }
        var first = s
        while first > 0, doc.sentences[first - 1].paragraph == doc.sentences[s].paragraph { first -= 1 }
        return first
    }

    /// Whether tokens `0..<end` of sentence `s` are a speaker's label: written in capitals,
    /// with a colon right after them.
    func isLabel(_ s: Int, upTo end: Int) -> Bool {
        let toks = doc.tokens[s]
        guard end <= toks.count, doc.gap(s, before: end, contains: UInt8(ascii: ":")) else { return false }
        return (0..<end).allSatisfy { i in doc.bytes[toks[i].start..<toks[i].end].allSatisfy { !TextScan.isLower($0) } }
    }

    /// The person a release is signed by: a short line near the top that is one person's
    /// name with their styles and nothing else ("The Hon Anthony Albanese MP"), as an
    /// index into the cast.
    func author() -> Int? {
        var paragraphs = 0
        var s = 0
        while s < doc.sentences.count, paragraphs < 6 {
            if s == 0 || doc.sentences[s].paragraph != doc.sentences[s - 1].paragraph {
                paragraphs += 1
                let toks = doc.tokens[s]
                let lastOfParagraph = s + 1 >= doc.sentences.count || doc.sentences[s + 1].paragraph != doc.sentences[s].paragraph
                if lastOfParagraph, toks.count <= 8, people.people(in: s).count == 1, let p = people.people(in: s).first,
                   toks.allSatisfy({ $0.capitalized }), !People.endsASentence(doc, s) {
                    return p
                }
            }
            s += 1
        }
        return nil
    }

    /// Whether sentence `s` names someone together with the first person, as a release's
    /// author writes of a meeting: "Prime Minister X and I announced …", "I and X signed …".
    func withFirstPerson(_ s: Int) -> Bool {
        let toks = doc.tokens[s]
        for m in people.mentions[s] {
            if m.tokenEnd + 1 < toks.count, toks[m.tokenEnd].hash == H.and, toks[m.tokenEnd + 1].hash == MeetingFinder.iWord { return true }
            if m.token >= 2, toks[m.token - 1].hash == H.and, toks[m.token - 2].hash == MeetingFinder.iWord { return true }
        }
        return false
    }

    /// The country of the host whose seat sentence `s` names without its town: "President X
    /// hosted President Y … at the Presidential Complex" (the subject, then a verb of hosting,
    /// then "the presidential palace", "complex" or "residence"). `nil` otherwise.
    func hostSeatCountry(_ s: Int) -> String? {
        let toks = doc.tokens[s]
        guard let seat = toks.indices.first(where: { k in
            k >= 2 && toks[k - 2].hash == People.the
                && (toks[k - 1].hash == MeetingFinder.presidentialWord && MeetingFinder.seatWords.contains(toks[k].hash)
                    // ("at the Government House", "at the Government Palace": a seat by its office.)
                    || toks[k - 1].hash == MeetingFinder.governmentWord && toks[k - 1].capitalized && MeetingFinder.governmentSeats.contains(toks[k].hash))
        }), let first = people.mentions[s].first, first.tokenEnd < seat,
              // (Not the passive: "X was received by Y at the presidential palace".)
              (first.tokenEnd..<min(seat, first.tokenEnd + 3)).contains(where: {
                  // (Nor "has been received", "is being welcomed".)
                  MeetingFinder.hostingVerbs.contains(toks[$0].hash)
                      && !($0 > 0 && (MeetingFinder.beWords.contains(toks[$0 - 1].hash) || MeetingFinder.passiveAuxiliaries.contains(toks[$0 - 1].hash)))
              })
        else { return nil }
        return people.cast[first.person].ref.country
    }

    /// Where a clause opened by "since" starts after the first person sentence `s` names ("…, the
    /// first talks between the two since the fall of the government in August last year"); the
    /// token count when there is none.
    func sinceCut(_ s: Int) -> Int {
        let toks = doc.tokens[s]
        let first = people.mentions[s].first?.tokenEnd ?? toks.count
        return toks.indices.first { $0 > first && toks[$0].hash == DateResolver.sinceWord } ?? toks.count
    }

    /// Whether sentence `s` tells, in the first person singular, a meeting with someone it
    /// names: "Today I met President Joko Widodo at Bogor Palace" (or "I was pleased to welcome …").
    func meetsInFirstPerson(_ s: Int) -> Bool {
        let toks = doc.tokens[s]
        guard !people.mentions[s].isEmpty else { return false }
        return toks.indices.contains { k in
            // "I'm delighted to welcome" is "I am delighted to welcome" with the verb inside.
            if toks[k].hash == MeetingFinder.iAmWord {
                return k + 3 < toks.count && toks[k + 2].hash == MeetingFinder.toWord
                    && MeetingFinder.welcomeInFirstPerson.contains(toks[k + 3].hash)
            }
            guard toks[k].hash == MeetingFinder.iWord else { return false }
            if (k + 1..<min(toks.count, k + 3)).contains(where: {
                MeetingFinder.officeMeetVerbs.contains(toks[$0].hash) || MeetingFinder.welcomeInFirstPerson.contains(toks[$0].hash)
            }) { return true }
            // "I was pleased to welcome", "I am delighted to host".
            guard k + 4 < toks.count, MeetingFinder.beWords.contains(toks[k + 1].hash) || toks[k + 1].hash == MeetingFinder.amWord else { return false }
            return toks[k + 3].hash == MeetingFinder.toWord && MeetingFinder.welcomeInFirstPerson.contains(toks[k + 4].hash)
        }
    }
    static let amWord = Tokenizer.hash("am"), iAmWord = Tokenizer.hash("i'm")

    static let iWord = Tokenizer.hash("i")
    static let firstPersonWords = Words.set(["i", "we", "my", "our", "me", "us", "i'm", "we're", "i've", "we've", "i'll", "we'll"])
    static let welcomeInFirstPerson = Words.set(["welcome", "welcomed", "welcoming", "host", "hosting", "hosted", "receive", "receiving", "received"])

    /// Whether sentence `s` speaks in the first person of welcoming or hosting someone ("it
    /// is a real pleasure to welcome my good friend …", "we are honoured to host …").
    func speaksAsHost(_ s: Int) -> Bool {
        let toks = doc.tokens[s]
        return toks.contains { MeetingFinder.firstPersonWords.contains($0.hash) }
            && toks.contains { MeetingFinder.welcomeInFirstPerson.contains($0.hash) }
    }

    /// The people a lead sentence stands for: those it names, or, when it names no one,
    /// the leaders of the countries it names whom the report names elsewhere.
    func leadPeople(_ s: Int) -> [Int] {
        let named = people.peopleWithSubject(in: s)
        guard named.isEmpty else { return named }
        let countries = countryLeaders(s)
        // "On 20 March the two leaders held talks in New Delhi": the leaders the sentence just
        // above names.
        guard countries.isEmpty, MeetingFinder.namesPair(doc.tokens[s]),
              let above = (max(0, s - 2)..<s).reversed().lazy.map({ self.people.peopleWithSubject(in: $0).filter { self.leads($0) } }).first(where: { $0.count >= 2 })
        else { return countries }
        return above
    }

    /// For each country sentence `s` names (a name, a demonym, "South Korean"), the person
    /// of that country the report names most; only countries with such a person count.
    /// Only tokens before `end` are read, when given.
    func countryLeaders(_ s: Int, before end: Int? = nil) -> [Int] {
        let toks = doc.tokens[s]
        var codes: [String] = []
        var k = 0
        while k < min(end ?? toks.count, toks.count) {
            var code: String?
            if toks[k].capitalized {
                if let c = context.countryWords[toks[k].hash] {
                    code = c
                } else if let (c, length) = context.demonym(toks, at: k) {
                    code = c
                    k += length - 1
                }
            }
            if let code, !codes.contains(code) { codes.append(code) }
            k += 1
        }
        // Of each country's people, one named in the next two sentences first ("Brazil and
        // Portugal signed …", then "The meeting was led by Lula and Costa"), then the one
        // named most.
        let nearby = Set((s + 1..<min(doc.sentences.count, s + 3)).flatMap { people.mentions[$0].map(\.person) })
        var out: [Int] = []
        for code in codes {
            let candidates = people.cast.indices.filter { (people.cast[$0].ref.country == code || countryServed($0) == code) && eligible($0, on: nil) }
            if let best = candidates.max(by: {
                (nearby.contains($0) ? 1 : 0, people.cast[$0].fullMentions) < (nearby.contains($1) ? 1 : 0, people.cast[$1].fullMentions)
            }) { out.append(best) }
        }
        return out
    }

    /// The country whose office person `p` held on the report's day, when the gazetteer files
    /// them under another (António Costa, filed under the European Union, was Prime Minister
    /// of Portugal until 2024): "… of Portugal" in the office's title.
    func countryServed(_ p: Int) -> String? {
        guard let l = people.cast[p].leader, let day = doc.report.published else { return nil }
        for o in l.offices where o.held(on: day) {
            guard let r = o.title.range(of: " of ", options: .backwards) else { continue }
            var name = o.title[r.upperBound...]
            if name.hasPrefix("the ") { name = name.dropFirst(4) }
            if let place = context.places.place(named: name), place.kind == .country { return place.country }
        }
        return nil
    }

    func eligible(_ p: Int, on day: Day?) -> Bool {
        let m = people.cast[p]
        if m.historicalMention { return false }
        if let l = m.leader, !l.couldMeet(on: day ?? doc.report.published) { return false }
        return true
    }

    /// Words that make "video" or "virtual" the means of a meeting: "a video call", "virtual talks".
    static let remoteMeetingNouns = Words.set(["call", "calls", "conference", "conferences", "meeting", "meetings", "talks", "summit",
                                               "link", "chat", "conversation", "format", "session"])
    static let remoteMeans = Words.set(["via", "by", "over"])
    static let remoteMeetingQualifiers = Words.set(["leaders", "leaders'", "leader's", "bilateral", "trilateral", "annual"])

    /// Whether tokens tell a meeting held by video: "videoconference", "a video call",
    /// "virtual talks", "via video link", "talks held online". A video played in a meeting
    /// ("to play a video") is not one.
    static func isVideoCall(_ toks: [Token]) -> Bool { videoCallAt(toks) != nil }

    /// The token that makes `toks` tell a meeting held by video (see ``isVideoCall(_:)``).
    static func videoCallAt(_ toks: [Token]) -> Int? {
        for (k, t) in toks.enumerated() where video.contains(t.hash) {
            if t.hash == H.videoconference || t.hash == videolink { return k }
            if k + 1 < toks.count, remoteMeetingNouns.contains(toks[k + 1].hash) { return k }
            // "Virtual Leaders' Meeting", "a virtual bilateral summit".
            if k + 2 < toks.count, remoteMeetingQualifiers.contains(toks[k + 1].hash), remoteMeetingNouns.contains(toks[k + 2].hash) { return k }
            if k > 0, remoteMeans.contains(toks[k - 1].hash) || (t.hash == online && remoteMeetingNouns.contains(toks[k - 1].hash)) { return k }
        }
        return nil
    }

    /// Whether the video at token `v` is the means of a ceremony after talks told in person: "held
    /// bilateral talks and then jointly inaugurated the Chancay port terminal via video link".
    static func ceremonyByVideo(_ toks: [Token], at v: Int) -> Bool {
        guard let c = (max(0, v - 12)..<v).last(where: { ceremonyVerbs.contains(toks[$0].hash) }) else { return false }
        return toks[..<c].contains { meetingWords.contains($0.hash) }
    }
    static let ceremonyVerbs = Words.set(["inaugurated", "inaugurate", "opened", "launched", "unveiled", "commissioned", "inaugurating", "launching"])
    static let videolink = Tokenizer.hash("videolink"), online = Tokenizer.hash("online")

    /// The first token of sentence `s`'s first subordinate clause after the first person it
    /// names ("… , following the welcome ceremony", "a day after …"); the token count when none.
    func mainClauseEnd(_ s: Int) -> Int {
        let toks = doc.tokens[s]
        let firstPerson = people.mentions[s].first?.tokenEnd ?? 0
        return toks.indices.first { $0 > firstPerson && MeetingFinder.subordinate.contains(toks[$0].hash) } ?? toks.count
    }

    func kind(lead s: Int) -> String {
        // The main predicate comes before subordinate clauses ("a day after … held talks").
        let all = doc.tokens[s]
        let firstPerson = people.mentions[s].first?.tokenEnd ?? 0
        // (Also a clause of an earlier stop: "who arrived in Accra from Abidjan, where he had
        // attended the fifth African Union-European Union Summit".)
        let earlierStop = all.indices.first { k in
            k > firstPerson && all[k].hash == Extractor.whereWord && (k + 1..<min(all.count, k + 4)).contains { pastPerfect(all, at: $0) }
        } ?? all.count
        let cut = min(mainClauseEnd(s), earlierStop)
        let toks = Array(all[..<cut])
        // "agreed to a pause … after a phone call with": a main clause that tells no meeting
        // leaves the event to the clause after it.
        // (Nor a clause of history: "…, the first face-to-face meeting between the two since
        // they agreed to a partnership at an online summit last year".)
        let callIn = toks.contains { MeetingFinder.predicates.contains($0.hash) && $0.hash != H.call } ? toks : Array(all[..<sinceCut(s)])
        if let v = MeetingFinder.videoCallAt(callIn), !MeetingFinder.ceremonyByVideo(callIn, at: v) { return "video call" }
        // ("… said he had discussed the matter with him over the phone": an earlier call, told in
        // the past perfect.)
        if callIn.indices.contains(where: { k in
            MeetingFinder.phoneWords.contains(callIn[k].hash)
                && !(max(0, k - 14)..<k).contains { pastPerfect(callIn, at: $0) && sameClause(s, callIn, $0, k) && recalledCall(callIn, at: $0, sentence: s) }
        }) {
            return "phone call"
        }
        // "… informed that this morning she sustained a good conversation with the president of
        // the United States", then "During the call were reached …": an exchange the next
        // sentence, from its opening words, calls a call.
        // ("Modi on Sunday spoke with Iranian President X …", a quotation of his post, then "The
        // phone call came hours after …": two sentences down, past what was said.)
        if toks.contains(where: { MeetingFinder.exchangeWords.contains($0.hash) }),
           !toks.contains(where: { MeetingFinder.formalMeetingWords.contains($0.hash) || MeetingFinder.visitNouns.contains($0.hash) }),
           (s + 1..<min(doc.sentences.count, s + 4)).contains(where: { n in
               doc.sentences[n].paragraph <= doc.sentences[s].paragraph + 2
                   && (n == s + 1 || doc.tokens[n].first?.hash == People.the)
                   && doc.tokens[n].prefix(4).contains(where: { $0.hash == H.call || MeetingFinder.phoneWords.contains($0.hash) })
           }) {
            return "phone call"
        }
        // "had a second conversation with Putin at a dinner for G20 leaders": a word exchanged at
        // a meal, with no talks or meeting told, is that meal's event.
        if !toks.contains(where: { MeetingFinder.formalMeetingWords.contains($0.hash) }),
           toks.contains(where: { MeetingFinder.exchangeWords.contains($0.hash) }),
           // (Or "continued their conversation over dinner".)
           let k = toks.indices.first(where: { toks[$0].hash == MeetingFinder.atWord || toks[$0].hash == MeetingFinder.overWord }),
           let e = (k + 1..<min(toks.count, k + 4)).lazy.compactMap({ j in
               MeetingFinder.eventNoun(toks, at: j)
           }).first, MeetingFinder.mealKinds.contains(e.kind) {
            return e.kind
        }
        // A lead about a banquet, a reception, tea or a lunch, with no talks or
        // meeting in it or the sentences after it, tells that event, not the talks.
        // (In the lead, only its main clause: "hosted a state dinner …, hours after the two leaders
        // held their first summit".)
        // (Not talks told in an aside about someone: "The meal closed an intense day of the
        // visitor, who in the morning … held the official conversations with Raúl".)
        // (Not a next sentence that only tells the guest met at the event: "Murmu met the Russian
        // leader at the entrance, … before proceeding to the banquet hall". "Prior to the banquet,
        // the two presidents held a tete-a-tete and then a delegation-level meeting" tells talks.)
        // ("hosted a welcome banquet … for the heads of state attending the China-Central Asia
        // Summit": the summit the guests came for is not told as held.)
        // ("hosted a working lunch in honour of …, during which the two leaders held talks": the
        // talks held at the meal.)
        let duringIt = all.indices.contains { (j: Int) -> Bool in
            guard j > 0, all[j].hash == Extractor.whichWord else { return false }
            let before = all[j - 1].hash
            guard before == Extractor.duringWord || before == MeetingFinder.atWord else { return false }
            return (j + 1..<min(all.count, j + 8)).contains { MeetingFinder.talksWords.contains(all[$0].hash) }
        }
        let told = duringIt || toks.indices.contains { j in
            MeetingFinder.meetingWords.contains(toks[j].hash)
                && !(max(0, j - 7)..<j).contains { MeetingFinder.cameForWords.contains(toks[$0].hash) }
        }
            || (s + 1 < doc.sentences.count && doc.tokens[s + 1].indices.contains { j in
                MeetingFinder.meetingWords.contains(doc.tokens[s + 1][j].hash) && !planned(s + 1, j)
                    && !asideClauses(s + 1).contains { $0.contains(j) }
                    && !(MeetingFinder.greetingWords.contains(doc.tokens[s + 1][j].hash) && tellsSeparateEvent(s + 1))
                    // ("The banquet followed the summit between the two leaders": the talks as
                    // what came before the event.)
                    && !(max(0, j - 4)..<j).contains { MeetingFinder.cameAfterVerbs.contains(doc.tokens[s + 1][$0].hash) }
            })
        // "X met on Wednesday evening with Y at the presidential palace, where she hosted an official
        // banquet in his honour": a meeting, not talks, told as the setting of a banquet is the banquet.
        if toks.contains(where: { MeetingFinder.meetingWords.contains($0.hash) }), !toks.contains(where: { MeetingFinder.talksWords.contains($0.hash) }),
           let k = toks.indices.first(where: { MeetingFinder.attendsEvent(toks, at: $0) }),
           let e = MeetingFinder.eventNoun(toks, at: k), e.kind == "banquet" {
            return e.kind
        }
        if !told {
            for k in toks.indices {
                if let e = MeetingFinder.eventNoun(toks, at: k),
                   MeetingFinder.separateEvents.contains(e.kind) {
                    return e.kind
                }
            }
            // Nor is a guest received at the airport ("tonight received Pope Francis upon his
            // arrival at the Presidential Airport", then "warmly welcomed His Holiness") at the
            // talks, which come later, when no sentence around it tells any.
            let around = max(0, s - 3)..<min(doc.sentences.count, s + 4)
            // (Talks still to come, "Official talks … are planned for Tuesday", are none told.)
            if (around.lowerBound...s).contains(where: { k in doc.tokens[k].contains { MeetingFinder.airportWords.contains($0.hash) } }),
               !around.contains(where: { k in doc.tokens[k].indices.contains { j in MeetingFinder.meetingWords.contains(doc.tokens[k][j].hash) && !planned(k, j) } }) {
                return "airport welcome"
            }
        }
        if toks.contains(where: { $0.hash == MeetingFinder.talks }) || duringIt { return "talks" }
        // (Not "the G20 summit to be held in Bali": a summit still to come.)
        if toks.indices.contains(where: { toks[$0].hash == MeetingFinder.summitWord && !planned(s, $0) }) && !toks.contains(where: { $0.hash == H.sidelines }) { return "summit" }
        return "meeting"
    }

    /// Words before a gathering that tell it as what guests came for: "leaders attending the
    /// summit", "in China to participate in the summit".
    static let cameForWords = Words.set(["attending", "participate", "participating", "attend"])

    /// Whether token `k` is "had" opening a past perfect ("had discussed", "had already
    /// spoken"), not the verb "had" ("had a telephone conversation").
    func pastPerfect(_ toks: [Token], at k: Int) -> Bool {
        guard toks[k].hash == H.had else { return false }
        var n = k + 1
        while n < toks.count, n - k <= 2, MeetingFinder.perfectAdverbs.contains(toks[n].hash) { n += 1 }
        guard n < toks.count else { return false }
        if MeetingFinder.irregularParticiples.contains(toks[n].hash) { return true }
        let word = doc.bytes[toks[n].start..<toks[n].end]
        return word.count > 3 && word.suffix(2).elementsEqual("ed".utf8)
    }

    /// Whether a mention is a possessive before anything but an event of the person's own
    /// ("Trump's cabinet", not "Putin's talks with Xi").
    func possessiveOfOther(_ s: Int, _ m: People.Mention) -> Bool {
        let toks = doc.tokens[s]
        if qualifiesGovernment(s, m) { return true }
        guard m.tokenEnd > 0, let next = doc.afterPossessive(s, m.tokenEnd - 1) else { return false }
        // ("went directly to Prime Minister Narendra Modi's residence for talks": the host's own house.)
        if next + 1 < toks.count, MeetingFinder.residenceNouns.contains(toks[next].hash),
           (next + 1..<min(toks.count, next + 7)).contains(where: { MeetingFinder.meetingWords.contains(toks[$0].hash) }) { return false }
        return next >= toks.count || !(MeetingFinder.meetingWords.contains(toks[next].hash) || DateResolver.eventNouns.contains(toks[next].hash))
    }
    /// Whether a mention only qualifies a government or a time in office: "since the collapse
    /// of the Sheikh Hasina government", "the Biden administration", "under Justin Trudeau".
    func qualifiesGovernment(_ s: Int, _ m: People.Mention) -> Bool {
        let toks = doc.tokens[s]
        if m.tokenEnd < toks.count && m.token > 0 && toks[m.token - 1].hash == People.the
            && MeetingFinder.governmentNouns.contains(toks[m.tokenEnd].hash) { return true }
        // "a relationship that collapsed under Justin Trudeau": a leader's time in office. (Not
        // "under President X's chairmanship", which names who chaired.)
        var b = m.token - 1
        while b >= 0, m.token - b <= 4, toks[b].capitalized || People.titleWords.contains(toks[b].hash) { b -= 1 }
        return b >= 0 && toks[b].hash == MeetingFinder.underWord && m.tokenEnd > 0 && doc.afterPossessive(s, m.tokenEnd - 1) == nil
    }
    static let underWord = Tokenizer.hash("under")
    /// Nouns a leader's name qualifies: "the Sheikh Hasina government", "the Biden administration".
    static let governmentNouns = Words.set(["government", "administration", "regime", "era", "cabinet", "presidency", "years"])
    /// Where a leader receives guests at home: "Modi's residence for talks".
    static let residenceNouns = Words.set(["residence", "home", "office", "palace", "estate", "dacha", "ranch"])

    /// Whether token `k` opens a call told in the past perfect: "had discussed … by phone".
    /// ("Modi on Friday said he had received a phone call from Carney": a call the speaker
    /// reports, the tense shifted back by "said", is the story's own call.)
    func recalledCall(_ toks: [Token], at k: Int, sentence s: Int) -> Bool {
        guard pastPerfect(toks, at: k) else { return false }
        if k + 1 < toks.count, MeetingFinder.callTakingVerbs.contains(toks[k + 1].hash),
           (k + 2..<min(toks.count, k + 5)).contains(where: { MeetingFinder.phoneWords.contains(toks[$0].hash) }),
           (max(0, k - 3)..<k).contains(where: { MeetingFinder.sayingVerbs.contains(toks[$0].hash) }) { return false }
        return (k + 1..<min(toks.count, k + 15)).contains { p in
            MeetingFinder.phoneWords.contains(toks[p].hash) && sameClause(s, toks, k, p)
        }
    }
    static let callTakingVerbs = Words.set(["received", "held", "had", "made"])

    /// Whether tokens `a` and `b` of sentence `s` stand in one clause: no comma and no word
    /// that opens another clause ("after", "when") between them.
    func sameClause(_ s: Int, _ toks: [Token], _ a: Int, _ b: Int) -> Bool {
        guard a < b, b <= toks.count else { return false }
        return !(a + 1...b).contains { doc.gap(s, before: $0, contains: UInt8(ascii: ",")) || ($0 < b && MeetingFinder.clauseOpeners.contains(toks[$0].hash)) }
    }

    /// The first token of what a sentence reports as said: a verb of saying followed by the
    /// clause said ("said there was", "told reporters that", "said the talks"), not by the
    /// day or the occasion of the saying ("said on Thursday after talks in Canberra").
    /// `nil` when there is none, or when a word of the meeting follows (what was said of it).
    static func speechClause(_ toks: [Token]) -> Int? {
        for k in toks.indices.dropLast() where sayingVerbs.contains(toks[k].hash) {
            var j = k + 1
            // "told reporters that", "told journalists": the hearers, then the clause.
            if listenerWords.contains(toks[j].hash), j + 1 < toks.count { j += 1 }
            // ("said India had never had a better friend": a name opens the clause too, not a day's.)
            let named = toks[j].capitalized && DateResolver.weekdays[toks[j].hash] == nil && DateResolver.months[toks[j].hash] == nil
            if toks[j].hash == H.that || clauseStarts.contains(toks[j].hash) || named {
                if toks[j...].contains(where: { meetingWords.contains($0.hash) }) { return nil }
                return j
            }
        }
        return nil
    }

    /// Where what was said ends when a sentence gives it before its speaker: "The zone is to be
    /// set up in Idlib, Russian President Vladimir Putin said after talks with …". The comma
    /// before the speaker's title and name, at least six tokens in, with a verb of saying right
    /// after the name; `nil` for any other sentence.
    func frontSpeechEnd(_ s: Int) -> Int? {
        let toks = doc.tokens[s]
        for m in people.mentions[s] where m.tokenEnd < toks.count && MeetingFinder.sayingVerbs.contains(toks[m.tokenEnd].hash) {
            // The verb has no words of its own after it, only when and where ("said on Monday after
            // talks"): "…, Trump said he had not criticised her" says its words after the verb.
            let next = m.tokenEnd + 1
            guard next >= toks.count || MeetingFinder.afterSaying.contains(toks[next].hash) || DateResolver.weekdays[toks[next].hash] != nil else { continue }
            // (Not a clause that sets the scene: "After two days of talks at Mar-a-Lago, President
            // Trump said on Friday …", "Standing beside May at Chequers, Trump said …".)
            if let first = toks.first {
                let word = doc.bytes[first.start..<first.end]
                if MeetingFinder.sceneOpeners.contains(first.hash) || (word.count > 4 && word.suffix(3).elementsEqual("ing".utf8)) { return nil }
            }
            var c = m.token
            while c > 0, m.token - c < 6, !doc.gap(s, before: c, contains: UInt8(ascii: ",")), toks[c - 1].capitalized { c -= 1 }
            guard c >= 6, doc.gap(s, before: c, contains: UInt8(ascii: ",")) else { continue }
            return c
        }
        return nil
    }

    /// Whether sentence `s` is what someone said with the speaker after a dash at its end, as
    /// a headline gives it: "Russia, Turkey to set up zone in Idlib by October 15 — Putin".
    func saidBySpeakerAtEnd(_ s: Int) -> Bool {
        let toks = doc.tokens[s]
        guard let m = people.mentions[s].last, m.tokenEnd == toks.count, m.token >= 4 else { return false }
        let from = toks[m.token - 1].end, to = toks[m.token].start
        guard from < to else { return false }
        let gap = doc.bytes[from..<to]
        // An em or en dash (U+2014, U+2013), or a hyphen standing alone.
        return gap.contains(0xE2) && (gap.contains(0x94) || gap.contains(0x93)) || gap.elementsEqual(" - ".utf8)
    }

    /// Facilities named after their city in lower case: "the Ouagadougou international airport".
    static let facilityWords = Words.set(["airport", "international", "presidential", "palace", "airbase", "convention", "conference", "state"])
    static let sceneOpeners = Words.set(["after", "before", "following", "during", "while", "when", "as", "at", "in", "on", "with", "despite", "amid", "ahead", "since", "asked"])
    static let afterSaying = Words.set(["on", "after", "at", "in", "during", "following", "today", "yesterday", "late", "earlier", "later", "this", "when", "while", "as", "ahead", "before"])
    static let sayingVerbs = Words.set(["said", "says", "told", "warned", "added", "insisted", "argued", "claimed", "stressed"])
    static let listenerWords = Words.set(["reporters", "journalists", "lawmakers", "parliament", "supporters", "him", "her", "them"])
    static let clauseStarts = Words.set(["there", "he", "she", "it", "they", "we", "i", "the", "this", "his", "her", "their", "its", "a", "an"])

    /// Whether token `k` of sentence `s` opens "called on" (or "calls on", "call on") a person
    /// in the sense of a visit: no "to" follows in the clause ("called on Russia to stop" is
    /// an appeal).
    func callsOn(_ s: Int, at k: Int) -> Bool {
        let toks = doc.tokens[s]
        guard k + 2 < toks.count, MeetingFinder.callVerbs.contains(toks[k].hash), toks[k + 1].hash == MeetingFinder.onWord else { return false }
        var j = k + 2
        while j < toks.count, j - k <= 24 {
            if toks[j].hash == MeetingFinder.toWord { return false }
            j += 1
        }
        return people.mentions[s].contains { $0.token > k + 1 } || officeOnly(s) != nil
    }
    static let callVerbs = Words.set(["called", "calls", "call", "calling"])
    static let onWord = Tokenizer.hash("on")

    /// Whether token `k` is a verb of speaking followed, within three words, by a telephone
    /// ("spoke by telephone", "talked over the phone", "spoke on the phone").
    static func spokeByPhone(_ toks: [Token], at k: Int) -> Bool {
        guard speakingVerbs.contains(toks[k].hash) else { return false }
        return (k + 1..<min(toks.count, k + 4)).contains { phoneWords.contains(toks[$0].hash) }
    }
    static let speakingVerbs = Words.set(["spoke", "speak", "speaks", "spoken", "speaking", "talked", "talk", "talks", "talking", "chatted"])

    /// Words that tell a call by telephone ("call" alone may be a meeting's: "a call on the King").
    static let phoneWords = Words.set(["phone", "telephone", "phoned", "telephoned", "phones", "telephones", "phoning", "telephoning"])
    static let perfectAdverbs = Words.set(["already", "earlier", "previously", "also", "recently", "just", "twice", "repeatedly"])
    static let irregularParticiples = Words.set(["spoken", "held", "told", "said", "met", "been", "made", "had", "given", "taken", "sent", "written"])

    /// A city named with "in" in sentence `s`: `in Hanoi`, `in Ho Chi Minh City`.
    /// The first token of a background clause in sentence `s` ("since", "last", "ago"…), or the token count.
    func backgroundCut(_ s: Int) -> Int {
        let toks = doc.tokens[s]
        return toks.indices.first { MeetingFinder.isBackgroundCue(toks, $0) } ?? toks.count
    }

    /// The tokens of sentence `s` that tell a later event: from the clause's opener ("when",
    /// "where", "will", a comma) to a time still to come ("next week", "later this month",
    /// "tomorrow"): "… when he sits down with President Xi at the G20 summit in Osaka next week".
    func futureSpan(_ s: Int) -> Range<Int>? {
        let toks = doc.tokens[s]
        for (k, t) in toks.enumerated() {
            var end: Int?
            if t.hash == MeetingFinder.nextWord, k + 1 < toks.count, MeetingFinder.periodWords.contains(toks[k + 1].hash) { end = k + 2 }
            if t.hash == H.later, k + 2 < toks.count, toks[k + 1].hash == MeetingFinder.this, MeetingFinder.periodWords.contains(toks[k + 2].hash) { end = k + 3 }
            if t.hash == MeetingFinder.tomorrow { end = k + 1 }
            guard let end else { continue }
            var start = k
            while start > 0, k - start < 24 {
                if MeetingFinder.futureOpeners.contains(toks[start].hash) || doc.gap(s, before: start, contains: UInt8(ascii: ",")) { return start..<end }
                start -= 1
            }
            return nil
        }
        return nil
    }
    /// Whether sentence `s` tells something "in February" (a month with no day or year after
    /// it) two months or more from the month of the page (its publication date, or its
    /// dateline's month and day): "who flew to the White House in February to hand Trump a
    /// letter", in a report of 18 September.
    /// With `monthUnknown`, for a meeting dated by a weekday or "yesterday" alone in a page
    /// with no date, any month so named is another time ("Biden and Lula also met at the White
    /// House in February", below talks "on Wednesday").
    func inOtherMonth(_ s: Int, monthUnknown: Bool = false) -> Bool {
        let month = doc.report.published?.month ?? doc.report.datelineMonthDay?.month
        guard month != nil || monthUnknown else { return false }
        let toks = doc.tokens[s]
        return toks.indices.contains { k in
            guard k + 1 < toks.count, toks[k].hash == MeetingFinder.inWord, toks[k + 1].capitalized,
                  let m = DateResolver.months[toks[k + 1].hash], k + 2 >= toks.count || !toks[k + 2].numeric,
                  // ("confidence in May": the prime minister, not the month.)
                  !people.mentions[s].contains(where: { $0.token <= k + 1 && k + 1 < $0.tokenEnd }),
                  // (Nor a time the story counts from: "the first call since the invasion in
                  // February last year".)
                  !(k + 2 < toks.count && MeetingFinder.yearRelatives.contains(toks[k + 2].hash)),
                  !(max(0, k - 8)..<k).contains(where: { toks[$0].hash == DateResolver.sinceWord }) else { return false }
            guard let month else { return true }
            let apart = abs(m - month)
            return min(apart, 12 - apart) >= 2
        }
    }

    /// Whether sentence `s` opens, as a wire's lead does, with two leaders of two countries joined
    /// by "and" as the subject of a verb of what they did together ("agreed", "pledged",
    /// "discussed"), on a day it gives ("on Tuesday", "today"): the meeting told by its outcome.
    /// A verb of being there together ("witnessed the signing") needs no day.
    func pairActsOnADay(_ s: Int) -> Bool {
        let toks = doc.tokens[s], ms = people.mentions[s]
        guard ms.count >= 2 else { return false }
        let onADay = DateResolver.mentions(doc, s).contains { m in
            switch m.value {
            case .weekday, .relative: return true
            default: return false
            }
        }
        let a = ms[0], b = ms[1]
        let ca = people.cast[a.person].ref.country, cb = people.cast[b.person].ref.country
        guard a.person != b.person, a.token <= 8, ca != nil, cb != nil, ca != cb, b.token > a.tokenEnd, b.token - a.tokenEnd <= 6,
              (a.tokenEnd..<b.token).contains(where: { toks[$0].hash == H.and }) else { return false }
        var k = b.tokenEnd
        // (The rest of a name the gazetteer writes shorter: "Sheikh Mohamed bin Zayed al-Nahyan".)
        while k < toks.count, k - b.tokenEnd < 3, toks[k].capitalized || People.nameParticles.contains(toks[k].hash),
              !doc.gap(s, before: k, contains: UInt8(ascii: ",")) { k += 1 }
        let verbFrom = k
        while k < toks.count, k - verbFrom <= 3 {
            if MeetingFinder.jointActs.contains(toks[k].hash) { return onADay }
            // "Widodo and Sheikh Mohamed witnessed the signing": together in one room, any day.
            if MeetingFinder.presentActs.contains(toks[k].hash) { return true }
            guard MeetingFinder.timeWords.contains(toks[k].hash) || DateResolver.weekdays[toks[k].hash] != nil else { return false }
            k += 1
        }
        return false
    }
    static let jointActs = Words.set(["agreed", "pledged", "vowed", "discussed", "signed"])

    /// Whether "also" comes right before the sentence's first meeting word ("also held talks
    /// with", "also met"): one more event, after another the story told first.
    static func alsoBeforePredicate(_ toks: [Token]) -> Bool {
        guard let k = toks.firstIndex(where: { strongPredicates.contains($0.hash) }) else { return false }
        return (max(0, k - 3)..<k).contains { toks[$0].hash == alsoWord }
    }
    static let alsoWord = Tokenizer.hash("also")
    static let yearRelatives = Words.set(["last", "next", "this"])
    /// Acts two leaders do in one room: "witnessed the signing", "oversaw the exchange".
    static let presentActs = Words.set(["witnessed", "oversaw", "witness"])

    /// Whether every meeting word of sentence `s` tells a meeting still to come: "The Dominican
    /// Republic is scheduled to host the Summit of the Americas later this year in Punta Cana",
    /// "… ahead of the summit, which Punta Cana will host in December". `false` with none.
    func tellsOnlyLaterMeeting(_ s: Int) -> Bool {
        let toks = doc.tokens[s]
        let later = laterEventStart(s) ?? toks.count
        let words = toks.indices.filter { MeetingFinder.strongPredicates.contains(toks[$0].hash) }
        return !words.isEmpty && words.allSatisfy { $0 >= later || planned(s, $0) }
    }

    /// Whether the verb or noun at token `k` of sentence `s` is told as a plan: "will meet",
    /// "will be received", "was to host", "is scheduled to meet", "is due to travel to
    /// Chequers for talks". Read back to the clause's comma.
    func planned(_ s: Int, _ k: Int) -> Bool {
        let toks = doc.tokens[s]
        // "looks forward to seeing Prime Minister X again at the U.S.-Nordic Leaders' Summit": a
        // meeting someone looks forward to, however far the guest's name and titles carry it.
        if k >= 2, let f = (max(1, k - 18)..<k).last(where: { toks[$0].hash == MeetingFinder.forwardWord && MeetingFinder.lookWords.contains(toks[$0 - 1].hash) }),
           !(f + 1...k).contains(where: { doc.gap(s, before: $0, contains: UInt8(ascii: ",")) || MeetingFinder.clauseOpeners.contains(toks[$0].hash) }) {
            return true
        }
        var j = k - 1
        while j >= 0, k - j <= 10 {
            if doc.gap(s, before: j + 1, contains: UInt8(ascii: ",")) { return false }
            let h = toks[j].hash
            // "would ratify the bid after meeting the Finnish president": a clause of its own.
            if MeetingFinder.clauseOpeners.contains(h) { return false }
            // (Not the noun: "reaffirmed his will for denuclearization when the two met".)
            if MeetingFinder.modalWords.contains(h), !MeetingFinder.isNoun(toks, j) { return true }
            if MeetingFinder.planWords.contains(h) || MeetingFinder.beWords.contains(h), j + 1 < k, toks[j + 1].hash == MeetingFinder.toWord { return true }
            // "scrapped a summit in Amman", "the cancelled talks": an event that was not held.
            if MeetingFinder.cancelWords.contains(h), k - j <= 3 { return true }
            // "looked forward to their meeting tomorrow": a meeting still to come.
            if h == MeetingFinder.forwardWord, j > 0, MeetingFinder.lookWords.contains(toks[j - 1].hash), k - j <= 4 { return true }
            j -= 1
        }
        // "their meeting tomorrow", "talks tomorrow morning".
        if k + 1 < toks.count, toks[k + 1].hash == MeetingFinder.tomorrowWord, MeetingFinder.meetingWords.contains(toks[k].hash) { return true }
        // "Official talks between the two presidents are planned for Tuesday": a meeting word
        // whose own verb, after it, tells a plan.
        guard MeetingFinder.plannedNouns.contains(toks[k].hash) else { return false }
        if MeetingFinder.stillToBeHeld(toks, k) { return true }
        var a = k + 1
        while a + 1 < toks.count, a - k <= 10, !doc.gap(s, before: a, contains: UInt8(ascii: ",")) {
            let h = toks[a].hash
            if MeetingFinder.clauseOpeners.contains(h) || Extractor.relativeWords.contains(h) || h == H.that { return false }
            if MeetingFinder.beWords.contains(h) { return MeetingFinder.planWords.contains(toks[a + 1].hash) }
            if MeetingFinder.modalWords.contains(h) { return true }
            a += 1
        }
        return false
    }

    /// Whether the noun at token `k` names an event the sentence tells what came after:
    /// "After the talks, …", "following their meeting".
    static func followsOn(_ toks: [Token], _ k: Int) -> Bool {
        if k >= 1, MeetingFinder.afterWords.contains(toks[k - 1].hash) { return true }
        return k >= 2 && MeetingFinder.afterWords.contains(toks[k - 2].hash) && People.determiners.contains(toks[k - 1].hash)
    }
    static let forwardWord = Tokenizer.hash("forward"), tomorrowWord = Tokenizer.hash("tomorrow")
    static let lookWords = Words.set(["look", "looks", "looked", "looking"])
    static let afterWords = Words.set(["after", "following"])
    /// Openers of a clause that sets the scene after a comma: "…, after X asked him …", "…, during talks at …".
    static let sceneAfterComma = Words.set(["after", "following", "during"])
    static let afterWord = Tokenizer.hash("after")
    /// Whether token `k` opens a clause of an earlier event: "a day after", "hours after".
    /// The first token of a clause about the guest's previous stop ("arrived in Dar es Salaam
    /// from Accra, where she held talks …"): "where" a few words after "from" in a sentence of
    /// arrival; the token count when there is none.
    static func previousLegCut(_ toks: [Token]) -> Int {
        // ("He travelled to Suva from Vanuatu, where on Wednesday he and Prime Minister X agreed …".)
        guard toks.contains(where: { arrivalWords.contains($0.hash) || travelVerbs.contains($0.hash) }),
              let from = toks.firstIndex(where: { $0.hash == fromWord }),
              let whereAt = (from + 1..<min(toks.count, from + 6)).first(where: { toks[$0].hash == whereWord }) else { return toks.count }
        return whereAt
    }
    static let fromWord = Tokenizer.hash("from"), whereWord = Tokenizer.hash("where")
    static let followsWord = Tokenizer.hash("follows")
    /// Where an event's "follows" opens what came before it ("The visit … follows the summit
    /// hosted by …"); not a person's "who follows the region".
    static func followsAt(_ toks: [Token]) -> Int? {
        toks.indices.first { toks[$0].hash == followsWord && !($0 > 0 && asideOpeners.contains(toks[$0 - 1].hash)) }
    }

    /// Where a clause of a later event opens: "ahead" or "before" ("… before he heads to
    /// Uzbekistan for a summit where he is expected to meet Putin"). Not "before holding talks
    /// with" after a main clause that tells neither a meeting nor an arrival: in "visited the
    /// border on Sunday before holding talks with President X in Seoul" that clause is the
    /// meeting told.
    static func laterEventStart(_ toks: [Token]) -> Int? {
        // ("ahead of the summit", not "would go ahead with the purchase".)
        // (Nor "before" as "in front of" a person: "read before his homologue Joseph R. Biden a message".)
        guard let k = toks.indices.first(where: { k in
            toks[k].hash == before && !beforeAPerson(toks, k) || toks[k].hash == ahead && k + 1 < toks.count && toks[k + 1].hash == ofWord
        }) else { return nil }
        // ("… before the two leaders held talks": the talks themselves, told after the welcome.)
        let pairMeets = toks[k].hash == before && (k + 1..<min(toks.count, k + 5)).contains { j in
            (pairNouns.contains(toks[j].hash) || toks[j].hash == H.they) && j + 1 < toks.count && pairVerbs.contains(toks[j + 1].hash)
        }
        // ("greeted her warmly before their talks": the pair's talks, told after the greeting.)
        let theirTalks = toks[k].hash == before && k + 2 < toks.count && toks[k + 1].hash == theirWord && plannedNouns.contains(toks[k + 2].hash)
        // ("was received with military honours, before he held talks with …": the guest's own talks,
        // told after the welcome.)
        let ownTalks = toks[k].hash == before && k + 3 < toks.count && (toks[k + 1].hash == People.he || toks[k + 1].hash == People.she)
            && talksVerbs.contains(toks[k + 2].hash) && plannedNouns.contains(toks[k + 3].hash)
        if toks[k].hash == before, k + 1 < toks.count, meetingGerunds.contains(toks[k + 1].hash) || pairMeets || theirTalks || ownTalks,
           !toks[..<k].indices.contains(where: { i in
               (strongPredicates.contains(toks[i].hash) || arrivalWords.contains(toks[i].hash))
                   // (A welcome in the passive is no meeting of its own: "was received with honours".)
                   && !(ownTalks && i > 0 && beWords.contains(toks[i - 1].hash))
           }) {
            return nil
        }
        return k
    }
    /// Whether "before" at token `k` stands in front of a person, "his homologue", "the
    /// President", not before a later time.
    static func beforeAPerson(_ toks: [Token], _ k: Int) -> Bool {
        var j = k + 1
        if j < toks.count, People.determiners.contains(toks[j].hash) || toks[j].hash == H.his || toks[j].hash == People.her { j += 1 }
        guard j < toks.count else { return false }
        return personNouns.contains(toks[j].hash) || (j > k + 1 && People.roleNouns.contains(toks[j].hash))
    }
    static let personNouns = Words.set(["homologue", "counterpart", "host", "guest", "visitor"])
    /// Verbs of a pair meeting after "before the two leaders": "held", "met", "had".
    static let pairVerbs = Words.set(["held", "met", "had", "sat"])
    /// Verbs of holding talks after "before he": "held", "had", "led", "conducted".
    static let talksVerbs = Words.set(["held", "had", "led", "conducted"])
    /// Where the clause of a later event starts in sentence `s` (see the static form), past a
    /// clause of it put first: in "Before the speech, Duda held a meeting with President X" the
    /// main clause after the comma is the sentence's own.
    /// A sentence that opens on "Tomorrow" ("Tomorrow Wednesday the president will take part,
    /// together with …, in the summit") tells a later event throughout.
    func laterEventStart(_ s: Int) -> Int? {
        let toks = doc.tokens[s]
        if toks.first?.hash == MeetingFinder.tomorrowWord { return 0 }
        guard let k = MeetingFinder.laterEventStart(toks) else { return nil }
        guard k <= 1, let comma = (k + 1..<toks.count).first(where: { doc.gap(s, before: $0, contains: UInt8(ascii: ",")) }) else { return k }
        return MeetingFinder.laterEventStart(Array(toks[comma...])).map { $0 + comma }
    }
    /// "holding talks", "meeting", "sitting down with": a meeting told after "before".
    static let meetingGerunds = Words.set(["holding", "meeting", "hosting", "receiving", "sitting", "talks"])

    /// The asides of sentence `s` set off by a pair of spaced dashes (" - ", " – ", " — "): the
    /// tokens between them.
    func dashAsides(_ s: Int) -> [Range<Int>] {
        let toks = doc.tokens[s]
        func dashBefore(_ k: Int) -> Bool {
            let from = k > 0 ? toks[k - 1].end : doc.sentences[s].start
            let to = k < toks.count ? toks[k].start : doc.sentences[s].end
            guard from < to else { return false }
            let gap = doc.bytes[from..<to]
            guard gap.contains(0x20) else { return false }
            // A hyphen, or an en or em dash (E2 80 93, E2 80 94); not a curly quotation mark.
            return gap.contains(UInt8(ascii: "-")) || gap.indices.contains { i in
                gap[i] == 0xE2 && i + 2 < gap.endIndex && gap[i + 1] == 0x80 && (gap[i + 2] == 0x93 || gap[i + 2] == 0x94)
            }
        }
        let dashes = toks.indices.dropFirst().filter(dashBefore)
        return stride(from: 0, to: dashes.count - 1, by: 2).map { dashes[$0]..<dashes[$0 + 1] }
    }

    /// The clauses of sentence `s` that open with "who" or "whose" after a comma, to the next
    /// comma ("Moon, who has held three summits this year with …, is …"): asides about someone.
    func asideClauses(_ s: Int) -> [Range<Int>] {
        let toks = doc.tokens[s]
        var out: [Range<Int>] = []
        for k in toks.indices where k > 0 && MeetingFinder.asideOpeners.contains(toks[k].hash) && doc.gap(s, before: k, contains: UInt8(ascii: ",")) {
            var end = (k + 1..<toks.count).first { doc.gap(s, before: $0, contains: UInt8(ascii: ",")) } ?? toks.count
            // (A translation may drop the closing comma: "X, who has arrived to take part in the oath
            // of new President Y has met with the President": a second "has" after a name opens
            // the main clause again.)
            if let main = (k + 3..<max(k + 3, end)).first(where: { MeetingFinder.perfectAuxiliaries.contains(toks[$0].hash) && toks[$0 - 1].capitalized }),
               (k + 1..<main).contains(where: { MeetingFinder.perfectAuxiliaries.contains(toks[$0].hash) }) {
                end = main
            }
            out.append(k..<end)
        }
        return out
    }
    static let asideOpeners = Words.set(["who", "whose"])
    static let perfectAuxiliaries = Words.set(["has", "have", "had"])
    /// Words that put a trip behind the traveller: "fresh off a trip to", "back from a visit to".
    static let behindWords = Words.set(["off", "from", "after", "following", "returning", "back"])

    /// Whether a sentence opens on an earlier time: "Earlier in the day, …", "Prior to that, …",
    /// "Before that, …".
    static func opensWithEarlier(_ toks: [Token]) -> Bool {
        guard let first = toks.first else { return false }
        if first.hash == earlierWord { return true }
        // "A day earlier, …", "Two days before, …", "Hours earlier, …".
        if let k = toks.prefix(3).firstIndex(where: { $0.hash == earlierWord || $0.hash == before }), k >= 1,
           spanNouns.contains(toks[k - 1].hash), k + 1 == toks.count || toks[k + 1].hash != thanWord { return true }
        return toks.count > 1 && (first.hash == priorWord && toks[1].hash == toWord || first.hash == before && toks[1].hash == thatWord)
    }
    static let thanWord = Tokenizer.hash("than")

    /// Whether a sentence tells a round of meetings: "met several world leaders …, including",
    /// "one of many heads of state he met".
    static func tellsRound(_ toks: [Token]) -> Bool {
        toks.indices.dropLast().contains { k in
            roundWords.contains(toks[k].hash) && (k + 1..<min(toks.count, k + 4)).contains { pairNouns.contains(toks[$0].hash) && toks[$0].hash != sidesWord }
        }
    }
    static let roundWords = Words.set(["several", "many", "various", "multiple", "numerous", "dozens"])
    static let sidesWord = Tokenizer.hash("sides")

    /// Whether a sentence opens on what came after the event told above: "After leaving the
    /// Palace, …", "Following the audience, …", "Later, …", "Afterwards, …".
    static func opensWithLater(_ toks: [Token]) -> Bool {
        guard let first = toks.first else { return false }
        return laterOpeners.contains(first.hash)
    }
    /// Whether token `k` opens "flew on to", "travelled on to": a verb of ``travelVerbs``, then
    /// "on to", the next leg of a trip.
    static func travelsOnTo(_ toks: [Token], at k: Int) -> Bool {
        k + 2 < toks.count && travelVerbs.contains(toks[k].hash) && toks[k + 1].hash == DateResolver.on && toks[k + 2].hash == toWord
    }
    /// Whether a sentence's first verb is one of travel ("Yoon flew to Singapore … for a summit"):
    /// a verb of ``travelVerbs`` within its first six words, before any meeting word.
    static func travelsFirst(_ toks: [Token]) -> Bool {
        guard let k = toks.prefix(6).firstIndex(where: { travelVerbs.contains($0.hash) }) else { return false }
        return !toks[..<k].contains { strongPredicates.contains($0.hash) }
    }
    static let laterOpeners = Words.set(["after", "following", "later", "afterwards", "afterward", "subsequently"])
    static let earlierWord = Tokenizer.hash("earlier"), priorWord = Tokenizer.hash("prior"), thatWord = Tokenizer.hash("that")

    /// Whether a sentence opens on an earlier event of its subject: "The last visit of X to the
    /// White House dated from September 2022", "Their previous meeting was in Osaka".
    static func opensWithPastEvent(_ toks: [Token]) -> Bool {
        guard let k = toks.prefix(3).firstIndex(where: { pastEventCues.contains($0.hash) }),
              toks[..<k].allSatisfy({ People.determiners.contains($0.hash) }) else { return false }
        return (k + 1..<min(toks.count, k + 3)).contains { pastEventNouns.contains(toks[$0].hash) }
    }
    static let pastEventCues = Words.set(["last", "previous", "earlier"])
    static let timeNoun = Tokenizer.hash("time"), forWord = Tokenizer.hash("for")
    /// Verbs of meeting after "last": "last met", "last spoke", "last visited".
    static let lastMetVerbs = Words.set(["met", "spoke", "held", "talked", "visited", "hosted", "received", "conferred"])

    /// Whether a sentence tells a time before the story's: "visited France and Italy earlier
    /// this week, holding talks with …", "met last month in Rome".
    static func tellsEarlierPeriod(_ toks: [Token]) -> Bool { earlierPeriod(toks) != nil }

    /// Where ``tellsEarlierPeriod(_:)`` finds its time before the story's.
    static func earlierPeriod(_ toks: [Token]) -> Int? {
        toks.indices.first { k in
            guard toks[k].hash == earlierWord || toks[k].hash == DateResolver.last, k + 1 < toks.count else { return false }
            // ("The two leaders last met in Ankara in June": a meeting before this one; "the last
            // time he visited the White House six and a half years ago".)
            // (Not "met on Monday for the last time before the election".)
            if toks[k].hash == DateResolver.last, lastMetVerbs.contains(toks[k + 1].hash)
                || toks[k + 1].hash == timeNoun && !(k >= 2 && toks[k - 2].hash == forWord) { return true }
            // ("… held bilateral talks at Palazzo Chigi on the eve of the Rome G20 summit last October".)
            if toks[k].hash == DateResolver.last, toks[k + 1].capitalized, DateResolver.months[toks[k + 1].hash] != nil { return true }
            let n = toks[k + 1].hash == this && toks[k].hash == earlierWord ? k + 2 : k + 1
            return n < toks.count && periodWords.contains(toks[n].hash)
        }
    }
    /// Whether sentence `s` tells a time before the story's (``tellsEarlierPeriod(_:)``) before
    /// token `end`, outside a relative clause after a day of its own: not "Trump on Thursday
    /// said he would exempt goods from the tariffs that took effect earlier this week".
    func earlierPeriodOfSentence(_ s: Int, before end: Int) -> Bool {
        let toks = doc.tokens[s]
        guard let k = MeetingFinder.earlierPeriod(Array(toks[..<min(end, toks.count)])) else { return false }
        guard let day = DateResolver.mentions(doc, s).first(where: { m in
            switch m.value {
            case .weekday, .relative: return m.tokenEnd <= k
            default: return false
            }
        }) else { return true }
        return !(day.tokenEnd..<k).contains { j in
            Extractor.relativeWords.contains(toks[j].hash)
                || toks[j].hash == H.that && j > 0 && !MeetingFinder.speechVerbs.contains(toks[j - 1].hash) && !toks[j - 1].capitalized
        }
    }
    static let pastEventNouns = Words.set(["visit", "visits", "trip", "trips", "meeting", "meetings", "talks", "summit", "summits",
                                       "encounter", "call", "conversation", "stay"])

    /// Whether a sentence of four words or more comes before sentence `s`: `s` is not the story's opening.
    func substantiveBefore(_ s: Int) -> Bool {
        (0..<s).contains { doc.tokens[$0].count >= 4 }
    }

    static func opensEarlierEvent(_ toks: [Token], _ k: Int) -> Bool {
        // (Not a period of its own before "after": "the tariffs that took effect earlier this
        // week, after speaking by phone with …".)
        k > 0 && toks[k].hash == afterWord && spanNouns.contains(toks[k - 1].hash)
            && !(k > 1 && periodDeterminers.contains(toks[k - 2].hash))
    }
    static let periodDeterminers = Words.set(["this", "last", "next", "that", "previous", "coming", "past", "recent"])
    static let clauseOpeners = Words.set(["after", "before", "when", "while", "since", "following", "as", "during"])
    static let spanNouns = Words.set(["day", "days", "hours", "hour", "week", "weeks", "month", "months", "shortly", "soon", "just", "minutes"])
    /// Modal verbs before a meeting's verb that make it a plan or a wish ("will meet", "must
    /// meet", "could meet"); not "may", which is also a month.
    static let modalWords = Words.set(["will", "would", "shall", "must", "should", "could", "might"])
    /// Nouns of a meeting whose verb may follow them as a plan ("talks are planned for Tuesday").
    /// Whether the meeting noun at token `k` is followed by "to be" ("the G20 summit to be
    /// held in Bali in November"): a meeting still to be held.
    static func stillToBeHeld(_ toks: [Token], _ k: Int) -> Bool {
        k + 2 < toks.count && toks[k + 1].hash == toWord && toks[k + 2].hash == beWord
    }
    static let plannedNouns = Words.set(["talks", "meeting", "meetings", "summit", "discussions", "negotiations", "consultations"])
    static let planWords = Words.set(["scheduled", "expected", "due", "set", "plan", "plans", "planned", "going", "slated",
                                      // "ready to resume peace talks", "hopes to meet": a wish, not a meeting held.
                                      "ready", "willing", "prepared", "intends", "intend", "hopes", "hope", "wants", "want", "seeks", "seek", "aims", "aim",
                                      // "looked forward to meeting Albanese later in the year".
                                      "forward"])
    static let cancelWords = Words.set(["scrapped", "cancelled", "canceled", "postponed", "shelved", "axed", "aborted", "scrap", "cancel", "postpone"])
    static let beWords = Words.set(["is", "are", "was", "were"])
    static let passiveAuxiliaries = Words.set(["been", "be", "being"])
    static let periodWords = Words.set(["week", "month", "year", "weekend", "spring", "summer", "autumn", "fall", "winter"])
    static let nextWord = Tokenizer.hash("next"), this = Tokenizer.hash("this"), tomorrow = Tokenizer.hash("tomorrow")
    static let futureOpeners = Words.set(["when", "where", "will", "would", "shall", "plans", "planned", "due", "ahead", "before"])

    /// The place sentence `s` says the leaders met at: a city, else a country. `skippingBackground`
    /// leaves out clauses of other times and what was said before its speaker; `skippingSpeech`
    /// what someone is reported to have said; `visits` lets the city of "a trip to Moscow" count
    /// (in the lead; below it such a trip is most often another leg).
    func statedPlace(_ s: Int, skippingBackground: Bool = false, skippingSpeech: Bool = false, visits: Bool = false) -> Place? {
        // A background clause starts after the first person named: "Italy will run two centres …
        // under an agreement that Meloni and Rama presented in Rome" keeps its "will".
        let firstNamed = people.mentions[s].first?.token ?? 0
        // ("… on Thursday, the day after a state banquet hosted by the King at Windsor Castle": an
        // earlier event's place.)
        var cut = skippingBackground ? (doc.tokens[s].indices.first { k in
            k >= firstNamed && MeetingFinder.isBackgroundCue(doc.tokens[s], k) || MeetingFinder.opensEarlierEvent(doc.tokens[s], k)
        } ?? doc.tokens[s].count) : doc.tokens[s].count
        // ("Shortly after landing on Wednesday, the pope was driven to the Belém Palace": a sentence
        // that opens with such a clause goes on with its own after the comma.)
        var skipped: Range<Int>?
        // ("Yesterday, barely two days after being sworn in, X was standing at …": or a clause that
        // ends before anyone is named.)
        if cut < doc.tokens[s].count, MeetingFinder.opensEarlierEvent(doc.tokens[s], cut),
           let comma = (cut + 1..<doc.tokens[s].count).first(where: { doc.gap(s, before: $0, contains: UInt8(ascii: ",")) }),
           cut <= 2 || !people.mentions[s].contains(where: { $0.token < comma }) {
            skipped = cut..<comma
            cut = doc.tokens[s].count
        } else if cut < doc.tokens[s].count, MeetingFinder.modalWords.contains(doc.tokens[s][cut].hash),
                  let after = (cut + 1..<max(cut + 1, doc.tokens[s].count - 1)).first(where: { k in
                      doc.tokens[s][k].hash == MeetingFinder.afterWord && (MeetingFinder.meetingWords.contains(doc.tokens[s][k + 1].hash)
                          // (Or the pair's: "…, said the statement, issued after the two met in Cairo".)
                          || MeetingFinder.pairMeetsFrom(doc.tokens[s], k + 1))
                          // ("pledged that his country would never harm …, after President X asked him
                          // to repeat the oath during a joint press conference at … in Cairo": the
                          // clause after the comma is the scene's.)
                          || MeetingFinder.sceneAfterComma.contains(doc.tokens[s][k].hash) && doc.gap(s, before: k, contains: UInt8(ascii: ","))
                  }) {
            // ("… has pledged that his administration will maintain close ties with Russia, after
            // meeting President Putin at the Kremlin on Wednesday": the plan is skipped, the
            // meeting after it is read.)
            skipped = cut..<after
            cut = doc.tokens[s].count
        }
        // A headline of what someone said ("Russia, Turkey to set up zone in Idlib — Putin") names
        // what was said, not where.
        if skippingBackground, saidBySpeakerAtEnd(s) { return nil }
        // ("Moscow and Ankara have decided to create a zone … in the Idlib area, Russian President
        // Vladimir Putin said on Monday after talks with …": what was said, before its speaker.)
        let said = skippingBackground ? frontSpeechEnd(s) : nil
        // "… the president said there was 'real starvation' in Gaza": in a sentence below the
        // lead, a place in what someone said is what they spoke of.
        if skippingSpeech, let k = MeetingFinder.speechClause(doc.tokens[s]) { cut = min(cut, k) }
        let toks = Array(doc.tokens[s][..<cut])
        var later = futureSpan(s)
        // "… toward the success of the G20 summit to be held in Bali": the place of a meeting still to come.
        if later == nil, let k = toks.indices.first(where: { MeetingFinder.plannedNouns.contains(toks[$0].hash) && MeetingFinder.stillToBeHeld(toks, $0) }) {
            later = k..<min(toks.count, k + 8)
        }
        // "We hope it will convene as soon as possible in Geneva," Erdogan said: a place said is no place told.
        let quoted = skippingBackground ? doc.quoted(s) : []
        var countryOnly: Place?
        var visitCity: Place?
        // "welcomed President Zelenskyy to Downing Street": where a guest is welcomed to.
        let welcome = toks.firstIndex { MeetingFinder.welcomeVerbs.contains($0.hash) }
        for (i, t) in toks.enumerated() where i + 1 < toks.count && !(later?.contains(i) ?? false) && !(quoted.indices.contains(i) && quoted[i])
            && !(skipped?.contains(i) ?? false) && !(said.map { i < $0 } ?? false) {
            // Only the guest stands between the verb and "to": names, titles, "his counterpart".
            let welcomedTo = t.hash == MeetingFinder.toWord && welcome.map { w in
                w < i && i - w <= 14 && (w + 1..<i).allSatisfy { k in
                    toks[k].capitalized || People.determiners.contains(toks[k].hash) || People.roleNouns.contains(toks[k].hash)
                        || MeetingFinder.guestWords.contains(toks[k].hash)
                        // (A name's particle: "welcomed President Luiz Inácio Lula da Silva of Brazil to …".)
                        || people.mentions[s].contains { $0.token <= k && k < $0.tokenEnd }
                        || toks[k].hash == MeetingFinder.ofWord || toks[k].hash == H.and || context.demonym(toks, at: k) != nil
                        // (The "s" of a possessive: "welcomed South Korea's President to …".)
                        || (k > w + 1 && toks[k].end - toks[k].start == 1 && doc.afterPossessive(s, k - 1) != nil)
                }
            } ?? false
            // "travelled to Kyiv, where …": where a leader went to.
            // ("travelled on Saturday morning to the holy city of Najaf": a day between the verb and "to".)
            // (Not "flew on to Washington": the next leg.)
            let onward = i >= 2 && MeetingFinder.travelsOnTo(toks, at: i - 2)
            let wentTo = t.hash == MeetingFinder.toWord && i > 0 && !onward && (MeetingFinder.travelVerbs.contains(toks[i - 1].hash)
                || (max(0, i - 5)..<(i - 1)).contains { v in
                    MeetingFinder.travelVerbs.contains(toks[v].hash)
                        && (v + 1..<i).allSatisfy { MeetingFinder.timeWords.contains(toks[$0].hash) || DateResolver.weekdays[toks[$0].hash] != nil || toks[$0].numeric }
                })
            // "Prime Minister Abe, who is visiting Vladivostok, …": the city a leader is visiting.
            // (Not a city that qualifies an office: "visiting Abu Dhabi Crown Prince Sheikh X".)
            if t.hash == MeetingFinder.visiting, toks[i + 1].capitalized,
               let n = (1...3).reversed().first(where: { i + 1 + $0 <= toks.count && cityNamed(doc.span(s, i + 1, i + 1 + $0)) != nil }),
               let city = cityNamed(doc.span(s, i + 1, i + 1 + n)),
               !(i + 1 + n < toks.count && toks[i + 1 + n].capitalized && !doc.gap(s, before: i + 1 + n, contains: UInt8(ascii: ","))
                 && DateResolver.weekdays[toks[i + 1 + n].hash] == nil && DateResolver.months[toks[i + 1 + n].hash] == nil) { return city }
            // "Abe has visited the northern Australian city of Darwin": a visit just made, to a
            // settlement named as one.
            if t.hash == MeetingFinder.visitedWord, i > 0, MeetingFinder.perfectWords.contains(toks[i - 1].hash), toks[i + 1].hash == People.the,
               let of = (i + 2..<min(toks.count, i + 6)).first(where: { toks[$0].hash == MeetingFinder.ofWord }),
               (i + 2..<of).contains(where: { MeetingFinder.settlementWords.contains(toks[$0].hash) }), of + 1 < toks.count, toks[of + 1].capitalized,
               let city = cityFrom(s, at: of + 1, end: toks.count) {
                return city
            }
            let visitTo = t.hash == MeetingFinder.toWord && i > 0 && MeetingFinder.visitNouns.contains(toks[i - 1].hash)
            // "at the truce village of Panmunjom", "at the Black Sea resort of Sochi", "a building on the
            // northern side of the truce village of Panmunjom": a settlement named as one.
            // ("on the sidelines of the BRICS summit hosted by the Russian city of Kazan": the summit's host city.)
            let hostedBy = t.hash == Extractor.byWord && i > 0 && toks[i - 1].hash == H.hosted
            if t.hash == MeetingFinder.atWord || t.hash == MeetingFinder.ofWord || hostedBy, toks[i + 1].hash == People.the,
               let of = (i + 2..<min(toks.count, i + 6)).first(where: { toks[$0].hash == MeetingFinder.ofWord }),
               of + 1 < toks.count, toks[of + 1].capitalized,
               (i + 2..<of).contains(where: { MeetingFinder.settlementWords.contains(toks[$0].hash) && toks[$0].hash != MeetingFinder.capitalWord }),
               let city = cityFrom(s, at: of + 1, end: toks.count) {
                return city
            }
            // "signed agreements during Kremlin talks", "after a White House meeting": a venue
            // written before the meeting's noun.
            if MeetingFinder.venueNounOpeners.contains(t.hash) {
                let v = toks[i + 1].hash == H.a || toks[i + 1].hash == People.the ? i + 2 : i + 1
                if v < toks.count, toks[v].capitalized, let city = (1...4).reversed().lazy.compactMap({ n -> Place? in
                    guard v + n < toks.count, MeetingFinder.plannedNouns.contains(toks[v + n].hash),
                          let venue = self.context.places.venue(named: self.doc.span(s, v, v + n)) else { return nil }
                    return self.context.places.place(named: venue.city)
                }).first { return city }
            }
            // "held bilateral talks on Parliament Hill": a venue named with "on".
            if t.hash == DateResolver.on, toks[i + 1].capitalized, DateResolver.weekdays[toks[i + 1].hash] == nil,
               let city = venueCity(s, toks, at: i + 1) { return city }
            // ("inside St. Peter's Basilica": a venue only.)
            let inside = t.hash == MeetingFinder.insideWord
            guard t.hash == MeetingFinder.inWord || t.hash == MeetingFinder.atWord || welcomedTo || wentTo || visitTo || inside else { continue }
            // ("Scholz, who was in Beijing just over a week ago, met …": a place of a time gone by.)
            if agoInClause(s, after: i) { continue }
            // ("held discussions on the implementation of the agreement they signed in Asmara": where
            // an earlier agreement was signed, not where they meet.)
            if i >= 2, Extractor.agreementParticiples.contains(toks[i - 1].hash),
               (max(0, i - 6)..<(i - 1)).contains(where: { Extractor.agreementNouns.contains(toks[$0].hash) }) { continue }
            // "at the Kremlin", "in the Oval Office", "at Mar-a-Lago": the venue's city.
            let venueAt = toks[i + 1].hash == People.the ? i + 2 : i + 1
            if venueAt < toks.count, toks[venueAt].capitalized || toks[venueAt].numeric, let city = venueCity(s, toks, at: venueAt) { return city }
            // "in the Cabinet Room of the White House", "in the East Hall of the Kremlin": a room of a venue.
            // ("at Ikulu of Dar es Salaam": a building the gazetteer lacks, of a city it has.)
            if venueAt + 2 < toks.count, toks[venueAt].capitalized,
               let of = (venueAt + 1..<min(toks.count - 1, venueAt + 4)).first(where: { toks[$0].hash == MeetingFinder.ofWord }),
               (venueAt..<of).allSatisfy({ toks[$0].capitalized }) {
                let after = toks[of + 1].hash == People.the ? of + 2 : of + 1
                if let city = venueCity(s, toks, at: after) { return city }
                // ("in the Palace of the Alvorada", "the Palace of Carthage": a venue written the
                // other way round, as translated copy does.)
                let building = doc.span(s, venueAt, of)
                if let city = (1...3).reversed().lazy.compactMap({ n -> Place? in
                    guard after + n <= toks.count, let v = self.context.places.venue(named: self.doc.span(s, after, after + n) + " " + building) else { return nil }
                    return self.context.places.place(named: v.city)
                }).first { return city }
                // (A city of the country of someone the sentence names: "the Palace of Belém" in
                // Lisbon is not Belém in Brazil.)
                if after < toks.count, toks[after].capitalized, let city = cityFrom(s, at: after, end: toks.count) {
                    let countries = peopleCountries(s)
                    if countries.contains(city.country) { return city }
                }
            }
            // "At a White House summit": a venue named as what the meeting was held at.
            if toks[i + 1].hash == H.a, i + 2 < toks.count, toks[i + 2].capitalized, let city = venueCity(s, toks, at: i + 2) { return city }
            if inside { continue }
            // "at the Bogor Presidential Palace": a presidential seat named after its town.
            // (A town of the country of someone the sentence names: "the Miraflores presidential
            // palace" in Caracas is not the Miraflores of Lima.)
            if venueAt < toks.count, toks[venueAt].capitalized, let city = (1...2).lazy.compactMap({ n -> Place? in
                let k = venueAt + n
                guard k + 1 < toks.count, toks[k].hash == MeetingFinder.presidentialWord,
                      MeetingFinder.seatWords.contains(toks[k + 1].hash),
                      let city = self.cityNamed(self.doc.span(s, venueAt, k)) else { return nil }
                let countries = self.peopleCountries(s)
                return countries.isEmpty || countries.contains(city.country) ? city : nil
            }).first { return city }
            // "at State House, Nairobi": a building the gazetteer does not place, then its city.
            // ("at the Capella Hotel on Sentosa Island, Singapore": a building, where it stands, its city.)
            if venueAt < toks.count, toks[venueAt].capitalized {
                var k = venueAt
                while k < toks.count, k - venueAt < 7, toks[k].capitalized || (k > venueAt && k + 1 < toks.count && MeetingFinder.venueLinks.contains(toks[k].hash) && toks[k + 1].capitalized),
                      k == venueAt || !doc.gap(s, before: k, contains: UInt8(ascii: ",")) { k += 1 }
                // (A city of two words or three: "at Bharat Mandapam, New Delhi". Not a place, then
                // who spoke: "in South Korea, Cheong Wa Dae said".)
                if k > venueAt, k < toks.count, doc.gap(s, before: k, contains: UInt8(ascii: ",")), toks[k].capitalized,
                   context.places.place(named: doc.span(s, venueAt, k)) == nil,
                   let city = (1...3).reversed().lazy.compactMap({ n -> Place? in
                       k + n <= toks.count && (1..<n).allSatisfy({ toks[k + $0].capitalized })
                           && (k + n == toks.count || !MeetingFinder.speechVerbs.contains(toks[k + n].hash)) ? self.cityNamed(self.doc.span(s, k, k + n)) : nil
                   }).first { return city }
            }
            // "at Malmen air base outside Linköping", "at the Bocharov Ruchei residence near Sochi": a
            // venue the gazetteer lacks, then the city it stands by.
            if venueAt + 2 < toks.count, toks[venueAt].capitalized,
               let by = (venueAt + 1..<min(toks.count - 1, venueAt + 6)).first(where: { MeetingFinder.besideWords.contains(toks[$0].hash) }),
               toks[by + 1].capitalized,
               (venueAt + 1...by).allSatisfy({ !doc.gap(s, before: $0, contains: UInt8(ascii: ",")) }),
               (venueAt..<by).allSatisfy({ toks[$0].capitalized || MeetingFinder.venueNouns.contains(toks[$0].hash) }),
               let city = (1...2).reversed().lazy.compactMap({ n -> Place? in
                   by + 1 + n <= toks.count ? self.cityNamed(self.doc.span(s, by + 1, by + 1 + n)) : nil
               }).first {
                return city
            }
            // "at the Russian spaceport Vostochny Cosmodrome": a demonym or a common noun or two before the name.
            if toks[i + 1].hash == People.the {
                var k = venueAt
                while k < toks.count, k - venueAt < 2, !toks[k].capitalized || context.demonym(toks, at: k) != nil {
                    k += 1
                    if k < toks.count, k > venueAt, toks[k].capitalized, context.demonym(toks, at: k) == nil, let city = venueCity(s, toks, at: k) { return city }
                }
            }
            // "welcomed … at the Ouagadougou international airport": a city named before a facility
            // in lower case.
            if toks[i + 1].hash == People.the, venueAt < toks.count, toks[venueAt].capitalized,
               let city = (1...3).reversed().lazy.compactMap({ n -> Place? in
                   let k = venueAt + n
                   guard k < toks.count, !toks[k].capitalized, MeetingFinder.facilityWords.contains(toks[k].hash),
                         let city = self.cityNamed(self.doc.span(s, venueAt, k)) else { return nil }
                   // (A city of the country of someone the sentence names: "the Miraflores
                   // presidential palace" in Caracas is not the Miraflores of Lima.)
                   let countries = self.peopleCountries(s)
                   return countries.isEmpty || countries.contains(city.country) ? city : nil
               }).first { return city }
            // "stood beside Scott Morrison at the Darwin Cenotaph": a landmark named after its city,
            // a city of the country of someone the sentence names.
            if t.hash == MeetingFinder.atWord, toks[i + 1].hash == People.the, venueAt < toks.count, toks[venueAt].capitalized,
               let city = (1...2).reversed().lazy.compactMap({ n -> Place? in
                   let k = venueAt + n
                   guard k < toks.count, toks[k].capitalized, !self.doc.gap(s, before: k, contains: UInt8(ascii: ",")),
                         (k + 1 == toks.count || !toks[k + 1].capitalized),
                         let city = self.cityNamed(self.doc.span(s, venueAt, k)), self.context.places.place(named: self.doc.span(s, venueAt, k + 1)) == nil else { return nil }
                   let countries = self.peopleCountries(s)
                   return countries.contains(city.country) ? city : nil
               }).first { return city }
            // "met Donald J. Trump at Panmunjom on June 30": a small place named with "at", standing
            // alone (not "at Moscow State University", nor "at Beijing's invitation").
            if t.hash == MeetingFinder.atWord, toks[i + 1].capitalized, let (city, n) = (1...3).reversed().lazy.compactMap({ n -> (Place, Int)? in
                guard i + 1 + n <= toks.count, let c = self.cityNamed(self.doc.span(s, i + 1, i + 1 + n)) else { return nil }
                return (c, n)
            }).first, i + 1 + n == toks.count || !toks[i + 1 + n].capitalized, doc.afterPossessive(s, i + n) == nil {
                return city
            }
            // "met with Pope Francis at the Vatican on Saturday": a city-state written with its article.
            if t.hash == MeetingFinder.atWord, toks[i + 1].hash == People.the, i + 2 < toks.count, toks[i + 2].capitalized,
               !MeetingFinder.regionFollows(toks, i + 3), let p = context.places.place(named: doc.span(s, i + 2, i + 3)), p.kind == .country,
               let city = cityNamed(doc.span(s, i + 2, i + 3)) { return city }
            // ("as part of his official visit to the Turkish capital": where a visit goes.)
            guard t.hash == MeetingFinder.inWord || welcomedTo || wentTo || visitTo else { continue }
            // "sources in Berlin", "Nigerians living in South Africa": where someone speaks
            // from or lives, not where the leaders meet.
            if i > 0, MeetingFinder.notMeetingBefore.contains(toks[i - 1].hash) { continue }
            // "…," said the head of an association in Ciudad Juárez: where a speaker is.
            if (max(0, i - 12)..<i).contains(where: { MeetingFinder.speechVerbs.contains(toks[$0].hash) })
                && !(max(0, i - 12)..<i).contains(where: { MeetingFinder.strongPredicates.contains(toks[$0].hash) }) { continue }
            // "in the Kazakh capital": the capital of the demonym's country.
            if toks[i + 1].hash == People.the, let city = demonymCapital(s, toks, from: i + 2) { return city }
            // (After "visit to", only that, or a city in the lead when `visits`: "a visit to Portugal"
            // names no city, and the dateline may; "using a trip to Moscow for …" names the city.)
            // (Not an earlier visit: "set up during Mr. Modi's 2019 visit to Riyadh", "his last trip to".)
            if visitTo && !(t.hash == MeetingFinder.inWord || welcomedTo || wentTo) {
                // (Nor a trip just behind them: "fresh off a surprise trip to Kyiv", "back from a visit to".)
                let earlier = MeetingFinder.tripBehind(toks, to: i)
                // (A venue named after it says more: "on a brief trip to Rome, drew up at the
                // Apostolic Palace".)
                if visits, !earlier, visitCity == nil, toks[i + 1].capitalized, let city = cityFrom(s, at: i + 1, end: toks.count) { visitCity = city }
                // ("during Erdoğan's first visit to the city of Shusha": the town named as one.)
                if visits, !earlier, visitCity == nil, toks[i + 1].hash == People.the,
                   let of = (i + 2..<min(toks.count, i + 5)).first(where: { toks[$0].hash == MeetingFinder.ofWord }),
                   (i + 2..<of).contains(where: { MeetingFinder.settlementWords.contains(toks[$0].hash) }), of + 1 < toks.count, toks[of + 1].capitalized,
                   let city = cityFrom(s, at: of + 1, end: toks.count) { visitCity = city }
                continue
            }
            // "in the Vatican": a city (or a city-state) written with its article.
            // (Not a region named after a city: "in the Gaza Strip", "in the Kursk region".)
            if toks[i + 1].hash == People.the, i + 2 < toks.count, toks[i + 2].capitalized, let city = (1...3).reversed().lazy.compactMap({ n -> Place? in
                i + 2 + n <= toks.count && !MeetingFinder.regionFollows(toks, i + 2 + n) ? self.cityNamed(self.doc.span(s, i + 2, i + 2 + n)) : nil
            }).first { return city }
            // "in Hanoi", or "in the southern city of Guangzhou", or "in the capital of Kazakhstan".
            var at = i + 1
            var capitalOf = false
            // "in the capital Kyiv", "in the city Danang": the noun, then the city's name.
            if toks[at].hash == People.the, at + 2 < toks.count, MeetingFinder.settlementWords.contains(toks[at + 1].hash), toks[at + 2].capitalized,
               let city = cityFrom(s, at: at + 2, end: toks.count) {
                return city
            }
            if !toks[at].capitalized {
                guard toks[at].hash == People.the,
                      let of = (at + 1..<min(toks.count, at + 7)).first(where: { toks[$0].hash == MeetingFinder.ofWord }),
                      (at + 1..<of).contains(where: { MeetingFinder.settlementWords.contains(toks[$0].hash) }),
                      of + 1 < toks.count, toks[of + 1].capitalized else { continue }
                capitalOf = (at + 1..<of).contains { toks[$0].hash == MeetingFinder.capitalWord }
                at = of + 1
            }
            var best: Place?
            var after = at
            for n in stride(from: min(4, toks.count - at), through: 1, by: -1) {
                let name = doc.span(s, at, at + n)
                if let p = context.places.place(named: name) { best = p; after = at + n; break }
            }
            if best != nil, MeetingFinder.regionFollows(toks, after) { continue }
            // "in St. George's Hall": a city named as a saint's ("St. George's", "St. John's") before a
            // capitalised word is a building of that name, not the city.
            if let b = best, after < toks.count, toks[after].capitalized, b.name.hasSuffix("'s") || b.name.hasSuffix("’s") { continue }
            // "in the city of Leticia": a town the gazetteer lacks, named as a town.
            if best == nil, at > i + 1, !capitalOf, let town = namedTown(s, toks, at: at) { return town }
            // "to Kijev, the capital of Ukraine": a spelling the gazetteer lacks, then what it is.
            if best == nil, toks[at].capitalized, let city = appositiveCapital(s, toks, after: at) { return city }
            // "took part Monday in Pau, in the south-west of France": a town (read otherwise only
            // in datelines) of a country the sentence names, or of someone it names.
            if best == nil, toks[at].capitalized, let town = townOfCountryNamed(s, toks, at: at) { return town }
            // "officials in Paris said": the place of a statement.
            if after < toks.count, MeetingFinder.speechVerbs.contains(toks[after].hash) { continue }
            if let b = best {
                // "with the humanitarian catastrophe in Gaza at the top of the agenda", "the
                // fighting in Khartoum": a city after such a noun is what they spoke of.
                if b.kind == .city, i > 0, MeetingFinder.notPlaceNouns.contains(toks[i - 1].hash) || MeetingFinder.plightNouns.contains(toks[i - 1].hash) { continue }
                if b.kind == .city { return b }
                if capitalOf, let city = context.places.capital(ofCountry: b.country) { return city }
                // "the war in Ukraine", "investment in Africa": a country after such a noun is no meeting place.
                // ("a special place in Iran's foreign policy": a country in the possessive owns what
                // follows, unless that is a part of it, "in Ukraine's east", "in Iran's capital".)
                let owns = doc.afterPossessive(s, after - 1).map { k in
                    k < toks.count && !MeetingFinder.regionNouns.contains(toks[k].hash) && !MeetingFinder.partsOfCountry.contains(toks[k].hash)
                } ?? false
                if countryOnly == nil, !owns, i == 0 || !MeetingFinder.notPlaceNouns.contains(toks[i - 1].hash) { countryOnly = b }
            }
        }
        return visitCity ?? countryOnly
    }

    /// Whether "ago", or "last" and a month or "year", ends the clause that token `i` opens,
    /// within a few words and before a comma: "who was in Beijing just over a week ago", "the
    /// hospitality I received in Shanghai and Beijing last November".
    func agoInClause(_ s: Int, after i: Int) -> Bool {
        let toks = doc.tokens[s]
        var k = i + 1
        while k < toks.count, k - i <= 8, !doc.gap(s, before: k, contains: UInt8(ascii: ",")) {
            if toks[k].hash == Extractor.agoWord { return true }
            // (Not "last week": a story told days later places its meeting so.)
            if toks[k].hash == DateResolver.last, k + 1 < toks.count,
               toks[k + 1].hash == DateResolver.yearWord || toks[k + 1].capitalized && DateResolver.months[toks[k + 1].hash] != nil { return true }
            k += 1
        }
        return false
    }

    /// Whether token `k` names a region after a place's name: "the Gaza Strip", "the Kursk
    /// region", "the Sinai Peninsula" are not the city of that name.
    static func regionFollows(_ toks: [Token], _ k: Int) -> Bool {
        k < toks.count && regionNouns.contains(toks[k].hash)
    }
    /// Words of a part of a country after its name in the possessive: "in Ukraine's east".
    static let partsOfCountry = Words.set(["capital", "city", "north", "south", "east", "west", "northeast", "northwest", "southeast",
                                           "southwest", "port", "border", "territory", "soil", "far", "central", "northern", "southern",
                                           "eastern", "western"])
    static let regionNouns = Words.set(["strip", "region", "oblast", "province", "peninsula", "valley", "river", "sea", "desert",
                                        "mountains", "basin", "corridor", "delta", "coast", "heights", "plateau", "governorate",
                                        "prefecture", "krai", "county", "district", "canal", "gulf", "bay", "islands"])

    /// The city a name stands for: a city of the gazetteer, or a city-state's capital of
    /// the same name ("Singapore").
    /// The city a clause that dates the story's meeting back from the lead's day names ("…,
    /// two days after their conversation on the sidelines of the summit in Rome"): where the
    /// meeting was, over a dateline the story was filed from.
    func cityOfMeetingDaysBefore(_ s: Int) -> Place? {
        let toks = doc.tokens[s]
        guard let (_, at) = daysAfterMeeting(s, from: 0) else { return nil }
        for k in (at + 3)..<max(at + 3, toks.count - 1) where toks[k].hash == MeetingFinder.inWord && toks[k + 1].capitalized {
            if let city = cityFrom(s, at: k + 1, end: toks.count) { return city }
        }
        return nil
    }

    /// The city a leader came back from, when a clause opened by "where" right after it tells
    /// the meeting there: "… began two weeks of quarantine in Canberra after returning from
    /// Tokyo, where he and Japanese Prime Minister Suga agreed …".
    func cityLeftWhereMet(_ s: Int) -> Place? {
        let toks = doc.tokens[s]
        for k in toks.indices.dropFirst() where toks[k].hash == MeetingFinder.fromWord && Extractor.homewardWords.contains(toks[k - 1].hash) {
            guard k + 1 < toks.count, toks[k + 1].capitalized else { continue }
            for n in (1...3).reversed() where k + 1 + n < toks.count {
                let w = k + 1 + n
                guard toks[w].hash == MeetingFinder.whereWord, let city = cityNamed(doc.span(s, k + 1, w)) else { continue }
                let clause = w + 1..<min(toks.count, w + 14)
                if people.mentions[s].contains(where: { clause.contains($0.token) }),
                   clause.contains(where: { MeetingFinder.strongPredicates.contains(toks[$0].hash) || MeetingFinder.jointVerbs.contains(toks[$0].hash) }) {
                    return city
                }
            }
        }
        return nil
    }

    /// The city named by the longest run of up to three words of sentence `s` from token `k`,
    /// ending by token `end` ("in Ho Chi Minh City", "in Hanoi"); `nil` when none is a city.
    func cityFrom(_ s: Int, at k: Int, end: Int) -> Place? {
        (1...3).reversed().lazy.compactMap { n -> Place? in k + n <= end ? self.cityNamed(self.doc.span(s, k, k + n)) : nil }.first
    }

    func cityNamed(_ name: String) -> Place? {
        guard let p = context.places.place(named: name) else { return nil }
        if p.kind == .city { return p }
        if p.kind == .country, let capital = context.places.country(code: p.country)?.capital, Fold.key(capital) == Fold.key(p.name) {
            return Place(name: p.name, country: p.country, kind: .city)
        }
        return nil
    }

    /// The capital a name the gazetteer lacks is said to be, in apposition right after it
    /// ("Kijev, the capital of Ukraine"; "Astana, the Kazakh capital").
    func appositiveCapital(_ s: Int, _ toks: [Token], after at: Int) -> Place? {
        var k = at
        while k < toks.count, k - at < 3, toks[k].capitalized, k == at || !doc.gap(s, before: k, contains: UInt8(ascii: ",")) { k += 1 }
        guard k + 1 < toks.count, doc.gap(s, before: k, contains: UInt8(ascii: ",")), toks[k].hash == People.the else { return nil }
        if let city = demonymCapital(s, toks, from: k + 1) { return city }
        guard k + 3 < toks.count, toks[k + 1].hash == MeetingFinder.capitalWord, toks[k + 2].hash == MeetingFinder.ofWord else { return nil }
        for n in stride(from: min(3, toks.count - k - 3), through: 1, by: -1) {
            if let country = context.places.place(named: doc.span(s, k + 3, k + 3 + n)), country.kind == .country {
                return context.places.capital(ofCountry: country.country)
            }
        }
        return nil
    }

    /// The countries of the people sentence `s` names.
    func peopleCountries(_ s: Int) -> Set<String> {
        Set(people.mentions[s].compactMap { people.cast[$0.person].ref.country })
    }

    /// The town of the towns list (read otherwise only in datelines) whose name runs from
    /// token `at` of sentence `s`, when it lies in a country the sentence names or in the
    /// country of someone it names: "in Pau, in the south-west of France". `nil` otherwise.
    func townOfCountryNamed(_ s: Int, _ toks: [Token], at: Int) -> Place? {
        guard let (town, end) = (1...3).reversed().lazy.compactMap({ n -> (Place, Int)? in
            guard at + n <= toks.count, (at..<at + n).allSatisfy({ toks[$0].capitalized }),
                  let p = self.context.places.datelinePlace(named: self.doc.span(s, at, at + n)), p.kind == .city else { return nil }
            return (p, at + n)
        }).first, end >= toks.count || !toks[end].capitalized || doc.gap(s, before: end, contains: UInt8(ascii: ",")) else { return nil }
        if people.mentions[s].contains(where: { $0.token < end && $0.tokenEnd > at }) { return nil }
        var countries = peopleCountries(s)
        for k in toks.indices where toks[k].capitalized && (k < at || k >= end) {
            if let c = context.countryWords[toks[k].hash] { countries.insert(c) }
        }
        return countries.contains(town.country) ? town : nil
    }

    /// A town the gazetteer lacks, named after "the city of" or "the town of" from token
    /// `at`: up to three capitalised words that name no person, country or people, ended
    /// by punctuation or a lower-case word.
    func namedTown(_ s: Int, _ toks: [Token], at: Int) -> Place? {
        var end = at
        while end < toks.count, end - at < 3, toks[end].capitalized, !toks[end].numeric,
              end == at || !doc.gap(s, before: end, contains: UInt8(ascii: ",")) { end += 1 }
        guard end > at, end - at < 3 || end >= toks.count || !toks[end].capitalized else { return nil }
        for k in at..<end where context.demonym(toks, at: k) != nil { return nil }
        if people.mentions[s].contains(where: { $0.token < end && $0.tokenEnd > at }) { return nil }
        let name = doc.span(s, at, end)
        guard context.places.place(named: name) == nil else { return nil }
        return Place(name: name, country: "", kind: .city)
    }

    /// The city "the Kazakh capital" stands for, read from the token after "the": up to two
    /// lower-case words ("bustling"), a demonym, then "capital". A city named right after
    /// ("the Kazakh capital Astana") is taken as written.
    func demonymCapital(_ s: Int, _ toks: [Token], from start: Int) -> Place? {
        var k = start
        while k < toks.count, k - start <= 2 {
            if toks[k].capitalized {
                guard let d = context.demonym(toks, at: k), k + d.length < toks.count,
                      toks[k + d.length].hash == MeetingFinder.capitalWord else { return nil }
                let after = k + d.length + 1
                // "the German capital markets" is money: the noun phrase must end at "capital".
                let end = toks[k + d.length].end
                let punctuated = end < doc.bytes.count && [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ")")].contains(doc.bytes[end])
                guard after >= toks.count || punctuated || toks[after].capitalized
                        || MeetingFinder.afterPlaceWords.contains(toks[after].hash) else { return nil }
                if after < toks.count, toks[after].capitalized,
                   let named = context.places.place(named: doc.span(s, after, after + 1)), named.kind == .city {
                    return named
                }
                return context.places.capital(ofCountry: d.code)
            }
            k += 1
        }
        return nil
    }

    /// The city of a venue named from token `at` on ("Great Hall of the People"), the longest name first.
    /// (A city named right after the venue is where it stands: "at Al-Salam Palace in Baghdad" is
    /// not the palace of that name in Jeddah.)
    func venueCity(_ s: Int, _ toks: [Token], at: Int) -> Place? {
        for n in stride(from: min(6, toks.count - at), through: 1, by: -1) {
            if let v = context.places.venue(named: doc.span(s, at, at + n)), let city = context.places.place(named: v.city) {
                let after = at + n
                if after + 1 < toks.count, toks[after].hash == MeetingFinder.inWord, toks[after + 1].capitalized,
                   let named = cityFrom(s, at: after + 1, end: toks.count) {
                    return named
                }
                return city
            }
        }
        return nil
    }

    /// Words before a venue written as the meeting's qualifier: "during Kremlin talks".
    static let venueNounOpeners = Words.set(["during", "after", "following", "at", "in"])
    static let sidelines = [["on", "the", "sidelines", "of"], ["on", "the", "margins", "of"], ["on", "the", "sideline", "of"]].map { $0.map(Tokenizer.hash) }
    static let visitKinds: [(phrase: [UInt64], name: String)] = [
        "official friendship visit", "official goodwill visit", "state-level visit", "state visit", "official visit", "working visit",
    ].map { (Tokenizer.phrase($0), $0) }
    static let occasionStops = Words.set(["which", "where", "that", "in", "held", "hosted", "taking"])

    func occasion(lead: Int, participants: [Int], placeCountry: String?) -> String? {
        let end = min(doc.sentences.count, lead + 4)
        for s in max(0, lead - 1)..<end {
            let toks = doc.tokens[s]
            // Not a visit the text tells as history: "In 2016, he paid a state visit to Serbia",
            // below talks in Beijing, is no occasion of theirs.
            // (The lead is read whole: "had a meeting … earlier today on the sidelines of …".)
            let cut = s == lead ? toks.count : backgroundCut(s)
            // (Nor a meeting of another year: "President Xi and I first met in Bali on the sidelines
            // of the G20 in November last year".)
            if s != lead && (inBareYear(s, before: cut) || toldInPastPerfect(s, before: cut) || MeetingFinder.tellsEarlierPeriod(toks)) { continue }
            for i in toks.indices.prefix(cut) {
                // "on the sidelines of the G20 summit, …": up to a comma or a new clause.
                if let p = MeetingFinder.sidelines.first(where: { $0.count <= toks.count - i && Tokenizer.matches($0, toks, at: i) }) {
                    var stop = i + p.count
                    while stop < toks.count, stop - i < 14, !doc.gap(s, before: stop, contains: UInt8(ascii: ",")),
                          !MeetingFinder.occasionStops.contains(toks[stop].hash) { stop += 1 }
                    return doc.span(s, i, stop)
                }
                if let v = MeetingFinder.visitKinds.first(where: { $0.phrase.count <= toks.count - i && Tokenizer.matches($0.phrase, toks, at: i) }) {
                    let guest = participants.first { people.cast[$0].ref.country != nil && people.cast[$0].ref.country != placeCountry }
                    if let g = guest, let pc = placeCountry, let country = context.places.country(code: pc) {
                        return "\(people.cast[g].ref.name)'s \(v.name) to \(country.name)"
                    }
                    return v.name
                }
            }
        }
        return nil
    }

    /// Secondary events: sentences (other than the lead) telling a banquet, a reception, tea…
    func events(lead: Int, date: MeetingDate, place: String?) -> [MeetingEvent] {
        var out: [MeetingEvent] = []
        var seen = Set<String>()
        for s in doc.sentences.indices where s != lead {
            let toks = doc.tokens[s]
            for kind in eventKinds(toks) where !seen.contains(kind) {
            // Background: another year, "last year", an invitation for later.
            if toks.contains(where: { MeetingFinder.backgroundCues.contains($0.hash) }) && !startsWithSameDayCue(toks) { break }
            if toks.contains(where: { $0.numeric && $0.end - $0.start == 4 }) { break }
            guard toks.contains(where: { MeetingFinder.eventVerbs.contains($0.hash) }) else { break }
            var day = date.day
            if toks.indices.contains(where: { Tokenizer.matches(MeetingFinder.nextDay, toks, at: $0) || Tokenizer.matches(MeetingFinder.followingDay, toks, at: $0) }) {
                day = day?.adding(days: 1)
            }
            var part: String?
            for t in toks { if let p = DateResolver.parts[t.hash] { part = DateResolver.partNames[p]; break } }
            let named = people.people(in: s).filter { eligible($0, on: day) }.map { people.cast[$0].ref }
            seen.insert(kind)
            out.append(MeetingEvent(kind: kind, date: day, partOfDay: part, place: place, participants: named, evidence: doc.provenance(s)))
            }
        }
        return out
    }

    func startsWithSameDayCue(_ toks: [Token]) -> Bool {
        guard toks.count > 2 else { return false }
        let first = toks[0].hash, second = toks[1].hash
        return (first == H.earlier || first == H.later) && (second == H.`in` || second == H.that || second == H.on || second == H.the)
    }

    static let eventIndex: HashMap64<[(phrase: [UInt64], kind: String)]> = {
        var index = HashMap64<[(phrase: [UInt64], kind: String)]>()
        for e in eventNouns { if let f = e.phrase.first { index[f, default: []].append(e) } }
        return index.mapValues { $0.sorted { $0.phrase.count > $1.phrase.count } }
    }()

    /// Verbs that tell an event as coming after another: "The banquet followed the summit".
    static let cameAfterVerbs = Words.set(["followed", "follows", "capped", "caps", "crowned"])

    /// Meeting words that may tell no more than a greeting: "met the guest at the entrance".
    static let greetingWords = Words.set(["met", "meet", "meets", "conversation", "talk"])

    /// Words of talks, beyond a meeting: "held talks", "negotiations", "summit".
    static let talksWords = Words.set(["talks", "negotiations", "discussions", "summit", "summits", "meetings", "conferred"])

    /// Verbs that put someone at a banquet, a reception, tea or a lunch as host or guest.
    static let eventHostVerbs = Words.set(["attended", "attends", "hosted", "hosts", "gave", "given", "gives", "offered",
                                           "offers", "threw", "throws"])

    /// Whether token `k` starts a separate event (a banquet, a reception, tea, a lunch) that a
    /// verb up to four tokens before puts someone at: "attended a state banquet", "hosted an
    /// official banquet".
    static func attendsEvent(_ toks: [Token], at k: Int) -> Bool {
        guard let e = eventNoun(toks, at: k), separateEvents.contains(e.kind) else { return false }
        return (max(0, k - 4)..<k).contains { eventHostVerbs.contains(toks[$0].hash) }
    }

    /// Gatherings a leader attends that make a meeting with their host: "attended the official
    /// launch", "attends the summit".
    static let gatheringNouns = Words.set(["summit", "launch", "ceremony", "opening", "inauguration", "forum", "celebrations",
                                           "celebration", "parade", "talks", "meeting", "session", "signing"])
    static let attendVerbs = Words.set(["attended", "attends", "attend"])

    /// Whether token `k` is a gathering noun that "attended" up to three tokens before governs.
    static func attendsGathering(_ toks: [Token], at k: Int) -> Bool {
        gatheringNouns.contains(toks[k].hash) && (max(0, k - 3)..<k).contains { attendVerbs.contains(toks[$0].hash) }
    }

    /// The event noun that starts at token `k`, the longest first ("reception ceremony" is a
    /// welcome, not a reception).
    static func eventNoun(_ toks: [Token], at k: Int) -> (phrase: [UInt64], kind: String)? {
        eventIndex[toks[k].hash]?.first { $0.phrase.count <= toks.count - k && Tokenizer.matches($0.phrase, toks, at: k) }
    }

    func eventKinds(_ toks: [Token]) -> [String] {
        var kinds: [String] = []
        let index = MeetingFinder.eventIndex
        var i = 0
        while i < toks.count {
            var matched = 1
            guard let candidates = index[toks[i].hash] else { i += 1; continue }
            for e in candidates where e.phrase.count <= toks.count - i {
                if Tokenizer.matches(e.phrase, toks, at: i) {
                    if !kinds.contains(e.kind) { kinds.append(e.kind) }
                    matched = e.phrase.count
                    break
                }
            }
            i += matched
        }
        return kinds
    }
}
