import Testing

@testable import PressAlign

@Suite("Aligner")
struct AlignerTests {
    static let russian = [
        "Москва, 12 марта 2024 года", "С.В.Лавров: Добрый день, уважаемые коллеги.",
        "Сегодня мы провели переговоры с министром иностранных дел Франции.",
        "Мы обсудили ситуацию на Ближнем Востоке и сотрудничество в ООН.", "Товарооборот вырос на 2,5 % и составил 1 200 млн долл.",
        "Спасибо.",
    ]
    static let english = [
        "Moscow, March 12, 2024", "Sergey Lavrov: Good afternoon, colleagues.",
        "Today we held talks with the Foreign Minister of France.",
        "We discussed the situation in the Middle East and cooperation at the UN.",
        "Trade grew by 2.5% to $1,200 million.", "Thank you.",
    ]

    @Test("A small parallel text aligns one to one")
    func parallel() throws {
        let alignment = try Aligner().align(sourceTexts: Self.russian, targetTexts: Self.english)
        #expect(alignment.beads.map(\.kind) == Array(repeating: "1-1", count: 6))
        #expect(alignment.beads.allSatisfy { ($0.confidence ?? -1) >= 0 && ($0.confidence ?? 2) <= 1 })
    }

    @Test("One side empty: everything unaligned")
    func emptySide() throws {
        let alignment = try Aligner().align(sourceTexts: Self.russian, targetTexts: [])
        #expect(alignment.beads.count == Self.russian.count)
        #expect(alignment.beads.allSatisfy { !$0.isTwoSided })
        #expect(try Aligner().align(sourceTexts: [], targetTexts: []).beads.isEmpty)
    }

    @Test("Wildly different sizes: no refusal, every sentence once")
    func lopsided() throws {
        let many = (0..<5_000).map { "Sentence number \($0) about trade." }
        let alignment = try Aligner().align(sourceTexts: ["Одно предложение о торговле."], targetTexts: many)
        #expect(Alignment.coversInOrder(alignment.beads, sourceCount: 1, targetCount: 5_000))
    }

    @Test("Deterministic: the same input gives the same output")
    func deterministic() throws {
        let first = try Aligner().align(sourceTexts: Self.russian, targetTexts: Self.english).beads
        let second = try Aligner().align(sourceTexts: Self.russian, targetTexts: Self.english).beads
        #expect(first == second)
    }

    @Test("--min-confidence turns weak beads into one-sided beads")
    func minimumConfidence() throws {
        var configuration = Aligner.Configuration()
        configuration.minimumConfidence = 1.0
        let alignment = try Aligner(configuration: configuration).align(sourceTexts: Self.russian, targetTexts: Self.english)
        #expect(alignment.beads.allSatisfy { !$0.isTwoSided })
        #expect(Alignment.coversInOrder(alignment.beads, sourceCount: 6, targetCount: 6))
    }

    @Test("Numbers in both conventions give the same anchor", arguments: [
        ("1 200 человек", "ru", ["1200"]), ("1,200 people", "en", ["1200"]), ("рост 2,5 %", "ru", ["2.5"]),
        ("growth of 2.5%", "en", ["2.5"]), ("19 мая 2021 г.", "ru", ["19", "2021"]), ("May 19, 2021", "en", ["19", "2021"]),
    ])
    func numbers(_ text: String, _ language: String, _ expected: [String]) {
        #expect(AnchorKeys.numbers(in: text, language: Language(rawValue: language)) == expected)
    }

    @Test("Names match across scripts through transliteration")
    func names() throws {
        let transliterator = try Transliterator(identifier: "Russian-Latin/BGN; Latin-ASCII")
        for (russian, english) in [("Блинкена", "Blinken"), ("Рейкьявике", "Reykjavik"), ("Вашингтон", "Washington"), ("Байдена", "Biden")] {
            #expect(AnchorKeys.nameSkeleton(latin: transliterator.transliterate(russian)) == AnchorKeys.nameSkeleton(latin: english))
        }
    }
}
