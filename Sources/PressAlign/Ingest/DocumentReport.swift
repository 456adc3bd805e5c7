/// Human- and machine-readable reports of a `Document` (`pressalign inspect`).
public enum DocumentReport {
    /// One line per sentence (`block role speaker flag | text`), then a summary.
    public static func text(_ document: Document) -> String {
        var lines: [String] = []
        lines.append("\(document.name): \(document.format), \(document.encoding), \(document.sentences.count) sentences")
        if let title = document.title { lines.append("title: \(title)") }
        if let dateline = document.dateline { lines.append("dateline: \(dateline.text)" + (dateline.date.map { " (\($0))" } ?? "")) }
        let speakers = orderedSpeakers(document)
        if !speakers.isEmpty {
            lines.append("speakers: " + speakers.map { "\($0.0) (\($0.1) turns)" }.joined(separator: ", "))
        }
        var counts: [String: Int] = [:]
        for item in document.info { if let flag = item.boilerplate { counts[flag.rawValue, default: 0] += 1 } }
        lines.append("boilerplate: " + (counts.isEmpty ? "none" : counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")))
        lines.append("")
        for (index, sentence) in document.sentences.enumerated() {
            let item = document.info[index]
            let role = item.role == .body ? "" : item.role.rawValue
            let flag = item.boilerplate.map { "[\($0.rawValue)]" } ?? ""
            let turn = item.label != nil ? "▶ \(item.speaker?.description ?? "")" : ""
            let tags = [role, flag, turn].filter { !$0.isEmpty }.joined(separator: " ")
            lines.append("\(pad(index, 4)) b\(pad(item.block, 3)) \(tags.padding(toLength: 26)) | \(sentence.singleLineText)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One JSON object with the document's structure and every sentence.
    public static func json(_ document: Document) -> String {
        let sentences: [JSONLine.Value] = document.sentences.enumerated().map { index, sentence in
            let item = document.info[index]
            return .object([
                ("index", .int(index)), ("block", .int(item.block)), ("role", .string(item.role.rawValue)),
                ("speaker", item.speaker.map { .string($0.description) } ?? .null),
                ("label", item.label.map { .string($0) } ?? .null),
                ("boilerplate", item.boilerplate.map { .string($0.rawValue) } ?? .null),
                ("start", .int(sentence.byteRange.lowerBound)), ("end", .int(sentence.byteRange.upperBound)),
                ("text", .string(sentence.text)),
            ])
        }
        return JSONLine.object([
            ("file", .string(document.name)), ("format", .string(document.format)), ("encoding", .string(document.encoding)),
            ("offsets", .string(document.offsetsReferToFile ? "file" : "extracted text")),
            ("title", document.title.map { .string($0) } ?? .null),
            ("dateline", document.dateline.map { .string($0.text) } ?? .null),
            ("date", document.dateline?.date.map { .string($0) } ?? .null),
            ("speakers", .array(orderedSpeakers(document).map { .object([("speaker", .string($0.0)), ("turns", .int($0.1))]) })),
            ("warnings", .array(document.warnings.map { .string($0) })),
            ("sentences", .array(sentences)),
        ])
    }

    private static func orderedSpeakers(_ document: Document) -> [(String, Int)] {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for turn in document.turns {
            let name = turn.speaker.description
            if counts[name] == nil { order.append(name) }
            counts[name, default: 0] += 1
        }
        return order.map { ($0, counts[$0]!) }
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }
}

extension String {
    fileprivate func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
