import CStemmer
import Foundation

/// Owns one Snowball stemmer (libstemmer). Not Sendable and not thread-safe: one per task.
final class SnowballStemmer {
    private let handle: OpaquePointer

    /// Opens the stemmer for an ISO 639 code or Snowball algorithm name (`ru`, `en`, `de`, `french`...); `nil` when
    /// Snowball has no stemmer for that language.
    init?(language: String) {
        guard let raw = sb_stemmer_new(language, "UTF_8") else { return nil }
        handle = raw
    }

    deinit {
        sb_stemmer_delete(handle)
    }

    /// The stem of a case-folded word (Snowball is case-sensitive: fold first).
    func stem(_ word: String) -> String {
        let result: String? = word.utf8.withContiguousStorageIfAvailable { bytes -> String in
            guard let base = bytes.baseAddress, let stemmed = sb_stemmer_stem(handle, base, Int32(bytes.count)) else {
                return word
            }
            let length = Int(sb_stemmer_length(handle))
            // Unchanged words (most English ones) keep their string.
            if length == bytes.count, memcmp(stemmed, base, length) == 0 { return word }
            return String(decoding: UnsafeBufferPointer(start: stemmed, count: length), as: UTF8.self)
        }
        if let result { return result }
        var copy = word
        return copy.withUTF8 { bytes -> String in
            guard let base = bytes.baseAddress, let stemmed = sb_stemmer_stem(handle, base, Int32(bytes.count)) else {
                return word
            }
            return String(decoding: UnsafeBufferPointer(start: stemmed, count: Int(sb_stemmer_length(handle))), as: UTF8.self)
        }
    }
}
