/// What the intake says after a line, and whether it goes on.
public enum IntakeReply: Sendable, Equatable {
    case continues(String)
    case finished(String)

    public var text: String {
        switch self {
        case .continues(let text), .finished(let text): return text
        }
    }

    public var isFinished: Bool {
        if case .finished = self { return true }
        return false
    }
}
