/// Bad input: a file that cannot be read or decoded, with the file named and the problem described.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file the problem is in (`<stdin>` for standard input).
    public let file: String
    /// What is wrong, in words a user can act on.
    public let problem: String

    /// Creates an error for `file` with a description of the `problem`.
    public init(file: String, problem: String) {
        self.file = file
        self.problem = problem
    }

    /// `file: problem`.
    public var description: String { "\(file): \(problem)" }
}
