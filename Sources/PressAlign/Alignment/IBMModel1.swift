/// IBM Model 1 (EM over co-occurring keys of aligned sentence pairs): which target keys translate which source keys.
enum IBMModel1 {
    /// Source key → target keys with t(e|f) ≥ 0.2, seen together at least twice; sorted. Needs five pairs. Keys are
    /// small non-negative integers (interned ids).
    ///
    /// Every (f, e) combination of a pair gets a dense index once; EM then runs over flat arrays: per pair and target
    /// key, a run of combination indices. The indices are handed out source key by source key, through an inverted
    /// index (the pairs each source key occurs in) and a dense array over target keys stamped with the current source
    /// key, so no hashing is needed.
    ///
    /// - Complexity: O(c · rounds + k) for c co-occurrences and keys below k.
    static func learn(_ pairs: [([Int32], [Int32])]) -> [Int32: [Int32]] {
        guard pairs.count >= 5 else { return [:] }
        precondition(pairs.allSatisfy { $0.0.allSatisfy { $0 >= 0 } && $0.1.allSatisfy { $0 >= 0 } }, "keys are non-negative")
        let sources = pairs.map { $0.0.sortedUnique() }
        let targets = pairs.map { $0.1.sortedUnique() }
        var keyLimit = 0
        for keys in sources { keyLimit = max(keyLimit, Int(keys.last ?? 0) + 1) }
        for keys in targets { keyLimit = max(keyLimit, Int(keys.last ?? 0) + 1) }
        // Per pair and target key, the combination indices of its (f, e) combinations, in source key order:
        // members[groupEnds[g - 1] ..< groupEnds[g]]; pair p's groups start at memberOffsets[p].
        var memberOffsets: [Int] = []
        var groupEnds: [Int] = []
        memberOffsets.reserveCapacity(pairs.count)
        var memberCount = 0
        for (sourceKeys, targetKeys) in zip(sources, targets) {
            memberOffsets.append(memberCount)
            for _ in targetKeys {
                memberCount += sourceKeys.count
                groupEnds.append(memberCount)
            }
        }
        // The pairs each source key occurs in, with its rank there: occurrences[occurrenceStarts[f] ..<
        // occurrenceStarts[f + 1]], in pair order.
        var occurrenceStarts = [Int](repeating: 0, count: keyLimit + 1)
        for keys in sources {
            for f in keys { occurrenceStarts[Int(f) + 1] += 1 }
        }
        for key in 0..<keyLimit { occurrenceStarts[key + 1] += occurrenceStarts[key] }
        var occurrences = [(pair: Int32, rank: Int32)](repeating: (0, 0), count: occurrenceStarts[keyLimit])
        var fill = occurrenceStarts
        for (pair, keys) in sources.enumerated() {
            for (rank, f) in keys.enumerated() {
                occurrences[fill[Int(f)]] = (Int32(pair), Int32(rank))
                fill[Int(f)] += 1
            }
        }
        // Combinations in order of first occurrence for each source key (by pair, then target key), so the
        // per-source totals below add up in the same order whatever the key values.
        var sourceOfPair: [Int32] = []
        var targetOfPair: [Int32] = []
        var cooccurrenceCount: [Int32] = []
        sourceOfPair.reserveCapacity(memberCount / 2)
        targetOfPair.reserveCapacity(memberCount / 2)
        cooccurrenceCount.reserveCapacity(memberCount / 2)
        // The target keys of every pair in one flat array (no inner array to retain per occurrence).
        var targetStarts = [Int](repeating: 0, count: pairs.count + 1)
        var flatTargets: [Int32] = []
        for (pair, keys) in targets.enumerated() {
            flatTargets += keys
            targetStarts[pair + 1] = flatTargets.count
        }
        let widths = sources.map(\.count)
        var members = [Int32](repeating: 0, count: memberCount)
        var stamp = [Int32](repeating: -1, count: keyLimit)
        var indexOfTarget = [Int32](repeating: 0, count: keyLimit)
        members.withUnsafeMutableBufferPointer { members in
            stamp.withUnsafeMutableBufferPointer { stamp in
                indexOfTarget.withUnsafeMutableBufferPointer { indexOfTarget in
                    flatTargets.withUnsafeBufferPointer { flatTargets in
                        for f in 0..<keyLimit where occurrenceStarts[f] < occurrenceStarts[f + 1] {
                            for (pair, rank) in occurrences[occurrenceStarts[f]..<occurrenceStarts[f + 1]] {
                                let width = widths[Int(pair)]
                                var slot = memberOffsets[Int(pair)] + Int(rank)
                                for position in targetStarts[Int(pair)]..<targetStarts[Int(pair) + 1] {
                                    let e = Int(flatTargets[position])
                                    let index: Int32
                                    if stamp[e] == Int32(f) {
                                        index = indexOfTarget[e]
                                        cooccurrenceCount[Int(index)] += 1
                                    } else {
                                        index = Int32(sourceOfPair.count)
                                        stamp[e] = Int32(f)
                                        indexOfTarget[e] = index
                                        sourceOfPair.append(Int32(f))
                                        targetOfPair.append(Int32(e))
                                        cooccurrenceCount.append(1)
                                    }
                                    members[slot] = index
                                    slot += width
                                }
                            }
                        }
                    }
                }
            }
        }
        // Combinations were handed out source key by source key: where each key's run of them ends.
        var runEnds: [Int] = []
        for index in sourceOfPair.indices
        where index + 1 == sourceOfPair.count || sourceOfPair[index + 1] != sourceOfPair[index] {
            runEnds.append(index + 1)
        }
        var probability = [Double](repeating: 1, count: sourceOfPair.count)
        var counts = [Double](repeating: 0, count: sourceOfPair.count)
        probability.withUnsafeMutableBufferPointer { probability in
            counts.withUnsafeMutableBufferPointer { counts in
                members.withUnsafeBufferPointer { members in
                    for _ in 0..<5 {
                        expectationMaximisationRound(
                            probability: probability, counts: counts, members: members, groupEnds: groupEnds,
                            runEnds: runEnds)
                    }
                }
            }
        }
        var learned: [Int32: [Int32]] = [:]
        for index in probability.indices where probability[index] >= 0.2 && cooccurrenceCount[index] >= 2 {
            learned[sourceOfPair[index], default: []].append(targetOfPair[index])
        }
        for f in learned.keys { learned[f]!.sort() }
        return learned
    }

    /// One EM round: expected counts of every combination from the current probabilities (the E step, group by
    /// group), then t(e|f) as each combination's share of its source key's total (the M step, run by run). Each
    /// source key's combinations form one run, so its total adds up in a register, in index order.
    private static func expectationMaximisationRound(
        probability: UnsafeMutableBufferPointer<Double>, counts: UnsafeMutableBufferPointer<Double>,
        members: UnsafeBufferPointer<Int32>, groupEnds: [Int], runEnds: [Int]
    ) {
        counts.update(repeating: 0)
        var start = 0
        for end in groupEnds {
            var normaliser = 0.0
            for member in start..<end { normaliser += probability[Int(members[member])] }
            if normaliser > 0 {
                // One division per group, not per member (a multiplication is several times cheaper).
                let share = 1 / normaliser
                for member in start..<end {
                    let index = Int(members[member])
                    counts[index] += probability[index] * share
                }
            }
            start = end
        }
        var runStart = 0
        for runEnd in runEnds {
            var total = 0.0
            for index in runStart..<runEnd { total += counts[index] }
            for index in runStart..<runEnd {
                probability[index] = total > 0 ? counts[index] / total : counts[index]
            }
            runStart = runEnd
        }
    }
}
