/// What a transcript says about itself: its title, its date and who speaks in it.
public struct DocumentMetadata: Sendable, Hashable {
    /// The first sentence when it is a line without sentence-final punctuation (a title), else `nil`.
    public var title: String?
    /// The first date found in the first ten sentences, as `YYYY-MM-DD`, else `nil`.
    public var date: String?
    /// Speaker labels as written (without the colon), in order of first appearance.
    public var speakers: [String]

    /// Reads the metadata off a document's sentences.
    public init(sentences: [Sentence]) {
        let first = sentences.first?.text.trimmingWhitespace()
        if let first, let last = first.last, !".?!…:;".contains(last), first.count <= 300 {
            title = String(first)
        } else {
            title = nil
        }
        date = sentences.prefix(10).lazy.compactMap { DateParser.isoDate(in: $0.text) }.first
        var seen = Set<String>()
        var speakers: [String] = []
        for sentence in sentences {
            guard let length = SpeakerLabel.labelLength(in: sentence.text[...]) else { continue }
            var label = String(sentence.text.utf8.prefix(length)).map { String($0) } ?? ""
            label = String(label.trimmingWhitespace())
            if label.hasSuffix(":") { label.removeLast() }
            if seen.insert(label).inserted { speakers.append(label) }
        }
        self.speakers = speakers
    }

    /// The metadata as a JSON object.
    public var json: JSONLine.Value {
        .object([
            ("title", title.map { .string($0) } ?? .null), ("date", date.map { .string($0) } ?? .null),
            ("speakers", .array(speakers.map { .string($0) })),
        ])
    }
}

/// Finds dates written the Russian way (`19 мая 2021 г.`, `19 мая 2021 года`) or the English way (`May 19, 2021`,
/// `19 May 2021`).
enum DateParser {
    static let russianMonths = [
        "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8,
        "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    ]
    static let englishMonths = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
    ]

    /// The first date in `text` as `YYYY-MM-DD` (also `12.03.2025` and `2025-03-12`).
    static func isoDate(in text: String) -> String? {
        if let numeric = numericDate(in: text) { return numeric }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\u{A0}" }).map { $0.lowercased() }
        for (index, word) in words.enumerated() {
            let month = russianMonths[word] ?? englishMonths[word.trimmingCharacters(in: ".")]
            guard let month else { continue }
            // day month year
            if index >= 1, index + 1 < words.count, let day = Int(words[index - 1]), let year = Int(words[index + 1].prefix(4)),
                (1...31).contains(day), (1000...2999).contains(year)
            {
                return format(year, month, day)
            }
            // month day, year
            if index + 2 < words.count, let day = Int(words[index + 1]), let year = Int(words[index + 2].prefix(4)),
                (1...31).contains(day), (1000...2999).contains(year)
            {
                return format(year, month, day)
            }
        }
        return nil
    }

    private static func numericDate(in text: String) -> String? {
        for token in text.split(whereSeparator: { $0 == " " || $0 == "," }) {
            let dotted = token.split(separator: ".")
            if dotted.count == 3, let day = Int(dotted[0]), let month = Int(dotted[1]), let year = Int(dotted[2]),
                (1...31).contains(day), (1...12).contains(month), (1900...2999).contains(year)
            {
                return format(year, month, day)
            }
            let dashed = token.split(separator: "-")
            if dashed.count == 3, dashed[0].count == 4, let year = Int(dashed[0]), let month = Int(dashed[1]),
                let day = Int(dashed[2]), (1...31).contains(day), (1...12).contains(month), (1900...2999).contains(year)
            {
                return format(year, month, day)
            }
        }
        return nil
    }

    private static func format(_ year: Int, _ month: Int, _ day: Int) -> String {
        let twoDigits = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(twoDigits(month))-\(twoDigits(day))"
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        String(self.drop(while: { set.contains($0) }).reversed().drop(while: { set.contains($0) }).reversed())
    }
}
