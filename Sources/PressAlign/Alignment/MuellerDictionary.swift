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
        let text = try Gzip.decompressFile(path)
        var pairs: [(String, String)] = []
        pairs.reserveCapacity(200_000)
        // Entries start with an unindented headword line; the body is indented. In the body, `_attr.`-style labels
        // and parenthesised explanations are skipped; every other Cyrillic word is a translation (the first thirty of
        // an entry are kept).
        var headword: String? = nil
        var taken = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.first != " " && line.first != "\t" {
                let word = line.trimmingWhitespace()
                headword = word.count <= 30 && word.allSatisfy({ $0.isLetter || $0 == "-" }) ? word.lowercased() : nil
                taken = 0
                continue
            }
            guard let english = headword, taken < 30 else { continue }
            var current = ""
            var depth = 0
            var inLabel = false
            func flush() {
                if current.count >= 3, !inLabel, depth == 0, taken < 30 {
                    pairs.append((current, english))
                    taken += 1
                }
                current = ""
            }
            for character in line {
                let isCyrillic = character.unicodeScalars.allSatisfy {
                    (0x430...0x44F).contains($0.value) || $0.value == 0x451 || (0x410...0x42F).contains($0.value)
                }
                if isCyrillic {
                    current.append(character)
                    continue
                }
                flush()
                switch character {
                case "(": depth += 1
                case ")": depth = max(0, depth - 1)
                case "_": inLabel = true
                case " ", ";", ",": inLabel = false
                default: break
                }
            }
            flush()
        }
        return pairs
    }
}
