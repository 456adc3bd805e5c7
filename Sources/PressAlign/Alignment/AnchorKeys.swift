/// Language-independent evidence in a sentence: numbers by value, names by consonant skeleton.
enum AnchorKeys {
    /// Canonical values of the numbers in `text`: `1 200`, `1,200` and `1200` all give `1200`; `2,5` (Russian) and
    /// `2.5` (English) give `2.5`.
    static func numbers(in text: String, language: Language) -> [String] {
        // Most sentences hold no digit at all.
        guard text.utf8.contains(where: { (0x30...0x39).contains($0) }) else { return [] }
        let scalars = Array(text.unicodeScalars)
        var result: [String] = []
        var index = 0
        let decimalComma = language != .english
        while index < scalars.count {
            guard scalars[index].isASCIIDigit, index == 0 || !scalars[index - 1].isASCIIDigit else {
                index += 1
                continue
            }
            var integer = ""
            var fraction = ""
            var cursor = index
            while cursor < scalars.count, scalars[cursor].isASCIIDigit {
                integer.unicodeScalars.append(scalars[cursor])
                cursor += 1
            }
            // Thousands groups: a separator followed by exactly three digits.
            while cursor + 3 < scalars.count || cursor + 3 == scalars.count {
                guard cursor < scalars.count else { break }
                let separator = scalars[cursor]
                let isGroupSeparator: Bool
                switch separator {
                case " ", "\u{A0}", "\u{202F}", "\u{2009}": isGroupSeparator = true
                case ",": isGroupSeparator = !decimalComma
                case ".": isGroupSeparator = decimalComma
                default: isGroupSeparator = false
                }
                guard isGroupSeparator, cursor + 3 < scalars.count + 1,
                    (1...3).allSatisfy({ cursor + $0 < scalars.count && scalars[cursor + $0].isASCIIDigit }),
                    cursor + 4 >= scalars.count || !scalars[cursor + 4].isASCIIDigit
                else { break }
                for offset in 1...3 { integer.unicodeScalars.append(scalars[cursor + offset]) }
                cursor += 4
            }
            if cursor + 1 < scalars.count, scalars[cursor] == (decimalComma ? "," : "."),
                scalars[cursor + 1].isASCIIDigit
            {
                cursor += 1
                while cursor < scalars.count, scalars[cursor].isASCIIDigit {
                    fraction.unicodeScalars.append(scalars[cursor])
                    cursor += 1
                }
            }
            while integer.count > 1, integer.hasPrefix("0") { integer.removeFirst() }
            while fraction.hasSuffix("0") { fraction.removeLast() }
            result.append(fraction.isEmpty ? integer : integer + "." + fraction)
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
