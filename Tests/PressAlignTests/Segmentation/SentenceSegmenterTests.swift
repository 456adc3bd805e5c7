import Foundation
import Testing

@testable import PressAlign

@Suite("Sentence segmentation")
struct SentenceSegmenterTests {
    static func split(_ text: String, _ language: Language) throws -> [String] {
        try SentenceSegmenter(language: language).sentences(in: text).map(\.text)
    }

    static let russianCases: [(String, [String])] = [
        ("Министры в Женеве Фото: МИД России", ["Министры в Женеве", "Фото: МИД России"]),
        ("Уважаемые коллеги,\nрад вас видеть.", ["Уважаемые коллеги,", "рад вас видеть."]),
        ("Переговоры прошли\nв конструктивном ключе.", ["Переговоры прошли\nв конструктивном ключе."]),
        ("С.В.Лавров: Спасибо. Начнём.", ["С.В.Лавров: Спасибо.", "Начнём."]),
        ("Встреча с С. В. Лавровым прошла хорошо. Дж. Байден тоже.", ["Встреча с С. В. Лавровым прошла хорошо.", "Дж. Байден тоже."]),
        ("М.В.Захарова: Добрый день. Т.е. всё ясно.", ["М.В.Захарова: Добрый день.", "Т.е. всё ясно."]),
        ("Это было в 2021 г. в Москве, т.е. в столице.", ["Это было в 2021 г. в Москве, т.е. в столице."]),
        ("Это было в 2021 г. Затем всё изменилось.", ["Это было в 2021 г.", "Затем всё изменилось."]),
        ("Напомню, что в 2019 г. Вашингтон вышел из Договора.", ["Напомню, что в 2019 г. Вашингтон вышел из Договора."]),
        ("Однако уже в том же 2011 г. Ливия стала жертвой.", ["Однако уже в том же 2011 г. Ливия стала жертвой."]),
        ("Дата проведения: 15 мая 2019 г. Место проведения: Москва.",
         ["Дата проведения: 15 мая 2019 г.", "Место проведения: Москва."]),
        ("Вины Ирана тут нет: в мае 2018 г. США вышли из СВМДП.", ["Вины Ирана тут нет: в мае 2018 г. США вышли из СВМДП."]),
        ("Уже в 2019 г. Вашингтон вышел из Договора.", ["Уже в 2019 г. Вашингтон вышел из Договора."]),
        ("Их было 500... 2021 год принёс перемены.", ["Их было 500...", "2021 год принёс перемены."]),
        ("Об этом сообщил ТАСС. lenta.ru: новость дня.", ["Об этом сообщил ТАСС.", "lenta.ru: новость дня."]),
        ("Мы запросили посещение, еще в 2019 г. Ответа не получили.",
         ["Мы запросили посещение, еще в 2019 г.", "Ответа не получили."]),
        ("Выделили около $3 трлн. 24 апреля закон подписан.", ["Выделили около $3 трлн.", "24 апреля закон подписан."]),
        ("Ветер со скоростью 150 км/ч. Прибытие ожидается завтра.",
         ["Ветер со скоростью 150 км/ч.", "Прибытие ожидается завтра."]),
        ("В проектировании участвовал император Петр I. В речи Путин напомнил об этом.",
         ["В проектировании участвовал император Петр I.", "В речи Путин напомнил об этом."]),
        ("Ночью столбик опустится до отметки +15°С...+17°С. Небольшие дожди выпадут.",
         ["Ночью столбик опустится до отметки +15°С...+17°С.", "Небольшие дожди выпадут."]),
        ("Консульский сбор составляет 52 долл. США. Она позволяет находиться в стране.",
         ["Консульский сбор составляет 52 долл. США.", "Она позволяет находиться в стране."]),
        ("Об этом сообщает Kostroma.Today. Школьник теперь имеет выбор.",
         ["Об этом сообщает Kostroma.Today.", "Школьник теперь имеет выбор."]),
        ("Авария произошла в 01։23 часов в центре города. Пострадавших нет.",
         ["Авария произошла в 01։23 часов в центре города.", "Пострадавших нет."]),
        ("Прошли мероприятия в память о нем. Министр финансов выступил.",
         ["Прошли мероприятия в память о нем.", "Министр финансов выступил."]),
        ("Экспорт вырос до 310 тыс. т. Стороны договорились продолжить работу.",
         ["Экспорт вырос до 310 тыс. т.", "Стороны договорились продолжить работу."]),
        ("Поставлено 95 тыс. т удобрений, см. т. 2 отчёта.", ["Поставлено 95 тыс. т удобрений, см. т. 2 отчёта."]),
        ("Мы говорили о санкциях, визах и т.д. Спасибо.", ["Мы говорили о санкциях, визах и т.д.", "Спасибо."]),
        ("Объём составил 27 млрд долл. и вырос на 3,5 %.", ["Объём составил 27 млрд долл. и вырос на 3,5 %."]),
        ("Приехали 1 200 человек. Это рекорд.", ["Приехали 1 200 человек.", "Это рекорд."]),
        ("1. Учите языки.\n2. Читайте книги.", ["1. Учите языки.", "2. Читайте книги."]),
        ("«Это ли не вопрос?» — спросил он. Мы ответили.", ["«Это ли не вопрос?» — спросил он.", "Мы ответили."]),
        ("Подробнее см. https://mid.ru/ru/press_service/. Далее.", ["Подробнее см. https://mid.ru/ru/press_service/.", "Далее."]),
        ("Мы ждали… Ничего не произошло.", ["Мы ждали…", "Ничего не произошло."]),
        ("Мы ждали… и дождались.", ["Мы ждали… и дождались."]),
        ("Вопрос (РИА Новости): Сергей Викторович, как дела? С.В.Лавров: Хорошо.", ["Вопрос (РИА Новости): Сергей Викторович, как дела?", "С.В.Лавров: Хорошо."]),
        ("Уважаемые коллеги,\nРад вас видеть.", ["Уважаемые коллеги,", "Рад вас видеть."]),
        ("Москва, 12 марта 2024 года\nЗаявление МИД России", ["Москва, 12 марта 2024 года", "Заявление МИД России"]),
        ("Шутка удалась. (Смех в зале.) Продолжим.", ["Шутка удалась.", "(Смех в зале.)", "Продолжим."]),
        ("На ул. 1 Мая стоит дом. Проф. Иванов живёт там.", ["На ул. 1 Мая стоит дом.", "Проф. Иванов живёт там."]),
        ("Исполняется 150 лет. 31 мая всё началось.", ["Исполняется 150 лет.", "31 мая всё началось."]),
        ("В 2010-2012 гг. Виктор посещал г. Волгоград.", ["В 2010-2012 гг. Виктор посещал г. Волгоград."]),
    ]

