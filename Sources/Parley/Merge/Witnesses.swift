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
        // Unique in place.
        var kept = 0
        for k in out.indices where kept == 0 || out[kept - 1] != out[k] {
            out[kept] = out[k]
            kept += 1
        }
        out.removeLast(out.count - kept)
        return out
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

    /// What the first pass keeps of a report: the hash of each LSH band of its signature and
    /// a hash of its whole shingle set (equal for exact copies). The shingle set itself is
    /// dropped, so memory does not grow with the corpus's text.
    private struct Sketch {
        var bands: [UInt64]
        /// The low 16 bits of each MinHash value: enough to estimate a pair's similarity.
        var mins: [UInt16]
        var exactKey: UInt64
        var isEmpty: Bool
    }

    /// Whether two signatures agree in enough places that the pair may reach the threshold.
    /// The agreeing share estimates the Jaccard similarity; a pair at the threshold falls
    /// 0.3 below it about once in ten million, so only hopeless pairs are left unverified.
    private func mayReach(_ a: [UInt16], _ b: [UInt16]) -> Bool {
        guard a.count == b.count, !a.isEmpty else { return true }
        var same = 0
        for k in a.indices where a[k] == b[k] { same += 1 }
        return Double(same) >= (threshold - 0.3) * Double(a.count)
    }

    /// The band hashes of a signature.
    static func bandHashes(_ sig: [UInt64]) -> [UInt64] {
        (0..<bands).map { band in
            var h = UInt64(band) &+ 0x51_7CC1_B727_220A
            for r in 0..<rows { h = Tokenizer.combine(h, sig[band * rows + r]) }
            return h
        }
    }

    /// Groups copies among `reports`. Deterministic whatever the order of the input.
    ///
    /// Two passes: the first sketches every report (band hashes, a key of exact copies);
    /// the shingle sets are then rebuilt only for the reports that some bucket pairs with
    /// another, to verify those pairs.
    public func groups(_ reports: [Report]) -> [Group] {
        let sketches = Slots<Sketch>.collect(count: reports.count) { i -> Sketch in
            let sh = shingles(reports[i].text)
            let sig = WitnessFinder.signature(sh)
            return Sketch(bands: WitnessFinder.bandHashes(sig), mins: sig.map { UInt16(truncatingIfNeeded: $0) },
                          exactKey: sh.reduce(Tokenizer.fnvOffset) { Tokenizer.combine($0, $1) }, isEmpty: sh.isEmpty)
        } ?? []
        var parent = Array(reports.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        // Exact copies first, by a hash of the shingles.
        var exact: [UInt64: Int] = [:]
        for (i, sk) in sketches.enumerated() where !sk.isEmpty {
            if let j = exact[sk.exactKey] {
                let (ri, rj) = (find(i), find(j))
                if ri != rj { parent[max(ri, rj)] = min(ri, rj) }
            } else {
                exact[sk.exactKey] = i
            }
        }
        // One representative per exact group goes through LSH.
        let candidates = reports.indices.filter { !sketches[$0].isEmpty && find($0) == $0 }
        // Buckets by sorting (hash, report) pairs: runs of one hash are a bucket, in report
        // order, with no table of arrays to allocate and free for every band. The pairs to
        // verify are listed first, in the order they are verified.
        var pairs: [(Int, Int)] = []
        var keyed: [(hash: UInt64, report: Int)] = []
        keyed.reserveCapacity(candidates.count)
        for band in 0..<WitnessFinder.bands {
            keyed.removeAll(keepingCapacity: true)
            for i in candidates where band < sketches[i].bands.count { keyed.append((sketches[i].bands[band], i)) }
            keyed.sort { ($0.hash, $0.report) < ($1.hash, $1.report) }
            var start = 0
            while start < keyed.count {
                var end = start + 1
                while end < keyed.count && keyed[end].hash == keyed[start].hash { end += 1 }
                let bucket = start..<end
                start = end
                guard bucket.count > 1 else { continue }
                // Compare each member with the first few of its bucket only: copies of one text
                // land together, and a huge bucket of boilerplate must not cost its square.
                for a in bucket.prefix(8) {
                    for b in (a + 1)..<bucket.upperBound where mayReach(sketches[keyed[a].report].mins, sketches[keyed[b].report].mins) {
                        pairs.append((keyed[a].report, keyed[b].report))
                    }
                }
            }
        }
        // The shingle sets of the reports in some pair, rebuilt on all cores.
        var involved = Set<Int>()
        for (i, j) in pairs { involved.insert(i); involved.insert(j) }
        let needed = involved.sorted()
        let rebuilt = Slots<[UInt64]>.collect(count: needed.count) { shingles(reports[needed[$0]].text) } ?? []
        var shingleSets: [Int: [UInt64]] = [:]
        shingleSets.reserveCapacity(needed.count)
        for (k, i) in needed.enumerated() where rebuilt.indices.contains(k) { shingleSets[i] = rebuilt[k] }
        var sims: [Int: Double] = [:]
        var checked = Set<Int64>()
        for (i, j) in pairs {
            let key = Int64(min(i, j)) << 32 | Int64(max(i, j))
            guard checked.insert(key).inserted, find(i) != find(j) else { continue }
            let sim = WitnessFinder.jaccard(shingleSets[i] ?? [], shingleSets[j] ?? [])
            if sim >= threshold {
                let (ri, rj) = (find(i), find(j))
                parent[max(ri, rj)] = min(ri, rj)
                sims[min(ri, rj)] = min(sims[min(ri, rj)] ?? 1, sims[max(ri, rj)] ?? 1, sim)
            }
        }
        // Only groups of two or more are kept: no array for every report that stands alone.
        var size = [Int](repeating: 0, count: reports.count)
        for i in reports.indices { size[find(i)] += 1 }
        var members: [Int: [Int]] = [:]
        for i in reports.indices where size[find(i)] > 1 { members[find(i), default: []].append(i) }
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
