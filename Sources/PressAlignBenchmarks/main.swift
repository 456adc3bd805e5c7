// Throughput and scaling figures for PressAlign, printed as a Markdown table. Every timing is the best of three runs
// (PRESSALIGN_BENCHMARK_RUNS=N for N).
// Run from the repository root: swift run -c release PressAlignBenchmarks [segmentation|alignment|pair]
// (a separate executable; never part of swift test). Without an argument it runs both sections.
import Foundation
import PressAlign

let root = FileManager.default.currentDirectoryPath
let corpora = root + "/Corpora"

func read(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }

func pairs() -> [String] {
    let manager = FileManager.default
    var result: [String] = []
    for set in ["translation", "independent"] {
        for pair in ((try? manager.contentsOfDirectory(atPath: corpora + "/" + set)) ?? []).sorted()
        where manager.fileExists(atPath: corpora + "/" + set + "/" + pair + "/gold.txt") {
            result.append(corpora + "/" + set + "/" + pair)
        }
    }
    return result
}

/// Runs per timing: 3, or `PRESSALIGN_BENCHMARK_RUNS` (more runs give steadier figures on a busy machine).
let runs = max(1, Int(ProcessInfo.processInfo.environment["PRESSALIGN_BENCHMARK_RUNS"] ?? "") ?? 3)

/// The best of `runs` runs (the machine is shared; the minimum is the least disturbed figure).
func seconds(_ body: () throws -> Void) rethrows -> Double {
    var best = Double.infinity
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return best
}

func peakMemoryMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

let folders = pairs()
guard !folders.isEmpty else {
    print("no corpora found under \(corpora); run from the repository root")
    exit(1)
}

let section = CommandLine.arguments.dropFirst().first
guard section == nil || section == "segmentation" || section == "alignment" || section == "pair" else {
    print("usage: PressAlignBenchmarks [segmentation|alignment|pair]")
    exit(2)
}

print("| benchmark | figure |")
print("|---|---:|")

if section == nil || section == "segmentation" {
// A 20 MB input on a single line (no line breaks at all) segments in bounded memory.
do {
    let sample = folders.map { read($0 + "/ru.raw.txt") }.joined(separator: " ").replacingOccurrences(of: "\n", with: " ")
    var line = ""
    while line.utf8.count < 20_000_000 { line += sample + " " }
    let before = peakMemoryMiB()
    var count = 0
    let time = try seconds { count = try SentenceSegmenter(language: .russian).sentences(in: line).count }
    print("| 20 MB single line, ru (\(count) sentences) | \(String(format: "%.1f", Double(line.utf8.count) / 1_000_000 / time)) MB/s, peak memory \(String(format: "%.0f", peakMemoryMiB())) MiB (\(String(format: "%.0f", before)) MiB before) |")
}

// Segmentation and tokenisation throughput on ~5 MB of each language.
for language in [Language.russian, .english] {
    let sample = folders.map { read($0 + "/\(language).raw.txt") }.joined(separator: "\n\n")
    var text = ""
    while text.utf8.count < 5_000_000 { text += sample + "\n\n" }
    let megabytes = Double(text.utf8.count) / 1_000_000
    let segmenter = SentenceSegmenter(language: language)
    var count = 0
    let segmentTime = try seconds { count = try segmenter.sentences(in: text).count }
    print("| sentence segmentation, \(language) (\(count) sentences) | \(String(format: "%.1f", megabytes / segmentTime)) MB/s |")
    let tokenizer = Tokenizer(language: language)
    var tokens = 0
    let tokenTime = try seconds { tokens = try tokenizer.tokens(in: text).count }
    print("| tokenisation with stems, \(language) (\(tokens) tokens) | \(String(format: "%.1f", megabytes / tokenTime)) MB/s |")
}

}

/// The Corpora pairs, presegmented, repeated until the Russian side has `size` sentences.
func repeatedPair(_ unitPairs: [([Sentence], [Sentence])], size: Int) -> (source: [Sentence], target: [Sentence]) {
    var source: [Sentence] = []
    var target: [Sentence] = []
    var next = 0
    while source.count < size {
        source += unitPairs[next % unitPairs.count].0
        target += unitPairs[next % unitPairs.count].1
        next += 1
    }
    return (source, target)
}

if section == "pair" {
    // Only the 1,000-sentence pair, for profilers (`perf record`, `valgrind --tool=callgrind`).
    let aligner = try Aligner()
    let unitPairs = folders.map { (Sentence.lines(of: read($0 + "/ru.txt")), Sentence.lines(of: read($0 + "/en.txt"))) }
    let (source, target) = repeatedPair(unitPairs, size: 1_000)
    // The first call analyses every word; later calls find the words in the process's word cache.
    let start = DispatchTime.now().uptimeNanoseconds
    _ = try aligner.align(source: source, target: target)
    let first = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let time = try seconds { _ = try aligner.align(source: source, target: target) }
    print("| align \(source.count) × \(target.count) sentences, presegmented, first call | \(String(format: "%.3f", first)) s |")
    print("| align \(source.count) × \(target.count) sentences, presegmented, words cached | \(String(format: "%.3f", time)) s |")
    let perThousand = time * 1000 * 1000 / Double(source.count)
    print("| the same, per 1,000 source sentences (target: under 50 ms) | \(String(format: "%.1f", perThousand)) ms |")
}

if section == nil || section == "alignment" {
// Alignment of Corpora documents, presegmented and end to end.
let aligner = try Aligner()
_ = try aligner.align(sourceTexts: ["Да."], targetTexts: ["Yes."])  // load the lexicon once
let fixedCost = try seconds { _ = try aligner.align(sourceTexts: ["Да.", "Нет."], targetTexts: ["Yes.", "No."]) }
print("| align a 2 × 2 pair (the fixed cost of a call) | \(String(format: "%.1f", fixedCost * 1000)) ms |")
let unitPairs = folders.map { (Sentence.lines(of: read($0 + "/ru.txt")), Sentence.lines(of: read($0 + "/en.txt"))) }
let sentenceTotal = unitPairs.reduce(0) { $0 + $1.0.count + $1.1.count }
let presegmentedTime = try seconds {
    for (source, target) in unitPairs { _ = try aligner.align(source: source, target: target) }
}
print("| align Corpora presegmented (\(folders.count) pairs, \(sentenceTotal) sentences) | \(String(format: "%.0f", Double(sentenceTotal) / presegmentedTime)) sentences/s |")
let endToEndTime = try seconds {
    for folder in folders {
        let source = try SentenceSegmenter(language: .russian).sentences(in: read(folder + "/ru.raw.txt"))
        let target = try SentenceSegmenter(language: .english).sentences(in: read(folder + "/en.raw.txt"))
        _ = try aligner.align(source: source, target: target)
    }
}
print("| align Corpora end to end | \(String(format: "%.0f", Double(sentenceTotal) / endToEndTime)) sentences/s |")

// Scaling: parallel documents made of whole Corpora pairs, repeated until the Russian side has the size.
var previous: Double? = nil
for size in [1_000, 10_000, 40_000] {
    let (source, target) = repeatedPair(unitPairs, size: size)
    let time = try seconds { _ = try aligner.align(source: source, target: target) }
    let ratio = previous.map { String(format: " (×%.1f)", time / $0) } ?? ""
    print("| align \(source.count) × \(target.count) sentences, presegmented | \(String(format: "%.3f", time)) s\(ratio) |")
    previous = time
}
print("| peak resident memory | \(String(format: "%.0f", peakMemoryMiB())) MiB |")
}