    static let englishCases: [(String, [String])] = [
        ("Sure. wikiHow is a manual. He bought an iPhone. iPhones sell well, e.g. eBay ones.", ["Sure.", "wikiHow is a manual.", "He bought an iPhone.", "iPhones sell well, e.g. eBay ones."]),
        ("It is free. (https://www.state.gov/x) Read it (see www.mid.ru) today.", ["It is free.", "(https://www.state.gov/x) Read it (see www.mid.ru) today."]),
        ("See photo: Putin at the summit. See vol.3 The end.", ["See photo: Putin at the summit.", "See vol.3 The end."]),
        ("What do you see? - Posted like sentinels. \"Are we done?\" — Rick Santorum said.", ["What do you see?", "- Posted like sentinels.", "\"Are we done?\" — Rick Santorum said."]),
        ("Don't split U. S. A. either. He met J. R. R. Tolkien. You and I. A dog barked.", ["Don't split U. S. A. either.", "He met J. R. R. Tolkien.", "You and I.", "A dog barked."]),
        ("Reagan in 84, [George H. W.] Bush in 88. The end (see part B.) Next.", ["Reagan in 84, [George H. W.] Bush in 88.", "The end (see part B.)", "Next."]),
        ("Artist's rendering of Stardust Image: NASA\nThe image: a sunset.", ["Artist's rendering of Stardust", "Image: NASA", "The image: a sunset."]),
        ("He was a martyr.[1] The emperor agreed.[7][8] Then, [16] later.", ["He was a martyr.[1]", "The emperor agreed.[7][8]", "Then, [16] later."]),
        ("A gap in a consultation.11 12 Take the cold. It grew by 2.5. Fine.", ["A gap in a consultation.11 12", "Take the cold.", "It grew by 2.5.", "Fine."]),
        ("Organising your care early\nmeans months, ready for\nthe birth.\nHeading\nText here.", ["Organising your care early\nmeans months, ready for\nthe birth.", "Heading", "Text here."]),
        ("A line ending in a letter\n\nafter a blank line.", ["A line ending in a letter", "after a blank line."]),
        ("SECRETARY BLINKEN: Thank you. Good afternoon.", ["SECRETARY BLINKEN: Thank you.", "Good afternoon."]),
        ("MR. PRICE: Next question. QUESTION: Thanks.", ["MR. PRICE: Next question.", "QUESTION: Thanks."]),
        ("Mr. Lavrov met Gen. Milley and Amb. Sullivan.", ["Mr. Lavrov met Gen. Milley and Amb. Sullivan."]),
        ("The U.S. Government agrees. The U.N. Security Council met.", ["The U.S. Government agrees.", "The U.N. Security Council met."]),
        ("It matters to the U.S. It also matters to Europe.", ["It matters to the U.S.", "It also matters to Europe."]),
        ("We met the U.S. Secretary of State. Then we left.", ["We met the U.S. Secretary of State.", "Then we left."]),
        ("A cartoon by Zach Weiner. 2012. Image: Zach Weiner.", ["A cartoon by Zach Weiner.", "2012.", "Image: Zach Weiner."]),
        ("\"It was unfair,\" the attorney added. rus.err.ee wrote that the court agreed.",
         ["\"It was unfair,\" the attorney added.", "rus.err.ee wrote that the court agreed."]),
        ("The thermometer will drop to +15°C... +17°C. Rain will fall.",
         ["The thermometer will drop to +15°C... +17°C.", "Rain will fall."]),
        ("A car (driver A. Vanik, b. 1958) hit a text from Fr. Vladimir Zelensky.",
         ["A car (driver A. Vanik, b. 1958) hit a text from Fr. Vladimir Zelensky."]),
        ("Prisoners were exchanged with the U.S. Several citizens are still held.",
         ["Prisoners were exchanged with the U.S.", "Several citizens are still held."]),
        ("We meet at 3 p.m. The talks follow.", ["We meet at 3 p.m.", "The talks follow."]),
        ("We meet at 3 p.m. Moscow time.", ["We meet at 3 p.m. Moscow time."]),
        ("Antony J. Blinken spoke, e.g. about Ukraine, i.e. the war.", ["Antony J. Blinken spoke, e.g. about Ukraine, i.e. the war."]),
        ("\"Are we done?\" he asked. No.", ["\"Are we done?\" he asked.", "No."]),
        ("Growth was 1.5 percent. Resolution No. 1 passed on Jan. 12.", ["Growth was 1.5 percent.", "Resolution No. 1 passed on Jan. 12."]),
        ("That is a good question. (Laughter.) Let me answer.", ["That is a good question.", "(Laughter.)", "Let me answer."]),
        ("We spoke about [inaudible] sanctions. Next.", ["We spoke about [inaudible] sanctions.", "Next."]),
        ("FOREIGN MINISTER LAVROV: (Via interpreter) Thank you.", ["FOREIGN MINISTER LAVROV: (Via interpreter) Thank you."]),
        ("SECRETARY BLINKEN:\nThank you all.", ["SECRETARY BLINKEN:\nThank you all."]),
        ("Write to press@state.gov. We answer.", ["Write to press@state.gov.", "We answer."]),
        ("We waited... Nothing happened.", ["We waited...", "Nothing happened."]),
    ]

