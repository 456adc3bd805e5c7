/// One sentence (or sentence-like unit: a title, a dateline, a menu line) of a text, with its exact position.
public struct Sentence: Sendable, Hashable {
    /// The sentence's 0-based position in its document.
    public var index: Int
    /// The sentence as written, without surrounding white space (inner line breaks are kept).
    public var text: String
    /// Where the sentence is in the input: UTF-8 byte offsets, including the input's byte-order mark when it had one.
    public var byteRange: Range<Int>
    /// Where the sentence is in the string that was segmented.
    public var range: Range<String.Index>
    /// Whether the sentence starts a line (the text's start or after a line break): paragraph and turn starts are
    /// soft alignment boundaries.
    public var startsLine: Bool

    /// Creates a sentence.
    public init(index: Int, text: String, byteRange: Range<Int>, range: Range<String.Index>, startsLine: Bool = true) {
        self.index = index
        self.text = text
        self.byteRange = byteRange
        self.range = range
        self.startsLine = startsLine
    }

    /// Whether `text` holds a line break (LF, VT, FF, CR, NEL, LS, PS), checked on its UTF-8 bytes.
    static func containsLineBreak(_ text: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            switch byte {
            case 0x0A...0x0D: return true
            case 0x85 where previous.1 == 0xC2: return true
            case 0xA8, 0xA9: if previous == (0xE2, 0x80) { return true }
            default: break
            }
            previous = (previous.1, byte)
        }
        return false
    }

    /// Sentences from lines that are already one sentence each (an empty line is an empty sentence, so indices equal
    /// line numbers). Byte ranges refer to `text`; a final line break does not make an extra sentence. Such input
    /// says nothing about paragraphs, so only the first sentence `startsLine`.
    ///
    /// - Complexity: O(n).
    public static func lines(of text: String, byteOffset: Int = 0) -> [Sentence] {
        var result: [Sentence] = []
        var lineStart = text.startIndex
        var byteStart = 0
        let utf8 = text.utf8
        var index = utf8.startIndex
        func emit(_ end: String.Index) {
            var contentEnd = end
            if contentEnd > lineStart, utf8[utf8.index(before: contentEnd)] == UInt8(ascii: "\r") {
                contentEnd = utf8.index(before: contentEnd)
            }
            let length = utf8.distance(from: lineStart, to: contentEnd)
            result.append(Sentence(
                index: result.count, text: String(text[lineStart..<contentEnd]),
                byteRange: (byteStart + byteOffset)..<(byteStart + length + byteOffset), range: lineStart..<contentEnd,
                startsLine: result.isEmpty))
        }
        while index < utf8.endIndex {
            if utf8[index] == UInt8(ascii: "\n") {
                emit(index)
                byteStart += utf8.distance(from: lineStart, to: index) + 1
                lineStart = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if lineStart < text.endIndex { emit(text.endIndex) }
        return result
    }

    /// The text on one line: every run of white space that holds a line break becomes one space.
    public var singleLineText: String {
        guard Self.containsLineBreak(text) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var run = ""
        for character in text {
            if character.isWhitespace {
                run.append(character)
                continue
            }
            if !run.isEmpty {
                result += run.contains(where: \.isNewline) ? " " : run
                run = ""
            }
            result.append(character)
        }
        return result
    }
}
