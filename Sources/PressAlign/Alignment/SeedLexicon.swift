/// The project's built-in Russian–English lexicon of the diplomatic press genre (entries in
/// `SeedLexicon+Entries.swift`).
enum SeedLexicon {
    /// The entries as `(russian, english)` phrase pairs, lower case.
    static var russianEnglishPairs: [(String, String)] {
        russianEnglishEntries.split(separator: "\n").compactMap { line in
            let columns = line.split(separator: "\t", maxSplits: 1)
            guard columns.count == 2 else { return nil }
            return (String(columns[0].trimmingWhitespace()), String(columns[1].trimmingWhitespace()))
        }
    }
}
