import Foundation

/// Aligns the sentences of two documents: a dynamic program over beads (1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1, 1-3)
/// in a band around anchor pairs, scoring lexical evidence (stems through a lexicon, numbers, names), lengths and
/// speaker turns, with a null model so that sentences without evidence stay unaligned.
///
/// ```swift
/// let aligner = try Aligner()
/// let alignment = try aligner.align(sourceTexts: ["Добрый день.", "Спасибо."], targetTexts: ["Good afternoon.", "Thank you."])
/// ```
///
/// Sendable: share one aligner between tasks; each call keeps its own state.
public struct Aligner: Sendable {
    /// Tuning knobs. The defaults are tuned on `Corpora/`.
    public struct Configuration: Sendable, Hashable {
        /// The largest number of sentences on one side of a bead (1 to 3).
        public var maximumBeadSide = 3
        /// Beads below this confidence become one-sided beads.
        public var minimumConfidence = 0.0
        /// Half-width, in sentences, of the band searched around the anchor path (besides the local imbalance between
        /// anchors). Measured (sixth session): ±4 and ±5 give the same strict F1 and false pairs on every gold set,
        /// presegmented and end to end (Text+Berg 0.867 against 0.866), and ±4 costs 3% less time; ±3 gains on
        /// independent transcripts (0.968 end to end) but finds one false pair more on non-parallel documents.
        public var bandWidth = 4
        /// Learn word translations from the documents (IBM Model 1 over confident beads) and realign.
        public var learnsLexicon = true
        /// Evidence a two-sided bead needs before it beats leaving sentences unaligned (at most 0.02 for language
        /// pairs without a lexicon, where evidence is scarcer).
        public var pairThreshold = 0.06
        /// Extra evidence required of beads with several sentences on a side.
        public var mergePenalty = 0.3
        /// Extra evidence required of a bead that merges across a line start, a speaker turn or a stage note.
        public var boundaryPenalty = 0.12
        /// Extra evidence required for each sentence of a bead that pairs site boilerplate with document text.
        public var boilerplatePenalty = 0.5
        /// Weight of the length fit for 1-1 beads near anchors in parallel documents.
        public var anchoredLengthWeight = 0.07
        /// Learning rounds (learn translations, realign) for language pairs without a lexicon.
        public var learningRoundsWithoutLexicon = 2
        /// Beads at or above this confidence teach the translation model when there is no lexicon.
        public var learningConfidenceWithoutLexicon = 0.3
        /// Evidence credited to a bead that pairs title with title, dateline with dateline or heading with heading.
        public var structureBonus = 0.0
        /// Added to a sentence's key count when computing how much of it the other side explains.
        public var coverageSmoothing = 1.0
        /// Extra evidence required of beads far (8 or more sentences) from any anchor pair.
        public var remotenessPenalty = 0.2
        /// Weight of the length model on its own (beside its role as a factor on lexical evidence); raised for
        /// language pairs without a lexicon, where lengths are the main evidence.
        public var lengthWeight = 0.0
        /// Extra evidence required of pairs in documents with few anchors (likely not parallel), scaled by how few.
        public var nonParallelPenalty = 0.4
        /// Cost of leaving a sentence unaligned between close anchors of a parallel document (scaled by how
        /// parallel the documents look and how near the anchors are); stage notes and boilerplate pay nothing. For
        /// language pairs other than Russian–English that have a lexicon, `skipPenaltyWithGeneralDictionary` is used
        /// instead.
        public var skipPenalty = 0.2
        /// Cost of leaving a sentence unaligned per share of its words that the other side's sentences next to it
        /// translate (scaled by how parallel the documents look): its content is there, so it belongs to a
        /// neighbouring bead. Measured on Corpora: translations 0.954 → 0.967 strict F1, WMT21 0.987 → 0.991,
        /// Text+Berg 0.821 → 0.828, the HTML pages 0.960 → 0.952.
        public var explainedSkipPenalty = 0.8
        /// Merge penalty taken off for each sentence of a bead that starts in lower case or with `,` `;` `)`: such a
        /// fragment continues the sentence before it (sentence splits of tokenised corpora such as Text+Berg:
        /// `braunen ) Bären herausgestellt hätten .`); at most `mergePenalty`, so merging never earns by itself.
        /// Measured: Text+Berg dev 0.819 → 0.833; Corpora unchanged.
        public var fragmentMergeRelief = 0.2
        /// Evidence credited to a 1-1 bead of two stage notes with words (`(Смеётся.)` / `(Laughs.)`), scaled by how
        /// parallel the documents look: facing each other, they are the same note even when their words differ.
        public var stageNotePairBonus = 0.2
        /// Extra evidence required for each sentence of a bead whose structural role (title, dateline, heading or
        /// none, from the ingest stage) differs from the role of the bead's first sentence on that side: a State
        /// Department title does not run on into `REMARKS` and `Antony J. Blinken, Secretary of State` below it, even
        /// though the Russian title names him. Measured end to end: independent transcripts 0.958 →
        /// 0.964 for any value from 0.3 to 1.0 (0.1 changes nothing); every other set unchanged.
        public var structureMergePenalty = 0.3
        /// Evidence credited to a 1-1 bead of two short boilerplate lines of the same kind (`Главная` / `Home`, both
        /// navigation; at most `boilerplatePairMaximumWords` words each), scaled by how parallel the documents look:
        /// a translated site translates its menu items and buttons too, and without the bonus leaving them unaligned
        /// costs nothing. Language switches never get it. Measured end to end: translations 0.965 →
        /// 0.971, HTML pages 0.931 → 0.952, independent transcripts and WMT21 unchanged, the same false pairs; 0.1
        /// gains half as much, 0.4 adds three false pairs on independent transcripts.
        public var boilerplatePairBonus = 0.2
        /// The most words a boilerplate line may have to get `boilerplatePairBonus`: a whole menu bar
        /// (`Главная | Политика | В мире | …`) is a site's own, not a translation of the other site's (3 words
        /// missed `Материалы по теме` / `Related materials`; 6 paired two menu bars of independent sites at 0.3).
        public var boilerplatePairMaximumWords = 4
        /// `skipPenalty` for language pairs other than Russian–English that have a lexicon (a FreeDict dictionary):
        /// a general dictionary finds fewer anchors than the tuned Russian–English lexicon, so the anchors around a
        /// skipped sentence lie further apart and need a larger penalty for the same effect (tuned on the Text+Berg
        /// de-fr dev document).
        public var skipPenaltyWithGeneralDictionary = 0.4
        /// A stem of seven letters or more that the lexicon lacks borrows the translations of the lexicon's stems
        /// sharing all but its last two letters, when there are at most this many (0 turns it off). Measured: 5–6
        /// raise independent transcripts from 0.951 to 0.957 and non-parallel documents from 0.868 to 0.935 (same
        /// false pairs); 4 misses the non-parallel gain; 8 costs Text+Berg.
        public var relatedStemLimit = 6

