import Foundation

/// A text as read from a file or standard input: decoded, with the byte offset of its first character in the input.
///
/// PressAlign reports positions as UTF-8 byte offsets into the input as given. A UTF-8 byte-order mark is not part of
/// `text`, so `byteOffset` is 3 for such a file and 0 otherwise.
public struct SourceText: Sendable, Hashable {
    /// The decoded text, without a byte-order mark.
    public let text: String
    /// Where `text` starts in the input, in bytes.
    public let byteOffset: Int
    /// The name used in messages: the path as given, or `<stdin>`.
    public let name: String

    /// Wraps text that is already in memory (offset 0).
    public init(text: String, name: String = "<text>") {
        self.text = text
        self.byteOffset = 0
        self.name = name
    }

    /// Decodes UTF-8 bytes, dropping a leading byte-order mark.
    ///
    /// - Throws: `InputError` naming `name` and the byte offset of the first invalid sequence; nothing is replaced.
    /// - Complexity: O(n).
    public init(utf8 bytes: some Collection<UInt8>, name: String) throws(InputError) {
        let data = Array(bytes)
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let start = data.starts(with: bom) ? 3 : 0
        if let bad = Self.firstInvalidUTF8Offset(data, from: start) {
            throw InputError(
                file: name,
                problem: "invalid UTF-8 at byte offset \(bad); convert the file to UTF-8 first"
            )
        }
        self.text = String(decoding: data[start...], as: UTF8.self)
        self.byteOffset = start
        self.name = name
    }

    /// Reads and decodes a UTF-8 file.
    ///
    /// - Throws: `InputError` when the file is missing, a directory, unreadable or not valid UTF-8.
    public init(contentsOf path: String) throws(InputError) {
        let bytes = try Self.readBytes(path)
        try self.init(utf8: bytes, name: path)
    }

    /// Reads all of standard input as UTF-8.
    public static func standardInput() throws(InputError) -> SourceText {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        return try SourceText(utf8: data, name: "<stdin>")
    }

    /// Reads a file's bytes, turning every failure into an `InputError` naming the file.
    public static func readBytes(_ path: String) throws(InputError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(file: path, problem: "no such file")
        }
        if isDirectory.boolValue {
            throw InputError(file: path, problem: "is a directory, not a text file")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError(file: path, problem: "cannot be opened for reading (check its permissions)")
        }
        defer { try? handle.close() }
        do {
            let data = try handle.readToEnd() ?? Data()
            return [UInt8](data)
        } catch {
            throw InputError(file: path, problem: "cannot be read: \(error.localizedDescription)")
        }
    }

    /// The offset of the first byte that does not start a valid UTF-8 sequence, or `nil` when all are valid.
    ///
    /// - Complexity: O(n), with an ASCII fast path.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8], from start: Int) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            var index = start
            let count = buffer.count
            while index < count {
                let lead = buffer[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                let length: Int
                var minimum: UInt32
                var scalar: UInt32
                switch lead {
                case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(lead & 0x1F)
                case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(lead & 0x0F)
                case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(lead & 0x07)
                default: return index
                }
                guard index + length <= count else { return index }
                for offset in 1..<length {
                    let byte = buffer[index + offset]
                    guard byte & 0xC0 == 0x80 else { return index }
                    scalar = scalar << 6 | UInt32(byte & 0x3F)
                }
                if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index }
                minimum = 0
                index += length
            }
            return nil
        }
    }
}
