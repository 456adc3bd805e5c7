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

    /// Creates a segmenter for `language` (Russian and English are tuned; others use generic rules).
    public init(language: Language) {
        self.language = language
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
        if language == .english {
            candidates = Self.merging(candidates, with: DatelineFinder.boundaries(in: scanner))
        }

        var rules = BoundaryRules(scanner: scanner, language: language)
        var result: [Range<Int>] = []
        var start = 0
        var pendingLabel: Int? = nil
        for candidate in candidates where candidate > start {
            if candidate < buffer.count && !rules.isBoundary(at: candidate, segmentStart: start) {
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
            let isEllipsis = byte == 0xE2 && index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA6
            guard isEllipsis || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!")
            else {
                index += 1
                continue
            }
            var cursor = index + (isEllipsis ? 3 : 1)
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
            } else if first.isDecimalDigit {
                result.append(wordStart)
            } else if first == "—" || first == "–" || first == "-" {
                let after = scanner.trimmedStart((wordStart + firstLength)..<count)
                if after > wordStart + firstLength, after < count, scanner.scalar(at: after).scalar.isUppercaseLetter {
                    result.append(wordStart)
                }
            }
        }
        return result
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

    /// Whether the candidate boundary at `offset` (the start of the next sentence) is real.
    mutating func isBoundary(at offset: Int, segmentStart: Int) -> Bool {
        let contentEnd = scanner.trimmedEnd(segmentStart..<offset)
        guard contentEnd > segmentStart else { return true }
        if scanner.containsLineBreak(contentEnd..<offset) { return true }
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
        switch terminator {
        case "?", "!", "‼", "⁇", "⁈", "⁉":
            // `"Are we done?" he asked.` / `«Когда?» — спросил он.`: the sentence goes on.
            if next.kind == .lowercase || next.kind == .continuingPunctuation { return false }
            return true
        case "…":
            return next.kind == .uppercase || next.kind == .other
        case ".":
            if terminatorStart > segmentStart, scanner.scalar(before: terminatorStart).scalar == "." {
                // "..." ellipsis: ICU already broke only before a capital.
                return next.kind != .lowercase
            }
            if closed {
                // "1.) The first item": a list marker.
                let word = WordBeforePeriod(scanner: scanner, period: terminatorStart, lowerLimit: segmentStart)
                if word.isListMarker, scanner.isLineStart(word.start, segmentStart: segmentStart) { return false }
                // A period inside closing quotes or brackets ends the sentence unless lower case follows.
                return next.kind != .lowercase && next.kind != .continuingPunctuation
            }
            return isBoundaryAfterPeriod(at: terminatorStart, segmentStart: segmentStart, next: next)
        default:
            return true
        }
    }

    private func isBoundaryAfterPeriod(at period: Int, segmentStart: Int, next: NextWord) -> Bool {
        if next.kind == .lowercase || next.kind == .continuingPunctuation { return false }
        let word = WordBeforePeriod(scanner: scanner, period: period, lowerLimit: segmentStart)
        guard !word.text.isEmpty else { return true }
        let lowered = word.text.lowercased()

        // A numbered list item: "1. Учите языки." / "12. Paris" / "a. First": one sentence.
        if word.isListMarker, scanner.isLineStart(word.start, segmentStart: segmentStart) { return false }

        let knownRole = Abbreviations.role(of: lowered, language: language)
        if next.kind == .digit {
            return !(Abbreviations.numberPrefixes.contains(lowered) || knownRole == .continuing)
        }
        guard next.kind == .uppercase else { return true }
        let nextOpensSentence = Abbreviations.englishSentenceOpeners.contains(next.lowercasedWord)

        // Initials: "С. В. Лавров", "Antony J. Blinken", "Дж. Байден", "С.В. Лавров".
        if word.isInitials(language: language) {
            // "...you and I. Did you see him?"
            return language == .english && nextOpensSentence
        }

        guard var role = knownRole ?? (word.isDottedLetters ? .acronym : nil) else { return true }
        if role == .continuing, word.followsNumber, language != .english { role = .ambiguous }
        switch role {
        case .continuing:
            return false
        case .ambiguous:
            // "В 2010-2012 гг. Виктор посещал...": a sentence of a few words cannot end at an abbreviation.
            return scanner.wordCount(segmentStart..<period, atMost: 4) > 3
        case .acronym:
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
    enum Kind {
        case uppercase, lowercase, digit, continuingPunctuation, other, end
    }

    let kind: Kind
    let lowercasedWord: String

    init(scanner: UTF8Scanner, at offset: Int) {
        var index = scanner.trimmedStart(offset..<scanner.count)
        guard index < scanner.count else {
            kind = .end
            lowercasedWord = ""
            return
        }
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
        if scalar.isUppercaseLetter {
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
    let followsNumber: Bool

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

        // Is the word before this one a number ("2021 г.", "15 см.")?
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
            followsNumber = scalar.isDecimalDigit
        } else {
            followsNumber = false
        }
    }

    /// Single letters joined by periods: `J.C`, `O.J`.
    var isDottedLetters: Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { $0.count == 1 && $0.first!.isLetter }
    }

    /// "1", "12", "a", "IV": a list marker when it starts its segment.
    var isListMarker: Bool {
        guard !text.isEmpty, text.utf8.count <= 4 else { return false }
        if text.allSatisfy(\.isNumber) { return true }
        if text.count == 1, let first = text.first, first.isLowercase { return true }
        return text.allSatisfy { "IVXLC".contains($0) }
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
