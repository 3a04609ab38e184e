import Foundation

/// The reference data Parley reads reports with: outlets and places (and, for
/// extraction, leaders, titles and terminology), bundled with the library and
/// extensible with the user's own files of the same shape.
public struct ReferenceData: Sendable {
    /// Outlets by name, alias and host.
    public private(set) var outlets: OutletRegistry
    /// Cities and countries by name and alias.
    public private(set) var places: PlaceGazetteer

    /// Creates reference data from explicit registries.
    public init(outlets: OutletRegistry, places: PlaceGazetteer) {
        self.outlets = outlets
        self.places = places
    }

    /// The data bundled with Parley. Loaded once; a damaged bundle gives empty registries.
    public static let bundled: ReferenceData = {
        let outlets = (try? OutletRegistry(json: ReferenceData.resource("outlets"))) ?? OutletRegistry(outlets: [])
        let places = (try? PlaceGazetteer(json: ReferenceData.resource("places"))) ?? PlaceGazetteer(places: [])
        return ReferenceData(outlets: outlets, places: places)
    }()

    /// Adds or replaces outlets from a user file of the same shape as the bundled `outlets.json`.
    public mutating func addOutlets(from url: URL) throws {
        try outlets.merge(OutletRegistry(json: ReferenceData.read(url)))
    }

    /// Adds or replaces places from a user file of the same shape as the bundled `places.json`.
    public mutating func addPlaces(from url: URL) throws {
        try places.merge(PlaceGazetteer(json: ReferenceData.read(url)))
    }

    /// The folder Parley reads its bundled JSON files from, or `nil` when none is found:
    /// `$PARLEY_RESOURCES` if set, else the `Parley_Parley.resources` folder next to the
    /// executable (a symbolic link to it is followed), else the package's own
    /// `Sources/Parley/Resources` in the checkout it was built from. Looked up once.
    /// (SwiftPM's own lookup stops the program when the folder is missing, as it is for an
    /// executable copied away from its build folder.)
    public static let resourceDirectory: URL? = {
        let fm = FileManager.default
        func holdsData(_ url: URL) -> Bool { fm.fileExists(atPath: url.appendingPathComponent("leaders.json").path) }
        var candidates: [URL] = []
        if let env = ProcessInfo.processInfo.environment["PARLEY_RESOURCES"], !env.isEmpty {
            candidates.append(URL(fileURLWithPath: env))
        }
        let bundleName = "Parley_Parley.resources"
        candidates.append(Bundle.main.bundleURL.appendingPathComponent(bundleName))
        if let executable = Bundle.main.executableURL {
            candidates.append(executable.resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent(bundleName))
        }
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Resources"))
        return candidates.first(where: holdsData)
    }()

    static func resource(_ name: String) throws -> Data {
        guard let folder = resourceDirectory else {
            throw ReferenceDataError(file: "\(name).json", message: "Parley's bundled data was not found: keep the Parley_Parley.resources folder "
                                     + "next to the parley executable, or set PARLEY_RESOURCES to a folder holding its JSON files")
        }
        return try read(folder.appendingPathComponent("\(name).json"))
    }

    static func read(_ url: URL) throws -> Data {
        do { return try Data(contentsOf: url) } catch {
            throw ReferenceDataError(file: url.path, message: "cannot read the file (\(error.localizedDescription))")
        }
    }
}

/// A reference data file that could not be used.
public struct ReferenceDataError: Error, Sendable, CustomStringConvertible {
    /// The file at fault.
    public var file: String
    /// What is wrong with it.
    public var message: String
    /// `file: message`.
    public var description: String { "\(file): \(message)" }
}

/// Outlets by name, alias and web host.
public struct OutletRegistry: Sendable {
    /// Every outlet, in file order.
    public private(set) var outlets: [Outlet]
    private var byKey: [String: Int] = [:]
    private var byHost: [String: Int] = [:]

    /// Creates a registry from outlets; later entries win on a shared alias.
    public init(outlets: [Outlet]) {
        self.outlets = []
        for o in outlets { add(o) }
    }

    /// Reads the `{"outlets": [...]}` shape.
    public init(json: Data) throws {
        struct File: Decodable { var outlets: [Outlet] }
        do {
            self.init(outlets: try JSONDecoder().decode(File.self, from: json).outlets)
        } catch {
            throw ReferenceDataError(file: "outlets", message: "not an outlets file: \(error)")
        }
    }

    /// Adds an outlet, replacing one with the same name.
    public mutating func add(_ outlet: Outlet) {
        let index: Int
        if let existing = byKey[Fold.key(outlet.name)], outlets[existing].name == outlet.name {
            index = existing
            outlets[index] = outlet
        } else {
            index = outlets.count
            outlets.append(outlet)
        }
        for name in [outlet.name] + outlet.aliases { byKey[Fold.key(name)] = index }
        for host in outlet.hosts { byHost[OutletRegistry.normalise(host: host)] = index }
    }

