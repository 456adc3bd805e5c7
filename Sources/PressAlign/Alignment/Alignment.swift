/// The result of aligning two documents: beads in order, covering every sentence of both sides exactly once.
public struct Alignment: Sendable {
    /// The beads, in document order.
    public var beads: [Bead]
    /// The source document's sentences.
    public var source: [Sentence]
    /// The target document's sentences.
    public var target: [Sentence]

    /// Creates an alignment; `beads` must cover both sides in order (checked in debug builds).
    public init(beads: [Bead], source: [Sentence], target: [Sentence]) {
        self.beads = beads
        self.source = source
        self.target = target
        assert(Self.coversInOrder(beads, sourceCount: source.count, targetCount: target.count))
    }

    /// A copy in which beads below `threshold` become one-sided beads (one per sentence).
    public func droppingBeads(below threshold: Double) -> Alignment {
        var result: [Bead] = []
        for bead in beads {
            if bead.isTwoSided, let confidence = bead.confidence, confidence < threshold {
                for index in bead.source { result.append(Bead(source: [index], target: [], confidence: 1 - confidence)) }
                for index in bead.target { result.append(Bead(source: [], target: [index], confidence: 1 - confidence)) }
            } else {
                result.append(bead)
            }
        }
        return Alignment(beads: result, source: source, target: target)
    }

    /// Whether `beads` use every source and target index once, in ascending order.
    static func coversInOrder(_ beads: [Bead], sourceCount: Int, targetCount: Int) -> Bool {
        var nextSource = 0
        var nextTarget = 0
        for bead in beads {
            for index in bead.source {
                guard index == nextSource else { return false }
                nextSource += 1
            }
            for index in bead.target {
                guard index == nextTarget else { return false }
                nextTarget += 1
            }
        }
        return nextSource == sourceCount && nextTarget == targetCount
    }
}
