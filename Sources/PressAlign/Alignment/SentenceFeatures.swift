import Foundation

/// What the aligner knows about one sentence: its evidence keys, length and structural role.
struct SentenceFeatures {
    /// Interned evidence keys (stems, numbers, name skeletons), unique.
    var keys: [Int32]
    /// Key count used for normalisation (content words and numbers).
    var contentCount: Int
    /// Key positions (below 64) that stand for a word already represented by another key position (a capitalised
    /// word's name skeleton beside its stem): `(secondary, representative)`.
    /// Coverage counts words, not keys: a matched secondary key marks its representative as matched.
    var secondaryKeys: [(position: UInt8, representative: UInt8)] = []
    /// Bits of the key positions (below 64) that represent a word or number; coverage divides by their count.
    var representativeMask: UInt64 = .max
    /// Non-space characters.
    var length: Int
    /// The speaker of a turn that starts here (`question`, `moderator`, or a name skeleton), interned.
    var speaker: Int32?
    /// Whether a line break precedes the sentence (a paragraph or line start).
    var startsLine: Bool
    /// A stage note (`(Laughter.)`), a `# # #` line, or a line without any word.
    var isNoise: Bool
    /// Starts in lower case or with `,` `;` `)`: a fragment that continues the sentence before.
    var continuesPrevious = false
    /// Site boilerplate (from the ingest stage).
    var isBoilerplate = false
    /// What kind of boilerplate the ingest stage found (`nil` without it).
    var boilerplateKind: Document.Boilerplate? = nil
    /// A site's language switch (`English` on a Russian page): boilerplate with no counterpart on the other page.
    var isLanguageSwitch = false
    /// The document's title, dateline or a heading (from the ingest stage).
    var structuralRole: Document.Role? = nil
}

/// Interns strings as small integers for the duration of one alignment.
///
/// Word keys (`w:` + stem) are kept by their stem alone: the table builds no `w:` string unless asked for one.
final class KeyTable {
    /// Keys other than word keys → id, by the key's bytes (open addressing with a fixed multiply-xor hash: cheaper
    /// than `Dictionary`'s seeded hashing).
    private var ids = ByteSliceMap<Int32>()
    /// Per key: the key when it is not a word key (kept for debugging).
    private var otherKeys: [String?] = []
    /// Word keys by their stem, so that lexicon look-ups need no string building.
    private var wordIDs = ByteSliceMap<Int32>()
    /// Per key: its stem when it is a word key.
    private(set) var stems: [ByteKey?] = []

    /// An empty table with room for about `expectedCount` keys.
    init(expectedCount: Int = 0) {
        ids.reserveCapacity(expectedCount / 4)
        wordIDs.reserveCapacity(expectedCount)
        otherKeys.reserveCapacity(expectedCount)
        stems.reserveCapacity(expectedCount)
    }

    /// The number of keys; ids are `0 ..< count`.
    var count: Int { stems.count }

    func id(_ key: String) -> Int32 {
        if key.utf8.starts(with: "w:".utf8) { return wordID(stem: String(decoding: key.utf8.dropFirst(2), as: UTF8.self)) }
        return ByteKey(key).withBytes { bytes in id(key, bytes: bytes, hash: ByteSliceMap<Int32>.hash(bytes)) }
    }

    /// The id of `key` (not a word key), spelt by `bytes` with `ByteSliceMap` hash `hash`.
    func id(_ key: String, bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
        assert(!key.hasPrefix("w:"), "word keys are interned by their stem")
        if let existing = ids.value(for: bytes, hash: hash) { return existing }
        let new = Int32(count)
        ids.insert(new, for: bytes, hash: hash)
        otherKeys.append(key)
        stems.append(nil)
        return new
    }

    /// The word key (`w:` + `stem`) of a stem: the same id as `id("w:" + stem)`.
    func wordID(stem: String) -> Int32 {
        let stemKey = ByteKey(stem)
        return stemKey.withBytes { wordID(stem: stemKey, bytes: $0, hash: ByteSliceMap<Int32>.hash($0)) }
    }

    /// The word key of `stem`, spelt by `bytes` with `ByteSliceMap` hash `hash`.
    func wordID(stem: ByteKey, bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
        if let existing = wordIDs.value(for: bytes, hash: hash) { return existing }
        let new = Int32(count)
        wordIDs.insert(new, for: bytes, hash: hash)
        otherKeys.append(nil)
        stems.append(stem)
        return new
    }

