/// Splits text into sentences: ICU's sentence boundaries, corrected by the press genre's rules.
///
/// ICU finds candidate boundaries; PressAlign then removes the false ones (after abbreviations, initials, list
/// numbers, a `?`/`!` inside a quotation that the sentence continues after) and adds the ones ICU misses (after an
/// ellipsis before a capital). Line breaks are always boundaries, except after a line that holds only a speaker label,
/// which stays with the first sentence of its turn.
///
/// ```swift
/// let segmenter = SentenceSegmenter(language: .russian)
/// let sentences = try segmenter.sentences(in: "С.В.Лавров: Спасибо. Начнём.")
/// // ["С.В.Лавров: Спасибо.", "Начнём."]
/// ```
public struct SentenceSegmenter: Sendable {
    /// The language whose rules apply.
    public let language: Language
    /// Whether a hard-wrapped line continues its sentence: a single line break after a lower-case letter, a digit or a
    /// hyphen, before a lower-case letter, is then no boundary (`It was a cold⏎night in the city.`). When `false`,
    /// every line break is a boundary.
    public let joinsWrappedLines: Bool

    /// Creates a segmenter for `language` (Russian and English are tuned; others use generic rules).
    ///
    /// - Parameter joinsWrappedLines: Whether a hard-wrapped line continues its sentence (the default; see
    ///   `joinsWrappedLines`).
    public init(language: Language, joinsWrappedLines: Bool = true) {
        self.language = language
        self.joinsWrappedLines = joinsWrappedLines
    }

    /// The sentences of `text`, in order, with their positions.
    ///
    /// - Parameters:
    ///   - text: The text to split.
    ///   - byteOffset: Added to every byte range, so that ranges refer to the input file (3 after a byte-order mark).
    /// - Throws: `NativeLibraryError` if ICU cannot open its sentence rules.
    /// - Complexity: O(n) in the length of `text`.
    public func sentences(in text: String, byteOffset: Int = 0) throws(NativeLibraryError) -> [Sentence] {
        let ranges = try sentenceByteRanges(in: text)
        var sentences: [Sentence] = []
        sentences.reserveCapacity(ranges.count)
        let utf8 = text.utf8
        var previousEnd = 0
        var previousIndex = utf8.startIndex
        for (index, range) in ranges.enumerated() {
            let lower = utf8.index(previousIndex, offsetBy: range.lowerBound - previousEnd)
            let upper = utf8.index(lower, offsetBy: range.count)
            let startsLine = index == 0 || utf8[previousIndex..<lower].contains { $0 == 0x0A || $0 == 0x0D }
            sentences.append(
                Sentence(
                    index: index,
                    text: String(text[lower..<upper]),
                    byteRange: (range.lowerBound + byteOffset)..<(range.upperBound + byteOffset),
                    range: lower..<upper,
                    startsLine: startsLine
                ))
            previousEnd = range.upperBound
            previousIndex = upper
        }
        return sentences
    }

    /// The UTF-8 byte ranges of the sentences of `text`, trimmed of white space.
    ///
    /// - Complexity: O(n).
    public func sentenceByteRanges(in text: String) throws(NativeLibraryError) -> [Range<Int>] {
        var copy = text
        let result = copy.withUTF8 { buffer in
            Result { () throws(NativeLibraryError) -> [Range<Int>] in try sentenceByteRanges(in: buffer) }
        }
        return try result.get()
    }

    func sentenceByteRanges(in buffer: UnsafeBufferPointer<UInt8>) throws(NativeLibraryError) -> [Range<Int>] {
        guard !buffer.isEmpty else { return [] }
        let scanner = UTF8Scanner(bytes: buffer)
        let iterator = try BreakIterator(kind: .sentence, locale: language.rawValue)
        var candidates: [Int] = []
        try iterator.forEachBoundary(in: buffer) { offset, _ in candidates.append(offset) }
        candidates = Self.merging(candidates, with: extraCandidates(scanner))
        let listStarts = ListMarkers.sequenceBoundaries(in: scanner)
        candidates = Self.merging(candidates, with: listStarts)
        let certain = Set(listStarts)
        candidates = Self.merging(candidates, with: tightCandidates(scanner))
        if language == .english {
            candidates = Self.merging(candidates, with: DatelineFinder.boundaries(in: scanner))
        }

        var rules = BoundaryRules(scanner: scanner, language: language, joinsWrappedLines: joinsWrappedLines)
        var result: [Range<Int>] = []
        var start = 0
        var pendingLabel: Int? = nil
        for candidate in candidates where candidate > start {
            if candidate < buffer.count && !certain.contains(candidate) && !rules.isBoundary(at: candidate, segmentStart: start) {
                continue
            }
            let lower = scanner.trimmedStart(start..<candidate)
            let upper = scanner.trimmedEnd(lower..<candidate)
            start = candidate
            guard lower < upper else { continue }
            if let labelStart = pendingLabel {
                result.append(labelStart..<upper)
                pendingLabel = nil
                continue
            }
            if rules.isLabelOnlyLine(lower..<upper), candidate < buffer.count {
                pendingLabel = lower
                continue
            }
            result.append(lower..<upper)
        }
        if let labelStart = pendingLabel {
            result.append(labelStart..<scanner.trimmedEnd(labelStart..<buffer.count))
        }
        return result
    }

