import Testing

@testable import PressAlign

/// Random texts built from the genre's traps: whatever the rules decide, no character is lost or duplicated and
/// every range points at its text.
@Suite("Segmentation properties")
struct SegmentationPropertyTests {
    static let pieces = [
        "С.В.Лавров:", "т.е.", "г.", "2021 г.", "U.S.", "p.m.", "Mr.", "«Да?»", "—", "…", "...", "1.", "2)", "(Laughter.)",
        "[inaudible]", "1 200", "3,5", "https://mid.ru/ru/", "Jane.Doe@example.com", "Это", "мы", "The", "we", "NATO",
        "ООН", ".", "?", "!", ";)", "\n", "\n\n", "\r\n", "\u{A0}", "\u{AD}", "\"", "'", "(", ")", "A.", "Б.", "е", "x",
    ]

    static func randomText(_ generator: inout SeededGenerator) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 1...60, using: &generator) {
            text += pieces.randomElement(using: &generator)!
            if Bool.random(using: &generator) { text += " " }
        }
        return text
    }

    @Test("Sentences keep every non-space character once, in order, and their ranges point at them",
          arguments: [Language.russian, .english])
    func coverage(_ language: Language) throws {
        var generator = SeededGenerator(seed: language == .russian ? 7 : 11)
        let segmenter = SentenceSegmenter(language: language)
        for _ in 0..<300 {
            let text = Self.randomText(&generator)
            let sentences = try segmenter.sentences(in: text)
            let kept = sentences.map(\.text).joined().unicodeScalars.filter { !$0.isSpaceLike }
            let original = text.unicodeScalars.filter { !$0.isSpaceLike }
            #expect(String(String.UnicodeScalarView(kept)) == String(String.UnicodeScalarView(original)), "\(text.debugDescription)")
            let bytes = Array(text.utf8)
            var previousEnd = 0
            for sentence in sentences {
                #expect(sentence.byteRange.lowerBound >= previousEnd)
                #expect(String(decoding: bytes[sentence.byteRange], as: UTF8.self) == sentence.text)
                #expect(!sentence.text.isEmpty)
                previousEnd = sentence.byteRange.upperBound
            }
        }
    }

    @Test("Trimming white space on bytes agrees with trimming characters")
    func trimming() {
        var generator = SeededGenerator(seed: 5)
        let edges = [" ", "\t", "\n", "\r\n", "\u{A0}", "\u{85}", "\u{2003}", "\u{3000}", "a", "Я", ".", "«", "»", "é",
                     "e\u{301}", "\u{301}", "1", "—"]
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...4, using: &generator) { text += edges.randomElement(using: &generator)! }
            text += Self.randomText(&generator)
            for _ in 0..<Int.random(in: 0...4, using: &generator) { text += edges.randomElement(using: &generator)! }
            let characters = Substring(text)
            let expected = characters.firstIndex(where: { !$0.isWhitespace }).map { first in
                characters[first...characters.lastIndex(where: { !$0.isWhitespace })!]
            } ?? ""
            #expect(text.trimmingWhitespace() == expected, "\(text.debugDescription)")
        }
    }
}

@Suite("Alignment properties")
struct AlignmentPropertyTests {
    @Test("Any pair of sentence lists gives beads that cover both sides once, in order, with confidences in [0, 1]")
    func cover() throws {
        var generator = SeededGenerator(seed: 3)
        let aligner = try Aligner()
        let words = ["Лавров", "переговоры", "санкции", "2021", "NATO", "talks", "sanctions", "Blinken", "мир", "peace",
                     "1 200", "1,200", "Спасибо.", "Thank you.", "(Laughter.)", "ООН", "UN", "the", "и"]
        for _ in 0..<40 {
            func sentences() -> [String] {
                (0..<Int.random(in: 0...25, using: &generator)).map { _ in
                    (0..<Int.random(in: 0...8, using: &generator)).map { _ in words.randomElement(using: &generator)! }
                        .joined(separator: " ")
                }
            }
            let source = sentences()
            let target = sentences()
            let alignment = try aligner.align(sourceTexts: source, targetTexts: target)
            #expect(Alignment.coversInOrder(alignment.beads, sourceCount: source.count, targetCount: target.count))
            #expect(alignment.beads.allSatisfy { ($0.confidence ?? -1) >= 0 && ($0.confidence ?? 2) <= 1 })
            #expect(alignment.beads.allSatisfy { $0.source.count <= 3 && $0.target.count <= 3 })
        }
    }
}