        /// The defaults.
        public init() {}
    }

    /// The source language (Russian by default).
    public let sourceLanguage: Language
    /// The target language (English by default).
    public let targetLanguage: Language
    /// Word translations used as evidence.
    public let lexicon: Lexicon
    /// Translations learned from a whole batch of documents (`align(documents:)`), used besides `lexicon`.
    public var sharedLexicon = Lexicon()
    /// `lexicon`'s stems in order, to find the relatives of a stem it lacks.
    let lexiconStems: StemIndex
    /// Tuning.
    public var configuration: Configuration

    /// Creates an aligner.
    ///
    /// - Parameter lexicon: Translations to use; by default the built-in seed lexicon for Russian–English (plus the
    ///   Müller dictionary when installed), and for other pairs the FreeDict dictionary of the pair when Debian's
    ///   `dict-freedict-XXX-YYY` is installed (none otherwise).
    /// - Throws: `NativeLibraryError` if ICU or Snowball cannot be opened.
    public init(
        sourceLanguage: Language = .russian, targetLanguage: Language = .english, lexicon: Lexicon? = nil,
        configuration: Configuration = Configuration()
    ) throws(NativeLibraryError) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        if let lexicon {
            self.lexicon = lexicon
            lexiconStems = StemIndex(lexicon)
        } else if sourceLanguage == .russian && targetLanguage == .english {
            (self.lexicon, lexiconStems) = try Lexicon.russianEnglishDefault()
        } else {
            (self.lexicon, lexiconStems) = Lexicon.dictionaryDefault(source: sourceLanguage, target: targetLanguage)
        }
        self.configuration = configuration
    }

    /// Aligns two lists of sentence texts (one sentence per element).
    public func align(sourceTexts: [String], targetTexts: [String]) throws(NativeLibraryError) -> Alignment {
        func sentences(_ texts: [String]) -> [Sentence] {
            var offset = 0
            return texts.enumerated().map { index, text in
                defer { offset += text.utf8.count + 1 }
                return Sentence(index: index, text: text, byteRange: offset..<(offset + text.utf8.count),
                                range: text.startIndex..<text.endIndex)
            }
        }
        return try align(source: sentences(sourceTexts), target: sentences(targetTexts))
    }

    /// Aligns two documents read by `DocumentReader`, using their structure: titles and datelines pair with each
    /// other, site boilerplate is likely unaligned, speaker turns are soft boundaries.
    ///
    /// - Complexity: O((n + m) · w), as `align(source:target:)`.
    public func align(source: Document, target: Document) throws(NativeLibraryError) -> Alignment {
        try align(source: source.sentences, target: target.sentences, sourceInfo: source.info, targetInfo: target.info)
    }

    /// Aligns two documents' sentences.
    ///
    /// - Complexity: O((n + m) · w) time and memory, w being the band width plus the local imbalance between anchors.
    public func align(source: [Sentence], target: [Sentence]) throws(NativeLibraryError) -> Alignment {
        try align(source: source, target: target, sourceInfo: nil, targetInfo: nil)
    }

    func align(
        source: [Sentence], target: [Sentence], sourceInfo: [Document.SentenceInfo]?, targetInfo: [Document.SentenceInfo]?
    ) throws(NativeLibraryError) -> Alignment {
        // Distinct keys grow slower than the text: about three per sentence up to a few thousand sentences (more is
        // left to growth, so that long documents do not reserve memory they never use).
        let table = KeyTable(expectedCount: min(20_000, 3 * (source.count + target.count)))
        // Without a lexicon, cognates are the lexical evidence and anchors are too rare to judge parallelism.
        let hasLexicon = !lexicon.isEmpty
        let sourceExtractor = try FeatureExtractor(language: sourceLanguage, usesCognates: !hasLexicon)
        let targetExtractor = try FeatureExtractor(language: targetLanguage, usesCognates: !hasLexicon)
        var configuration = configuration
        if !hasLexicon {
            configuration.nonParallelPenalty = 0
            configuration.pairThreshold = min(configuration.pairThreshold, 0.02)
            configuration.remotenessPenalty = 0
            configuration.mergePenalty = min(configuration.mergePenalty, 0.1)
            configuration.lengthWeight = max(configuration.lengthWeight, 0.22)
            // Merges are already cheap here (measured on Text+Berg without a dictionary: 0.723 without the relief,
            // 0.720 with it).
            configuration.fragmentMergeRelief = 0
        } else if sourceLanguage != .russian || targetLanguage != .english {
            configuration.skipPenalty = configuration.skipPenaltyWithGeneralDictionary
        }
        var sourceFeatures = source.map { sourceExtractor.features(of: $0, startsLine: $0.startsLine, table: table) }
        var targetFeatures = target.map { targetExtractor.features(of: $0, startsLine: $0.startsLine, table: table) }
        Self.apply(sourceInfo, to: &sourceFeatures)
        Self.apply(targetInfo, to: &targetFeatures)
        var problem = AlignmentProblem(
            source: sourceFeatures, target: targetFeatures, table: table, configuration: configuration)
        problem.lookUpLexicons((lexicon, lexiconStems), others: sharedLexicon.isEmpty ? [] : [sharedLexicon])
        problem.buildTranslations(learned: [:])
        var beads = problem.solve()
        if configuration.learnsLexicon, source.count >= 8, target.count >= 8 {
            // Without a lexicon the learned translations are the main evidence: learn and realign twice.
            for _ in 0..<(hasLexicon ? 1 : configuration.learningRoundsWithoutLexicon) {
                let learned = problem.learnTranslations(from: beads, minimumConfidence: hasLexicon ? 0.7 : configuration.learningConfidenceWithoutLexicon)
                guard !learned.isEmpty else { break }
                problem.buildTranslations(learned: learned)
                beads = problem.solve()
            }
        }
        var alignment = Alignment(beads: beads, source: source, target: target)
        if configuration.minimumConfidence > 0 {
            alignment = alignment.droppingBeads(below: configuration.minimumConfidence)
        }
        return alignment
    }
}

