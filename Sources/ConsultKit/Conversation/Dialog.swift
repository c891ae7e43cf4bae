/// A multi-turn exchange that takes over the conversation until it ends, such
/// as the guided intake. The conversation forwards each line to the active
/// dialog and returns to free questions when it finishes.
public protocol Dialog: AnyObject {
    /// The first message, shown when the dialog starts.
    func start() -> DialogStep
    /// Handles one line the user typed.
    func handle(_ line: String) -> DialogStep
    /// Words worth offering for Tab completion at this point (a step's options).
    var completions: [String] { get }
    /// Called when the user interrupts (Ctrl-C, Ctrl-D, end of input) so the
    /// dialog can keep what it has; returns a message to show, if any.
    /// `leaving`: the program ends now (Ctrl-D, `/quit`, end of input).
    func interrupt(leaving: Bool) -> String?
}

/// What a dialog says after a line, and whether it goes on.
public enum DialogStep: Sendable, Equatable {
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