    /// Candidate boundaries ICU does not propose: after an ellipsis (`…`) before a capital; after a terminator
    /// before a number (`исполняется 150 лет. 31 мая...`); after a terminator before a dialogue dash and a capital
    /// (`...дам. — А мне дашь?`). The boundary rules then judge them like ICU's own.
    private func extraCandidates(_ scanner: UTF8Scanner) -> [Int] {
        var result: [Int] = []
        let bytes = scanner.bytes
        let count = bytes.count
        var index = 0
        while index < count {
            let byte = bytes[index]
            guard byte == 0x2E || byte == 0x3F || byte == 0x21 || byte == 0xE2 else {
                index = scanner.skippingBlocks(from: index + 1, without: 0x2E, 0x3F, 0x21, 0xE2, 0xE2, 0xE2)
                continue
            }
            let isEllipsis = byte == 0xE2 && index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA6
            guard isEllipsis || byte != 0xE2 else {
                index += 1
                continue
            }
            let terminatorEnd = index + (isEllipsis ? 3 : 1)
            var cursor = terminatorEnd
            while cursor < count {
                let (scalar, length) = scanner.scalar(at: cursor)
                guard scalar.isClosingPunctuation else { break }
                cursor += length
            }
            let wordStart = scanner.trimmedStart(cursor..<count)
            index = cursor
            guard wordStart > cursor, wordStart < count else { continue }
            let (first, firstLength) = scanner.scalar(at: wordStart)
            if isEllipsis {
                if BoundaryRules.startsCapitalised(scanner, at: wordStart) { result.append(wordStart) }
            } else if first.isDecimalDigit || Self.isCamelCase(scanner, at: wordStart) || Self.isDomainName(scanner, at: wordStart)
                || (first == "(" && NextWord.startsWithAddress(scanner, at: wordStart + 1))
            {
                // Digits, and names written in camel case (`wikiHow`, `eHow`, `iPhone`) or as a domain (`lenta.ru`,
                // `rus.err.ee`), which start sentences in lower case; a web address in brackets (`… Commons. (http://www.wikihow.com/…)`).
                result.append(wordStart)
            } else if first == "—" || first == "–" || first == "-",
                language != .english || (cursor == terminatorEnd && (byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!")))
            {
                // (In English a dash after a quotation introduces its attribution: `…" — Rick Santorum`; only a bare
                // question or exclamation mark before the dash ends a sentence there: `What do you see? - Posted`.)
                // A dialogue dash: `...дам. — А мне дашь?`, `- "Не радуют".` (not inside an open «…» quotation).
                var after = scanner.trimmedStart((wordStart + firstLength)..<count)
                while after < count, after > wordStart + firstLength, scanner.scalar(at: after).scalar.isOpeningPunctuation,
                    scanner.scalar(at: after).scalar != "—"
                {
                    after += scanner.scalar(at: after).length
                }
                if after > wordStart + firstLength, after < count, scanner.scalar(at: after).scalar.isUppercaseLetter,
                    !Self.isInsideGuillemets(scanner, at: index)
                {
                    result.append(wordStart)
                }
            }
        }
        return result
    }

    /// Whether the word at `offset` is a camel-case name: at least three ASCII letters, the first lower case and a later
    /// one a capital (`wikiHow`, `eHow`, `iPhone`, `mRNA`).
    static func isCamelCase(_ scanner: UTF8Scanner, at offset: Int) -> Bool {
        let bytes = scanner.bytes
        guard offset < bytes.count, (0x61...0x7A).contains(bytes[offset]) else { return false }
        var index = offset + 1
        var sawCapital = false
        while index < bytes.count, index - offset < 30 {
            let byte = bytes[index]
            if (0x41...0x5A).contains(byte) {
                sawCapital = true
            } else if !(0x61...0x7A).contains(byte) {
                break
            }
            index += 1
        }
        return sawCapital && index - offset >= 3
    }

    /// Whether the word at `offset` is a domain name written in lower case (`lenta.ru`, `rus.err.ee`): labels of ASCII
    /// letters, digits and hyphens joined by single periods, at least two of them, the last of two to six letters,
    /// followed by white space, a line break, closing punctuation, `,` `:` `;` `.` or the end. (`e.g.`, `a.m.` and
    /// `i.e.` have one-letter labels.)
    static func isDomainName(_ scanner: UTF8Scanner, at offset: Int) -> Bool {
        let bytes = scanner.bytes
        guard offset < bytes.count, (0x61...0x7A).contains(bytes[offset]) else { return false }
        var index = offset
        var labels = 0
        var lastLabelLetters = 0
        var lastLabelAllLetters = true
        while index < bytes.count, index - offset < 60 {
            let labelStart = index
            lastLabelAllLetters = true
            while index < bytes.count {
                let byte = bytes[index]
                let isLetter = (0x61...0x7A).contains(byte)
                guard isLetter || (0x30...0x39).contains(byte) || byte == 0x2D else { break }
                if !isLetter { lastLabelAllLetters = false }
                index += 1
            }
            guard index > labelStart else { return false }
            labels += 1
            lastLabelLetters = index - labelStart
            // A period followed by another label continues the name; anything else ends it.
            guard index + 1 < bytes.count, bytes[index] == 0x2E, (0x61...0x7A).contains(bytes[index + 1]) else { break }
            index += 1
        }
        guard labels >= 2, lastLabelAllLetters, (2...6).contains(lastLabelLetters) else { return false }
        guard index < bytes.count else { return true }
        let (next, _) = scanner.scalar(at: index)
        return next.isSpaceLike || next.isLineBreak || next.isClosingPunctuation || next == "," || next == ":"
            || next == "." || next == ";"
    }

    /// Picture credits run into a caption on saved pages (`…Spacecraft Stardust Image: NASA`, `…визита Фото: МИД
    /// России`): the start of `Image:`, `Photo:` or `Фото:` (whose colon is at `colon`, before a space) when it follows
    /// a word on the same line; `nil` otherwise.
    static func creditStart(_ scanner: UTF8Scanner, colon: Int) -> Int? {
        let bytes = scanner.bytes
        var start = colon
        while start > 0, start > colon - 12 {
            let (scalar, scalarStart) = scanner.scalar(before: start)
            guard scalar.isLowercaseLetter || scalar.isUppercaseLetter else { break }
            start = scalarStart
        }
        guard start > 1, bytes[start - 1] == UInt8(ascii: " ") else { return nil }
        let word = scanner.string(start..<colon)
        guard creditWords.contains(word) else { return nil }
        // A credit names a source (`Image: NASA`), and follows a caption, not a determiner (`the image: a…`); in
        // lower case (`Station image: Daily et al.`) only after a capitalised word or a number (not `see photo:`).
        guard colon + 2 < bytes.count, scanner.scalar(at: colon + 2).scalar.isUppercaseLetter else { return nil }
        let (before, _) = scanner.scalar(before: start - 1)
        guard before.isLowercaseLetter || before.isUppercaseLetter || before.isDecimalDigit else { return nil }
        var previousStart = start - 1
        while previousStart > 0, scanner.scalar(before: previousStart).scalar.isLowercaseLetter
            || scanner.scalar(before: previousStart).scalar.isUppercaseLetter
        {
            previousStart = scanner.scalar(before: previousStart).start
        }
        let previousWord = scanner.string(previousStart..<(start - 1))
        if word.first?.isLowercase == true, !(previousWord.first?.isUppercase ?? before.isDecimalDigit) { return nil }
        return determiners.contains(previousWord.lowercased()) ? nil : start
    }

    /// Words after which `image:` or `photo:` is part of the sentence (a determiner, `see`).
    private static let determiners: Set<String> = [
        "the", "a", "an", "this", "that", "our", "his", "her", "their", "its", "my", "your", "each", "every", "one",
        "see", "это", "эта", "этот", "наше", "наш", "наша", "одно", "см", "смотрите", "на",
    ]

    static let creditWords: Set<String> = ["Image", "image", "Photo", "photo", "Фото", "фото"]

    /// Whether an opening « before `offset` (in the same line) has not been closed yet.
    static func isInsideGuillemets(_ scanner: UTF8Scanner, at offset: Int) -> Bool {
        var depth = 0
        var index = offset
        var steps = 0
        while index > 0, steps < 2_000 {
            let (scalar, start) = scanner.scalar(before: index)
            if scalar.isLineBreak { break }
            if scalar == "»" { depth -= 1 }
            if scalar == "«" {
                depth += 1
                if depth > 0 { return true }
            }
            index = start
            steps += 1
        }
        return false
    }

    /// Candidates with no space before them: a period between a word of three or more letters and a capitalised word
    /// (`sentence.Isn't`, `world.Today`), a full-width period before a capital, an emoticon before a capital
    /// (`тоже ;) Я`). The same pass proposes the sentence after footnote references (`martyr.[1] The`) and picture
    /// credits (`Stardust Image: NASA`), so the text is scanned once for all of them.
    private func tightCandidates(_ scanner: UTF8Scanner) -> [Int] {
        var result: [Int] = []
        let bytes = scanner.bytes
        let count = bytes.count
        var index = 1
        while index + 2 < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "."), bytes[index - 1] >= 0x61 && bytes[index - 1] <= 0x7A || bytes[index - 1] >= 0x80,
                (0x41...0x5A).contains(bytes[index + 1]) || bytes[index + 1] == 0xD0,
                index + 2 < count
            {
                let (next, nextLength) = scanner.scalar(at: index + 1)
                let (afterNext, _) = scanner.scalar(at: index + 1 + nextLength)
                if next.isUppercaseLetter, afterNext.isLowercaseLetter, !Self.isInsideAddress(scanner, period: index) {
                    // Three letters before the period (two in English: `no.Not`), so that initials such as
                    // `Дж.Байден` and `С.В.Лавров` stay whole.
                    var letters = 0
                    var cursor = index
                    while cursor > 0, letters < 3 {
                        let (scalar, start) = scanner.scalar(before: cursor)
                        guard scalar.isLowercaseLetter || scalar.isUppercaseLetter else { break }
                        letters += 1
                        cursor = start
                    }
                    let wordStarts = cursor == 0 || !scanner.scalar(before: cursor).scalar.isWordCharacter
                    if letters >= 3 || (letters == 2 && wordStarts && language == .english) { result.append(index + 1) }
                }
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!"),
                bytes[index + 1] == UInt8(ascii: "[") || (0x30...0x39).contains(bytes[index + 1]),
                let next = Self.sentenceAfterFootnote(scanner, terminator: index)
            {
                result.append(next)
            } else if byte == UInt8(ascii: ":"), bytes[index + 1] == UInt8(ascii: " "),
                let start = Self.creditStart(scanner, colon: index)
            {
                result.append(start)
            } else if byte == 0xEF, bytes[index + 1] == 0xBC, bytes[index + 2] == 0x8E, index + 3 < count {
                // U+FF0E FULLWIDTH FULL STOP.
                if scanner.scalar(at: index + 3).scalar.isUppercaseLetter { result.append(index + 3) }
            } else if (byte == UInt8(ascii: ":") || byte == UInt8(ascii: ";")), bytes[index + 1] == UInt8(ascii: ")")
                || (bytes[index + 1] == UInt8(ascii: "-") && bytes[index + 2] == UInt8(ascii: ")"))
            {
                var end = index + 1
                while end < count, bytes[end] == UInt8(ascii: ")") || bytes[end] == UInt8(ascii: "-") { end += 1 }
                let next = scanner.trimmedStart(end..<count)
                if next > end, next < count, scanner.scalar(at: next).scalar.isUppercaseLetter,
                    !scanner.containsLineBreak(end..<next)
                {
                    result.append(next)
                }
            }
            // Every rule above starts at one of these bytes.
            index = scanner.skippingBlocks(from: index + 1, without: 0x2E, 0x3F, 0x21, 0x3A, 0x3B, 0xEF)
        }
        return result
    }

    /// The start of the sentence after footnote references that follow a terminator: `martyr.[1] The`,
    /// `large.[7][8] This`, and, after a period that ends a word of two or more lower-case letters or a bracket,
    /// bare note numbers: `consultation.11 12 Take`, `(1987).1 According`. `nil` unless a capitalised word follows.
    static func sentenceAfterFootnote(_ scanner: UTF8Scanner, terminator: Int) -> Int? {
        let bytes = scanner.bytes
        let count = bytes.count
        func isDigit(_ index: Int) -> Bool { index < count && (0x30...0x39).contains(bytes[index]) }
        /// The end of a run of one to three digits starting at `index`, or `nil`.
        func digitsEnd(_ index: Int) -> Int? {
            var end = index
            while isDigit(end), end - index < 4 { end += 1 }
            return end > index && end - index <= 3 && !isDigit(end) ? end : nil
        }
        var cursor = terminator + 1
        if bytes[cursor] == UInt8(ascii: "[") {
            while cursor < count, bytes[cursor] == UInt8(ascii: "[") {
                guard let end = digitsEnd(cursor + 1), end < count, bytes[end] == UInt8(ascii: "]") else { return nil }
                cursor = end + 1
            }
        } else {
            guard bytes[terminator] == UInt8(ascii: "."), terminator >= 2 else { return nil }
            let before = bytes[terminator - 1]
            // A word of four or more lower-case letters (`consultation.11`), not `vol.3`, `pp.12` or `fig.2`.
            var letters = 0
            while letters < 4, terminator - letters - 1 >= 0, (0x61...0x7A).contains(bytes[terminator - letters - 1]) {
                letters += 1
            }
            let lowerLetters = letters >= 4
            guard lowerLetters || before == UInt8(ascii: ")") || before == UInt8(ascii: "]") else { return nil }
            guard let end = digitsEnd(cursor) else { return nil }
            cursor = end
            while cursor + 1 < count, bytes[cursor] == UInt8(ascii: " "), let end = digitsEnd(cursor + 1) {
                cursor = end
            }
        }
        let next = scanner.trimmedStart(cursor..<count)
        guard next > cursor, next < count else { return nil }
        let (first, length) = scanner.scalar(at: next)
        guard first.isUppercaseLetter, next + length < count, scanner.scalar(at: next + length).scalar.isLowercaseLetter else {
            return nil
        }
        return next
    }

    /// Whether the period at `period` is inside an e-mail address or a web address (`Jane.Doe@example.com`,
    /// `www.site.Example.com`): the word after it runs on into `@` or another `.letter`, or the token before it
    /// starts with `www`/`http` or holds a `/`.
    static func isInsideAddress(_ scanner: UTF8Scanner, period: Int) -> Bool {
        var cursor = period + 1
        let count = scanner.count
        while cursor < count {
            let (scalar, length) = scanner.scalar(at: cursor)
            if scalar == "@" { return true }
            if scalar == ".", cursor + 1 < count, scanner.scalar(at: cursor + 1).scalar.isWordCharacter { return true }
            guard scalar.isWordCharacter || scalar == "-" || scalar == "_" else { break }
            cursor += length
        }
        var start = period
        while start > 0 {
            let (scalar, scalarStart) = scanner.scalar(before: start)
            if scalar.isSpaceLike { break }
            if scalar == "/" || scalar == "@" { return true }
            start = scalarStart
        }
        let token = scanner.string(start..<period).lowercased()
        return token.hasPrefix("www") || token.hasPrefix("http")
    }

    private static func merging(_ first: [Int], with second: [Int]) -> [Int] {
        guard !second.isEmpty else { return first }
        var merged = first + second
        merged.sort()
        var unique: [Int] = []
        unique.reserveCapacity(merged.count)
        for value in merged where unique.last != value { unique.append(value) }
        return unique
    }
}

/// The genre's boundary decisions, looking only at a few words around each candidate.
struct BoundaryRules {
    let scanner: UTF8Scanner
    let language: Language
    let joinsWrappedLines: Bool

