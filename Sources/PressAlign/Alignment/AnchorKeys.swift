/// Language-independent evidence in a sentence: numbers by value, names by consonant skeleton.
enum AnchorKeys {
    /// Canonical values of the numbers in `text`: `1 200`, `1,200` and `1200` all give `1200`; `2,5` (Russian) and
    /// `2.5` (English) give `2.5`.
    static func numbers(in text: some StringProtocol, language: Language) -> [String] {
        var copy = String(text)
        return copy.withUTF8 { numbers(utf8: $0, decimalComma: language != .english) }
    }

    /// `numbers(in:language:)` on UTF-8 bytes: digits, `,` and `.` are ASCII, and the group separators beyond ASCII
    /// (U+00A0, U+2009, U+202F) are recognised by their byte sequences.
    static func numbers(utf8 bytes: UnsafeBufferPointer<UInt8>, decimalComma: Bool) -> [String] {
        let count = bytes.count
        func isDigit(_ index: Int) -> Bool { index < count && bytes[index] >= 0x30 && bytes[index] <= 0x39 }
        // Most sentences hold no digit at all.
        guard bytes.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return [] }
        /// The width in bytes of a thousands separator at `index`, if one is there.
        func separatorWidth(at index: Int) -> Int? {
            guard index < count else { return nil }
            switch bytes[index] {
            case 0x20: return 1
            case UInt8(ascii: ","): return decimalComma ? nil : 1
            case UInt8(ascii: "."): return decimalComma ? 1 : nil
            case 0xC2: return index + 1 < count && bytes[index + 1] == 0xA0 ? 2 : nil
            case 0xE2:
                guard index + 2 < count, bytes[index + 1] == 0x80 else { return nil }
                return bytes[index + 2] == 0xAF || bytes[index + 2] == 0x89 ? 3 : nil
            default: return nil
            }
        }
        var result: [String] = []
        var index = 0
        while index < count {
            guard isDigit(index), index == 0 || !isDigit(index - 1) else {
                index += 1
                continue
            }
            var integer: [UInt8] = []
            var fraction: [UInt8] = []
            var cursor = index
            while isDigit(cursor) {
                integer.append(bytes[cursor])
                cursor += 1
            }
            // Thousands groups: a separator followed by exactly three digits.
            while let width = separatorWidth(at: cursor), isDigit(cursor + width), isDigit(cursor + width + 1),
                isDigit(cursor + width + 2), !isDigit(cursor + width + 3)
            {
                integer += bytes[(cursor + width)..<(cursor + width + 3)]
                cursor += width + 3
            }
            if cursor + 1 < count, bytes[cursor] == UInt8(ascii: decimalComma ? "," : "."), isDigit(cursor + 1) {
                cursor += 1
                while isDigit(cursor) {
                    fraction.append(bytes[cursor])
                    cursor += 1
                }
            }
            let significant = integer.drop { $0 == UInt8(ascii: "0") }
            let digits = significant.isEmpty ? integer.suffix(1) : significant
            while fraction.last == UInt8(ascii: "0") { fraction.removeLast() }
            result.append(String(decoding: digits, as: UTF8.self)
                + (fraction.isEmpty ? "" : "." + String(decoding: fraction, as: UTF8.self)))
            index = cursor
        }
        return result
    }

    /// A spelling-independent key for a name: Latin letters (transliterated first when Cyrillic), with look-alike
    /// letters merged and vowels dropped, at most four consonants: `Блинкена` and `Blinken` give `blnk`;
    /// `Вашингтон` and `Washington` give `vshn`; `nil` for keys shorter than three.
    static func nameSkeleton(latin: String) -> String? {
        latin.utf8.allSatisfy({ $0 < 0x80 }) ? asciiNameSkeleton(Array(latin.utf8)) : characterNameSkeleton(latin)
    }

    /// `nameSkeleton(latin:)` on `Character`s, for text beyond ASCII.
    static func characterNameSkeleton(_ latin: String) -> String? {
        var letters: [Character] = []
        let lower = latin.lowercased()
        var previous: Character = " "
        var characters = Array(lower)
        var index = 0
        // Digraphs first.
        var simplified: [Character] = []
        while index < characters.count {
            let character = characters[index]
            let next: Character = index + 1 < characters.count ? characters[index + 1] : " "
            switch (character, next) {
            case ("p", "h"): simplified.append("f"); index += 2; continue
            case ("k", "h"), ("c", "h"): simplified.append("h"); index += 2; continue
            case ("s", "h"): simplified.append("s"); index += 2; continue
            case ("z", "h"): simplified.append("z"); index += 2; continue
            case ("c", "k"): simplified.append("k"); index += 2; continue
            case ("t", "s"): simplified.append("c"); index += 2; continue
            default: break
            }
            simplified.append(character)
            index += 1
        }
        characters = simplified
        for (position, character) in characters.enumerated() {
            guard character.isASCII, character.isLetter else { continue }
            var mapped = character
            switch character {
            case "w": mapped = "v"
            case "q", "c", "g": mapped = character == "g" ? "g" : "k"
            case "x": mapped = "k"
            default: break
            }
            let isVowel = "aeiouyj".contains(mapped)
            if isVowel && position > 0 { continue }
            if isVowel { mapped = "a" }
            if mapped == previous { continue }
            previous = mapped
            letters.append(mapped)
            if letters.count == 4 { break }
        }
        return letters.count >= 3 ? String(letters) : nil
    }

    /// `nameSkeleton(latin:)` for ASCII text, on bytes (the same rules; names are ASCII after transliteration, and
    /// working on `Character`s cost about 20,000 instructions a name).
    static func asciiNameSkeleton(_ text: [UInt8]) -> String? {
        let bytes = text.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
        // Digraphs first.
        var simplified: [UInt8] = []
        simplified.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let next: UInt8 = index + 1 < bytes.count ? bytes[index + 1] : 0x20
            switch (byte, next) {
            case (UInt8(ascii: "p"), UInt8(ascii: "h")): simplified.append(UInt8(ascii: "f")); index += 2; continue
            case (UInt8(ascii: "k"), UInt8(ascii: "h")), (UInt8(ascii: "c"), UInt8(ascii: "h")):
                simplified.append(UInt8(ascii: "h")); index += 2; continue
            case (UInt8(ascii: "s"), UInt8(ascii: "h")): simplified.append(UInt8(ascii: "s")); index += 2; continue
            case (UInt8(ascii: "z"), UInt8(ascii: "h")): simplified.append(UInt8(ascii: "z")); index += 2; continue
            case (UInt8(ascii: "c"), UInt8(ascii: "k")): simplified.append(UInt8(ascii: "k")); index += 2; continue
            case (UInt8(ascii: "t"), UInt8(ascii: "s")): simplified.append(UInt8(ascii: "c")); index += 2; continue
            default: break
            }
            simplified.append(byte)
            index += 1
        }
        var letters: [UInt8] = []
        var previous = UInt8(ascii: " ")
        for (position, byte) in simplified.enumerated() {
            guard (0x61...0x7A).contains(byte) else { continue }
            var mapped = byte
            switch byte {
            case UInt8(ascii: "w"): mapped = UInt8(ascii: "v")
            case UInt8(ascii: "q"), UInt8(ascii: "c"), UInt8(ascii: "x"): mapped = UInt8(ascii: "k")
            default: break
            }
            let isVowel = "aeiouyj".utf8.contains(mapped)
            if isVowel && position > 0 { continue }
            if isVowel { mapped = UInt8(ascii: "a") }
            if mapped == previous { continue }
            previous = mapped
            letters.append(mapped)
            if letters.count == 4 { break }
        }
        return letters.count >= 3 ? String(decoding: letters, as: UTF8.self) : nil
    }
}

extension Unicode.Scalar {
    var isASCIIDigit: Bool { (0x30...0x39).contains(value) }
}