extension Aligner {
    /// Aligns a batch of document pairs, learning a translation table from the whole batch: a first pass aligns
    /// every pair; IBM Model 1 then learns word translations from the confident beads of all pairs; a second pass
    /// aligns every pair again with them. With one pair this is `align(source:target:)`.
    ///
    /// - Complexity: twice the cost of aligning each pair, plus EM over the confident beads.
    public func align(documents pairs: [(source: Document, target: Document)]) throws(NativeLibraryError) -> [Alignment] {
        try alignSharingLexicon(pairs) { (aligner, pair) throws(NativeLibraryError) in
            try aligner.align(source: pair.source, target: pair.target)
        }
    }

    /// Aligns a batch of sentence-list pairs with a translation table learned from the whole batch (see
    /// `align(documents:)`).
    public func align(sentencePairs pairs: [(source: [Sentence], target: [Sentence])]) throws(NativeLibraryError) -> [Alignment] {
        try alignSharingLexicon(pairs) { (aligner, pair) throws(NativeLibraryError) in
            try aligner.align(source: pair.source, target: pair.target)
        }
    }

    /// First pass, learning from all alignments, second pass with the learned table.
    private func alignSharingLexicon<Pair>(
        _ pairs: [Pair], _ alignOne: (Aligner, Pair) throws(NativeLibraryError) -> Alignment
    ) throws(NativeLibraryError) -> [Alignment] {
        var first: [Alignment] = []
        for pair in pairs { first.append(try alignOne(self, pair)) }
        guard configuration.learnsLexicon, pairs.count > 1 else { return first }
        var second = self
        second.sharedLexicon = try learnLexicon(from: first)
        guard !second.sharedLexicon.isEmpty else { return first }
        var result: [Alignment] = []
        for pair in pairs { result.append(try alignOne(second, pair)) }
        return result
    }