    /// Whether the candidate boundary at `offset` (the start of the next sentence) is real.
    mutating func isBoundary(at offset: Int, segmentStart: Int) -> Bool {
        let contentEnd = scanner.trimmedEnd(segmentStart..<offset)
        guard contentEnd > segmentStart else { return true }
        if scanner.containsLineBreak(contentEnd..<offset) {
            return !joinsWrappedLines || !isWrappedLine(contentEnd: contentEnd, offset: offset)
        }
        let next = NextWord(scanner: scanner, at: offset)

        // Skip closing quotes and brackets back to the terminator.
        var terminatorEnd = contentEnd
        var closed = false
        while terminatorEnd > segmentStart {
            let (scalar, start) = scanner.scalar(before: terminatorEnd)
            guard scalar.isClosingPunctuation else { break }
            terminatorEnd = start
            closed = true
        }
        guard terminatorEnd > segmentStart else { return true }
        let (terminator, terminatorStart) = scanner.scalar(before: terminatorEnd)

        if DatelineFinder.isDatelineEdge(scanner, at: offset, contentEnd: contentEnd) { return true }
        // No sentence ends with an opening bracket (ICU breaks `martyr.[1]` after the bracket).
        let last = scanner.scalar(before: contentEnd).scalar
        if last == "[" || last == "(" || last == "{" { return false }
        let tight = contentEnd == offset
        switch terminator {
        case "?", "!", "‼", "⁇", "⁈", "⁉":
            // `Yahoo! and Y!J.`, `[?][footnote`: no space, no boundary; but `Ireland!He lives` is one.
            if tight {
                let (before, _) = scanner.scalar(before: terminatorStart)
                let (next, nextLength) = scanner.scalar(at: offset)
                let afterNext = offset + nextLength < scanner.count ? scanner.scalar(at: offset + nextLength).scalar : " "
                return before.isLowercaseLetter && next.isUppercaseLetter && afterNext.isLowercaseLetter
            }
            // `"Are we done?" he asked.` / `«Когда?» — спросил он.`: the sentence goes on.
            if next.kind == .lowercase || next.kind == .continuingPunctuation { return false }
            return true
        case "…":
            if isNumericRange(ellipsisStart: terminatorStart, next: offset) { return false }
            return next.kind == .uppercase || next.kind == .other
        case ".":
            if terminatorStart > segmentStart, scanner.scalar(before: terminatorStart).scalar == "." {
                // "..." ellipsis: a boundary unless lower case follows or it joins a numeric range (ICU proposes it before
                // a capital, `extraCandidates` before a digit).
                var ellipsisStart = terminatorStart
                while ellipsisStart > segmentStart, scanner.scalar(before: ellipsisStart).scalar == "." {
                    ellipsisStart -= 1
                }
                if isNumericRange(ellipsisStart: ellipsisStart, next: offset) { return false }
                return next.kind != .lowercase
            }
            if tight, !closed {
                // A period that starts the segment begins a word (`.NET`): it ends nothing.
                if terminatorStart == scanner.trimmedStart(segmentStart..<terminatorStart) { return false }
                // In Russian text, a lower-case Latin letter before a tight period and a Latin letter after it make a
                // name (`Kostroma.Today`); `BBC.Reuters` is two names run together.
                if language == .russian, terminatorStart > segmentStart,
                    (0x61...0x7A).contains(scanner.scalar(before: terminatorStart).scalar.value),
                    scanner.scalar(at: offset).scalar.isASCIILetter
                {
                    return false
                }
                // `world.Today` (proposed by tightCandidates) is a boundary; `гг.;` and `mid.ru` are not.
                guard next.kind == .uppercase else { return false }
                return !SentenceSegmenter.isInsideAddress(scanner, period: terminatorStart)
            }
            if closed {
                // "1.) The first item": a list marker.
                let word = WordBeforePeriod(scanner: scanner, period: terminatorStart, lowerLimit: segmentStart)
                if word.isListMarker, scanner.isLineStart(word.start, segmentStart: segmentStart) { return false }
                // An initial inside an editorial insertion: `[George H. W.] Bush` (square brackets only).
                let (closer, _) = scanner.scalar(at: terminatorEnd)
                if closer == "]", word.text.count == 1, word.text.first?.isUppercase == true,
                    next.kind == .uppercase
                {
                    return false
                }
                // A period inside closing quotes or brackets ends the sentence unless lower case follows.
                return next.kind != .lowercase && next.kind != .continuingPunctuation
            }
            return isBoundaryAfterPeriod(at: terminatorStart, segmentStart: segmentStart, next: next)
        default:
            // Another script's full stop between digits is a separator (`01։23`, an Armenian full stop in a time).
            if tight, terminatorStart > segmentStart, scanner.scalar(before: terminatorStart).scalar.isDecimalDigit,
                scanner.scalar(at: offset).scalar.isDecimalDigit
            {
                return false
            }
            return true
        }
    }

