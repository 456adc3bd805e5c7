import Foundation
import Testing

@testable import PressAlign

@Suite("Lexicon cache")
struct LexiconCacheTests {
    static func sample() -> Lexicon {
        var lexicon = Lexicon()
        lexicon.add(sourceStem: "министр", targetStem: "minist")
        lexicon.add(sourceStem: "министр", targetStem: "secretari")
        lexicon.add(sourceStem: "переговор", targetStem: "talk")
        return lexicon
    }

    @Test("The text form round-trips, sorted, with one line per source stem")
    func roundTrip() throws {
        let lexicon = Self.sample()
        let bytes = lexicon.serialized()
        #expect(String(decoding: bytes, as: UTF8.self) == "pressalign-lexicon 2\nминистр\tminist\tsecretari\nпереговор\ttalk\n")
        let read = try #require(Lexicon(serialized: bytes))
        #expect(read.translations(of: "министр") == ["minist", "secretari"])
        #expect(read.translations(of: "переговор") == ["talk"])
        #expect(read.count == 3)
    }

    @Test("The seed lexicon serialises in String order (byte order equals it for normalised stems), rows unique")
    func seedOrder() throws {
        let lexicon = try Lexicon.russianEnglishSeed()
        var expected = Array("pressalign-lexicon \(lexicon.table.count)\n".utf8)
        for source in lexicon.table.keys.map(\.string).sorted() {
            let row = lexicon.table[ByteKey(source)]!.map(\.string)
            #expect(Set(row).count == row.count, "row of \(source) repeats a stem")
            expected += Array(([source] + row.sorted()).joined(separator: "\t").utf8) + [0x0A]
        }
        #expect(lexicon.serialized() == expected)
    }

    @Test("Damaged files are refused, never half read", arguments: [
        "", "pressalign-lexicon 2\nминистр\tminist\n", "pressalign-lexicon x\n", "other 1\nа\tb\n",
        "pressalign-lexicon 1\nминистр\n", "pressalign-lexicon 1\nминистр\tminist",
    ])
    func damaged(_ text: String) {
        #expect(Lexicon(serialized: Array(text.utf8)) == nil)
    }

    @Test("Invalid UTF-8 in a cached file is refused")
    func invalidUTF8() {
        #expect(Lexicon(serialized: Array("pressalign-lexicon 1\n".utf8) + [0xD0, 0x09, 0x61, 0x0A]) == nil)
    }

    @Test("Stored and loaded through a directory; the name changes with the seed and the inputs")
    func storeAndLoad() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pressalign-cache-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = try #require(LexiconCache.path(name: "test", seed: "а\tb", inputs: ["/nonexistent"], directory: directory))
        #expect(path.hasPrefix(directory + "/test-"))
        #expect(LexiconCache.path(name: "test", seed: "а\tc", inputs: ["/nonexistent"], directory: directory) != path)
        #expect(LexiconCache.path(name: "test", seed: "а\tb", inputs: ["/etc/hostname"], directory: directory) != path)
        #expect(LexiconCache.load(from: path) == nil)
        LexiconCache.store(Self.sample(), at: path)
        let loaded = try #require(LexiconCache.load(from: path))
        #expect(loaded.translations(of: "министр") == ["minist", "secretari"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == [(path as NSString).lastPathComponent])
        // A newer build's file replaces the old one; other names stay.
        let newer = try #require(LexiconCache.path(name: "test", seed: "а\td", inputs: [], directory: directory))
        let other = try #require(LexiconCache.path(name: "other", seed: "", inputs: [], directory: directory))
        LexiconCache.store(Self.sample(), at: other)
        LexiconCache.store(Self.sample(), at: newer)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        #expect(names == [(other as NSString).lastPathComponent, (newer as NSString).lastPathComponent].sorted())
    }
}