    /// Stem translations learned by IBM Model 1 from the confident two-sided beads of several alignments.
    func learnLexicon(from alignments: [Alignment]) throws(NativeLibraryError) -> Lexicon {
        let table = KeyTable()
        let sourceExtractor = try FeatureExtractor(language: sourceLanguage, usesCognates: false)
        let targetExtractor = try FeatureExtractor(language: targetLanguage, usesCognates: false)
        let threshold = !lexicon.isEmpty ? 0.7 : configuration.learningConfidenceWithoutLexicon
        var training: [([Int32], [Int32])] = []
        for alignment in alignments {
            let (source, target) = (alignment.source, alignment.target)
            for bead in alignment.beads where bead.isTwoSided && (bead.confidence ?? 0) >= threshold {
                func words(_ sentences: [Sentence], _ indices: [Int], _ extractor: FeatureExtractor) -> [Int32] {
                    indices.flatMap { extractor.features(of: sentences[$0], startsLine: false, table: table).keys }
                        .filter { table.stems[Int($0)] != nil }
                }
                let sourceWords = words(source, bead.source, sourceExtractor)
                let targetWords = words(target, bead.target, targetExtractor)
                if !sourceWords.isEmpty && !targetWords.isEmpty { training.append((sourceWords, targetWords)) }
            }
        }
        var learned = Lexicon()
        for (sourceKey, targetKeys) in IBMModel1.learn(training) {
            let sourceStem = table.stems[Int(sourceKey)]!.string
            for targetKey in targetKeys {
                learned.add(sourceStem: sourceStem, targetStem: table.stems[Int(targetKey)]!.string)
            }
        }
        return learned
    }

