/// Finds syndicated and near-exact copies among reports, so that a wire story
/// republished by five outlets counts as one witness with five sources.
///
/// Each report gets a MinHash signature over its word 5-shingles; locality-sensitive
/// hashing (16 bands of 4 rows) proposes candidate pairs, and each candidate is
/// verified by the exact Jaccard similarity of the two shingle sets. Nothing
/// compares every pair, so the cost grows with the corpus, not its square.
public struct WitnessFinder: Sendable {
    /// Two reports are copies when their shingle sets have at least this Jaccard similarity.
    public var threshold: Double
    /// Words per shingle.
    public var shingleSize: Int

    static let bands = 16
    static let rows = 4
    static var permutations: Int { bands * rows }

    /// Creates a finder.
    public init(threshold: Double = 0.7, shingleSize: Int = 5) {
        self.threshold = threshold
        self.shingleSize = shingleSize
    }

    /// A group of copies: the report kept as the witness and the copies of it.
    public struct Group: Sendable, Hashable, Codable {
        /// The witness: the earliest published, then the longest, then the smallest id.
        public var original: String
        /// Its copies, by id.
        public var copies: [String]
        /// The lowest verified similarity between the witness and a copy.
        public var similarity: Double
    }

    /// Sorted, unique hashes of the word shingles of a text.
    func shingles(_ text: String) -> [UInt64] {
        let bytes = Array(text.utf8)
        let toks = Tokenizer.tokens(bytes, 0..<bytes.count)
        guard toks.count >= shingleSize else { return toks.isEmpty ? [] : [toks.reduce(Tokenizer.fnvOffset) { Tokenizer.combine($0, $1.hash) }] }
        var out: [UInt64] = []
        out.reserveCapacity(toks.count)
        for i in 0...(toks.count - shingleSize) {
            var h = Tokenizer.fnvOffset
            for k in i..<(i + shingleSize) { h = Tokenizer.combine(h, toks[k].hash) }
            out.append(h)
        }
        out.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(out.count)
        for v in out where unique.last != v { unique.append(v) }
        return unique
    }

    /// The MinHash signature of a shingle set.
    static func signature(_ shingles: [UInt64]) -> [UInt64] {
        var sig = [UInt64](repeating: .max, count: permutations)
        for s in shingles {
            for p in 0..<permutations {
                // A cheap family of hash functions: multiply-xorshift with a per-row odd constant.
                var x = s &* (0x9E37_79B9_7F4A_7C15 &+ UInt64(p) &* 0xBF58_476D_1CE4_E5B9) | 1
                x ^= x >> 31
                x = x &* 0x94D0_49BB_1331_11EB
                x ^= x >> 29
                if x < sig[p] { sig[p] = x }
            }
        }
        return sig
    }

    /// Groups copies among `reports`. Deterministic whatever the order of the input.
    public func groups(_ reports: [Report]) -> [Group] {
        let shingleSets = reports.map { shingles($0.text) }
        let signatures = shingleSets.map(WitnessFinder.signature)
        var parent = Array(reports.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        var sims: [Int: Double] = [:]
        var checked = Set<Int64>()
        // Exact copies first, by a hash of the shingles.
        var exact: [UInt64: Int] = [:]
        for (i, sh) in shingleSets.enumerated() where !sh.isEmpty {
            let key = sh.reduce(Tokenizer.fnvOffset) { Tokenizer.combine($0, $1) }
            if let j = exact[key] {
                let (ri, rj) = (find(i), find(j))
                if ri != rj { parent[max(ri, rj)] = min(ri, rj) }
            } else {
                exact[key] = i
            }
        }
        // One representative per exact group goes through LSH.
        let representative = reports.indices.map { !shingleSets[$0].isEmpty && find($0) == $0 }
        for band in 0..<WitnessFinder.bands {
            var buckets: [UInt64: [Int]] = [:]
            for (i, sig) in signatures.enumerated() where representative[i] {
                var h = UInt64(band) &+ 0x51_7CC1_B727_220A
                for r in 0..<WitnessFinder.rows { h = Tokenizer.combine(h, sig[band * WitnessFinder.rows + r]) }
                buckets[h, default: []].append(i)
            }
            for (_, members) in buckets where members.count > 1 {
                // Compare each member with the first few of its bucket only: copies of one text
                // land together, and a huge bucket of boilerplate must not cost its square.
                for a in 0..<min(members.count, 8) {
                    for b in (a + 1)..<members.count {
                        let i = members[a], j = members[b]
                        let key = Int64(min(i, j)) << 32 | Int64(max(i, j))
                        guard checked.insert(key).inserted, find(i) != find(j) else { continue }
                        let sim = WitnessFinder.jaccard(shingleSets[i], shingleSets[j])
                        if sim >= threshold {
                            let (ri, rj) = (find(i), find(j))
                            parent[max(ri, rj)] = min(ri, rj)
                            sims[min(ri, rj)] = min(sims[min(ri, rj)] ?? 1, sims[max(ri, rj)] ?? 1, sim)
                        }
                    }
                }
            }
        }
        var members: [Int: [Int]] = [:]
        for i in reports.indices { members[find(i), default: []].append(i) }
        var out: [Group] = []
        for (root, group) in members where group.count > 1 {
            let ordered = group.sorted { a, b in
                let (x, y) = (reports[a], reports[b])
                if (x.published ?? Day(ordinal: 1 << 30)) != (y.published ?? Day(ordinal: 1 << 30)) {
                    return (x.published ?? Day(ordinal: 1 << 30)) < (y.published ?? Day(ordinal: 1 << 30))
                }
                if x.text.utf8.count != y.text.utf8.count { return x.text.utf8.count > y.text.utf8.count }
                return x.id < y.id
            }
            out.append(Group(original: reports[ordered[0]].id, copies: ordered.dropFirst().map { reports[$0].id }.sorted(),
                             similarity: ((sims[root] ?? 1) * 1000).rounded() / 1000))
        }
        return out.sorted { $0.original < $1.original }
    }

    /// The Jaccard similarity of two sorted, unique arrays.
    static func jaccard(_ a: [UInt64], _ b: [UInt64]) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        let inter = Paragraphs.sortedIntersectionCount(a, b)
        return Double(inter) / Double(a.count + b.count - inter)
    }
}
