import Foundation

/// The state of one alignment: features, the translation map, the band and the dynamic program.
struct AlignmentProblem {
    let source: [SentenceFeatures]
    let target: [SentenceFeatures]
    let table: KeyTable
    let configuration: Aligner.Configuration
    /// Expected target characters per source character.
    let lengthRatio: Double

    /// Source key → target keys it translates to (only keys present in the target document).
    private var translations = TranslationTable()
    /// Per key: whether the target document has it (a flat array: a `Set` cost 3.5 M instructions per call of the
    /// 1,132-sentence benchmark pair).
    private let isTargetKey: [Bool]
    /// Per row i (0...n): the window of target positions j searched.
    private var windows: [ClosedRange<Int>] = []
    /// Pair statistics for source sentence i against target sentences in `pairRanges[i]`.
    private var pairRanges: [Range<Int>] = []
    /// Which of source sentence i's words find a translation in target sentence j, and which of j's words are
    /// translations of i's: key-position masks folded to the positions of the words' representative keys (see
    /// `folded`); bead scores take unions of these masks. One flat array each: row i starts at `maskRowStarts[i]`
    /// (see `maskIndex`).
    private var sourceMasks: [UInt64] = []
    private var targetMasks: [UInt64] = []
    private var maskRowStarts: [Int] = []

    /// How parallel the documents look: anchored sentences over the shorter side, in [0, 1].
    private var parallelism = 1.0
    /// Per source sentence: how far (in sentences) the nearest anchor is; site junk and one-sided passages lie far
    /// from anchors.
    private var anchorDistance: [Int] = []
    /// Per source row (0...n): the larger side of the anchor segment around it, in sentences; small gaps on both
    /// sides mean the passage is densely anchored.
    private var anchorGap: [Int] = []

    /// Bead shapes allowed, as (source count, target count).
    let shapes: [(Int, Int)]
    /// The per-sentence facts the dynamic program reads for every bead, as plain values (reading them from
    /// `SentenceFeatures`, which holds arrays, cost a retain and a release each time).
    struct Traits {
        var length: Int
        var speaker: Int32?
        var structuralRole: Document.Role?
        var startsLine: Bool
        var isNoise: Bool
        var continuesPrevious: Bool
        var isBoilerplate: Bool
        var boilerplateKind: Document.Boilerplate?
        var hasKeys: Bool

        init(_ features: SentenceFeatures) {
            length = features.length
            speaker = features.speaker
            structuralRole = features.structuralRole
            startsLine = features.startsLine
            isNoise = features.isNoise
            continuesPrevious = features.continuesPrevious
            isBoilerplate = features.isBoilerplate
            // A language switch faces the other page's switch, which is not its translation.
            boilerplateKind = features.isLanguageSwitch ? nil : features.boilerplateKind
            hasKeys = !features.keys.isEmpty
        }

        /// A line start, a turn or a stage note: a soft boundary that a bead should not merge across.
        var isSoftBoundary: Bool { startsLine || speaker != nil || isNoise }
    }

    private let sourceTraits: [Traits]
    private let targetTraits: [Traits]
    /// Per sentence: its word count plus the coverage smoothing, the denominator of its coverage share.
    private let sourceDenominators: [Double]
    private let targetDenominators: [Double]
    /// `lengthDeviation` of the beads of one to three source sentences starting at each i: `(count - 1) · n + i`
    /// (the dynamic program asks for it with every bead it tries).
    private let lengthDeviations: [Double]

    init(source: [SentenceFeatures], target: [SentenceFeatures], table: KeyTable, configuration: Aligner.Configuration) {
        self.source = source
        self.target = target
        self.table = table
        self.configuration = configuration
        let sourceLength = source.reduce(0) { $0 + $1.length }
        let targetLength = target.reduce(0) { $0 + $1.length }
        lengthRatio = sourceLength > 0 && targetLength > 0 ? Double(targetLength) / Double(sourceLength) : 1
        var isTargetKey = [Bool](repeating: false, count: table.count)
        for features in target {
            for key in features.keys { isTargetKey[Int(key)] = true }
        }
        self.isTargetKey = isTargetKey
        let side = max(1, min(3, configuration.maximumBeadSide))
        var shapes: [(Int, Int)] = [(1, 1), (1, 0), (0, 1)]
        if side >= 2 { shapes += [(2, 1), (1, 2), (2, 2)] }
        if side >= 3 { shapes += [(3, 1), (1, 3)] }
        self.shapes = shapes
        sourceTraits = source.map(Traits.init)
        targetTraits = target.map(Traits.init)
        var lengthDeviations = [Double](repeating: 1, count: 3 * source.count)
        for count in 1...3 {
            for i in source.indices where i + count <= source.count {
                let length = source[i..<(i + count)].reduce(0) { $0 + $1.length }
                lengthDeviations[(count - 1) * source.count + i] = Self.lengthDeviation(
                    sourceLength: length, lengthRatio: lengthRatio)
            }
        }
        self.lengthDeviations = lengthDeviations
        sourceDenominators = source.map { Self.wordCount($0) + configuration.coverageSmoothing }
        targetDenominators = target.map { Self.wordCount($0) + configuration.coverageSmoothing }
    }

