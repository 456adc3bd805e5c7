import Foundation

/// A batch manifest: a TSV file of `id`, Russian path, English path per line; lines starting with `#` and empty lines
/// are ignored; relative paths are relative to the manifest's folder.
public struct BatchManifest: Sendable {
    /// One pair to align.
    public struct Entry: Sendable, Hashable {
        /// The pair's id, used for the output file name.
        public var id: String
        /// The source document.
        public var sourcePath: String
        /// The target document.
        public var targetPath: String
    }

    /// The pairs, in manifest order.
    public var entries: [Entry]

    /// Reads and checks a manifest.
    ///
    /// - Throws: `InputError` naming the manifest and the line for a malformed line, a duplicate id, or an id that
    ///   cannot be a file name.
    public init(contentsOf path: String) throws(InputError) {
        let text = try SourceText(contentsOf: path).text
        let folder = (path as NSString).deletingLastPathComponent
        var entries: [Entry] = []
        var ids = Set<String>()
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.trimmingWhitespace().isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0.trimmingWhitespace()) }
            guard fields.count == 3, fields.allSatisfy({ !$0.isEmpty }) else {
                throw InputError(file: path, problem: "line \(number + 1): expected id<TAB>russian path<TAB>english path")
            }
            let id = fields[0]
            guard !id.contains("/"), id != ".", id != ".." else {
                throw InputError(file: path, problem: "line \(number + 1): the id '\(id)' cannot be a file name")
            }
            guard ids.insert(id).inserted else {
                throw InputError(file: path, problem: "line \(number + 1): the id '\(id)' appears twice")
            }
            func resolve(_ file: String) -> String {
                file.hasPrefix("/") || folder.isEmpty ? file : (folder as NSString).appendingPathComponent(file)
            }
            entries.append(Entry(id: id, sourcePath: resolve(fields[1]), targetPath: resolve(fields[2])))
        }
        self.entries = entries
    }

    /// The entries of shard `index` of `count` (0-based): every `count`-th entry starting at `index`.
    public func shard(_ index: Int, of count: Int) -> [Entry] {
        entries.enumerated().filter { $0.offset % count == index }.map(\.element)
    }
}
