/// Output formats for an alignment.
public enum AlignmentFormat: String, Sendable, CaseIterable {
    /// Vecalign's bead format with confidences: `[0, 1]:[2]:0.934`, every bead.
    case vecalign
    /// Tab-separated values: `ru_ids en_ids kind confidence ru en` (named after the languages), two-sided beads unless
    /// asked otherwise.
    case tsv
    /// JSON Lines: one object per bead with indices, texts, byte spans and confidence.
    case jsonl
    /// TMX 1.4b: one translation unit per two-sided bead.
    case tmx
    /// A self-contained HTML page to review the alignment side by side.
    case html

    /// The usual file extension.
    public var fileExtension: String { rawValue == "vecalign" ? "txt" : rawValue }

    /// The format a file name's extension names (`.tsv`, `.jsonl`, `.tmx`, `.html`, `.txt` for vecalign), if any.
    public init?(fileName: String) {
        let lower = fileName.lowercased()
        if lower.hasSuffix(".tsv") { self = .tsv }
        else if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") { self = .jsonl }
        else if lower.hasSuffix(".tmx") { self = .tmx }
        else if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { self = .html }
        else if lower.hasSuffix(".vecalign") || lower.hasSuffix(".txt") { self = .vecalign }
        else { return nil }
    }
}

/// Renders an alignment in one of the `AlignmentFormat`s, line by line.
public struct AlignmentWriter: Sendable {
    /// The format.
    public var format: AlignmentFormat
    /// Write one-sided beads too (TSV only; the other formats always do).
    public var includesUnaligned = false
    /// Write the TSV header line.
    public var includesHeader = true
    /// JSON Lines: a first line with both documents' metadata (title, date, speakers).
    public var metadata: (source: DocumentMetadata, target: DocumentMetadata)? = nil
    /// The two languages: they name the TSV columns and JSON keys (`ru_ids`, `en_text`; `de_ids`, `fr_text` for a
    /// German–French pair) and the TMX languages. When both codes are the same, TSV and JSON use `source` and
    /// `target` instead.
    public var languages = (source: "ru", target: "en")

    /// The field-name prefixes of the two sides: the language codes, or `source`/`target` when they coincide.
    var sideNames: (source: String, target: String) {
        languages.source == languages.target || languages.source.isEmpty || languages.target.isEmpty
            ? ("source", "target") : languages
    }
    /// The title of the HTML page.
    public var title = "PressAlign review"

    /// Creates a writer.
    public init(format: AlignmentFormat, includesUnaligned: Bool = false, includesHeader: Bool = true) {
        self.format = format
        self.includesUnaligned = includesUnaligned
        self.includesHeader = includesHeader
    }

    /// Calls `emit` with each output line, newline included.
    ///
    /// - Complexity: O(size of the output).
    public func write(_ alignment: Alignment, to emit: (String) -> Void) {
        switch format {
        case .vecalign:
            for bead in alignment.beads { emit(VecalignFormat.line(for: bead) + "\n") }
        case .tsv:
            let (a, b) = sideNames
            if includesHeader { emit("\(a)_ids\t\(b)_ids\tkind\tconfidence\t\(a)\t\(b)\n") }
            for bead in alignment.beads where includesUnaligned || bead.isTwoSided {
                let fields = [
                    bead.source.map(String.init).joined(separator: ","),
                    bead.target.map(String.init).joined(separator: ","),
                    bead.kind,
                    formatFixed(bead.confidence ?? 0, digits: 3),
                    Self.tsvEscape(bead.source.map { alignment.source[$0].text }.joined(separator: " ")),
                    Self.tsvEscape(bead.target.map { alignment.target[$0].text }.joined(separator: " ")),
                ]
                emit(fields.joined(separator: "\t") + "\n")
            }
        case .tmx:
            TMXWriter(sourceLanguage: languages.source, targetLanguage: languages.target).write(alignment, to: emit)
        case .html:
            HTMLReviewWriter(title: title).write(alignment, to: emit)
        case .jsonl:
            let (a, b) = sideNames
            if let metadata {
                emit(JSONLine.object([
                    ("type", .string("documents")), (a, metadata.source.json), (b, metadata.target.json),
                ]) + "\n")
            }
            for bead in alignment.beads {
                let spans: ([Int], [Sentence]) -> JSONLine.Value = { indices, sentences in
                    .array(indices.map { .array([.int(sentences[$0].byteRange.lowerBound), .int(sentences[$0].byteRange.upperBound)]) })
                }
                emit(JSONLine.object([
                    (a, .array(bead.source.map { .int($0) })),
                    (b, .array(bead.target.map { .int($0) })),
                    (a + "_text", .string(bead.source.map { alignment.source[$0].text }.joined(separator: " "))),
                    (b + "_text", .string(bead.target.map { alignment.target[$0].text }.joined(separator: " "))),
                    (a + "_spans", spans(bead.source, alignment.source)),
                    (b + "_spans", spans(bead.target, alignment.target)),
                    ("confidence", .number(bead.confidence ?? 0, digits: 3)),
                ]) + "\n")
            }
        }
    }

    /// Reverses `tsvEscape`.
    public static func tsvUnescape(_ field: Substring) -> String {
        guard field.contains("\\") else { return String(field) }
        var result = ""
        var escaping = false
        for scalar in field.unicodeScalars {
            if escaping {
                switch scalar {
                case "t": result += "\t"
                case "n": result += "\n"
                case "r": result += "\r"
                default: result.unicodeScalars.append(scalar)
                }
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Escapes backslash, tab, newline and carriage return as `\\`, `\t`, `\n`, `\r`.
    public static func tsvEscape(_ text: String) -> String {
        // Checked on bytes: iterating Characters costs far more than the escaping.
        guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
