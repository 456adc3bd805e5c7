/// Reading and writing beads in Vecalign's format: one bead per line, `[0]:[0]`, `[1, 2]:[3]`, `[4]:[]`, optionally
/// followed by `:score`.
public enum VecalignFormat {
    /// Parses a file's text.
    ///
    /// - Parameter name: The file name used in errors.
    /// - Throws: `InputError` naming the file and line of the first malformed bead.
    /// - Complexity: O(n).
    public static func parse(_ text: String, name: String) throws(InputError) -> [Bead] {
        var beads: [Bead] = []
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingWhitespace()
            if line.isEmpty { continue }
            guard let bead = parseBead(line) else {
                throw InputError(file: name, problem: "line \(number + 1) is not a bead like [0, 1]:[2]: \(line.prefix(80))")
            }
            beads.append(bead)
        }
        return beads
    }

    /// The line for `bead`, with its confidence (three decimals) when `includeConfidence` is set and it has one.
    public static func line(for bead: Bead, includeConfidence: Bool = true) -> String {
        var text = "[" + bead.source.map(String.init).joined(separator: ", ") + "]:["
            + bead.target.map(String.init).joined(separator: ", ") + "]"
        if includeConfidence, let confidence = bead.confidence {
            text += ":" + formatFixed(confidence, digits: 3)
        }
        return text
    }

    static func parseBead(_ line: Substring) -> Bead? {
        var rest = line[...]
        guard let source = parseList(&rest), rest.first == ":" else { return nil }
        rest = rest.dropFirst()
        guard let target = parseList(&rest) else { return nil }
        var confidence: Double? = nil
        if !rest.isEmpty {
            guard rest.first == ":", let value = Double(rest.dropFirst().trimmingWhitespace()) else { return nil }
            confidence = value
        }
        return Bead(source: source, target: target, confidence: confidence)
    }

    private static func parseList(_ text: inout Substring) -> [Int]? {
        text = text.drop(while: { $0 == " " })
        guard text.first == "[", let close = text.firstIndex(of: "]") else { return nil }
        let inner = text[text.index(after: text.startIndex)..<close]
        text = text[text.index(after: close)...]
        var values: [Int] = []
        for item in inner.split(separator: ",") {
            guard let value = Int(item.trimmingWhitespace()), value >= 0 else { return nil }
            values.append(value)
        }
        if values.isEmpty, !inner.allSatisfy({ $0 == " " }) { return nil }
        return values
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line ends.
    func trimmingWhitespace() -> Substring {
        let text = Substring(self)
        // Fast path on bytes: a first byte that is ASCII but not white space, or that leads a two-byte scalar other
        // than U+0085 and U+00A0, starts a character that is not white space; when the last byte is ASCII but not
        // white space, the last character is not white space either (a cluster ending in it cannot start with white
        // space).
        let bytes = text.utf8
        if let head = bytes.first, let tail = bytes.last, (0x21...0x7E).contains(head) || (0xC3...0xDF).contains(head),
            (0x21...0x7E).contains(tail)
        {
            return text
        }
        guard let first = text.firstIndex(where: { !$0.isWhitespace }) else { return text[text.endIndex...] }
        let last = text.lastIndex(where: { !$0.isWhitespace })!
        return text[first...last]
    }
}
