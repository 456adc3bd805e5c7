import Testing

@testable import PressAlign

@Suite("Tokens")
struct TokenizerTests {
    @Test("Kinds, normalised forms and stems")
    func kinds() throws {
        let tokens = try Tokenizer(language: .russian).tokens(in: "Переговоры Лаврова: 3,5 % и $27, ЁЛКА")
        let summary = tokens.map { "\($0.kind.rawValue):\($0.normalized):\($0.stem)" }
        #expect(summary == [
            "word:переговоры:переговор", "word:лаврова:лавров", "punctuation::::", "number:3,5:3,5",
            "punctuation:%:%", "word:и:и", "symbol:$:$", "number:27:27", "punctuation:,:,", "word:елка:елк",
        ])
    }

    @Test("English stems and byte ranges")
    func english() throws {
        let text = "The talks, meetings."
        let tokens = try Tokenizer(language: .english).tokens(in: text, byteOffset: 10)
        #expect(tokens.map(\.stem) == ["the", "talk", ",", "meet", "."])
        let bytes = Array(text.utf8)
        for token in tokens {
            let range = (token.byteRange.lowerBound - 10)..<(token.byteRange.upperBound - 10)
            #expect(String(decoding: bytes[range], as: UTF8.self) == token.text)
        }
    }

    @Test("Normalisation: NFKC case fold, ё, soft hyphen, full-width", arguments: [
        ("ЁЖИК", "ежик"), ("пере\u{AD}говоры", "переговоры"), ("ＮＡＴＯ", "nato"), ("Straße", "strasse"), ("ABC", "abc"),
    ])
    func normalisation(_ input: String, _ expected: String) {
        #expect(Tokenizer.normalize(input) == expected)
    }
}
