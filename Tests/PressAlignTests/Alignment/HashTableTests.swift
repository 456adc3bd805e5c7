import Testing

@testable import PressAlign

@Suite("Hash tables and indexes of the aligner")
struct HashTableTests {
    @Test("ByteSliceMap finds every word by its bytes, across growth, and forgets them all on removeAll")
    func byteSliceMap() {
        var map = ByteSliceMap<Int>()
        let words = (0..<5_000).map { "слово\($0)" } + ["", "a", "ab", "Лавров", "Lavrov"]
        func withBytes<R>(_ word: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
            var copy = word
            return copy.withUTF8(body)
        }
        for (index, word) in words.enumerated() {
            #expect(withBytes(word) { map.value(for: $0) } == nil)
            withBytes(word) { map.insert(index, for: $0) }
        }
        #expect(map.count == words.count)
        for (index, word) in words.enumerated() {
            #expect(withBytes(word) { map.value(for: $0) } == index)
        }
        // A prefix or an extension of a stored word is another word.
        #expect(withBytes("слово") { map.value(for: $0) } == nil)
        #expect(withBytes("слово49990") { map.value(for: $0) } == nil)
        map.removeAll()
        #expect(map.count == 0)
        #expect(withBytes("Лавров") { map.value(for: $0) } == nil)
    }

    @Test("A stem the lexicon lacks finds its few relatives sharing all but its last two letters")
    func stemRelatives() {
        var lexicon = Lexicon()
        lexicon.add(sourceStem: "конкретн", targetStem: "specif")
        lexicon.add(sourceStem: "мирн", targetStem: "peac")
        for suffix in ["а", "б", "в", "г", "д", "е", "ж"] { lexicon.add(sourceStem: "переговор" + suffix, targetStem: "talk") }
        let index = StemIndex(lexicon)
        #expect(index.relatives(of: ByteKey("конкретик"), limit: 6).map(\.string) == ["конкретн"])
        // Too short to look for relatives, or a family larger than the limit.
        #expect(index.relatives(of: ByteKey("мирны"), limit: 6).isEmpty)
        #expect(index.relatives(of: ByteKey("переговорык"), limit: 6).isEmpty)
        #expect(index.relatives(of: ByteKey("переговорык"), limit: 7).count == 7)
        #expect(index.relatives(of: ByteKey("конкретик"), limit: 0).isEmpty)
    }

    @Test("sortedUnique sorts and drops repeats, by insertion for short arrays and otherwise")
    func sortedUnique() {
        #expect([Int32(5), 1, 5, 3, 1, 9].sortedUnique() == [1, 3, 5, 9])
        #expect([Int32]().sortedUnique() == [])
        #expect([Int32(7), 7, 7].sortedUnique() == [7])
        var generator = SeededGenerator(seed: 3)
        for count in [31, 32, 33, 200] {
            let keys = (0..<count).map { _ in Int32.random(in: 0..<50, using: &generator) }
            #expect(keys.sortedUnique() == Array(Set(keys)).sorted())
        }
    }

    @Test("The target cache gives a stem's target stems, or its relatives', with their hashes, again and again")
    func targetCache() {
        var lexicon = Lexicon()
        lexicon.add(sourceStem: "конкретн", targetStem: "specif")
        lexicon.add(sourceStem: "конкретн", targetStem: "concret")
        lexicon.add(sourceStem: "мирн", targetStem: "peac")
        let index = StemIndex(lexicon)
        func targets(_ stem: String, borrowing: Bool = false) -> [String] {
            var found: [String] = []
            let relatives = borrowing ? (index: index, limit: 6) : nil
            index.targets.forEachTargetStem(of: ByteKey(stem), in: lexicon, borrowingFrom: relatives) { bytes, hash in
                #expect(hash == ByteSliceMap<Int32>.hash(bytes))
                found.append(String(decoding: bytes, as: UTF8.self))
            }
            return found.sorted()
        }
        for _ in 0..<2 {
            #expect(targets("конкретн") == ["concret", "specif"])
            #expect(targets("мирн") == ["peac"])
            #expect(targets("конкретик").isEmpty)
            #expect(targets("конкретик", borrowing: true) == ["concret", "specif"])
            #expect(targets("неизвестн", borrowing: true).isEmpty)
        }
    }
}
