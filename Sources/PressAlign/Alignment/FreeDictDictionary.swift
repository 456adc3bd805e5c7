import Foundation

/// Reads a bilingual FreeDict dictionary from Debian's `dict-freedict-XXX-YYY` packages at run time, when installed
/// (`/usr/share/dictd/freedict-deu-fra.index` and `.dict.dz`; never shipped with PressAlign). Both directions are
/// read when both are installed: `deu-fra` gives German headwords with French translations, `fra-deu` the reverse.
///
/// This is how language pairs other than Russian–English get a lexicon: nothing is wired to one pair; any pair whose
/// FreeDict package is installed uses it.
enum FreeDictDictionary {
    /// Where Debian installs dictd dictionaries.
    static let directory = "/usr/share/dictd"

    /// The dictionary files (index, data) for translating `source` into `target` and the reverse direction, those
    /// that are installed.
    static func files(source: Language, target: Language) -> [(index: String, data: String, reversed: Bool)] {
        guard let from = source.threeLetterCode, let to = target.threeLetterCode else { return [] }
        var found: [(String, String, Bool)] = []
        for (name, reversed) in [("\(from)-\(to)", false), ("\(to)-\(from)", true)] {
            let index = "\(directory)/freedict-\(name).index"
            let data = "\(directory)/freedict-\(name).dict.dz"
            if FileManager.default.fileExists(atPath: index), FileManager.default.fileExists(atPath: data) {
                found.append((index, data, reversed))
            }
        }
        return found
    }

    /// `(source phrase, target phrase)` pairs from every installed direction; empty when none is installed.
    ///
    /// - Throws: `InputError` when an installed file cannot be read or decompressed.
    static func load(source: Language, target: Language) throws -> [(String, String)] {
        var pairs: [(String, String)] = []
        for (index, data, reversed) in files(source: source, target: target) {
            let indexBytes = try SourceText.readBytes(index)
            let dataBytes = Array(try Gzip.decompressFile(data).utf8)
            for (headword, translation) in parse(index: indexBytes, data: dataBytes) {
                pairs.append(reversed ? (translation, headword) : (headword, translation))
            }
        }
        return pairs
    }

    /// Pairs each headword of a dictd index with the translations in its entry.
    ///
    /// An index line is `headword<TAB>offset<TAB>length`, the numbers in dictd's base-64 digits. A FreeDict entry
    /// starts with a header line (`Haus /haʊ̯s/ <n, neut>`), whose headword is used (the index column is
    /// normalised). Without numbered senses, the next line lists the translations and later lines are glosses; with
    /// them (an entry has them when a line starts with `1. `), each `N. ` line numbered in order lists a sense's
    /// translations (a trailing ` N.` opens the next sense, whose translations may be missing) and other lines are
    /// glosses, even when they start with a number (`24. Juni, Fest der Geburt …`). Translations
    /// are separated by commas or semicolons; parenthesised remarks are dropped; at most ten are kept per entry.
    static func parse(index: [UInt8], data: [UInt8]) -> [(String, String)] {
        var pairs: [(String, String)] = []
        pairs.reserveCapacity(200_000)
        for line in index.split(separator: 0x0A) {
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
            guard fields.count == 3, let offset = decodeNumber(fields[1]), let length = decodeNumber(fields[2]),
                offset >= 0, length > 0, offset + length <= data.count
            else { continue }
            let indexed = String(decoding: fields[0], as: UTF8.self)
            if indexed.hasPrefix("00-database") || indexed.hasPrefix("00database") { continue }
            let entry = data[offset..<(offset + length)]
            // The index column is normalised by dictfmt (lower case, no hyphens or apostrophes: `aujourdhui`,
            // `abatjour`); the entry's header line has the word as written.
            let headword = headword(in: entry) ?? indexed
            // Multi-word, hyphenated and elided headwords (`abat-jour`, `aujourd’hui`, `c’est cela`) are left out:
            // the lexicon would pair each of their parts with the whole translation (measured on Text+Berg: 0.835
            // without them, 0.826 with them).
            if headword.contains(where: { $0 == " " || $0 == "-" || $0 == "'" || $0 == "’" }) { continue }
            for translation in translations(in: entry) {
                pairs.append((headword, translation))
            }
        }
        return pairs
    }

