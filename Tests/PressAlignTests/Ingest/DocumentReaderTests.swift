import Foundation
import Testing

@testable import PressAlign

@Suite("Reading documents")
struct DocumentReaderTests {
    static let transcript = """
        Брифинг официального представителя МИД России М.В.Захаровой
        Москва, 12 марта 2024 года
        Главная | Пресс-служба | Брифинги
        Поделиться
        О визите в Монголию
        М.В.Захарова: Добрый день. Переговоры пройдут 17 марта.
        Вопрос (ТАСС): Что ожидается? (Смех в зале.)
        С.В.Лавров: Спасибо.
        © Министерство иностранных дел Российской Федерации
        """

    @Test("Title, dateline, headings, turns, stage notes and boilerplate")
    func structure() throws {
        let document = try DocumentReader(language: .russian).read(text: Self.transcript)
        #expect(document.title == "Брифинг официального представителя МИД России М.В.Захаровой")
        #expect(document.dateline?.date == "2024-03-12")
        let roles = document.info.map(\.role)
        let texts = document.sentences.map(\.text)
        #expect(roles[texts.firstIndex(of: "О визите в Монголию")!] == .heading)
        #expect(roles[texts.firstIndex(of: "(Смех в зале.)")!] == .stageNote)
        #expect(document.info[texts.firstIndex(of: "Главная | Пресс-служба | Брифинги")!].boilerplate == .navigation)
        #expect(document.info[texts.firstIndex(of: "Поделиться")!].boilerplate == .share)
        #expect(document.info.last?.boilerplate == .footer)
        #expect(document.turns.map(\.speaker.description) == ["Zakharova", "question", "Lavrov"])
        // Flagged text stays in the document.
        #expect(document.sentences.count == 11)
    }

    @Test("One person under several labels is one speaker")
    func speakers() throws {
        let transliterate = try Transliterator(identifier: "Russian-Latin/BGN; Latin-ASCII")
        let labels = ["С.В.Лавров:", "Sergey Lavrov:", "FOREIGN MINISTER LAVROV:"]
        let speakers = Set(labels.map { Speaker.normalise(label: $0, transliterate: transliterate.transliterate) })
        #expect(speakers.count == 1)
        #expect(Speaker.normalise(label: "QUESTION:", transliterate: { $0 }) == .question)
        #expect(Speaker.normalise(label: "Вопрос (ТАСС):", transliterate: { $0 }) == .question)
        #expect(Speaker.normalise(label: "MODERATOR:", transliterate: { $0 }) == .moderator)
    }

    @Test("HTML: scripts, styles and navigation dropped, blocks kept, entities decoded, malformed markup recovered")
    func html() throws {
        let page = """
            <!DOCTYPE html><html><head><title>T</title><style>p{color:red}</style></head>
            <body><nav><a href="/">Home</a></nav><script>var x = "Lavrov said.";</script>
            <h1>Remarks to the Press</h1><div class="date">May 20, 2021</div>
            <p><strong>SECRETARY BLINKEN:</strong> Good evening &amp; welcome.<br>Thank you&nbsp;all.
            <p>Unclosed paragraph with &laquo;quotes&raquo; and a broken &entity
            <ul><li>Share</li><li>Print</li></ul>
            </body></html>
            """
        let document = try DocumentReader(language: .english).read(bytes: Array(page.utf8), name: "page.html")
        #expect(document.format == "html")
        #expect(!document.text.contains("Home") && !document.text.contains("color") && !document.text.contains("var x"))
        #expect(document.title == "Remarks to the Press")
        #expect(document.sentences.map(\.text).contains("SECRETARY BLINKEN: Good evening & welcome."))
        #expect(document.sentences.map(\.text).contains("Thank you all."))
        #expect(document.text.contains("«quotes»"))
        #expect(document.info[document.sentences.firstIndex { $0.text == "Share" }!].boilerplate == .share)
    }

    @Test("A page without text gives an empty document and a warning")
    func emptyPage() throws {
        let document = try DocumentReader(language: .english).read(
            bytes: Array("<html><head><script>1</script></head><body> </body></html>".utf8), name: "empty.html")
        #expect(document.sentences.isEmpty)
        #expect(!document.warnings.isEmpty)
    }

    @Test("Windows-1251 and KOI8-R are detected and converted; --encoding overrides")
    func legacyEncodings() throws {
        let russian = "Министр иностранных дел России Сергей Лавров провёл переговоры с государственным секретарём США. "
            + "Стороны обсудили стратегическую стабильность, работу посольств и ситуацию на Ближнем Востоке."
        for charset in ["windows-1251", "KOI8-R"] {
            let bytes = try Self.encode(russian, charset)
            let document = try DocumentReader(language: .russian).read(bytes: bytes, name: "old.txt")
            #expect(document.text == russian, "\(charset)")
            #expect(document.encoding.lowercased().contains(charset == "KOI8-R" ? "koi8" : "1251"))
            let forced = try DocumentReader(language: .russian, encoding: charset).read(bytes: bytes, name: "old.txt")
            #expect(forced.text == russian)
        }
    }

