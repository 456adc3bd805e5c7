import Foundation

/// The target stems of a lexicon's entries, laid out for look-ups in a `KeyTable` by bytes: per source stem, its
/// target stems in one arena with their `ByteSliceMap` hashes, and the same for the targets its relatives lend it
/// (see `StemIndex`). Filled per source stem on first use and shared by every alignment that uses the lexicon's
/// `StemIndex` (for the built-in lexicons, every alignment of the process): looking up a stem's translations then
/// hashes no string and retains none. Thread-safe; emptied at 500,000 source stems or 64 MiB of stems.
final class LexiconTargetCache: @unchecked Sendable {
    private let lock = NSLock()
    /// Source stem → its entry: `direct[entry]` (its own target stems) and `borrowed[entry]` (its relatives', once
    /// asked for), each a run of stems in the flat arrays below.
    private var entries = ByteSliceMap<Int32>()
    private var direct: [Range<Int32>] = []
    private var borrowed: [Range<Int32>?] = []
    /// The relatives limit the borrowed runs were computed with.
    private var borrowedLimit: Int?
    /// Per cached target stem: its hash, and where its bytes lie in `arena`.
    private var hashes: [UInt64] = []
    private var offsets: [Int32] = []
    private var lengths: [Int32] = []
    /// The bytes of every cached target stem, one after another.
    private var arena: [UInt8] = []
    /// When the arena reaches this size, the cache starts again (borrowed runs recomputed for a new relatives limit
    /// leave their old runs behind).
    private static let arenaLimit = 64 << 20

    /// Calls `body` with the bytes and hash of each target stem of `stem` in `lexicon`, or, with `relatives`, of each
    /// target stem its relatives (at most `relatives.limit` of them, see `StemIndex.relatives`) have in `lexicon`.
    /// `lexicon` and `relatives.index` must be the ones this cache belongs to. `body` runs under the cache's lock and
    /// must not call back into the cache.
    func forEachTargetStem(
        of stem: ByteKey, in lexicon: Lexicon, borrowingFrom relatives: (index: StemIndex, limit: Int)? = nil,
        _ body: (_ bytes: UnsafeBufferPointer<UInt8>, _ hash: UInt64) -> Void
    ) {
        lock.lock()
        defer { lock.unlock() }
        if entries.count >= 500_000 || arena.count >= Self.arenaLimit { removeAll() }
        let entry = stem.withBytes { bytes -> Int in
            if let existing = entries.value(for: bytes) { return Int(existing) }
            direct.append(append(lexicon.table[stem] ?? []))
            borrowed.append(nil)
            entries.insert(Int32(direct.count - 1), for: bytes)
            return direct.count - 1
        }
        guard let relatives else { return visit(direct[entry], body) }
        if borrowedLimit != relatives.limit {
            for index in borrowed.indices { borrowed[index] = nil }
            borrowedLimit = relatives.limit
        }
        if borrowed[entry] == nil {
            let relativeStems = relatives.index.relatives(of: stem, limit: relatives.limit)
            borrowed[entry] = append(relativeStems.flatMap { lexicon.table[$0] ?? [] })
        }
        visit(borrowed[entry]!, body)
    }

    /// Calls `body` with the bytes and hash of each stem in `run`.
    private func visit(_ run: Range<Int32>, _ body: (UnsafeBufferPointer<UInt8>, UInt64) -> Void) {
        arena.withUnsafeBufferPointer { arena in
            for index in Int(run.lowerBound)..<Int(run.upperBound) {
                let start = Int(offsets[index])
                body(UnsafeBufferPointer(rebasing: arena[start..<(start + Int(lengths[index]))]), hashes[index])
            }
        }
    }

    /// Appends `stems` to the flat arrays; returns their run.
    private func append(_ stems: [ByteKey]) -> Range<Int32> {
        let start = Int32(hashes.count)
        for stem in stems {
            stem.withBytes { bytes in
                offsets.append(Int32(arena.count))
                lengths.append(Int32(bytes.count))
                arena.append(contentsOf: bytes)
                hashes.append(ByteSliceMap<Int32>.hash(bytes))
            }
        }
        return start..<Int32(hashes.count)
    }

    /// Forgets every entry and stem.
    private func removeAll() {
        entries.removeAll()
        direct.removeAll()
        borrowed.removeAll()
        hashes.removeAll()
        offsets.removeAll()
        lengths.removeAll()
        arena.removeAll()
    }
}
