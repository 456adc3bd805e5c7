import CICUShim

/// Charset detection and conversion to UTF-8 through ICU (`ucsdet`, `ucnv`).
enum CharsetConverter {
    /// ICU's best guess for `bytes` and its confidence (0-100), or `nil` when nothing matched.
    static func detect(_ bytes: [UInt8], declaredEncoding: String? = nil) -> (name: String, confidence: Int)? {
        var status: Int32 = 0
        var name = [CChar](repeating: 0, count: 64)
        let confidence = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                pa_detect_charset(chars.baseAddress, Int32(min(chars.count, Int(Int32.max))), declaredEncoding, &name, 64, &status)
            }
        }
        guard status <= 0, confidence >= 0 else { return nil }
        let label = name.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        return label.isEmpty ? nil : (label, Int(confidence))
    }

    /// `bytes` in `charset` converted to a string.
    ///
    /// - Throws: `InputError` naming `file` when ICU does not know the charset or the conversion fails.
    static func convert(_ bytes: [UInt8], from charset: String, file: String) throws(InputError) -> String {
        var status: Int32 = 0
        let (text, finalStatus) = withGrowingUTF8Output(initialCapacity: bytes.count * 2 + 16) { output, capacity, status in
            bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    pa_convert_to_utf8(charset, chars.baseAddress, Int32(chars.count), output, capacity, &status)
                }
            }
        }
        status = finalStatus
        guard status <= 0 else {
            throw InputError(file: file, problem: "cannot convert from '\(charset)' (\(String(cString: pa_status_name(status))))")
        }
        return text
    }
}
