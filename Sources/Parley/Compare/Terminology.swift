import Foundation

/// Groups of terms that name one referent differently depending on the outlet
/// ("East Sea" / "South China Sea"), read from `terminology.json` or a user file of
/// the same shape.
public struct Terminology: Sendable, Hashable {
    /// One referent and the terms that name it.
    public struct Group: Sendable, Codable, Hashable {
        /// A neutral label for the thing all the terms name.
        public var referent: String
        /// The terms, as reports write them.
        public var terms: [String]
        /// Who uses which term.
        public var note: String?
        /// For a term shared with another group: the countries whose outlets use it in this group's sense.
        public var context: [String: [String]]?

        /// Creates a group.
        public init(referent: String, terms: [String], note: String? = nil, context: [String: [String]]? = nil) {
            self.referent = referent
            self.terms = terms
            self.note = note
            self.context = context
        }
    }

    /// The groups, in file order.
    public private(set) var groups: [Group]

    /// Creates terminology from groups; a later group replaces an earlier one with the same referent.
    public init(groups: [Group]) {
        self.groups = []
        for g in groups { add(g) }
    }

    /// Reads the `{"groups": [...]}` shape.
    public init(json: Data) throws {
        struct File: Decodable { var groups: [Group] }
        do {
            self.init(groups: try JSONDecoder().decode(File.self, from: json).groups)
        } catch {
            throw ReferenceDataError(file: "terminology", message: "not a terminology file: \(error)")
        }
    }

    /// Adds a group, replacing one with the same referent.
    public mutating func add(_ group: Group) {
        if let i = groups.firstIndex(where: { Fold.key($0.referent) == Fold.key(group.referent) }) {
            groups[i] = group
        } else {
            groups.append(group)
        }
    }

    /// Adds or replaces the groups of `other`.
    public mutating func merge(_ other: Terminology) {
        for g in other.groups { add(g) }
    }

    /// The terminology bundled with Parley (empty when the bundle is damaged).
    public static let bundled: Terminology = {
        (try? ReferenceData.resource("terminology")).flatMap { try? Terminology(json: $0) } ?? Terminology(groups: [])
    }()
}

/// Pairs of British and American spellings of one word, read from `spellings.json`.
public struct Spellings: Sendable, Hashable {
    /// The pairs, British first.
    public private(set) var pairs: [[String]]

    /// Creates spellings from `[british, american]` pairs.
    public init(pairs: [[String]]) {
        self.pairs = pairs.filter { $0.count == 2 }
    }

    /// Reads the `{"pairs": [[british, american], ...]}` shape.
    public init(json: Data) throws {
        struct File: Decodable { var pairs: [[String]] }
        do {
            self.init(pairs: try JSONDecoder().decode(File.self, from: json).pairs)
        } catch {
            throw ReferenceDataError(file: "spellings", message: "not a spellings file: \(error)")
        }
    }

    /// The spellings bundled with Parley (empty when the bundle is damaged).
    public static let bundled: Spellings = {
        (try? ReferenceData.resource("spellings")).flatMap { try? Spellings(json: $0) } ?? Spellings(pairs: [])
    }()
}
