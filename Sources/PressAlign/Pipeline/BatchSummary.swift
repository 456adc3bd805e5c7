import Foundation

/// The summary TSV of a batch run: one row per pair.
public enum BatchSummary {
    /// One pair's line.
    public struct Row: Sendable, Hashable {
        /// The pair's id.
        public var pair: String
        /// Russian sentences.
        public var sourceSentences = 0
        /// English sentences.
        public var targetSentences = 0
        /// Beads by type, `1-1=120,2-1=4,…`.
        public var beads = ""
        /// Mean confidence of the two-sided beads.
        public var meanConfidence = 0.0
        /// Seconds spent on the pair.
        public var seconds = 0.0
        /// `ok`, `failed: …` or `done earlier`.
        public var status: String

        /// A row with only a status.
        public init(pair: String, status: String) {
            self.pair = pair
            self.status = status
        }

        /// The row for a finished pair.
        public init(pair: String, alignment: Alignment, seconds: Double) {
            self.pair = pair
            sourceSentences = alignment.source.count
            targetSentences = alignment.target.count
            var counts: [String: Int] = [:]
            for bead in alignment.beads { counts[bead.kind, default: 0] += 1 }
            beads = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key)=\($0.value)" }
                .joined(separator: ",")
            let confidences = alignment.beads.filter(\.isTwoSided).compactMap(\.confidence)
            meanConfidence = confidences.isEmpty ? 0 : confidences.reduce(0, +) / Double(confidences.count)
            self.seconds = seconds
            status = "ok"
        }
    }

    static let header = "pair\tru_sentences\ten_sentences\tbeads\tmean_confidence\tseconds\tstatus"

    /// Writes the rows with a header line.
    public static func write(_ rows: [Row], to path: String) throws(InputError) {
        var text = header + "\n"
        for row in rows {
            let fields = [
                row.pair, String(row.sourceSentences), String(row.targetSentences), row.beads,
                formatFixed(row.meanConfidence, digits: 3), formatFixed(row.seconds, digits: 3),
                row.status.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " "),
            ]
            text += fields.joined(separator: "\t") + "\n"
        }
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
            throw InputError(file: path, problem: "cannot be written")
        }
    }

    /// Rows of an earlier summary, by pair (empty when there is none), so a resumed run keeps their figures.
    public static func read(_ path: String) -> [String: Row] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [:] }
        var rows: [String: Row] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 7 else { continue }
            var row = Row(pair: fields[0], status: fields[6])
            row.sourceSentences = Int(fields[1]) ?? 0
            row.targetSentences = Int(fields[2]) ?? 0
            row.beads = fields[3]
            row.meanConfidence = Double(fields[4]) ?? 0
            row.seconds = Double(fields[5]) ?? 0
            rows[row.pair] = row
        }
        return rows
    }
}
