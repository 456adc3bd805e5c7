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

    /// Creates a sentence.
    public init(index: Int, text: String, byteRange: Range<Int>, range: Range<String.Index>) {
        self.index = index
        self.text = text
        self.byteRange = byteRange
        self.range = range
    }

    /// The text on one line: every run of white space that holds a line break becomes one space.
    public var singleLineText: String {
        guard text.contains(where: \.isNewline) else { return text }
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
