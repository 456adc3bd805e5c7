/// Escaping for XML 1.0 text and attribute values.
public enum XMLEscaping {
    /// `text` with `&`, `<`, `>`, `"` and `'` escaped. Characters XML 1.0 cannot carry at all (C0 controls other than
    /// tab, line feed and carriage return, U+FFFE, U+FFFF) become U+FFFD, so the document stays well-formed.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\r": result += "&#13;"
            default:
                let value = scalar.value
                if (value < 0x20 && value != 0x09 && value != 0x0A) || value == 0xFFFE || value == 0xFFFF {
                    result.unicodeScalars.append("\u{FFFD}")
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
