/// A minimal JSON writer for one-line records with keys in a fixed order (JSONSerialization sorts nothing and
/// escapes `/`; PressAlign's records keep their documented key order and write text as is).
public enum JSONLine {
    /// A JSON value.
    public indirect enum Value: Sendable {
        /// A string.
        case string(String)
        /// An integer.
        case int(Int)
        /// A number written with `digits` decimals.
        case number(Double, digits: Int)
        /// `true` or `false`.
        case bool(Bool)
        /// `null`.
        case null
        /// An array.
        case array([Value])
        /// An object with ordered keys.
        case object([(String, Value)])
    }

    /// The object `fields` on one line, keys in the given order.
    public static func object(_ fields: [(String, Value)]) -> String {
        var output = ""
        write(.object(fields), to: &output)
        return output
    }

    /// Appends `value` as JSON to `output`.
    public static func write(_ value: Value, to output: inout String) {
        switch value {
        case .string(let text): writeString(text, to: &output)
        case .int(let number): output += String(number)
        case .number(let number, let digits):
            output += number.isFinite ? formatFixed(number, digits: digits) : "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .null: output += "null"
        case .array(let values):
            output += "["
            for (index, element) in values.enumerated() {
                if index > 0 { output += ", " }
                write(element, to: &output)
            }
            output += "]"
        case .object(let fields):
            output += "{"
            for (index, (key, element)) in fields.enumerated() {
                if index > 0 { output += ", " }
                writeString(key, to: &output)
                output += ": "
                write(element, to: &output)
            }
            output += "}"
        }
    }

    /// A JSON string literal for `text` (quotes, backslashes and control characters escaped).
    public static func writeString(_ text: String, to output: inout String) {
        output += "\""
        // Most text needs no escape: append it whole.
        if !needsEscaping(text) {
            output += text
            output += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }

    /// Whether `text` holds a quotation mark, a backslash, a control character or U+2028/U+2029 (checked on bytes).
    static func needsEscaping(_ text: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x22 || byte == 0x5C { return true }
            if (byte == 0xA8 || byte == 0xA9) && previous == (0xE2, 0x80) { return true }
            previous = (previous.1, byte)
        }
        return false
    }
}

/// `value` with exactly `digits` decimals, without Foundation's locale-dependent formatting.
public func formatFixed(_ value: Double, digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (value * scale).rounded()
    let negative = rounded < 0
    let magnitude = Int(abs(rounded))
    let integerPart = magnitude / Int(scale)
    var fraction = String(magnitude % Int(scale))
    while fraction.count < digits { fraction = "0" + fraction }
    let sign = negative && magnitude != 0 ? "-" : ""
    return digits == 0 ? "\(sign)\(integerPart)" : "\(sign)\(integerPart).\(fraction)"
}
