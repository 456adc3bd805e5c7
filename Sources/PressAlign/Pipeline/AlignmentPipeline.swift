import Foundation

/// The whole job for one pair of files: read, segment (or take lines), align, render. `pressalign align` and
/// `pressalign batch` both run it, so a pair's batch output is byte-identical to a single run.
public struct AlignmentPipeline: Sendable {
    /// Options that shape the output.
    public struct Options: Sendable {
        /// Output format.
        public var format: AlignmentFormat = .tsv
        /// Every input line is one sentence.
        public var presegmented = false
        /// TSV: write one-sided beads too.
        public var includesUnaligned = false
        /// TSV: write the header line.
        public var includesHeader = true
        /// JSON Lines: start with a line of document metadata.
        public var includesMetadata = false
        /// The aligner's settings (minimum confidence included).
        public var configuration = Aligner.Configuration()
        /// Source language.
        public var sourceLanguage: Language = .russian
        /// Target language.
        public var targetLanguage: Language = .english
        /// An encoding for both inputs that overrides detection (`--encoding`).
        public var encoding: String? = nil

        /// The defaults: TSV, segmenting, Russian–English.
        public init() {}
    }

    /// What a run produced besides its output.
    public struct Report: Sendable {
        /// The alignment.
        public var alignment: Alignment
        /// Warnings for the user (same-language inputs...).
        public var warnings: [String]
    }

    /// The options.
    public var options: Options
    /// The aligner, built once and shared.
    public let aligner: Aligner

    /// Builds the pipeline (loads the lexicon).
    public init(options: Options) throws(NativeLibraryError) {
        self.options = options
        aligner = try Aligner(
            sourceLanguage: options.sourceLanguage, targetLanguage: options.targetLanguage,
            configuration: options.configuration)
    }

    /// Aligns the files at `sourcePath` and `targetPath` and passes the rendered output to `emit`.
    ///
    /// - Throws: `InputError` for unreadable or undecodable files; `NativeLibraryError` if ICU fails.
    public func run(sourcePath: String, targetPath: String, emit: (String) -> Void) throws -> Report {
        var warnings: [String] = []
        let alignment: Alignment
        var metadata: (DocumentMetadata, DocumentMetadata)? = nil
        if options.presegmented {
            let decoder = InputDecoder(encoding: options.encoding)
            let sourceText = try decoder.decode(SourceText.readBytes(sourcePath), name: sourcePath)
            let targetText = try decoder.decode(SourceText.readBytes(targetPath), name: targetPath)
            warnings += sameLanguageWarning(sourceText.text, targetText.text, sourcePath, targetPath)
            let source = Sentence.lines(of: sourceText.text, byteOffset: sourceText.byteOffset)
            let target = Sentence.lines(of: targetText.text, byteOffset: targetText.byteOffset)
            alignment = try aligner.align(source: source, target: target)
            metadata = (DocumentMetadata(sentences: source), DocumentMetadata(sentences: target))
        } else {
            let source = try DocumentReader(language: options.sourceLanguage, encoding: options.encoding).read(contentsOf: sourcePath)
            let target = try DocumentReader(language: options.targetLanguage, encoding: options.encoding).read(contentsOf: targetPath)
            warnings += source.warnings + target.warnings
            warnings += sameLanguageWarning(source.text, target.text, sourcePath, targetPath)
            alignment = try aligner.align(source: source, target: target)
            metadata = (source.metadata, target.metadata)
        }
        var writer = AlignmentWriter(
            format: options.format, includesUnaligned: options.includesUnaligned, includesHeader: options.includesHeader)
        writer.languages = (options.sourceLanguage.rawValue, options.targetLanguage.rawValue)
        writer.title = "PressAlign: \((sourcePath as NSString).lastPathComponent) ↔ \((targetPath as NSString).lastPathComponent)"
        if options.includesMetadata { writer.metadata = metadata }
        writer.write(alignment, to: emit)
        return Report(alignment: alignment, warnings: warnings)
    }

    private func sameLanguageWarning(_ source: String, _ target: String, _ sourcePath: String, _ targetPath: String) -> [String] {
        guard options.sourceLanguage != options.targetLanguage, let detected = Language.detect(in: source),
            detected == Language.detect(in: target)
        else { return [] }
        return ["\(sourcePath) and \(targetPath) both look like '\(detected)'; aligning anyway"]
    }

    /// Runs the pair and writes the output to `outputPath` atomically (a temporary file renamed into place), so that
    /// an interrupted run never leaves a partial file.
    public func run(sourcePath: String, targetPath: String, outputPath: String) throws -> Report {
        var bytes: [UInt8] = []
        let report = try run(sourcePath: sourcePath, targetPath: targetPath) { bytes.append(contentsOf: $0.utf8) }
        let temporary = outputPath + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
            throw InputError(file: outputPath, problem: "cannot be written (check the folder exists and is writable)")
        }
        do {
            if FileManager.default.fileExists(atPath: outputPath) { try FileManager.default.removeItem(atPath: outputPath) }
            try FileManager.default.moveItem(atPath: temporary, toPath: outputPath)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw InputError(file: outputPath, problem: "cannot be written: \(error.localizedDescription)")
        }
        return report
    }
}
