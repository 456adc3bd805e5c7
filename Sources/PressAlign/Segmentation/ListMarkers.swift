/// Numbered or lettered list items run into one line: `1. The first item 2. The second item`, `a) one b) two`,
/// `(a) … (b) …`, `…квартире; 2) отчуждать…`. A marker that continues a sequence (or follows a semicolon) starts a
/// sentence; the boundary after a marker at a sentence start is suppressed by the boundary rules.
enum ListMarkers {
    struct Marker {
        var offset: Int
        var value: Int
        var style: String
    }

    /// Offsets where a list item starts: a marker that continues the sequence of an earlier marker on the same line,
    /// the first marker of such a sequence when a sentence ends before it, and a `2)` marker after a semicolon. The
    /// boundary moves back over a bullet (`• 10.`, `⁃10.`). These boundaries are certain: the rules do not undo them.
    static func sequenceBoundaries(in scanner: UTF8Scanner) -> [Int] {
        let bytes = scanner.bytes
        var result: [Int] = []
        var previous: (marker: Marker, start: Int)? = nil
        var runLength = 0
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            // A marker's "." or ")" lies at most four bytes after its start (`(123)`): a block without either, and
            // without a line break, holds no marker start but in its last four bytes.
            let skipped = scanner.skippingBlocks(from: index, without: 0x2E, 0x29, 0x0A, 0x0A, 0x0A, 0x0A, overlap: 4)
            if skipped > index {
                index = skipped
                continue
            }
            if bytes[index] == 0x0A {
                previous = nil
                lineStart = index + 1
                index += 1
                continue
            }
            let byte = bytes[index]
            let before = index == 0 ? UInt8(0x20) : bytes[index - 1]
            // Most bytes follow a letter: only a space, a tab, a line start or the last byte of a bullet (* - · • ‣ –
            // — ⁃ ◦) can come before a marker.
            switch before {
            case 0x20, 0x09, 0x2A, 0x2D, 0xB7, 0xA2, 0xA3, 0x93, 0x94, 0x83, 0xA6: break
            default:
                guard index == lineStart else {
                    index += 1
                    continue
                }
            }
            let spaced = before == 0x20 || before == 0x09 || index == lineStart
            // Whether a bullet (* - · • ⁃ ‣ ◦ – —) ends just before `end`, checked on whole UTF-8 sequences.
            func mayBeBullet(_ last: UInt8, end: Int) -> Bool {
                if last == 0x2A || last == 0x2D { return true }
                if end >= 2, bytes[end - 2] == 0xC2, last == 0xB7 { return true }
                guard end >= 3, bytes[end - 3] == 0xE2 else { return false }
                let middle = bytes[end - 2]
                return (middle == 0x80 && (last == 0xA2 || last == 0xA3 || last == 0x93 || last == 0x94))
                    || (middle == 0x81 && last == 0x83) || (middle == 0x97 && last == 0xA6)
            }
            // Only digits, a-z, "(" and Cyrillic а-п at a word start (or after a bullet) can start a marker.
            guard spaced || mayBeBullet(before, end: index),
                (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x28 || byte == 0xD0
            else {
                index += 1
                continue
            }
            // Cheap pre-check: a marker is one to three digits or one letter, then "." or ")".
            var probe = index + (byte == 0x28 ? 1 : 0)
            if probe < bytes.count, bytes[probe] == 0xD0 { probe += 1 }
            var digits = 0
            while probe < bytes.count, (0x30...0x39).contains(bytes[probe]), digits < 3 {
                probe += 1
                digits += 1
            }
            if digits == 0 { probe += 1 }
            guard probe < bytes.count, bytes[probe] == 0x2E || bytes[probe] == 0x29 else {
                index += 1
                continue
            }
            let bulletByte = before == 0x20 ? (index >= 2 ? bytes[index - 2] : 0x20) : before
            guard let marker = marker(in: scanner, at: index) else {
                index += 1
                continue
            }
            let bulletEnd = before == 0x20 ? index - 1 : index
            let afterBullet = index > lineStart && mayBeBullet(bulletByte, end: bulletEnd) && isBullet(scanner, before: index)
            if !followsNumberPrefix(scanner, index) {
                let start = afterBullet ? bulletStart(scanner, before: index) : index
                if let last = previous, last.marker.style == marker.style, marker.value == last.marker.value + 1 {
                    // `…advertisers, or 2) you sacrifice…` enumerates inside one sentence.
                    if start > lineStart, !isInline(scanner, before: start) { result.append(start) }
                    if runLength == 1, last.start > lineStart, followsSentenceEnd(scanner, last.start) {
                        result.append(last.start)
                    }
                    runLength += 1
                } else {
                    if precededBySemicolon(scanner, index), start > lineStart, marker.style.first?.isNumber == true
                        || marker.style.hasSuffix(")")
                    {
                        result.append(start)
                    }
                    runLength = 1
                }
                previous = (marker, start)
            }
            index += 1
        }
        return Array(Set(result)).sorted()
    }

