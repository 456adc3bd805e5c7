/// A natural language, identified by its ISO 639-1 code (`ru`, `en`, `de`...).
///
/// Russian and English have tuned segmentation rules; any other code gets ICU's generic rules and, where Snowball has
/// one, a stemmer.
public struct Language: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// The lower-case ISO 639 code, also used as the ICU locale and the Snowball algorithm name.
    public let rawValue: String

    /// Creates a language from an ISO 639 code; the code is lower-cased.
    public init(rawValue: String) {
        self.rawValue = rawValue.lowercased()
    }

    /// Creates a language from a string literal such as `"ru"`.
    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }

    /// The ISO code.
    public var description: String { rawValue }

    /// Russian.
    public static let russian = Language(rawValue: "ru")
    /// English.
    public static let english = Language(rawValue: "en")

    /// Guesses the language of `text` from its script: Cyrillic letters make it Russian, Latin letters English.
    ///
    /// Only the first 64 KiB of letters are looked at.
    /// - Returns: `.russian`, `.english`, or `nil` when the text has no Cyrillic or Latin letters.
    /// - Complexity: O(min(n, 65536)).
    public static func detect(in text: some StringProtocol) -> Language? {
        var cyrillic = 0
        var latin = 0
        for scalar in text.unicodeScalars.prefix(65_536) {
            switch scalar.value {
            case 0x41...0x5A, 0x61...0x7A: latin += 1
            case 0x400...0x4FF: cyrillic += 1
            default: continue
            }
        }
        if cyrillic == 0 && latin == 0 { return nil }
        return cyrillic * 2 >= latin ? .russian : .english
    }
}
