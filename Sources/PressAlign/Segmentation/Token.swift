/// One word, number, punctuation mark or symbol of a text, with its normalised form and stem.
public struct Token: Sendable, Hashable {
    /// What kind of token it is, from ICU's word-break rule status and the Unicode category.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Letters (including words with inner periods or apostrophes such as `т.е`, `С.В.Лавров`, `don't`).
        case word
        /// A number (`2021`, `3,5`, `1.5`).
        case number
        /// Punctuation (`.`, `«`, `—`).
        case punctuation
        /// Any other symbol (`$`, `%`, `№`, `+`).
        case symbol
    }

    /// The token as written.
    public var text: String
    /// The token's kind.
    public var kind: Kind
    /// NFKC case-folded, `ё` folded to `е`, soft hyphens removed.
    public var normalized: String
    /// The Snowball stem of `normalized` for words (the normalised form itself for other kinds or when the language has
    /// no stemmer).
    public var stem: String
    /// Where the token is in the input, as UTF-8 byte offsets.
    public var byteRange: Range<Int>

    /// Creates a token.
    public init(text: String, kind: Kind, normalized: String, stem: String, byteRange: Range<Int>) {
        self.text = text
        self.kind = kind
        self.normalized = normalized
        self.stem = stem
        self.byteRange = byteRange
    }
}