    /// `No. 1`, `ст. 2`, `p. 3`: a number after such a word is not a list marker.
    private static func followsNumberPrefix(_ scanner: UTF8Scanner, _ offset: Int) -> Bool {
        var end = offset
        while end > 0, scanner.scalar(before: end).scalar == " " { end = scanner.scalarStart(before: end) }
        guard end > 0, scanner.scalar(before: end).scalar == "." else { return false }
        let period = scanner.scalarStart(before: end)
        var start = period
        while start > 0, scanner.scalar(before: start).scalar.isWordCharacter { start = scanner.scalarStart(before: start) }
        return Abbreviations.numberPrefixes.contains(scanner.string(start..<period).lowercased())
    }

    /// Whether the text before `offset` ends a sentence (`.`, `!`, `?`, `:`), so a marker there starts a list.
    static func followsSentenceEnd(_ scanner: UTF8Scanner, _ offset: Int) -> Bool {
        let end = scanner.trimmedEnd(0..<offset)
        guard end > 0 else { return true }
        let (last, _) = scanner.scalar(before: end)
        return last == "." || last == "!" || last == "?" || last == ":" || last == ";"
    }

    static let bullets: Set<Unicode.Scalar> = ["•", "⁃", "‣", "◦", "·", "*", "–", "—", "-"]

    private static func isBullet(_ scanner: UTF8Scanner, before offset: Int) -> Bool {
        var cursor = offset
        if scanner.scalar(before: cursor).scalar == " " { cursor = scanner.scalarStart(before: cursor) }
        guard cursor > 0 else { return false }
        let (scalar, start) = scanner.scalar(before: cursor)
        guard bullets.contains(scalar) else { return false }
        return start == 0 || scanner.scalar(before: start).scalar.isSpaceLike
    }

    private static func bulletStart(_ scanner: UTF8Scanner, before offset: Int) -> Int {
        var cursor = offset
        if scanner.scalar(before: cursor).scalar == " " { cursor = scanner.scalarStart(before: cursor) }
        return scanner.scalarStart(before: cursor)
    }

    /// Whether the text before `offset` ends with a comma or with a conjunction (`or`, `and`, `или`, `и`, `либо`): a
    /// marker there enumerates inside a sentence.
    private static func isInline(_ scanner: UTF8Scanner, before offset: Int) -> Bool {
        let end = scanner.trimmedEnd(0..<offset)
        guard end > 0 else { return false }
        if scanner.bytes[end - 1] == UInt8(ascii: ",") { return true }
        var start = end
        while start > 0, scanner.scalar(before: start).scalar.isWordCharacter {
            start = scanner.scalarStart(before: start)
        }
        guard start < end, start == 0 || scanner.scalar(before: start).scalar == " " else { return false }
        return inlineConjunctions.contains(scanner.string(start..<end).lowercased())
    }

    private static let inlineConjunctions: Set<String> = ["or", "and", "или", "и", "либо"]

    private static func precededBySemicolon(_ scanner: UTF8Scanner, _ offset: Int) -> Bool {
        let end = scanner.trimmedEnd(0..<offset)
        return end > 0 && scanner.bytes[end - 1] == UInt8(ascii: ";")
    }

    /// A marker at `offset`: `1.`, `12.)`, `2)`, `a.`, `b)`, `(c)`, followed by a space.
    static func marker(in scanner: UTF8Scanner, at offset: Int) -> Marker? {
        let bytes = scanner.bytes
        var index = offset
        var opening = ""
        if bytes[index] == UInt8(ascii: "(") {
            opening = "("
            index += 1
        }
        guard index < bytes.count else { return nil }
        var value: Int
        var kind: String
        if (0x30...0x39).contains(bytes[index]) {
            value = 0
            let start = index
            while index < bytes.count, (0x30...0x39).contains(bytes[index]), index - start < 3 {
                value = value * 10 + Int(bytes[index] - 0x30)
                index += 1
            }
            kind = "1"
        } else if (0x61...0x7A).contains(bytes[index]) {
            value = Int(bytes[index] - 0x61) + 1
            index += 1
            kind = "a"
        } else if bytes[index] == 0xD0, index + 1 < bytes.count, (0xB0...0xBF).contains(bytes[index + 1]) {
            // Cyrillic а-п.
            value = Int(bytes[index + 1] - 0xB0) + 1
            index += 2
            kind = "а"
        } else {
            return nil
        }
        var closing = ""
        while index < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")"), closing.count < 2 {
            closing.append(Character(Unicode.Scalar(bytes[index])))
            index += 1
        }
        guard !closing.isEmpty, index < bytes.count, bytes[index] == 0x20 else { return nil }
        if opening == "(" && closing != ")" { return nil }
        // Cyrillic letters with a period are abbreviations (`г.`, `д.`), not list markers.
        if kind == "а" && closing != ")" { return nil }
        // A lettered marker needs its closing mark: "a." or "a)".
        return Marker(offset: offset, value: value, style: opening + kind + closing)
    }
}
