/// Scalar-level reading of a UTF-8 buffer known to be valid, forwards and backwards, without decoding the whole text.
struct UTF8Scanner {
    let bytes: UnsafeBufferPointer<UInt8>

    var count: Int { bytes.count }

    /// The scalar starting at `offset` and its length in bytes.
    /// At or past the end, a space of length 1 (so scans stop without trapping).
    @inline(__always)
    func scalar(at offset: Int) -> (scalar: Unicode.Scalar, length: Int) {
        guard offset >= 0, offset < bytes.count else { return (" ", 1) }
        let lead = bytes[offset]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        var length = 2
        var value = UInt32(lead & 0x1F)
        if lead >= 0xF0 {
            length = 4
            value = UInt32(lead & 0x07)
        } else if lead >= 0xE0 {
            length = 3
            value = UInt32(lead & 0x0F)
        }
        let end = Swift.min(offset + length, bytes.count)
        var index = offset + 1
        while index < end {
            value = value << 6 | UInt32(bytes[index] & 0x3F)
            index += 1
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", end - offset)
    }

    /// Skips 16-byte blocks that hold none of the bytes `a`…`f` (repeat one to look for fewer): returns the start of
    /// the first block from `offset` that holds one, or the offset where fewer than 16 bytes remain. Blocks advance
    /// by `16 - overlap` bytes, so that a scan whose trigger lies up to `overlap` bytes after the position it reports
    /// still sees that position again. Scans use it to pass over text where they have nothing to do.
    @inline(__always)
    func skippingBlocks(
        from offset: Int, without a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8, _ e: UInt8, _ f: UInt8, overlap: Int = 0
    ) -> Int {
        guard let base = bytes.baseAddress else { return offset }
        let (va, vb, vc) = (SIMD16<UInt8>(repeating: a), SIMD16<UInt8>(repeating: b), SIMD16<UInt8>(repeating: c))
        let (vd, ve, vf) = (SIMD16<UInt8>(repeating: d), SIMD16<UInt8>(repeating: e), SIMD16<UInt8>(repeating: f))
        var index = offset
        while index + 16 <= bytes.count {
            let block = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
            let hit = (block .== va) .| (block .== vb) .| (block .== vc) .| (block .== vd) .| (block .== ve) .| (block .== vf)
            if any(hit) { return index }
            index += 16 - overlap
        }
        return index
    }

    /// The start of the scalar that ends just before `offset` (0 at the start of the text).
    @inline(__always)
    func scalarStart(before offset: Int) -> Int {
        guard offset > 0 else { return 0 }
        var index = min(offset, bytes.count) - 1
        while index > 0 && bytes[index] & 0xC0 == 0x80 { index -= 1 }
        return index
    }

    /// The scalar that ends just before `offset`, and where it starts; a space at the start of the text.
    @inline(__always)
    func scalar(before offset: Int) -> (scalar: Unicode.Scalar, start: Int) {
        guard offset > 0 else { return (" ", 0) }
        let start = scalarStart(before: offset)
        return (scalar(at: start).scalar, start)
    }

    /// The offset just past the last non-whitespace scalar in `range`, or `range.lowerBound` when it is all space.
    func trimmedEnd(_ range: Range<Int>) -> Int {
        var end = range.upperBound
        while end > range.lowerBound {
            let (scalar, start) = scalar(before: end)
            guard scalar.isSpaceLike else { break }
            end = start
        }
        return end
    }

    /// The offset of the first non-whitespace scalar in `range`, or `range.upperBound` when it is all space.
    func trimmedStart(_ range: Range<Int>) -> Int {
        var start = range.lowerBound
        while start < range.upperBound {
            let (scalar, length) = scalar(at: start)
            guard scalar.isSpaceLike else { break }
            start += length
        }
        return start
    }

    /// Whether `range` holds a line break.
    func containsLineBreak(_ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            let (scalar, length) = scalar(at: index)
            if scalar.isLineBreak { return true }
            index += length
        }
        return false
    }

    /// Whether only white space and list bullets stand between `segmentStart` and `offset`.
    func isLineStart(_ offset: Int, segmentStart: Int) -> Bool {
        var index = segmentStart
        while index < offset {
            let (scalar, length) = scalar(at: index)
            guard scalar.isSpaceLike || "•⁃‣◦·*-–—§(".unicodeScalars.contains(scalar) else { return false }
            index += length
        }
        return true
    }

    /// The number of white-space separated words in `range`, counting no further than `limit`.
    func wordCount(_ range: Range<Int>, atMost limit: Int) -> Int {
        var count = 0
        var inWord = false
        var index = range.lowerBound
        while index < range.upperBound {
            let (scalar, length) = scalar(at: index)
            if scalar.isSpaceLike {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
                if count >= limit { return count }
            }
            index += length
        }
        return count
    }

    /// The bytes of `range` as a string.
    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}

extension Unicode.Scalar {
    /// White space, including no-break spaces, line and paragraph separators, and NUL (treated as space).
    @inline(__always)
    var isSpaceLike: Bool {
        switch value {
        case 0x00, 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000,
            0xFEFF:
            return true
        default:
            return false
        }
    }

    /// A line or paragraph break.
    @inline(__always)
    var isLineBreak: Bool {
        switch value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// A closing quotation mark or bracket that belongs to the sentence before it.
    @inline(__always)
    var isClosingPunctuation: Bool {
        switch value {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0xBB, 0x2019, 0x201D, 0x203A: return true
        case 0x00...0x7F, 0x400...0x4FF: return false
        default: return properties.generalCategory == .closePunctuation
            || properties.generalCategory == .finalPunctuation
        }
    }

    /// An opening quotation mark, bracket or dash that may precede the first word of a sentence.
    @inline(__always)
    var isOpeningPunctuation: Bool {
        switch value {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0xAB, 0x2018, 0x201C, 0x201E, 0x2039, 0x2013, 0x2014, 0x2D, 0x2026:
            return true
        case 0x00...0x7F, 0x400...0x4FF: return false
        default: return properties.generalCategory == .openPunctuation
            || properties.generalCategory == .initialPunctuation
        }
    }

    /// A letter, digit or connector that can be part of an abbreviation's word.
    @inline(__always)
    var isWordCharacter: Bool {
        if value < 0x80 {
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        if (0x410...0x44F).contains(value) || value == 0x401 || value == 0x451 { return true }
        return properties.isAlphabetic || properties.numericType != nil
    }

    /// A basic Latin letter (`A`–`Z`, `a`–`z`).
    @inline(__always)
    var isASCIILetter: Bool { (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }

    /// An upper-case or title-case letter.
    @inline(__always)
    var isUppercaseLetter: Bool {
        if value < 0x80 { return (0x41...0x5A).contains(value) }
        if (0x410...0x42F).contains(value) || value == 0x401 { return true }
        if (0x430...0x44F).contains(value) || value == 0x451 { return false }
        let category = properties.generalCategory
        return category == .uppercaseLetter || category == .titlecaseLetter
    }

    /// A lower-case letter.
    @inline(__always)
    var isLowercaseLetter: Bool {
        if value < 0x80 { return (0x61...0x7A).contains(value) }
        if (0x430...0x44F).contains(value) || value == 0x451 { return true }
        if (0x410...0x42F).contains(value) || value == 0x401 { return false }
        return properties.generalCategory == .lowercaseLetter
    }

    /// A decimal digit.
    @inline(__always)
    var isDecimalDigit: Bool {
        if value < 0x80 { return (0x30...0x39).contains(value) }
        return properties.numericType == .decimal
    }
}
