/// Turns a file's bytes into text: UTF-8 (with or without BOM), a named encoding, the charset an HTML page declares,
/// or a legacy Russian encoding (Windows-1251, KOI8-R) found by ICU's charset detection.
public struct InputDecoder: Sendable {
    /// How the bytes were decoded.
    public struct Decoded: Sendable {
        /// The text.
        public var text: String
        /// The encoding used, as ICU names it (`UTF-8`, `windows-1251`, `KOI8-R`).
        public var encoding: String
        /// Where `text` starts in the file (3 after a UTF-8 BOM). Meaningful only for UTF-8: byte offsets into the
        /// text then equal offsets into the file minus this.
        public var byteOffset: Int
        /// Whether byte offsets into `text` (plus `byteOffset`) are offsets into the file: true for UTF-8 only.
        public var offsetsReferToFile: Bool
    }

    /// An encoding that overrides detection (`--encoding`), or `nil`.
    public var encoding: String?

    /// Creates a decoder.
    public init(encoding: String? = nil) {
        self.encoding = encoding
    }

    /// Decodes `bytes` read from `name`.
    ///
    /// - Throws: `InputError` naming the file for a binary file, an unknown `--encoding`, or an encoding that cannot be
    ///   detected (with the advice to name it with `--encoding`).
    public func decode(_ bytes: [UInt8], name: String) throws(InputError) -> Decoded {
        if let encoding {
            let text = try CharsetConverter.convert(bytes, from: encoding, file: name)
            let isUTF8 = encoding.lowercased().replacingOccurrences(of: "-", with: "") == "utf8"
            return Decoded(text: text, encoding: encoding, byteOffset: 0, offsetsReferToFile: isUTF8)
        }
        if Self.looksBinary(bytes) {
            throw InputError(file: name, problem: "looks like a binary file, not text or HTML; nothing was read")
        }
        if let utf8 = try? SourceText(utf8: bytes, name: name) {
            return Decoded(text: utf8.text, encoding: "UTF-8", byteOffset: utf8.byteOffset, offsetsReferToFile: true)
        }
        if let declared = Self.declaredCharset(bytes) {
            if let text = try? CharsetConverter.convert(bytes, from: declared, file: name) {
                return Decoded(text: text, encoding: declared, byteOffset: 0, offsetsReferToFile: false)
            }
        }
        guard let (guess, confidence) = CharsetConverter.detect(bytes), confidence >= 10,
            !guess.uppercased().hasPrefix("UTF")
        else {
            throw InputError(
                file: name,
                problem: "is not UTF-8 and its encoding cannot be detected; name it with --encoding (for example --encoding windows-1251)")
        }
        let text = try CharsetConverter.convert(bytes, from: guess, file: name)
        return Decoded(text: text, encoding: guess, byteOffset: 0, offsetsReferToFile: false)
    }

    /// NUL bytes or many control characters in the first 8 KiB mean binary data (a PDF, an image, a Word file).
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8_192)
        guard !sample.isEmpty else { return false }
        var controls = 0
        var nuls = 0
        for byte in sample {
            if byte == 0 { nuls += 1 }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B { controls += 1 }
        }
        if sample.starts(with: Array("%PDF".utf8)) || sample.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return true }
        return nuls * 100 > sample.count || controls * 10 > sample.count
    }

    /// The charset an HTML page declares in its first 4 KiB (`<meta charset="…">` or `content="…; charset=…"`).
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4_096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        guard let range = head.range(of: "charset=") else { return nil }
        var name = ""
        for character in head[range.upperBound...].drop(while: { $0 == "\"" || $0 == "'" || $0 == " " }) {
            guard character.isLetter || character.isNumber || character == "-" || character == "_" else { break }
            name.append(character)
        }
        return name.isEmpty ? nil : name
    }
}
