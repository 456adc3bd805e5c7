import Foundation

/// Reads a transcript as people have it (plain text or a saved HTML page, UTF-8 or a legacy encoding) into a
/// `Document`: sentences with their roles, speakers and boilerplate flags.
public struct DocumentReader: Sendable {
    /// The document's language.
    public var language: Language
    /// An encoding that overrides detection, or `nil`.
    public var encoding: String?

    /// Creates a reader.
    public init(language: Language, encoding: String? = nil) {
        self.language = language
        self.encoding = encoding
    }

    /// Reads the file at `path`. Files ending in `.html`/`.htm`, or starting with an HTML doctype or `<html>`, are
    /// parsed as HTML.
    ///
    /// - Throws: `InputError` naming the file (missing, a directory, binary, undecodable).
    public func read(contentsOf path: String) throws -> Document {
        let bytes = try SourceText.readBytes(path)
        return try read(bytes: bytes, name: path)
    }

    /// Reads a document from bytes; `name` is used in messages and to recognise HTML by its extension.
    public func read(bytes: [UInt8], name: String) throws -> Document {
        let decoded = try InputDecoder(encoding: encoding).decode(bytes, name: name)
        if Self.isHTML(name: name, text: decoded.text) {
            let page = try ExtractedHTML(utf8: decoded.text, name: name)
            var warnings: [String] = []
            if page.text.isEmpty { warnings.append("\(name): the page has no visible text") }
            return try build(
                text: page.text, byteOffset: 0, name: name, format: "html", encoding: decoded.encoding,
                offsetsReferToFile: false, lineKinds: page.lineKinds, warnings: warnings)
        }
        return try build(
            text: decoded.text, byteOffset: decoded.byteOffset, name: name, format: "text", encoding: decoded.encoding,
            offsetsReferToFile: decoded.offsetsReferToFile, lineKinds: nil, warnings: [])
    }

    /// Reads a document from text already in memory.
    public func read(text: String, name: String = "<text>") throws -> Document {
        try build(text: text, byteOffset: 0, name: name, format: "text", encoding: "UTF-8", offsetsReferToFile: true,
                  lineKinds: nil, warnings: [])
    }

    static func isHTML(name: String, text: String) -> Bool {
        let lower = name.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return true }
        let start = text.prefix(512).drop(while: { $0.isWhitespace }).prefix(15).lowercased()
        return start.hasPrefix("<!doctype html") || start.hasPrefix("<html")
    }

    private func build(
        text: String, byteOffset: Int, name: String, format: String, encoding: String, offsetsReferToFile: Bool,
        lineKinds: [ExtractedHTML.LineKind]?, warnings: [String]
    ) throws -> Document {
        let sentences = try SentenceSegmenter(language: language).sentences(in: text, byteOffset: byteOffset)
        let structure = DocumentStructure(text: text, byteOffset: byteOffset, sentences: sentences, lineKinds: lineKinds)
        let transliterator = language == .russian ? try? Transliterator.lease(identifier: "Russian-Latin/BGN; Latin-ASCII") : nil
        let info = structure.analyse { transliterator?.object.transliterate($0) ?? $0 }
        var turns: [Document.Turn] = []
        for (index, item) in info.enumerated() {
            if let label = item.label, let speaker = item.speaker {
                turns.append(Document.Turn(firstSentence: index, label: label, speaker: speaker))
            }
        }
        let title = zip(sentences, info).first { $0.1.role == .title }.map { $0.0.singleLineText }
        let datelineText = zip(sentences, info).filter { $0.1.role == .dateline }.map { $0.0.singleLineText }
        let dateline = datelineText.isEmpty
            ? nil : (text: datelineText.joined(separator: ", "), date: datelineText.lazy.compactMap(DateParser.isoDate(in:)).first)
        var allWarnings = warnings
        if sentences.isEmpty && warnings.isEmpty { allWarnings.append("\(name): the document has no text") }
        return Document(
            name: name, format: format, encoding: encoding, text: text, offsetsReferToFile: offsetsReferToFile,
            sentences: sentences, info: info, title: title, dateline: dateline, turns: turns, warnings: allWarnings)
    }
}

/// Lines, sentences and the rules that give each sentence its role.
struct DocumentStructure {
    let sentences: [Sentence]
    /// Per sentence: the index of its line, and whether it fills the line alone.
    let lineOfSentence: [Int]
    let fillsLine: [Bool]
    let lines: [String]
    let lineKinds: [ExtractedHTML.LineKind]?