    /// The word key of a stem, when some sentence has it.
    func existingWordID(stem: ByteKey) -> Int32? { stem.withBytes { wordIDs.value(for: $0) } }

    /// The word key of the stem spelt by `bytes`, whose `ByteSliceMap` hash is `hash`, when some sentence has it.
    func existingWordID(stemBytes bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
        wordIDs.value(for: bytes, hash: hash)
    }
}

/// Builds sentence features for one language.
struct FeatureExtractor {
    let language: Language
    let session: Tokenizer.Session
    let transliterator: Transliterator.Lease?
    /// Stop words by their bytes (String hashing normalises Cyrillic first, which cost more than the look-up).
    let stopWords: Set<ByteKey>
    /// Add cognate keys (for language pairs without a lexicon).
    let usesCognates: Bool
    /// Words analysed before, in this process and language (shared by every extractor).
    private let analyses: WordAnalysisCache

    /// What `wordKeys(of:table:)` found for one surface form.
    struct WordKeys {
        var isStopWord: Bool
        /// The `w:` key of the ASCII surface form (beside the stem).
        var surface: Int32?
        /// The stem key, then the cognate and name-skeleton keys of the same word: the first `groupCount` of
        /// three (inline, so that reading a cached word copies no array).
        var group: (Int32, Int32, Int32) = (-1, -1, -1)
        var groupCount = 0

        mutating func append(_ key: Int32) {
            switch groupCount {
            case 0: group.0 = key
            case 1: group.1 = key
            default: group.2 = key
            }
            groupCount += 1
        }

        /// The group as an array.
        var groupKeys: [Int32] { Array([group.0, group.1, group.2].prefix(groupCount)) }
    }

    /// The words this extractor has met (leased, so kept from one alignment to the next; see `WordCache`).
    private let words: WordCache.Lease

    init(language: Language, usesCognates: Bool) throws(NativeLibraryError) {
        self.language = language
        self.usesCognates = usesCognates
        session = try Tokenizer.Session(language: language)
        transliterator = language == .russian ? try? Transliterator.lease(identifier: "Russian-Latin/BGN; Latin-ASCII") : nil
        stopWords = Set(StopWords.words(for: language).map(ByteKey.init))
        analyses = WordAnalysisCache.shared(for: language)
        // Without its transliterator (ICU failed to open it) a Russian extractor's analyses lack skeletons: they must
        // not reach a cache that other extractors use.
        words = WordCache.lease(language: language, shared: !(language == .russian && transliterator == nil))
    }

    static let questionWords: Set<String> = ["вопрос", "question", "q", "журналист", "reporter", "реплика"]
    static let moderatorWords: Set<String> = ["модератор", "moderator", "ведущий", "ведущая", "operator"]