    // MARK: - Evidence

    /// Looks up, once per problem, the lexicons' translations of every source key that are present in the target
    /// document (`buildTranslations` then adds identity and learned translations to them): those of `main.lexicon`
    /// (through its index's target cache) and of `others`. A stem that no lexicon knows borrows the translations its
    /// relatives in `main.lexicon` have (see `StemIndex`), at most `configuration.relatedStemLimit` of them.
    mutating func lookUpLexicons(_ main: (lexicon: Lexicon, index: StemIndex), others: [Lexicon] = []) {
        let keyCount = table.count
        lexiconTranslations = Array(repeating: [], count: keyCount)
        var seen = [Bool](repeating: false, count: keyCount)
        for features in source {
            for key in features.keys where !seen[Int(key)] {
                seen[Int(key)] = true
                guard let stem = table.stems[Int(key)] else { continue }
                var targets: [Int32] = []
                func collect(_ bytes: UnsafeBufferPointer<UInt8>, _ hash: UInt64) {
                    if let targetKey = table.existingWordID(stemBytes: bytes, hash: hash), isTargetKey[Int(targetKey)] {
                        targets.append(targetKey)
                    }
                }
                main.index.targets.forEachTargetStem(of: stem, in: main.lexicon, collect)
                for lexicon in others {
                    for targetStem in lexicon.table[stem] ?? [] {
                        if let targetKey = table.existingWordID(stem: targetStem), isTargetKey[Int(targetKey)] {
                            targets.append(targetKey)
                        }
                    }
                }
                if targets.isEmpty {
                    let relatives = (index: main.index, limit: configuration.relatedStemLimit)
                    main.index.targets.forEachTargetStem(of: stem, in: main.lexicon, borrowingFrom: relatives, collect)
                }
                lexiconTranslations[Int(key)] = targets
            }
        }
    }

    /// Fills `translations`: per source key, the target-document keys it may translate to (the same key, learned
    /// translations, and the lexicons' translations of its stem from `lookUpLexicons`), sorted and unique.
    mutating func buildTranslations(learned: [Int32: [Int32]]) {
        let keyCount = table.count
        precondition(lexiconTranslations.count == keyCount, "lookUpLexicons comes first")
        var perKey = [[Int32]](repeating: [], count: keyCount)
        var seen = [Bool](repeating: false, count: keyCount)
        for features in source {
            for key in features.keys where !seen[Int(key)] {
                seen[Int(key)] = true
                var targets = lexiconTranslations[Int(key)]
                if isTargetKey[Int(key)] { targets.append(key) }
                if let extra = learned[key] { targets += extra.filter { isTargetKey[Int($0)] } }
                if !targets.isEmpty { perKey[Int(key)] = targets.sortedUnique() }
            }
        }
        translations = TranslationTable(perKey)
    }

    /// Per source key, its target keys in one flat array (`targets[starts[key] ..< starts[key + 1]]`): the lookups
    /// read them for every source sentence of every pass, without retaining an array per key.
    struct TranslationTable {
        /// Per source key, where its run of `targets` starts; the last entry is `targets.count`.
        private(set) var starts: [Int32] = [0]
        /// Every source key's target keys, key after key.
        private(set) var targets: [Int32] = []

        /// A table without keys.
        init() {}

        /// The table of `perKey[key]`, for every key.
        init(_ perKey: [[Int32]]) {
            starts.reserveCapacity(perKey.count + 1)
            for keys in perKey {
                targets += keys
                starts.append(Int32(targets.count))
            }
        }
    }

    /// Per source key, its lexicons' translations present in the target document (from `lookUpLexicons`).
    private var lexiconTranslations: [[Int32]] = []

    /// Masks of the matched keys of source sentence `i` (against `j`) and of target sentence `j` (against `i`), given
    /// the lookup filled for `i`.
    @inline(__always)
    private func computePair(_ j: Int, _ lookup: DenseLookup) -> (UInt64, UInt64) {
        var sourceMask: UInt64 = 0
        var targetMask: UInt64 = 0
        var position: UInt64 = 0
        for key in target[j].keys {
            guard position < 64 else { break }
            let mask = lookup.masks[Int(key)]
            if mask != 0 {
                sourceMask |= mask
                targetMask |= 1 << position
            }
            position += 1
        }
        return (sourceMask, targetMask)
    }

    /// For one source sentence at a time: target key → mask of the source key positions that translate to it, in a
    /// flat array over all keys (cleared after each sentence), so pair statistics need no hashing.
    struct DenseLookup {
        var masks: [UInt64]
        var touched: [Int32] = []

