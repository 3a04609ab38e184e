/// A set of 64-bit token hashes with open addressing and no re-hashing: the keys
/// are already well-mixed hashes, so their low bits index the table directly. Much
/// cheaper than `Set<UInt64>`, whose SipHash dominated the hot loops.
public struct HashSet64: Sendable, Hashable {
    private var slots: [UInt64]
    private var mask: Int
    /// The number of members.
    public private(set) var count = 0

    /// An empty set with room for about `capacity` members before it grows.
    public init(capacity: Int = 8) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// A set of the given members.
    public init<S: Sequence>(_ members: S) where S.Element == UInt64 {
        self.init(capacity: members.underestimatedCount)
        for m in members { insert(m) }
    }

    @inline(__always) static func key(_ v: UInt64) -> UInt64 { v == 0 ? 0x9E37_79B9_7F4A_7C15 : v }

    @inline(__always) func index(_ k: UInt64) -> Int { Int(truncatingIfNeeded: (k ^ (k >> 29)) & UInt64(mask)) }

    /// Whether `v` is a member.
    @inline(__always)
    public func contains(_ v: UInt64) -> Bool {
        let k = HashSet64.key(v)
        var i = index(k)
        while true {
            let s = slots[i]
            if s == k { return true }
            if s == 0 { return false }
            i = (i + 1) & mask
        }
    }

    /// Adds `v`; returns whether it was new.
    @discardableResult
    public mutating func insert(_ v: UInt64) -> Bool {
        if (count + 1) * 2 > slots.count { grow() }
        let k = HashSet64.key(v)
        var i = index(k)
        while true {
            let s = slots[i]
            if s == k { return false }
            if s == 0 {
                slots[i] = k
                count += 1
                return true
            }
            i = (i + 1) & mask
        }
    }

    /// Adds every member of `other`.
    public mutating func formUnion(_ other: HashSet64) {
        for s in other.slots where s != 0 { insert(s) }
    }

    /// The members, in no particular order.
    public var members: [UInt64] { slots.filter { $0 != 0 } }

    /// Whether there are no members.
    public var isEmpty: Bool { count == 0 }

    /// How many members the two sets share.
    public func sharedCount(with other: HashSet64) -> Int {
        let (small, large) = count <= other.count ? (self, other) : (other, self)
        var n = 0
        for s in small.slots where s != 0 && large.contains(s) { n += 1 }
        return n
    }

    /// Whether the two sets share a member.
    public func intersects(_ other: HashSet64) -> Bool {
        let (small, large) = count <= other.count ? (self, other) : (other, self)
        for s in small.slots where s != 0 && large.contains(s) { return true }
        return false
    }

    /// Whether every member is in `other`.
    public func isSubset(of other: HashSet64) -> Bool {
        for s in slots where s != 0 && !other.contains(s) { return false }
        return true
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        mask = slots.count - 1
        count = 0
        for s in old where s != 0 { insert(s) }
    }
}

/// A map from 64-bit token hashes to values, with the same open addressing as ``HashSet64``.
public struct HashMap64<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int
    /// The number of entries.
    public private(set) var count = 0

    /// An empty map.
    public init(capacity: Int = 8) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: nil, count: size)
        mask = size - 1
    }

    @inline(__always) func index(_ k: UInt64) -> Int { Int(truncatingIfNeeded: (k ^ (k >> 29)) & UInt64(mask)) }

    /// The value for a key.
    public subscript(key: UInt64) -> Value? {
        @inline(__always) get {
            let k = HashSet64.key(key)
            var i = index(k)
            while true {
                let s = keys[i]
                if s == k { return values[i] }
                if s == 0 { return nil }
                i = (i + 1) & mask
            }
        }
        set {
            guard let newValue else { return }
            if (count + 1) * 2 > keys.count { grow() }
            let k = HashSet64.key(key)
            var i = index(k)
            while true {
                let s = keys[i]
                if s == k { values[i] = newValue; return }
                if s == 0 {
                    keys[i] = k
                    values[i] = newValue
                    count += 1
                    return
                }
                i = (i + 1) & mask
            }
        }
    }

    /// The value for a key, or a default (for `map[k, default: []].append(x)`).
    public subscript(key: UInt64, default value: @autoclosure () -> Value) -> Value {
        get { self[key] ?? value() }
        set { self[key] = newValue }
    }

    /// The map with each value transformed.
    public func mapValues<T>(_ f: (Value) -> T) -> HashMap64<T> {
        var out = HashMap64<T>(capacity: count)
        for (i, k) in keys.enumerated() where k != 0 { if let v = values[i] { out[k] = f(v) } }
        return out
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: nil, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (i, k) in oldKeys.enumerated() where k != 0 { if let v = oldValues[i] { self[k] = v } }
    }
}
