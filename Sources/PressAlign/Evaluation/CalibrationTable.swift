/// How often beads of each confidence band are exactly right (they equal a gold bead), to check that confidences
/// mean what they say.
public struct CalibrationTable: Sendable {
    /// One band of confidence values.
    public struct Band: Sendable {
        /// Lower bound (inclusive).
        public var lower: Double
        /// Upper bound (exclusive, except 1.0).
        public var upper: Double
        /// Predicted beads in the band.
        public var beads = 0
        /// Of those, beads equal to a gold bead.
        public var right = 0
        /// right / beads (0 when empty).
        public var share: Double { ratio(right, beads) }
    }

    /// Ten bands of width 0.1.
    public private(set) var bands: [Band]

    /// Builds the table from documents' gold and predicted beads (predicted beads need confidences).
    public init(_ documents: [(gold: [Bead], predicted: [Bead])]) {
        bands = (0..<10).map { Band(lower: Double($0) / 10, upper: Double($0 + 1) / 10) }
        for (gold, predicted) in documents {
            let exact = Set(gold.map { [$0.source, $0.target] })
            for bead in predicted {
                guard let confidence = bead.confidence else { continue }
                let index = min(9, max(0, Int(confidence * 10)))
                bands[index].beads += 1
                if exact.contains([bead.source, bead.target]) { bands[index].right += 1 }
            }
        }
    }

    /// All beads with confidence at least `threshold` (a multiple of 0.1), pooled.
    public func atLeast(_ threshold: Double) -> Band {
        var pooled = Band(lower: threshold, upper: 1)
        for band in bands where band.lower >= threshold - 1e-9 {
            pooled.beads += band.beads
            pooled.right += band.right
        }
        return pooled
    }
}
