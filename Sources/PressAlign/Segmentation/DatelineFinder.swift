/// Finds English datelines run into the text around them, as in a headline followed by
/// `Tuesday, September 1, 2015` on one line: the date is a segment of its own.
enum DatelineFinder {
    static let weekdays: [String] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let months: Set<String> = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
    /// Words after which a date belongs to the sentence ("on Tuesday, May 4, 2021").
    static let joiningWords: Set<String> = [
        "on", "by", "until", "till", "since", "from", "to", "and", "or", "of", "before", "after", "that", "the",
        "last", "next", "this", "until", "through", "between",
    ]

    /// The byte range of `Weekday, Month D, YYYY` starting at `offset`, if there is one.
    static func dateline(in scanner: UTF8Scanner, at offset: Int) -> Range<Int>? {
        let bytes = scanner.bytes
        guard offset < bytes.count, (0x41...0x5A).contains(bytes[offset]) else { return nil }
        var end = offset
        func word() -> String {
            let start = end
            while end < bytes.count, (0x41...0x5A).contains(bytes[end]) || (0x61...0x7A).contains(bytes[end]) {
                end += 1
            }
            return scanner.string(start..<end)
        }
        func digits(_ range: ClosedRange<Int>) -> Bool {
            let start = end
            while end < bytes.count, (0x30...0x39).contains(bytes[end]) { end += 1 }
            return range.contains(end - start)
        }
        func literal(_ text: String) -> Bool {
            for byte in text.utf8 {
                guard end < bytes.count, bytes[end] == byte else { return false }
                end += 1
            }
            return true
        }
        guard weekdays.contains(word()), literal(", "), months.contains(word()), literal(" "), digits(1...2),
            literal(", "), digits(4...4)
        else { return nil }
        return offset..<end
    }

    /// Offsets where a dateline starts or where the text after one starts.
    static func boundaries(in scanner: UTF8Scanner) -> [Int] {
        var result: [Int] = []
        let bytes = scanner.bytes
        var index = 0
        while index < bytes.count {
            // A weekday name starts after a space or at the text's start.
            guard bytes[index] >= 0x4D, bytes[index] <= 0x57, index == 0 || bytes[index - 1] == 0x20,
                Self.dayCommaFollows(bytes, index), let range = dateline(in: scanner, at: index)
            else {
                index += 1
                continue
            }
            if index > 0, !isJoined(scanner, before: index) { result.append(index) }
            let next = scanner.trimmedStart(range.upperBound..<bytes.count)
            if next > range.upperBound, next < bytes.count, scanner.scalar(at: next).scalar.isUppercaseLetter {
                result.append(next)
            }
            index = range.upperBound
        }
        return result
    }

    /// Whether `day,` follows within the next ten bytes (a cheap test before reading a weekday name).
    static func dayCommaFollows(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        var cursor = index + 3
        let limit = min(bytes.count - 3, index + 10)
        while cursor < limit {
            if bytes[cursor] == 0x64, bytes[cursor + 1] == 0x61, bytes[cursor + 2] == 0x79, bytes[cursor + 3] == 0x2C {
                return true
            }
            cursor += 1
        }
        return false
    }

    /// Whether a boundary at `offset` is one of the dateline's own edges.
    static func isDatelineEdge(_ scanner: UTF8Scanner, at offset: Int, contentEnd: Int) -> Bool {
        if dayCommaFollows(scanner.bytes, offset), dateline(in: scanner, at: offset) != nil {
            return !isJoined(scanner, before: offset)
        }
        // The text after a dateline: does the segment end with one (`…, 2015`)?
        let bytes = scanner.bytes
        guard contentEnd >= 20, contentEnd <= bytes.count, bytes[contentEnd - 6] == 0x2C, bytes[contentEnd - 5] == 0x20,
            (contentEnd - 4..<contentEnd).allSatisfy({ (0x30...0x39).contains(bytes[$0]) })
        else { return false }
        var start = max(0, contentEnd - 40)
        while start < contentEnd {
            if dayCommaFollows(scanner.bytes, start), let range = dateline(in: scanner, at: start),
                range.upperBound == contentEnd
            {
                return true
            }
            start += 1
        }
        return false
    }

    private static func isJoined(_ scanner: UTF8Scanner, before offset: Int) -> Bool {
        let end = scanner.trimmedEnd(0..<offset)
        guard end > 0 else { return true }
        let (last, _) = scanner.scalar(before: end)
        if last == "," || last == "(" || last == "-" || last == "–" || last == "—" { return true }
        var start = end
        while start > 0, scanner.scalar(before: start).scalar.isWordCharacter { start = scanner.scalarStart(before: start) }
        return joiningWords.contains(scanner.string(start..<end).lowercased())
    }
}