    /// A hard-wrapped line (text pasted from a PDF or an e-mail): a single line break between a line that ends in a
    /// lower-case letter, a digit or a hyphen and a line that starts with a lower-case letter, or before a lone mark
    /// such as `.` or `,` after a letter or digit. Such a line break is not a boundary; a blank line, a line ending
    /// in punctuation (a salutation such as `Уважаемые коллеги,` stays a segment of its own) or a capitalised next
    /// line always is, except inside a word laid out a letter or two per line (see `isShatteredWord`).
    func isWrappedLine(contentEnd: Int, offset: Int) -> Bool {
        var breaks = 0
        var index = contentEnd
        while index < offset {
            let (scalar, length) = scanner.scalar(at: index)
            if scalar.isLineBreak {
                breaks += 1
                // CR LF counts once.
                if scalar == "\r", index + 1 < offset, scanner.scalar(at: index + 1).scalar == "\n" { index += 1 }
            }
            index += length
        }
        guard breaks == 1, offset < scanner.count else { return false }
        if isShatteredWord(lineEnd: contentEnd, nextLineStart: offset) { return true }
        let (first, firstLength) = scanner.scalar(at: offset)
        let (last, _) = scanner.scalar(before: contentEnd)
        if first == "." || first == "," || first == ";" || first == ":" || first == "!" || first == "?" {
            // Punctuation that a wrap pushed to the next line (`…for pricing` / `. Pricing info`) belongs to this
            // line, when this line ends in a letter or a digit and the mark stands alone (`.NET` is a word).
            guard last.properties.isAlphabetic || last.isDecimalDigit else { return false }
            let after = offset + firstLength
            guard after < scanner.count else { return true }
            let (next, _) = scanner.scalar(at: after)
            return next.isSpaceLike || next.isLineBreak
        }
        guard last.isLowercaseLetter || last.isDecimalDigit || last == "-" else { return false }
        return first.isLowercaseLetter
    }

