import CICUShim

extension Language {
    /// The ISO 639-3 (three-letter) code ICU gives for this language (`de` → `deu`), or `nil` when it knows none.
    /// FreeDict names its dictionaries by these codes.
    public var threeLetterCode: String? {
        var buffer = [CChar](repeating: 0, count: 16)
        let length = pa_iso3_language(rawValue, &buffer, Int32(buffer.count))
        guard length > 0 else { return nil }
        return String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
