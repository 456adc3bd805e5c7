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
}