    @Test("An HTML page declaring windows-1251 is read in that encoding")
    func declaredCharset() throws {
        let page = "<html><head><meta charset=\"windows-1251\"></head><body><p>Добрый день, коллеги.</p></body></html>"
        let document = try DocumentReader(language: .russian).read(bytes: try Self.encode(page, "windows-1251"), name: "p.html")
        #expect(document.sentences.map(\.text) == ["Добрый день, коллеги."])
    }

    @Test("Binary files are refused; undetectable encodings name --encoding")
    func refusals() throws {
        var binary: [UInt8] = Array("%PDF-1.7".utf8)
        binary += (0..<2_000).map { UInt8(truncatingIfNeeded: $0 * 7) }
        #expect(throws: InputError.self) { try DocumentReader(language: .english).read(bytes: binary, name: "x.pdf") }
        do {
            _ = try DocumentReader(language: .english).read(bytes: [0x41, 0xFF, 0x42, 0x0A], name: "odd.txt")
        } catch let error as InputError {
            #expect(error.file == "odd.txt")
            #expect(error.problem.contains("--encoding"))
        }
        #expect(throws: InputError.self) {
            try DocumentReader(language: .english, encoding: "no-such-charset").read(bytes: [0x41], name: "a.txt")
        }
    }

    static func encode(_ text: String, _ charset: String) throws -> [UInt8] {
        let encoding: String.Encoding = charset.lowercased() == "windows-1251" ? .windowsCP1251 : .init(rawValue: 0)
        if encoding.rawValue != 0, let data = text.data(using: encoding) { return [UInt8](data) }
        // KOI8-R through python, which this machine has.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sys; sys.stdout.buffer.write(sys.stdin.read().encode('koi8_r'))"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }
}

@Suite("Reading documents: random markup")
struct RandomMarkupTests {
    static let pieces = [
        "<p>", "</p>", "<div class=\"x\">", "</div>", "<br>", "<br/>", "<li>", "<ul>", "</ul>", "<script>var a = 1;",
        "</script>", "<style>", "</style>", "<nav>", "</nav>", "<h1>", "</h1>", "<b>", "</b>", "&amp;", "&nbsp;", "&bogus",
        "&#8217;", "&#x", "<", ">", "<!--", "-->", "Лавров заявил.", "SECRETARY BLINKEN: Thanks.", "\u{A0}", "\n", " ",
        "<td>", "<table>", "<![CDATA[x]]>", "<?xml?>", "<svg><text>x</text></svg>", "«", "»", "</", "<p class=", "\"",
    ]

    @Test("Random tag soup never crashes and keeps the visible words")
    func soup() throws {
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<1_000 {
            var page = "<html><body>"
            for _ in 0..<Int.random(in: 0...80, using: &generator) {
                page += Self.pieces.randomElement(using: &generator)!
            }
            let document = try DocumentReader(language: .russian).read(bytes: Array(page.utf8), name: "soup.html")
            #expect(document.sentences.allSatisfy { !$0.text.isEmpty })
            #expect(document.info.count == document.sentences.count)
            if page.contains("<p>Лавров заявил.") && !page.contains("<script>") && !page.contains("<nav>")
                && !page.contains("<style>") && !page.contains("<!--") && !page.contains("<svg>")
            {
                #expect(document.text.contains("Лавров заявил."))
            }
        }
    }
}

@Suite("Reading documents: random bytes")
struct RandomBytesTests {
    @Test("Random bytes are read or refused with an InputError, never a crash")
    func bytes() {
        var generator = SeededGenerator(seed: 9)
        for round in 0..<300 {
            let count = Int.random(in: 0...600, using: &generator)
            // Mostly text-like bytes, sometimes arbitrary ones.
            let bytes: [UInt8] = (0..<count).map { _ in
                round % 3 == 0 ? UInt8.random(in: 0...255, using: &generator)
                    : [0x20, 0x2E, 0x41, 0x61, 0xD0, 0xB0, 0xD1, 0x80, 0xC2, 0xAB, 0x0A, 0xE2, 0x80, 0xA6, 0xFF]
                    .randomElement(using: &generator)!
            }
            do {
                let document = try DocumentReader(language: .russian).read(bytes: bytes, name: "random.txt")
                #expect(document.info.count == document.sentences.count)
            } catch is InputError {
                // A clear refusal is fine.
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
    }
}