    /// A word that a PDF extraction laid out a letter or two per line (`W`, `A`, `RN`, `I`, `NG`): the lines on both
    /// sides of the break are one or two capital letters, one of them a single letter, and a third such line comes
    /// before or after them. (Two-letter codes in a column, `NY`, `CA`, `TX`, and a lone `Q` / `A` stay apart.)
    private func isShatteredWord(lineEnd: Int, nextLineStart: Int) -> Bool {
        guard let before = capitalFragment(endingAt: lineEnd), let after = capitalFragment(startingAt: nextLineStart),
            before.letters == 1 || after.letters == 1
        else { return false }
        // The line before `before`, across exactly one line break.
        var previousEnd = before.lineStart
        if previousEnd > 0, scanner.scalar(before: previousEnd).scalar == "\n" { previousEnd -= 1 }
        if previousEnd > 0, scanner.scalar(before: previousEnd).scalar == "\r" { previousEnd -= 1 }
        if previousEnd < before.lineStart, capitalFragment(endingAt: previousEnd) != nil { return true }
        // The line after `after`.
        var nextStart = after.lineEnd
        if nextStart < scanner.count, scanner.scalar(at: nextStart).scalar == "\r" { nextStart += 1 }
        if nextStart < scanner.count, scanner.scalar(at: nextStart).scalar == "\n" { nextStart += 1 }
        return nextStart > after.lineEnd && nextStart < scanner.count && capitalFragment(startingAt: nextStart) != nil
    }

    /// An ellipsis between two numbers is a range (`+15°C... +17°C`, `5...10`): after a digit (or a degree sign and
    /// its unit), before an optional sign and a digit, and either written tight or with a sign or a unit that marks
    /// the numbers as values (`Их было 500... 2021 год принёс перемены.` is two sentences).
    private func isNumericRange(ellipsisStart: Int, next offset: Int) -> Bool {
        var index = scanner.trimmedStart(offset..<scanner.count)
        guard index < scanner.count else { return false }
        let spaced = index > 0 && scanner.scalar(before: index).scalar.isSpaceLike
        var (scalar, length) = scanner.scalar(at: index)
        let signed = scalar == "+" || scalar == "-" || scalar == "−"
        if signed {
            index += length
            guard index < scanner.count else { return false }
            (scalar, length) = scanner.scalar(at: index)
        }
        guard scalar.isDecimalDigit else { return false }
        var before = scanner.trimmedEnd(0..<ellipsisStart)
        guard before > 0 else { return false }
        var (last, lastStart) = scanner.scalar(before: before)
        // A temperature's unit: `°C`, `°С`, `°F`.
        var unit = false
        if last.isUppercaseLetter, lastStart > 0, scanner.scalar(before: lastStart).scalar == "°" {
            unit = true
            before = scanner.scalarStart(before: lastStart)
            guard before > 0 else { return false }
            (last, lastStart) = scanner.scalar(before: before)
        }
        return last.isDecimalDigit && (!spaced || signed || unit)
    }