    func features(of sentence: Sentence, startsLine: Bool, table: KeyTable) -> SentenceFeatures {
        let words = self.words.object
        // The word cache holds key numbers of one table.
        words.begin(table)
        let text = sentence.text
        var body = Substring(text)
        var speaker: Int32? = nil
        if let labelLength = SpeakerLabel.labelLength(in: body) {
            let label = body.utf8.prefix(labelLength)
            let labelText = String(Substring(label))
            let key: String
            if let known = words.speakerKeys[labelText] {
                key = known
            } else {
                key = speakerKey(labelText)
                words.speakerKeys[labelText] = key
            }
            speaker = table.id(key)
            body = Substring(body.utf8.dropFirst(labelLength))
        }
        var keys: [Int32] = []
        keys.reserveCapacity(min(256, body.utf8.count / 4 + 4))
        // Keys of one word, when it has several (its stem and its name skeleton). An English word's surface form
        // stays a key of its own: joining it to the stem measured worse.
        var wordKeyGroups: [[Int32]] = []
        var content = 0
        var sawWord = false
        var numbers: [String] = []
        body.withUTF8 { buffer in words.withState { cache in
            // Number keys from the same bytes (most sentences hold no digit, and the reading stops at once).
            numbers = AnchorKeys.numbers(utf8: buffer, decimalComma: language != .english)
            session.forEachToken(in: buffer) { range, kind in
                guard kind == .word else { return }
                sawWord = true
                let word = wordKeys(of: UnsafeBufferPointer(rebasing: buffer[range]), table: table, words: &cache)
                if word.isStopWord { return }
                content += 1
                if let surface = word.surface { keys.append(surface) }
                if word.groupCount > 0 { keys.append(word.group.0) }
                if word.groupCount > 1 { keys.append(word.group.1) }
                if word.groupCount > 2 { keys.append(word.group.2) }
                // Without a lexicon (German nouns are all capitalised) separate name keys measured better.
                if word.groupCount > 1, !usesCognates { wordKeyGroups.append(word.groupKeys) }
            }
        } }
        for number in numbers {
            keys.append(table.id("#:" + number))
            content += 1
        }
        let trimmed = body.trimmingWhitespace()
        // The first byte rules most sentences out before characters are compared.
        let opening = trimmed.utf8.first
        let isStageNote = (opening == UInt8(ascii: "(") && trimmed.hasPrefix("(") && trimmed.hasSuffix(")"))
            || (opening == UInt8(ascii: "[") && trimmed.hasPrefix("[") && trimmed.hasSuffix("]"))
        let length = Self.nonSpaceLength(text)
        let sortedKeys = keys.sortedUnique()
        var features = SentenceFeatures(
            keys: sortedKeys, contentCount: content, length: length, speaker: speaker, startsLine: startsLine,
            isNoise: isStageNote || !sawWord)
        if !wordKeyGroups.isEmpty {
            (features.secondaryKeys, features.representativeMask) = Self.wordUnits(of: sortedKeys, groups: wordKeyGroups)
        }
        // A site's language switch (`English` on a Russian page) is boilerplate even without the ingest stage: the
        // other page has no line facing it.
        features.isLanguageSwitch = BoilerplateClassifier.isLanguageSwitch(trimmed)
        features.isBoilerplate = features.isLanguageSwitch
        if let first = trimmed.unicodeScalars.first {
            switch first.value {
            case 0x61...0x7A, 0x430...0x44F, 0x451, 0x2C, 0x3B, 0x29, 0x5D, 0x7D:  // a-z, а-я, ё, `,;)]}`
                features.continuesPrevious = true
            case 0x00...0x7F, 0x410...0x42F, 0x401:  // the rest of ASCII, А-Я, Ё
                features.continuesPrevious = false
            default:
                features.continuesPrevious = first.properties.isLowercase
            }
        }
        return features
    }

    /// Unicode scalars that are not white space, counted on UTF-8 bytes: a scalar is its lead byte, and the white
    /// space outside ASCII is U+0085, U+00A0, U+1680, U+2000…U+200A, U+2028, U+2029, U+202F, U+205F and U+3000.
    static func nonSpaceLength(_ text: String) -> Int {
        if let count = text.utf8.withContiguousStorageIfAvailable(nonSpaceLength(utf8:)) { return count }
        return text.unicodeScalars.reduce(0) { $0 + ($1.properties.isWhitespace ? 0 : 1) }
    }

    /// `nonSpaceLength(_:)` on the bytes of valid UTF-8 text.
    static func nonSpaceLength(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
        // Every lead byte counts one scalar unless it is ASCII white space; continuation bytes count nothing. The few
        // lead bytes that can start non-ASCII white space (0xC2, 0xE1, 0xE2, 0xE3) look at their sequence.
        var count = 0
        let end = bytes.count
        for index in 0..<end {
            let byte = bytes[index]
            let isLead = byte & 0xC0 != 0x80
            let isASCIISpace = byte == 0x20 || byte &- 0x09 < 5
            count &+= isLead && !isASCIISpace ? 1 : 0
            guard byte >= 0xC2, byte == 0xC2 || (byte >= 0xE1 && byte <= 0xE3) else { continue }
            let second = index + 1 < end ? bytes[index + 1] : 0
            let third = index + 2 < end ? bytes[index + 2] : 0
            let isSpace: Bool
            switch (byte, second) {
            case (0xC2, _): isSpace = second == 0x85 || second == 0xA0
            case (0xE1, 0x9A): isSpace = third == 0x80
            case (0xE2, 0x80): isSpace = third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF
            case (0xE2, 0x81): isSpace = third == 0x9F
            case (0xE3, 0x80): isSpace = third == 0x80
            default: isSpace = false
            }
            if isSpace { count &-= 1 }
        }
        return count
    }