    @Test("Russian genre rules", arguments: russianCases)
    func russian(_ text: String, _ expected: [String]) throws {
        #expect(try Self.split(text, .russian) == expected)
    }

    @Test("English genre rules", arguments: englishCases)
    func english(_ text: String, _ expected: [String]) throws {
        #expect(try Self.split(text, .english) == expected)
    }

    @Test("Byte ranges and string ranges point at the sentence in the input")
    func positions() throws {
        let text = "Привет.  Hello, world!\nЁлка."
        let sentences = try SentenceSegmenter(language: .russian).sentences(in: text, byteOffset: 3)
        #expect(sentences.map(\.text) == ["Привет.", "Hello, world!", "Ёлка."])
        let bytes = Array(text.utf8)
        for sentence in sentences {
            let range = (sentence.byteRange.lowerBound - 3)..<(sentence.byteRange.upperBound - 3)
            #expect(String(decoding: bytes[range], as: UTF8.self) == sentence.text)
            #expect(String(text[sentence.range]) == sentence.text)
        }
        #expect(sentences.map(\.index) == [0, 1, 2])
    }

    @Test("Empty, blank, CRLF and NUL input")
    func oddInput() throws {
        #expect(try Self.split("", .russian).isEmpty)
        #expect(try Self.split(" \n\n\t ", .english).isEmpty)
        #expect(try Self.split("One.\r\nTwo.\r\n", .english) == ["One.", "Two."])
        #expect(try Self.split("Nul\u{0}byte here. Next one.", .english).count == 2)
    }

