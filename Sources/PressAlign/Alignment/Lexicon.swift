/// Word translations between two languages over normalised stems, used as lexical evidence by the aligner.
///
/// A lexicon is built from phrase pairs (the seed lexicon, a dictionary) by stemming both sides with the languages'
/// Snowball stemmers; the aligner adds the pairs it learns from the documents.
public struct Lexicon: Sendable {
    /// Source stem → target stems (each once, in the order added), keyed by bytes (see `ByteKey`). Arrays rather
    /// than sets: a stem has a few dozen translations at most, and a cached table loads faster.
    private(set) var table: [ByteKey: [ByteKey]] = [:] {
        didSet { sortedStems = nil }
    }
    /// The source stems in byte order when known without sorting (a cached table lists them so); reset by every
    /// change to `table`.
    var sortedStems: [ByteKey]? = nil

    /// An empty lexicon.
    public init() {}

    init(table: [ByteKey: [ByteKey]]) {
        self.table = table
    }

    /// The number of stem pairs.
    ///
    /// - Complexity: O(number of source stems); use `isEmpty` to test for emptiness.
    public var count: Int { table.values.reduce(0) { $0 + $1.count } }

    /// Whether the lexicon has no pairs.
    ///
    /// - Complexity: O(1).
    public var isEmpty: Bool { table.isEmpty }

    /// The target stems a source stem translates to.
    public func translations(of sourceStem: String) -> [String] {
        (table[ByteKey(sourceStem)] ?? []).map(\.string).sorted()
    }

    /// Adds a stem pair.
    public mutating func add(sourceStem: String, targetStem: String) {
        let target = ByteKey(targetStem)
        table[ByteKey(sourceStem), default: []].appendIfAbsent(target)
    }

    /// Adds phrase pairs: single words pair with each other; in phrases of up to three words on each side, every
    /// content word pairs with every content word of the other side.
    ///
    /// - Throws: `NativeLibraryError` if ICU cannot open its word rules.
    public mutating func add(
        phrasePairs: [(String, String)], sourceLanguage: Language, targetLanguage: Language
    ) throws(NativeLibraryError) {
        let source = try Tokenizer.Session(language: sourceLanguage)
        let target = try Tokenizer.Session(language: targetLanguage)
        let sourceStop = StopWords.words(for: sourceLanguage)
        let targetStop = StopWords.words(for: targetLanguage)
        var sourceCache: [ByteKey: [String]] = [:]
        var targetCache: [ByteKey: [String]] = [:]
        func stems(_ phrase: String, _ session: Tokenizer.Session, _ stop: Set<String>, _ cache: inout [ByteKey: [String]])
            -> [String]
        {
            let key = ByteKey(phrase)
            if let cached = cache[key] { return cached }
            // Fast path: one word of basic Latin or Cyrillic letters needs no word breaking.
            if !phrase.isEmpty, phrase.unicodeScalars.allSatisfy({ Self.isBasicLetter($0) }) {
                let normalized = Tokenizer.normalize(phrase)
                let stem = session.stem(normalized)
                cache[key] = [stem]
                return [stem]
            }
            let words = session.tokens(in: phrase, byteOffset: 0).filter { $0.kind == .word || $0.kind == .number }
            let result = words.count == 1 ? [words[0].stem] : words.filter { !stop.contains($0.normalized) }.map(\.stem)
            let value = words.count > 3 ? [] : result
            cache[key] = value
            return value
        }
        // Rows are appended to without a membership test and made unique at the end (first occurrence kept): a
        // common stem has hundreds of translations, and testing each addition against its row was quadratic.
        var touched = Set<ByteKey>()
        for (sourcePhrase, targetPhrase) in phrasePairs {
            let sourceStems = stems(sourcePhrase, source, sourceStop, &sourceCache)
            let targetStems = stems(targetPhrase, target, targetStop, &targetCache)
            for sourceStem in sourceStems {
                let key = ByteKey(sourceStem)
                touched.insert(key)
                for targetStem in targetStems { table[key, default: []].append(ByteKey(targetStem)) }
            }
        }
        for key in touched {
            guard let row = table[key], row.count > 1 else { continue }
            var seen = Set<ByteKey>(minimumCapacity: row.count)
            table[key] = row.filter { seen.insert($0).inserted }
        }
    }

