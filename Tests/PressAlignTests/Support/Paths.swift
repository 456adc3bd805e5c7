import Foundation

/// Locations of the repository's corpora and of the shared test material beside the checkout.
enum Paths {
    /// The repository root, found from this file's path.
    static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// `Corpora/` in the repository.
    static let corpora = repositoryRoot + "/Corpora"

    /// `../shared/corpora` beside the checkout, or `nil` when it is not there (a user's clone).
    static let sharedCorpora: String? = {
        let path = (repositoryRoot as NSString).deletingLastPathComponent + "/shared/corpora"
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }()

    /// Every document folder below `Corpora/`: `(set, pair, path)`, sorted.
    static func corpusPairs() -> [(set: String, pair: String, path: String)] {
        let manager = FileManager.default
        var result: [(String, String, String)] = []
        for set in ((try? manager.contentsOfDirectory(atPath: corpora)) ?? []).sorted() {
            let setPath = corpora + "/" + set
            for pair in ((try? manager.contentsOfDirectory(atPath: setPath)) ?? []).sorted() {
                let path = setPath + "/" + pair
                if manager.fileExists(atPath: path + "/gold.txt") { result.append((set, pair, path)) }
            }
        }
        return result
    }
}
