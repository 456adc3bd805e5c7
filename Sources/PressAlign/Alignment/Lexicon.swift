/// Word translations between two languages over normalised stems, used as lexical evidence by the aligner.
///
/// A lexicon is built from phrase pairs (the seed lexicon, a dictionary) by stemming both sides with the languages'
/// Snowball stemmers; the aligner adds the pairs it learns from the documents.
public struct Lexicon: Sendable {
    /// Source stem → target stems.
    public private(set) var translations: [String: Set<String>] = [:]

    /// An empty lexicon.
    public init() {}

    /// The number of stem pairs.
    public var count: Int { translations.values.reduce(0) { $0 + $1.count } }

    /// Adds a stem pair.
    public mutating func add(sourceStem: String, targetStem: String) {
        translations[sourceStem, default: []].insert(targetStem)
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
        var sourceCache: [String: [String]] = [:]
        var targetCache: [String: [String]] = [:]
        func stems(_ phrase: String, _ session: Tokenizer.Session, _ stop: Set<String>, _ cache: inout [String: [String]])
            -> [String]
        {
            if let cached = cache[phrase] { return cached }
            // Fast path: one word of letters needs no word breaking.
            if !phrase.isEmpty, phrase.allSatisfy(\.isLetter) {
                let normalized = Tokenizer.normalize(phrase)
                let stem = session.stemmer?.stem(normalized) ?? normalized
                cache[phrase] = [stem]
                return [stem]
            }
            let words = session.tokens(in: phrase, byteOffset: 0).filter { $0.kind == .word || $0.kind == .number }
            let result = words.count == 1 ? [words[0].stem] : words.filter { !stop.contains($0.normalized) }.map(\.stem)
            cache[phrase] = words.count > 3 ? [] : result
            return cache[phrase]!
        }
        for (sourcePhrase, targetPhrase) in phrasePairs {
            let sourceStems = stems(sourcePhrase, source, sourceStop, &sourceCache)
            let targetStems = stems(targetPhrase, target, targetStop, &targetCache)
            for sourceStem in sourceStems {
                for targetStem in targetStems { add(sourceStem: sourceStem, targetStem: targetStem) }
            }
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