    /// Joins the key positions of each word (union–find over positions below 64): every group gets its smallest
    /// position as representative.
    static func wordUnits(of keys: [Int32], groups: [[Int32]]) -> ([(position: UInt8, representative: UInt8)], UInt64) {
        let count = min(64, keys.count)
        var parent = Array(0..<count)
        func root(_ position: Int) -> Int {
            var current = position
            while parent[current] != current { current = parent[current] }
            return current
        }
        // A key shared by two words (`America` and `American` have one name skeleton) joins only the first word, so
        // that different words never merge into one.
        var claimed: UInt64 = 0
        for group in groups {
            // The group's positions in `keys` (sorted, so a binary search finds each), those below 64 only.
            var first: Int? = nil
            for key in group {
                let position = keys.partitioningIndex { $0 < key }
                guard position < count, keys[position] == key else { continue }
                guard let head = first else {
                    first = position
                    continue
                }
                guard claimed & (1 << UInt64(position)) == 0 else { continue }
                let (a, b) = (root(head), root(position))
                if a != b { parent[max(a, b)] = min(a, b) }
                claimed |= 1 << UInt64(position)
            }
        }
        var secondary: [(position: UInt8, representative: UInt8)] = []
        var representatives: UInt64 = count == 64 ? .max : (1 << UInt64(count)) - 1
        for position in 0..<count where root(position) != position {
            secondary.append((UInt8(position), UInt8(root(position))))
            representatives &= ~(1 << UInt64(position))
        }
        return (secondary, representatives)
    }

    /// The first four letters of a Latin-script word with accents and doubled letters removed and look-alike letters
    /// merged (`k`/`c`, `z`/`s`); `nil` for other scripts.
    static func cognateKey(_ word: String) -> String? {
        var result = ""
        var previous: Character = " "
        for scalar in word.unicodeScalars {
            var letter: Character
            switch scalar.value {
            case 0x61...0x7A: letter = Character(scalar)
            case 0xE0...0xE5: letter = "a"
            case 0xE7: letter = "c"
            case 0xE8...0xEB: letter = "e"
            case 0xEC...0xEF: letter = "i"
            case 0xF2...0xF6: letter = "o"
            case 0xF9...0xFC: letter = "u"
            case 0xDF: letter = "s"
            default: return nil
            }
            if letter == "k" { letter = "c" }
            if letter == "z" { letter = "s" }
            if letter == previous { continue }
            previous = letter
            result.append(letter)
            if result.count == 4 { break }
        }
        return result.count == 4 ? result : nil
    }

    /// The keys of one word: its stem, cognate and name skeleton as one group, and its surface form when it is ASCII;
    /// nothing for a stop word. Cached per surface form (running text repeats its words), for one key table.
    private func wordKeys(
        of bytes: UnsafeBufferPointer<UInt8>, table: KeyTable, words: inout WordCache.State
    ) -> WordKeys {
        if let entry = words.analyses.index(for: bytes) {
            if words.stamps[entry] == words.generation { return words.keys[entry] }
            // Met in an earlier alignment: its keys in this table.
            let word = keys(of: words.analyses.value(at: entry), bytes: bytes, table: table)
            words.keys[entry] = word
            words.stamps[entry] = words.generation
            return word
        }
        let analysis = words.isShared
            ? analyses.analysis(of: bytes) { analyse(String(decoding: bytes, as: UTF8.self)) }
            : analyse(String(decoding: bytes, as: UTF8.self))
        let word = keys(of: analysis, bytes: bytes, table: table)
        words.insert(analysis, keys: word, for: bytes)
        return word
    }

    /// A word's keys in `table`, interned in a fixed order (stem, surface, cognate, skeleton), so that key numbers
    /// depend only on the order of the alignment's own text.
    private func keys(of analysis: WordAnalysis, bytes: UnsafeBufferPointer<UInt8>, table: KeyTable) -> WordKeys {
        var word = WordKeys(isStopWord: analysis.isStopWord, surface: nil)
        guard !word.isStopWord else { return word }
        word.append(analysis.stem.intern(in: table))
        if bytes.allSatisfy({ $0 < 0x80 }) {
            word.surface = analysis.normalized.intern(in: table)
        }
        // Cognates between languages in Latin script (Regierung/régime no, Kommission/commission yes).
        let normalized = analysis.normalized.string
        if usesCognates, normalized.count >= 5, let cognate = Self.cognateKey(normalized) {
            word.append(table.id("c:" + cognate))
        }
        if let skeleton = analysis.skeletonKey {
            word.append(skeleton.intern(in: table))
        }
        return word
    }

