/// Recognises the speaker labels of press transcripts at the start of a line: `С.В.Лавров:`, `Вопрос (ТАСС):`,
/// `SECRETARY BLINKEN:`, `MR. PRICE:`, `QUESTION:`, `Э.Блинкен (говорит по-английски, перевод):`.
public enum SpeakerLabel {
    /// Words that make a label on their own, whatever their case (lower-cased).
    static let roleWords: Set<String> = [
        "вопрос", "ответ", "модератор", "ведущий", "ведущая", "реплика", "журналист", "question", "answer",
        "moderator", "participant", "audience", "interpreter", "operator", "staff", "q", "a", "ответ",
    ]

    /// The length in bytes of the label at the start of `line` (through the colon and the space after it), or `nil`
    /// when the line does not start with a label.
    ///
    /// A label is at most 100 characters before its colon: an upper-case name or role (`SECRETARY BLINKEN`,
    /// `MR. PRICE`), initials and a surname (`С.В.Лавров`, `М. В. Захарова`, `Antony J. Blinken`), or a role word
    /// (`Вопрос`, `Question`), optionally followed by one parenthesised note (`(ТАСС)`, `(Via interpreter)`).
    public static func labelLength(in line: Substring) -> Int? {
        // The colon within the first 100 characters; found on bytes first (most sentences have none), since
        // counting characters is the slow part.
        let colonOffset = line.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.prefix(400).firstIndex(of: UInt8(ascii: ":"))
        }
        let colonByte = colonOffset.map { offset in offset.map { line.utf8.index(line.startIndex, offsetBy: $0) } }
            ?? line.utf8.prefix(400).firstIndex(of: UInt8(ascii: ":"))
        // Past 400 bytes only long scalars (accents, emoji) can still put a colon within 100 characters.
        if colonByte == nil, line.utf8.count <= 400 { return nil }
        let colon: Substring.Index
        if let colonByte, line[colonByte...].first == ":",
            line.utf8.distance(from: line.startIndex, to: colonByte) <= 100
                || scalarCountIsAtMost100(line.utf8[..<colonByte]) || line[..<colonByte].count <= 100
        {
            colon = colonByte
        } else {
            guard let found = line.prefix(101).firstIndex(of: ":") else { return nil }
            colon = found
        }
        var head = line[line.startIndex..<colon]
        // An optional parenthesised note before the colon.
        if head.hasSuffix(")"), let open = head.lastIndex(of: "(") {
            head = head[head.startIndex..<open]
            while head.last == " " { head.removeLast() }
        }
        guard let first = head.first, first.isLetter else { return nil }
        guard isLabelHead(head) else { return nil }
        var end = line.index(after: colon)
        // A colon followed by a digit is a time (10:30) or a ratio, not a label.
        if end < line.endIndex, line[end].isNumber { return nil }
        while end < line.endIndex, line[end] == " " { end = line.index(after: end) }
        return line.utf8.distance(from: line.startIndex, to: end)
    }

    /// Whether `line` (trimmed) is nothing but a label, as when a transcript puts the speaker on a line of its own.
    public static func isLabelOnly(_ line: Substring) -> Bool {
        guard line.last == ":", let length = labelLength(in: line) else { return false }
        return length == line.utf8.count
    }

    /// Whether `bytes` (valid UTF-8) hold at most 100 scalars, and so at most 100 characters: counted on lead bytes.
    private static func scalarCountIsAtMost100(_ bytes: Substring.UTF8View.SubSequence) -> Bool {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 {
            count += 1
            if count > 100 { return false }
        }
        return true
    }

    /// What a scalar of a plain label head is (see `isPlainLabelHead`).
    private enum HeadScalar {
        case separator, upper, lower, period, hyphen, apostrophe
    }

    /// `roleWords` as UTF-8 bytes.
    private static let roleWordBytes: Set<[UInt8]> = Set(roleWords.map { Array($0.utf8) })

    /// `isLabelHead` decided on bytes, for a head written only in Basic Latin letters, the Russian alphabet, spaces
    /// (also no-break), `.`, `-` and apostrophes (`'`, `’`), where every scalar is a character of its own and case is
    /// known from the byte; `nil` for any other head. Most labels are such heads, and counting characters was the
    /// slow part of feature extraction.
    static func isPlainLabelHead(_ head: Substring) -> Bool? {
        head.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var words = 0
            var letters = 0
            var allUppercase = true
            var hasInitials = false
            var anyWordLowerFirst = false
            var anyWordHyphen = false
            var hasNoBreakSpace = false
            var inWord = false
            var wordLength = 0
            var lastWordEndsWithDot = false
            var lastWordHasDot = false
            var lastWordLength = 0
            var lowered: [UInt8] = []
            lowered.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                var kind = HeadScalar.separator
                var width = 1
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    kind = .upper
                    lowered.append(byte + 0x20)
                case UInt8(ascii: "a")...UInt8(ascii: "z"):
                    kind = .lower
                    lowered.append(byte)
                case UInt8(ascii: " "): lowered.append(byte)
                case UInt8(ascii: "."): kind = .period; lowered.append(byte)
                case UInt8(ascii: "-"): kind = .hyphen; lowered.append(byte)
                case UInt8(ascii: "'"): kind = .apostrophe; lowered.append(byte)
                case 0xC2, 0xD0, 0xD1, 0xE2:
                    guard index + 1 < bytes.count else { return nil }
                    let second = bytes[index + 1]
                    width = 2
                    switch (byte, second) {
                    case (0xC2, 0xA0):  // no-break space
                        hasNoBreakSpace = true
                        lowered += [byte, second]
                    case (0xD0, 0x90...0x9F): kind = .upper; lowered += [0xD0, second + 0x20]  // А-П
                    case (0xD0, 0xA0...0xAF): kind = .upper; lowered += [0xD1, second - 0x20]  // Р-Я
                    case (0xD0, 0x81): kind = .upper; lowered += [0xD1, 0x91]  // Ё
                    case (0xD0, 0xB0...0xBF), (0xD1, 0x80...0x8F), (0xD1, 0x91): kind = .lower; lowered += [byte, second]
                    case (0xE2, 0x80):
                        guard index + 2 < bytes.count, bytes[index + 2] == 0x99 else { return nil }
                        width = 3
                        kind = .apostrophe
                        lowered += [0xE2, 0x80, 0x99]  // ’
                    default: return nil
                    }
                default:
                    return nil
                }
                index += width
                if kind == .separator {
                    inWord = false
                    continue
                }
                if !inWord {
                    inWord = true
                    words += 1
                    if words > 6 { return false }
                    wordLength = 0
                    lastWordHasDot = false
                    if kind != .upper { anyWordLowerFirst = true }
                }
                wordLength += 1
                lastWordLength = wordLength
                lastWordEndsWithDot = kind == .period
                if kind == .period {
                    hasInitials = true
                    lastWordHasDot = true
                }
                if kind == .hyphen { anyWordHyphen = true }
                if kind == .upper || kind == .lower {
                    letters += 1
                    if kind == .lower { allUppercase = false }
                }
            }
            guard words >= 1 else { return false }
            if words == 1, roleWordBytes.contains(lowered) { return true }
            guard letters >= 2 else { return false }
            // Upper-case names and roles: SECRETARY BLINKEN, MR. PRICE, FOREIGN MINISTER LAVROV (words apart by plain
            // spaces).
            if allUppercase { return !hasNoBreakSpace }
            // Initials and a surname: every word capitalised, hyphens only with initials.
            guard words <= 4, !anyWordLowerFirst, !(anyWordHyphen && !hasInitials) else { return false }
            if !hasInitials && words > 3 { return false }
            guard lastWordLength >= 2, !lastWordEndsWithDot else { return false }
            return words == 1 ? lastWordHasDot : true
        } ?? nil
    }

    private static func isLabelHead(_ head: Substring) -> Bool {
        // Every branch below allows only letters, spaces, `.`, `-` and apostrophes: any other ASCII byte (a comma, a
        // digit, a quotation mark) rules the head out before any character is counted.
        for byte in head.utf8 where byte < 0x80 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: " "),
                UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "'"):
                continue
            default:
                return false
            }
        }
        return isPlainLabelHead(head) ?? isLabelHeadByCharacters(head)
    }

    /// `isLabelHead` for any head, on characters.
    static func isLabelHeadByCharacters(_ head: Substring) -> Bool {
        let words = head.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" })
        guard (1...6).contains(words.count) else { return false }
        if words.count == 1, roleWords.contains(head.lowercased()) { return true }
        var letterCount = 0
        var allUppercase = true
        for character in head where character.isLetter {
            letterCount += 1
            if !character.isUppercase { allUppercase = false }
        }
        guard letterCount >= 2 else { return false }
        // Upper-case names and roles: SECRETARY BLINKEN, MR. PRICE, FOREIGN MINISTER LAVROV.
        if allUppercase {
            return head.allSatisfy { $0.isLetter || $0 == " " || $0 == "." || $0 == "-" || $0 == "'" || $0 == "’" }
        }
        // Initials and a surname: С.В.Лавров, М. В. Захарова, Дж.Байден, Antony J. Blinken, Sergey Lavrov.
        guard words.count <= 4 else { return false }
        let hasInitials = words.contains { $0.contains(".") }
        for word in words {
            guard let first = word.first, first.isUppercase else { return false }
            guard word.allSatisfy({ $0.isLetter || $0 == "." || $0 == "-" || $0 == "'" || $0 == "’" }) else {
                return false
            }
            // "International Forum Russia-Africa:" is a heading; hyphenated names need initials (А.Н.Римский-Корсаков).
            if word.contains("-") && !hasInitials { return false }
        }
        if !hasInitials && words.count > 3 { return false }
        let last = words.last!
        guard last.count >= 2, !last.hasSuffix(".") else { return false }
        if words.count == 1 {
            // One capitalised word: a surname after initials (С.В.Лавров) or a role word.
            return last.contains(".")
        }
        return true
    }
}
