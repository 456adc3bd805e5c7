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
        if let fast = fastNormalize(text) { return fast }
        let folded = UnicodeFolding.nfkcCasefold(Substring(text))
        guard folded.unicodeScalars.contains(where: { $0 == "ё" }) else { return folded }
        return String(String.UnicodeScalarView(folded.unicodeScalars.map { $0 == "ё" ? "е" : $0 }))
    }

    /// Lower-casing on UTF-8 bytes for printable ASCII and the basic Cyrillic alphabet (А-я, Ё, ё), where it equals
    /// NFKC_Casefold plus ё → е; `nil` for anything else.
    static func fastNormalize(_ text: some StringProtocol) -> String? {
        // Most tokens are already lower case: check first, copy only when something changes.
        var needsChange = false
        var previous: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case 0x41...0x5A: needsChange = true
            case 0x20...0x7E, 0xD0, 0xD1: break
            case 0x80...0xBF:
                if previous == 0xD0 {
                    if byte < 0xB0 { needsChange = true }  // А-Я, Ё
                } else if previous == 0xD1 {
                    if byte == 0x91 { needsChange = true } else if byte > 0x8F { return nil }
                } else {
                    return nil
                }
            default: return nil
            }
            previous = byte
            if needsChange { break }
        }
        if !needsChange { return String(text) }
        var changed = false
        var bytes: [UInt8] = []
        var iterator = text.utf8.makeIterator()
        var index = 0
        bytes.reserveCapacity(text.utf8.count)
        while let byte = iterator.next() {
            index += 1
            switch byte {
            case 0x41...0x5A:
                bytes.append(byte + 0x20)
                changed = true
            case 0x20...0x7E:
                bytes.append(byte)
            case 0xD0:
                guard let second = iterator.next() else { return nil }
                switch second {
                case 0x90...0x9F: bytes.append(0xD0); bytes.append(second + 0x20); changed = true  // А-П → а-п
                case 0xA0...0xAF: bytes.append(0xD1); bytes.append(second - 0x20); changed = true  // Р-Я → р-я
                case 0xB0...0xBF: bytes.append(0xD0); bytes.append(second)  // а-п
                case 0x81: bytes.append(0xD0); bytes.append(0xB5); changed = true  // Ё → е
                default: return nil
                }
            case 0xD1:
                guard let second = iterator.next() else { return nil }
                switch second {
                case 0x80...0x8F: bytes.append(0xD1); bytes.append(second)  // р-я
                case 0x91: bytes.append(0xD0); bytes.append(0xB5); changed = true  // ё → е
                default: return nil
                }
            default:
                return nil
            }
        }
        return changed ? String(decoding: bytes, as: UTF8.self) : String(text)
    }

    /// A token's kind from ICU's word-break rule status and its first scalar.
    @inline(__always)
    static func kind(first: Unicode.Scalar, ruleStatus status: Int32) -> Token.Kind {
        switch status {
        case 100..<200: return .number
        case 200...: return .word
        case _ where first.value < 0x80:
            // ASCII: letters and digits come with a rule status; the rest is punctuation or a symbol.
            return "$+<=>^`|~".unicodeScalars.contains(first) ? .symbol
                : ((0x30...0x39).contains(first.value) ? .number : .punctuation)
        default:
            switch first.properties.generalCategory {
            case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: return .symbol
            case .decimalNumber, .otherNumber, .letterNumber: return .number
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .otherLetter, .modifierLetter: return .word
            default: return .punctuation
            }
        }
    }

    /// One iterator and stemmer, used for many texts on one task.
    final class Session {
        let iterator: BreakIterator
        let stemmer: SnowballStemmer?

        /// Stems already computed: running text repeats most of its words, and a look-up costs less than Snowball.
        private var stems: [ByteKey: String] = [:]

        init(language: Language) throws(NativeLibraryError) {
            iterator = try BreakIterator(kind: .word, locale: language.rawValue)
            stemmer = SnowballStemmer(language: language.rawValue)
        }

        /// The stem of a normalised word, from the cache when seen before (the cache is emptied at 100,000 words, so
        /// its memory stays bounded).
        func stem(_ normalized: String) -> String {
            guard let stemmer else { return normalized }
            let key = ByteKey(normalized)
            if let cached = stems[key] { return cached }
            let stem = stemmer.stem(normalized)
            if stems.count >= 100_000 { stems.removeAll(keepingCapacity: true) }
            stems[key] = stem
            return stem
        }

        func tokens(in text: String, byteOffset: Int) -> [Token] {
            var copy = text
            return copy.withUTF8 { buffer -> [Token] in
                let scanner = UTF8Scanner(bytes: buffer)
                var tokens: [Token] = []
                forEachToken(in: buffer) { range, kind in
                    let text = scanner.string(range)
                    let normalized = kind == .punctuation ? text : Tokenizer.normalize(text)
                    let stem = kind == .word ? self.stem(normalized) : normalized
                    tokens.append(
                        Token(text: text, kind: kind, normalized: normalized, stem: stem,
                              byteRange: (range.lowerBound + byteOffset)..<(range.upperBound + byteOffset)))
                }
                return tokens
            }
        }

        /// The byte range and kind of every token of `buffer`, white space excluded, without building strings (for
        /// callers that look words up by their bytes).
        func forEachToken(in buffer: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>, Token.Kind) -> Void) {
            let scanner = UTF8Scanner(bytes: buffer)
            var start = 0
            // forEachBoundary only throws when ICU rejects the text, which valid UTF-8 cannot cause.
            try? iterator.forEachBoundary(in: buffer) { end, status in
                defer { start = end }
                guard end > start else { return }
                let (first, _) = scanner.scalar(at: start)
                if first.isSpaceLike { return }
                body(start..<end, Tokenizer.kind(first: first, ruleStatus: status))
            }
        }
    }
}
