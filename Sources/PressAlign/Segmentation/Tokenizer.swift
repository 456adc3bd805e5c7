/// Splits text into tokens with ICU's word boundaries, and normalises and stems them.
///
/// Sendable and cheap to copy: every call opens its own ICU iterator and Snowball stemmer. To tokenise many sentences,
/// use `tokens(inEach:)`, which opens them once.
public struct Tokenizer: Sendable {
    /// The language whose stemmer applies.
    public let language: Language

    /// Creates a tokenizer for `language`.
    public init(language: Language) {
        self.language = language
    }

    /// The tokens of `text`, white space excluded.
    ///
    /// - Parameter byteOffset: Added to every byte range.
    /// - Throws: `NativeLibraryError` if ICU cannot open its word rules.
    /// - Complexity: O(n).
    public func tokens(in text: String, byteOffset: Int = 0) throws(NativeLibraryError) -> [Token] {
        let session = try Session(language: language)
        return session.tokens(in: text, byteOffset: byteOffset)
    }

    /// The tokens of each sentence, in order, with byte ranges in the sentences' input.
    ///
    /// - Complexity: O(total length).
    public func tokens(inEach sentences: [Sentence]) throws(NativeLibraryError) -> [[Token]] {
        let session = try Session(language: language)
        return sentences.map { session.tokens(in: $0.text, byteOffset: $0.byteRange.lowerBound) }
    }

    /// The normalised form of a word: NFKC case fold, `ё` → `е`, soft hyphens removed.
    ///
    /// Basic Latin and Cyrillic take a fast path that gives the same result as ICU.
    public static func normalize(_ text: some StringProtocol) -> String {
        var fast = true
        var needsWork = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x61...0x7A, 0x30...0x39, 0x430...0x435, 0x436...0x44F: continue
            case 0x41...0x5A, 0x410...0x42F, 0x401, 0x451: needsWork = true
            case 0x20...0x7E: continue
            default: fast = false
            }
            if !fast { break }
        }
        if fast && !needsWork { return String(text) }
        if fast {
            var scalars = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                switch scalar.value {
                case 0x41...0x5A, 0x410...0x42F: scalars.append(Unicode.Scalar(scalar.value + 0x20)!)
                case 0x401, 0x451: scalars.append("е")
                default: scalars.append(scalar)
                }
            }
            return String(scalars)
        }
        let folded = UnicodeFolding.nfkcCasefold(Substring(text))
        guard folded.unicodeScalars.contains(where: { $0 == "ё" }) else { return folded }
        return String(String.UnicodeScalarView(folded.unicodeScalars.map { $0 == "ё" ? "е" : $0 }))
    }

    /// One iterator and stemmer, used for many texts on one task.
    final class Session {
        let iterator: BreakIterator
        let stemmer: SnowballStemmer?

        init(language: Language) throws(NativeLibraryError) {
            iterator = try BreakIterator(kind: .word, locale: language.rawValue)
            stemmer = SnowballStemmer(language: language.rawValue)
        }

        func tokens(in text: String, byteOffset: Int) -> [Token] {
            var copy = text
            return copy.withUTF8 { buffer -> [Token] in
                let scanner = UTF8Scanner(bytes: buffer)
                var tokens: [Token] = []
                var start = 0
                // forEachBoundary only throws when ICU rejects the text, which valid UTF-8 cannot cause.
                try? iterator.forEachBoundary(in: buffer) { end, status in
                    defer { start = end }
                    guard end > start else { return }
                    let (first, _) = scanner.scalar(at: start)
                    if first.isSpaceLike { return }
                    let kind: Token.Kind
                    switch status {
                    case 100..<200: kind = .number
                    case 200...: kind = .word
                    default:
                        switch first.properties.generalCategory {
                        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: kind = .symbol
                        case .decimalNumber, .otherNumber, .letterNumber: kind = .number
                        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .otherLetter, .modifierLetter:
                            kind = .word
                        default: kind = .punctuation
                        }
                    }
                    let text = scanner.string(start..<end)
                    let normalized = kind == .punctuation ? text : Tokenizer.normalize(text)
                    let stem = kind == .word ? (stemmer?.stem(normalized) ?? normalized) : normalized
                    tokens.append(
                        Token(text: text, kind: kind, normalized: normalized, stem: stem,
                              byteRange: (start + byteOffset)..<(end + byteOffset)))
                }
                return tokens
            }
        }
    }
}