    /// Copies the ingest stage's findings into the aligner's features.
    static func apply(_ info: [Document.SentenceInfo]?, to features: inout [SentenceFeatures]) {
        guard let info, info.count == features.count else { return }
        for index in features.indices {
            features[index].isBoilerplate = info[index].boilerplate != nil
            features[index].boilerplateKind = info[index].boilerplate
            switch info[index].role {
            case .title, .dateline, .heading: features[index].structuralRole = info[index].role
            case .stageNote: features[index].isNoise = true
            default: break
            }
        }
    }
}

extension Lexicon {
    /// The seed lexicon plus the Müller dictionary when installed, built once per process.
    static func russianEnglishDefault() throws(NativeLibraryError) -> (Lexicon, StemIndex) {
        if let cached = defaultRussianEnglish, let stems = defaultRussianEnglishStems { return (cached, stems) }
        throw NativeLibraryError(operation: "building the seed lexicon", status: "failed")
    }

    /// The stems of `defaultRussianEnglish` in order, sorted once per process.
    private static let defaultRussianEnglishStems: StemIndex? = defaultRussianEnglish.map(StemIndex.init)

    /// Read from the disk cache when it holds this build's table (see `LexiconCache`), else built and cached.
    private static let defaultRussianEnglish: Lexicon? = {
        let cachePath = LexiconCache.path(
            name: "ru-en", seed: SeedLexicon.russianEnglishEntries, inputs: [MuellerDictionary.path])
        if let cachePath, let cached = LexiconCache.load(from: cachePath) { return cached }
        guard var lexicon = try? Lexicon.russianEnglishSeed() else { return nil }
        // Cache only a complete table: with the dictionary merged, or without it when it is not installed.
        var complete = !FileManager.default.fileExists(atPath: MuellerDictionary.path)
        if let dictionary = try? MuellerDictionary.load() {
            do {
                try lexicon.add(phrasePairs: dictionary, sourceLanguage: .russian, targetLanguage: .english)
                complete = true
            } catch {}
        }
        if complete, let cachePath { LexiconCache.store(lexicon, at: cachePath) }
        return lexicon
    }()

    /// The FreeDict dictionary of a language pair when installed (see `FreeDictDictionary`), stemmed; empty when
    /// none is installed or it cannot be read. Cached on disk like the Russian–English table, and read once per
    /// process.
    static func dictionaryDefault(source: Language, target: Language) -> (Lexicon, StemIndex) {
        let files = FreeDictDictionary.files(source: source, target: target)
        guard !files.isEmpty else { return (Lexicon(), StemIndex(Lexicon())) }
        // Read once per process and pair.
        let pair = "\(source)-\(target)"
        dictionaryLock.lock()
        defer { dictionaryLock.unlock() }
        if let loaded = dictionaries[pair] { return loaded }
        let lexicon = loadDictionary(source: source, target: target, files: files)
        dictionaries[pair] = (lexicon, StemIndex(lexicon))
        return dictionaries[pair]!
    }

    private static let dictionaryLock = NSLock()
    /// Dictionary lexicons already read, with their stem indexes, by `source-target`; guarded by `dictionaryLock`.
    nonisolated(unsafe) private static var dictionaries: [String: (Lexicon, StemIndex)] = [:]

    /// The stemmed dictionary from the disk cache, or built from the FreeDict files and cached.
    private static func loadDictionary(
        source: Language, target: Language, files: [(index: String, data: String, reversed: Bool)]
    ) -> Lexicon {
        let cachePath = LexiconCache.path(
            name: "\(source)-\(target)", seed: "", inputs: files.flatMap { [$0.index, $0.data] })
        if let cachePath, let cached = LexiconCache.load(from: cachePath) { return cached }
        guard let pairs = try? FreeDictDictionary.load(source: source, target: target) else { return Lexicon() }
        var lexicon = Lexicon()
        guard (try? lexicon.add(phrasePairs: pairs, sourceLanguage: source, targetLanguage: target)) != nil else {
            return Lexicon()
        }
        if let cachePath { LexiconCache.store(lexicon, at: cachePath) }
        return lexicon
    }
}