    @Test("Newlines inside a sentence become spaces on one line")
    func singleLine() throws {
        let sentence = try SentenceSegmenter(language: .english).sentences(in: "SECRETARY BLINKEN:\n\nThank you.")[0]
        #expect(sentence.singleLineText == "SECRETARY BLINKEN: Thank you.")
    }

    @Test("Every non-space character lands in exactly one sentence, in order")
    func coverage() throws {
        let text = "  Mr. Smith… went. To Washington, D.C.! «Да?» — нет… Ok.\n\n(Laughter.)   [inaudible] end"
        let sentences = try Self.split(text, .english)
        #expect(sentences.joined().filter { !$0.isWhitespace } == text.filter { !$0.isWhitespace })
    }

    @Test("Language detection from the script")
    func detection() {
        #expect(Language.detect(in: "Сергей Лавров заявил") == .russian)
        #expect(Language.detect(in: "Secretary Blinken said") == .english)
        #expect(Language.detect(in: "12345 !!!") == nil)
    }
}

@Suite("Sentence segmentation: lists, compact text, addresses")
struct SentenceSegmenterListTests {
    @Test(
        "Run-in lists, abbreviations with spaces, tight punctuation",
        arguments: [
            ("1. The first item 2. The second item", Language.english, ["1. The first item", "2. The second item"]),
            ("His name is Mark E. Smith. a. here it is b. another", .english, ["His name is Mark E. Smith.", "a. here it is", "b. another"]),
            ("в данной квартире; 2) отчуждать свою долю", .russian, ["в данной квартире;", "2) отчуждать свою долю"]),
            ("Either 1) you post less, or 2) you pay more. Next.", .english,
             ["Either 1) you post less, or 2) you pay more.", "Next."]),
            ("Можно 1) продать долю, 2) подарить её или 3) обменять.", .russian,
             ["Можно 1) продать долю, 2) подарить её или 3) обменять."]),
            ("И т. д. и т. п. В общем, вся газета", .russian, ["И т. д. и т. п.", "В общем, вся газета"]),
            ("России, т. е. 55 % опрошенных", .russian, ["России, т. е. 55 % опрошенных"]),
            ("§2. Нахождение оптимального объекта.", .russian, ["§2. Нахождение оптимального объекта."]),
            ("пастухов - тоже ;) Я вспомнила", .russian, ["пастухов - тоже ;)", "Я вспомнила"]),
            ("This is a sentence.Isn't it?Yes, it is.", .english, ["This is a sentence.", "Isn't it?", "Yes, it is."]),
            ("Her email is Jane.Doe@example.com. I sent it.", .english, ["Her email is Jane.Doe@example.com.", "I sent it."]),
            ("He works at Yahoo! and Y!J.", .english, ["He works at Yahoo! and Y!J."]),
            ("Сбор в 1941–1945 гг.; 3. Другое.", .russian, ["Сбор в 1941–1945 гг.;", "3. Другое."]),
            ("Сбор в 1941–1945 гг.; потом другое.", .russian, ["Сбор в 1941–1945 гг.; потом другое."]),
            ("They acted pursuant to E.O. 14024, which applies.", .english, ["They acted pursuant to E.O. 14024, which applies."]),
            ("Встреча с Дж.Байденом. С.В.Лавров ответил.", .russian, ["Встреча с Дж.Байденом.", "С.В.Лавров ответил."]),
            ("We meet at 5 p.m. The talks follow. At 5 a.m. Mr. Smith left.", .english, ["We meet at 5 p.m.", "The talks follow.", "At 5 a.m. Mr. Smith left."]),
        ])
    func rules(_ text: String, _ language: Language, _ expected: [String]) throws {
        #expect(try SentenceSegmenter(language: language).sentences(in: text).map(\.text) == expected)
    }