    /// Words that can make up a clause's time frame (`что в мае 2018`, `однако уже в том же 2011`) without a verb or a
    /// subject: prepositions, particles, conjunctions that open a clause, and month names.
    static let timeFrameWords: Set<String> = [
        "в", "во", "с", "со", "к", "на", "до", "после", "уже", "же", "том", "тот", "той", "что", "однако", "но", "а", "и",
        "ещё", "еще", "лишь", "только", "именно", "конце", "начале", "середине", "январе", "феврале", "марте", "апреле",
        "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре", "января", "февраля", "марта",
        "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря",
    ]

    /// Words that open a clause which must go on after its time frame (`…, что в 2019 г. Вашингтон вышел`).
    static let clauseOpeners: Set<String> = ["что", "однако", "но", "а"]

    /// Prepositions that, right after a colon, open a time frame that must go on (`…не по вине Ирана: в мае 2018 г.
    /// США вышли…`); a bare date after a colon can end (`Дата проведения: 15 мая 2019 г. Место…`).
    static let timeFramePrepositions: Set<String> = ["в", "во", "с", "со", "к", "до", "после", "на"]

    /// Words that, at a sentence's start, open a time frame that must go on (`Уже в 2019 г. Вашингтон вышел…`).
    static let sentenceTimeFrameOpeners: Set<String> = timeFramePrepositions.union(["уже", "ещё", "еще", "лишь", "только"])

    /// Whether the clause before `start` (back to a comma, colon, semicolon, bracket or the segment start) holds one of
    /// `clauseOpeners` and nothing else than numbers and `timeFrameWords` (`Напомню, что в 2019`, `Однако уже в том
    /// же 2011`): then the year abbreviation at `start` cannot end a sentence. A time frame after a plain comma or a
    /// colon can (`…, еще в 2019 г. Ответа не получили.`, `Дата проведения: 15 мая 2019 г. Место…`) unless a
    /// preposition opens it right after the colon (`Ирана: в мае 2018 г. США вышли…`); at the start of a sentence, a
    /// preposition or `уже` opens it (`Уже в 2019 г. Вашингтон вышел…`).
    private func isTimeFrameOnly(clauseBefore start: Int, segmentStart: Int) -> Bool {
        var cursor = start
        var words = 0
        var opened = false
        // The clause's first word so far (the scan runs backwards).
        var firstWord = ""
        while cursor > segmentStart {
            let (scalar, scalarStart) = scanner.scalar(before: cursor)
            if scalar.isSpaceLike {
                cursor = scalarStart
                continue
            }
            if scalar == ":" && Self.timeFramePrepositions.contains(firstWord) { opened = true }
            if scalar == "," || scalar == ":" || scalar == ";" || scalar == "(" { break }
            // A word or a number (`2019`, `2010-2012`, `2021–2023`).
            var wordStart = cursor
            while wordStart > segmentStart {
                let (character, characterStart) = scanner.scalar(before: wordStart)
                guard character.isWordCharacter || character == "-" || character == "–" else { break }
                wordStart = characterStart
            }
            guard wordStart < cursor else { return false }
            let word = scanner.string(wordStart..<cursor).lowercased()
            let isNumber = word.unicodeScalars.allSatisfy { $0.isDecimalDigit || $0 == "-" || $0 == "–" }
            guard isNumber || Self.timeFrameWords.contains(word) else { return false }
            if Self.clauseOpeners.contains(word) { opened = true }
            firstWord = word
            words += 1
            guard words <= 8 else { return false }
            cursor = wordStart
        }
        // The scan reached the sentence's start: a time frame opened by a preposition or `уже` goes on.
        if cursor <= segmentStart, Self.sentenceTimeFrameOpeners.contains(firstWord) { opened = true }
        return opened && words > 0
    }

    /// The line ending at `end`, when it is one or two capital letters and nothing else: their count and the line's
    /// start.
    private func capitalFragment(endingAt end: Int) -> (letters: Int, lineStart: Int)? {
        var index = end
        var letters = 0
        while index > 0 {
            let (scalar, start) = scanner.scalar(before: index)
            if scalar.isLineBreak { break }
            guard scalar.isUppercaseLetter, letters < 2 else { return nil }
            letters += 1
            index = start
        }
        return letters > 0 ? (letters, index) : nil
    }

    /// The line starting at `start`, when it is one or two capital letters and nothing else: their count and the
    /// line's end.
    private func capitalFragment(startingAt start: Int) -> (letters: Int, lineEnd: Int)? {
        var index = start
        var letters = 0
        while index < scanner.count {
            let (scalar, length) = scanner.scalar(at: index)
            if scalar.isLineBreak { break }
            guard scalar.isUppercaseLetter, letters < 2 else { return nil }
            letters += 1
            index += length
        }
        return letters > 0 ? (letters, index) : nil
    }

