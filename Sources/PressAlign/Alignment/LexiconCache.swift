import Foundation

/// A disk cache for the default lexicons (Russian–English from the seed and Müller, other pairs from FreeDict):
/// building one stems hundreds of thousands of dictionary pairs, which takes most of a second; reading the cached
/// table takes a fraction of that. Each pair has its own file (`ru-en-…`, `de-fr-…`).
///
/// The file lives in `$PRESSALIGN_CACHE_DIR`, else `$XDG_CACHE_HOME/pressalign`, else `~/.cache/pressalign`. Its name
/// carries a fingerprint of everything the table depends on: the running executable (path, size and modification
/// time, so any rebuild of the stemming code invalidates it), the seed lexicon and the dictionary files. Set
/// `PRESSALIGN_CACHE_DIR` to an empty string to turn the cache off. Failures to read or write are never errors: the
/// lexicon is then built as usual.
enum LexiconCache {
    /// Bumped when the file format changes.
    static let formatVersion = 1

    /// The cache directory, or `nil` when caching is off.
    static var directory: String? {
        let environment = ProcessInfo.processInfo.environment
        if let explicit = environment["PRESSALIGN_CACHE_DIR"] { return explicit.isEmpty ? nil : explicit }
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty { return xdg + "/pressalign" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.cache/pressalign" }
        return nil
    }

    /// The cache file in `directory` for a lexicon built from `seed` (the seed entries as text) and the files in
    /// `inputs`, or `nil` when caching is off or the executable cannot be identified.
    static func path(
        name: String, seed: String, inputs: [String], directory: String? = LexiconCache.directory
    ) -> String? {
        guard let directory, let executable = Self.executablePath else { return nil }
        var hash = FNV1a()
        hash.add("\(formatVersion)")
        for file in [executable] + Self.nativeLibraries + inputs {
            hash.add(file)
            if let attributes = try? FileManager.default.attributesOfItem(atPath: file) {
                hash.add("\((attributes[.size] as? NSNumber)?.int64Value ?? -1)")
                hash.add("\((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1)")
            } else {
                hash.add("absent")
            }
        }
        hash.add(seed)
        // The executable's own hash in the name: each build (CLI, tests, debug, release) prunes only its own files.
        var owner = FNV1a()
        owner.add(executable)
        return directory + "/" + name + "-" + String(owner.value, radix: 16) + "-" + String(hash.value, radix: 16) + ".tsv"
    }

    /// The stemming and normalisation libraries this process loaded (libstemmer, ICU), from `/proc/self/maps`, so that
    /// upgrading them invalidates the cache too.
    private static let nativeLibraries: [String] = {
        guard let maps = try? String(contentsOfFile: "/proc/self/maps", encoding: .utf8) else { return [] }
        var paths = Set<String>()
        for line in maps.split(separator: "\n") {
            guard let slash = line.firstIndex(of: "/") else { continue }
            let path = String(line[slash...])
            if path.contains("libstemmer") || path.contains("libicu") { paths.insert(path) }
        }
        return paths.sorted()
    }()

    /// The running executable (Linux: `/proc/self/exe`).
    private static let executablePath: String? = {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return resolved }
        return Bundle.main.executablePath
    }()

    /// Reads a cached lexicon; `nil` when absent or unreadable.
    static func load(from path: String) -> Lexicon? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return Lexicon(serialized: [UInt8](data))
    }

    /// Writes a lexicon atomically (a temporary file renamed into place) and removes the files that older builds of the
    /// same executable left (`<name>-<executable>-<other fingerprint>.tsv`); errors are ignored.
    static func store(_ lexicon: Lexicon, at path: String) {
        let manager = FileManager.default
        let directory = (path as NSString).deletingLastPathComponent
        try? manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let temporary = path + ".\(UUID().uuidString).tmp"
        guard manager.createFile(atPath: temporary, contents: Data(lexicon.serialized())) else { return }
        if rename(temporary, path) != 0 {
            try? manager.removeItem(atPath: temporary)
            return
        }
        let file = (path as NSString).lastPathComponent
        guard let dash = file.lastIndex(of: "-") else { return }
        let prefix = file[...dash]
        for other in (try? manager.contentsOfDirectory(atPath: directory)) ?? []
        where other != file && other.hasPrefix(prefix) && other.hasSuffix(".tsv") {
            try? manager.removeItem(atPath: directory + "/" + other)
        }
    }

    /// 64-bit FNV-1a over strings (each followed by a zero byte).
    struct FNV1a {
        private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

        mutating func add(_ string: String) {
            for byte in string.utf8 { mix(byte) }
            mix(0)
        }

        private mutating func mix(_ byte: UInt8) {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
    }
}

extension Lexicon {
    /// The table as text: a first line `pressalign-lexicon <count>`, then one line per source stem,
    /// `source<TAB>target<TAB>target…`, sorted by bytes.
    func serialized() -> [UInt8] {
        var bytes = Array("pressalign-lexicon \(table.count)\n".utf8)
        for (source, targets) in table.sorted(by: { ByteKey.precedes($0.key, $1.key) }) {
            bytes += source.string.utf8
            for target in targets.sorted(by: ByteKey.precedes).map(\.string) {
                bytes.append(0x09)
                bytes += target.utf8
            }
            bytes.append(0x0A)
        }
        return bytes
    }

    /// Reads what `serialized()` wrote; `nil` when the header, the line count or the text is wrong.
    init?(serialized bytes: [UInt8]) {
        guard let headerEnd = bytes.firstIndex(of: 0x0A),
            let header = String(validating: bytes[..<headerEnd], as: UTF8.self),
            header.hasPrefix("pressalign-lexicon "), let count = Int(header.dropFirst("pressalign-lexicon ".count))
        else { return nil }
        // Validated once as a whole; tabs and newlines are ASCII, so every field is valid UTF-8 too.
        guard String(validating: bytes, as: UTF8.self) != nil else { return nil }
        var table: [ByteKey: [ByteKey]] = [:]
        table.reserveCapacity(count)
        var lineStart = headerEnd + 1
        var fields: [ByteKey] = []
        // The file lists source stems in byte order: kept, it spares `StemIndex` a sort at start-up.
        var order: [ByteKey] = []
        order.reserveCapacity(count)
        var ordered = true
        while lineStart < bytes.count {
            guard let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) else { return nil }
            fields.removeAll(keepingCapacity: true)
            var fieldStart = lineStart
            for position in lineStart...lineEnd where position == lineEnd || bytes[position] == 0x09 {
                fields.append(ByteKey(String(decoding: bytes[fieldStart..<position], as: UTF8.self)))
                fieldStart = position + 1
            }
            guard fields.count >= 2 else { return nil }
            var targets: [ByteKey] = []
            targets.reserveCapacity(fields.count - 1)
            for target in fields.dropFirst() { targets.appendIfAbsent(target) }
            table[fields[0]] = targets
            if let last = order.last, !ByteKey.precedes(last, fields[0]) { ordered = false }
            order.append(fields[0])
            lineStart = lineEnd + 1
        }
        guard table.count == count else { return nil }
        self.init(table: table)
        if ordered { sortedStems = order }
    }
}
