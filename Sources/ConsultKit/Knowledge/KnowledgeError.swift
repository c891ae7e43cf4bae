/// A problem found in a knowledge base folder, with the place it was found.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public let location: FileLocation
    public let message: String

    public init(_ location: FileLocation, _ message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): \(message)" }
}

public enum KnowledgeError: Error, CustomStringConvertible, Equatable {
    case unreadableFolder(path: String, reason: String)
    case noIntents(path: String)
    case tooManyFiles(path: String, limit: Int)
    case fileTooLarge(file: String, limit: Int)
    case invalid([Diagnostic])

    public var description: String {
        switch self {
        case .unreadableFolder(let path, let reason):
            return "cannot read intents folder \(path): \(reason)"
        case .noIntents(let path):
            return "no intent files (*.yaml) in \(path)"
        case .tooManyFiles(let path, let limit):
            return "too many YAML files in \(path) (at most \(limit))"
        case .fileTooLarge(let file, let limit):
            return "\(file): too large for a knowledge base file (at most \(limit / 1024) KB)"
        case .invalid(let diagnostics):
            let shown = diagnostics.prefix(5).map(\.description).joined(separator: "\n")
            let more = diagnostics.count > 5 ? "\n(\(diagnostics.count - 5) more problems)" : ""
            return shown + more
        }
    }
}
