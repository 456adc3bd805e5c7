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
}