    /// Adds every outlet of `other`.
    public mutating func merge(_ other: OutletRegistry) {
        for o in other.outlets { add(o) }
    }

    /// The outlet a name or abbreviation stands for (`VNA`, `Xinhua`, `Vietnam News Agency`).
    public func outlet(named name: some StringProtocol) -> Outlet? {
        byKey[Fold.key(name)].map { outlets[$0] }
    }

    /// The outlet whose site is `host` or a parent domain of it.
    public func outlet(host: String) -> Outlet? {
        var h = OutletRegistry.normalise(host: host)
        while true {
            if let i = byHost[h] { return outlets[i] }
            guard let dot = h.firstIndex(of: "."), h[h.index(after: dot)...].contains(".") else { return nil }
            h = String(h[h.index(after: dot)...])
        }
    }

    /// The host of a URL string, lowercased, without `www.`.
    public static func host(ofURL url: String) -> String? {
        guard let host = URLComponents(string: url.trimmingCharacters(in: .whitespaces))?.host, !host.isEmpty else { return nil }
        return normalise(host: host)
    }

    static func normalise(host: String) -> String {
        let h = host.lowercased()
        return h.hasPrefix("www.") ? String(h.dropFirst(4)) : h
    }
}

/// Cities and countries by name and alias, with demonyms for countries.
public struct PlaceGazetteer: Sendable {
    /// Every place: countries, then generated cities, then cities, each in file order.
    public private(set) var places: [Place]
    /// Venues that stand for their city ("the Kremlin", "the Oval Office"), in file order.
    public private(set) var venues: [Venue] = []
    /// Towns known only where a dateline names them (see ``datelinePlace(named:)``).
    private var towns = TownList()
    private var byKey: [String: Int] = [:]
    private var venueByKey: [String: Int] = [:]
    private var demonymKey: [String: Int] = [:]
    /// The first country in `places` with each code.
    private var countryByCode: [String: Int] = [:]
    /// Token hashes of the words in country and city names and demonyms ("united", "states",
    /// "vietnamese"), for the byte-level scanners.
    private(set) var geoHashes = HashSet64()

    /// Creates a gazetteer; later entries win on a shared alias.
    public init(places: [Place], venues: [Venue] = []) {
        self.places = []
        self.places.reserveCapacity(places.count)
        byKey.reserveCapacity(places.count * 2)
        for p in places { add(p) }
        for v in venues { add(v) }
    }

    /// Reads the `{"countries": [...], "cities": [...], "venues": [...], "generatedCities": [...],
    /// "generatedTowns": "..."}` shape. A generated city is one string, `CODE|Name|Alias|…`; an
    /// entry of `cities` wins over it on a shared name. The towns are one string of such lines.
    public init(json: Data) throws {
        struct Country: Decodable { var code: String; var name: String; var aliases: [String]?; var demonyms: [String]?; var capital: String? }
        struct City: Decodable { var name: String; var aliases: [String]?; var country: String }
        struct VenueEntry: Decodable { var name: String; var aliases: [String]?; var city: String }
        struct File: Decodable {
            var countries: [Country]?
            var cities: [City]?
            var venues: [VenueEntry]?
            var generatedCities: [String]?
            var generatedTowns: String?
        }
        let file: File
        do { file = try JSONDecoder().decode(File.self, from: json) } catch {
            throw ReferenceDataError(file: "places", message: "not a places file: \(error)")
        }
        var all: [Place] = []
        for c in file.countries ?? [] {
            all.append(Place(name: c.name, aliases: c.aliases ?? [], country: c.code, kind: .country, demonyms: c.demonyms ?? [], capital: c.capital))
        }
        all.reserveCapacity(all.count + (file.generatedCities?.count ?? 0) + (file.cities?.count ?? 0))
        all += try PlaceGazetteer.generated(file.generatedCities ?? [], field: "generatedCities")
        for c in file.cities ?? [] {
            all.append(Place(name: c.name, aliases: c.aliases ?? [], country: c.country, kind: .city))
        }
        self.init(places: all, venues: (file.venues ?? []).map { Venue(name: $0.name, aliases: $0.aliases ?? [], city: $0.city) })
        towns = try TownList(lines: file.generatedTowns ?? "")
    }

