import Foundation
import Testing

@testable import PressAlign

@Suite("Corpora invariants")
struct CorpusInvariantTests {
    static let pairs = Paths.corpusPairs().map(\.path)

    static func nonWhitespace(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
    }

    @Test("The corpora are as large as promised")
    func size() throws {
        #expect(Self.pairs.count >= 12)
        var sentences = (ru: 0, en: 0)
        var largest = 0
        for pair in Self.pairs {
            let ru = try String(contentsOfFile: pair + "/ru.txt", encoding: .utf8).split(separator: "\n").count
            let en = try String(contentsOfFile: pair + "/en.txt", encoding: .utf8).split(separator: "\n").count
            sentences.ru += ru
            sentences.en += en
            largest = max(largest, min(ru, en))
        }
        #expect(sentences.ru >= 1500 && sentences.en >= 1500)
        #expect(largest >= 300)
        for set in ["translation", "independent", "nonparallel", "html"] {
            #expect(FileManager.default.fileExists(atPath: Paths.corpora + "/\(set)/README.md"))
        }
    }

    @Test("Segmentation reproduces the raw text; gold covers every line once, in order", arguments: pairs)
    func invariants(_ pair: String) throws {
        var counts: [String: Int] = [:]
        for language in ["ru", "en"] {
            let units = try String(contentsOfFile: pair + "/\(language).txt", encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false)
            let lines = units.last == "" ? units.dropLast() : units[...]
            #expect(lines.allSatisfy { !$0.trimmingWhitespace().isEmpty && $0.trimmingWhitespace() == $0 })
            // The text PressAlign reads: the decoded file, or the visible text of an HTML page.
            let raw = try DocumentReader(language: Language(rawValue: language))
                .read(contentsOf: CorpusEvaluation.rawPath(pair, language)).text
            #expect(Self.nonWhitespace(lines.joined()) == Self.nonWhitespace(raw))
            counts[language] = lines.count
        }
        let gold = try VecalignFormat.parse(SourceText(contentsOf: pair + "/gold.txt").text, name: pair + "/gold.txt")
        var nextSource = 0
        var nextTarget = 0
        for bead in gold {
            #expect(bead.isTwoSided || !bead.source.isEmpty || !bead.target.isEmpty)
            for index in bead.source {
                #expect(index == nextSource)
                nextSource += 1
            }
            for index in bead.target {
                #expect(index == nextTarget)
                nextTarget += 1
            }
        }
        #expect(nextSource == counts["ru"])
        #expect(nextTarget == counts["en"])
    }
}