    /// Normalised form, stem, stop-word status and (for a capitalised word of four letters or more) name skeleton.
    private func analyse(_ word: String) -> WordAnalysis {
        let normalized = Tokenizer.normalize(word)
        let isStopWord = stopWords.contains(ByteKey(normalized))
        let isName = !isStopWord && word.first?.isUppercase == true && word.count >= 4
        let skeleton = isName ? computeNameSkeleton(word) : nil
        let stem = isStopWord ? normalized : session.stem(normalized)
        return WordAnalysis(
            normalized: HashedKey(normalized, isWordKey: true), stem: HashedKey(stem, isWordKey: true),
            isStopWord: isStopWord, skeletonKey: skeleton.map { HashedKey("n:" + $0, isWordKey: false) })
    }

    private func computeNameSkeleton(_ word: String) -> String? {
        if let transliterator, word.unicodeScalars.contains(where: { (0x400...0x4FF).contains($0.value) }) {
            return AnchorKeys.nameSkeleton(latin: transliterator.object.transliterate(word))
        }
        return AnchorKeys.nameSkeleton(latin: word)
    }

    private func speakerKey(_ label: String) -> String {
        var head = label.trimmingWhitespace()
        if head.hasSuffix(":") { head = head.dropLast() }
        if let open = head.firstIndex(of: "(") { head = head[head.startIndex..<open] }
        let words = head.split(whereSeparator: { $0 == " " || $0 == "." })
        let lowered = words.map { $0.lowercased() }
        if lowered.contains(where: Self.questionWords.contains) { return "speaker:question" }
        if lowered.contains(where: Self.moderatorWords.contains) { return "speaker:moderator" }
        guard let last = words.last, let skeleton = computeNameSkeleton(String(last)) else { return "speaker:" + head.lowercased() }
        return "speaker:" + skeleton
    }
}

/// What the feature extractor derives from a word's surface form alone, whatever the alignment.
struct WordAnalysis: Sendable {
    /// NFKC case-folded (`Tokenizer.normalize`); as a key, the word key of the surface form.
    var normalized: HashedKey
    /// The Snowball stem of `normalized`; as a key, the word's word key.
    var stem: HashedKey
    /// Whether `normalized` is a stop word.
    var isStopWord: Bool
    /// `n:` and the consonant skeleton of a capitalised word of four letters or more (`Блинкена` → `n:blnk`).
    var skeletonKey: HashedKey?
}

/// A key with its `ByteSliceMap` hash, computed once per process: interning it in each alignment's `KeyTable` hashes
/// nothing and builds no string.
struct HashedKey: Sendable {
    /// A stem (for a word key) or a whole key.
    let key: ByteKey
    /// `ByteSliceMap.hash` of `key`'s bytes.
    let hash: UInt64
    /// Whether `key` is the stem of a word key (`w:` + stem) rather than a whole key.
    let isWordKey: Bool

    init(_ string: String, isWordKey: Bool) {
        key = ByteKey(string)
        hash = key.withBytes { ByteSliceMap<Int32>.hash($0) }
        self.isWordKey = isWordKey
    }

    /// The stem or key as text.
    var string: String { key.string }

    /// The key's id in `table`.
    func intern(in table: KeyTable) -> Int32 {
        key.withBytes { bytes in
            isWordKey
                ? table.wordID(stem: key, bytes: bytes, hash: hash) : table.id(key.string, bytes: bytes, hash: hash)
        }
    }
}

/// Word analyses per language, shared by every feature extractor of the process: documents aligned one after
/// another (a batch, an evaluation) share most of their vocabulary, and transliteration and stemming are the costly
/// part of feature extraction. An analysis depends only on the word, so the cache never changes a result. Bounded:
/// it is emptied at 200,000 words.
final class WordAnalysisCache: @unchecked Sendable {
    private let lock = NSLock()
    /// By the word's bytes (open addressing: no `String` is built for a word found here).
    private var values = ByteSliceMap<WordAnalysis>()

