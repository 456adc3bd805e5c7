import Testing

@testable import PressAlign

@Suite("Speaker labels")
struct SpeakerLabelTests {
    @Test(
        "Labels are recognised",
        arguments: [
            "С.В.Лавров: Спасибо.", "М. В. Захарова: Добрый день.", "Вопрос (РИА Новости): Сергей Викторович",
            "SECRETARY BLINKEN: Thank you.", "MR. PRICE: Next.", "QUESTION: Hi.", "Question: Hi.",
            "FOREIGN MINISTER LAVROV: (Via interpreter) Thank you.", "Э.Блинкен (говорит по-английски, перевод): Да.",
            "MODERATOR: Please.", "Antony J. Blinken: Hello.",
        ])
    func labels(_ line: String) {
        #expect(SpeakerLabel.labelLength(in: line[...]) != nil)
    }

    @Test(
        "Ordinary sentences are not labels",
        arguments: [
            "The agenda is as follows: first, Ukraine.", "Мы считаем: это ошибка.", "At 10:30 we met.",
            "Важно другое: диалог.", "Their goal is clear: peace.",
        ])
    func notLabels(_ line: String) {
        #expect(SpeakerLabel.labelLength(in: line[...]) == nil)
    }

    @Test("A label whose 100 characters take more than 400 bytes is still found")
    func longScalars() {
        // 70 letters with two combining accents (6 bytes each) put the colon past byte 400 but within 100 characters.
        let name = String(repeating: "А\u{301}\u{302}", count: 70) + " ЛАВРОВ"
        let line = name + ": Спасибо."
        #expect(line.utf8.prefix(400).firstIndex(of: UInt8(ascii: ":")) == nil)
        #expect(SpeakerLabel.labelLength(in: Substring(line)) == line.utf8.count - "Спасибо.".utf8.count)
    }

    @Test("The byte path decides every plain head as the character path does")
    func bytePathAgreesWithCharacters() {
        // Every head of up to four pieces drawn from letters of both cases and scripts, separators and punctuation.
        let pieces = [
            "С", "в", "Лавров", "ЛАВРОВ", "Ё", "ё", "Дж", "A", "b", "Blinken", "PRICE", "MR", ".", "-", "'", "’", " ",
            "\u{A0}", "вопрос", "QUESTION", "Вопрос", "ВЕДУЩИЙ",
        ]
        var checked = 0
        func check(_ head: String) {
            guard let plain = SpeakerLabel.isPlainLabelHead(Substring(head)) else {
                Issue.record("no byte decision for \(head.debugDescription)")
                return
            }
            #expect(plain == SpeakerLabel.isLabelHeadByCharacters(Substring(head)), "\(head.debugDescription)")
            checked += 1
        }
        for a in pieces {
            for b in pieces {
                check(a + b)
                for c in pieces {
                    check(a + b + c)
                    for d in ["Лавров", " ", ".", "-", "Y"] { check(a + b + c + d) }
                }
            }
        }
        for head in ["С.В.Лавров", "М. В. Захарова", "SECRETARY BLINKEN", "MR. PRICE", "А.Н.Римский-Корсаков",
                     "International Forum Russia-Africa", "Antony J. Blinken", "Sergey Lavrov", "A B C D E F G"] {
            check(head)
        }
        #expect(checked > 10_000)
        // Other scripts and marks are left to the character path.
        #expect(SpeakerLabel.isPlainLabelHead("Müller") == nil)
        #expect(SpeakerLabel.isPlainLabelHead("А\u{301}") == nil)
    }
}