    /// The cities of `CODE|Name|Alias|…` lines.
    private static func generated(_ lines: [String], field: String) throws -> [Place] {
        var out: [Place] = []
        out.reserveCapacity(lines.count)
        for (n, line) in lines.enumerated() {
            let fields = line.utf8.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false)
            guard fields.count >= 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw ReferenceDataError(file: "places", message: "\(field) entry \(n + 1) is not CODE|Name|Alias…: \(line)")
            }
            let aliases = fields.dropFirst(2).compactMap { $0.isEmpty ? nil : String(Substring($0)) }
            out.append(Place(name: String(Substring(fields[1])), aliases: aliases, country: String(Substring(fields[0])), kind: .city))
        }
        return out
    }


    /// Adds a place, replacing one of the same kind and name.
    public mutating func add(_ place: Place) {
        let key = Fold.key(place.name)
        let index: Int
        if let existing = byKey[key], places[existing].kind == place.kind {
            index = existing
            let old = places[index]
            places[index] = place
            if old.kind == .country && old.country != place.country {
                countryByCode = [:]
                for (i, p) in places.enumerated() where p.kind == .country && countryByCode[p.country] == nil { countryByCode[p.country] = i }
            }
        } else {
            index = places.count
            places.append(place)
        }
        if place.kind == .country, countryByCode[place.country].map({ $0 > index }) ?? true { countryByCode[place.country] = index }
        // Read at every start for thousands of places: each name is folded and tokenised once.
        indexName(key, place.name, at: index, kind: place.kind)
        for name in place.aliases { indexName(Fold.key(name), name, at: index, kind: place.kind) }
        for d in place.demonyms {
            if place.kind == .country { demonymKey[Fold.key(d)] = index }
            for h in Tokenizer.phrase(d) { geoHashes.insert(h) }
        }
    }

    private mutating func indexName(_ key: String, _ name: String, at index: Int, kind: Place.Kind) {
        for h in Tokenizer.phrase(name) { geoHashes.insert(h) }
        // A city never hides a country of the same name (Singapore, Kuwait).
        if kind == .city, let other = byKey[key], places[other].kind == .country { return }
        byKey[key] = index
        // "Port-Vila" for "Port Vila", "Port au Prince" for "Port-au-Prince": a name is found
        // with its hyphens written as spaces, when no other place has that form.
        let spaced = PlaceGazetteer.spaced(key)
        if spaced != key, byKey[spaced] == nil { byKey[spaced] = index }
    }

    /// A folded name with each hyphen written as a space.
    static func spaced(_ key: String) -> String {
        guard key.utf8.contains(UInt8(ascii: "-")) else { return key }
        return String(decoding: key.utf8.map { $0 == UInt8(ascii: "-") ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
    }

    /// Adds a venue, replacing one of the same name. Its city is looked up when the
    /// venue is, so a venue may come before its city or in another file.
    public mutating func add(_ venue: Venue) {
        let key = Fold.key(venue.name)
        let index: Int
        if let existing = venueByKey[key] {
            index = existing
            venues[index] = venue
        } else {
            index = venues.count
            venues.append(venue)
        }
        for name in [venue.name] + venue.aliases { venueByKey[Fold.key(name)] = index }
    }

    /// Adds every place and venue of `other`.
    public mutating func merge(_ other: PlaceGazetteer) {
        for p in other.places { add(p) }
        for v in other.venues { add(v) }
        towns.append(other.towns)
    }

    /// The place a name stands for, folding case and diacritics (`HANOI`, `Hà Nội`);
    /// for a venue, its city (`Kremlin` → Moscow).
    /// A name written with the háček of Slavic and Baltic spellings ("Soči", "Žilina") is also
    /// found in its English transliteration ("Sochi").
    public func place(named name: some StringProtocol) -> Place? {
        let key = Fold.key(name)
        if let i = byKey[key] ?? byKey[PlaceGazetteer.spaced(key)] { return places[i] }
        if let venue = venueByKey[key].flatMap({ byKey[Fold.key(venues[$0].city)] }) { return places[venue] }
        guard let english = PlaceGazetteer.digraphs(name) else { return nil }
        return place(named: english)
    }

    /// `name` with "č", "š", "ž" (and "ć") written "ch", "sh", "zh", as English copy
    /// transliterates them; `nil` when it has none.
    static func digraphs(_ name: some StringProtocol) -> String? {
        guard name.utf8.contains(where: { $0 == 0xC4 || $0 == 0xC5 }) else { return nil }
        let bytes = Array(name.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 4)
        var changed = false
        var i = 0
        while i < bytes.count {
            if i + 1 < bytes.count, let (first, lower) = caronLetter(bytes[i], bytes[i + 1]) {
                out.append(lower ? first : first - 0x20)
                out.append(UInt8(ascii: "h"))
                changed = true
                i += 2
                continue
            }
            out.append(bytes[i])
            i += 1
        }
        return changed ? String(decoding: out, as: UTF8.self) : nil
    }
    /// For the two UTF-8 bytes of "č", "ć", "š", "ž" or a capital of them, the Latin letter
    /// English writes before an "h" in its place, and whether it is lower case.
    static func caronLetter(_ a: UInt8, _ b: UInt8) -> (UInt8, Bool)? {
        switch (a, b) {
        case (0xC4, 0x8D), (0xC4, 0x87): return (UInt8(ascii: "c"), true)
        case (0xC4, 0x8C), (0xC4, 0x86): return (UInt8(ascii: "c"), false)
        case (0xC5, 0xA1): return (UInt8(ascii: "s"), true)
        case (0xC5, 0xA0): return (UInt8(ascii: "s"), false)
        case (0xC5, 0xBE): return (UInt8(ascii: "z"), true)
        case (0xC5, 0xBD): return (UInt8(ascii: "z"), false)
        default: return nil
        }
    }

    /// The place a dateline names: any place ``place(named:)`` finds, else a town
    /// (`NAGATO, Yamaguchi Pref. –`).
    public func datelinePlace(named name: some StringProtocol) -> Place? {
        place(named: name) ?? towns.town(named: name)
    }

    /// The venue a name stands for, folding case and diacritics (`Elysee Palace`), if its city is known.
    public func venue(named name: some StringProtocol) -> Venue? {
        guard let i = venueByKey[Fold.key(name)], byKey[Fold.key(venues[i].city)] != nil else { return nil }
        return venues[i]
    }

    /// The country a demonym names (`Vietnamese` → Vietnam).
    public func country(demonym: some StringProtocol) -> Place? {
        demonymKey[Fold.key(demonym)].map { places[$0] }
    }

    /// The country with an ISO code.
    public func country(code: String) -> Place? {
        countryByCode[code].map { places[$0] }
    }

    /// The capital city of the country with an ISO code, when the gazetteer knows it.
    public func capital(ofCountry code: String) -> Place? {
        guard let name = country(code: code)?.capital, let city = place(named: name), city.kind == .city else { return nil }
        return city
    }
}

/// Towns known only where a dateline names them: `CODE|Name|Alias|…` lines, kept as read and
/// indexed by the hash of each folded name. Tens of thousands of towns are read at every start,
/// and a handful looked up: a `Place` is made only for a town asked for.
struct TownList: Sendable {
    private var bytes: [UInt8] = []
    /// The start of each town's line in `bytes`, by the hash of each of its folded names.
    private var byName = HashMap64<Int32>()

    init() {}

    /// Reads `CODE|Name|Alias|…` lines, one town each; an empty line is skipped.
    init(lines text: String) throws {
        if let (line, bad) = append(bytes: Array(text.utf8)) {
            throw ReferenceDataError(file: "places", message: "generatedTowns line \(line) is not CODE|Name|Alias…: \(bad)")
        }
    }

    /// Adds the towns of another list; on a shared name the later town wins.
    mutating func append(_ other: TownList) {
        _ = append(bytes: other.bytes)
    }

    /// Appends and indexes lines in one pass; the first line (counted from 1) that is not
    /// `CODE|Name|…`, and its text, when there is one.
    @discardableResult
    private mutating func append(bytes more: [UInt8]) -> (Int, String)? {
        guard !more.isEmpty else { return nil }
        if let last = bytes.last, last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
        let start = bytes.count
        bytes += more
        var folded: [UInt8] = []
        var bad: (Int, String)?
        var line = 0
        var i = start
        while i < bytes.count {
            line += 1
            let end = bytes[i...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            // Every field after the country code is a name.
            let bar = bytes[i..<end].firstIndex(of: UInt8(ascii: "|"))
            if end > i, bad == nil, bar.map({ $0 == i || $0 + 1 >= end || bytes[$0 + 1] == UInt8(ascii: "|") }) ?? true {
                bad = (line, String(decoding: bytes[i..<end], as: UTF8.self))
            }
            var f = bar.map { $0 + 1 } ?? end
            while f < end {
                let e = bytes[f..<end].firstIndex(of: UInt8(ascii: "|")) ?? end
                // (A line past 2 GiB is not indexed.)
                if e > f, let at = Int32(exactly: i) {
                    folded.removeAll(keepingCapacity: true)
                    Fold.append(bytes, f..<e, to: &folded)
                    byName[TownList.hash(folded)] = at
                }
                f = e + 1
            }
            i = end + 1
        }
        return bad
    }

    /// The town with a name, folding case and diacritics.
    func town(named name: some StringProtocol) -> Place? {
        let key = Array(Fold.key(name).utf8)
        guard !key.isEmpty, let start = byName[TownList.hash(key)].map(Int.init), start < bytes.count else { return nil }
        let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        let fields = bytes[start..<end].split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        // A hash shared by another name is no match.
        guard fields.count >= 2, fields.dropFirst().contains(where: { Fold.key($0) == Fold.key(name) }) else { return nil }
        return Place(name: fields[1], aliases: Array(fields.dropFirst(2)), country: fields[0], kind: .city)
    }

    /// FNV-1a over folded bytes.
    private static func hash(_ bytes: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        return h
    }
}