    /// The scans skip 16-byte blocks without their trigger bytes; a rule must fire wherever its text falls relative
    /// to those blocks.
    @Test("Rules fire at every offset relative to the scans' 16-byte blocks", arguments: 0..<34)
    func blockOffsets(_ padding: Int) throws {
        let lead = String(repeating: "x", count: padding)
        let english = try SentenceSegmenter(language: .english)
            .sentences(in: lead + "intro; (12) The first item (13) The second item.Next one?No! Really… Then")
            .map(\.text)
        #expect(english == [lead + "intro;", "(12) The first item", "(13) The second item.", "Next one?", "No!", "Really…", "Then"])
        let russian = try SentenceSegmenter(language: .russian)
            .sentences(in: lead + "вводная: а) первый пункт б) второй пункт.Дальше")
            .map(\.text)
        #expect(russian == [lead + "вводная:", "а) первый пункт", "б) второй пункт.", "Дальше"])
    }

    @Test("Hard-wrapped lines continue their sentence unless every line break is a boundary")
    func wrappedLines() throws {
        let text = "It was a cold\nnight in the city.\nУважаемые коллеги,\nдобрый день."
        #expect(try SentenceSegmenter(language: .english).sentences(in: text).map(\.singleLineText)
            == ["It was a cold night in the city.", "Уважаемые коллеги,", "добрый день."])
        #expect(try SentenceSegmenter(language: .english, joinsWrappedLines: false).sentences(in: text).map(\.text)
            == ["It was a cold", "night in the city.", "Уважаемые коллеги,", "добрый день."])
        // Punctuation pushed to the next line, and a word laid out a letter or two per line, are joined back; a
        // capitalised line and a stage note stay apart.
        let pdf = "Contact us for pricing\n. Pricing info\nW\nA\nRN\nI\nNG\n\nThe end\n(Applause.)"
        #expect(try SentenceSegmenter(language: .english).sentences(in: pdf).map(\.singleLineText)
            == ["Contact us for pricing .", "Pricing info", "W A RN I NG", "The end", "(Applause.)"])
        // A finished line before a word that starts with a mark, and columns of short capitals, stay apart.
        let apart = "I like C#.\n.NET is great.\nNY\nCA\nTX\n\nQ\nA"
        #expect(try SentenceSegmenter(language: .english).sentences(in: apart).map(\.text)
            == ["I like C#.", ".NET is great.", "NY", "CA", "TX", "Q", "A"])
    }

    @Test("The scorer honours a case's clean option and counts a case once whatever its options")
    func scorerOptions() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pressalign-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let lines = [
            #"{"lang": "en", "text": "It was a cold\nnight.", "sentences": ["It was a cold", "night."], "exact": true, "options": {"clean": false}}"#,
            #"{"lang": "en", "text": "It was a cold\nnight.", "sentences": ["It was a cold night."], "exact": true, "options": {"clean": true}}"#,
            #"{"lang": "en", "text": "It was a cold\nnight.", "sentences": ["It was a cold night."], "exact": true}"#,
        ]
        try (lines.joined(separator: "\n") + "\n").write(to: directory.appendingPathComponent("pysbd.jsonl"), atomically: true, encoding: .utf8)
        let cases = try SegmentationEvaluation.loadCases(directory: directory.path)
        #expect(cases.map(\.joinsWrappedLines) == [false, true])
        let rows = try SegmentationEvaluation.score(cases) { item in
            let bytes = Array(item.text.utf8)
            return try item.segmenter.sentenceByteRanges(in: item.text).map { String(decoding: bytes[$0], as: UTF8.self)[...] }
        }
        #expect(rows.map(\.exactCases) == [2])
    }

    @Test("Block skipping stops at the first block holding a trigger byte")
    func blockSkipping() {
        let text = Array(String(repeating: "a", count: 40).utf8) + [0x2E] + Array("bbbbbbbbbbbbbbbbbbbb".utf8)
        text.withUnsafeBufferPointer { buffer in
            let scanner = UTF8Scanner(bytes: buffer)
            let start = scanner.skippingBlocks(from: 0, without: 0x2E, 0x2E, 0x2E, 0x2E, 0x2E, 0x2E)
            #expect(start <= 40 && start + 16 > 40)
            let overlapping = scanner.skippingBlocks(from: 0, without: 0x2E, 0x2E, 0x2E, 0x2E, 0x2E, 0x2E, overlap: 4)
            #expect(overlapping <= 40 && overlapping + 16 > 40)
            // Past the trigger, fewer than 16 bytes before the end stop the skip.
            #expect(scanner.skippingBlocks(from: 41, without: 0x2E, 0x2E, 0x2E, 0x2E, 0x2E, 0x2E) == 57)
        }
    }
}
