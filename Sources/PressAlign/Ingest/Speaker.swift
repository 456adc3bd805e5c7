/// Who speaks in a turn, normalised across conventions: `С.В.Лавров`, `Sergey Lavrov` and `FOREIGN MINISTER LAVROV`
/// are one person; `Вопрос` and `QUESTION` are a question; `Модератор` and `MODERATOR` the moderator.
public enum Speaker: Sendable, Hashable, CustomStringConvertible {
    /// A journalist's question.
    case question
    /// The moderator or presenter.
    case moderator
    /// A named person, by a spelling-independent key of the surname, with a readable name.
    case person(key: String, name: String)
    /// A label that could not be normalised, as written.
    case other(String)

    /// `question`, `moderator`, the person's name, or the label.
    public var description: String {
        switch self {
        case .question: return "question"
        case .moderator: return "moderator"
        case .person(_, let name): return name
        case .other(let label): return label
        }
    }

    static let questionWords: Set<String> = ["вопрос", "question", "q", "журналист", "reporter", "реплика"]
    static let moderatorWords: Set<String> = ["модератор", "moderator", "ведущий", "ведущая", "operator", "presenter"]

    /// Normalises a label as written (`Вопрос (ТАСС):`, `SECRETARY BLINKEN:`), using `transliterate` for Cyrillic.
    static func normalise(label: String, transliterate: (String) -> String) -> Speaker {
        var head = label.trimmingWhitespace()
        if head.hasSuffix(":") { head = head.dropLast() }
        if let open = head.firstIndex(of: "(") { head = head[head.startIndex..<open] }
        let words = head.split(whereSeparator: { $0 == " " || $0 == "." || $0 == "\u{A0}" })
        let lowered = words.map { $0.lowercased() }
        if lowered.contains(where: questionWords.contains) { return .question }
        if lowered.contains(where: moderatorWords.contains) { return .moderator }
        if lowered == ["ответ"] || lowered == ["answer"] || lowered == ["a"] { return .other("answer") }
        guard let last = words.last else { return .other(String(head)) }
        let latin = last.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) } ? transliterate(String(last)) : String(last)
        guard let key = AnchorKeys.nameSkeleton(latin: latin) else { return .other(String(head)) }
        let name = latin.prefix(1).uppercased() + latin.dropFirst().lowercased()
        return .person(key: key, name: name)
    }
}
