/// Strict and lax precision, recall and F1 of predicted beads against gold beads, exactly as Vecalign's `score.py`
/// (after Bleualign) defines them.
///
/// - Precision is over all predicted beads, one-sided ones included. A bead is a strict hit when the gold has the same
///   bead; otherwise a lax hit when some of its source and some of its target sentences lie in one gold bead. A
///   one-sided bead therefore counts only when it matches a gold one exactly.
/// - Recall is the same with gold and prediction swapped, after removing one-sided beads from both.
/// - Counts are pooled over documents before the ratios; 0/0 is 0. As in `score.py`, beads are sets: a bead listed
///   twice counts once, and a bead empty on both sides is ignored.
public struct AlignmentScore: Sendable, Hashable, Codable {
    /// Counts behind one direction (precision or recall).
    public struct Counts: Sendable, Hashable, Codable {
        /// Exact matches.
        public var strictHits = 0
        /// Beads that are not exact matches.
        public var strictMisses = 0
        /// Exact or overlapping matches.
        public var laxHits = 0
        /// Beads with no overlap at all.
        public var laxMisses = 0

        /// Adds another document's counts.
        public static func + (lhs: Counts, rhs: Counts) -> Counts {
            Counts(strictHits: lhs.strictHits + rhs.strictHits, strictMisses: lhs.strictMisses + rhs.strictMisses,
                   laxHits: lhs.laxHits + rhs.laxHits, laxMisses: lhs.laxMisses + rhs.laxMisses)
        }
    }

    /// Counts over predicted beads.
    public var precisionCounts = Counts()
    /// Counts over gold two-sided beads.
    public var recallCounts = Counts()

    /// An empty score (no documents).
    public init() {}

    /// Scores one document.
    ///
    /// - Complexity: O((g + p) · k) where k is the number of sentences in a bead.
    public init(gold: [Bead], predicted: [Bead]) {
        precisionCounts = Self.count(reference: gold, candidates: predicted)
        let twoSidedGold = gold.filter(\.isTwoSided)
        let twoSidedPredicted = predicted.filter(\.isTwoSided)
        recallCounts = Self.count(reference: twoSidedPredicted, candidates: twoSidedGold)
    }

    /// Pools the counts of several documents.
    public static func pooled(_ scores: [AlignmentScore]) -> AlignmentScore {
        var total = AlignmentScore()
        for score in scores {
            total.precisionCounts = total.precisionCounts + score.precisionCounts
            total.recallCounts = total.recallCounts + score.recallCounts
        }
        return total
    }

    /// Strict precision.
    public var precisionStrict: Double { ratio(precisionCounts.strictHits, precisionCounts.strictHits + precisionCounts.strictMisses) }
    /// Strict recall.
    public var recallStrict: Double { ratio(recallCounts.strictHits, recallCounts.strictHits + recallCounts.strictMisses) }
    /// Strict F1.
    public var f1Strict: Double { harmonicMean(precisionStrict, recallStrict) }
    /// Lax precision.
    public var precisionLax: Double { ratio(precisionCounts.laxHits, precisionCounts.laxHits + precisionCounts.laxMisses) }
    /// Lax recall.
    public var recallLax: Double { ratio(recallCounts.laxHits, recallCounts.laxHits + recallCounts.laxMisses) }
    /// Lax F1.
    public var f1Lax: Double { harmonicMean(precisionLax, recallLax) }

    /// The six figures as one JSON object with Vecalign-style keys.
    public var json: String {
        JSONLine.object([
            ("precision_strict", .number(precisionStrict, digits: 6)), ("recall_strict", .number(recallStrict, digits: 6)),
            ("f1_strict", .number(f1Strict, digits: 6)), ("precision_lax", .number(precisionLax, digits: 6)),
            ("recall_lax", .number(recallLax, digits: 6)), ("f1_lax", .number(f1Lax, digits: 6)),
        ])
    }

    private static func count(reference: [Bead], candidates: [Bead]) -> Counts {
        struct Key: Hashable { let source: [Int]; let target: [Int] }
        let exact = Set(reference.map { Key(source: $0.source, target: $0.target) })
        // For the lax test: which reference bead holds each sentence.
        var sourceOwner: [Int: [Int]] = [:]
        var targetOwner: [Int: [Int]] = [:]
        for (index, bead) in reference.enumerated() {
            for sentence in bead.source { sourceOwner[sentence, default: []].append(index) }
            for sentence in bead.target { targetOwner[sentence, default: []].append(index) }
        }
        var counts = Counts()
        // score.py works on sets: a bead predicted twice counts once.
        var seen = Set<Key>()
        for bead in candidates {
            if bead.source.isEmpty && bead.target.isEmpty { continue }
            guard seen.insert(Key(source: bead.source, target: bead.target)).inserted else { continue }
            if exact.contains(Key(source: bead.source, target: bead.target)) {
                counts.strictHits += 1
                counts.laxHits += 1
                continue
            }
            counts.strictMisses += 1
            let sourceBeads = Set(bead.source.flatMap { sourceOwner[$0] ?? [] })
            let overlaps = bead.target.contains { sentence in
                (targetOwner[sentence] ?? []).contains(where: sourceBeads.contains)
            }
            if overlaps { counts.laxHits += 1 } else { counts.laxMisses += 1 }
        }
        return counts
    }
}

func harmonicMean(_ a: Double, _ b: Double) -> Double {
    a + b == 0 ? 0 : 2 * a * b / (a + b)
}
