import Testing

@testable import PressAlign

@Suite("IBM Model 1")
struct IBMModel1Tests {
    /// Source keys 10, 11, 12 translate to target keys 20, 21, 22; 40–42 are seen once; 30 comes with 10 twice, but
    /// 20, seen with it seven times, explains it.
    static let pairs: [([Int32], [Int32])] = [
        ([10, 11], [21, 20, 40]), ([11, 12], [22, 21, 41]), ([10, 12, 10], [20, 22, 42, 30]), ([10], [20]),
        ([11], [21]), ([12], [22]), ([10, 11], [20, 21, 30]), ([10], [20]), ([10], [20]), ([10], [20]),
    ]

    @Test("It learns which target keys translate which source keys from co-occurrence alone")
    func learnsTranslations() {
        let learned = IBMModel1.learn(Self.pairs)
        #expect(learned[10] == [20])
        #expect(learned[11] == [21])
        #expect(learned[12] == [22])
        #expect(learned.count == 3)
    }

    @Test("Fewer than five pairs teach nothing")
    func needsFivePairs() {
        #expect(IBMModel1.learn(Array(Self.pairs.prefix(4))).isEmpty)
        #expect(IBMModel1.learn([]).isEmpty)
    }

    @Test("Key 0, gaps between key values and pairs with an empty side are handled")
    func edgeCases() {
        // The same corpus with every key shifted down by 10 (so key 0 occurs), plus pairs with an empty side.
        let shifted = Self.pairs.map { ($0.0.map { $0 - 10 }, $0.1.map { $0 - 10 }) } + [([], [5]), ([1], [])]
        let learned = IBMModel1.learn(shifted)
        #expect(learned[0] == [10])
        #expect(learned[1] == [11])
        #expect(learned[2] == [12])
        // Far-apart key values: the same translations.
        let spread = Self.pairs.map { ($0.0.map { $0 * 1_000 }, $0.1.map { $0 * 1_000 + 7 }) }
        #expect(IBMModel1.learn(spread)[10_000] == [20_007])
    }
}
