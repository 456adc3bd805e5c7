import ArgumentParser
import Foundation
import PressAlign

struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Align many pairs listed in a manifest, in parallel, resumably.",
        discussion: """
            MANIFEST is a TSV file: id, Russian path, English path per line (lines starting with # are ignored; \
            relative paths are relative to the manifest's folder). Each pair is written to DIR/<id>.<ext>, \
            byte-identical to `pressalign align` with the same options (unless --shared-lexicon), and a summary TSV (pair, sentences, beads \
            by type, mean confidence, seconds, status) to DIR/summary.tsv (DIR/summary-K-of-N.tsv for a shard). \
            Pairs whose output already exists are skipped, so an interrupted batch resumes where it stopped. A pair \
            that fails is reported and skipped; the exit code is then 1.

            --shard K/N takes pairs K, K+N, K+2N, … (K from 0), so that N machines can share an archive, for example \
            a Slurm array (--shard $SLURM_ARRAY_TASK_ID/N) or a Kubernetes indexed job (--shard $JOB_COMPLETION_INDEX/N).

            Examples:
              pressalign batch manifest.tsv --output-dir out
              pressalign batch manifest.tsv --output-dir out --format tmx --jobs 8
              pressalign batch manifest.tsv --output-dir out --shard 3/10
            """
    )

    @Argument(help: "The manifest (TSV: id, Russian path, English path).")
    var manifest: String

    @Option(help: "Where the outputs and the summary go (created if missing).")
    var outputDir: String

    @OptionGroup var options: PipelineOptions

    @Option(help: "Pairs aligned at once (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Take only shard K of N (0 ≤ K < N): pairs K, K+N, K+2N, …")
    var shard: String?

    @Flag(help: "Align pairs again even when their output exists.")
    var force = false

    @Flag(help: """
        Learn one translation table from all pairs of this run first (more accurate, especially without a \
        dictionary); outputs then differ from single `align` runs.
        """)
    var sharedLexicon = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if let shard { _ = try parseShard(shard) }
    }

    private func parseShard(_ text: String) throws -> (Int, Int) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, (0..<count).contains(index)
        else { throw ValidationError("--shard must be K/N with 0 ≤ K < N, for example 0/4") }
        return (index, count)
    }

    func run() throws {
        try reportingErrors {
            let manifestFile = try BatchManifest(contentsOf: manifest)
            let (shardIndex, shardCount) = try shard.map(parseShard) ?? (0, 1)
            let entries = manifestFile.shard(shardIndex, of: shardCount)
            do {
                try FileManager.default.createDirectory(atPath: outputDir, withIntermediateDirectories: true)
            } catch {
                throw InputError(file: outputDir, problem: "cannot create the output folder")
            }
            var pipelineOptions = try options.pipelineOptions()
            pipelineOptions.format = options.format?.format ?? .tsv
            let basePipeline = try AlignmentPipeline(options: pipelineOptions)
            let pipeline = sharedLexicon
                ? try basePipeline.learningSharedLexicon(from: entries.map { ($0.sourcePath, $0.targetPath) }, jobs: jobs)
                : basePipeline
            let fileExtension = pipelineOptions.format.fileExtension
            let summaryName = shard == nil ? "summary.tsv" : "summary-\(shardIndex)-of-\(shardCount).tsv"
            let summaryPath = (outputDir as NSString).appendingPathComponent(summaryName)
            let previous = BatchSummary.read(summaryPath)
            let progress = BatchProgress(total: entries.count)
            let state = BatchState(count: entries.count)

            let workers = min(jobs, max(1, entries.count))
            let group = DispatchGroup()
            for _ in 0..<workers {
                DispatchQueue.global().async(group: group) {
                    while let index = state.takeNext() {
                        let entry = entries[index]
                        let output = (outputDir as NSString).appendingPathComponent(
                            "\(entry.id).\(fileExtension)")
                        var row: BatchSummary.Row
                        if !force, FileManager.default.fileExists(atPath: output) {
                            row = previous[entry.id] ?? BatchSummary.Row(pair: entry.id, status: "done earlier")
                            if !row.status.hasPrefix("done earlier") { row.status = "done earlier" }
                        } else {
                            let start = Date()
                            do {
                                let report = try pipeline.run(
                                    sourcePath: entry.sourcePath, targetPath: entry.targetPath, outputPath: output)
                                row = BatchSummary.Row(
                                    pair: entry.id, alignment: report.alignment, seconds: Date().timeIntervalSince(start))
                                for warning in report.warnings { progress.warn("\(entry.id): \(warning)") }
                            } catch let error as InputError {
                                row = BatchSummary.Row(pair: entry.id, status: "failed: \(error.description)")
                                progress.fail("\(entry.id): \(error.description)")
                            } catch {
                                row = BatchSummary.Row(pair: entry.id, status: "failed: \(error)")
                                progress.fail("\(entry.id): \(error)")
                            }
                        }
                        state.record(row, at: index)
                        progress.advance(entry.id, failed: row.status.hasPrefix("failed"))
                    }
                }
            }
            group.wait()
            progress.finish()
            let rows = state.rows()
            try BatchSummary.write(rows, to: summaryPath)
            let failures = rows.filter { $0.status.hasPrefix("failed") }.count
            if failures > 0 {
                throw InputError(file: manifest, problem: "\(failures) of \(rows.count) pairs failed (see \(summaryPath))")
            }
        }
    }
}

/// Work distribution and results, shared by the worker threads under a lock.
final class BatchState: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private let count: Int
    private var results: [BatchSummary.Row?]

    init(count: Int) {
        self.count = count
        results = Array(repeating: nil, count: count)
    }

    func takeNext() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }

    func record(_ row: BatchSummary.Row, at index: Int) {
        lock.lock()
        results[index] = row
        lock.unlock()
    }

    func rows() -> [BatchSummary.Row] {
        lock.lock()
        defer { lock.unlock() }
        return results.compactMap { $0 }
    }
}

/// A progress bar with rate and ETA on a terminal; plain lines otherwise. Thread-safe.
final class BatchProgress: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private var done = 0
    private var failed = 0
    private let start = Date()
    private let isTerminal = isatty(2) != 0

    init(total: Int) { self.total = total }

    func advance(_ id: String, failed pairFailed: Bool) {
        lock.lock()
        defer { lock.unlock() }
        done += 1
        if pairFailed { failed += 1 }
        let elapsed = Date().timeIntervalSince(start)
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let remaining = rate > 0 ? Double(total - done) / rate : 0
        if isTerminal {
            let width = 30
            let filled = total == 0 ? width : width * done / total
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            write("\r\(bar) \(done)/\(total) pairs · \(formatFixed(rate, digits: 1))/s · ETA \(Self.duration(remaining))"
                  + (failed > 0 ? " · \(failed) failed" : "") + "   ")
        } else {
            write("pressalign: \(done)/\(total) \(id) \(pairFailed ? "failed" : "ok") (\(formatFixed(rate, digits: 1)) pairs/s, ETA \(Self.duration(remaining)))\n")
        }
    }

    func warn(_ text: String) { report(prefix: "warning: ", text) }

    func fail(_ text: String) { report(prefix: "error: ", text) }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if isTerminal { write("\n") }
    }

    private func report(prefix: String, _ text: String) {
        lock.lock()
        defer { lock.unlock() }
        write((isTerminal ? "\r\u{1B}[K" : "") + prefix + text + "\n")
    }

    private func write(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }

    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        return whole >= 3600 ? "\(whole / 3600)h\(whole % 3600 / 60)m" : whole >= 60 ? "\(whole / 60)m\(whole % 60)s" : "\(whole)s"
    }
}