        init(keyCount: Int) {
            masks = Array(repeating: 0, count: keyCount)
        }

        mutating func fill(_ keys: [Int32], translations: TranslationTable) {
            masks.withUnsafeMutableBufferPointer { masks in
                for key in touched { masks[Int(key)] = 0 }
                touched.removeAll(keepingCapacity: true)
                translations.starts.withUnsafeBufferPointer { starts in
                    translations.targets.withUnsafeBufferPointer { targets in
                        var position: UInt64 = 0
                        for key in keys {
                            guard position < 64 else { break }
                            for index in Int(starts[Int(key)])..<Int(starts[Int(key) + 1]) {
                                let targetKey = targets[index]
                                if masks[Int(targetKey)] == 0 { touched.append(targetKey) }
                                masks[Int(targetKey)] |= 1 << position
                            }
                            position += 1
                        }
                    }
                }
            }
        }

        var isEmpty: Bool { touched.isEmpty }
    }

    // MARK: - Band

    /// Anchor pairs: sentences sharing rare evidence, kept when monotonic. A key is rare when it occurs at most three
    /// times in the target document, or at most three times within `anchorWindow` sentences of the diagonal position
    /// (so that long documents, whose vocabulary repeats, still find anchors).
    private func anchors() -> [(Int, Int)] {
        // Target sentences per key, ascending, in one flat array: positions[starts[key] ..< starts[key + 1]].
        let keyCount = table.count
        var starts = [Int](repeating: 0, count: keyCount + 1)
        for features in target {
            for key in features.keys { starts[Int(key) + 1] += 1 }
        }
        for key in 0..<keyCount { starts[key + 1] += starts[key] }
        var positions = [Int](repeating: 0, count: starts[keyCount])
        var fill = starts
        for (j, features) in target.enumerated() {
            for key in features.keys {
                positions[fill[Int(key)]] = j
                fill[Int(key)] += 1
            }
        }
        let n = source.count
        let m = target.count
        let window = Self.anchorWindow
        var candidates: [(i: Int, j: Int, score: Double)] = []
        var lookup = DenseLookup(keyCount: table.count)
        var votes = [Int](repeating: 0, count: m)
        var voted: [Int] = []
        var windowStarts = starts
        var windowEnds = starts
        for i in source.indices {
            lookup.fill(source[i].keys, translations: translations)
            guard !lookup.isEmpty else { continue }
            let expected = n > 0 ? i * m / n : 0
            // Votes per target sentence in a dense array, cleared through the list of voted sentences.
            voted.removeAll(keepingCapacity: true)
            for key in lookup.touched {
                var occurrences = starts[Int(key)]..<starts[Int(key) + 1]
                if occurrences.count > 3 {
                    // Positions are sorted and the diagonal only moves forward, so each key's window cursors only
                    // move forward too: the occurrences within the window around the diagonal.
                    let key = Int(key)
                    while windowStarts[key] < occurrences.upperBound && positions[windowStarts[key]] < expected - window {
                        windowStarts[key] += 1
                    }
                    while windowEnds[key] < occurrences.upperBound && positions[windowEnds[key]] <= expected + window {
                        windowEnds[key] += 1
                    }
                    guard windowEnds[key] - windowStarts[key] <= 3 else { continue }
                    occurrences = windowStarts[key]..<windowEnds[key]
                }
                for position in occurrences {
                    let j = positions[position]
                    if votes[j] == 0 { voted.append(j) }
                    votes[j] += 1
                }
            }
            // The three sentences with most votes (at least two), fewer votes and then later sentences last.
            var top: (Int, Int, Int) = (-1, -1, -1)
            var topVotes: (Int, Int, Int) = (0, 0, 0)
            for j in voted {
                let count = votes[j]
                votes[j] = 0
                guard count >= 2 else { continue }
                if count > topVotes.0 || (count == topVotes.0 && j < top.0) {
                    (top, topVotes) = ((j, top.0, top.1), (count, topVotes.0, topVotes.1))
                } else if count > topVotes.1 || (count == topVotes.1 && j < top.1) {
                    (top, topVotes) = ((top.0, j, top.1), (topVotes.0, count, topVotes.1))
                } else if count > topVotes.2 || (count == topVotes.2 && j < top.2) {
                    (top.2, topVotes.2) = (j, count)
                }
            }
            var best: (Int, Double)? = nil
            for slot in 0..<3 {
                let j = slot == 0 ? top.0 : (slot == 1 ? top.1 : top.2)
                guard j >= 0 else { break }
                let (ms, mt) = computePair(j, lookup)
                let score = Double(ms.nonzeroBitCount + mt.nonzeroBitCount)
                    / Double(source[i].keys.count + target[j].keys.count + 2)
                if score > (best?.1 ?? 0) { best = (j, score) }
            }
            if let (j, score) = best, score >= 0.3 { candidates.append((i, j, score)) }
        }
        // Longest increasing chain in j (patience sorting), i already increasing.
        var tails: [Int] = []
        var tailIndex: [Int] = []
        var previous = [Int](repeating: -1, count: candidates.count)
        for (position, candidate) in candidates.enumerated() {
            var low = 0
            var high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if tails[middle] < candidate.j { low = middle + 1 } else { high = middle }
            }
            if low > 0 { previous[position] = tailIndex[low - 1] }
            if low == tails.count {
                tails.append(candidate.j)
                tailIndex.append(position)
            } else {
                tails[low] = candidate.j
                tailIndex[low] = position
            }
        }
        var chain: [(Int, Int)] = []
        var cursor = tailIndex.last ?? -1
        while cursor >= 0 {
            chain.append((candidates[cursor].i, candidates[cursor].j))
            cursor = previous[cursor]
        }
        return chain.reversed()
    }

    /// Half-width, in target sentences, of the diagonal window in which a frequent key can still be rare.
    static let anchorWindow = 500

    private mutating func buildBand() {
        let n = source.count
        let m = target.count
        var points: [(Int, Int)] = [(0, 0)]
        for (i, j) in anchors() where i > points.last!.0 && j > points.last!.1 && i < n && j < m {
            points.append((i, j))
        }
        parallelism = min(1, Double(points.count - 1) / Double(max(1, min(n, m))) / 0.4)
        anchorDistance = [Int](repeating: Int.max / 2, count: n)
        for (i, _) in points.dropFirst().dropLast() { anchorDistance[i] = 0 }
        for i in 1..<max(1, n) { anchorDistance[i] = min(anchorDistance[i], anchorDistance[i - 1] + 1) }
        for i in stride(from: n - 2, through: 0, by: -1) { anchorDistance[i] = min(anchorDistance[i], anchorDistance[i + 1] + 1) }
        points.append((n, m))
        anchorGap = [Int](repeating: 0, count: n + 1)
        for segment in 0..<(points.count - 1) {
            let (ia, ja) = points[segment]
            let (ib, jb) = points[segment + 1]
            for i in ia...ib { anchorGap[i] = max(anchorGap[i], ib - ia, jb - ja) }
        }
        let width = configuration.bandWidth
        var lows = [Int](repeating: 0, count: n + 1)
        var highs = [Int](repeating: m, count: n + 1)
        for segment in 0..<(points.count - 1) {
            let (ia, ja) = points[segment]
            let (ib, jb) = points[segment + 1]
            let slack = min(abs((jb - ja) - (ib - ia)), 2_000)
            for i in ia...ib {
                let interpolated = ib == ia ? ja : ja + (i - ia) * (jb - ja) / (ib - ia)
                lows[i] = max(0, interpolated - width - slack)
                highs[i] = min(m, interpolated + width + slack)
            }
        }
        // Make the band connected and monotone, and include both corners.
        lows[0] = 0
        highs[n] = m
        for i in stride(from: n - 1, through: 0, by: -1) { lows[i] = min(lows[i], lows[i + 1]) }
        for i in 1...max(1, n) where i <= n { highs[i] = max(highs[i], highs[i - 1]) }
        for i in 1...max(1, n) where i <= n { lows[i] = min(lows[i], highs[i - 1]) }
        windows = (0...n).map { lows[$0]...highs[$0] }

        computePairStatistics()
    }

    /// Match masks for every (sentence i, sentence j) a bead in the band can touch, folded to words (see `folded`).
    private mutating func computePairStatistics() {
        let n = source.count
        let m = target.count
        let side = max(1, min(3, configuration.maximumBeadSide))
        pairRanges = []
        pairRanges.reserveCapacity(n)
        maskRowStarts = [0]
        maskRowStarts.reserveCapacity(n + 1)
        for i in 0..<n {
            let lower = max(0, windows[i].lowerBound - side)
            let upper = min(m, windows[min(n, i + side)].upperBound + side)
            pairRanges.append(lower..<max(lower, upper))
            maskRowStarts.append(maskRowStarts[i] + pairRanges[i].count)
        }
        sourceMasks = [UInt64](repeating: 0, count: maskRowStarts[n])
        targetMasks = sourceMasks
        var lookup = DenseLookup(keyCount: table.count)
        for i in 0..<n {
            lookup.fill(source[i].keys, translations: translations)
            guard !lookup.isEmpty else { continue }
            var index = maskRowStarts[i]
            for j in pairRanges[i] {
                let (ms, mt) = computePair(j, lookup)
                sourceMasks[index] = Self.folded(ms, of: source[i])
                targetMasks[index] = Self.folded(mt, of: target[j])
                index += 1
            }
        }
    }

    /// The position of pair `(i, j)` in `sourceMasks` and `targetMasks` (`j` in `pairRanges[i]`).
    @inline(__always)
    private func maskIndex(_ i: Int, _ j: Int) -> Int {
        maskRowStarts[i] + j - pairRanges[i].lowerBound
    }

    // MARK: - Scoring

    /// How well each sentence of a bead is explained by the other side: per sentence, the share of its keys
    /// (plus one, so that a sentence with one key is not certain) that find a translation on the other side;
    /// and the bead's Gale–Church length probability.
    func coverage(_ i0: Int, _ i1: Int, _ j0: Int, _ j1: Int) -> (sum: Double, minimum: Double, length: Double) {
        var sum = 0.0
        var minimum = 1.0
        var sourceLength = 0
        var targetLength = 0
        // At most three target sentences: unions in registers, no allocation in the hot loop.
        var targetUnion: (UInt64, UInt64, UInt64) = (0, 0, 0)
        for i in i0..<i1 {
            sourceLength += sourceTraits[i].length
            let range = pairRanges[i]
            let rowStart = maskRowStarts[i] - range.lowerBound
            var union: UInt64 = 0
            for j in j0..<j1 where range.contains(j) {
                union |= sourceMasks[rowStart + j]
                let mask = targetMasks[rowStart + j]
                switch j - j0 {
                case 0: targetUnion.0 |= mask
                case 1: targetUnion.1 |= mask
                default: targetUnion.2 |= mask
                }
            }
            let share = Double(union.nonzeroBitCount) / sourceDenominators[i]
            sum += share
            minimum = min(minimum, share)
        }
        for j in j0..<j1 {
            targetLength += targetTraits[j].length
            let mask = j - j0 == 0 ? targetUnion.0 : (j - j0 == 1 ? targetUnion.1 : targetUnion.2)
            let share = Double(mask.nonzeroBitCount) / targetDenominators[j]
            sum += share
            minimum = min(minimum, share)
        }
        let expected = Double(sourceLength) * lengthRatio
        let sourceCount = i1 - i0
        let deviation = sourceCount >= 1 && sourceCount <= 3
            ? lengthDeviations[(sourceCount - 1) * source.count + i0]
            : Self.lengthDeviation(sourceLength: sourceLength, lengthRatio: lengthRatio)
        let delta = abs(Double(targetLength) - expected) / deviation
        return (sum, minimum, Self.twoSidedTail(delta))
    }

    /// The standard deviation of a bead's target length, given its source length (Gale–Church: the variance grows
    /// with the length).
    @inline(__always)
    static func lengthDeviation(sourceLength: Int, lengthRatio: Double) -> Double {
        (max(1.0, Double(sourceLength)) * 6.8 * lengthRatio).squareRoot()
    }

    /// `erfc(x / √2)`, the two-sided tail of the standard normal beyond `x`, interpolated in a table (steps of
    /// 1/128, error below 10⁻⁵): the length model asks for it for every bead the dynamic program tries.
    @inline(__always)
    static func twoSidedTail(_ x: Double) -> Double {
        let scaled = x * tailStepsPerUnit
        guard scaled < Double(tailTable.count - 1) else { return 0 }
        let index = Int(scaled)
        let fraction = scaled - Double(index)
        return tailTable[index] + (tailTable[index + 1] - tailTable[index]) * fraction
    }

    private static let tailStepsPerUnit = 128.0
    private static let tailTable: [Double] = (0...(9 * 128)).map { erfc(Double($0) / 128 / 2.0.squareRoot()) }

    /// A mask of matched key positions as a mask of matched words: a matched secondary key marks its representative,
    /// and only representatives count. Folding distributes over unions (`folded(a | b) == folded(a) | folded(b)`), so
    /// masks are stored folded and a bead's matched words are the population count of their union.
    @inline(__always)
    static func folded(_ mask: UInt64, of sentence: SentenceFeatures) -> UInt64 {
        var folded = mask
        for (position, representative) in sentence.secondaryKeys where mask & (1 << UInt64(position)) != 0 {
            folded |= 1 << UInt64(representative)
        }
        return folded & sentence.representativeMask
    }

    /// The number of words and numbers among a sentence's first 64 keys.
    @inline(__always)
    static func wordCount(_ sentence: SentenceFeatures) -> Double {
        Double((sentence.representativeMask & (sentence.keys.count >= 64 ? .max : (1 << UInt64(sentence.keys.count)) - 1)).nonzeroBitCount)
    }

    /// The value of a bead against leaving its sentences unaligned (0): every sentence in it earns its coverage
    /// (scaled by the length fit) minus a threshold, so a sentence joins a bead only when the other side explains it.
    private func beadValue(_ i0: Int, _ i1: Int, _ j0: Int, _ j1: Int) -> Double {
        let sourceCount = i1 - i0
        let targetCount = j1 - j0
        if sourceCount == 0 || targetCount == 0 { return -skipCost(i0, i1, j0, j1) }
        // Documents with few anchors are probably not parallel: demand more evidence.
        let distance = Double(min(anchorDistance[i0], 1_000))
        let threshold = configuration.pairThreshold + (1 - parallelism) * configuration.nonParallelPenalty
            + min(1, distance / 8) * configuration.remotenessPenalty
        var penalty = Double(sourceCount + targetCount - 2) * configuration.mergePenalty
        // A fragment that continues the sentence before (`braunen ) Bären herausgestellt hätten .`) merges more cheaply,
        // but never for free: the relief is at most the merge penalty it offsets.
        let relief = min(configuration.fragmentMergeRelief, configuration.mergePenalty)
        for i in (i0 + 1)..<max(i0 + 1, i1) where sourceTraits[i].continuesPrevious { penalty -= relief }
        for j in (j0 + 1)..<max(j0 + 1, j1) where targetTraits[j].continuesPrevious { penalty -= relief }
        // Soft boundaries: merging across a line start, a turn or a stage note.
        for i in (i0 + 1)..<max(i0 + 1, i1) where sourceTraits[i].isSoftBoundary {
            penalty += configuration.boundaryPenalty
        }
        for j in (j0 + 1)..<max(j0 + 1, j1) where targetTraits[j].isSoftBoundary {
            penalty += configuration.boundaryPenalty
        }
        if sourceTraits[i0].isNoise != targetTraits[j0].isNoise { penalty += 0.1 }
        // Structure from the ingest stage: boilerplate pairs only with boilerplate; title with title, dateline with
        // dateline.
        for i in i0..<i1 where sourceTraits[i].isBoilerplate != targetTraits[j0].isBoilerplate {
            penalty += configuration.boilerplatePenalty
        }
        for j in (j0 + 1)..<max(j0 + 1, j1) where targetTraits[j].isBoilerplate != sourceTraits[i0].isBoilerplate {
            penalty += configuration.boilerplatePenalty
        }
        // A title does not run on into the headings under it (`REMARKS`, `Antony J. Blinken, Secretary of State`).
        for i in (i0 + 1)..<max(i0 + 1, i1) where sourceTraits[i].structuralRole != sourceTraits[i0].structuralRole {
            penalty += configuration.structureMergePenalty
        }
        for j in (j0 + 1)..<max(j0 + 1, j1) where targetTraits[j].structuralRole != targetTraits[j0].structuralRole {
            penalty += configuration.structureMergePenalty
        }
        if let role = sourceTraits[i0].structuralRole, role == targetTraits[j0].structuralRole {
            penalty -= configuration.structureBonus * parallelism
        }
        let (sum, _, length) = coverage(i0, i1, j0, j1)
        let factor = 0.55 + 0.45 * length
        var value = sum * factor + configuration.lengthWeight * length * 2 - threshold * Double(sourceCount + targetCount)
        // Between close anchors of a parallel text, a 1-1 of fitting length is likely a translation even when its
        // words find no counterpart (idioms: `Мяч на их стороне.` / `The ball is in their court.`).
        if sourceCount == 1, targetCount == 1, parallelism >= 0.9, distance <= 2 {
            value += configuration.anchoredLengthWeight * length * 2
        }
        // Two stage notes facing each other in a parallel text are the same note (`(Смеётся.)` / `(Laughs.)`), even when
        // their words differ.
        if sourceCount == 1, targetCount == 1, sourceTraits[i0].isNoise, targetTraits[j0].isNoise, sourceTraits[i0].hasKeys,
            targetTraits[j0].hasKeys
        {
            value += configuration.stageNotePairBonus * parallelism
        }
        // Two short boilerplate lines of the same kind facing each other in a parallel text (`Главная` / `Home`); a
        // whole menu bar (`Главная | Политика | В мире | …`) is a site's own.
        if sourceCount == 1, targetCount == 1, let kind = sourceTraits[i0].boilerplateKind,
            kind == targetTraits[j0].boilerplateKind, sourceTraits[i0].hasKeys, targetTraits[j0].hasKeys,
            sourceDenominators[i0] <= Double(configuration.boilerplatePairMaximumWords) + configuration.coverageSmoothing,
            targetDenominators[j0] <= Double(configuration.boilerplatePairMaximumWords) + configuration.coverageSmoothing
        {
            value += configuration.boilerplatePairBonus * parallelism
        }
        if let sourceSpeaker = sourceTraits[i0].speaker, let targetSpeaker = targetTraits[j0].speaker {
            value += sourceSpeaker == targetSpeaker ? 0.16 : -0.16
        }
        return value - penalty
    }

    /// The cost of a one-sided bead: translations rarely drop a sentence between close anchors, so there a
    /// sentence left out pays `skipPenalty` (scaled by nearness); and a sentence whose words the other side's
    /// sentences next to it translate pays `explainedSkipPenalty` times that share (its content is there, so it
    /// belongs to a neighbouring bead: `Приглашение было с благодарностью принято.` beside `…, and the invitation was
    /// gratefully accepted.`). Both scale with how parallel the documents look; stage notes, boilerplate (language
    /// switches such as `English` on a Russian page included) and sentences without words pay nothing.
    private func skipCost(_ i0: Int, _ i1: Int, _ j0: Int, _ j1: Int) -> Double {
        guard configuration.skipPenalty > 0, !anchorDistance.isEmpty else { return 0 }
        let skipped = i1 > i0 ? sourceTraits[i0] : targetTraits[j0]
        if skipped.isNoise || skipped.isBoilerplate || !skipped.hasKeys { return 0 }
        // Nearness falls from 1 between adjacent anchors to 0 when the anchors around are 7 sentences apart on
        // either side (measured: a scale of 6 keeps non-parallel documents at their false-pair count; the distance to
        // the nearest anchor alone let datelines and near-paraphrases pair).
        let gap = Double(min(anchorGap[i0], 1_000))
        let nearness = max(0, 1 - (gap - 1) / 6)
        let explained = explainedShare(i0, i1, j0, j1)
        return (configuration.skipPenalty * nearness + configuration.explainedSkipPenalty * explained)
            * parallelism * parallelism
    }

    /// The largest share of a skipped sentence's words that one of the other side's sentences on either side of the
    /// skip translates (coverage smoothing as in `coverage`).
    func explainedShare(_ i0: Int, _ i1: Int, _ j0: Int, _ j1: Int) -> Double {
        var best = 0.0
        if i1 > i0 {
            let range = pairRanges[i0]
            for j in (j0 - 1)...j0 where j >= 0 && range.contains(j) {
                let matched = Double(sourceMasks[maskIndex(i0, j)].nonzeroBitCount)
                best = max(best, matched / sourceDenominators[i0])
            }
        } else {
            for i in (i0 - 1)...i0 where i >= 0 && i < source.count && pairRanges[i].contains(j0) {
                let matched = Double(targetMasks[maskIndex(i, j0)].nonzeroBitCount)
                best = max(best, matched / targetDenominators[j0])
            }
        }
        return best
    }

    // MARK: - Dynamic program

    mutating func solve() -> [Bead] {
        let n = source.count
        let m = target.count
        if n == 0 || m == 0 {
            return (0..<n).map { Bead(source: [$0], target: [], confidence: 1) }
                + (0..<m).map { Bead(source: [], target: [$0], confidence: 1) }
        }
        // Anchors (and so the band) are recomputed after learning translations: the learned lexicon finds more.
        buildBand()
        let choices = bestShapes()
        var beads: [Bead] = []
        var i = n
        var j = m
        while i > 0 || j > 0 {
            let shape = choices[i][j - windows[i].lowerBound]
            precondition(shape != 255, "the band must connect both corners")
            let (a, b) = shapes[Int(shape)]
            let bead = Bead(source: Array((i - a)..<i), target: Array((j - b)..<j))
            beads.append(bead)
            i -= a
            j -= b
        }
        beads.reverse()
        if let path = ProcessInfo.processInfo.environment["PRESSALIGN_CONFIDENCE_FEATURES"] {
            // Development aid: append each bead's confidence features, to refit the confidence model.
            let lines = beads.map { bead in
                (bead.isTwoSided ? "2" : "1") + "\t" + VecalignFormat.line(for: bead, includeConfidence: false) + "\t"
                    + confidenceFeatures(of: bead).map { String($0) }.joined(separator: ",") + "\n"
            }.joined()
            if let handle = FileHandle(forWritingAtPath: path) {
                handle.seekToEndOfFile()
                handle.write(Data(lines.utf8))
                try? handle.close()
            }
        }
        return beads.map { bead in
            var scored = bead
            scored.confidence = confidence(of: bead)
            return scored
        }
    }

    /// The dynamic program over the band: per cell `(i, j)` (rows by `i`, columns from `windows[i].lowerBound`), the
    /// index in `shapes` of the best last bead, or 255 where no path arrives.
    ///
    /// Not mutating, so that every `beadValue` call reads `self` in place (from a mutating method, each call copied
    /// the whole problem and retained its arrays).
    private func bestShapes() -> [[UInt8]] {
        let n = source.count
        var values: [[Double]] = []
        var choices: [[UInt8]] = []
        values.reserveCapacity(n + 1)
        choices.reserveCapacity(n + 1)
        let negative = -Double.greatestFiniteMagnitude
        for i in 0...n {
            let window = windows[i]
            var rowValues = [Double](repeating: negative, count: window.count)
            var rowChoices = [UInt8](repeating: 255, count: window.count)
            for j in window {
                if i == 0 && j == 0 {
                    rowValues[0] = 0
                    continue
                }
                var best = negative
                var bestShape: UInt8 = 255
                for (shapeIndex, (a, b)) in shapes.enumerated() {
                    let pi = i - a
                    let pj = j - b
                    guard pi >= 0, pj >= 0 else { continue }
                    let previousWindow = windows[pi]
                    guard previousWindow.contains(pj) else { continue }
                    let previous = pi == i ? rowValues[pj - window.lowerBound] : values[pi][pj - previousWindow.lowerBound]
                    guard previous > negative else { continue }
                    let candidate = previous + beadValue(pi, i, pj, j)
                    if candidate > best {
                        best = candidate
                        bestShape = UInt8(shapeIndex)
                    }
                }
                rowValues[j - window.lowerBound] = best
                rowChoices[j - window.lowerBound] = bestShape
            }
            values.append(rowValues)
            choices.append(rowChoices)
        }
        return choices
    }

    /// Source rows whose pair statistics include target sentence `j` (pair ranges grow monotonically with the row,
    /// so two binary searches find them).
    ///
    /// - Complexity: O(log n).
    func sourceRows(touching j: Int) -> Range<Int> {
        let first = pairRanges.partitioningIndex { $0.upperBound <= j }
        let end = pairRanges[first...].partitioningIndex { $0.lowerBound <= j }
        return first..<max(first, end)
    }

    /// The features the confidence model reads: for a two-sided bead `[mean coverage, minimum coverage, length fit,
    /// merge, parallelism, remoteness, speaker agreement]`; for a one-sided bead `[best 1-1 coverage nearby,
    /// parallelism, remoteness, noise, no keys]`.
    func confidenceFeatures(of bead: Bead) -> [Double] {
        let remoteness: Double
        if let i = bead.source.first {
            remoteness = min(1, Double(min(anchorDistance[i], 1_000)) / 8)
        } else {
            remoteness = 0.5
        }
        guard let i0 = bead.source.first, let j0 = bead.target.first else {
            var best = 0.0
            if let i = bead.source.first {
                for j in pairRanges[i] { best = max(best, coverage(i, i + 1, j, j + 1).sum / 2) }
                return [best, parallelism, remoteness, source[i].isNoise ? 1 : 0, source[i].keys.isEmpty ? 1 : 0]
            }
            let j = bead.target.first!
            for i in sourceRows(touching: j) where pairRanges[i].contains(j) {
                best = max(best, coverage(i, i + 1, j, j + 1).sum / 2)
            }
            return [best, parallelism, 0.5, target[j].isNoise ? 1 : 0, target[j].keys.isEmpty ? 1 : 0]
        }
        let (sum, minimum, length) = coverage(i0, bead.source.last! + 1, j0, bead.target.last! + 1)
        let count = Double(bead.source.count + bead.target.count)
        var speaker = 0.0
        if let a = source[i0].speaker, let b = target[j0].speaker { speaker = a == b ? 1 : -1 }
        return [sum / count, minimum, length, count > 2 ? 1 : 0, parallelism, remoteness, speaker]
    }

    /// Logistic models fitted on Corpora (Docs/Evaluation.md has the calibration table and the command).
    /// (Fitted by Newton's method on the 1,811 beads of Corpora, presegmented, without the learning pass; refit with
    /// `PRESSALIGN_CONFIDENCE_FEATURES=FILE pressalign evaluate --no-learning DIR` and a logistic regression.)
    static let twoSidedWeights: [Double] = [-2.827, 9.076, 0.928, 0.383, 3.955, -2.846, 1.512]
    static let twoSidedBias = -3.322
    static let oneSidedWeights: [Double] = [0.96, -4.522, 4.439, 1.421, 2.844]
    static let oneSidedBias = 3.189

    /// A calibrated probability that a bead is right.
    func confidence(of bead: Bead) -> Double {
        let features = confidenceFeatures(of: bead)
        let (weights, bias) = bead.isTwoSided
            ? (Self.twoSidedWeights, Self.twoSidedBias) : (Self.oneSidedWeights, Self.oneSidedBias)
        var z = bias
        for (weight, feature) in zip(weights, features) { z += weight * feature }
        return 1 / (1 + exp(-z))
    }

    // MARK: - Learning a lexicon

    /// IBM Model 1 over word keys of confident 1-1 beads: source word key → target word keys with t(e|f) ≥ 0.2, seen
    /// at least twice.
    func learnTranslations(from beads: [Bead], minimumConfidence: Double = 0.7) -> [Int32: [Int32]] {
        var pairs: [([Int32], [Int32])] = []
        for bead in beads where bead.isTwoSided && (bead.confidence ?? 0) >= minimumConfidence {
            let sourceKeys = bead.source.flatMap { source[$0].keys }
            let targetKeys = bead.target.flatMap { target[$0].keys }
            guard !sourceKeys.isEmpty, !targetKeys.isEmpty else { continue }
            pairs.append((sourceKeys, targetKeys))
        }
        return IBMModel1.learn(pairs)
    }
}
