import CHTMLShim

/// The visible text of an HTML page, line by line, as libxml2's recovering HTML parser sees it.
struct ExtractedHTML: Sendable {
    /// Kinds of lines, from the innermost block element around their text.
    enum LineKind: Int32, Sendable {
        case text = 0, heading, listItem, paragraph, cell, title
    }

    /// Lines joined by `\n`, white space collapsed.
    var text: String
    /// One kind per line of `text`.
    var lineKinds: [LineKind]
    /// The page's `<title>`, if any.
    var title: String?

    /// Extracts the text of UTF-8 HTML. Malformed markup is recovered, not refused.
    ///
    /// - Throws: `InputError` naming `name` when libxml2 cannot build a tree at all.
    init(utf8 html: String, name: String) throws(InputError) {
        var copy = html
        var result = pa_html_text()
        let status = copy.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                pa_html_extract(chars.baseAddress, Int64(chars.count), &result)
            }
        }
        defer { pa_html_free(&result) }
        guard status == 0 else { throw InputError(file: name, problem: "libxml2 could not parse the page as HTML") }
        text = result.text.map { String(cString: $0) } ?? ""
        lineKinds = (0..<Int(result.line_count)).map { LineKind(rawValue: result.line_kinds[$0]) ?? .text }
        title = result.title.map { String(cString: $0) }
    }
}
