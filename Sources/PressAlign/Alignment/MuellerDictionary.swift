import Foundation

/// Reads Müller's English–Russian dictionary from Debian's `mueller7-dict` package at run time, when installed
/// (`/usr/share/dictd/mueller7.dict.dz`, GPL; never shipped with PressAlign).
enum MuellerDictionary {
    /// Where Debian installs the dictionary.
    static let path = "/usr/share/dictd/mueller7.dict.dz"

    /// `(russian, english)` word pairs: each headword against the Russian words of its entry.
    ///
    /// - Throws: when the file is missing or cannot be decompressed.
    static func load() throws -> [(String, String)] {
        guard FileManager.default.fileExists(atPath: path) else { throw InputError(file: path, problem: "not installed") }
        let bytes = Array(try Gzip.decompressFile(path).utf8)
        return parse(bytes)
    }

    /// Parses dictd text. Entries start with an unindented headword line; the body is indented. In the body,
    /// `_attr.`-style labels and parenthesised explanations are skipped; every other Cyrillic word is a translation
    /// (the first thirty of an entry are kept). Works on UTF-8 bytes: Cyrillic letters are two bytes, D0 or D1 first.
    static func parse(_ bytes: [UInt8]) -> [(String, String)] {
        var pairs: [(String, String)] = []
        pairs.reserveCapacity(400_000)
        var headword: String? = nil
        var taken = 0
        var lineStart = 0
        let count = bytes.count
        while lineStart < count {
            var lineEnd = lineStart
            while lineEnd < count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            guard lineEnd > lineStart else { continue }
            let first = bytes[lineStart]
            if first != 0x20 && first != 0x09 {
                // A headword: ASCII letters and hyphens only.
                let isWord = lineEnd - lineStart <= 30
                    && bytes[lineStart..<lineEnd].allSatisfy { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || $0 == 0x2D }
                headword = isWord ? String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self).lowercased() : nil
                taken = 0
                continue
            }
            guard let english = headword, taken < 30 else { continue }
            var depth = 0
            var inLabel = false
            var wordStart = -1
            var index = lineStart
            func flush(_ end: Int) {
                if wordStart >= 0, end - wordStart >= 6, !inLabel, depth == 0, taken < 30 {
                    pairs.append((String(decoding: bytes[wordStart..<end], as: UTF8.self), english))
                    taken += 1
                }
                wordStart = -1
            }
            while index < lineEnd {
                let byte = bytes[index]
                if (byte == 0xD0 || byte == 0xD1), index + 1 < lineEnd {
                    if wordStart < 0 { wordStart = index }
                    index += 2
                    continue
                }
                flush(index)
                switch byte {
                case 0x28: depth += 1
                case 0x29: depth = max(0, depth - 1)
                case 0x5F: inLabel = true
                case 0x20, 0x3B, 0x2C: inLabel = false
                default: break
                }
                index += 1
            }
            flush(lineEnd)
        }
        return pairs
    }
}
