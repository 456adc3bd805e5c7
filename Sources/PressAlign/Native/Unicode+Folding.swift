import CICUShim

/// Case folding and compatibility normalisation through ICU.
enum UnicodeFolding {
    /// NFKC_Casefold of `text` (ICU), which also removes soft hyphens and maps full-width forms.
    ///
    /// Returns the input unchanged in the (theoretical) case that ICU reports a failure.
    static func nfkcCasefold(_ text: Substring) -> String {
        var input = String(text)
        return input.withUTF8 { bytes in
            let (result, status) = withGrowingUTF8Output(initialCapacity: bytes.count + 16) { output, capacity, status in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    pa_nfkc_casefold_utf8(chars.baseAddress, Int32(chars.count), output, capacity, &status)
                }
            }
            return status > 0 ? String(text) : result
        }
    }
}