    private func isBoundaryAfterPeriod(at period: Int, segmentStart: Int, next: NextWord) -> Bool {
        if next.kind == .lowercase || next.kind == .continuingPunctuation { return false }
        let word = WordBeforePeriod(scanner: scanner, period: period, lowerLimit: segmentStart)
        guard !word.text.isEmpty else { return true }
        // Fast path: a long plain word (no inner period) is no abbreviation, initial or list marker.
        if next.kind == .uppercase, word.text.unicodeScalars.count > Abbreviations.longestPlainEntry,
            !word.text.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") })
        {
            return true
        }
        var lowered = word.text.lowercased()
        // Abbreviations written with a space: "т. е.", "т. п.", "и. о.".
        if word.text.count == 1, let previous = word.previousSingleLetter(scanner: scanner, lowerLimit: segmentStart) {
            let joined = previous.lowercased() + "." + lowered
            if Abbreviations.role(of: joined, language: language) != nil { lowered = joined }
        }

        // A numbered list item: "1. Учите языки." / "12. Paris" / "a. First": one sentence.
        if word.isListMarker, scanner.isLineStart(word.start, segmentStart: segmentStart) { return false }

        let knownRole = Abbreviations.role(of: lowered, language: language)
        if next.kind == .digit {
            // `No. 5`, `ст. 51`, `E.O. 14024`.
            return !(Abbreviations.numberPrefixes.contains(lowered) || knownRole == .continuing || word.isDottedLetters)
        }
        guard next.kind == .uppercase else { return true }
        // `52 долл. США`: the dollar's country goes with it.
        if lowered == "долл", next.lowercasedWord == "сша" { return false }
        let nextOpensSentence = Abbreviations.englishSentenceOpeners.contains(next.lowercasedWord)

        // Initials: "С. В. Лавров", "Antony J. Blinken", "Дж. Байден", "С.В. Лавров".
        // A chain of spaced single-letter initials: "U. S. A. either", "J. R. R. Tolkien".
        if word.text.count == 1, word.text.first?.isUppercase == true {
            let nextStart = scanner.trimmedStart((period + 1)..<scanner.count)
            let (nextLetter, nextLength) = scanner.scalar(at: nextStart)
            if nextLetter.isUppercaseLetter, nextStart + nextLength < scanner.count,
                scanner.bytes[nextStart + nextLength] == UInt8(ascii: ".")
            {
                return false
            }
        }
        if !lowered.contains("."), !word.followsUnitMark, word.isInitials(language: language),
            !(language == .russian && word.isRomanNumeralAfterCyrillic(scanner: scanner, lowerLimit: segmentStart))
        {
            // "...you and I. Did you see him?"
            return language == .english && nextOpensSentence
        }

        guard var role = knownRole ?? (word.isDottedLetters ? .acronym : nil) else { return true }
        // A unit after a number (`2021 г.`, `310 тыс. т.`), in a ratio (`150 км/ч.`, `7 м/с.`) or after a degree sign
        // (`+17°С.`) may end a sentence.
        if role == .continuing, word.followsNumber || word.followsUnitMark, language != .english { role = .ambiguous }
        switch role {
        case .continuing:
            return false
        case .ambiguous:
            // `Company Inc. ("Company A")`: a parenthesis continues.
            if next.startsWithParenthesis { return false }
            // `Напомню, что в 2019 г. Вашингтон вышел…`: a clause that is nothing but its time frame cannot end there.
            if language == .russian, lowered == "г" || lowered == "гг",
                isTimeFrameOnly(clauseBefore: word.start, segmentStart: segmentStart)
            {
                return false
            }
            // "В 2010-2012 гг. Виктор посещал...": a sentence of a few words cannot end at an abbreviation.
            return scanner.wordCount(segmentStart..<period, atMost: 4) > 3
        case .acronym:
            if lowered == "a.m" || lowered == "p.m" {
                return !Abbreviations.continuesAfterTime.contains(next.lowercasedWord)
            }
            return nextOpensSentence
        }
    }

    /// Whether `range` is a line that holds only a speaker label.
    func isLabelOnlyLine(_ range: Range<Int>) -> Bool {
        guard range.count <= 200 else { return false }
        guard scanner.bytes[range.upperBound - 1] == UInt8(ascii: ":") else { return false }
        let line = scanner.string(range)
        return SpeakerLabel.isLabelOnly(line[...])
    }

    /// Whether the word at `offset`, after any opening quotes or brackets, starts with a capital letter.
    static func startsCapitalised(_ scanner: UTF8Scanner, at offset: Int) -> Bool {
        NextWord(scanner: scanner, at: offset).kind == .uppercase
    }
}

/// The first word of the text after a candidate boundary.
struct NextWord {
    /// Whether a web address (`http://`, `https://`, `www.`) starts at `offset`.
    static func startsWithAddress(_ scanner: UTF8Scanner, at offset: Int) -> Bool {
        let rest = UnsafeBufferPointer(rebasing: scanner.bytes[offset..<min(scanner.count, offset + 8)])
        return rest.starts(with: "http://".utf8) || rest.starts(with: "https://".utf8) || rest.starts(with: "www.".utf8)
    }

    enum Kind {
        case uppercase, lowercase, digit, continuingPunctuation, other, end
    }

    let kind: Kind
    let lowercasedWord: String
    var startsWithParenthesis = false

    init(scanner: UTF8Scanner, at offset: Int) {
        var index = scanner.trimmedStart(offset..<scanner.count)
        guard index < scanner.count else {
            kind = .end
            lowercasedWord = ""
            return
        }
        startsWithParenthesis = scanner.bytes[index] == UInt8(ascii: "(")
        let (first, _) = scanner.scalar(at: index)
        if first == "," || first == ";" || first == ":" || first == ")" || first == "%" {
            kind = .continuingPunctuation
            lowercasedWord = ""
            return
        }
        // Skip opening quotes, brackets and dashes.
        var skipped = 0
        while index < scanner.count, skipped < 4 {
            let (scalar, length) = scanner.scalar(at: index)
            guard scalar.isOpeningPunctuation || scalar.isSpaceLike else { break }
            index += length
            skipped += 1
        }
        guard index < scanner.count else {
            kind = .other
            lowercasedWord = ""
            return
        }
        let (scalar, _) = scanner.scalar(at: index)
        if scalar.isUppercaseLetter || SentenceSegmenter.isCamelCase(scanner, at: index)
            || SentenceSegmenter.isDomainName(scanner, at: index)
            || (skipped > 0 && Self.startsWithAddress(scanner, at: index))
        {
            // A web address in brackets after a finished sentence is a citation of its own
            // (`… Creative Commons. (http://www.wikihow.com/…)`).
            kind = .uppercase
        } else if scalar.isLowercaseLetter {
            kind = .lowercase
        } else if scalar.isDecimalDigit {
            kind = .digit
        } else {
            kind = .other
        }
        var end = index
        while end < scanner.count, end - index < 40 {
            let (character, length) = scanner.scalar(at: end)
            guard character.isWordCharacter || character == "'" else { break }
            end += length
        }
        lowercasedWord = scanner.string(index..<end).lowercased()
    }
}

/// The word that ends at a period: `Mr` in `Mr.`, `т.е` in `т.е.`, `U.S` in `U.S.`.
struct WordBeforePeriod {
    let text: String
    let start: Int
    /// Whether a number or a number word (`тыс.`, `млн`…) comes just before the word: `2021 г.`, `310 тыс. т.`.
    let followsNumber: Bool
    /// Whether the word is a unit written against a mark: the second half of a ratio (`ч` in `км/ч`, `с` in `м/с`)
    /// or a temperature scale (`С` in `°С`).
    var followsUnitMark: Bool = false

