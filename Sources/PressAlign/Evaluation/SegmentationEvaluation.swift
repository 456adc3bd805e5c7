import Foundation

/// Scores a sentence segmenter against test suites in the shared JSON Lines format
/// (`{"lang", "source", "text", "sentences", "exact", "options"}` per line; of the options, `clean` is honoured:
/// see `Case.joinsWrappedLines`).
///
/// A boundary is the position, counted in non-whitespace characters, where a sentence ends, the end of the text
/// excepted. Only cases marked `"exact": true` are used; a case that appears in several suites under one suite name
/// (pySBD and Pragmatic Segmenter share most of theirs) is counted once, even when their options differ.
public struct SegmentationEvaluation: Sendable {
    /// One test case: a text and its gold sentences.
    public struct Case: Sendable, Hashable {
        /// The case's language.
        public var language: Language
        /// The suite it belongs to.
        public var suite: String
        /// The text to segment.
        public var text: String
        /// The expected sentences.
        public var sentences: [String]
        /// Whether the case expects hard-wrapped lines joined: `options.clean` of pySBD and Pragmatic Segmenter
        /// cases (their text cleaner joins them); `nil` when the case does not say.
        public var joinsWrappedLines: Bool? = nil

        /// A segmenter for this case: its language, and its line-break option when the case sets one.
        public var segmenter: SentenceSegmenter {
            SentenceSegmenter(language: language, joinsWrappedLines: joinsWrappedLines ?? true)
        }
    }

    /// Counts for one suite and language.
    public struct Row: Sendable, Hashable, Codable {
        /// Suite name (`ersatz`, `gum`, `pysbd+pragmatic`...).
        public var suite: String
        /// Language code.
        public var language: String
        /// Number of cases.
        public var cases: Int
        /// Cases whose boundaries all match.
        public var exactCases: Int
        /// Boundaries found that the gold has.
        public var truePositives: Int
        /// Boundaries found that the gold does not have.
        public var falsePositives: Int
        /// Gold boundaries not found.
        public var falseNegatives: Int

        /// Boundary precision (0 when nothing was predicted).
        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        /// Boundary recall (0 when the gold has no boundary).
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        /// Harmonic mean of precision and recall.
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        /// Share of cases matched exactly.
        public var exactShare: Double { ratio(exactCases, cases) }
    }

    /// Suite names whose cases are merged, and what they are reported as.
    static let mergedSuites = ["pysbd": "pysbd+pragmatic", "pragmatic_segmenter": "pysbd+pragmatic"]

    /// Reads every `*.jsonl` file in `directory`.
    ///
    /// - Throws: `InputError` for an unreadable file or a malformed line.
    public static func loadCases(directory: String) throws(InputError) -> [Case] {
        let files: [String]
        do {
            files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".jsonl") }
                .sorted()
        } catch {
            throw InputError(file: directory, problem: "cannot list the directory")
        }
        var seen = Set<Case>()
        var cases: [Case] = []
        for file in files {
            let path = (directory as NSString).appendingPathComponent(file)
            let source = try SourceText(contentsOf: path)
            let fileSuite = String(file.dropLast(".jsonl".count))
            for (number, line) in source.text.split(separator: "\n").enumerated() {
                guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                    throw InputError(file: path, problem: "line \(number + 1) is not a JSON object")
                }
                guard object["exact"] as? Bool == true,
                    let text = object["text"] as? String,
                    let sentences = object["sentences"] as? [String],
                    let language = object["lang"] as? String
                else { continue }
                let suite = mergedSuites[fileSuite] ?? fileSuite
                let clean = (object["options"] as? [String: Any])?["clean"] as? Bool
                let item = Case(
                    language: Language(rawValue: language), suite: suite, text: text, sentences: sentences,
                    joinsWrappedLines: clean)
                // The same text and gold under another option counts once too (the first occurrence's option).
                var key = item
                key.joinsWrappedLines = nil
                if seen.insert(key).inserted { cases.append(item) }
            }
        }
        return cases
    }

    /// Non-whitespace positions where the sentences of `pieces` end, the last excepted.
    static func boundaries(_ pieces: [Substring]) -> Set<Int> {
        var result = Set<Int>()
        var position = 0
        for piece in pieces {
            position += piece.unicodeScalars.reduce(0) { $0 + ($1.properties.isWhitespace ? 0 : 1) }
            result.insert(position)
        }
        result.remove(position)
        return result
    }

    /// Segments every case with `segment` and returns one row per suite and language, sorted.
    public static func score(
        _ cases: [Case],
        segment: (Case) throws -> [Substring]
    ) rethrows -> [Row] {
        var rows: [String: Row] = [:]
        for item in cases {
            let predicted = boundaries(try segment(item))
            let gold = boundaries(item.sentences.map { $0[...] })
            let key = item.suite + "\t" + item.language.rawValue
            var row = rows[key] ?? Row(suite: item.suite, language: item.language.rawValue, cases: 0, exactCases: 0,
                                       truePositives: 0, falsePositives: 0, falseNegatives: 0)
            row.cases += 1
            if predicted == gold { row.exactCases += 1 }
            row.truePositives += predicted.intersection(gold).count
            row.falsePositives += predicted.subtracting(gold).count
            row.falseNegatives += gold.subtracting(predicted).count
            rows[key] = row
        }
        return rows.values.sorted { ($0.suite, $0.language) < ($1.suite, $1.language) }
    }
}

func ratio(_ numerator: Int, _ denominator: Int) -> Double {
    denominator == 0 ? 0 : Double(numerator) / Double(denominator)
}