    /// The analysis of the word spelt by `bytes`, computed by `analyse` when it is not cached (outside the lock: two
    /// threads may both compute a word, with the same result).
    func analysis(of bytes: UnsafeBufferPointer<UInt8>, _ analyse: () -> WordAnalysis) -> WordAnalysis {
        lock.lock()
        let cached = values.value(for: bytes)
        lock.unlock()
        if let cached { return cached }
        let analysis = analyse()
        lock.lock()
        if values.count >= 200_000 { values.removeAll() }
        if values.value(for: bytes) == nil { values.insert(analysis, for: bytes) }
        lock.unlock()
        return analysis
    }

    /// The cache for `language`.
    static func shared(for language: Language) -> WordAnalysisCache {
        registryLock.lock()
        defer { registryLock.unlock() }
        if let cache = registry[language.rawValue] { return cache }
        let cache = WordAnalysisCache()
        registry[language.rawValue] = cache
        return cache
    }

    private static let registryLock = NSLock()
    nonisolated(unsafe) private static var registry: [String: WordAnalysisCache] = [:]
}

/// The words one feature extractor has met, kept from one alignment to the next: per surface form, its analysis and,
/// for the current key table, its keys. A thread that aligns document after document thus finds its vocabulary
/// without taking `WordAnalysisCache`'s lock, and a word new to an alignment only has its keys interned. Extractors
/// lease caches from a process-wide pool per language. Bounded: emptied at 200,000 words. Not Sendable: one owner at
/// a time.
final class WordCache {
    /// What the extractor reads and writes for every word, borrowed once per sentence (see `withState`).
    struct State {
        /// Analyses by surface form; an entry's index is its place in `keys` and `stamps`.
        var analyses = ByteSliceMap<WordAnalysis>()
        /// Per entry: its keys in the table of generation `stamps[entry]`.
        var keys: [FeatureExtractor.WordKeys] = []
        var stamps: [UInt32] = []
        /// The current table's generation (stamps of earlier tables differ from it).
        var generation: UInt32 = 0
        /// Whether the analyses come from (and belong to) `WordAnalysisCache`.
        let isShared: Bool

        /// Records a word met for the first time.
        mutating func insert(
            _ analysis: WordAnalysis, keys word: FeatureExtractor.WordKeys, for bytes: UnsafeBufferPointer<UInt8>
        ) {
            if analyses.count >= 200_000 {
                analyses.removeAll()
                keys.removeAll(keepingCapacity: true)
                stamps.removeAll(keepingCapacity: true)
            }
            analyses.insert(analysis, for: bytes)
            keys.append(word)
            stamps.append(generation)
        }
    }

    private var state: State
    /// The table the keys belong to.
    private weak var table: KeyTable?
    /// Speaker keys by label, for the current table (a transcript repeats a few labels hundreds of times, and a key
    /// transliterates).
    var speakerKeys: [String: String] = [:]

    private init(isShared: Bool) {
        state = State(isShared: isShared)
    }

    /// Makes `table` the current table: keys of earlier tables no longer count.
    func begin(_ table: KeyTable) {
        guard self.table !== table else { return }
        self.table = table
        speakerKeys.removeAll()
        state.generation &+= 1
        if state.generation == 0 {
            // After 2³² tables, old stamps could match again: clear them.
            for index in state.stamps.indices { state.stamps[index] = UInt32.max }
            state.generation = 1
        }
    }

    /// Runs `body` with the state: one exclusivity check for a whole sentence instead of one per word.
    func withState<Result>(_ body: (inout State) -> Result) -> Result { body(&state) }

    /// A cache borrowed from the pool (see `lease(language:shared:)`).
    typealias Lease = ObjectPool<WordCache>.Lease

    /// Idle caches by language.
    private static let pool = ObjectPool<WordCache>(limit: 8)

    /// A cache for `language`: from the pool when `shared` (its analyses are `WordAnalysisCache`'s), else a private
    /// one that no other extractor will see (a pool of its own, used once). Either starts a new generation on its next
    /// table, even the table it last served.
    static func lease(language: Language, shared: Bool) -> Lease {
        let lease = (shared ? pool : ObjectPool<WordCache>(limit: 0)).lease(key: language.rawValue) {
            WordCache(isShared: shared)
        }
        // The next extractor may add other keys to the same table (cognates): it starts a new generation.
        lease.object.table = nil
        return lease
    }
}