    init(scanner: UTF8Scanner, period: Int, lowerLimit: Int) {
        var start = period
        var steps = 0
        while start > lowerLimit, steps < 40 {
            let (scalar, scalarStart) = scanner.scalar(before: start)
            guard scalar.isWordCharacter || scalar == "." || scalar == "-" || scalar == "'" || scalar == "№" else {
                break
            }
            start = scalarStart
            steps += 1
        }
        // Leading periods belong to an earlier token ("..Mr").
        while start < period, scanner.bytes[start] == UInt8(ascii: ".") { start += 1 }
        self.start = start
        self.text = scanner.string(start..<period)
        if start > lowerLimit {
            let (before, _) = scanner.scalar(before: start)
            followsUnitMark = before == "/" || before == "°"
        }

        // Is the word before this one a number ("2021 г.", "15 см.") or a number word ("310 тыс. т.")?
        var cursor = start
        var sawSpace = false
        while cursor > lowerLimit {
            let (scalar, scalarStart) = scanner.scalar(before: cursor)
            guard scalar.isSpaceLike else { break }
            sawSpace = true
            cursor = scalarStart
        }
        if sawSpace, cursor > lowerLimit {
            let (scalar, _) = scanner.scalar(before: cursor)
            followsNumber = scalar.isDecimalDigit || Self.endsWithNumberWord(scanner, at: cursor, lowerLimit: lowerLimit)
        } else {
            followsNumber = false
        }
    }

    /// Russian words that stand for a number (`310 тыс. т.`, `2 млн т.`), as UTF-8: a unit after them follows a
    /// number too.
    static let numberWords: [[UInt8]] = ["тыс", "млн", "млрд", "трлн"].map { Array($0.utf8) }

    /// Whether the text before `end` is one of `numberWords` (lower case), with or without its period, after a
    /// non-letter. Compared on bytes: this runs for every period followed by a space.
    static func endsWithNumberWord(_ scanner: UTF8Scanner, at end: Int, lowerLimit: Int) -> Bool {
        var wordEnd = end
        if wordEnd > lowerLimit, scanner.bytes[wordEnd - 1] == UInt8(ascii: ".") { wordEnd -= 1 }
        for word in numberWords where wordEnd - lowerLimit >= word.count {
            let start = wordEnd - word.count
            guard scanner.bytes[start..<wordEnd].elementsEqual(word) else { continue }
            return start == lowerLimit || !scanner.scalar(before: start).scalar.properties.isAlphabetic
        }
        return false
    }

    /// For a one-letter word, the one-letter word and period just before it (`т` in `т. п`), if any.
    func previousSingleLetter(scanner: UTF8Scanner, lowerLimit: Int) -> String? {
        var cursor = start
        guard cursor > lowerLimit else { return nil }
        let (space, spaceStart) = scanner.scalar(before: cursor)
        guard space == " " || space == "\u{A0}" else { return nil }
        cursor = spaceStart
        guard cursor > lowerLimit, scanner.scalar(before: cursor).scalar == "." else { return nil }
        cursor = scanner.scalarStart(before: cursor)
        guard cursor > lowerLimit else { return nil }
        let (letter, letterStart) = scanner.scalar(before: cursor)
        guard letter.properties.isAlphabetic else { return nil }
        if letterStart > lowerLimit, scanner.scalar(before: letterStart).scalar.isWordCharacter { return nil }
        return String(Character(letter))
    }

    /// Single letters joined by periods: `J.C`, `O.J`.
    var isDottedLetters: Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { $0.count == 1 && $0.first!.isLetter }
    }

    /// "1", "12", "a", "IV": a list marker when it starts its segment.
    var isListMarker: Bool {
        guard !text.isEmpty, text.utf8.count <= 6 else { return false }
        // Up to three digits: a four-digit number at a line start is a year (`2012. Image: …`), not an item.
        if text.allSatisfy(\.isNumber) { return text.count <= 3 }
        if text.allSatisfy({ $0.isNumber || $0 == "." }), text.first!.isNumber { return true }
        if text.count == 1, let first = text.first, first.isLetter { return true }
        return text.allSatisfy { "IVXLC".contains($0) }
    }

    /// A Roman numeral of one Latin letter right after a Cyrillic word (`Петр I.`, `Николай II` is two letters and
    /// no initial anyway): a regnal number, not an initial.
    func isRomanNumeralAfterCyrillic(scanner: UTF8Scanner, lowerLimit: Int) -> Bool {
        guard text.count == 1, let letter = text.unicodeScalars.first, "IVX".unicodeScalars.contains(letter) else {
            return false
        }
        var cursor = start
        while cursor > lowerLimit, scanner.scalar(before: cursor).scalar.isSpaceLike { cursor = scanner.scalarStart(before: cursor) }
        guard cursor < start, cursor > lowerLimit else { return false }
        return (0x400...0x4FF).contains(scanner.scalar(before: cursor).scalar.value)
    }

    /// One or more single-letter capitals with periods (`J`, `С.В`), or a two-letter Cyrillic initial (`Дж`).
    func isInitials(language: Language) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.count <= 3 else { return false }
        for part in parts {
            guard let first = part.first, first.isUppercase else { return false }
            if part.count == 1 { continue }
            // Cyrillic two-letter initials: Дж, Ал, Вл, Ст, Ю (written with the following lower-case letter).
            if part.count == 2, part.unicodeScalars.allSatisfy({ (0x400...0x4FF).contains($0.value) }),
                part.last!.isLowercase
            {
                continue
            }
            return false
        }
        // A dotted Latin acronym (U.S, U.N) is an acronym, not initials, when it has several letters.
        if parts.count > 1, parts.allSatisfy({ $0.unicodeScalars.allSatisfy { $0.value < 0x80 } }) {
            return false
        }
        return true
    }
}
