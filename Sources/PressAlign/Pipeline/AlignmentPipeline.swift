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
    public var aligner: Aligner

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
        // Detection tells Cyrillic from Latin script only: it can check a Russian–English pair, not German–French.
        let detectable: Set<Language> = [.russian, .english]
        guard options.sourceLanguage != options.targetLanguage, detectable.contains(options.sourceLanguage),
            detectable.contains(options.targetLanguage), let detected = Language.detect(in: source),
            detected == Language.detect(in: target)
        else { return [] }
        return ["\(sourcePath) and \(targetPath) both look like '\(detected)'; aligning anyway"]
    }

    /// Learns a translation table from a whole batch of pairs (a first alignment pass over all of them) and returns
    /// a pipeline whose aligner uses it besides its lexicon. Pairs that cannot be read are skipped here (the run
    /// reports them).
    ///
    /// - Parameter jobs: pairs read and aligned at once.
    public func learningSharedLexicon(from pairs: [(source: String, target: String)], jobs: Int) throws -> AlignmentPipeline {
        let results = ResultSlots<Alignment>(count: pairs.count)
        let next = ResultSlots<Int>(count: 0)
        let group = DispatchGroup()
        for _ in 0..<max(1, min(jobs, pairs.count)) {
            DispatchQueue.global().async(group: group) {
                while let index = next.takeIndex(below: pairs.count) {
                    let pair = pairs[index]
                    guard let source = try? DocumentReader(language: options.sourceLanguage, encoding: options.encoding)
                        .read(contentsOf: pair.source),
                        let target = try? DocumentReader(language: options.targetLanguage, encoding: options.encoding)
                            .read(contentsOf: pair.target),
                        let alignment = try? aligner.align(source: source, target: target)
                    else { continue }
                    results.set(index, alignment)
                }
            }
        }
        group.wait()
        var copy = self
        copy.aligner.sharedLexicon = try aligner.learnLexicon(from: results.values)
        return copy
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

/// Results filled in by several threads, and a shared work counter, under one lock.
final class ResultSlots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]
    private var nextIndex = 0

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func takeIndex(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard nextIndex < limit else { return nil }
        nextIndex += 1
        return nextIndex - 1
    }

    /// The filled slots, in index order.
    var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