    init(text: String, byteOffset: Int, sentences: [Sentence], lineKinds: [ExtractedHTML.LineKind]?) {
        self.sentences = sentences
        self.lineKinds = lineKinds
        // Line starts as byte offsets.
        var lineStarts: [Int] = [0]
        var lines: [String] = []
        var current = 0
        let utf8 = Array(text.utf8)
        for (offset, byte) in utf8.enumerated() where byte == 0x0A {
            lines.append(String(decoding: utf8[current..<offset], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
            current = offset + 1
            lineStarts.append(current)
        }
        lines.append(String(decoding: utf8[current...], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        self.lines = lines
        var lineOfSentence: [Int] = []
        var line = 0
        for sentence in sentences {
            let start = sentence.byteRange.lowerBound - byteOffset
            while line + 1 < lineStarts.count, lineStarts[line + 1] <= start { line += 1 }
            lineOfSentence.append(line)
        }
        self.lineOfSentence = lineOfSentence
        fillsLine = sentences.indices.map { index in
            let line = lineOfSentence[index]
            let alone = (index == 0 || lineOfSentence[index - 1] != line)
                && (index + 1 == sentences.count || lineOfSentence[index + 1] != line)
            return alone && !sentences[index].text.contains("\n")
        }
    }

    static let stageNoteWords = [
        "laughter", "applause", "inaudible", "crosstalk", "via interpreter", "as interpreted", "interpreted",
        "смех", "аплодисменты", "неразборчиво", "говорит по-английски", "перевод", "оживление", "на английском",
        "in english", "in russian", "на русском", "off-mic", "off mic", "end", "briefing was concluded",
    ]

    func analyse(transliterate: (String) -> String) -> [Document.SentenceInfo] {
        var info = [Document.SentenceInfo](repeating: Document.SentenceInfo(), count: sentences.count)
        var speaker: Speaker? = nil
        var firstLabel: Int? = nil
        var lastLabel: Int? = nil
        for (index, sentence) in sentences.enumerated() {
            info[index].block = lineOfSentence[index]
            if let length = SpeakerLabel.labelLength(in: sentence.text[...]) {
                let label = String(sentence.text.utf8.prefix(length)).map { String($0.trimmingWhitespace()) } ?? ""
                speaker = Speaker.normalise(label: label, transliterate: transliterate)
                info[index].label = label
                firstLabel = firstLabel ?? index
                lastLabel = index
            }
            info[index].speaker = speaker
        }

        // Boilerplate, with modes for comment sections and related-link lists.
        var mode: Document.Boilerplate? = nil
        for (index, sentence) in sentences.enumerated() {
            let line = lines[lineOfSentence[index]]
            let text = sentence.singleLineText
            let inTranscript = firstLabel.map { index >= $0 } == true && lastLabel.map { index <= $0 + 40 } == true
            var flag = BoilerplateClassifier.classify(text, line: line, fillsLine: fillsLine[index], isInTranscript: inTranscript)
            let lower = text.lowercased()
            if info[index].label == nil {
                if flag == .comments || Self.isCommentHeader(lower) { mode = .comments }
                if flag == .donation { mode = .donation }
                if flag == .metadata, ["читайте также", "related", "материалы по теме", "см. также", "see also"]
                    .contains(where: { lower.hasPrefix($0) })
                {
                    mode = .metadata
                }
            } else {
                mode = nil
            }
            if flag == nil, let current = mode {
                // A list, appeal or comment section goes on until a footer, a label, or a long paragraph.
                if (current == .metadata || current == .donation) && text.split(separator: " ").count > 25 {
                    mode = nil
                } else {
                    flag = current
                }
            }
            if flag == .footer || flag == .navigation { mode = nil }
            info[index].boilerplate = flag
        }
        markMenusAndSiteNames(&info)

        // Roles.
        var seenContent = 0
        for (index, sentence) in sentences.enumerated() where info[index].boilerplate == nil {
            let text = sentence.singleLineText
            let body = info[index].label.map { String(text.utf8.dropFirst($0.utf8.count)) ?? text } ?? text
            let trimmed = body.trimmingWhitespace()
            let lineKind = lineKinds.flatMap { $0.indices.contains(lineOfSentence[index]) ? $0[lineOfSentence[index]] : nil }
            let hasFinalPunctuation = text.last.map { ".?!…:;,\"»”".contains($0) } ?? false
            if (trimmed.hasPrefix("(") && trimmed.hasSuffix(")")) || (trimmed.hasPrefix("[") && trimmed.hasSuffix("]")) {
                let inner = trimmed.lowercased()
                if Self.stageNoteWords.contains(where: { inner.contains($0) }) || trimmed.count <= 40 {
                    info[index].role = .stageNote
                    continue
                }
            }
            if trimmed == "# # #" || trimmed == "###" {
                info[index].role = .stageNote
                continue
            }
            seenContent += 1
            guard fillsLine[index], !hasFinalPunctuation || lineKind == .title, info[index].label == nil else { continue }
            if lineKind == .title, !info.prefix(index).contains(where: { $0.role == .title }) {
                info[index].role = .title
                continue
            }
            let wordCount = text.split(separator: " ").count
            let noTitleYet = !info.prefix(index).contains(where: { $0.role == .title })
            let titleFirst = noTitleYet && wordCount >= 7 && seenContent <= 3 && lineKinds?.contains(.title) != true
            if !titleFirst, seenContent <= 12, DateParser.isoDate(in: text) != nil, text.count <= 100 {
                info[index].role = .dateline
                // A place line just before a date line (the State Department header block).
                if index > 0, info[index - 1].role == .body || info[index - 1].role == .heading,
                    info[index - 1].boilerplate == nil, fillsLine[index - 1],
                    sentences[index - 1].text.count <= 50, sentences[index - 1].text.contains(","),
                    !(sentences[index - 1].text.last.map { ".?!".contains($0) } ?? true)
                {
                    info[index - 1].role = .dateline
                }
                continue
            }
            let pageHasTitleLine = lineKinds?.contains(.title) == true
            let titleCandidate = pageHasTitleLine ? lineKind == .title : (seenContent <= 3 || lineKind == .heading)
            if !info.prefix(index).contains(where: { $0.role == .title }), titleCandidate, text.count >= 12 {
                info[index].role = .title
                continue
            }
            if lineKind == .heading || (text.split(separator: " ").count <= 14 && index + 1 < sentences.count) {
                info[index].role = .heading
            }
        }
        return info
    }

    /// Runs of three or more short item lines (a menu written one item per line), the site's name just before
    /// navigation at the top, and short lines repeated at the top and bottom of the page (the site's name in header
    /// and footer).
    func markMenusAndSiteNames(_ info: inout [Document.SentenceInfo]) {
        func isItem(_ index: Int) -> Bool {
            let text = sentences[index].text
            guard fillsLine[index], info[index].label == nil, !text.hasPrefix("#") else { return false }
            guard !(text.last.map { ".?!…:;,".contains($0) } ?? true) else { return false }
            guard !text.contains(where: { $0.isNumber || $0 == "," || $0 == "." }) else { return false }
            return text.split(separator: " ").count <= 3
        }
        var index = 0
        while index < sentences.count {
            guard isItem(index) else {
                index += 1
                continue
            }
            var end = index
            while end + 1 < sentences.count, isItem(end + 1) { end += 1 }
            if end - index + 1 >= 3 {
                for item in index...end where info[item].boilerplate == nil { info[item].boilerplate = .navigation }
            }
            index = end + 1
        }
        // The site's name: the first line when navigation follows it.
        if sentences.count > 1, fillsLine[0], info[0].boilerplate == nil, info[1].boilerplate == .navigation,
            !(sentences[0].text.last.map { ".?!…".contains($0) } ?? true), sentences[0].text.split(separator: " ").count <= 8
        {
            info[0].boilerplate = .navigation
        }
        // Short lines that occur both near the top and near the bottom.
        var positions: [String: [Int]] = [:]
        for index in sentences.indices where fillsLine[index] && info[index].label == nil {
            let text = sentences[index].text
            if text.split(separator: " ").count <= 6 { positions[text, default: []].append(index) }
        }
        for (_, found) in positions where found.count >= 2 {
            let nearTop = found.contains { $0 < 12 }
            let nearBottom = found.contains { $0 >= sentences.count - 25 }
            guard nearTop && nearBottom else { continue }
            for index in found where info[index].boilerplate == nil && info[index].role != .stageNote {
                info[index].boilerplate = .navigation
            }
        }
    }

    static func isCommentHeader(_ lower: String) -> Bool {
        (lower.hasPrefix("комментарии") || lower.hasPrefix("comments") || lower.hasPrefix("reader comments"))
            && lower.count <= 30
    }
}
