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

    @Test("Number keys on bytes equal the reading of the text scalar by scalar")
    func numbersOnBytes() {
        let pieces = ["1", "2", "0", "00", "123", "1 200", "1\u{A0}200", "1\u{202F}000", "1\u{2009}000", "1,200",
                      "1.200", "2,5", "2.50", ",", ".", " ", "\u{A0}", "\u{202F}", "\u{2009}", "\u{2008}", "млн", "$",
                      "%", "г.", "—", "1 20", "12 3456", "007", "0,0", "3.000.000"]
        var generator = SeededGenerator(seed: 17)
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...8, using: &generator) { text += pieces.randomElement(using: &generator)! }
            for language in [Language.russian, .english] {
                #expect(AnchorKeys.numbers(in: text, language: language)
                    == Self.referenceNumbers(in: text, decimalComma: language != .english), "\(text.debugDescription)")
            }
        }
    }

    /// The scalar-by-scalar reading that `AnchorKeys.numbers` replaced (fifth session), kept as the reference.
    static func referenceNumbers(in text: String, decimalComma: Bool) -> [String] {
        let scalars = Array(text.unicodeScalars)
        func isDigit(_ index: Int) -> Bool { index < scalars.count && ("0"..."9").contains(scalars[index]) }
        var result: [String] = []
        var index = 0
        while index < scalars.count {
            guard isDigit(index), index == 0 || !isDigit(index - 1) else {
                index += 1
                continue
            }
            var integer = ""
            var fraction = ""
            var cursor = index
            while isDigit(cursor) {
                integer.unicodeScalars.append(scalars[cursor])
                cursor += 1
            }
            while cursor < scalars.count {
                let separator = scalars[cursor]
                let isGroupSeparator = ["\u{20}", "\u{A0}", "\u{202F}", "\u{2009}"].contains(separator)
                    || (separator == "," && !decimalComma) || (separator == "." && decimalComma)
                guard isGroupSeparator, (1...3).allSatisfy({ isDigit(cursor + $0) }), !isDigit(cursor + 4) else { break }
                for offset in 1...3 { integer.unicodeScalars.append(scalars[cursor + offset]) }
                cursor += 4
            }
            if cursor + 1 < scalars.count, scalars[cursor] == (decimalComma ? "," : "."), isDigit(cursor + 1) {
                cursor += 1
                while isDigit(cursor) {
                    fraction.unicodeScalars.append(scalars[cursor])
                    cursor += 1
                }
            }
            while integer.count > 1, integer.hasPrefix("0") { integer.removeFirst() }
            while fraction.hasSuffix("0") { fraction.removeLast() }
            result.append(fraction.isEmpty ? integer : integer + "." + fraction)
            index = cursor
        }
        return result
    }

    @Test("Names match across scripts through transliteration")
    func names() throws {
        let transliterator = try Transliterator(identifier: "Russian-Latin/BGN; Latin-ASCII")
        for (russian, english) in [("Блинкена", "Blinken"), ("Рейкьявике", "Reykjavik"), ("Вашингтон", "Washington"), ("Байдена", "Biden")] {
            #expect(AnchorKeys.nameSkeleton(latin: transliterator.transliterate(russian)) == AnchorKeys.nameSkeleton(latin: english))
        }
    }

    @Test("A site's language switch (English on the Russian page, Русский on the English one) stays unaligned")
    func languageSwitch() throws {
        // Between close anchors, where a sentence left out pays the skip penalty.
        let russian = Array(Self.russian[1...3]) + ["English"] + Array(Self.russian[4...])
        let english = Array(Self.english[1...3]) + ["Русский"] + Array(Self.english[4...])
        let beads = try Aligner().align(sourceTexts: russian, targetTexts: english).beads
        #expect(beads.contains { $0.source == [3] && $0.target.isEmpty })
        #expect(beads.contains { $0.source.isEmpty && $0.target == [3] })
        #expect(BoilerplateClassifier.isLanguageSwitch(" Deutsch "))
        #expect(!BoilerplateClassifier.isLanguageSwitch("English is spoken here."))
    }

    @Test("Short boilerplate lines of one kind facing each other pair on translated pages; language switches do not")
    func boilerplatePairs() throws {
        let folder = Paths.corpora + "/translation/lavrov-interview-web-page"
        let russian = try DocumentReader(language: .russian).read(contentsOf: folder + "/ru.raw.txt")
        let english = try DocumentReader(language: .english).read(contentsOf: folder + "/en.raw.txt")
        func pairs(_ configuration: Aligner.Configuration) throws -> Set<[String]> {
            let alignment = try Aligner(configuration: configuration).align(source: russian, target: english)
            return Set(alignment.beads.filter(\.isTwoSided).map { bead in
                bead.source.map { alignment.source[$0].text } + bead.target.map { alignment.target[$0].text }
            })
        }
        let paired = try pairs(Aligner.Configuration())
        #expect(paired.contains(["Главная", "Home"]))
        #expect(paired.contains(["Материалы по теме", "Related materials"]))
        #expect(!paired.contains(["English", "Русский"]))
        var without = Aligner.Configuration()
        without.boilerplatePairBonus = 0
        #expect(try !pairs(without).contains(["Главная", "Home"]))
    }

    @Test("A title does not merge with the headings under it when the ingest stage marked them")
    func titleAndHeadings() throws {
        let folder = Paths.corpora + "/independent/lavrov-blinken-joint-press-availability"
        let russian = try DocumentReader(language: .russian).read(contentsOf: folder + "/ru.raw.txt")
        let english = try DocumentReader(language: .english).read(contentsOf: folder + "/en.raw.txt")
        func firstBead(_ configuration: Aligner.Configuration) throws -> Bead? {
            try Aligner(configuration: configuration).align(source: russian, target: english).beads.first(where: \.isTwoSided)
        }
        #expect(try firstBead(Aligner.Configuration())?.target == [0])
        var without = Aligner.Configuration()
        without.structureMergePenalty = 0
        #expect(try firstBead(without)?.target.count ?? 0 > 1)
    }

    @Test("The byte path for ASCII names gives the Character path's skeletons", arguments: [
        "Blinken", "Reykjavik", "Washington", "Biden", "Zakharova", "Shoigu", "Tsipras", "Kirchner", "Philippe", "Quincy",
        "Maxwell", "Yevgeny", "Jackson", "Ab", "AEIOU", "Zhirinovsky", "Schmidt", "O'Neill", "Al-Thani", "X",
    ])
    func asciiSkeletons(_ name: String) {
        #expect(AnchorKeys.asciiNameSkeleton(Array(name.utf8)) == AnchorKeys.characterNameSkeleton(name))
    }

    @Test("Between close anchors an idiom without shared words still pairs; without the skip penalty it stays unaligned")
    func skipPenalty() throws {
        let russian = [
            "Сегодня мы провели переговоры с министром иностранных дел Франции.",
            "Мы обсудили ситуацию на Ближнем Востоке и сотрудничество в ООН.",
            "Товарооборот вырос на 2,5 % и составил 1 200 млн долл.",
            "Индийские друзья ясно дали понять, что будут руководствоваться собственными национальными интересами.",
            "Это уже немало.",
            "Мы договорились продолжить консультации по вопросам стратегической стабильности.",
            "Российская сторона передала партнерам проект соглашения о безопасности.",
            "Следующая встреча министров пройдет в Женеве в мае.", "Благодарю за внимание.",
        ]
        let english = [
            "Today we held talks with the Foreign Minister of France.",
            "We discussed the situation in the Middle East and cooperation at the UN.",
            "Trade grew by 2.5% to $1,200 million.",
            "Our Indian friends have made it clear that they will be guided by their own national interests.",
            "That in itself means a lot.", "We agreed to continue consultations on strategic stability.",
            "The Russian side handed its partners a draft security agreement.",
            "The next meeting of the ministers will take place in Geneva in May.", "Thank you for your attention.",
        ]
        let paired = try Aligner().align(sourceTexts: russian, targetTexts: english).beads
        #expect(paired.map(\.kind) == Array(repeating: "1-1", count: 9))
        var configuration = Aligner.Configuration()
        configuration.skipPenalty = 0
        let unpaired = try Aligner(configuration: configuration).align(sourceTexts: russian, targetTexts: english).beads
        #expect(!unpaired.contains { $0.source == [4] && $0.target == [4] })
    }

    @Test("A capitalised word's stem and name skeleton count as one word in coverage")
    func wordUnits() {
        // Keys 10, 20, 30, 40 at positions 0...3; one word has keys 20 and 40.
        let (secondary, representatives) = FeatureExtractor.wordUnits(of: [10, 20, 30, 40], groups: [[40, 20]])
        #expect(secondary.map(\.position) == [3])
        #expect(secondary.map(\.representative) == [1])
        #expect(representatives == 0b0111)
        var sentence = SentenceFeatures(keys: [10, 20, 30, 40], contentCount: 3, length: 20, speaker: nil, startsLine: false, isNoise: false)
        sentence.secondaryKeys = secondary
        sentence.representativeMask = representatives
        #expect(AlignmentProblem.wordCount(sentence) == 3)
        #expect(AlignmentProblem.folded(0b1000, of: sentence) == 0b0010)
        #expect(AlignmentProblem.folded(0b1010, of: sentence).nonzeroBitCount == 1)
        #expect(AlignmentProblem.folded(0b1101, of: sentence).nonzeroBitCount == 3)
        // Folding distributes over unions, so masks can be stored folded and united later.
        for (a, b) in [(UInt64(0b1000), UInt64(0b0001)), (0b1010, 0b0100), (0b0011, 0b1100)] {
            #expect(AlignmentProblem.folded(a | b, of: sentence)
                == AlignmentProblem.folded(a, of: sentence) | AlignmentProblem.folded(b, of: sentence))
        }
        // Two words sharing a name skeleton (key 40) stay two words: the skeleton joins the first.
        let (shared, sharedRepresentatives) = FeatureExtractor.wordUnits(of: [10, 20, 30, 40], groups: [[20, 40], [30, 40]])
        #expect(shared.map(\.position) == [3])
        #expect(shared.map(\.representative) == [1])
        #expect(sharedRepresentatives == 0b0111)
    }

    @Test("Sentence length counts non-space scalars, on bytes and through Unicode alike", arguments: [
        "Добрый день, коллеги.", "U.S.\u{A0}Secretary\tof State", "a\u{85}b", "Em\u{2003}space and 日本語 — “quotes”",
        "", "   ", "ё\u{0301}", "Лавров\u{2028}Блинкен\u{202F}–\u{205F}x\u{3000}y\u{1680}z\u{200A}\u{200B}\u{2029}🙂",
        String((0x2000...0x3000).compactMap { Unicode.Scalar($0) }.map(Character.init)),
    ])
    func nonSpaceLength(_ text: String) {
        let expected = text.unicodeScalars.reduce(0) { $0 + ($1.properties.isWhitespace ? 0 : 1) }
        #expect(FeatureExtractor.nonSpaceLength(text) == expected)
    }
}
