/// IBM Model 1 (EM over co-occurring keys of aligned sentence pairs): which target keys translate which source keys.
enum IBMModel1 {
    /// Source key → target keys with t(e|f) ≥ 0.2, seen together at least twice; sorted. Needs five pairs.
    ///
    /// Every (f, e) combination of a pair gets a dense index once; EM then runs over flat arrays: per pair and target
    /// key, a run of combination indices.
    ///
    /// - Complexity: O(c · rounds) for c co-occurrences.
    static func learn(_ pairs: [([Int32], [Int32])]) -> [Int32: [Int32]] {
        guard pairs.count >= 5 else { return [:] }
        let cooccurrences = pairs.reduce(0) { $0 + $1.0.count * $1.1.count }
        var pairIndex = PairIndexMap(expectedCount: min(1 << 18, cooccurrences / 2))
        var pairKeys: [Int64] = []
        var sourceOfPair: [Int32] = []
        var cooccurrenceCount: [Int32] = []
        // Per pair and target key, the combination indices of its (f, e) combinations: members[groupEnds[g - 1] ..<
        // groupEnds[g]].
        var members: [Int32] = []
        var groupEnds: [Int] = []
        members.reserveCapacity(cooccurrences)
        for (sourceKeys, targetKeys) in pairs {
            let uniqueSource = sourceKeys.sortedUnique()
            for e in targetKeys.sortedUnique() {
                for f in uniqueSource {
                    let pairKey = Int64(f) << 32 | Int64(UInt32(bitPattern: e))
                    let index = pairIndex.index(of: pairKey, inserting: Int32(pairKeys.count))
                    if Int(index) == pairKeys.count {
                        pairKeys.append(pairKey)
                        sourceOfPair.append(f)
                        cooccurrenceCount.append(1)
                    } else {
                        cooccurrenceCount[Int(index)] += 1
                    }
                    members.append(index)
                }
                groupEnds.append(members.count)
            }
        }
        var probability = [Double](repeating: 1, count: pairKeys.count)
        var counts = [Double](repeating: 0, count: pairKeys.count)
        // Totals per source key in a dense array (keys are small interned integers).
        let sourceKeyCount = Int(sourceOfPair.max() ?? 0) + 1
        var totals = [Double](repeating: 0, count: sourceKeyCount)
        members.withUnsafeBufferPointer { members in
            for _ in 0..<5 {
                for index in counts.indices { counts[index] = 0 }
                var start = 0
                for end in groupEnds {
                    defer { start = end }
                    var normaliser = 0.0
                    for member in start..<end { normaliser += probability[Int(members[member])] }
                    guard normaliser > 0 else { continue }
                    for member in start..<end {
                        let index = Int(members[member])
                        counts[index] += probability[index] / normaliser
                    }
                }
                for index in totals.indices { totals[index] = 0 }
                for index in counts.indices { totals[Int(sourceOfPair[index])] += counts[index] }
                for index in counts.indices {
                    let total = totals[Int(sourceOfPair[index])]
                    probability[index] = total > 0 ? counts[index] / total : counts[index]
                }
            }
        }
        var learned: [Int32: [Int32]] = [:]
        for index in probability.indices where probability[index] >= 0.2 && cooccurrenceCount[index] >= 2 {
            let f = Int32(truncatingIfNeeded: pairKeys[index] >> 32)
            let e = Int32(truncatingIfNeeded: pairKeys[index] & 0xFFFF_FFFF)
            learned[f, default: []].append(e)
        }
        for f in learned.keys { learned[f]!.sort() }
        return learned
    }

    /// (f, e) combination → dense index: open addressing over non-negative 64-bit keys with a multiplicative hash,
    /// several times cheaper than a `Dictionary` (whose seeded hashing dominated learning).
    struct PairIndexMap {
        private var keys: [Int64]
        private var values: [Int32]
        private var count = 0
        private var shift: UInt64

        init(expectedCount: Int) {
            var capacity = 1 << 10
            while capacity < expectedCount * 2 { capacity <<= 1 }
            keys = [Int64](repeating: -1, count: capacity)
            values = [Int32](repeating: 0, count: capacity)
            shift = UInt64(64 - capacity.trailingZeroBitCount)
        }

        /// The index stored for `key`; stores `new` and returns it when the key is not there yet.
        mutating func index(of key: Int64, inserting new: Int32) -> Int32 {
            if (count + 1) * 2 > keys.count { grow() }
            let mask = keys.count - 1
            var slot = slot(for: key)
            while true {
                let stored = keys[slot]
                if stored == key { return values[slot] }
                if stored < 0 {
                    keys[slot] = key
                    values[slot] = new
                    count += 1
                    return new
                }
                slot = (slot + 1) & mask
            }
        }

        @inline(__always)
        private func slot(for key: Int64) -> Int {
            Int(truncatingIfNeeded: (UInt64(bitPattern: key) &* 0x9E37_79B9_7F4A_7C15) >> shift)
        }

        private mutating func grow() {
            let (oldKeys, oldValues) = (keys, values)
            keys = [Int64](repeating: -1, count: oldKeys.count * 2)
            values = [Int32](repeating: 0, count: oldKeys.count * 2)
            shift -= 1
            let mask = keys.count - 1
            for (key, value) in zip(oldKeys, oldValues) where key >= 0 {
                var slot = slot(for: key)
                while keys[slot] >= 0 { slot = (slot + 1) & mask }
                keys[slot] = key
                values[slot] = value
            }
        }
    }
}