    static func isBasicLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0x410...0x44F, 0x401, 0x451: return true
        default: return false
        }
    }

    /// The built-in Russian–English seed lexicon (about 2,900 entries written by the project).
    public static func russianEnglishSeed() throws(NativeLibraryError) -> Lexicon {
        var lexicon = Lexicon()
        try lexicon.add(phrasePairs: SeedLexicon.russianEnglishPairs, sourceLanguage: .russian, targetLanguage: .english)
        return lexicon
    }
}

/// Function words that carry no alignment evidence.
enum StopWords {
    static func words(for language: Language) -> Set<String> {
        switch language {
        case .russian: return russian
        case .english: return english
        default: return []
        }
    }

    static let russian: Set<String> = [
        "и", "в", "во", "на", "с", "со", "по", "к", "ко", "о", "об", "обо", "от", "до", "из", "за", "у", "а", "но",
        "же", "ли", "бы", "не", "ни", "что", "как", "это", "то", "этот", "эта", "эти", "так", "для", "при", "или",
        "мы", "вы", "он", "она", "они", "я", "его", "ее", "их", "все", "всё", "уже", "еще", "ещё", "есть", "был",
        "была", "были", "быть", "будет", "который", "которые", "которая", "которых", "также", "тоже", "там", "тут",
        "вот", "ну", "да", "нет", "чтобы", "если", "только", "очень", "может", "этого", "этой", "том", "тем", "этом",
    ]

    static let english: Set<String> = [
        "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "is",
        "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "we", "you",
        "he", "she", "they", "i", "his", "her", "their", "our", "my", "your", "not", "no", "so", "if", "than",
        "then", "there", "here", "which", "who", "whom", "what", "will", "would", "can", "could", "should", "shall",
        "do", "does", "did", "have", "has", "had", "also", "just", "very", "about", "into", "all", "any", "some",
        "such", "up", "out", "us", "them", "me", "him", "well", "let",
    ]
}

extension Array where Element == ByteKey {
    /// Appends `key` unless it is already there (lexicon rows are short).
    mutating func appendIfAbsent(_ key: ByteKey) {
        if !contains(key) { append(key) }
    }
}

/// The stems of a lexicon in byte order, so that the stems sharing a prefix can be found: a word the lexicon lacks
/// (`конкретик`, from `конкретика`) borrows the translations of its few relatives that share all but its last two
/// letters (`конкретн`, from `конкретный`). Russian derives words by suffix, and Snowball leaves derivational
/// suffixes on the stem.
struct StemIndex: Sendable {
    /// The lexicon's source stems, in byte order.
    let stems: [ByteKey]
    /// The lexicon's target stems per source stem, laid out for look-ups by bytes (filled as stems are asked for).
    let targets = LexiconTargetCache()

    /// Stems of at least this many letters look for relatives.
    static let minimumLength = 7
    /// Relatives share all of a stem's letters but this many at its end.
    static let droppedLetters = 2

    /// The index of `lexicon`'s source stems.
    init(_ lexicon: Lexicon) {
        stems = lexicon.sortedStems ?? lexicon.table.keys.sorted(by: ByteKey.precedes)
    }

    /// The stems that share `stem`'s prefix (all but its last `droppedLetters` letters), when `stem` has at least
    /// `minimumLength` letters and there are between one and `limit` of them; empty otherwise (a short prefix or a
    /// large family says little about meaning).
    ///
    /// - Complexity: O(log n + limit).
    func relatives(of stem: ByteKey, limit: Int) -> ArraySlice<ByteKey> {
        let letters = stem.string.unicodeScalars
        guard limit > 0, letters.count >= Self.minimumLength else { return [] }
        let prefix = ByteKey(String(String.UnicodeScalarView(letters.dropLast(Self.droppedLetters))))
        let low = stems.partitioningIndex { ByteKey.precedes($0, prefix) }
        var end = low
        while end < stems.count, stems[end].string.utf8.starts(with: prefix.string.utf8) {
            end += 1
            if end - low > limit { return [] }
        }
        return stems[low..<end]
    }
}
