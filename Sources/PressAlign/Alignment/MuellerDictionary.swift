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
        // Entries start with an unindented headword line; the body is indented.
        var headword: String? = nil
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.first != " " && line.first != "\t" {
                let word = line.trimmingWhitespace()
                headword = word.count <= 30 && word.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" })
                    && !word.contains(" ") ? word.lowercased() : nil
                continue
            }
            guard let english = headword else { continue }
            // Only the first senses' Russian words: cut at the first example marker.
            var words: [String] = []
            var current = ""
            for character in line {
                if character.unicodeScalars.allSatisfy({ (0x430...0x44F).contains($0.value) || $0.value == 0x451 }) {
                    current.append(character)
                } else {
                    if current.count >= 3 { words.append(current) }
                    current = ""
                    if character == "_" || character == "~" { break }
                }
            }
            if current.count >= 3 { words.append(current) }
            for russian in words.prefix(6) { pairs.append((russian, english)) }
        }
        return pairs
    }
}
