import Foundation

/// A hash map from short byte strings (words) to values, looked up by a slice of a buffer without building a
/// `String`: the feature extractor finds a word's keys by the word's bytes in the sentence.
///
/// Open addressing with linear probing over a power-of-two slot array; keys are copied into one byte arena. The hash
/// is fixed (no per-process seed), so the layout is the same in every run.
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
        value(for: key, hash: Self.hash(key))
    }

    /// The entry index of `key` (entries are numbered in insertion order, from 0), if it is stored.
    func index(for key: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = Self.hash(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot]) - 1
            if entry < 0 { return nil }
            if hashes[entry] == hash, matches(entry, key) { return entry }
            slot = (slot + 1) & mask
        }
    }

    /// The value of the entry at `index` (see `index(for:)`).
    func value(at index: Int) -> Value { values[index] }

    /// The value stored for `key`, whose `hash(_:)` the caller computed before.
    func value(for key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Value? {
        assert(hash == Self.hash(key), "the hash must be the key's")
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
        insert(value, for: key, hash: Self.hash(key))
    }

    /// Stores `value` for `key`, whose `hash(_:)` the caller computed before.
    mutating func insert(_ value: Value, for key: UnsafeBufferPointer<UInt8>, hash: UInt64) {
        assert(hash == Self.hash(key), "the hash must be the key's")
        assert(self.value(for: key) == nil, "the key is already in the map")
        if (values.count + 1) * 2 > slots.count { grow() }
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
        guard let keyBase = key.baseAddress else { return true }
        let offset = Int(keyOffsets[entry])
        return arena.withUnsafeBufferPointer { stored in memcmp(stored.baseAddress! + offset, keyBase, key.count) == 0 }
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

    /// A multiply–xor hash over eight bytes at a time (the last, partial word read byte by byte), finished with
    /// MurmurHash3's 64-bit mix so that every input bit reaches the low bits the slot index takes: words are short,
    /// and FNV-1a's byte-at-a-time multiply chain was most of a look-up's cost.
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = key.count
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: count)
        if let base = key.baseAddress {
            let raw = UnsafeRawPointer(base)
            var index = 0
            while index + 8 <= count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
                hash ^= hash >> 32
                index += 8
            }
            if index < count {
                var word: UInt64 = 0
                var shift: UInt64 = 0
                while index < count {
                    word |= UInt64(base[index]) << shift
                    shift += 8
                    index += 1
                }
                hash = (hash ^ word) &* 0xC4CE_B9FE_1A85_EC53
            }
        }
        hash ^= hash >> 33
        hash &*= 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash &*= 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 33)
    }
}
