/// A link between consecutive source sentences and consecutive target sentences: 1-1, 2-1, 1-0 (a source sentence
/// with no counterpart), 0-1, and so on.
public struct Bead: Sendable, Hashable, Codable {
    /// Source (Russian) sentence indices, ascending and consecutive; empty for an insertion.
    public var source: [Int]
    /// Target (English) sentence indices, ascending and consecutive; empty for a deletion.
    public var target: [Int]
    /// How sure the aligner is that the bead is right, in [0, 1]; `nil` for gold beads.
    public var confidence: Double?

    /// Creates a bead.
    public init(source: [Int], target: [Int], confidence: Double? = nil) {
        self.source = source
        self.target = target
        self.confidence = confidence
    }

    /// Whether both sides have sentences.
    public var isTwoSided: Bool { !source.isEmpty && !target.isEmpty }

    /// `2-1`, `1-0`...
    public var kind: String { "\(source.count)-\(target.count)" }
}
