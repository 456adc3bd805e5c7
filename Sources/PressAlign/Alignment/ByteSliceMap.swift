/// A hash map from short byte strings (words) to values, looked up by a slice of a buffer without building a
/// `String`: the feature extractor finds a word's keys by the word's bytes in the sentence.
///
/// Open addressing with linear probing over a power-of-two slot array; keys are copied into one byte arena. The hash
/// is FNV-1a, so the layout does not depend on the process's hashing seed.
struct ByteSliceMap<Value> {
    private var arena: [UInt8] = []
    private var keyOffsets: [Int32] = []
    private var keyLengths: [Int32] = []
    private var hashes: [UInt64] = []
    private var values: [Value] = []
    /// Entry index + 1 per slot; 0 is empty.
    private var slots = [Int32](repeating: 0, count: 1 << 10)

    /// The number of entries.
    var count: Int { values.count }

    /// Makes room for `count` entries without growing.
    mutating func reserveCapacity(_ count: Int) {
        var capacity = slots.count
        while capacity < count * 2 { capacity <<= 1 }
        guard capacity > slots.count else { return }
        slots = [Int32](repeating: 0, count: capacity)
        for entry in hashes.indices { place(entry: entry, hash: hashes[entry]) }
        keyOffsets.reserveCapacity(count)
        keyLengths.reserveCapacity(count)
        hashes.reserveCapacity(count)
        values.reserveCapacity(count)
    }

    /// The value stored for `key`, if any.
    func value(for key: UnsafeBufferPointer<UInt8>) -> Value? {
        let hash = Self.hash(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot]) - 1
            if entry < 0 { return nil }
            if hashes[entry] == hash, matches(entry, key) { return values[entry] }
            slot = (slot + 1) & mask
        }
    }

    /// Stores `value` for `key` (which must not be present yet).
    mutating func insert(_ value: Value, for key: UnsafeBufferPointer<UInt8>) {
        assert(self.value(for: key) == nil, "the key is already in the map")
        if (values.count + 1) * 2 > slots.count { grow() }
        let hash = Self.hash(key)
        keyOffsets.append(Int32(arena.count))
        keyLengths.append(Int32(key.count))
        arena.append(contentsOf: key)
        hashes.append(hash)
        values.append(value)
        place(entry: values.count - 1, hash: hash)
    }

    /// Removes every entry, keeping the storage.
    mutating func removeAll() {
        arena.removeAll(keepingCapacity: true)
        keyOffsets.removeAll(keepingCapacity: true)
        keyLengths.removeAll(keepingCapacity: true)
        hashes.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        for index in slots.indices { slots[index] = 0 }
    }

    private func matches(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard Int(keyLengths[entry]) == key.count else { return false }
        let offset = Int(keyOffsets[entry])
        return arena.withUnsafeBufferPointer { stored in
            for index in 0..<key.count where stored[offset + index] != key[index] { return false }
            return true
        }
    }

    private mutating func place(entry: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry + 1)
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        for entry in hashes.indices { place(entry: entry, hash: hashes[entry]) }
    }

    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        // Mix the high bits down: the slot index takes the low bits.
        return hash ^ (hash >> 29)
    }
}
