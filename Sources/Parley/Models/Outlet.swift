/// A news outlet: a state agency, a wire, a paper, a broadcaster.
public struct Outlet: Sendable, Codable, Hashable {
    /// The outlet's usual English name, e.g. `Vietnam News Agency`.
    public var name: String
    /// Abbreviations and other names reports use: `VNA`, `TTXVN`.
    public var aliases: [String]
    /// Web hosts without scheme or `www.`: `vnanet.vn`.
    public var hosts: [String]
    /// ISO 3166-1 alpha-2 code of its home country, if known.
    public var country: String?
    /// `state-agency`, `wire`, `newspaper`, `broadcaster`, `magazine` or `online`.
    public var kind: String?

    /// Creates an outlet.
    public init(name: String, aliases: [String] = [], hosts: [String] = [], country: String? = nil, kind: String? = nil) {
        self.name = name
        self.aliases = aliases
        self.hosts = hosts
        self.country = country
        self.kind = kind
    }
}

/// A place a report names: a city or a country.
public struct Place: Sendable, Codable, Hashable {
    /// The canonical English name: `Hanoi`, `Vietnam`.
    public var name: String
    /// Other spellings: `Ha Noi`, `Hà Nội`.
    public var aliases: [String]
    /// The ISO 3166-1 alpha-2 code of the country (the place itself for a country).
    public var country: String
    /// Whether this is a city (or venue) or a country.
    public var kind: Kind
    /// Words for the country's people or things: `Vietnamese` (countries only).
    public var demonyms: [String]
    /// The capital city's name: `Hanoi` (countries only, when known).
    public var capital: String?

    /// City or country.
    public enum Kind: String, Sendable, Codable, Hashable {
        /// A city, town or venue.
        case city
        /// A country or union of countries.
        case country
    }

    /// Creates a place.
    public init(name: String, aliases: [String] = [], country: String, kind: Kind, demonyms: [String] = [], capital: String? = nil) {
        self.name = name
        self.aliases = aliases
        self.country = country
        self.kind = kind
        self.demonyms = demonyms
        self.capital = capital
    }
}

/// A well-known meeting venue that stands for its city: the Kremlin (Moscow),
/// the Oval Office (Washington), the Great Hall of the People (Beijing).
public struct Venue: Sendable, Codable, Hashable {
    /// The venue's usual English name: `Great Hall of the People`.
    public var name: String
    /// Other names reports use: `Élysée`, `Elysee Palace`.
    public var aliases: [String]
    /// The name of the city the venue is in, as the gazetteer knows it: `Beijing`.
    public var city: String

    /// Creates a venue.
    public init(name: String, aliases: [String] = [], city: String) {
        self.name = name
        self.aliases = aliases
        self.city = city
    }
}