    /// The headword as written on an entry's header line: the text before its pronunciation (` /…/`) or its part of
    /// speech (` <…>`); `nil` when the line has neither.
    static func headword(in entry: ArraySlice<UInt8>) -> String? {
        let header = entry.prefix { $0 != 0x0A }
        var end = header.startIndex
        while end < header.endIndex {
            if header[end] == 0x20, end + 1 < header.endIndex, header[end + 1] == 0x2F || header[end + 1] == 0x3C { break }
            end += 1
        }
        guard end < header.endIndex, end > header.startIndex else { return nil }
        return String(decoding: header[header.startIndex..<end], as: UTF8.self)
    }

    /// The translations listed in one entry (see `parse(index:data:)`).
    static func translations(in entry: ArraySlice<UInt8>) -> [String] {
        let lines = entry.split(separator: 0x0A).map { String(decoding: $0, as: UTF8.self) }
        guard lines.count >= 2 else { return [] }
        let body = lines.dropFirst()
        // Senses are numbered 1., 2., 3. … in order; a gloss that starts with another number (`23. Juni …`) is not a
        // sense.
        let numbered = body.contains { senseNumberEnd(in: $0)?.number == 1 }
        var nextSense = 1
        var listed: [String] = []
        for (position, line) in body.enumerated() {
            var text: Substring
            if numbered, let (number, end) = senseNumberEnd(in: line), number == nextSense {
                text = line[end...]
                nextSense += 1
            } else if !numbered && position == 0 {
                text = Substring(line)
            } else {
                continue
            }
            // A trailing ` 2.` opens the next sense.
            if let last = text.lastIndex(of: " "), text[text.index(after: last)...].allSatisfy({ $0.isNumber || $0 == "." }),
                text.hasSuffix(".")
            {
                text = text[..<last]
            }
            listed += items(in: text)
        }
        return Array(listed.prefix(10))
    }

    /// The number of a leading `N. ` and where the text after it starts, or `nil` when the line does not start so.
    static func senseNumberEnd(in line: String) -> (number: Int, end: String.Index)? {
        let trimmed = line.drop { $0 == " " }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, trimmed[digits.endIndex...].hasPrefix("."), let number = Int(digits) else { return nil }
        var end = trimmed.index(after: digits.endIndex)
        while end < trimmed.endIndex, trimmed[end] == " " { end = trimmed.index(after: end) }
        return (number, end)
    }

    /// The comma- or semicolon-separated items of a translation list, without parenthesised remarks.
    static func items(in text: Substring) -> [String] {
        var cleaned = ""
        var depth = 0
        for character in text {
            switch character {
            case "(", "[": depth += 1
            case ")", "]": depth = max(0, depth - 1)
            default: if depth == 0 { cleaned.append(character) }
            }
        }
        return cleaned.split(whereSeparator: { $0 == "," || $0 == ";" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && $0.split(separator: " ").count <= 3 }
    }

    /// A number in dictd's base 64 (`A`–`Z`, `a`–`z`, `0`–`9`, `+`, `/`; most significant digit first).
    static func decodeNumber(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.count <= 10 else { return nil }
        var value = 0
        for byte in digits {
            let digit: Int
            switch byte {
            case 0x41...0x5A: digit = Int(byte) - 0x41
            case 0x61...0x7A: digit = Int(byte) - 0x61 + 26
            case 0x30...0x39: digit = Int(byte) - 0x30 + 52
            case 0x2B: digit = 62
            case 0x2F: digit = 63
            default: return nil
            }
            value = value * 64 + digit
        }
        return value
    }
}
